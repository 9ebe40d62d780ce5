package main

import (
	"encoding/json"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"smtpconf/mailer/smtptest"
)

const (
	serverUser     = "app@example.com"
	serverPassword = "S3rver-Pa55word"
)

// configFor is a config file that reaches srv with STARTTLS (or not),
// trusting its CA, with the given auth, password and extra lines.
func configFor(srv *smtptest.Server, starttls bool, auth, password string, extra ...string) string {
	return fmt.Sprintf(`[smtp]
use_default = false
sender = %q
protocol = "smtp"
starttls = %t
host = %q
port = %d
auth = %q
username = %q
password = %q
tls_ca_file = %q
timeout = "5s"
%s
`, serverUser, starttls, srv.Host, srv.Port, auth, serverUser, password, srv.CAFile(), strings.Join(extra, "\n"))
}

// jsonOutcome is the shape of check/test --json.
type jsonOutcome struct {
	OK    bool `json:"ok"`
	Steps []struct {
		Name   string `json:"name"`
		Status string `json:"status"`
	} `json:"steps"`
	Error string `json:"error"`
	Hint  string `json:"hint"`
}

func TestCheckAndTestAgainstARealServer(t *testing.T) {
	tests := []struct {
		name      string
		server    []smtptest.Option
		starttls  bool
		password  string
		extra     []string // more config lines
		args      []string
		wantCode  int
		wantSent  []string // recipients of the messages the server got
		wantLines []string // substrings of stdout (text mode)
	}{
		{
			name:      "check over STARTTLS with AUTH PLAIN delivers nothing",
			server:    []smtptest.Option{smtptest.WithUser(serverUser, serverPassword), smtptest.AuthOnlyOverTLS(), smtptest.RequireAuth()},
			starttls:  true,
			password:  serverPassword,
			args:      []string{"check", "--to", "admin@example.com"},
			wantCode:  exitOK,
			wantLines: []string{"✓ ", "STARTTLS", "TLS 1.3"},
		},
		{
			name:      "test over STARTTLS with AUTH PLAIN sends to --to",
			server:    []smtptest.Option{smtptest.WithUser(serverUser, serverPassword), smtptest.AuthOnlyOverTLS(), smtptest.RequireAuth()},
			starttls:  true,
			password:  serverPassword,
			extra:     []string{`test_recipient = "someone-else@example.com"`},
			args:      []string{"test", "--to", "admin@example.com"},
			wantCode:  exitOK,
			wantSent:  []string{"admin@example.com"},
			wantLines: []string{"✓ "},
		},
		{
			name:     "test without --to sends to test_recipient",
			server:   []smtptest.Option{smtptest.WithUser(serverUser, serverPassword)},
			starttls: true,
			password: serverPassword,
			extra:    []string{`test_recipient = "admin@example.com"`},
			args:     []string{"test"},
			wantCode: exitOK,
			wantSent: []string{"admin@example.com"},
		},
		{
			name:      "a wrong password fails with a hint",
			server:    []smtptest.Option{smtptest.WithUser(serverUser, serverPassword), smtptest.AuthOnlyOverTLS()},
			starttls:  true,
			password:  "not-the-password",
			args:      []string{"check"},
			wantCode:  exitFailed,
			wantLines: []string{"✗ ", "hint: "},
		},
		{
			name:      "starttls required but not offered fails with a hint",
			server:    []smtptest.Option{smtptest.WithoutStartTLS()},
			starttls:  true,
			password:  serverPassword,
			args:      []string{"test", "--to", "admin@example.com"},
			wantCode:  exitFailed,
			wantLines: []string{"✗ ", "hint: "},
		},
		{
			name:      "a rejected recipient fails the test",
			server:    []smtptest.Option{smtptest.WithUser(serverUser, serverPassword), smtptest.FailAt(smtptest.StepRcpt, smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "no such user"})},
			starttls:  true,
			password:  serverPassword,
			args:      []string{"test", "--to", "nobody@example.com"},
			wantCode:  exitFailed,
			wantLines: []string{"✗ ", "no such user"},
		},
	}
	forms := secretForms(serverUser, serverPassword)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.NewServer(t, tt.server...)
			e := newEnv(t)
			e.writeConfig(configFor(srv, tt.starttls, "plain", tt.password, tt.extra...))

			text := e.smtpconf(tt.args...)
			expectCode(t, text, tt.wantCode)
			for _, want := range tt.wantLines {
				if !strings.Contains(text.stdout, want) {
					t.Errorf("stdout should contain %q:\n%s", want, text)
				}
			}
			expectNoSecret(t, text, forms)

			js := e.smtpconf(append(tt.args, "--json")...)
			expectCode(t, js, tt.wantCode)
			expectNoSecret(t, js, forms)
			var v jsonOutcome
			if err := json.Unmarshal([]byte(js.stdout), &v); err != nil {
				t.Fatalf("--json output is not one JSON object: %v\n%s", err, js)
			}
			if v.OK != (tt.wantCode == exitOK) || len(v.Steps) == 0 {
				t.Errorf("--json: ok=%v with %d steps:\n%s", v.OK, len(v.Steps), js)
			}
			if !v.OK && (v.Error == "" || v.Hint == "") {
				t.Errorf("--json failure needs error and hint:\n%s", js)
			}

			var sent []string
			for _, m := range srv.Messages() {
				sent = append(sent, m.To...)
			}
			// Text and JSON runs each send once.
			var want []string
			for range 2 {
				want = append(want, tt.wantSent...)
			}
			if fmt.Sprint(sent) != fmt.Sprint(want) {
				t.Errorf("server received mail for %v, want %v", sent, want)
			}
		})
	}
}

// An invalid file, or a test without a recipient, stops before any traffic.
func TestNoNetworkBeforeTheFileIsValid(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(string) string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"invalid file", func(s string) string { return strings.Replace(s, `auth = "plain"`, `auth = "rot13"`, 1) }, []string{"check"}, exitConfig, "smtp.auth"},
		{"invalid file, json", func(s string) string { return strings.Replace(s, `auth = "plain"`, `auth = "rot13"`, 1) }, []string{"test", "--json", "--to", "a@example.com"}, exitConfig, "smtp.auth"},
		{"test without a recipient", func(s string) string { return s }, []string{"test"}, exitUsage, "pass --to ADDRESS or set one with `smtpconf set test_recipient=ADDRESS`"},
		{"test --to not an address", func(s string) string { return s }, []string{"test", "--to", "not an address"}, exitUsage, `--to: "not an address" is not an e-mail address`},
		{"check --to not an address", func(s string) string { return s }, []string{"check", "--to", "not an address"}, exitUsage, `--to: "not an address" is not an e-mail address`},
		{"test --to with CR/LF", func(s string) string { return s }, []string{"test", "--to", "a@example.com\r\nRCPT TO:<b@example.com>"}, exitUsage, "--to: contains a line break"},
		{"check --to with LF, json", func(s string) string { return s }, []string{"check", "--json", "--to", "a@example.com\nDATA"}, exitUsage, "--to: contains a line break"},
		{"test --to with a display name", func(s string) string { return s }, []string{"test", "--to", "Admin <a@example.com>"}, exitUsage, "--to: write only the address (a@example.com)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			port := l.Addr().(*net.TCPAddr).Port
			e := newEnv(t)
			e.writeConfig(tt.edit(fmt.Sprintf("[smtp]\nuse_default = false\nsender = \"a@example.com\"\nhost = \"127.0.0.1\"\nport = %d\nstarttls = false\nauth = \"plain\"\nusername = \"u\"\npassword = \"p\"\n", port)))
			o := e.smtpconf(tt.args...)
			expectCode(t, o, tt.wantCode)
			if !strings.Contains(o.stderr, tt.wantErr) {
				t.Errorf("stderr should contain %q:\n%s", tt.wantErr, o)
			}
			// The process has exited: a connection it made would be waiting.
			if err := l.(*net.TCPListener).SetDeadline(time.Now()); err != nil {
				t.Fatal(err)
			}
			if c, err := l.Accept(); err == nil {
				c.Close()
				t.Error("smtpconf connected to the server")
			}
		})
	}
}
