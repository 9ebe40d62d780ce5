//go:build !unix

package mailer

import "os"

// processGone tells whether no process with this id exists any more; on
// systems without signal 0, FindProcess is the nearest question.
func processGone(pid int) (bool, error) {
	p, err := os.FindProcess(pid)
	if err != nil {
		return true, nil
	}
	_ = p.Release()
	return false, nil
}
