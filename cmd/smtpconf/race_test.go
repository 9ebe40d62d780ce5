//go:build race

package main

// Under `go test -race` the binary under test is built with -race too, so the
// end-to-end tests look for races in the program, not only in the tests.
const raceEnabled = true
