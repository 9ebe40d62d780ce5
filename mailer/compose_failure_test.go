package mailer

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestCompositionFailureNamesComposing: a message that cannot be put
// together (no recipient, a recipient that is no address) fails before MAIL
// FROM is sent; the failure names composing the message, in both
// languages, never "the sender (MAIL FROM)", which would blame the server
// or the sender address for it.
func TestCompositionFailureNamesComposing(t *testing.T) {
	cases := []struct {
		name string
		to   string
		want map[i18n.Lang]string
	}{
		{name: "empty recipient", to: "",
			want: map[i18n.Lang]string{i18n.English: "Composing the message failed: no recipient", i18n.German: "Die Nachricht konnte nicht zusammengestellt werden: kein Empfänger"}},
		{name: "recipient that is no address", to: "bad addr",
			want: map[i18n.Lang]string{i18n.English: "Composing the message failed: ", i18n.German: "Die Nachricht konnte nicht zusammengestellt werden: "}},
	}
	for _, tc := range cases {
		for _, lang := range i18n.Langs() {
			t.Run(tc.name+"/"+string(lang), func(t *testing.T) {
				srv, cfg := newServer(t)
				res := SendTest(timeoutCtx(t), cfg, tc.to, Options{Lang: lang})
				if res.Err == nil {
					t.Fatal("sent without a recipient")
				}
				msg, _ := res.FailureIn(lang)
				if !strings.HasPrefix(msg, tc.want[lang]) {
					t.Errorf("failure %q, want it to begin %q", msg, tc.want[lang])
				}
				if strings.Contains(msg, "MAIL FROM") {
					t.Errorf("failure %q blames MAIL FROM", msg)
				}
				if len(srv.Messages()) != 0 {
					t.Error("a message was delivered")
				}
			})
		}
	}
}
