package serve

import (
	"fmt"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/internal/leakcheck"
)

// TestSessionEndStopsTheTestSend: a session that ends while a test e-mail
// is in the middle of its conversation (the admin's connection drops) ends
// that conversation too: the mail server sees the connection closed, and no
// goroutine of the mailer or the form is left behind, long before the
// step's own timeout (5 minutes here).
func TestSessionEndStopsTheTestSend(t *testing.T) {
	smtpSrv := leakcheck.NewStall(t)
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
`, smtpSrv.Port))
	client := f.dialAdmin(t)
	term := openTerminal(t, client, 80, 24)
	term.waitScreen(t, "Authentication")
	term.send(t, "\x14") // ctrl+t: the test screen
	term.waitScreen(t, "Check connection")
	term.send(t, "\r") // send a test e-mail
	select {
	case <-smtpSrv.Accepted:
	case <-time.After(waitTimeout):
		t.Fatal("the test e-mail never connected to the mail server")
	}
	term.waitScreen(t, "Server greeting") // waiting for a greeting that never comes

	_ = client.Close() // the admin's connection drops

	select {
	case <-smtpSrv.Closed:
	case <-time.After(waitTimeout):
		t.Fatal("the mail server's connection is still open after the session ended")
	}
	leakcheck.RequireEnded(t, waitTimeout, "the form or the mailer", "the session", "smtpconf/mailer.", "smtpconf/tui.")
}
