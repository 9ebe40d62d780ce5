package mailer

import (
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"

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

// answerEverything answers every challenge, as the token mechanisms do.
type answerEverything struct{}

func (answerEverything) Start() (string, []byte, error) { return MechXOAuth2, []byte("x"), nil }
func (answerEverything) Next([]byte) ([]byte, error)    { return []byte("x"), nil }

// Each reply has its own timeout, so a server answering 334 to every line
// would keep the exchange going for ever: it ends after maxChallenges,
// cancelled with "*" (the answer a 334 allows).
func TestAnEndlessAuthExchangeEnds(t *testing.T) {
	var challenges, stars atomic.Int32
	challenge := func(w io.Writer) {
		challenges.Add(1)
		say("334 ")(w)
	}
	s := rawServer(t, func(io.Writer) {}, map[string]rawReply{
		"AUTH": challenge,
		"EA==": challenge, // base64 of "x", as rawServer looks verbs up
		"*": func(w io.Writer) {
			stars.Add(1)
			say("501 5.7.0 Authentication aborted")(w)
		},
	})
	conn, err := net.Dial("tcp", net.JoinHostPort(s.Host, strconv.Itoa(s.Port)))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	c := &conversation{conn: conn, reader: newServerConn(conn), tr: newTranscript(nil), timeout: 10 * time.Second}
	err = c.authenticate(answerEverything{})
	if err == nil || !strings.Contains(err.Error(), "more than 4 challenges") {
		t.Fatalf("want the exchange to end after %d challenges, got %v", maxChallenges, err)
	}
	if got := challenges.Load(); got != maxChallenges+1 {
		t.Errorf("the server sent %d challenges, want %d", got, maxChallenges+1)
	}
	if got := stars.Load(); got != 1 {
		t.Errorf("the server received %d \"*\", want 1", got)
	}
}

// auth auto tries the next mechanism once, and only after 535 (a server
// offering CRAM-MD5 may be unable to check it against a hashed password)
// or 534 (mechanism too weak); any other refusal would fail again. Without
// TLS the order is CRAM-MD5, PLAIN, LOGIN.
func TestAuthAutoTriesTheNextMechanismOnlyAfter535Or534(t *testing.T) {
	tests := []struct {
		name    string
		replies []string // to each AUTH in turn
		ok      bool
		auths   int32 // AUTH commands the server received
	}{
		{"534 mechanism too weak", []string{"534 5.7.9 Authentication mechanism is too weak", "235 2.7.0 ok"}, true, 2},
		{"535 credentials refused", []string{"535 5.7.8 Authentication failed", "235 2.7.0 ok"}, true, 2},
		{"535 twice is tried no third time", []string{"535 5.7.8 Authentication failed", "535 5.7.8 Authentication failed", "235 2.7.0 ok"}, false, 2},
		{"454 temporary failure is not retried", []string{"454 4.7.0 Temporary authentication failure", "235 2.7.0 ok"}, false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var auths atomic.Int32
			s := rawServer(t, say("220 raw.test"), map[string]rawReply{
				"EHLO": say("250-raw.test", "250 AUTH CRAM-MD5 PLAIN LOGIN"),
				"AUTH": func(w io.Writer) { say(tt.replies[auths.Add(1)-1])(w) },
			})
			s.Auth, s.Username, s.Password = config.AuthAuto, testUser, testPass
			r := Check(timeoutCtx(t), s, "", Options{})
			if got := auths.Load(); got != tt.auths {
				t.Errorf("the server received %d AUTH, want %d", got, tt.auths)
			}
			if !tt.ok {
				if r.OK {
					t.Fatal("OK, want the login to fail")
				}
				return
			}
			mustOK(t, r)
			if r.Mechanism != sasl.Plain {
				t.Errorf("logged in with %q, want PLAIN after CRAM-MD5", r.Mechanism)
			}
			if !strings.Contains(strings.Join(r.Warnings, "\n"), "refused CRAM-MD5") {
				t.Errorf("no warning names the refused CRAM-MD5: %q", r.Warnings)
			}
		})
	}
}
