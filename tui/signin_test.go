package tui

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/leakcheck"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/oauth"
)

// The device code sign-in against a real authorization server on
// loopback, the test playing the admin who enters the code.

// requireNoSecret fails when any of the setup's secrets is on screen.
func requireNoSecret(t *testing.T, o *oauthSetup, screen string) {
	t.Helper()
	for _, s := range o.secrets() {
		if s != "" && strings.Contains(screen, s) {
			t.Fatalf("a secret or token is on screen:\n%s", screen)
		}
	}
}

// startSignInFromForm presses ctrl+o on the form and runs the sign-in
// until the code shows.
func startSignInFromForm(t *testing.T, o *oauthSetup) (*model, *pump, string) {
	t.Helper()
	m := o.model(t, o.config(t, config.FlowDeviceCode))
	p := newPump(t, m)
	p.run(press(m, ctrl('o')))
	topScreen[*signInScreen](t, m)
	p.until("device code", func() bool { _, err := shownCode(m); return err == nil })
	code, _ := shownCode(m)
	if s := screenText(m); !strings.Contains(s, "and enter the code:\n   "+code+"\n") || !strings.Contains(s, "the code expires in") {
		t.Fatalf("the sign-in screen lacks the code or the countdown:\n%s", s)
	}
	return m, p, code
}

func TestSignIn(t *testing.T) {
	o := newOAuthSetup(t)
	t.Run("ApprovedByTheAdmin", func(t *testing.T) {
		m, p, code := startSignInFromForm(t, o)
		if err := o.Auth.Approve(oauthTenant, code, oauthMailbox); err != nil {
			t.Fatal(err)
		}
		p.until("sign-in", func() bool { return topScreen[*signInScreen](t, m).state == signInDone })
		s := screenText(m)
		if !strings.Contains(s, "✓ Signed in for "+oauthMailbox) {
			t.Fatalf("no success on screen:\n%s", s)
		}
		requireNoSecret(t, o, s)
		tokenFile := config.TokenFilePath(m.d.file.Path)
		if info, err := os.Stat(tokenFile); err != nil || info.Mode().Perm() != 0o600 {
			t.Fatalf("token file %s: %v (want mode 0600)", tokenFile, err)
		}
		drive(m, keyEnter)
		if !topIs[*formScreen](m) || !strings.Contains(statusText(m), "Signed in for") {
			t.Fatalf("enter does not go back to the form with the news: %T %q", m.top(), statusText(m))
		}

		// From now on a check from the test screen takes its token from
		// the token file, shown as the token step.
		p.run(press(m, ctrl('t')))
		drive(m, keyTab)
		p.run(press(m, keyEnter))
		p.until("check", func() bool { r := testOf(t, m).run; return r != nil && r.result != nil })
		requireTokenStep(t, o, m)
	})
	t.Run("DeclinedSaysWhatToDo", func(t *testing.T) {
		m, p, code := startSignInFromForm(t, o)
		if err := o.Auth.Decline(oauthTenant, code); err != nil {
			t.Fatal(err)
		}
		p.until("failure", func() bool { return topScreen[*signInScreen](t, m).state == signInFailed })
		if s := screenText(m); !strings.Contains(s, "✗ Sign-in failed") || !strings.Contains(s, "What to do:") {
			t.Fatalf("a declined sign-in does not say what to do:\n%s", s)
		}
		drive(m, keyEsc)
		if !topIs[*formScreen](m) {
			t.Fatalf("esc after a failure: %T", m.top())
		}
	})
	for _, k := range []tea.KeyPressMsg{keyEsc, ctrl('c')} {
		t.Run("CancelLeavesNothingRunning/"+k.String(), func(t *testing.T) {
			m, _, _ := startSignInFromForm(t, o)
			drive(m, k)
			if !topIs[*formScreen](m) || !strings.Contains(statusText(m), "Sign-in cancelled") {
				t.Fatalf("%s does not cancel the sign-in: %T %q", k, m.top(), statusText(m))
			}
			if m.u.ctx.Err() != nil {
				t.Fatalf("%s ended the session, not the sign-in", k)
			}
			requireNoSignInRunning(t)
			if _, err := os.Stat(config.TokenFilePath(m.d.file.Path)); err == nil {
				t.Fatal("a cancelled sign-in left a token file")
			}
		})
	}
	t.Run("QRCodeOnlyWhenItFits", func(t *testing.T) {
		m, _, _ := startSignInFromForm(t, o)
		defer drive(m, keyEsc)
		if strings.ContainsAny(screenText(m), "▀▄█") {
			t.Fatalf("a QR code at 80×24, where it cannot show whole:\n%s", screenText(m))
		}
		drive(m, tea.WindowSizeMsg{Width: 120, Height: 60})
		if !strings.ContainsAny(screenText(m), "▀▄█") {
			t.Fatalf("no QR code at 120×60:\n%s", screenText(m))
		}
	})
}

// requireTokenStep checks that the test screen on top ran a check that
// got its token and succeeded, with no secret on screen.
func requireTokenStep(t *testing.T, o *oauthSetup, m *model) {
	t.Helper()
	r := testOf(t, m).run
	if r.result.Err != nil {
		t.Fatalf("the check failed: %v\n%s", r.result.Err, screenText(m))
	}
	var token *mailer.Step
	for i := range r.steps {
		if r.steps[i].Name == mailer.StepToken {
			token = &r.steps[i]
		}
	}
	if token == nil || token.Status != mailer.StatusOK {
		t.Fatalf("no successful token step:\n%s", screenText(m))
	}
	requireNoSecret(t, o, screenText(m))
	// At 80×24 the first steps are above the results: pgup shows them.
	for range 5 {
		if strings.Contains(screenText(m), token.Title) {
			break
		}
		drive(m, tea.KeyPressMsg{Code: tea.KeyPgUp})
	}
	if s := screenText(m); !strings.Contains(s, "✓") || !strings.Contains(s, token.Title) {
		t.Fatalf("the token step %q is not on screen:\n%s", token.Title, s)
	}
	drive(m, ctrl('r')) // the transcript too
	requireNoSecret(t, o, screenText(m))
}

// TestCheckWithOAuth: a connection check from the test screen with
// client credentials gets a token (the token step, through Progress) and
// logs in with it; neither the secret nor the token shows.
func TestCheckWithOAuth(t *testing.T) {
	o := newOAuthSetup(t)
	m := o.model(t, o.config(t, config.FlowClientCredentials))
	p := newPump(t, m)
	p.run(press(m, ctrl('t')))
	drive(m, keyTab)
	p.run(press(m, keyEnter))
	p.until("check", func() bool { r := testOf(t, m).run; return r != nil && r.result != nil })
	requireTokenStep(t, o, m)
}

// requireNoSignInRunning waits for the sign-in's goroutines (the oauth
// package's polling, the screen's relay) to end, as goleak retries.
func requireNoSignInRunning(t *testing.T) {
	t.Helper()
	leakcheck.RequireEnded(t, 5*time.Second, "the sign-in", "its cancelling", "smtpconf/oauth.", "smtpconf/tui.startSignIn")
}

// TestSignInFailureHint: the hint under a failed sign-in quotes settings
// from the file, so it passes through termsafe, and names settings by the
// form's labels, as the test screen's hints do.
func TestSignInFailureHint(t *testing.T) {
	srv := config.Server{Username: oauthMailbox}
	srv.OAuth2Provider, srv.OAuth2Flow = config.ProviderMicrosoft, config.FlowDeviceCode
	srv.OAuth2Tenant = "evil\x1b]0;owned\x07.onmicrosoft.com"
	unreachable := &oauth.Error{Provider: srv.OAuth2Provider, Flow: srv.OAuth2Flow,
		Err: &url.Error{Op: "Post", URL: "https://login.example/devicecode", Err: errors.New("no such host")}}
	text, hint := signInFailure(newDraft(), fmt.Errorf("sign in: %w", unreachable), srv)
	if !strings.HasPrefix(text, "✗ Sign-in failed") || hint == "" {
		t.Fatalf("text %q, hint %q", text, hint)
	}
	if strings.ContainsAny(hint, "\x1b\x07") {
		t.Errorf("the tenant's control characters reach the screen: %q", hint)
	}
	if strings.Contains(hint, "oauth2_token_url") || !strings.Contains(hint, "OAuth token URL") {
		t.Errorf("the hint names the file's key, not the form's label: %q", hint)
	}
}
