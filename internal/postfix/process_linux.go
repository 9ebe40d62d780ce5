package postfix

import "syscall"

// childAttr puts a server in its own process group (Postfix's master
// signals its group when it stops) and has the kernel kill it when the
// test binary dies without cleaning up; Postfix's and Dovecot's own
// children exit when their master goes.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
