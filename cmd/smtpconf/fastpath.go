package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// The version is what a script, a package test or a bug report asks for
// most, and it needs neither the command tree nor fang: building the 16
// commands and fang's styles was a fifth of a `smtpconf version` process.
// So the plain forms are answered before either exists, with the very line
// the `version` command and --version print (TestVersionBeforeTheTree).
// Anything more on the command line (--help, another flag) takes the
// ordinary way.

// versionAsked says whether the command line is only a request for the
// version: `version`, `--version` or `-v`.
func versionAsked(args []string) bool {
	if len(args) != 1 {
		return false
	}
	switch args[0] {
	case "version", "--version", "-v":
		return true
	}
	return false
}

// printVersion prints the version line; a failed write (a full disk, a
// closed pipe) is a failure, as in every other command.
func printVersion(stdout, stderr io.Writer) int {
	// Read once: it parses the build info unless make stamped it.
	if _, err := fmt.Fprintln(stdout, "smtpconf", versionText(version, debug.ReadBuildInfo)); err != nil {
		_, _ = fmt.Fprintf(stderr, "smtpconf: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// answerEarly answers a command line that needs no command tree, and says
// whether it did.
func answerEarly(args []string) (code int, answered bool) {
	if versionAsked(args) {
		return printVersion(os.Stdout, os.Stderr), true
	}
	return 0, false
}
