package main

// The built binary against a real Postfix + Dovecot (internal/postfix), as
// an admin runs it against the submission server of their own domain.

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/postfix"
)

func TestBinaryAgainstPostfix(t *testing.T) {
	srv := postfix.Shared(t)
	type tlsJSON struct {
		Verified    bool     `json:"verified"`
		Issuer      string   `json:"issuer"`
		DNSNames    []string `json:"dns_names"`
		IPAddresses []string `json:"ip_addresses"`
	}
	tests := []struct {
		name      string
		svc       postfix.Service
		edit      func(*config.Server)
		args      []string // --to is added
		wantCode  int
		wantLines []string // in stdout or stderr (steps go to stdout, the error and hint to stderr)
		notLines  []string // in neither
		wantKind  string   // --json
		wantTLS   func(*tlsJSON) bool
		delivered bool
	}{
		{name: "test over STARTTLS with auth auto delivers", svc: postfix.Submission, args: []string{"test"},
			wantCode: exitOK, wantLines: []string{"PLAIN as " + postfix.PlainUser}, delivered: true},
		{name: "test over implicit TLS delivers", svc: postfix.SMTPS, args: []string{"test"},
			wantCode: exitOK, wantLines: []string{"TLS handshake (smtps)", "queued as"}, delivered: true},
		{name: "check --json delivers nothing", svc: postfix.Submission, args: []string{"check", "--json"},
			wantCode: exitOK, wantTLS: func(v *tlsJSON) bool { return v.Verified && v.Issuer == "postfix test CA" }},
		{name: "check --json without the CA describes the certificate", svc: postfix.Submission,
			edit: func(s *config.Server) { s.TLSCAFile = "" }, args: []string{"check", "--json"},
			wantCode: exitFailed, wantKind: "cert-untrusted",
			wantTLS: func(v *tlsJSON) bool {
				return !v.Verified && v.Issuer == "postfix test CA" && slices.Equal(v.DNSNames, []string{"localhost"}) && slices.Equal(v.IPAddresses, []string{"127.0.0.1", "::1"})
			}},
		{name: "check without the CA prints the certificate", svc: postfix.Submission,
			edit: func(s *config.Server) { s.TLSCAFile = "" }, args: []string{"check"},
			wantCode: exitFailed, wantLines: []string{"certificate issuer: postfix test CA", "certificate addresses: 127.0.0.1, ::1", "hint: the certificate of 127.0.0.1 was issued by postfix test CA"}},
		{name: "check with a sender the login does not own", svc: postfix.Submission,
			edit: func(s *config.Server) { s.Sender = postfix.HashedUser }, args: []string{"check"},
			wantCode:  exitFailed,
			wantLines: []string{"Sender address rejected: not owned by user alice@mail.test", "hint: the server lets alice@mail.test send only from addresses that login owns"},
			notLines:  []string{"check the address"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			server := srv.Config(tt.svc, postfix.PlainUser)
			if tt.edit != nil {
				tt.edit(&server)
			}
			e := newEnv(t)
			e.writeServer(server)
			rcpt := fmt.Sprintf("cli-%d-%d@%s", os.Getpid(), i, postfix.Domain)
			o := e.smtpconf(append(tt.args, "--to", rcpt)...)
			expectCode(t, o, tt.wantCode)
			expectNoSecret(t, o, secretForms(postfix.PlainUser, postfix.PlainPassword))
			both := o.stdout + o.stderr
			for _, want := range tt.wantLines {
				if !strings.Contains(both, want) {
					t.Errorf("output should contain %q:\n%s", want, o)
				}
			}
			for _, not := range tt.notLines {
				if strings.Contains(both, not) {
					t.Errorf("output should not contain %q:\n%s", not, o)
				}
			}
			if slices.Contains(tt.args, "--json") {
				var v struct {
					OK   bool     `json:"ok"`
					Kind string   `json:"kind"`
					TLS  *tlsJSON `json:"tls"`
				}
				if err := json.Unmarshal([]byte(o.stdout), &v); err != nil {
					t.Fatalf("--json output is not one JSON object: %v\n%s", err, o)
				}
				if v.Kind != tt.wantKind || v.TLS == nil || !tt.wantTLS(v.TLS) {
					t.Errorf("--json: kind %q, tls %+v:\n%s", v.Kind, v.TLS, o)
				}
			}
			if tt.delivered {
				if _, err := srv.WaitMessage(t.Context(), rcpt); err != nil {
					t.Fatal(err)
				}
				return
			}
			msgs, err := srv.Messages(rcpt)
			if err != nil {
				t.Fatal(err)
			}
			if q, _ := srv.Queued(t.Context(), rcpt); len(msgs) != 0 || q != 0 {
				t.Errorf("%d delivered and %d queued to %s, want none", len(msgs), q, rcpt)
			}
		})
	}
}
