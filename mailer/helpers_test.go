package mailer

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

const (
	testUser = "app@example.com"
	testPass = "S3cret-Pässword!"
)

// recorder keeps what a conversation reported, for assertions.
type recorder struct {
	mu         sync.Mutex
	events     []Step
	transcript bytes.Buffer
}

func (r *recorder) options() Options {
	return Options{
		LocalName:  "client.test",
		Transcript: &r.transcript,
		Progress: func(s Step) {
			r.mu.Lock()
			defer r.mu.Unlock()
			r.events = append(r.events, s)
		},
	}
}

func newServer(t *testing.T, opts ...smtptest.Option) (*smtptest.Server, config.Server) {
	t.Helper()
	s := smtptest.NewServer(t, append([]smtptest.Option{smtptest.WithUser(testUser, testPass)}, opts...)...)
	return s, s.Config()
}

// stepNames lists the names of the steps that ended, in order.
func stepNames(r *Result) string {
	var names []string
	for _, s := range r.Steps {
		n := string(s.Name)
		if s.Status != StatusOK {
			n += "(" + string(s.Status) + ")"
		}
		names = append(names, n)
	}
	return strings.Join(names, " ")
}

func mustOK(t *testing.T, r *Result) {
	t.Helper()
	if !r.OK || r.Err != nil {
		msg, hint := Explain(r.Err)
		t.Fatalf("result not OK: %s (hint: %s); steps: %s", msg, hint, stepNames(r))
	}
}

func timeoutCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func withTimeout(s config.Server, d time.Duration) config.Server {
	s.Timeout = config.Duration{Duration: d}
	return s
}
