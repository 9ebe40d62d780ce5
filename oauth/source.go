// Package oauth gets and keeps the OAuth 2.0 access token a mail server
// login (XOAUTH2, OAUTHBEARER) presents: from Microsoft, Google or any
// OAuth 2.0 server, by the flow the settings name. A Source caches the
// token in memory and fetches a new one shortly before it expires; callers
// that need a token at the same time share one fetch.
//
// Every request is bounded by the timeout and the caller's context, reads
// at most 1 MiB (golang.org/x/oauth2's limit), and goes only to https
// endpoints (http only on this machine). No token, secret or refresh token
// is ever part of an error.
package oauth

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Settings is what a Source needs: the server's oauth2_* settings, the
// mailbox, and the secrets already read from where the settings say
// (inline, a variable or a command), so that this package never runs a
// command.
type Settings struct {
	config.OAuth2
	Mailbox      string // username: the mailbox the token is for
	ClientSecret string
	RefreshToken string // refresh_token flow
}

// Options are how a Source reaches the provider.
type Options struct {
	// Timeout bounds each request; zero means config.DefaultTimeout.
	Timeout time.Duration
	// TokenFile is where the device_code flow keeps its refresh token
	// (config.TokenFilePath of the config file).
	TokenFile string
	// HTTPClient makes the requests; nil means a client of its own. Its
	// transport is wrapped so that only https (or loopback http) is used.
	HTTPClient *http.Client
	// MicrosoftAuthority replaces https://login.microsoftonline.com, for
	// a test server.
	MicrosoftAuthority string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Token is an access token and when it expires. AccessToken is a secret:
// never print it.
type Token struct {
	AccessToken string
	Expiry      time.Time
	// Cached is true when the token came from the cache, not the provider.
	Cached bool
}

// Source gets tokens for one set of settings; safe for concurrent use.
type Source struct {
	set  Settings
	opts Options
	end  endpoints
	http *http.Client

	// sem is a lock a waiting caller can give up on (its context).
	sem     chan struct{}
	current *oauth2.Token
	got     time.Time // when current was fetched
	// refresh is the refresh token in use: the settings' (refresh_token)
	// or the token file's (device_code), replaced when the provider
	// rotates it.
	refresh string
}

// New makes a Source. It checks nothing the settings' validation checks;
// call config.Validate first.
func New(set Settings, opts Options) (*Source, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = config.DefaultTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	end, err := endpointsFor(set.OAuth2, opts.MicrosoftAuthority)
	if err != nil {
		return nil, err
	}
	base := opts.HTTPClient
	if base == nil {
		base = &http.Client{}
	}
	client := *base
	client.Timeout = opts.Timeout
	client.Transport = httpsOnly{next: base.Transport}
	return &Source{set: set, opts: opts, end: end, http: &client, sem: make(chan struct{}, 1), refresh: set.RefreshToken}, nil
}

// Describe names the provider and flow, for a trace: "microsoft,
// client_credentials".
func (s *Source) Describe() string { return s.set.OAuth2Provider + ", " + s.set.OAuth2Flow }

// Token returns a valid access token: the cached one while it is fresh,
// else a new one from the provider. Concurrent callers wait for one fetch
// (or their context) and share its result.
func (s *Source) Token(ctx context.Context) (Token, error) {
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return Token{}, ctx.Err()
	}
	defer func() { <-s.sem }()
	if s.fresh() {
		return Token{AccessToken: s.current.AccessToken, Expiry: s.current.Expiry, Cached: true}, nil
	}
	tok, err := s.fetch(s.client(ctx))
	var known *Error
	switch {
	case errors.As(err, &known):
		return Token{}, err
	case err != nil:
		return Token{}, s.explain(err)
	}
	if tok.AccessToken == "" {
		return Token{}, &Error{Provider: s.set.OAuth2Provider, Flow: s.set.OAuth2Flow, Err: i18n.Errorf("oauth_err_no_access_token", nil)}
	}
	s.current, s.got = tok, s.opts.Now()
	return Token{AccessToken: tok.AccessToken, Expiry: tok.Expiry}, nil
}

// fresh tells whether the cached token may still be used: it is refreshed
// a quarter of its lifetime (at most a minute) before it expires, so that
// a token never runs out in the middle of a conversation.
func (s *Source) fresh() bool {
	if s.current == nil || s.current.AccessToken == "" {
		return false
	}
	if s.current.Expiry.IsZero() {
		return true
	}
	margin := min(time.Minute, s.current.Expiry.Sub(s.got)/4)
	return s.opts.Now().Before(s.current.Expiry.Add(-margin))
}

// client puts the HTTP client where golang.org/x/oauth2 looks for it.
func (s *Source) client(ctx context.Context) context.Context {
	return context.WithValue(ctx, oauth2.HTTPClient, s.http)
}

// fetch asks the provider for a new token by the settings' flow.
func (s *Source) fetch(ctx context.Context) (*oauth2.Token, error) {
	switch s.set.OAuth2Flow {
	case config.FlowClientCredentials:
		return s.clientCredentials().Token(ctx)
	case config.FlowServiceAccount:
		return s.serviceAccount(ctx)
	case config.FlowDeviceCode:
		if s.refresh == "" {
			rt, err := s.readTokenFile()
			if err != nil {
				return nil, err
			}
			s.refresh = rt
		}
		return s.refreshed(ctx, true)
	case config.FlowRefreshToken:
		return s.refreshed(ctx, false)
	}
	return nil, i18n.Errorf("oauth_err_bad_flow", i18n.D{"Flow": i18n.Quoted(s.set.OAuth2Flow)})
}

// refreshed redeems the refresh token, keeping the new one when the
// provider rotates it (in the token file for device_code).
func (s *Source) refreshed(ctx context.Context, keep bool) (*oauth2.Token, error) {
	tok, err := s.config().TokenSource(ctx, &oauth2.Token{RefreshToken: s.refresh}).Token()
	var re *oauth2.RetrieveError
	if keep && errors.As(err, &re) && re.ErrorCode == "invalid_grant" {
		// Read the token file again next time: an admin who runs
		// `smtpconf login` mends a running application too.
		s.refresh = ""
	}
	if err != nil {
		return nil, err
	}
	if tok.RefreshToken != "" && tok.RefreshToken != s.refresh {
		s.refresh = tok.RefreshToken
		if keep {
			if err := s.writeTokenFile(tok.RefreshToken); err != nil {
				return nil, err
			}
		}
	}
	return tok, nil
}

// scopes are the settings' scopes, or the provider's default for the flow.
func (s *Source) scopes() []string {
	if f := strings.Fields(s.set.OAuth2Scope); len(f) > 0 {
		return f
	}
	return defaultScopes(s.set.OAuth2Provider, s.set.OAuth2Flow)
}

func (s *Source) config() *oauth2.Config {
	return &oauth2.Config{
		ClientID: s.set.OAuth2ClientID, ClientSecret: s.set.ClientSecret, Scopes: s.scopes(),
		Endpoint: oauth2.Endpoint{TokenURL: s.end.token, DeviceAuthURL: s.end.device, AuthStyle: s.end.style},
	}
}
