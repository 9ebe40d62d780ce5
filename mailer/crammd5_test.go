package mailer

import (
	"errors"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// RFC 2195, section 2, gives one exchange in full: any difference in how
// the digest is computed or written shows here.
func TestCRAMMD5AnswersTheRFC2195Example(t *testing.T) {
	c := newCRAMMD5Client("tim", "tanstaaftanstaaf")
	mech, ir, err := c.Start()
	if err != nil || mech != "CRAM-MD5" || ir != nil {
		t.Fatalf("Start = %q, %q, %v; want CRAM-MD5 with no initial response", mech, ir, err)
	}
	got, err := c.Next([]byte("<1896.697170952@postoffice.reston.mci.net>"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "tim b913a602c7eda7a495b4e6e7334d3890"; string(got) != want {
		t.Fatalf("response = %q, want %q", got, want)
	}
	if strings.Contains(string(got), "tanstaaf") {
		t.Fatal("the response carries the password")
	}
}

// CRAM-MD5 is one challenge and one answer; a server asking again is not
// speaking CRAM-MD5, and answering again would only help it guess.
func TestCRAMMD5RefusesASecondChallenge(t *testing.T) {
	c := newCRAMMD5Client("tim", "tanstaaftanstaaf")
	if _, err := c.Next([]byte("<1@example>")); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Next([]byte("<2@example>")); err == nil {
		t.Fatal("second challenge answered, want an error")
	}
}

func TestCRAMMD5AgainstTheTestServer(t *testing.T) {
	cases := []struct {
		name     string
		password string
		kind     Kind // "" for success
	}{
		{"right_password_logs_in", testPass, ""},
		{"wrong_password_is_refused", "tanstaaftanstaaf", KindAuthFailed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// Plain text on purpose: CRAM-MD5 is the one mechanism that
			// may log in without TLS, since the password never crosses.
			srv, cfg := newServer(t, smtptest.WithoutStartTLS(), smtptest.WithMechanisms(smtptest.MechCRAMMD5), smtptest.RequireAuth())
			cfg.Auth, cfg.Password = config.AuthCRAMMD5, c.password
			r := SendTest(timeoutCtx(t), cfg, "admin@example.net", Options{LocalName: "client.test"})
			if c.kind == "" {
				mustOK(t, r)
				if r.Mechanism != MechCRAMMD5 {
					t.Fatalf("mechanism = %q", r.Mechanism)
				}
				if m := srv.Messages(); len(m) != 1 || m[0].User != testUser {
					t.Fatalf("server recorded %+v, want one message from %s", m, testUser)
				}
				return
			}
			var e *Error
			if !errors.As(r.Err, &e) || e.Kind != c.kind || e.Step != StepAuth {
				t.Fatalf("err = %v, want %s at auth", r.Err, c.kind)
			}
			if len(srv.Messages()) != 0 {
				t.Fatal("a message was delivered without a login")
			}
		})
	}
}
