// Command smtpconf sets up, checks and stores the outgoing-mail settings of a
// server application.
package main

import (
	"os"
	"path/filepath"
)

// version is set at build time by make: -ldflags "-X main.version=v0.1.0".
// A `go install ...@v0.1.0` build leaves it empty and versionText reads the
// module version Go recorded in the binary instead.
var version string

func main() { os.Exit(run(commandLine(os.Args))) }

// commandLine is the arguments run takes: invoked through a link named
// sendmail (/usr/sbin/sendmail -> smtpconf), the program is sendmail mode.
func commandLine(argv []string) []string {
	if filepath.Base(argv[0]) == "sendmail" {
		return append([]string{"sendmail"}, argv[1:]...)
	}
	return argv[1:]
}
