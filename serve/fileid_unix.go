//go:build unix

package serve

import (
	"os"
	"syscall"
)

// fileID is the device and inode of a file: a file replaced by one of the
// same size and mtime is still seen as a new version.
func fileID(fi os.FileInfo) (dev, ino uint64) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Dev), st.Ino //nolint:unconvert // Dev is not uint64 everywhere
	}
	return 0, 0
}
