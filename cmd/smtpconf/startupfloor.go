//go:build startupfloor

package main

import "os"

// Built with -tags startupfloor (make bench-startup does), smtpconf ends as
// soon as every package's init has run, before main: the floor that any
// command of this one binary starts from, timed beside a Go hello world so
// that the figures say how much of a command's start-up is the command.
func init() { os.Exit(0) }
