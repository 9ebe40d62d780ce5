//go:build unix

package main

import (
	"os"
	"syscall"
)

// inodeOf tells whether a save replaced the file (a new inode) or left it.
func inodeOf(fi os.FileInfo) uint64 { return fi.Sys().(*syscall.Stat_t).Ino }
