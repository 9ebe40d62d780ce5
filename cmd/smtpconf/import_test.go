package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

func TestImportMsmtprcAccount(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.AuthOnlyOverTLS(), smtptest.RequireAuth())
	rc := fmt.Sprintf(`# a typical ~/.msmtprc
defaults
tls on
tls_trust_file %s
logfile ~/.msmtp.log

account personal
host smtp.example.org
from me@example.org
auth on
user me
password "not this one"

account work : personal
host %s
port %d
from %s
auth plain
user %s
passwordeval "printenv SMTP_PASSWORD"
timeout 7
tls_fingerprint AB:CD

account default : work
`, srv.CAFile(), srv.Host, srv.Port, serverUser, serverUser)
	tests := []struct {
		name      string
		account   []string
		existing  string // the config file before, if any
		wantCode  int
		wantErr   string
		wantHost  string
		wantSaved func(t *testing.T, s config.SMTP)
	}{
		{
			name: "the default account, inheriting work and defaults, sends for real", wantHost: srv.Host,
			existing: "[smtp]\nuse_default = true\npassword_env = \"OLD\"\ntest_recipient = \"admin@example.net\"\n" +
				"allow_insecure_auth = true\noauth2_provider = \"google\"\noauth2_flow = \"device_code\"\noauth2_client_id = \"old\"\n",
			wantSaved: func(t *testing.T, s config.SMTP) {
				want := config.Server{Sender: serverUser, Protocol: "smtp", StartTLS: true, Host: srv.Host, Port: srv.Port,
					Auth: "plain", Username: serverUser, PasswordCommand: "printenv SMTP_PASSWORD", TLSCAFile: srv.CAFile(),
					Timeout: config.Duration{Duration: 7e9}}
				if s.UseDefault || s.Server != want || s.TestRecipient != "admin@example.net" {
					t.Errorf("saved %+v\nwant %+v (use_default false, test_recipient kept)", s, want)
				}
			},
		},
		{
			name: "--account picks another", account: []string{"--account", "personal"}, wantHost: "smtp.example.org",
			wantSaved: func(t *testing.T, s config.SMTP) {
				if s.Password != "not this one" || s.Auth != "auto" || s.Port != 25 || s.Sender != "me@example.org" {
					t.Errorf("saved %+v", s.Server)
				}
			},
		},
		{name: "an unknown account", account: []string{"--account", "nope"}, wantCode: exitConfig, wantErr: `no account "nope" (the file has: personal, work, default)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t).with("SMTP_PASSWORD=" + serverPassword)
			file := filepath.Join(e.home, "msmtprc")
			if err := os.WriteFile(file, []byte(rc), 0o600); err != nil {
				t.Fatal(err)
			}
			if tt.existing != "" {
				e.writeConfig(tt.existing)
			}
			o := e.smtpconf(append(append([]string{"import", "msmtprc"}, tt.account...), file)...)
			expectCode(t, o, tt.wantCode)
			if tt.wantCode != 0 {
				if !strings.Contains(o.stderr, tt.wantErr) {
					t.Errorf("stderr should contain %q:\n%s", tt.wantErr, o)
				}
				return
			}
			if !strings.Contains(o.stderr, "warning: ") || !strings.Contains(o.stderr, "logfile") {
				t.Errorf("the unused msmtp options should be named in a warning:\n%s", o)
			}
			f, err := config.Load(e.config)
			if err != nil {
				t.Fatal(err)
			}
			tt.wantSaved(t, f.Config.SMTP)
			if tt.wantHost == srv.Host {
				expectCode(t, e.smtpconf("test"), 0)
				if len(srv.Messages()) != 1 {
					t.Fatal("the imported settings did not deliver the test message")
				}
			}
		})
	}
}

func TestImportRefusesWhatItCannotUse(t *testing.T) {
	tests := []struct {
		name, rc, wantErr string
	}{
		{name: "several accounts without a default", rc: "account a\nhost a.example\naccount b\nhost b.example\n", wantErr: "give --account (one of a, b)"},
		{name: "an unsupported login", rc: "account a\nhost a.example\nfrom a@a.example\nauth xoauth2\n", wantErr: "auth xoauth2: msmtp takes the OAuth 2.0 token from passwordeval"},
		{name: "LMTP", rc: "account a\nhost a.example\nprotocol lmtp\n", wantErr: "protocol lmtp"},
		{name: "an invalid result is not saved", rc: "account a\nhost bad host\nfrom a@a.example\n", wantErr: "not saved"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			const before = "[smtp]\nuse_default = true\n"
			e.writeConfig(before)
			file := filepath.Join(e.home, "msmtprc")
			if err := os.WriteFile(file, []byte(tt.rc), 0o600); err != nil {
				t.Fatal(err)
			}
			o := e.smtpconf("import", "msmtprc", file)
			expectCode(t, o, exitConfig)
			if !strings.Contains(o.stderr, tt.wantErr) {
				t.Errorf("stderr should contain %q:\n%s", tt.wantErr, o)
			}
			if got := e.readConfig(); got != before {
				t.Errorf("the file changed:\n%s", got)
			}
		})
	}
}

// TestImportFiltersWhatTheFileSays: account names and option names come
// from the file and reach the terminal escaped, saved or refused.
func TestImportFiltersWhatTheFileSays(t *testing.T) {
	tests := []struct {
		name, rc string
		account  []string
		wantCode int
		want     string // in stdout+stderr, escaped
	}{
		{name: "saved: the account and an unused option", rc: "account \x1b]0;owned\x07a\nhost a.example\nfrom a@a.example\n\x1b[2Jlog on\n",
			want: `\x1b[2Jlog`},
		{name: "no default: the accounts listed", rc: "account a\nhost a.example\naccount \x1b[31mb\nhost b.example\n",
			wantCode: exitConfig, want: `one of a, \x1b[31mb`},
		{name: "an unknown parent", rc: "account a : \x1b[31mp\nhost a.example\n", wantCode: exitConfig, want: `inherits from "\x1b[31mp"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			file := filepath.Join(e.home, "msmtprc")
			if err := os.WriteFile(file, []byte(tt.rc), 0o600); err != nil {
				t.Fatal(err)
			}
			o := e.smtpconf(append(append([]string{"import", "msmtprc"}, tt.account...), file)...)
			expectCode(t, o, tt.wantCode)
			if strings.ContainsAny(o.stdout+o.stderr, "\x1b\x07") || !strings.Contains(o.stdout+o.stderr, tt.want) {
				t.Errorf("want %q and no control character:\n%q", tt.want, o.stdout+o.stderr)
			}
		})
	}
}

func TestPasswordevalBecomesACommandThatRunsTheSame(t *testing.T) {
	tests := []struct{ eval, want string }{
		{eval: "pass show smtp", want: "pass show smtp"},
		{eval: "gpg -q --decrypt ~/.msmtp.gpg", want: "sh -c 'gpg -q --decrypt ~/.msmtp.gpg'"},
		{eval: "cat /run/secrets/pw | head -1", want: "sh -c 'cat /run/secrets/pw | head -1'"},
		{eval: "echo 'it''s'", want: `sh -c 'echo '\''it'\'''\''s'\'''`},
	}
	for _, tt := range tests {
		if got := passwordCommand(tt.eval); got != tt.want {
			t.Errorf("passwordCommand(%q) = %q, want %q", tt.eval, got, tt.want)
		}
	}
}
