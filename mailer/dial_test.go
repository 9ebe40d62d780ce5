package mailer

import (
	"errors"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// repeatedPrefix returns the first part of an error text ("a: b: c") whose
// words begin the next part too, as in "connect: connect: dial tcp ..." or
// "lookup x: lookup x on 127.0.0.1:53: ...", or "" when there is none.
func repeatedPrefix(msg string) string {
	parts := strings.Split(msg, ": ")
	for i := 0; i+1 < len(parts); i++ {
		this, next := strings.Fields(strings.ToLower(parts[i])), strings.Fields(strings.ToLower(parts[i+1]))
		if len(this) == 0 || len(this) > len(next) {
			continue
		}
		same := true
		for j := range this {
			same = same && this[j] == next[j]
		}
		if same {
			return parts[i]
		}
	}
	return ""
}

func TestRepeatedPrefixFindsTheDoubleWrap(t *testing.T) {
	for msg, want := range map[string]string{
		"connect: connect: dial tcp 127.0.0.1:1: connect: connection refused": "connect",
		"resolve: lookup x.test: lookup x.test on 127.0.0.1:53: no such host": "lookup x.test",
		"connect: dial tcp 127.0.0.1:1: connect: connection refused":          "",
		"resolve: lookup x.test on 127.0.0.1:53: no such host":                "",
	} {
		if got := repeatedPrefix(msg); got != want {
			t.Errorf("repeatedPrefix(%q) = %q, want %q", msg, got, want)
		}
	}
}

func TestConnectAndResolveErrorsSayEachThingOnce(t *testing.T) {
	cases := []struct {
		name string
		edit func(t *testing.T, r *Options) (host string, port int)
		step StepName
		// also must not appear twice, in any spelling ("look up", "lookup")
		once string
	}{
		{name: "connection_refused", step: StepConnect, once: "dial", edit: func(t *testing.T, _ *Options) (string, int) {
			return "127.0.0.1", smtptest.ClosedPort(t)
		}},
		{name: "name_not_found", step: StepResolve, once: "look", edit: func(t *testing.T, o *Options) (string, int) {
			o.Resolver = nxdomainResolver(t)
			return "nosuch.example.test", 587
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, cfg := newServer(t)
			var opts Options
			cfg.Host, cfg.Port = c.edit(t, &opts)
			r := Check(timeoutCtx(t), cfg, "", opts)
			var e *Error
			if !errors.As(r.Err, &e) || e.Step != c.step {
				t.Fatalf("err = %v, want a failure at %s", r.Err, c.step)
			}
			msg, _ := Explain(r.Err)
			for _, text := range []string{r.Err.Error(), msg, r.Steps[len(r.Steps)-1].Err.Error()} {
				if p := repeatedPrefix(text); p != "" {
					t.Errorf("%q repeats %q", text, p)
				}
			}
			// Explain's "The DNS lookup failed: " names the step in a
			// sentence; only the error itself is held to saying it once.
			for _, text := range []string{r.Err.Error(), r.Steps[len(r.Steps)-1].Err.Error()} {
				if n := strings.Count(strings.ToLower(text), c.once); n != 1 {
					t.Errorf("%q says %q %d times, want once", text, c.once, n)
				}
			}
		})
	}
}
