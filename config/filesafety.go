package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// NotRegularError is a config path that names something other than a
// regular file: a named pipe (reading one with no writer waits forever), a
// device (/dev/zero never ends), a socket. smtpconf reads and writes only
// regular files.
type NotRegularError struct {
	Path string
	What string // "a named pipe (FIFO)", "a character device", ...
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s is %s, not a regular file", e.Path, e.What)
}

func describeType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a file"
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
		return nil, &NotRegularError{Path: path, What: describeType(info.Mode())}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, err //nolint:wrapcheck // a *PathError naming the path already
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("larger than %d MiB, which no smtpconf file is", maxFileSize>>20)
	}
	return data, nil
}

// SymlinkError is a save refused because of where a symlink points.
type SymlinkError struct {
	Path, Target string
	Reason       string
}

func (e *SymlinkError) Error() string {
	return fmt.Sprintf("%s is a symlink to %s: %s", e.Path, e.Target, e.Reason)
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
			return "", fmt.Errorf("create directory: %w", err)
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
		return "", &SymlinkError{Path: path, Target: dest, Reason: "its target does not exist, and smtpconf does not create a file where a symlink points: create the file, or give --config the real path"}
	}
	if err != nil {
		return "", fmt.Errorf("follow the symlink: %w", err)
	}
	target, err := os.Stat(resolved)
	if err != nil {
		return "", fmt.Errorf("follow the symlink: %w", err)
	}
	if !target.Mode().IsRegular() {
		return "", &NotRegularError{Path: resolved, What: describeType(target.Mode())}
	}
	linkUID, _, ok := owner(link)
	targetUID, _, ok2 := owner(target)
	if ok && ok2 && linkUID != targetUID {
		return "", &SymlinkError{Path: path, Target: resolved, Reason: fmt.Sprintf(
			"the target belongs to another user (uid %d) than the link (uid %d), so smtpconf does not write through it: give --config the target's path if you mean to change that file", targetUID, linkUID)}
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
