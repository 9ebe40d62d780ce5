// Command smtpconf sets up, checks and stores the outgoing-mail settings of a
// server application.
package main

import "os"

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() { os.Exit(run(os.Args[1:])) }
