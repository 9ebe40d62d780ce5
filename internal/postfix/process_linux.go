package postfix

import "syscall"

// childAttr puts a server in its own process group (Postfix's master
// signals its group when it stops) and has the kernel kill it when the
// test binary dies without cleaning up. Dovecot keeps that signal; Postfix's
// master loses it when it changes its effective user, so the watchdog
// (process.go) is what stops Postfix then.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
