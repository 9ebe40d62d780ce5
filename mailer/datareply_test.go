package mailer

import (
	"bufio"
	"io"
	"net"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
)

// The server's reply to the message is kept as Result.Reply, which JSON
// and the TUI show as it is: a password the server echoes there is
// redacted like anywhere else.
func TestAPasswordEchoedInTheReplyToTheMessageIsRedacted(t *testing.T) {
	data := func(w io.Writer) {
		conn := w.(net.Conn)
		say("354 go ahead")(conn)
		// The client sends the message only after the 354, so the
		// server's reader holds none of it: read it here, to the dot.
		r := bufio.NewReader(conn)
		for {
			line, err := r.ReadString('\n')
			if err != nil || line == ".\r\n" {
				break
			}
		}
		say("250 2.0.0 Ok: queued for " + testPass)(conn)
	}
	s := rawServer(t, say("220 raw.test"), map[string]rawReply{"AUTH": say("235 2.7.0 ok"), "DATA": data})
	s.Auth, s.Username, s.Password = config.AuthPlain, testUser, testPass
	var rec recorder
	r := SendTest(timeoutCtx(t), s, "admin@example.net", rec.options())
	mustOK(t, r)
	if !strings.Contains(r.Reply, "queued for "+redacted) {
		t.Errorf("Reply %q, want the echo redacted in place", r.Reply)
	}
	for where, text := range everythingShown(t, r, rec.transcript.String()) {
		if strings.Contains(text, testPass) {
			t.Errorf("%s shows the password:\n%s", where, text)
		}
	}
}
