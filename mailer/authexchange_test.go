package mailer

import (
	"errors"
	"io"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/smtpconf/smtpconf/config"
)

// "*" may only answer a 334 challenge (RFC 4954). Sent after a final reply
// it is a command of its own: Postfix answers "221 2.7.0 Error: I can break
// rules, too. Goodbye." and Exim counts a protocol error. This holds the
// rule without a Postfix: the server counts every "*" it receives.
func TestCancelAnswersOnlyAChallenge(t *testing.T) {
	tests := []struct {
		name     string
		auth     config.Auth
		replies  map[string]rawReply
		want     int    // how many "*" the server received
		wantCode int    // the refusal's code
		wantErr  string // or, without one, the error
	}{
		{"PLAIN refused at once", config.AuthPlain,
			map[string]rawReply{"AUTH": say("535 5.7.8 Authentication failed")}, 0, 535, ""},
		{"LOGIN refused after the password", config.AuthLogin,
			// LOGIN answers "Password:" with the password in base64
			// (upper case, as rawServer looks verbs up).
			map[string]rawReply{"AUTH": say("334 UGFzc3dvcmQ6"), strings.ToUpper(encode64([]byte(testPass))): say("535 5.7.8 Authentication failed")}, 0, 535, ""},
		{"a challenge that is not base64 is cancelled", config.AuthLogin,
			map[string]rawReply{"AUTH": say("334 not base64!")}, 1, 0, "the server's challenge is not base64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stars atomic.Int32
			replies := map[string]rawReply{
				"EHLO": say("250-raw.test", "250 AUTH PLAIN LOGIN"),
				"*": func(w io.Writer) {
					stars.Add(1)
					say("501 5.7.0 Authentication aborted")(w)
				},
			}
			for verb, r := range tt.replies {
				replies[verb] = r
			}
			s := rawServer(t, say("220 raw.test"), replies)
			s.Auth, s.Username, s.Password = tt.auth, testUser, testPass
			res := Check(timeoutCtx(t), s, "", Options{})
			var e *Error
			if !errors.As(res.Err, &e) || e.Step != StepAuth {
				t.Fatalf("want the login to fail, got %v; steps: %s", res.Err, stepNames(res))
			}
			if got := int(stars.Load()); got != tt.want {
				t.Errorf("the server received %d \"*\", want %d", got, tt.want)
			}
			var r *ReplyError
			switch {
			case tt.wantCode != 0 && (!errors.As(res.Err, &r) || r.Code != tt.wantCode):
				t.Errorf("want the server's %d as the refusal, got %v", tt.wantCode, res.Err)
			case tt.wantErr != "" && !strings.Contains(res.Err.Error(), tt.wantErr):
				t.Errorf("want %q in the error, got %v", tt.wantErr, res.Err)
			}
		})
	}
}
