//go:build unix

package mailer

import (
	"errors"
	"syscall"
)

// processGone tells whether no process with this id exists any more.
func processGone(pid int) (bool, error) {
	err := syscall.Kill(pid, 0)
	if errors.Is(err, syscall.ESRCH) {
		return true, nil
	}
	return false, err
}
