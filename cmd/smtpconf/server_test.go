package main

import (
	"encoding/json"
	"fmt"
	"net"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
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
	Schema int  `json:"schema"`
	OK     bool `json:"ok"`
	Steps  []struct {
		Name   string `json:"name"`
		Status string `json:"status"`
	} `json:"steps"`
	Error     string          `json:"error"`
	Hint      string          `json:"hint"`
	Cancelled *bool           `json:"cancelled"`
	Problems  json.RawMessage `json:"problems"`
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
		wantLines []string // substrings of stdout or stderr (text mode)
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
				if !strings.Contains(text.stdout+text.stderr, want) {
					t.Errorf("the output should contain %q:\n%s", want, text)
				}
			}
			// The steps on stdout, why it failed on stderr: `check >/dev/null`
			// still says it.
			if tt.wantCode == exitFailed {
				if !strings.Contains(text.stderr, "error: ") || !strings.Contains(text.stderr, "hint: ") {
					t.Errorf("stderr should hold the error: and hint: lines:\n%s", text)
				}
				if strings.Contains(text.stdout, "error: ") || strings.Contains(text.stdout, "hint: ") {
					t.Errorf("stdout should hold only the steps:\n%s", text)
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
			// The fields a script may rely on are always there, and no two
			// steps share a name (EHLO after STARTTLS is ehlo_tls).
			if v.Schema != 1 || v.Cancelled == nil || *v.Cancelled || !strings.HasPrefix(string(v.Problems), "[") {
				t.Errorf("--json needs schema 1, cancelled false and a problems list:\n%s", js)
			}
			names := map[string]bool{}
			for _, st := range v.Steps {
				if names[st.Name] {
					t.Errorf("--json has two steps named %q:\n%s", st.Name, js)
				}
				names[st.Name] = true
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

// --transcript prints the SMTP dialogue on stderr after the steps, also on
// failure and with --json (stdout then stays one JSON object), with the
// login redacted; without it there is no dialogue.
func TestTranscript(t *testing.T) {
	tests := []struct {
		name     string
		password string // in the file; the server wants serverPassword
		auth     string
		args     []string
		wantCode int
		want     []string // lines of the dialogue on stderr
	}{
		{"check", serverPassword, "plain", []string{"check", "--transcript"}, exitOK,
			[]string{"C: EHLO ", "S: 220 ", "C: STARTTLS", "-- TLS: ", "C: AUTH PLAIN <redacted>", "S: 235 ", "C: RSET", "C: QUIT"}},
		{"test with --json", serverPassword, "login", []string{"test", "--json", "--transcript"}, exitOK,
			[]string{"C: AUTH LOGIN", "C: <redacted>", "C: DATA", "S: 354 ", "C: ."}},
		{"a refused login", "not-the-password", "plain", []string{"check", "--transcript"}, exitFailed,
			[]string{"C: AUTH PLAIN <redacted>", "S: 535 "}},
		{"a refused login with --json", "not-the-password", "login", []string{"check", "--transcript", "--json"}, exitFailed,
			[]string{"C: AUTH LOGIN", "S: 535 "}},
	}
	forms := append(secretForms(serverUser, serverPassword), secretForms(serverUser, "not-the-password")...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword))
			e := newEnv(t)
			e.writeConfig(configFor(srv, true, tt.auth, tt.password, `test_recipient = "admin@example.com"`))
			o := e.smtpconf(tt.args...)
			expectCode(t, o, tt.wantCode)
			expectNoSecret(t, o, forms)
			for _, want := range tt.want {
				if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(want)).MatchString(o.stderr) {
					t.Errorf("stderr should have a line starting %q:\n%s", want, o)
				}
			}
			if regexp.MustCompile(`(?m)^(C|S|--): `).MatchString(o.stdout) {
				t.Errorf("the dialogue belongs on stderr, not stdout:\n%s", o)
			}
			if slices.Contains(tt.args, "--json") {
				var v jsonOutcome
				decodeOne(t, o, &v)
				if len(v.Steps) == 0 {
					t.Errorf("--json lost its steps:\n%s", o)
				}
			} else if !strings.Contains(o.stdout, "✓ ") {
				t.Errorf("the steps should still be on stdout:\n%s", o)
			}

			without := e.smtpconf(slices.DeleteFunc(slices.Clone(tt.args), func(a string) bool { return a == "--transcript" })...)
			expectCode(t, without, tt.wantCode)
			if strings.Contains(without.stderr, "C: ") {
				t.Errorf("no dialogue without --transcript:\n%s", without)
			}
		})
	}
}
