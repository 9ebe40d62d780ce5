package mailer

import (
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// An endless reply must end at the limit, not at the timeout: with a
// 30-second timeout, a limit error is proof that the client stopped reading
// after 64 KiB or 1,000 lines and held no more than that.
func TestEndlessRepliesStopAtTheLimitAtEveryStep(t *testing.T) {
	long := "250-" + strings.Repeat("x", 200) + "\r\n"
	tests := []struct {
		name     string
		greeting rawReply
		replies  map[string]rawReply
		login    bool
		step     StepName
		want     string
	}{
		{"greeting without a line break", endless("", "xxxxxxxx"), nil, false, StepGreeting, "the server's greeting exceeded 64 KiB"},
		{"greeting of endless lines", endless("", "220-hello\r\n"), nil, false, StepGreeting, "the server's greeting exceeded 1000 lines"},
		{"EHLO of long lines", say("220 raw.test"), map[string]rawReply{"EHLO": endless("", long)}, false, StepHello, "the server's reply to EHLO exceeded 64 KiB"},
		{"EHLO of short lines", say("220 raw.test"), map[string]rawReply{"EHLO": endless("", "250-X\r\n")}, false, StepHello, "the server's reply to EHLO exceeded 1000 lines"},
		{"AUTH", say("220 raw.test"), map[string]rawReply{"AUTH": endless("", "535-no\r\n")}, true, StepAuth, "the server's reply to AUTH exceeded 1000 lines"},
		{"MAIL FROM", say("220 raw.test"), map[string]rawReply{"MAIL": endless("", long)}, false, StepMail, "the server's reply to MAIL FROM exceeded 64 KiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rawServer(t, tt.greeting, tt.replies)
			if tt.login {
				s.Auth, s.Username, s.Password = "plain", testUser, testPass
			}
			start := time.Now()
			res := Check(timeoutCtx(t), s, "", Options{})
			var e *Error
			if !errors.As(res.Err, &e) {
				t.Fatalf("want an *Error, got %v; steps: %s", res.Err, stepNames(res))
			}
			if e.Step != tt.step || e.Kind != KindReplyTooLong || e.Err.Error() != tt.want {
				t.Fatalf("got step %s, kind %s, %q (after %s); want step %s, kind %s, %q",
					e.Step, e.Kind, e.Err, time.Since(start), tt.step, KindReplyTooLong, tt.want)
			}
			if !strings.Contains(e.Hint, "64 KiB") {
				t.Errorf("the hint does not name the limit: %q", e.Hint)
			}
		})
	}
}

func TestAGreetingCutOffByTheTimeoutIsNoGreeting(t *testing.T) {
	s := withTimeout(rawServer(t, silentAfter("220 mail.exa"), nil), time.Second)
	res := Check(timeoutCtx(t), s, "", Options{})
	var e *Error
	if !errors.As(res.Err, &e) || e.Step != StepGreeting || e.Kind != KindNoGreeting {
		t.Fatalf("want the greeting step to fail as %s, got %v; steps: %s", KindNoGreeting, res.Err, stepNames(res))
	}
}

func TestAGreetingCutOffByAHangUpSaysSo(t *testing.T) {
	s := rawServer(t, func(w io.Writer) {
		_, _ = io.WriteString(w, "220 mail.exa")
		_ = w.(net.Conn).Close()
	}, nil)
	res := Check(timeoutCtx(t), s, "", Options{})
	var e *Error
	if !errors.As(res.Err, &e) || e.Step != StepGreeting || !strings.Contains(e.Error(), "hung up in the middle of a line") {
		t.Fatalf("want the greeting step to say the line was cut, got %v; steps: %s", res.Err, stepNames(res))
	}
}

// A reply of exactly the limits is a reply like any other.
func TestRepliesAtTheLimitsAreAccepted(t *testing.T) {
	lines := make([]string, 0, maxReplyLines)
	lines = append(lines, "250-raw.test")
	for len(lines) < maxReplyLines-1 {
		lines = append(lines, "250-X-FILLER")
	}
	lines = append(lines, "250 AUTH PLAIN")
	s := rawServer(t, say("220 raw.test"), map[string]rawReply{"EHLO": say(lines...)})
	res := Check(timeoutCtx(t), s, "", Options{})
	mustOK(t, res)
}
