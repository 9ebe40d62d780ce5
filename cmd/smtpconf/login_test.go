package main

import (
	"bufio"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/internal/oauthtest"
)

const (
	loginTenant  = "firma"
	loginApp     = "device-app"
	loginMailbox = "noreply@firma.de"
)

// oauthSetup is an authorization server, a mail server that checks its
// tokens, and a config that signs in with the device code flow.
type oauthSetup struct {
	*oauthtest.Provider
	e *env
}

func newOAuthSetup(t *testing.T) *oauthSetup {
	t.Helper()
	o := &oauthSetup{Provider: oauthtest.StartProvider(t, oauthtest.ProviderOptions{
		Tenants: []string{loginTenant},
		Clients: []oauthtest.Client{{Tenant: loginTenant, ID: loginApp}},
		Accept:  func(subject, mailbox string) bool { return subject == mailbox },
	})}
	// The binary trusts the authorization server's CA as a system root.
	ca := filepath.Join(t.TempDir(), "oauth-ca.pem")
	if err := os.WriteFile(ca, o.Auth.CAPEM(), 0o600); err != nil {
		t.Fatal(err)
	}
	o.e = newEnv(t).with("SSL_CERT_FILE=" + ca)
	o.e.writeConfig(fmt.Sprintf(`[smtp]
use_default = false
sender = %q
host = %q
port = %d
starttls = true
tls_ca_file = %q
auth = "xoauth2"
username = %q
oauth2_provider = "custom"
oauth2_flow = "device_code"
oauth2_client_id = %q
oauth2_token_url = %q
oauth2_device_url = %q
test_recipient = "admin@firma.de"
`, loginMailbox, o.SMTP.Host, o.SMTP.Port, o.SMTP.CAFile(), loginMailbox, loginApp, o.Auth.TokenURL(loginTenant), o.Auth.DeviceURL(loginTenant)))
	return o
}

// login runs `smtpconf login`; act plays the admin once the code is shown.
func (o *oauthSetup) login(t *testing.T, act func(cmd *exec.Cmd, code string)) outcome {
	t.Helper()
	cmd := o.e.command("--config", o.e.config, "login")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	sc := bufio.NewScanner(stdout)
	acted := false
	for sc.Scan() {
		line := sc.Text()
		out.WriteString(line + "\n")
		// The sentence is wrapped to 80 columns: the code may be on the
		// line after "enter the code".
		said := strings.Join(strings.Fields(out.String()), " ")
		if _, code, ok := strings.Cut(said, "enter the code "); ok && !acted && code != "" {
			acted = true
			act(cmd, strings.Fields(code)[0])
		}
	}
	err = cmd.Wait()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	}
	return outcome{stdout: out.String(), stderr: stderr.String(), code: code}
}

func (o *oauthSetup) expectNoSecret(t *testing.T, outs ...outcome) {
	t.Helper()
	secrets := append(o.Auth.RefreshTokens(loginTenant), o.Tokens()...)
	for _, out := range outs {
		for _, s := range secrets {
			for _, form := range []string{s, base64.StdEncoding.EncodeToString([]byte(s))} {
				if strings.Contains(out.stdout+out.stderr, form) {
					t.Errorf("a token (%.12s…) was printed:\n%s", s, out)
				}
			}
		}
	}
}

func TestLoginWithDeviceCodeThenCheckAndTest(t *testing.T) {
	o := newOAuthSetup(t)
	before := o.e.smtpconf("check", "--timeout", "5s")
	if before.code != exitFailed || !strings.Contains(before.stderr, "smtpconf login") ||
		!strings.Contains(o.e.smtpconf("show").stdout, "not signed in: run smtpconf login") {
		t.Fatalf("check before login: want exit 1 naming smtpconf login:\n%s", before)
	}

	const message = "Subject: nightly report\n\nall good\n"
	notYet := o.e.run(message, "--config", o.e.config, "sendmail", "admin@firma.de")
	if notYet.code != exConfig || !strings.Contains(notYet.stderr, "smtpconf login") {
		t.Fatalf("sendmail before login: want exit %d naming smtpconf login:\n%s", exConfig, notYet)
	}

	got := o.login(t, func(_ *exec.Cmd, code string) {
		if err := o.Auth.Approve(loginTenant, code, loginMailbox); err != nil {
			t.Error(err)
		}
	})
	if got.code != exitOK || !strings.Contains(got.stdout, "Signed in for "+loginMailbox) ||
		!strings.Contains(strings.Join(strings.Fields(got.stdout), " "), "To sign in, open "+o.Auth.URL) || !strings.Contains(got.stdout, "The code expires at") {
		t.Fatalf("login: want exit 0 with the address, the code's expiry and the sign-in:\n%s", got)
	}
	tokenFile := filepath.Join(o.e.home, "smtpconf.oauth2-token.json")
	if info, err := os.Stat(tokenFile); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("token file %s: %v (want mode 0600)", tokenFile, err)
	}

	sent := o.e.run(message, "--config", o.e.config, "sendmail", "admin@firma.de")
	if sent.code != 0 || len(o.SMTP.Messages()) != 1 {
		t.Errorf("sendmail after login: want exit 0 and one message:\n%s", sent)
	}
	outs := []outcome{got, before, notYet, sent}
	for _, args := range [][]string{
		{"check", "--timeout", "5s"}, {"check", "--json", "--transcript", "--timeout", "5s"},
		{"test", "--transcript", "--timeout", "5s"}, {"show"}, {"show", "--json"}, {"validate"},
	} {
		out := o.e.smtpconf(args...)
		if out.code != exitOK {
			t.Errorf("%v after login: exit %d\n%s", args, out.code, out)
		}
		if args[0] == "check" && len(args) == 3 && !strings.Contains(out.stdout, "custom, device_code, valid until") {
			t.Errorf("check does not show the token step:\n%s", out)
		}
		if len(args) == 1 && args[0] == "show" && !strings.Contains(out.stdout, "signed in, refresh token in "+tokenFile) {
			t.Errorf("show does not say the sign-in is there:\n%s", out)
		}
		if strings.Contains(strings.Join(args, " "), "--transcript") && !strings.Contains(out.stderr, "C: AUTH XOAUTH2 <redacted>") {
			t.Errorf("%v: the transcript does not show the redacted AUTH:\n%s", args, out)
		}
		outs = append(outs, out)
	}
	o.expectNoSecret(t, outs...)
}

func TestLoginIsCancelledByCtrlC(t *testing.T) {
	o := newOAuthSetup(t)
	start := time.Now()
	got := o.login(t, func(cmd *exec.Cmd, _ string) {
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Error(err)
		}
	})
	if got.code != exitInterrupted || !strings.Contains(got.stdout, "cancelled") {
		t.Fatalf("Ctrl+C: want exit %d and cancelled:\n%s", exitInterrupted, got)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("cancelling took %s", d)
	}
	if _, err := os.Stat(filepath.Join(o.e.home, "smtpconf.oauth2-token.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a cancelled login wrote the token file: %v", err)
	}
}

func TestLoginDeclinedAndWrongFlow(t *testing.T) {
	o := newOAuthSetup(t)
	got := o.login(t, func(_ *exec.Cmd, code string) {
		if err := o.Auth.Decline(loginTenant, code); err != nil {
			t.Error(err)
		}
	})
	if got.code != exitFailed || !strings.Contains(got.stderr, "declined") {
		t.Fatalf("declined: want exit 1 saying so:\n%s", got)
	}
	o.e.writeConfig(oauth2Config)
	if out := o.e.smtpconf("login"); out.code != exitConfig || !strings.Contains(out.stderr, "device_code") {
		t.Errorf("login with client credentials: want exit 3 naming device_code:\n%s", out)
	}
}
