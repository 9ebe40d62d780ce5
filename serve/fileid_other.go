//go:build !unix

package serve

import "os"

// fileID has no inode to give where there is no syscall.Stat_t (Windows):
// size and mtime alone tell versions apart. `smtpconf serve` is for Linux
// and macOS; this only keeps the rest of the program building.
func fileID(os.FileInfo) (dev, ino uint64) { return 0, 0 }
