//go:build unix && !linux

package postfix

import "syscall"

// childAttr puts a server in its own process group, which Postfix's master
// signals when it stops.
func childAttr() *syscall.SysProcAttr { return groupAttr() }
