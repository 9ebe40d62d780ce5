// Command hello is the floor for start-up: a Go hello world, built like
// smtpconf's release binary. make bench times `smtpconf version` against it.
package main

import "fmt"

func main() { fmt.Println("hello, world") }
