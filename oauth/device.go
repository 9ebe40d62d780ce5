package oauth

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// DeviceCode is what the admin needs to sign in on another device.
type DeviceCode struct {
	VerificationURL string // where to go: https://microsoft.com/devicelogin
	CompleteURL     string // the URL with the code in it, when the provider gives one
	UserCode        string // what to type there
	Expiry          time.Time
	Interval        time.Duration // how often the provider is asked whether it is done
}

// maxDeviceWait bounds how long a device code sign-in waits for the admin,
// whatever expiry the provider gives.
const maxDeviceWait = 30 * time.Minute

// Login signs in with the device authorization grant (RFC 8628): it asks
// for a code, hands it to show, polls at the provider's interval until the
// admin has signed in, the code expires or ctx is cancelled, and keeps the
// refresh token in the token file. The access token it brings is cached.
func (s *Source) Login(ctx context.Context, show func(DeviceCode)) error {
	if s.opts.TokenFile == "" {
		return i18n.Errorf("oauth_err_no_token_file", nil)
	}
	ctx = s.client(ctx)
	conf := s.config()
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return s.explain(err)
	}
	// RFC 8628 makes expires_in required, and providers give 15 minutes;
	// a server that names none, or a far one, would be polled until the
	// admin gives up, so the wait is bounded all the same.
	if limit := time.Now().Add(maxDeviceWait); da.Expiry.IsZero() || da.Expiry.After(limit) {
		da.Expiry = limit
	}
	interval := time.Duration(da.Interval) * time.Second
	if interval <= 0 {
		interval = 5 * time.Second
	}
	show(DeviceCode{VerificationURL: da.VerificationURI, CompleteURL: da.VerificationURIComplete,
		UserCode: da.UserCode, Expiry: da.Expiry, Interval: interval})
	tok, err := conf.DeviceAccessToken(ctx, da)
	switch {
	case err != nil && ctx.Err() == nil && !da.Expiry.IsZero() && !time.Now().Before(da.Expiry):
		// DeviceAccessToken stops at the code's expiry (on the real
		// clock, as it computed it) with a deadline error of its own,
		// before the provider says expired_token.
		return &Error{Provider: s.set.OAuth2Provider, Flow: s.set.OAuth2Flow, Err: ErrDeviceCodeExpired}
	case err != nil && ctx.Err() != nil:
		return ctx.Err()
	case err != nil:
		return s.explain(err)
	case tok.RefreshToken == "":
		return &Error{Provider: s.set.OAuth2Provider, Flow: s.set.OAuth2Flow,
			Err: ErrNoRefreshToken}
	}
	if err := s.writeTokenFile(tok.RefreshToken); err != nil {
		return err
	}
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.sem }()
	s.refresh, s.current, s.got = tok.RefreshToken, tok, s.opts.Now()
	return nil
}

// tokenFile is what the token file holds: the refresh token and whom it
// was issued for, so that a changed client or mailbox asks for a new
// sign-in instead of sending as someone else.
type tokenFile struct {
	Provider     string    `json:"provider"`
	Tenant       string    `json:"tenant,omitempty"`
	ClientID     string    `json:"client_id"`
	Mailbox      string    `json:"mailbox"`
	RefreshToken string    `json:"refresh_token"`
	Saved        time.Time `json:"saved"`
}

func (s *Source) identity() tokenFile {
	return tokenFile{Provider: s.set.OAuth2Provider, Tenant: s.set.OAuth2Tenant, ClientID: s.set.OAuth2ClientID, Mailbox: s.set.Mailbox}
}

// maxTokenFile bounds how much of the token file is read: a refresh
// token is a few KiB at most.
const maxTokenFile = 64 << 10

func (s *Source) readTokenFile() (string, error) {
	notSignedIn := func(why *i18n.Error) error {
		return &Error{Provider: s.set.OAuth2Provider, Flow: s.set.OAuth2Flow, Err: i18n.Wrap("oauth_err_not_signed_in_because", i18n.D{"Why": why}, ErrNotSignedIn)}
	}
	file := i18n.D{"File": s.opts.TokenFile}
	if s.opts.TokenFile == "" {
		return "", notSignedIn(i18n.Errorf("oauth_why_no_token_file", nil))
	}
	// Stat before opening: opening a FIFO for reading blocks.
	info, err := os.Stat(s.opts.TokenFile)
	if errors.Is(err, fs.ErrNotExist) {
		return "", notSignedIn(i18n.Errorf("oauth_why_no_such_file", file))
	}
	if err == nil && !info.Mode().IsRegular() {
		err = i18n.Errorf("oauth_err_not_regular_file", nil)
	}
	if err != nil {
		return "", i18n.Wrap("oauth_err_read_token_file_named", file, err)
	}
	f, err := os.Open(s.opts.TokenFile)
	if err != nil {
		return "", i18n.Wrap("oauth_err_read_token_file", nil, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxTokenFile))
	if err != nil {
		return "", i18n.Wrap("oauth_err_read_token_file", nil, err)
	}
	var got tokenFile
	if err := json.Unmarshal(data, &got); err != nil || got.RefreshToken == "" {
		return "", notSignedIn(i18n.Errorf("oauth_why_no_refresh_token", file))
	}
	want := s.identity()
	if got.Provider != want.Provider || got.Tenant != want.Tenant || got.ClientID != want.ClientID || got.Mailbox != want.Mailbox {
		return "", notSignedIn(i18n.Errorf("oauth_why_other_identity", i18n.D{"File": s.opts.TokenFile,
			"GotClient": got.ClientID, "GotMailbox": got.Mailbox, "Client": want.ClientID, "Mailbox": want.Mailbox}))
	}
	return got.RefreshToken, nil
}

func (s *Source) writeTokenFile(refresh string) error {
	t := s.identity()
	t.RefreshToken, t.Saved = refresh, s.opts.Now().UTC()
	data, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return i18n.Wrap("oauth_err_encode_token_file", nil, err)
	}
	return config.WriteSecretFile(s.opts.TokenFile, append(data, '\n'))
}

// SignedIn tells whether the token file holds a refresh token for these
// settings, for `show` and a UI; it never returns the token.
func (s *Source) SignedIn() (bool, error) {
	_, err := s.readTokenFile()
	if errors.Is(err, ErrNotSignedIn) {
		return false, nil
	}
	return err == nil, err
}
