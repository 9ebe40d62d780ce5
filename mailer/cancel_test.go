package mailer

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// Each case leaves the client waiting at one step: a server that never
// greets, or one that takes the command and never answers.
var waits = []struct {
	name   string
	server []smtptest.Option
	step   StepName
	send   bool // the step is only reached when sending
}{
	{"greeting", []smtptest.Option{smtptest.WithNoGreeting()}, StepGreeting, false},
	{"auth", []smtptest.Option{smtptest.HangAt(smtptest.StepAuth)}, StepAuth, false},
	{"mail", []smtptest.Option{smtptest.HangAt(smtptest.StepMail)}, StepMail, false},
	{"rcpt", []smtptest.Option{smtptest.HangAt(smtptest.StepRcpt)}, StepRcpt, false},
	{"data", []smtptest.Option{smtptest.HangAt(smtptest.StepData)}, StepData, true},
}

func TestCancelWhileAStepWaitsReturnsPromptly(t *testing.T) {
	for _, w := range waits {
		t.Run(w.name, func(t *testing.T) {
			srv, cfg := newServer(t, w.server...)
			// A long timeout: only the cancellation can end the wait soon.
			cfg = withTimeout(cfg, time.Minute)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			opts := Options{LocalName: "client.test", Progress: func(s Step) {
				if s.Name != w.step || s.Status != StatusRunning {
					return
				}
				if w.step == StepGreeting {
					// A silent server cannot say when the client waits;
					// cancelling as the step starts is the closest.
					cancel()
					return
				}
				// Cancel once the server holds the command, so the client
				// is surely inside the step, waiting for the reply.
				go func() {
					<-srv.Hanging()
					cancel()
				}()
			}}
			start := time.Now()
			var r *Result
			if w.send {
				r = SendTest(ctx, cfg, "admin@example.net", opts)
			} else {
				r = Check(ctx, cfg, "admin@example.net", opts)
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Fatalf("returned after %s", took)
			}
			var e *Error
			if !errors.As(r.Err, &e) || e.Kind != KindCanceled || e.Step != w.step {
				t.Fatalf("err = %v, want canceled at %s", r.Err, w.step)
			}
			if !errors.Is(r.Err, context.Canceled) || e.Hint == "" {
				t.Errorf("err %v does not wrap context.Canceled, or no hint (%q)", r.Err, e.Hint)
			}
			if len(srv.Messages()) != 0 {
				t.Error("a cancelled send was delivered")
			}
		})
	}
}

func TestNothingWaitsPastTheTimeout(t *testing.T) {
	// The shortest timeout config allows; the cases wait it out in parallel.
	const timeout = config.MinTimeout
	for _, w := range waits {
		for _, api := range []string{"Check", "SendTest", "Send"} {
			if w.send && api == "Check" {
				continue
			}
			t.Run(w.name+"/"+api, func(t *testing.T) {
				t.Parallel()
				_, cfg := newServer(t, w.server...)
				cfg = withTimeout(cfg, timeout)
				start := time.Now()
				var err error
				switch api {
				case "Check":
					err = Check(context.Background(), cfg, "admin@example.net", Options{}).Err
				case "SendTest":
					err = SendTest(context.Background(), cfg, "admin@example.net", Options{}).Err
				case "Send":
					err = Send(context.Background(), cfg, Message{To: []string{"admin@example.net"}, Subject: "s", Body: "b"})
				}
				// One step waits the timeout; every other is quick on loopback.
				if took := time.Since(start); took > timeout+time.Second {
					t.Fatalf("returned after %s with a timeout of %s", took, timeout)
				}
				want := KindTimeout
				if w.step == StepGreeting {
					want = KindNoGreeting
				}
				var e *Error
				if !errors.As(err, &e) || e.Kind != want || e.Step != w.step {
					t.Fatalf("err = %v, want %s at %s", err, want, w.step)
				}
				if !strings.Contains(e.Hint, "within "+timeout.String()) {
					t.Errorf("hint %q does not name the timeout", e.Hint)
				}
			})
		}
	}
}
