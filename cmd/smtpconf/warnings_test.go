package main

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestUnencryptedConnectionIsOneWarning: with starttls off, check and test
// say once that the connection is not encrypted, on stdout and stderr
// together, not once per place that noticed.
func TestUnencryptedConnectionIsOneWarning(t *testing.T) {
	cases := []struct {
		name string
		auth string
		args []string
	}{
		{name: "check_without_login", auth: "none", args: []string{"check", "--to", "admin@example.com"}},
		{name: "check_with_login", auth: "plain", args: []string{"check", "--to", "admin@example.com"}},
		{name: "test_with_login", auth: "plain", args: []string{"test", "--to", "admin@example.com"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.WithoutStartTLS())
			e := newEnv(t)
			body := configFor(srv, false, c.auth, serverPassword)
			if c.auth == "none" {
				body = strings.Replace(strings.Replace(body, "username = ", "# username = ", 1), "password = ", "# password = ", 1)
			}
			e.writeConfig(body)
			o := e.smtpconf(c.args...)
			expectCode(t, o, exitOK)
			all := o.stdout + o.stderr
			var warnings []string
			for _, l := range strings.Split(all, "\n") {
				lower := strings.ToLower(l)
				if strings.Contains(lower, "warning") && (strings.Contains(lower, "encrypt") || strings.Contains(lower, "clear text") || strings.Contains(lower, "starttls")) {
					warnings = append(warnings, l)
				}
			}
			if len(warnings) != 1 {
				t.Fatalf("%d warnings about the unencrypted connection, want 1: %q\n%s", len(warnings), warnings, o)
			}
		})
	}
}
