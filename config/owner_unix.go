//go:build unix

package config

import (
	"io/fs"
	"syscall"
)

// owner is who owns an existing file, so that root editing a file that
// belongs to the application's user hands it back to that user.
func owner(info fs.FileInfo) (uid, gid int, ok bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, false
	}
	return int(st.Uid), int(st.Gid), true
}
