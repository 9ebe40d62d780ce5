package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

func TestProblemLine(t *testing.T) {
	tests := []struct {
		name string
		p    config.Problem
		lang i18n.Lang
		want string
	}{
		{"error with a line", config.Problem{Key: "smtp.port", Message: "must be 1 to 65535", Line: 9}, i18n.English, "a.toml:9: smtp.port: must be 1 to 65535"},
		{"error without a line", config.Problem{Key: "smtp.host", Message: "is required"}, i18n.English, "a.toml: smtp.host: is required"},
		{"warning with a line", config.Problem{Key: "smtp.tls_skip_verify", Message: "trusts anyone", Line: 7, Severity: config.SeverityWarning}, i18n.English, "a.toml:7: warning: smtp.tls_skip_verify: trusts anyone"},
		{"problem of the file as a whole", config.Problem{Message: "is empty"}, i18n.English, "a.toml: is empty"},
		// The position and key stay where editors look for them; only the
		// severity word is German, as gcc's is.
		{"warning in German", config.Problem{Key: "smtp.tls_skip_verify", Message: "trusts anyone", Line: 7, Severity: config.SeverityWarning}, i18n.German, "a.toml:7: Warnung: smtp.tls_skip_verify: trusts anyone"},
		{"error in German", config.Problem{Key: "smtp.port", Message: "must be 1 to 65535", Line: 9}, i18n.German, "a.toml:9: smtp.port: must be 1 to 65535"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := problemLine("a.toml", tt.p, tt.lang); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestParseAssignments(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    []assignment
		wantErr bool
	}{
		{"several", []string{"host=a", "port=587"}, []assignment{{"host", "a"}, {"port", "587"}}, false},
		{"empty value empties a setting", []string{"username="}, []assignment{{"username", ""}}, false},
		{"value with =", []string{"password=a=b"}, []assignment{{"password", "a=b"}}, false},
		{"one from stdin", []string{"password=-"}, []assignment{{"password", "-"}}, false},
		{"no =", []string{"host"}, nil, true},
		{"no key", []string{"=x"}, nil, true},
		{"two from stdin", []string{"password=-", "username=-"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseAssignments(tt.args)
			if tt.wantErr {
				if exitCode(err) != exitUsage {
					t.Fatalf("want a usage error, got %v", err)
				}
				return
			}
			if err != nil || fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"success", nil, exitOK},
		{"from cobra", errors.New(`unknown command "x" for "smtpconf"`), exitUsage},
		{"classified", &exitError{code: exitConfig, err: errors.New("bad")}, exitConfig},
		{"classified and wrapped", fmt.Errorf("context: %w", reported(exitFailed)), exitFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exitCode(tt.err); got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}

// A certificate that failed verification is described under the error, with
// what the server sent made safe for the terminal.
func TestPrintOutcomeDescribesAnUntrustedCertificate(t *testing.T) {
	res := &mailer.Result{
		Err:  &mailer.Error{Step: mailer.StepStartTLS, Kind: mailer.KindCertUntrusted, Err: errors.New("TLS handshake: x509: certificate signed by unknown authority")},
		Hint: "set tls_ca_file to Firma CA's certificate (PEM)",
		TLS: &mailer.TLSInfo{Subject: "mail.firma.de\x1b[2J", Issuer: "Firma CA", DNSNames: []string{"mail.firma.de"}, IPAddresses: []string{"192.0.2.25"},
			NotBefore: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), FingerprintSHA256: "AB:CD"},
	}
	var out strings.Builder
	printOutcome(&out, res, false, i18n.English)
	got := out.String()
	for _, want := range []string{
		"certificate names: mail.firma.de\n", "certificate addresses: 192.0.2.25\n", "certificate issuer: Firma CA\n",
		"certificate valid: 2026-01-01 00:00:00 to 2027-01-01 00:00:00 UTC\n", "certificate SHA-256 fingerprint: AB:CD\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\x1b") {
		t.Errorf("the server's text reached the terminal unfiltered: %q", got)
	}
	if strings.Index(got, "error:") > strings.Index(got, "certificate") || strings.Index(got, "hint:") < strings.Index(got, "certificate") {
		t.Errorf("want error, certificate, hint in that order:\n%s", got)
	}
}
