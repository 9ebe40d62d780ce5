package tui

import (
	"os"
	"slices"
	"testing"

	"github.com/smtpconf/smtpconf/config"
)

// toLoginStep walks a first-time setup to its Login step.
func toLoginStep(t *testing.T, m *model) {
	t.Helper()
	typeText(m, oauthMailbox) // sender, the first step
	drive(m, keyEnter, keyEnter)
	typeServerMyself(t, m)
	drive(m, keySpace, keyEnter) // own server
	typeText(m, "mail.example.com")
	drive(m, ctrl('n'))
	if got := stepTitle(t, m); got != "Login" {
		t.Fatalf("step %q, want Login:\n%s", got, screenText(m))
	}
}

// TestWizardOAuth: in the first-time setup, Microsoft 365 and Google are
// sign-in choices that fill in their server; the next step asks what the
// flow needs, and with an admin's sign-in (device code) that sign-in
// happens on leaving it.
func TestWizardOAuth(t *testing.T) {
	o := newOAuthSetup(t)
	t.Run("Microsoft365", func(t *testing.T) {
		m := o.model(t, writeConfig(t, ""))
		toLoginStep(t, m)
		drive(m, keyRight) // Microsoft 365 (OAuth)
		c := m.d.cfg.SMTP
		if c.Host != "smtp.office365.com" || c.Port != 587 || c.Protocol != config.ProtocolSMTP || !c.StartTLS ||
			c.Auth != config.AuthXOAuth2 || c.OAuth2Provider != config.ProviderMicrosoft || c.OAuth2Flow != config.FlowClientCredentials {
			t.Fatalf("Microsoft 365 filled in %+v", c.Server)
		}
		focusField(t, m, "smtp.username")
		typeText(m, oauthMailbox)
		t.Run("Login", func(t *testing.T) { requireScreen(t, m) })
		drive(m, ctrl('n'))
		if got := stepTitle(t, m); got != "OAuth sign-in" {
			t.Fatalf("step %q after Login", got)
		}
		t.Run("ClientCredentials", func(t *testing.T) { requireScreen(t, m) })

		// An admin signs in once: no secret, and the sign-in on leaving.
		focusField(t, m, "smtp.oauth2_flow")
		drive(m, keyRight)
		if got := m.d.visibleKeys(wizardSteps[topScreen[*wizardScreen](t, m).step].keys); slices.Contains(got, "smtp.oauth2_client_secret") {
			t.Errorf("device code asks for a client secret: %v", got)
		}
		focusField(t, m, "smtp.oauth2_tenant")
		typeText(m, oauthTenant)
		focusField(t, m, "smtp.oauth2_client_id")
		typeText(m, oauthPublic)
		p := newPump(t, m)
		p.run(press(m, ctrl('n')))
		p.until("device code", func() bool { _, err := shownCode(m); return err == nil })
		code, _ := shownCode(m)
		if err := o.Auth.Approve(oauthTenant, code, oauthMailbox); err != nil {
			t.Fatal(err)
		}
		p.until("sign-in", func() bool { return topScreen[*signInScreen](t, m).state == signInDone })
		drive(m, keyEnter)
		if got := stepTitle(t, m); got != "Test" {
			t.Fatalf("after signing in: step %q, want Test", got)
		}
		if _, err := os.Stat(config.TokenFilePath(m.d.file.Path)); err != nil {
			t.Fatalf("no token file: %v", err)
		}

		// Back and forward again: signed in already, so no second sign-in.
		drive(m, ctrl('p'))
		p.run(press(m, ctrl('n')))
		p.until("the check for a sign-in", func() bool { return !topIs[*signInScreen](m) })
		if got := stepTitle(t, m); got != "Test" || statusText(m) != "✓ Already signed in for "+oauthMailbox+"." {
			t.Fatalf("step %q, status %q", got, statusText(m))
		}
	})
	t.Run("Google", func(t *testing.T) {
		m := o.model(t, writeConfig(t, ""))
		toLoginStep(t, m)
		drive(m, keyRight, keyRight) // Google (OAuth)
		c := m.d.cfg.SMTP
		if c.Host != "smtp.gmail.com" || c.Port != 587 || !c.StartTLS || c.Auth != config.AuthXOAuth2 ||
			c.OAuth2Provider != config.ProviderGoogle || c.OAuth2Flow != config.FlowServiceAccount {
			t.Fatalf("Google filled in %+v", c.Server)
		}
		focusField(t, m, "smtp.username")
		typeText(m, oauthMailbox)
		drive(m, ctrl('n'))
		want := []string{"smtp.oauth2_provider", "smtp.oauth2_flow", "smtp.oauth2_service_account_file", "smtp.oauth2_scope"}
		if got := m.d.visibleKeys(wizardSteps[topScreen[*wizardScreen](t, m).step].keys); !slices.Equal(got, want) {
			t.Errorf("Google's service account step asks %v, want %v", got, want)
		}
	})
	t.Run("BackToPassword", func(t *testing.T) {
		m := o.model(t, writeConfig(t, ""))
		toLoginStep(t, m)
		drive(m, keyRight, keyLeft)
		if m.d.usesOAuth() || !m.d.visible("smtp.password") {
			t.Fatalf("back to a password: auth %q", m.d.cfg.SMTP.Auth)
		}
	})
}
