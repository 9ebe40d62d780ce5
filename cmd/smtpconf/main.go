// Command smtpconf sets up, checks and stores the outgoing-mail settings of a
// server application.
package main

import "os"

func main() { os.Exit(run(os.Args[1:])) }

// run is the whole program, minus the process exit, so that it can be tested.
func run(args []string) int {
	_ = args
	return 0
}
