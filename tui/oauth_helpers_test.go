package tui

import (
	"context"
	"errors"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/oauthtest"
	"github.com/smtpconf/smtpconf/oauth"
)

// An OAuth 2.0 provider and a mail server that takes its tokens, both on
// loopback: internal/oauthtest is a real authorization server (zitadel's
// op), and the mail server verifies every token against it.

const (
	oauthTenant  = "firma"
	oauthMailbox = "noreply@firma.de"
	oauthPublic  = "smtpconf-device" // a public client: device code
	oauthDaemon  = "smtpconf-daemon" // a confidential one: client credentials
	oauthSecret  = "daemon-secret-0123456789"
)

type oauthSetup struct{ *oauthtest.Provider }

func newOAuthSetup(t *testing.T) *oauthSetup {
	t.Helper()
	return &oauthSetup{oauthtest.StartProvider(t, oauthtest.ProviderOptions{
		Tenants: []string{oauthTenant},
		Clients: []oauthtest.Client{{Tenant: oauthTenant, ID: oauthPublic}, {Tenant: oauthTenant, ID: oauthDaemon, Secret: oauthSecret}},
	})}
}

// secrets are what must never reach the screen: the client secret, every
// access token shown to the mail server, every refresh token issued.
func (o *oauthSetup) secrets() []string {
	return append(append([]string{oauthSecret}, o.Tokens()...), o.Auth.RefreshTokens(oauthTenant)...)
}

// config writes a config file sending through the mail server with a
// token of flow from the authorization server (provider custom).
func (o *oauthSetup) config(t *testing.T, flow string) string {
	t.Helper()
	path := writeConfig(t, "")
	f := config.New(path)
	f.Config.SMTP.UseDefault = false
	s := o.SMTP.Config()
	s.Sender, s.Username, s.Auth = oauthMailbox, oauthMailbox, config.AuthXOAuth2
	s.OAuth2Provider, s.OAuth2Flow = config.ProviderCustom, flow
	s.OAuth2TokenURL, s.OAuth2DeviceURL = o.Auth.TokenURL(oauthTenant), o.Auth.DeviceURL(oauthTenant)
	s.OAuth2ClientID = oauthPublic
	if flow == config.FlowClientCredentials {
		s.OAuth2ClientID, s.OAuth2ClientSecretEnv = oauthDaemon, "SMTPCONF_TEST_OAUTH_SECRET"
		t.Setenv("SMTPCONF_TEST_OAUTH_SECRET", oauthSecret)
	}
	f.Config.SMTP.Server = s
	f.Config.SMTP.TestRecipient = "admin@example.com"
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return path
}

// options are a session's on path with this provider's HTTP client,
// standing in for Microsoft's sign-in too (its tenant path is Microsoft's).
func (o *oauthSetup) options(path string) Options {
	return Options{Path: path, OAuth2: oauth.Options{HTTPClient: o.Auth.HTTPClient(), MicrosoftAuthority: o.Auth.URL}}
}

// model is a sized session on path talking to this provider.
func (o *oauthSetup) model(t *testing.T, path string) *model {
	t.Helper()
	m := newModel(context.Background(), o.options(path), testCalls(nil))
	t.Cleanup(m.cancel)
	m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
	return m
}

// pump runs a model's commands as a program does: each in a goroutine of
// its own, its message back into the model on the test's goroutine. Timers
// (the spinner, the countdown) are delivered once and not started again,
// so that nothing keeps ticking after the test.
type pump struct {
	t    *testing.T
	m    *model
	msgs chan tea.Msg
}

func newPump(t *testing.T, m *model) *pump {
	return &pump{t: t, m: m, msgs: make(chan tea.Msg, 64)}
}

func (p *pump) run(cmd tea.Cmd) {
	if cmd != nil {
		go func() { p.msgs <- cmd() }()
	}
}

// until handles messages until done is true; ten seconds is a failure.
func (p *pump) until(what string, done func() bool) {
	p.t.Helper()
	deadline := time.After(10 * time.Second)
	for !done() {
		select {
		case msg := <-p.msgs:
			switch msg := msg.(type) {
			case nil, spinner.TickMsg:
			case tea.BatchMsg:
				for _, c := range msg {
					p.run(c)
				}
			case signInTickMsg:
				p.m.Update(msg)
			default:
				_, cmd := p.m.Update(msg)
				p.run(cmd)
			}
		case <-deadline:
			p.t.Fatalf("no %s within ten seconds:\n%s", what, screenText(p.m))
		}
	}
}

// errNoCode is a sign-in screen that shows no code.
var errNoCode = errors.New("no code on screen")

// shownCode is the code the sign-in screen on top shows.
func shownCode(m *model) (string, error) {
	s, ok := m.top().(*signInScreen)
	if !ok || s.state != signInWaiting {
		return "", errNoCode
	}
	return s.code.UserCode, nil
}
