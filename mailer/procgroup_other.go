//go:build !unix

package mailer

import "os/exec"

// inOwnGroup leaves cmd as it is: process groups are a Unix notion, and
// exec.CommandContext already kills the command itself.
func inOwnGroup(*exec.Cmd) {}
