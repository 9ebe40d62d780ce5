package main

// The built binary against aiosmtpd (Debian's python3-aiosmtpd), an SMTP
// server not built on go-smtp, as an admin would run it against a real one.

import (
	"bytes"
	"encoding/json"
	"net/mail"
	"slices"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/aiosmtpd"
)

// externalJSON is check/test --json with what these tests look at beyond
// jsonOutcome.
type externalJSON struct {
	jsonOutcome
	Kind      string `json:"kind"`
	Mechanism string `json:"mechanism"`
	Reply     string `json:"reply"`
	TLS       *struct {
		Verified bool   `json:"verified"`
		Issuer   string `json:"issuer"`
	} `json:"tls"`
}

func TestBinaryAgainstIndependentServer(t *testing.T) {
	account := aiosmtpd.Options{Username: serverUser, Password: serverPassword}
	withMode := func(m aiosmtpd.Mode) aiosmtpd.Options { o := account; o.Mode = m; return o }
	tests := []struct {
		name      string
		server    aiosmtpd.Options
		edit      func(*config.Server)
		args      []string
		wantCode  int
		wantLines []string // in stdout, text mode
		wantKind  string   // --json: the failure's kind
		wantMech  string   // --json: the mechanism used
		delivered bool     // one message to admin@example.com
	}{
		{
			name:      "test --to over STARTTLS with AUTH LOGIN",
			server:    withMode(aiosmtpd.StartTLS),
			edit:      func(s *config.Server) { s.Auth = config.AuthLogin },
			args:      []string{"test", "--to", "admin@example.com"},
			wantCode:  exitOK,
			wantLines: []string{"✓ ", "STARTTLS", "LOGIN as " + serverUser},
			delivered: true,
		},
		{
			name:      "test --to --json over smtps with auth auto",
			server:    withMode(aiosmtpd.SMTPS),
			args:      []string{"test", "--to", "admin@example.com", "--json"},
			wantCode:  exitOK,
			wantMech:  "PLAIN",
			delivered: true,
		},
		{
			name:     "check --json over STARTTLS delivers nothing",
			server:   withMode(aiosmtpd.StartTLS),
			args:     []string{"check", "--json", "--to", "admin@example.com"},
			wantCode: exitOK,
			wantMech: "PLAIN",
		},
		{
			name:     "check --json without auth on a plain server",
			server:   aiosmtpd.Options{Mode: aiosmtpd.Plain},
			args:     []string{"check", "--json"},
			wantCode: exitOK,
		},
		{
			name:     "check --json with a wrong password",
			server:   withMode(aiosmtpd.StartTLS),
			edit:     func(s *config.Server) { s.Password = "not-the-password" },
			args:     []string{"check", "--json"},
			wantCode: exitFailed,
			wantKind: "auth-failed",
		},
		{
			name:     "check --json without the server's CA",
			server:   withMode(aiosmtpd.StartTLS),
			edit:     func(s *config.Server) { s.TLSCAFile = "" },
			args:     []string{"check", "--json"},
			wantCode: exitFailed,
			wantKind: "cert-untrusted",
		},
		{
			name:      "test --to with a rejected sender",
			server:    aiosmtpd.Options{Mode: aiosmtpd.StartTLS, Username: serverUser, Password: serverPassword, RejectSender: serverUser},
			args:      []string{"test", "--to", "admin@example.com"},
			wantCode:  exitFailed,
			wantLines: []string{"✗ ", "Sender address rejected", "hint: "},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := aiosmtpd.Start(t, tt.server)
			server := srv.Config()
			if tt.edit != nil {
				tt.edit(&server)
			}
			e := newEnv(t)
			// Written by config itself, as `smtpconf configure` would.
			f := config.New(e.config)
			f.Config.SMTP = config.SMTP{Server: server}
			if err := f.Save(); err != nil {
				t.Fatalf("write the config file: %v", err)
			}

			o := e.smtpconf(tt.args...)
			expectCode(t, o, tt.wantCode)
			expectNoSecret(t, o, secretForms(serverUser, serverPassword))
			for _, want := range tt.wantLines {
				if !strings.Contains(o.stdout+o.stderr, want) {
					t.Errorf("the output should contain %q:\n%s", want, o)
				}
			}
			if slices.Contains(tt.args, "--json") {
				var v externalJSON
				if err := json.Unmarshal([]byte(o.stdout), &v); err != nil {
					t.Fatalf("--json output is not one JSON object: %v\n%s", err, o)
				}
				if v.OK != (tt.wantCode == exitOK) || len(v.Steps) == 0 || v.Kind != tt.wantKind || v.Mechanism != tt.wantMech {
					t.Errorf("--json: ok %v, %d steps, kind %q, mechanism %q; want kind %q, mechanism %q:\n%s",
						v.OK, len(v.Steps), v.Kind, v.Mechanism, tt.wantKind, tt.wantMech, o)
				}
				if !v.OK && (v.Error == "" || v.Hint == "") {
					t.Errorf("--json failure needs error and hint:\n%s", o)
				}
				if v.OK && tt.server.Mode != aiosmtpd.Plain && (v.TLS == nil || !v.TLS.Verified || v.TLS.Issuer != "aiosmtpd test CA") {
					t.Errorf("--json: tls %+v, want verified, issued by the server's CA:\n%s", v.TLS, o)
				}
				if tt.delivered && !strings.HasPrefix(v.Reply, "250 2.0.0 Ok: queued as AIO") {
					t.Errorf("--json: reply %q, want aiosmtpd's queue id", v.Reply)
				}
			}

			msgs, err := srv.Messages()
			if err != nil {
				t.Fatal(err)
			}
			if !tt.delivered {
				if len(msgs) != 0 {
					t.Errorf("the server received %d messages, want none", len(msgs))
				}
				return
			}
			if len(msgs) != 1 {
				t.Fatalf("the server received %d messages, want 1", len(msgs))
			}
			m := msgs[0]
			if m.From != serverUser || !slices.Equal(m.To, []string{"admin@example.com"}) || m.User != serverUser || !m.TLS {
				t.Errorf("envelope from %q to %q, user %q, TLS %v", m.From, m.To, m.User, m.TLS)
			}
			msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
			if err != nil {
				t.Fatalf("the received message does not parse: %v\n%s", err, m.Data)
			}
			if to, err := msg.Header.AddressList("To"); err != nil || len(to) != 1 || to[0].Address != "admin@example.com" {
				t.Errorf("To = %v (%v)", to, err)
			}
			if s := msg.Header.Get("Subject"); !strings.HasPrefix(s, "smtpconf test message from ") {
				t.Errorf("Subject = %q", s)
			}
		})
	}
}
