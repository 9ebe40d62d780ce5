//go:build unix

package mailer

import (
	"os/exec"
	"syscall"
)

// inOwnGroup runs cmd in a process group of its own and, when its context
// ends, kills the whole group: a password_command that is a script leaves
// no orphaned grandchildren behind a timeout.
func inOwnGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) //nolint:wrapcheck // exec reports it as is
	}
}
