// Command smtpconf sets up, checks and stores the outgoing-mail settings of a
// server application.
package main

import "os"

// version is set at build time by make: -ldflags "-X main.version=v0.1.0".
// A `go install ...@v0.1.0` build leaves it empty and versionText reads the
// module version Go recorded in the binary instead.
var version string

func main() { os.Exit(run(os.Args[1:])) }
