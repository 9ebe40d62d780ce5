//go:build !unix

package postfix

import (
	"os"
	"syscall"
)

// Postfix and Dovecot run on Unix only (Available says so elsewhere); these
// keep the package building for the other systems smtpconf builds for.

func groupAttr() *syscall.SysProcAttr { return nil }

func childAttr() *syscall.SysProcAttr { return nil }

func killGroup(p *os.Process) { _ = p.Kill() }
