// Package leakcheck lets a test show that cancelling work leaves nothing
// behind: a mail server that stalls mid-conversation, and a check that the
// goroutines of the cancelled work have ended. Only tests import it.
package leakcheck

import (
	"io"
	"net"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Stall is a loopback server that accepts one connection and never
// answers, as a server stuck mid-conversation does.
type Stall struct {
	Addr     string // host:port
	Port     int
	Accepted chan struct{} // closed once the client has connected
	Closed   chan struct{} // closed once the client has hung up
}

// NewStall starts a Stall; it stops listening when t ends.
func NewStall(t testing.TB) *Stall {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	s := &Stall{Addr: l.Addr().String(), Port: l.Addr().(*net.TCPAddr).Port, Accepted: make(chan struct{}), Closed: make(chan struct{})}
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		close(s.Accepted)
		// Reads until the client hangs up; never writes a byte.
		_, _ = io.Copy(io.Discard, c)
		close(s.Closed)
	}()
	return s
}

// Running lists the goroutines whose stack contains any of marks
// (package paths or function names).
func Running(marks ...string) []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var found []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		for _, m := range marks {
			if strings.Contains(g, m) {
				found = append(found, g)
				break
			}
		}
	}
	return found
}

// RequireEnded waits up to within for the goroutines running any of
// marks to end, and fails the test naming what they outlived. Ending is
// not instantaneous once work is cancelled; goleak retries the same way.
func RequireEnded(t testing.TB, within time.Duration, what, outlived string, marks ...string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		left := Running(marks...)
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines of %s outlive %s:\n%s", len(left), what, outlived, strings.Join(left, "\n\n"))
		}
		runtime.Gosched()
		time.Sleep(10 * time.Millisecond)
	}
}
