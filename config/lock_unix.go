//go:build unix

package config

import (
	"errors"
	"os"
	"syscall"
)

// lockDir takes an exclusive advisory lock on a directory, so that two
// smtpconf processes saving the same file take turns: the second then sees
// the first's change and refuses with ErrChangedOnDisk instead of silently
// overwriting it. Locking the directory leaves no lock file behind. Where
// the file system cannot lock (some network mounts), saving goes on
// unlocked: the hash check still catches all but a narrow race.
func lockDir(dir string) (unlock func()) {
	d, err := os.Open(dir)
	if err != nil {
		return func() {}
	}
	for {
		err = syscall.Flock(int(d.Fd()), syscall.LOCK_EX)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		_ = d.Close()
		return func() {}
	}
	return func() { _ = d.Close() } // closing the last descriptor releases the lock
}
