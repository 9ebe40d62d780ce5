//go:build unix

package config

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// probingDisk tries, at the moment Save replaces the file, to take the
// directory lock the way a second smtpconf process would.
type probingDisk struct {
	osDisk
	probe func() error
	got   *error
}

func (d probingDisk) Rename(from, to string) error {
	*d.got = d.probe()
	return os.Rename(from, to)
}

// TestSaveHoldsTheDirectoryLock checks that a second process could not
// check and write the file while Save does: it would wait, then see the
// change and refuse, instead of overwriting it.
func TestSaveHoldsTheDirectoryLock(t *testing.T) {
	f := loadFile(t, "[smtp]\nuse_default = true\n")
	var got error
	f.disk = probingDisk{got: &got, probe: func() error {
		dir, err := os.Open(filepath.Dir(f.Path))
		if err != nil {
			return err
		}
		defer dir.Close()
		return syscall.Flock(int(dir.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	}}
	f.Config.SMTP.Port = 25
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(got, syscall.EWOULDBLOCK) {
		t.Fatalf("a second process could lock the directory during Save (flock = %v)", got)
	}
	t.Run("released_after_save", func(t *testing.T) {
		dir, err := os.Open(filepath.Dir(f.Path))
		if err != nil {
			t.Fatal(err)
		}
		defer dir.Close()
		if err := syscall.Flock(int(dir.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			t.Fatalf("lock still held after Save: %v", err)
		}
	})
}
