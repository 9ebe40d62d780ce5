package oauth

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/oauthtest"
)

const (
	tenant      = "firma.onmicrosoft.com"
	otherTenant = "other.onmicrosoft.com"
	appID       = "0b5e7c1a-app"
	appSecret   = "Qx8~app-secret-value"
	publicApp   = "public-device-app"
	mailbox     = "noreply@firma.de"
)

// start runs the authorization server with the firma tenant (an app with
// a secret and a public one) and another tenant without either.
func start(t *testing.T) *oauthtest.Server {
	t.Helper()
	srv := oauthtest.Start(t, tenant, otherTenant)
	srv.AddClient(tenant, appID, appSecret)
	srv.AddClient(tenant, publicApp, "")
	return srv
}

func microsoft(flow string) Settings {
	return Settings{OAuth2: config.OAuth2{OAuth2Provider: config.ProviderMicrosoft, OAuth2Tenant: tenant,
		OAuth2Flow: flow, OAuth2ClientID: appID}, Mailbox: mailbox, ClientSecret: appSecret}
}

func newSource(t *testing.T, srv *oauthtest.Server, set Settings, tokenFile string) *Source {
	t.Helper()
	src, err := New(set, Options{HTTPClient: srv.HTTPClient(), MicrosoftAuthority: srv.URL, Now: srv.Clock.Now, TokenFile: tokenFile, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func TestClientCredentialsTokenIsCachedAndRefreshedBeforeExpiry(t *testing.T) {
	srv := start(t)
	src := newSource(t, srv, microsoft(config.FlowClientCredentials), "")
	ctx := context.Background()
	first, err := src.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sub, err := srv.Verify(ctx, tenant, first.AccessToken); err != nil || sub != appID {
		t.Fatalf("the token does not verify as the app's: %q, %v", sub, err)
	}
	again, err := src.Token(ctx)
	if err != nil || !again.Cached || again.AccessToken != first.AccessToken || srv.Issued(tenant) != 1 {
		t.Fatalf("a fresh token was not reused: cached=%v issued=%d err=%v", again.Cached, srv.Issued(tenant), err)
	}
	// Within the last minute of its hour the token is replaced, before a
	// server could refuse it.
	srv.Clock.Advance(time.Hour - 30*time.Second)
	next, err := src.Token(ctx)
	if err != nil || next.Cached || next.AccessToken == first.AccessToken || srv.Issued(tenant) != 2 {
		t.Fatalf("the token was not refreshed before expiry: cached=%v issued=%d err=%v", next.Cached, srv.Issued(tenant), err)
	}
	if _, err := srv.Verify(ctx, tenant, next.AccessToken); err != nil {
		t.Fatalf("the refreshed token does not verify: %v", err)
	}
}

func TestConcurrentCallersShareOneRefresh(t *testing.T) {
	srv := start(t)
	src := newSource(t, srv, microsoft(config.FlowClientCredentials), "")
	var wg sync.WaitGroup
	tokens := make([]string, 8)
	for i := range tokens {
		wg.Go(func() {
			tok, err := src.Token(context.Background())
			if err != nil {
				t.Error(err)
			}
			tokens[i] = tok.AccessToken
		})
	}
	wg.Wait()
	if n := srv.Issued(tenant); n != 1 {
		t.Errorf("%d callers at once made %d token requests, want 1", len(tokens), n)
	}
	for _, tok := range tokens[1:] {
		if tok != tokens[0] {
			t.Errorf("callers got different tokens")
		}
	}
}

func TestDeviceCodeSignInKeepsTheRefreshTokenInTheTokenFile(t *testing.T) {
	srv := start(t)
	set := microsoft(config.FlowDeviceCode)
	set.OAuth2ClientID, set.ClientSecret = publicApp, ""
	file := filepath.Join(t.TempDir(), "config.oauth2-token.json")
	src := newSource(t, srv, set, file)

	if _, err := src.Token(context.Background()); !errors.Is(err, ErrNotSignedIn) {
		t.Fatalf("before login: want ErrNotSignedIn, got %v", err)
	}
	var shown DeviceCode
	err := src.Login(context.Background(), func(dc DeviceCode) {
		shown = dc
		if err := srv.Approve(tenant, dc.UserCode, mailbox); err != nil {
			t.Error(err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(shown.VerificationURL, srv.URL) || shown.UserCode == "" || shown.Interval != time.Second {
		t.Errorf("the device code shown is incomplete: %+v", shown)
	}
	info, err := os.Stat(file)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("token file: %v, mode %v, want 0600", err, info.Mode())
	}
	data, _ := os.ReadFile(file)
	refresh := srv.RefreshTokens(tenant)
	if len(refresh) != 1 || !strings.Contains(string(data), refresh[0]) {
		t.Fatalf("the token file does not hold the refresh token")
	}

	// A new process (a new Source) uses the token file; the provider
	// rotates the refresh token, and the file follows.
	later := newSource(t, srv, set, file)
	tok, err := later.Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sub, err := srv.Verify(context.Background(), tenant, tok.AccessToken); err != nil || sub != mailbox {
		t.Fatalf("the token is not the mailbox's: %q, %v", sub, err)
	}
	data, _ = os.ReadFile(file)
	if rotated := srv.RefreshTokens(tenant); len(rotated) != 1 || !strings.Contains(string(data), rotated[0]) {
		t.Errorf("the token file does not hold the rotated refresh token")
	}

	// Settings for another mailbox do not use this sign-in.
	set.Mailbox = "other@firma.de"
	if _, err := newSource(t, srv, set, file).Token(context.Background()); !errors.Is(err, ErrNotSignedIn) {
		t.Errorf("another mailbox: want ErrNotSignedIn, got %v", err)
	}
}

func TestDeviceCodeDeclinedAndCancelled(t *testing.T) {
	srv := start(t)
	set := microsoft(config.FlowDeviceCode)
	set.OAuth2ClientID, set.ClientSecret = publicApp, ""
	file := filepath.Join(t.TempDir(), "token.json")
	src := newSource(t, srv, set, file)
	err := src.Login(context.Background(), func(dc DeviceCode) {
		if err := srv.Decline(tenant, dc.UserCode); err != nil {
			t.Error(err)
		}
	})
	if !errors.Is(err, ErrDeviceCodeDeclined) {
		t.Errorf("declined: want ErrDeviceCodeDeclined, got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	err = src.Login(ctx, func(DeviceCode) { cancel() })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: want context.Canceled, got %v", err)
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed sign-in wrote the token file: %v", err)
	}
}

func TestRefreshTokenFlowAndRevocation(t *testing.T) {
	srv := start(t)
	set := microsoft(config.FlowDeviceCode)
	set.OAuth2ClientID, set.ClientSecret = publicApp, ""
	file := filepath.Join(t.TempDir(), "token.json")
	if err := newSource(t, srv, set, file).Login(context.Background(), func(dc DeviceCode) {
		_ = srv.Approve(tenant, dc.UserCode, mailbox)
	}); err != nil {
		t.Fatal(err)
	}
	// An admin who already has a refresh token gives it by variable.
	set.OAuth2Flow, set.RefreshToken = config.FlowRefreshToken, srv.RefreshTokens(tenant)[0]
	src := newSource(t, srv, set, "")
	if _, err := src.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv.RevokeAll(tenant)
	srv.Clock.Advance(2 * time.Hour)
	_, err := src.Token(context.Background())
	var oe *Error
	if !errors.As(err, &oe) || oe.Code != "invalid_grant" {
		t.Fatalf("revoked: want invalid_grant, got %v", err)
	}
	if strings.Contains(err.Error(), set.RefreshToken) {
		t.Errorf("the error shows the refresh token: %v", err)
	}
}

func TestRefusals(t *testing.T) {
	srv := start(t)
	tests := []struct {
		name   string
		change func(*Settings)
		code   string
	}{
		{"wrong secret", func(s *Settings) { s.ClientSecret = "wrong-secret-value" }, "invalid_client"},
		{"wrong tenant", func(s *Settings) { s.OAuth2Tenant = otherTenant }, "invalid_client"},
		{"unknown client", func(s *Settings) { s.OAuth2ClientID = "no-such-app" }, "invalid_client"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := microsoft(config.FlowClientCredentials)
			tt.change(&set)
			_, err := newSource(t, srv, set, "").Token(context.Background())
			var oe *Error
			if !errors.As(err, &oe) || oe.Code != tt.code {
				t.Fatalf("want %s, got %v", tt.code, err)
			}
			if strings.Contains(err.Error(), set.ClientSecret) {
				t.Errorf("the error shows the secret: %v", err)
			}
		})
	}
}

// A token from another tenant (another issuer and key) is refused by the
// mail server's check, as Exchange refuses a token for another tenant.
func TestForeignTokenIsRefused(t *testing.T) {
	srv := start(t)
	srv.AddClient(otherTenant, appID, appSecret)
	set := microsoft(config.FlowClientCredentials)
	set.OAuth2Tenant = otherTenant
	tok, err := newSource(t, srv, set, "").Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.Verify(context.Background(), tenant, tok.AccessToken); err == nil {
		t.Fatal("a token of another tenant was accepted")
	}
	if _, err := srv.Verify(context.Background(), tenant, "not-a-token"); err == nil {
		t.Fatal("garbage was accepted as a token")
	}
}

func TestOnlyHTTPSLeavesThisMachine(t *testing.T) {
	set := Settings{OAuth2: config.OAuth2{OAuth2Provider: config.ProviderCustom, OAuth2Flow: config.FlowClientCredentials,
		OAuth2ClientID: "c", OAuth2TokenURL: "http://auth.example.com/token"}, ClientSecret: "s3cret"}
	src, err := New(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = src.Token(context.Background())
	if err == nil || !strings.Contains(err.Error(), "https only") {
		t.Fatalf("want a refusal of http, got %v", err)
	}
}

func TestMicrosoftErrorTextsAreKept(t *testing.T) {
	// The real descriptions Entra returns, with their trace block.
	for _, tt := range []struct{ description, aadsts string }{
		{"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '0b5e7c1a'. Trace ID: 1b2c Correlation ID: 3d4e Timestamp: 2026-11-30 10:00:00Z", "AADSTS7000215"},
		{"AADSTS700016: Application with identifier '0b5e7c1a' was not found in the directory 'Firma'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant. Trace ID: 5f", "AADSTS700016"},
		{"AADSTS65001: The user or administrator has not consented to use the application with ID '0b5e7c1a' named 'Mailer'. Send an interactive authorization request for this user and resource.", "AADSTS65001"},
		{"no number here", ""},
	} {
		d := shorten(tt.description)
		if got := aadsts(d); got != tt.aadsts || strings.Contains(d, "Trace ID") {
			t.Errorf("%q: AADSTS %q (want %q), shortened to %q", tt.description, got, tt.aadsts, d)
		}
	}
}
