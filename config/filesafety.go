package config

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// NotRegularError is a config path that names something other than a
// regular file: a named pipe (reading one with no writer waits forever), a
// device (/dev/zero never ends), a socket. smtpconf reads and writes only
// regular files.
type NotRegularError struct {
	Path string
	What string // "a named pipe (FIFO)", "a character device", ... (WhatIn for a language)
	what *i18n.Error
}

func notRegular(path string, m fs.FileMode) *NotRegularError {
	what := describeType(m)
	return &NotRegularError{Path: path, What: what.Error(), what: what}
}

func (e *NotRegularError) Error() string { return e.In(i18n.English) }

// In is the error's text in language l.
func (e *NotRegularError) In(l i18n.Lang) string {
	return l.T("config_not_regular", i18n.D{"Path": e.Path, "What": e.WhatIn(l)})
}

// WhatIn is What in language l.
func (e *NotRegularError) WhatIn(l i18n.Lang) string {
	if e.what == nil {
		return e.What
	}
	return e.what.In(l)
}

func describeType(m fs.FileMode) *i18n.Error {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return i18n.Errorf("config_type_fifo", nil)
	case m&fs.ModeCharDevice != 0:
		return i18n.Errorf("config_type_char_device", nil)
	case m&fs.ModeDevice != 0:
		return i18n.Errorf("config_type_block_device", nil)
	case m&fs.ModeSocket != 0:
		return i18n.Errorf("config_type_socket", nil)
	}
	return i18n.Errorf("config_type_other", nil)
}

// maxFileSize bounds what Load reads: a config file is a few hundred
// bytes.
const maxFileSize = 1 << 20

// readConfigFile reads a regular file of at most maxFileSize bytes. It
// opens without blocking, so that a named pipe with no writer is refused
// at once instead of hanging the command beyond the reach of Ctrl+C.
func readConfigFile(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err //nolint:wrapcheck // a *PathError naming the path already
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err //nolint:wrapcheck // a *PathError naming the path already
	}
	switch {
	case info.IsDir():
		return nil, &fs.PathError{Op: "read", Path: path, Err: syscall.EISDIR}
	case !info.Mode().IsRegular():
		return nil, notRegular(path, info.Mode())
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, err //nolint:wrapcheck // a *PathError naming the path already
	}
	if len(data) > maxFileSize {
		return nil, i18n.Errorf("config_file_too_big", i18n.D{"MiB": maxFileSize >> 20})
	}
	return data, nil
}

// SymlinkError is a save refused because of where a symlink points.
type SymlinkError struct {
	Path, Target string
	Reason       string // English; ReasonIn for a language
	reason       *i18n.Error
}

func symlinkError(path, target string, reason *i18n.Error) *SymlinkError {
	return &SymlinkError{Path: path, Target: target, Reason: reason.Error(), reason: reason}
}

func (e *SymlinkError) Error() string { return e.In(i18n.English) }

// In is the error's text in language l.
func (e *SymlinkError) In(l i18n.Lang) string {
	return l.T("config_symlink", i18n.D{"Path": e.Path, "Target": e.Target, "Reason": e.ReasonIn(l)})
}

// ReasonIn is Reason in language l.
func (e *SymlinkError) ReasonIn(l i18n.Lang) string {
	if e.reason == nil {
		return e.Reason
	}
	return e.reason.In(l)
}

// writeTarget is the file Save replaces, and makes sure its directory
// exists (0700). A symlink is followed only to a regular file owned by the
// link's owner, so that a link planted in a directory smtpconf writes to
// cannot make it (running as root) write a password into, or change the
// mode of, another user's file; a link to nothing is refused rather than
// replaced, or its target created, silently.
func writeTarget(path string) (string, error) {
	link, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(path), dirMode); err != nil {
			return "", i18n.Wrap("config_save_mkdir", nil, err)
		}
		return path, nil
	case err != nil:
		return "", err //nolint:wrapcheck // a *PathError naming the path already
	case link.Mode()&fs.ModeSymlink == 0:
		return path, nil
	}
	dest, _ := os.Readlink(path)
	resolved, err := filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", symlinkError(path, dest, i18n.Errorf("config_symlink_dangling", nil))
	}
	if err != nil {
		return "", i18n.Wrap("config_symlink_follow", nil, err)
	}
	target, err := os.Stat(resolved)
	if err != nil {
		return "", i18n.Wrap("config_symlink_follow", nil, err)
	}
	if !target.Mode().IsRegular() {
		return "", notRegular(resolved, target.Mode())
	}
	linkUID, _, ok := owner(link)
	targetUID, _, ok2 := owner(target)
	if ok && ok2 && linkUID != targetUID {
		return "", symlinkError(path, resolved, i18n.Errorf("config_symlink_owner", i18n.D{"TargetUID": targetUID, "LinkUID": linkUID}))
	}
	return resolved, nil
}

// modeFor is the mode a save gives the file: its current mode when that is
// 0640 or stricter, so that the application's group keeps reading it;
// what goes beyond 0640 (others, group write, execute) is dropped; a new
// file is 0600.
func modeFor(path string) fs.FileMode {
	info, err := os.Stat(path)
	if err != nil {
		return fileMode
	}
	return info.Mode().Perm() & 0o640
}

// removeStaleTemps removes the temp files of saves that never finished
// (killed between creating the temp file and renaming it): they may hold
// a password. Save holds the directory's lock, and every save creates and
// renames its temp file under that lock, so a temp file seen here belongs
// to no running save.
func removeStaleTemps(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + ".tmp-"
	for _, e := range entries {
		suffix, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || suffix == "" || strings.Trim(suffix, "0123456789") != "" || !e.Type().IsRegular() {
			continue
		}
		_ = os.Remove(filepath.Join(dir, e.Name()))
	}
}
