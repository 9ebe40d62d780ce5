//go:build unix

package config

import (
	"errors"
	"os"
	"syscall"
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// lockWait bounds how long Save waits for another smtpconf saving in the
// same directory: a save takes milliseconds, so a lock held longer belongs
// to something stuck, and a command should say so rather than hang.
const lockWait = 5 * time.Second

// lockDir takes an exclusive advisory lock on a directory, so that two
// smtpconf processes saving the same file take turns: the second then sees
// the first's change and refuses with ErrChangedOnDisk instead of silently
// overwriting it. Locking the directory leaves no lock file behind. Where
// the file system cannot lock (some network mounts), saving goes on
// unlocked: the hash check still catches all but a narrow race.
func lockDir(dir string) (unlock func(), err error) {
	d, err := os.Open(dir)
	if err != nil {
		return func() {}, nil
	}
	deadline := time.Now().Add(lockWait)
	for {
		err = syscall.Flock(int(d.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return func() { _ = d.Close() }, nil // closing the last descriptor releases the lock
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK) && time.Now().Before(deadline):
			// flock has no timeout of its own; another save is a matter
			// of milliseconds.
			time.Sleep(5 * time.Millisecond)
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			_ = d.Close()
			return nil, i18n.Errorf("config_lock_timeout", i18n.D{"Dir": dir, "Wait": lockWait.String()})
		}
		_ = d.Close()
		return func() {}, nil
	}
}
