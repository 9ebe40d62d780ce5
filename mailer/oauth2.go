package mailer

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/oauth"
)

// OAuth 2.0 AUTH mechanisms.
const (
	// MechXOAuth2 is Google's and Microsoft's token mechanism.
	MechXOAuth2 = "XOAUTH2"
	// MechOAuthBearer is RFC 7628's.
	MechOAuthBearer = sasl.OAuthBearer
)

// StepToken gets the OAuth 2.0 access token before the connection: from
// the cache, or from the provider. It is reported whenever the settings log
// in with a token; its detail names the provider, the flow and the expiry,
// never the token.
const StepToken StepName = "token"

// readToken is readPassword for OAuth 2.0: it gets the token the AUTH
// step presents, and registers every secret involved with the transcript.
func (c *conversation) readToken() error {
	src, err := c.tokenSource()
	if err != nil {
		return c.do(StepSettings, c.opts.Lang.T("mailer_title_read_token_secret", nil), func() (string, error) {
			e := &Error{Step: StepSettings, Kind: KindPassword, Err: err}
			e.setHint(tokenSecretHint(err))
			return "", e
		})
	}
	l := c.opts.Lang
	return c.do(StepToken, l.T("mailer_title_token", i18n.D{"Source": src.Describe()}), func() (string, error) {
		ctx, cancel := context.WithTimeout(c.ctx, c.timeout)
		defer cancel()
		tok, err := src.Token(ctx)
		if err != nil {
			if c.ctx.Err() != nil {
				return "", err
			}
			return "", tokenError(err, c.s)
		}
		c.pw = tok.AccessToken
		c.tr.addSecret(tok.AccessToken)
		c.tr.addSecret(xoauth2Response(c.s.Username, tok.AccessToken))
		c.tr.addSecret(oauthBearerResponse(c.s.Username, tok.AccessToken))
		var detail string
		switch {
		case tok.Expiry.IsZero() && tok.Cached:
			detail = l.T("mailer_detail_token_no_expiry_cached", i18n.D{"Source": src.Describe()})
		case tok.Expiry.IsZero():
			detail = l.T("mailer_detail_token_no_expiry", i18n.D{"Source": src.Describe()})
		case tok.Cached:
			detail = l.T("mailer_detail_token_valid_cached", i18n.D{"Source": src.Describe(), "Until": tok.Expiry.UTC().Format("15:04:05 UTC")})
		default:
			detail = l.T("mailer_detail_token_valid", i18n.D{"Source": src.Describe(), "Until": tok.Expiry.UTC().Format("15:04:05 UTC")})
		}
		return detail, nil
	})
}

// tokenSource is the conversation's token source: the one a Sender keeps
// across messages, or one for this conversation alone.
func (c *conversation) tokenSource() (*oauth.Source, error) {
	newSource := c.tokens
	if newSource == nil {
		newSource = func(ctx context.Context) (*oauth.Source, []string, error) { return NewTokenSource(ctx, c.s, c.opts) }
	}
	src, secrets, err := newSource(c.ctx)
	for _, s := range secrets {
		c.tr.addSecret(s)
	}
	return src, err
}

// NewTokenSource makes the token source for settings that log in with
// OAuth 2.0, reading the client secret and refresh token from where the
// settings say (inline, a variable or a command, as the password). It
// returns the secrets it read, so that a caller can keep them out of what
// it prints. The source keeps its token in memory: keep the source to
// reuse the token (a Sender does).
func NewTokenSource(ctx context.Context, s config.Server, opts Options) (*oauth.Source, []string, error) {
	s = withFallbacks(s)
	o := s.OAuth2
	var secrets []string
	secret, err := readSecret(ctx, "oauth2_client_secret", o.OAuth2ClientSecret, o.OAuth2ClientSecretEnv, o.OAuth2ClientSecretCommand, s.Timeout.Duration)
	if err != nil {
		return nil, nil, err
	}
	secrets = append(secrets, secret)
	var refresh string
	if o.OAuth2Flow == config.FlowRefreshToken {
		refresh, err = readSecret(ctx, "oauth2_refresh_token", "", o.OAuth2RefreshTokenEnv, o.OAuth2RefreshTokenCommand, s.Timeout.Duration)
		if err != nil {
			return nil, secrets, err
		}
		secrets = append(secrets, refresh)
	}
	oo := opts.OAuth2
	if oo.Timeout == 0 {
		oo.Timeout = s.Timeout.Duration
	}
	src, err := oauth.New(oauth.Settings{OAuth2: o, Mailbox: s.Username, ClientSecret: secret, RefreshToken: refresh}, oo)
	return src, secrets, err
}

// readSecret reads an OAuth secret from its setting, its variable or its
// command, by the password's rules; errors are *PasswordError naming the
// key ("oauth2_client_secret_env").
func readSecret(ctx context.Context, key, inline, env, command string, timeout time.Duration) (string, error) {
	switch {
	case inline != "":
		return inline, nil
	case env != "":
		v, ok := os.LookupEnv(env)
		if !ok || v == "" {
			why := i18n.Errorf("mailer_err_env_unset", i18n.D{"Name": env})
			if ok {
				why = i18n.Errorf("mailer_err_env_empty", i18n.D{"Name": env})
			}
			return "", &PasswordError{Source: key + "_env", Name: env, Unset: !ok, Err: why}
		}
		return v, nil
	case command != "":
		v, err := passwordFromCommand(ctx, command, timeout)
		var pe *PasswordError
		if errors.As(err, &pe) {
			pe.Source = key + "_command"
		}
		return v, err
	}
	return "", nil
}

// chooseOAuth2Mechanism picks XOAUTH2 or OAUTHBEARER: the one auth names,
// or for auto the one the server offers (XOAUTH2 first: Microsoft and
// Google offer only it). A token is as good as a password while it lasts,
// so it needs TLS as a password does.
func chooseOAuth2Mechanism(want config.Auth, offered []string, secure, allowInsecure bool) (string, error) {
	has := func(m string) bool {
		return slices.ContainsFunc(offered, func(o string) bool { return strings.EqualFold(o, m) })
	}
	candidates := []string{MechXOAuth2, MechOAuthBearer}
	wanted := "auto"
	if want != config.AuthAuto && want != "" {
		candidates = []string{strings.ToUpper(string(want))}
		wanted = candidates[0]
	}
	for _, m := range candidates {
		if !has(m) {
			continue
		}
		if !secure && !allowInsecure {
			return "", mechanismError(m, offered, i18n.Errorf("mailer_reason_token_insecure", nil))
		}
		return m, nil
	}
	if len(offered) == 0 {
		return "", ErrNoAuthOffered
	}
	reason := i18n.Errorf("mailer_reason_no_oauth", nil)
	if wanted != "auto" {
		reason = i18n.Errorf("mailer_reason_not_offered", i18n.D{"Auth": string(want)})
	}
	return "", mechanismError(wanted, offered, reason)
}

func xoauth2Response(user, token string) string {
	return "user=" + user + "\x01auth=Bearer " + token + "\x01\x01"
}

func oauthBearerResponse(user, token string) string {
	return "n,a=" + user + ",\x01auth=Bearer " + token + "\x01\x01"
}

// tokenClient is the client side of XOAUTH2 and OAUTHBEARER: the token in
// the initial response; a challenge is the server's JSON error, answered
// with the empty (XOAUTH2) or %x01 (OAUTHBEARER, RFC 7628) response that
// lets the server send its final 535.
type tokenClient struct {
	mech, user, token string
}

func (c *tokenClient) Start() (string, []byte, error) {
	if c.mech == MechOAuthBearer {
		return c.mech, []byte(oauthBearerResponse(c.user, c.token)), nil
	}
	return c.mech, []byte(xoauth2Response(c.user, c.token)), nil
}

func (c *tokenClient) Next([]byte) ([]byte, error) {
	if c.mech == MechOAuthBearer {
		return []byte{0x01}, nil
	}
	return []byte{}, nil
}

// Sender sends with one server's settings and keeps between messages what
// can be kept: the OAuth 2.0 token, fetched once and refreshed before it
// expires, however many goroutines send at once. For settings without
// OAuth it is Send with the settings fixed.
type Sender struct {
	s    config.Server
	opts Options

	mu      sync.Mutex
	src     *oauth.Source
	secrets []string
}

// NewSender makes a Sender; it reads nothing and connects nowhere until
// the first message. Concurrent sends share opts: a Transcript or Progress
// given there must be safe for concurrent use.
func NewSender(s config.Server, opts Options) *Sender { return &Sender{s: s, opts: opts} }

// Send delivers a message, as the package's Send does.
func (m *Sender) Send(ctx context.Context, msg Message) error {
	c := newConversation(ctx, m.s, m.opts)
	c.tokens = m.source
	defer c.finish()
	if c.open() != nil {
		return c.finish().Err
	}
	c.send(msg)
	return c.finish().Err
}

// source makes the token source on first use and keeps it, with the
// secrets it read for each conversation's transcript to hide.
func (m *Sender) source(ctx context.Context) (*oauth.Source, []string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.src == nil {
		src, secrets, err := NewTokenSource(ctx, m.s, m.opts)
		if err != nil {
			return nil, secrets, err
		}
		m.src, m.secrets = src, secrets
	}
	return m.src, m.secrets, nil
}
