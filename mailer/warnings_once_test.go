package mailer

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestUnencryptedConnectionIsWarnedOnce: with starttls off, the result
// says once that the connection is not encrypted, whether or not a login
// crossed it.
func TestUnencryptedConnectionIsWarnedOnce(t *testing.T) {
	cases := []struct {
		name string
		auth config.Auth
		send bool
	}{
		{name: "check_without_login", auth: config.AuthNone},
		{name: "check_with_plain", auth: config.AuthPlain},
		{name: "check_with_cram_md5", auth: config.AuthCRAMMD5},
		{name: "test_with_login", auth: config.AuthLogin, send: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, cfg := newServer(t, smtptest.WithoutStartTLS())
			cfg.StartTLS, cfg.Auth = false, c.auth
			if c.auth == config.AuthNone {
				cfg.Username, cfg.Password = "", ""
			}
			var r *Result
			if c.send {
				r = SendTest(timeoutCtx(t), cfg, "admin@example.net", Options{})
			} else {
				r = Check(timeoutCtx(t), cfg, "admin@example.net", Options{})
			}
			mustOK(t, r)
			if len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], "not encrypted") {
				t.Fatalf("warnings %q, want one saying the connection is not encrypted", r.Warnings)
			}
		})
	}
}
