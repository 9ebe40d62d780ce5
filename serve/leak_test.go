package serve

import (
	"bufio"
	"fmt"
	"net"
	"runtime"
	"strings"
	"testing"
	"time"
)

// stallingServer accepts one SMTP connection and never answers, as a
// server stuck mid-conversation does; closed reports when the client has
// hung up.
type stallingServer struct {
	port     int
	accepted chan struct{}
	closed   chan struct{}
}

func newStallingServer(t *testing.T) *stallingServer {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	s := &stallingServer{port: l.Addr().(*net.TCPAddr).Port, accepted: make(chan struct{}), closed: make(chan struct{})}
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		close(s.accepted)
		// Reads until the client hangs up; never writes a byte.
		_, _ = bufio.NewReader(c).WriteTo(discard{})
		close(s.closed)
	}()
	return s
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// goroutinesIn lists the goroutines whose stack runs code of pkg.
func goroutinesIn(pkg string) []string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var found []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, pkg) {
			found = append(found, g)
		}
	}
	return found
}

// TestSessionEndStopsTheTestSend: a session that ends while a test e-mail
// is in the middle of its conversation (the admin's connection drops) ends
// that conversation too: the mail server sees the connection closed, and no
// goroutine of the mailer or the form is left behind, long before the
// step's own timeout (5 minutes here).
func TestSessionEndStopsTheTestSend(t *testing.T) {
	smtpSrv := newStallingServer(t)
	f := startServer(t)
	writeFile(t, f.configPath, fmt.Sprintf(`[smtp]
use_default = false
sender = "noreply@example.com"
protocol = "smtp"
starttls = false
host = "127.0.0.1"
port = %d
auth = "none"
timeout = "5m"
test_recipient = "admin@example.com"
`, smtpSrv.port))
	client := f.dialAdmin(t)
	term := openTerminal(t, client, 80, 24)
	term.waitScreen(t, "Authentication")
	term.send(t, "\x14") // ctrl+t: the test screen
	term.waitScreen(t, "Check connection")
	term.send(t, "\r") // send a test e-mail
	select {
	case <-smtpSrv.accepted:
	case <-time.After(waitTimeout):
		t.Fatal("the test e-mail never connected to the mail server")
	}
	term.waitScreen(t, "Server greeting") // waiting for a greeting that never comes

	_ = client.Close() // the admin's connection drops

	select {
	case <-smtpSrv.closed:
	case <-time.After(waitTimeout):
		t.Fatal("the mail server's connection is still open after the session ended")
	}
	requireGoroutinesEnd(t, "the form or the mailer", "smtpconf/mailer.", "smtpconf/tui.")
}

// requireGoroutinesEnd waits for the goroutines running code of pkgs to
// end: they end right after the session's connection closes; goleak
// retries the same way, since ending is not instantaneous.
func requireGoroutinesEnd(t *testing.T, what string, pkgs ...string) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		var left []string
		for _, pkg := range pkgs {
			left = append(left, goroutinesIn(pkg)...)
		}
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines of %s outlive the session:\n%s", len(left), what, strings.Join(left, "\n\n"))
		}
		runtime.Gosched()
		time.Sleep(10 * time.Millisecond)
	}
}
