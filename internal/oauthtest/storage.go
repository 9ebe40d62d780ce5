package oauthtest

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// storage is one tenant's in-memory state: what zitadel/oidc's op asks
// of a storage for client credentials, device authorization and refresh
// tokens, and nothing else (no browser login, no ID tokens).
type storage struct {
	clock    *Clock
	lifetime time.Duration
	key      signingKey

	mu      sync.Mutex
	clients map[string]*client
	devices map[string]*op.DeviceAuthorizationState // device code → state
	users   map[string]string                       // user code → device code
	refresh map[string]*refreshToken                // refresh token → grant
	issued  int                                     // access tokens issued
}

type refreshToken struct {
	clientID, subject string
	scopes, audience  []string
	authTime          time.Time
}

func newStorage(clock *Clock, lifetime time.Duration) (*storage, error) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, fmt.Errorf("make signing key: %w", err)
	}
	return &storage{clock: clock, lifetime: lifetime, key: signingKey{id: randomID(), key: k},
		clients: map[string]*client{}, devices: map[string]*op.DeviceAuthorizationState{},
		users: map[string]string{}, refresh: map[string]*refreshToken{}}, nil
}

func randomID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

var errUnsupported = errors.New("not supported by this test server")

// Browser login (authorization code flow): not offered.

func (s *storage) CreateAuthRequest(context.Context, *oidc.AuthRequest, string) (op.AuthRequest, error) {
	return nil, errUnsupported
}
func (s *storage) AuthRequestByID(context.Context, string) (op.AuthRequest, error) {
	return nil, errUnsupported
}
func (s *storage) AuthRequestByCode(context.Context, string) (op.AuthRequest, error) {
	return nil, errUnsupported
}
func (s *storage) SaveAuthCode(context.Context, string, string) error { return errUnsupported }
func (s *storage) DeleteAuthRequest(context.Context, string) error    { return errUnsupported }

// CreateAccessToken is the client credentials grant's token.
func (s *storage) CreateAccessToken(context.Context, op.TokenRequest) (string, time.Time, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.issued++
	return randomID(), s.clock.Now().Add(s.lifetime), nil
}

// CreateAccessAndRefreshTokens serves the device code grant (no current
// refresh token) and the refresh grant, which rotates the refresh token.
func (s *storage) CreateAccessAndRefreshTokens(_ context.Context, req op.TokenRequest, current string) (string, string, time.Time, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	grant := &refreshToken{subject: req.GetSubject(), scopes: req.GetScopes(), audience: req.GetAudience(), authTime: s.clock.Now()}
	switch r := req.(type) {
	case *op.DeviceAuthorizationState:
		grant.clientID = r.ClientID
	case *refreshRequest:
		grant.clientID, grant.authTime = r.clientID, r.authTime
	}
	if current != "" {
		if _, ok := s.refresh[current]; !ok {
			return "", "", time.Time{}, oidc.ErrInvalidGrant().WithDescription("refresh token revoked")
		}
		delete(s.refresh, current)
	}
	next := randomID()
	s.refresh[next] = grant
	s.issued++
	return randomID(), next, s.clock.Now().Add(s.lifetime), nil
}

func (s *storage) TokenRequestByRefreshToken(_ context.Context, token string) (op.RefreshTokenRequest, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.refresh[token]
	if !ok {
		return nil, oidc.ErrInvalidGrant().WithDescription("The refresh token has been revoked or has expired.")
	}
	return &refreshRequest{clientID: g.clientID, subject: g.subject, scopes: g.scopes, audience: g.audience, authTime: g.authTime}, nil
}

func (s *storage) TerminateSession(context.Context, string, string) error { return nil }

func (s *storage) RevokeToken(_ context.Context, token, _, _ string) *oidc.Error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.refresh, token)
	return nil
}

func (s *storage) GetRefreshTokenInfo(_ context.Context, _, token string) (string, string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.refresh[token]
	if !ok {
		return "", "", op.ErrInvalidRefreshToken
	}
	return g.subject, token, nil
}

func (s *storage) SigningKey(context.Context) (op.SigningKey, error) { return s.key, nil }
func (s *storage) SignatureAlgorithms(context.Context) ([]jose.SignatureAlgorithm, error) {
	return []jose.SignatureAlgorithm{jose.RS256}, nil
}
func (s *storage) KeySet(context.Context) ([]op.Key, error) { return []op.Key{publicKey{s.key}}, nil }

func (s *storage) GetClientByClientID(_ context.Context, id string) (op.Client, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.clients[id]
	if !ok {
		return nil, fmt.Errorf("application with identifier %q was not found in the directory", id)
	}
	return c, nil
}

func (s *storage) AuthorizeClientIDSecret(_ context.Context, id, secret string) error {
	_, err := s.ClientCredentials(context.Background(), id, secret)
	return err
}

func (s *storage) SetUserinfoFromScopes(context.Context, *oidc.UserInfo, string, string, []string) error {
	return nil
}
func (s *storage) SetUserinfoFromToken(context.Context, *oidc.UserInfo, string, string, string) error {
	return nil
}
func (s *storage) SetIntrospectionFromToken(context.Context, *oidc.IntrospectionResponse, string, string, string) error {
	return nil
}
func (s *storage) GetPrivateClaimsFromScopes(context.Context, string, string, []string) (map[string]any, error) {
	return nil, nil
}
func (s *storage) GetKeyByIDAndClientID(context.Context, string, string) (*jose.JSONWebKey, error) {
	return nil, errUnsupported
}
func (s *storage) ValidateJWTProfileScopes(_ context.Context, _ string, scopes []string) ([]string, error) {
	return scopes, nil
}
func (s *storage) Health(context.Context) error { return nil }

// ClientCredentials authenticates a confidential client.
func (s *storage) ClientCredentials(_ context.Context, id, secret string) (op.Client, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.clients[id]
	if !ok {
		return nil, fmt.Errorf("application with identifier %q was not found in the directory", id)
	}
	if c.secret == "" || c.secret != secret {
		return nil, errors.New("invalid client secret provided")
	}
	return c, nil
}

func (s *storage) ClientCredentialsTokenRequest(_ context.Context, id string, scopes []string) (op.TokenRequest, error) {
	return &oidc.JWTTokenRequest{Subject: id, Audience: []string{id}, Scopes: scopes}, nil
}

func (s *storage) StoreDeviceAuthorization(_ context.Context, clientID, deviceCode, userCode string, expires time.Time, scopes []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.clients[clientID]; !ok {
		return fmt.Errorf("application with identifier %q was not found in the directory", clientID)
	}
	if _, ok := s.users[userCode]; ok {
		return op.ErrDuplicateUserCode
	}
	s.devices[deviceCode] = &op.DeviceAuthorizationState{ClientID: clientID, Scopes: scopes, Expires: expires}
	s.users[userCode] = deviceCode
	return nil
}

func (s *storage) GetDeviceAuthorizatonState(_ context.Context, clientID, deviceCode string) (*op.DeviceAuthorizationState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.devices[deviceCode]
	if !ok || st.ClientID != clientID {
		return nil, errors.New("device code not found for client")
	}
	c := *st
	return &c, nil
}

// decide is the user's answer to a device code.
func (s *storage) decide(userCode, subject string, allow bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.devices[s.users[userCode]]
	if !ok {
		return fmt.Errorf("no device code with user code %q", userCode)
	}
	if allow {
		st.Subject, st.Done, st.AuthTime = subject, true, s.clock.Now()
	} else {
		st.Denied = true
	}
	return nil
}

// client is a registered application: confidential (with a secret, for
// client credentials) or public (device code).
type client struct {
	id, secret string
}

func (c *client) GetID() string                       { return c.id }
func (c *client) RedirectURIs() []string              { return nil }
func (c *client) PostLogoutRedirectURIs() []string    { return nil }
func (c *client) ApplicationType() op.ApplicationType { return op.ApplicationTypeNative }
func (c *client) AuthMethod() oidc.AuthMethod {
	if c.secret == "" {
		return oidc.AuthMethodNone
	}
	return oidc.AuthMethodPost
}
func (c *client) ResponseTypes() []oidc.ResponseType { return nil }
func (c *client) GrantTypes() []oidc.GrantType {
	return []oidc.GrantType{oidc.GrantTypeClientCredentials, oidc.GrantTypeDeviceCode, oidc.GrantTypeRefreshToken}
}
func (c *client) LoginURL(string) string                                   { return "" }
func (c *client) AccessTokenType() op.AccessTokenType                      { return op.AccessTokenTypeJWT }
func (c *client) IDTokenLifetime() time.Duration                           { return time.Hour }
func (c *client) DevMode() bool                                            { return false }
func (c *client) IsScopeAllowed(string) bool                               { return true }
func (c *client) IDTokenUserinfoClaimsAssertion() bool                     { return false }
func (c *client) ClockSkew() time.Duration                                 { return 0 }
func (c *client) RestrictAdditionalIdTokenScopes() func([]string) []string { return keepScopes }
func (c *client) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return keepScopes
}

func keepScopes(s []string) []string { return s }

// refreshRequest is a refresh token being redeemed.
type refreshRequest struct {
	clientID, subject string
	scopes, audience  []string
	authTime          time.Time
}

func (r *refreshRequest) GetAMR() []string            { return nil }
func (r *refreshRequest) GetAudience() []string       { return r.audience }
func (r *refreshRequest) GetAuthTime() time.Time      { return r.authTime }
func (r *refreshRequest) GetClientID() string         { return r.clientID }
func (r *refreshRequest) GetScopes() []string         { return r.scopes }
func (r *refreshRequest) GetSubject() string          { return r.subject }
func (r *refreshRequest) SetCurrentScopes(s []string) { r.scopes = slices.Clone(s) }

type signingKey struct {
	id  string
	key *rsa.PrivateKey
}

func (k signingKey) SignatureAlgorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k signingKey) Key() any                                    { return k.key }
func (k signingKey) ID() string                                  { return k.id }

type publicKey struct{ signingKey }

func (k publicKey) Algorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k publicKey) Use() string                        { return "sig" }
func (k publicKey) Key() any                           { return &k.key.PublicKey }
