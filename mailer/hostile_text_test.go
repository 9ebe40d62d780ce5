package mailer

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// hostile is what a server (or anyone on the path before STARTTLS) can put
// in its replies to act on the admin's terminal: clear the screen, write
// the clipboard (OSC 52), set the title, open a link (OSC 8), and C1
// controls that some terminals take as CSI, OSC and ST.
const hostile = "\x1b[2J\x1b]52;c;aGk=\x07\x1b]0;title\x07\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ \u009b2J\u009d0;t\u009c \x7f"

// Everything the mailer lets out — step details and errors, warnings,
// the error and hint, JSON and the transcript — is safe to print, at
// every step where a server can say something.
func TestServerTextIsMadeSafeToPrintEverywhere(t *testing.T) {
	tests := []struct {
		name     string
		greeting rawReply
		replies  map[string]rawReply
	}{
		{"greeting", say("220 mail " + hostile), nil},
		{"EHLO", say("220 raw.test"), map[string]rawReply{"EHLO": say("250-raw.test "+hostile, "250 AUTH PLAIN "+hostile)}},
		{"refused greeting", say("554 go away " + hostile), nil},
		{"refused MAIL FROM", say("220 raw.test"), map[string]rawReply{"MAIL": say("550 5.7.1 no " + hostile)}},
		{"not SMTP at all", say("HTTP/1.1 400 " + hostile), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rawServer(t, tt.greeting, tt.replies)
			var rec recorder
			r := Check(timeoutCtx(t), s, "admin@example.net", rec.options())
			shown := everythingShown(t, r, rec.transcript.String())
			for _, st := range rec.events {
				shown["progress "+string(st.Name)] += st.Detail
			}
			escaped := false
			for where, text := range shown {
				if !termsafe.Safe(strings.ReplaceAll(text, "\n", " ")) {
					t.Errorf("%s is not safe to print: %q", where, text)
				}
				escaped = escaped || strings.Contains(text, `\x1b]52;c;aGk=`)
			}
			if !escaped {
				t.Errorf("the server's text is not shown escaped anywhere: %v", shown)
			}
		})
	}
}
