package tui

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// m365Config is a Microsoft 365 client credentials setup, its client
// secret in a variable.
const m365Config = `[smtp]
use_default = false
sender = "noreply@firma.de"
host = "smtp.office365.com"
port = 587
starttls = true
auth = "xoauth2"
username = "noreply@firma.de"
oauth2_provider = "microsoft"
oauth2_tenant = "firma.onmicrosoft.com"
oauth2_flow = "client_credentials"
oauth2_client_id = "0b5e7c1a-5f3d-4c52-9e0b-1a2b3c4d5e6f"
oauth2_client_secret_env = "SMTP_OAUTH_SECRET"
test_recipient = "admin@firma.de"
`

// withOAuth is m365Config with provider and flow replaced; a device or
// service account sign-in has no client secret.
func withOAuth(provider, flow string) string {
	s := strings.Replace(m365Config, `oauth2_provider = "microsoft"`, `oauth2_provider = "`+provider+`"`, 1)
	if flow == "device_code" || flow == "service_account" {
		s = strings.Replace(s, "oauth2_client_secret_env = \"SMTP_OAUTH_SECRET\"\n", "", 1)
	}
	return strings.Replace(s, `oauth2_flow = "client_credentials"`, `oauth2_flow = "`+flow+`"`, 1)
}

// focusField tabs through the page on top until k is focused: back with
// shift+tab to a field before the focused one, as tab at a step's last
// field goes on to the next step.
func focusField(t *testing.T, m *model, k string) {
	t.Helper()
	key := keyTab
	if slices.Index(formKeys, k) < slices.Index(formKeys, focusOf(m)) {
		key = keyShiftTab
	}
	for range 60 {
		if focusOf(m) == k {
			return
		}
		drive(m, key)
	}
	t.Fatalf("%s never gets the focus:\n%s", k, screenText(m))
}

// TestOAuthFieldsFollowProviderAndFlow: with a token login the password
// gives way to the OAuth fields that provider and flow need, and only
// those.
func TestOAuthFieldsFollowProviderAndFlow(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		want         []string // after smtp.oauth2_: the OAuth fields shown
	}{
		{"MicrosoftClientCredentials", m365Config, []string{"provider", "tenant", "flow", "client_id", "client_secret", "scope"}},
		{"MicrosoftDeviceCodeHasNoSecret", withOAuth("microsoft", "device_code"), []string{"provider", "tenant", "flow", "client_id", "scope"}},
		{"MicrosoftRefreshToken", withOAuth("microsoft", "refresh_token"), []string{"provider", "tenant", "flow", "client_id", "client_secret", "refresh_token_env", "refresh_token_command", "scope"}},
		{"GoogleServiceAccount", withOAuth("google", "service_account"), []string{"provider", "flow", "service_account_file", "scope"}},
		{"CustomDeviceCode", withOAuth("custom", "device_code"), []string{"provider", "flow", "client_id", "token_url", "device_url", "scope"}},
		{"CustomClientCredentials", withOAuth("custom", "client_credentials"), []string{"provider", "flow", "client_id", "client_secret", "token_url", "scope"}},
		// config logs in with a token when auth is auto and a provider is set.
		{"AutoWithAProvider", strings.Replace(m365Config, `auth = "xoauth2"`, `auth = "auto"`, 1), []string{"provider", "tenant", "flow", "client_id", "client_secret", "scope"}},
		{"PasswordLoginShowsNone", strings.Replace(m365Config, `auth = "xoauth2"`, `auth = "login"`, 1), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newSized(t, Options{Path: writeConfig(t, tc.config)})
			var got []string
			for _, k := range m.d.visibleKeys(formKeys) {
				if name, ok := strings.CutPrefix(k, "smtp.oauth2_"); ok {
					got = append(got, name)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("OAuth fields shown: %v, want %v", got, tc.want)
			}
			if pw := m.d.visible("smtp.password"); pw != (tc.want == nil) {
				t.Errorf("password shown: %v with OAuth fields %v", pw, tc.want)
			}
			if m.d.dirty() {
				t.Errorf("loading the file changed %v", m.d.changes())
			}
		})
	}
}

// TestOAuthFlowFollowsProvider: the flows offered are the provider's;
// choosing Google moves a Microsoft flow to one Google has.
func TestOAuthFlowFollowsProvider(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, m365Config)})
	flows := func() (out []string) {
		for _, c := range m.d.fields["smtp.oauth2_flow"].choices {
			out = append(out, c.value)
		}
		return out
	}
	if got := flows(); !slices.Equal(got, []string{"client_credentials", "device_code", "refresh_token"}) {
		t.Fatalf("Microsoft's flows: %v", got)
	}
	focusField(t, m, "smtp.oauth2_provider")
	drive(m, keyRight) // Google
	if got := flows(); !slices.Equal(got, []string{"service_account", "refresh_token"}) {
		t.Fatalf("Google's flows: %v", got)
	}
	if m.d.cfg.SMTP.OAuth2Provider != "google" || m.d.cfg.SMTP.OAuth2Flow != "service_account" {
		t.Fatalf("after choosing Google: provider %q flow %q", m.d.cfg.SMTP.OAuth2Provider, m.d.cfg.SMTP.OAuth2Flow)
	}
	// The key file is missing now: its label names it, not the key.
	m.d.showAll = true
	m.Update(nil)
	blocking := strings.Join(m.d.blocking(), "\n")
	if !strings.Contains(blocking, "Service account key file") || strings.Contains(blocking, "oauth2_") {
		t.Errorf("the problems do not name the form's labels:\n%s", blocking)
	}
}

// TestOAuthClientSecret: the client secret is masked; where the file takes
// it from a variable the field says so, and a typed one replaces that
// source when saved, as the password does.
func TestOAuthClientSecret(t *testing.T) {
	path := writeConfig(t, m365Config)
	m := newSized(t, Options{Path: path})
	if got := m.d.secretSummary("smtp.oauth2_client_secret"); got != "from $SMTP_OAUTH_SECRET" {
		t.Fatalf("the client secret's source: %q", got)
	}
	focusField(t, m, "smtp.oauth2_client_secret")
	typeText(m, "typed-client-secret")
	if s := screenText(m); strings.Contains(s, "typed-client-secret") || !strings.Contains(s, "•••") {
		t.Fatalf("the client secret is not masked:\n%s", s)
	}
	if c := m.d.cfg.SMTP; c.OAuth2ClientSecret != "typed-client-secret" || c.OAuth2ClientSecretEnv != "" {
		t.Fatalf("a typed secret does not replace the variable: secret set %v, env %q", c.OAuth2ClientSecret != "", c.OAuth2ClientSecretEnv)
	}
	if got := m.d.secretSummary("smtp.oauth2_client_secret"); got != "(new client secret entered; replaces the client secret from $SMTP_OAUTH_SECRET)" {
		t.Fatalf("the summary's client secret line: %q", got)
	}
	drive(m, ctrl('s'))
	if s := screenText(m); !topIs[*summaryScreen](m) || strings.Contains(s, "typed-client-secret") {
		t.Fatalf("the summary is not shown, or shows the secret:\n%s", s)
	}
	drive(m, press(m, keyEnter)())
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `oauth2_client_secret = "typed-client-secret"`) || strings.Contains(string(data), "oauth2_client_secret_env") {
		t.Fatalf("saved file:\n%s", data)
	}
	if m.d.fields["smtp.oauth2_client_secret"].value() != "" {
		t.Error("the field keeps the secret after saving")
	}
}

// TestFormOAuth: the settings page of a Microsoft 365 setup at 80×24,
// scrolled to its OAuth fields.
func TestFormOAuth(t *testing.T) {
	t.Setenv("SMTP_OAUTH_SECRET", "never-shown")
	m := newSized(t, Options{Path: writeConfig(t, m365Config)})
	focusField(t, m, "smtp.oauth2_provider")
	t.Run("Microsoft365", func(t *testing.T) { requireScreen(t, m) })
	focusField(t, m, "smtp.oauth2_tenant")
	typeText(m, "x")
	for range len("firma.onmicrosoft.comx") {
		drive(m, keyBack)
	}
	drive(m, keyTab) // leaving the empty tenant shows its problem
	t.Run("TenantMissing", func(t *testing.T) { requireScreen(t, m) })
	if s := screenText(m); strings.Contains(s, "never-shown") {
		t.Fatal("the client secret shows")
	}
}

// TestOAuthFlowTheProviderLacksIsKept: a file whose flow its provider
// does not offer (client credentials for Google) loads as it is, unchanged
// and on offer, and the problem names the form's labels.
func TestOAuthFlowTheProviderLacksIsKept(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, withOAuth("google", "client_credentials"))})
	if got := m.d.fields["smtp.oauth2_flow"].value(); got != "client_credentials" || m.d.dirty() {
		t.Fatalf("flow %q, changes %v", got, m.d.changes())
	}
	m.d.showAll = true
	m.Update(nil)
	blocking := strings.Join(m.d.blocking(), "\n")
	if !strings.Contains(blocking, "OAuth flow") || strings.Contains(blocking, "oauth2_") {
		t.Errorf("the problem does not name the form's labels:\n%s", blocking)
	}
}

// TestOAuthChoiceHelpSaysTheLabels: the provider and flow rows show their
// choices by label ("the app signs in as itself", "other"), so their help
// speaks of those, not of the file's values (client_credentials, custom).
func TestOAuthChoiceHelpSaysTheLabels(t *testing.T) {
	for _, lang := range i18n.Langs() {
		d := newDraft()
		d.lang = lang
		d.speak()
		for _, k := range []string{"smtp.oauth2_provider", "smtp.oauth2_flow"} {
			oauthChoiceHelpSaysTheLabels(t, d, string(lang)+"/"+strings.TrimPrefix(k, "smtp."), k)
		}
	}
}

func oauthChoiceHelpSaysTheLabels(t *testing.T, d *draft, name, k string) {
	t.Run(name, func(t *testing.T) {
		help := d.fieldHelp(k)
		labels := map[string]bool{}
		for _, c := range d.fields[k].choices {
			labels[c.label] = true
		}
		if k == "smtp.oauth2_flow" { // every provider's flows
			for _, fl := range config.OAuth2Flows() {
				labels[flowLabel(d.lang, fl)] = true
			}
		}
		for l := range labels {
			if !strings.Contains(help, l) {
				t.Errorf("the help does not name the choice %q: %s", l, help)
			}
		}
		for _, v := range append(config.OAuth2Flows(), config.ProviderCustom) {
			if strings.Contains(help, v) {
				t.Errorf("the help names the file's value %q: %s", v, help)
			}
		}
	})
}
