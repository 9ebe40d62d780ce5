package config

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// disk is what Save needs from the file system, so that tests can make a
// write fail half-way without touching global state.
type disk interface {
	CreateTemp(dir, pattern string) (tempFile, error)
	Rename(from, to string) error
	Remove(name string) error
	SyncDir(dir string) error
}

// tempFile is the file Save writes before renaming it into place.
type tempFile interface {
	Write(p []byte) (int, error)
	Chmod(mode fs.FileMode) error
	Chown(uid, gid int) error
	Sync() error
	Close() error
	Name() string
}

// osDisk is the real file system.
type osDisk struct{}

func (osDisk) CreateTemp(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }
func (osDisk) Rename(from, to string) error                     { return os.Rename(from, to) }
func (osDisk) Remove(name string) error                         { return os.Remove(name) }

// SyncDir makes a rename in dir durable: without it a crash can bring
// back the old directory entry, or none.
func (osDisk) SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// File modes: the file may hold a password.
const (
	fileMode = 0o600
	dirMode  = 0o700
)

// ChangedOnDiskError is Save's refusal to overwrite a file that is not what
// was loaded; nothing was written. It matches ErrChangedOnDisk with
// errors.Is; Reason says what happened, for a caller that words its own
// remedy (ReasonIn in a language).
type ChangedOnDiskError struct {
	Path   string
	Reason string // "someone edited the file since it was loaded"
	reason *i18n.Error
}

func changedOnDisk(path string, reason *i18n.Error) *ChangedOnDiskError {
	return &ChangedOnDiskError{Path: path, Reason: reason.Error(), reason: reason}
}

func (e *ChangedOnDiskError) Error() string { return e.In(i18n.English) }

// In is the error's text in language l.
func (e *ChangedOnDiskError) In(l i18n.Lang) string {
	return l.T("config_save_changed_on_disk", i18n.D{"Path": e.Path, "Reason": e.ReasonIn(l)})
}

// ReasonIn is Reason in language l.
func (e *ChangedOnDiskError) ReasonIn(l i18n.Lang) string {
	if e.reason == nil {
		return e.Reason
	}
	return e.reason.In(l)
}

// Is makes errors.Is(err, ErrChangedOnDisk) hold.
func (e *ChangedOnDiskError) Is(target error) bool { return target == ErrChangedOnDisk }

// Save writes the settings so that the file is never lost or half written:
// a temp file in the same directory, fsync, rename over the old file,
// fsync the directory; the mode kept when 0640 or stricter (see modeFor),
// 0600 for a new file, and a missing directory is created 0700. A symlink
// is followed only as writeTarget allows; temp files left by a save that
// was killed are removed.
// Everything smtpconf does not own is kept byte for byte. Save refuses,
// with an error wrapping ErrChangedOnDisk, when the file on disk is not
// what was loaded (someone edited it, or created it after New): Reload
// and apply the change again.
func (f *File) Save() error {
	target, err := writeTarget(f.Path)
	if err != nil {
		return i18n.Wrap("config_save_failed", i18n.D{"Path": f.Path}, err)
	}
	unlock, err := lockDir(filepath.Dir(target))
	if err != nil {
		return i18n.Wrap("config_save_failed", i18n.D{"Path": f.Path}, err)
	}
	defer unlock()
	removeStaleTemps(filepath.Dir(target), filepath.Base(target))
	current, err := readConfigFile(f.Path)
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return i18n.Wrap("config_save_failed", i18n.D{"Path": f.Path}, err)
	case f.loaded == nil && err == nil:
		return changedOnDisk(f.Path, i18n.Errorf("config_changed_created", nil))
	case f.loaded != nil && err != nil:
		return changedOnDisk(f.Path, i18n.Errorf("config_changed_removed", nil))
	case f.loaded != nil && sha256.Sum256(current) != f.loaded.hash:
		return changedOnDisk(f.Path, i18n.Errorf("config_changed_edited", nil))
	}
	old := f.loaded
	if old == nil {
		old, err = parse(f.Path, nil)
		if err != nil {
			return i18n.Wrap("config_save_failed", i18n.D{"Path": f.Path}, err)
		}
	}
	out, doc, err := render(old, f.Config, f.removed, f.Lang)
	if err != nil {
		return i18n.Wrap("config_save_failed", i18n.D{"Path": f.Path}, err)
	}
	d := f.disk
	if d == nil {
		d = osDisk{}
	}
	if err := writeAtomic(d, target, out, modeFor(target)); err != nil {
		return i18n.Wrap("config_save_failed", i18n.D{"Path": f.Path}, err)
	}
	f.loaded, f.Config, f.removed = doc, doc.config, nil
	return nil
}

// ChangedOnDisk tells, without writing anything, whether Save would
// refuse with ErrChangedOnDisk: the file on disk is no longer the one
// loaded or last saved (edited, removed, or created after New). A caller
// with nothing to save asks it before saying that the file already holds
// its settings.
func (f *File) ChangedOnDisk() (bool, error) {
	current, err := readConfigFile(f.Path)
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return false, i18n.Wrap("config_load_failed", i18n.D{"Path": f.Path}, err)
	case err != nil:
		return f.loaded != nil, nil
	case f.loaded == nil:
		return true, nil
	}
	return sha256.Sum256(current) != f.loaded.hash, nil
}

// writeAtomic replaces path with data, with the given mode, or leaves it
// untouched and removes its temp file.
func writeAtomic(d disk, path string, data []byte, mode fs.FileMode) (err error) {
	dir := filepath.Dir(path)
	tmp, err := d.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return i18n.Wrap("config_save_create_temp", nil, err)
	}
	renamed := false
	defer func() {
		if !renamed {
			_ = tmp.Close()
			if rmErr := d.Remove(tmp.Name()); rmErr != nil && !errors.Is(rmErr, fs.ErrNotExist) {
				err = errors.Join(err, i18n.Wrap("config_save_remove_temp", nil, rmErr))
			}
		}
	}()
	if err := tmp.Chmod(mode); err != nil {
		return i18n.Wrap("config_save_chmod_temp", nil, err)
	}
	keepOwner(tmp, path)
	if _, err := bytes.NewReader(data).WriteTo(tmp); err != nil {
		return i18n.Wrap("config_save_write_temp", nil, err)
	}
	if err := tmp.Sync(); err != nil {
		return i18n.Wrap("config_save_sync_temp", nil, err)
	}
	if err := tmp.Close(); err != nil {
		return i18n.Wrap("config_save_close_temp", nil, err)
	}
	if err := d.Rename(tmp.Name(), path); err != nil {
		return i18n.Wrap("config_save_rename", nil, err)
	}
	renamed = true
	if err := d.SyncDir(dir); err != nil {
		return i18n.Wrap("config_save_sync_dir", i18n.D{"Dir": dir}, err)
	}
	return nil
}

// keepOwner gives the new file the old file's owner and group. Only root
// can give it the owner; anyone can give it a group they belong to, which
// matters for a file the application's group reads (mode 0640).
func keepOwner(tmp tempFile, path string) {
	info, err := os.Stat(path)
	if err != nil {
		return
	}
	uid, gid, ok := owner(info)
	if !ok {
		return
	}
	if os.Geteuid() != 0 {
		uid = -1
	}
	_ = tmp.Chown(uid, gid) // best effort: the content matters more than the owner
}

// WriteSecretFile replaces a file that holds a secret (the OAuth token
// file beside the config) by the config's own rules: a temp file in the
// same directory, mode 0600, fsync, rename, fsync the directory, under the
// directory's lock; a missing directory is created 0700. It never leaves
// the file half written.
func WriteSecretFile(path string, data []byte) error {
	target, err := writeTarget(path)
	if err != nil {
		return i18n.Wrap("config_save_failed", i18n.D{"Path": path}, err)
	}
	unlock, err := lockDir(filepath.Dir(target))
	if err != nil {
		return i18n.Wrap("config_save_failed", i18n.D{"Path": path}, err)
	}
	defer unlock()
	removeStaleTemps(filepath.Dir(target), filepath.Base(target))
	if err := writeAtomic(osDisk{}, target, data, fileMode); err != nil {
		return i18n.Wrap("config_save_failed", i18n.D{"Path": path}, err)
	}
	return nil
}
