package main

import (
	"encoding/base64"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// secretForms is every way a password could leak: as is, and as the
// base64 an AUTH PLAIN or LOGIN exchange carries.
func secretForms(username, password string) []string {
	return []string{
		password,
		base64.StdEncoding.EncodeToString([]byte(password)),
		base64.StdEncoding.EncodeToString([]byte("\x00" + username + "\x00" + password)),
	}
}

func expectNoSecret(t *testing.T, o outcome, forms []string) {
	t.Helper()
	for _, form := range forms {
		if strings.Contains(o.stdout, form) || strings.Contains(o.stderr, form) {
			t.Errorf("the password (as %q) was printed:\n%s", form, o)
		}
	}
}

// No command prints the password, in any form, on any path: success,
// validation errors, network errors, --json, --transcript.
func TestNoCommandPrintsThePassword(t *testing.T) {
	port := strconv.Itoa(smtptest.ClosedPort(t))
	unreachable := strings.NewReplacer(`host = "mail.example.com"`, `host = "127.0.0.1"`, "port = 587", "port = "+port,
		"starttls = true", "starttls = false").Replace(validConfig)
	configs := map[string]string{
		"valid":                   validConfig,
		"unreachable server":      unreachable,
		"invalid":                 strings.Replace(validConfig, "port = 587", "port = 70000", 1),
		"two password sources":    strings.Replace(validConfig, "timeout", "password_env = \"SMTP_PASSWORD\"\ntimeout", 1),
		"password from the env":   strings.Replace(validConfig, `password = "`+secret+`"`, `password_env = "SMTP_PASSWORD"`, 1),
		"password from a command": strings.Replace(unreachable, `password = "`+secret+`"`, `password_command = "echo `+secret+`"`, 1),
		// The syntax error is in the password's own line.
		"password in a broken file": strings.Replace(validConfig, `password = "`+secret+`"`, `password = "`+secret, 1),
		// Servers that get as far as the login, for --transcript.
		"server that accepts the login": configFor(smtptest.NewServer(t, smtptest.WithUser(serverUser, secret)), true, "plain", secret, `test_recipient = "admin@example.com"`),
		"server that refuses the login": configFor(smtptest.NewServer(t, smtptest.WithUser(serverUser, "other")), true, "login", secret, `test_recipient = "admin@example.com"`),
	}
	commands := [][]string{
		{"validate"}, {"show"}, {"show", "--json"},
		{"check", "--timeout", "2s"}, {"check", "--json", "--timeout", "2s"},
		{"test", "--timeout", "2s"}, {"test", "--json", "--timeout", "2s"},
		{"check", "--transcript", "--timeout", "2s"}, {"test", "--transcript", "--timeout", "2s"},
		{"test", "--json", "--transcript", "--timeout", "2s"},
		{"set", "password=" + secret, "port=70000"},
	}
	forms := append(secretForms("noreply@example.com", secret), secretForms(serverUser, secret)...)
	for name, config := range configs {
		for _, command := range commands {
			t.Run(name+"/"+strings.Join(command, " "), func(t *testing.T) {
				e := newEnv(t).with("SMTP_PASSWORD=" + secret)
				e.writeConfig(config)
				o := e.smtpconf(command...)
				expectNoSecret(t, o, forms)
			})
		}
	}
}

// A password that others can read is a warning on every command that loads the file.
func TestWarnsAboutAReadablePassword(t *testing.T) {
	for _, command := range [][]string{{"validate"}, {"show"}, {"check", "--timeout", "1s"}, {"test", "--timeout", "1s"}, {"set", "sender_name=X"}} {
		t.Run(strings.Join(command, " "), func(t *testing.T) {
			e := newEnv(t)
			e.writeConfig(validConfig)
			if err := os.Chmod(e.config, 0o644); err != nil {
				t.Fatal(err)
			}
			o := e.smtpconf(command...)
			if !strings.Contains(o.stderr, "warning: "+e.config) {
				t.Errorf("want a warning about the file's permissions on stderr:\n%s", o)
			}
		})
	}
}
