// Package oauthtest runs a real OAuth 2.0 authorization server in-process
// for tests: zitadel/oidc's OpenID-certified op package, with a small
// in-memory storage of its own, over TLS on loopback with a throwaway CA.
// It serves client credentials, device authorization (RFC 8628) and
// refresh tokens (rotated), issues signed JWT access tokens, and verifies
// them against its own JWKS as a mail server would.
//
// Each tenant is an issuer of its own under the server's URL, at the paths
// Microsoft Entra uses (/{tenant}/oauth2/v2.0/token and .../devicecode),
// so that the microsoft provider runs against it unchanged.
package oauthtest

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"

	"github.com/smtpconf/smtpconf/internal/testcert"
)

// Clock is the time of the server, its tokens and whoever shares it (a
// token source, the mail server's check): a test moves it forward instead
// of sleeping until a token expires.
type Clock struct {
	mu    sync.Mutex
	ahead time.Duration
}

// Now is the real time plus how far the clock was moved.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.ahead)
}

// Advance moves the clock forward.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ahead += d
}

func (c *Clock) offset() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ahead
}

// Server is the running authorization server.
type Server struct {
	// URL is the authority, https://127.0.0.1:PORT; a tenant's issuer is
	// URL/TENANT.
	URL string
	// Clock is shared by every tenant.
	Clock *Clock
	// Lifetime is how long access tokens are valid.
	Lifetime time.Duration

	ca      *testcert.Authority
	tenants map[string]*tenant
}

type tenant struct {
	issuer  string
	storage *storage
	keys    oidc.KeySet
}

// Start runs a server with the given tenants (at least one) until the test
// ends; access tokens live an hour of the server's Clock.
func Start(t testing.TB, tenants ...string) *Server {
	t.Helper()
	if len(tenants) == 0 {
		t.Fatal("oauthtest.Start: name at least one tenant")
	}
	ca, err := testcert.New("OAuth test CA", testcert.Good)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{URL: "https://" + l.Addr().String(), Clock: &Clock{}, Lifetime: time.Hour, ca: ca, tenants: map[string]*tenant{}}
	mux := http.NewServeMux()
	for _, name := range tenants {
		tn, handler, err := s.newTenant(name)
		if err != nil {
			_ = l.Close()
			t.Fatal(err)
		}
		s.tenants[name] = tn
		mux.Handle("/"+name+"/", http.StripPrefix("/"+name, handler))
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second,
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{ca.Server}, MinVersion: tls.VersionTLS12}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.ServeTLS(l, "", "")
	}()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		<-done
	})
	return s
}

func (s *Server) newTenant(name string) (*tenant, http.Handler, error) {
	st, err := newStorage(s.Clock, s.Lifetime)
	if err != nil {
		return nil, nil, err
	}
	var crypto [32]byte
	if _, err := rand.Read(crypto[:]); err != nil {
		return nil, nil, err
	}
	issuer := s.URL + "/" + name
	conf := &op.Config{CryptoKey: crypto, AuthMethodPost: true, GrantTypeRefreshToken: true,
		DeviceAuthorization: op.DeviceAuthorizationConfig{Lifetime: 5 * time.Minute, PollInterval: time.Second,
			UserFormPath: "/device", UserCode: op.UserCodeBase20}}
	provider, err := op.NewProvider(conf, st, op.StaticIssuer(issuer),
		op.WithCustomTokenEndpoint(op.NewEndpoint("oauth2/v2.0/token")),
		op.WithCustomDeviceAuthorizationEndpoint(op.NewEndpoint("oauth2/v2.0/devicecode")),
		op.WithCustomKeysEndpoint(op.NewEndpoint("discovery/v2.0/keys")),
		op.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		return nil, nil, fmt.Errorf("start tenant %s: %w", name, err)
	}
	keys := rp.NewRemoteKeySet(s.HTTPClient(), issuer+"/discovery/v2.0/keys")
	return &tenant{issuer: issuer, storage: st, keys: keys}, provider, nil
}

func (s *Server) tenant(name string) *tenant {
	tn, ok := s.tenants[name]
	if !ok {
		panic("oauthtest: no tenant " + name)
	}
	return tn
}

// HTTPClient trusts the server's CA, and only it.
func (s *Server) HTTPClient() *http.Client {
	return &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: s.ca.Pool, MinVersion: tls.VersionTLS12}}}
}

// TokenURL is a tenant's token endpoint.
func (s *Server) TokenURL(tenant string) string {
	return s.tenant(tenant).issuer + "/oauth2/v2.0/token"
}

// DeviceURL is a tenant's device authorization endpoint.
func (s *Server) DeviceURL(tenant string) string {
	return s.tenant(tenant).issuer + "/oauth2/v2.0/devicecode"
}

// AddClient registers an application in a tenant: with a secret it is
// confidential (client credentials), without one public (device code).
func (s *Server) AddClient(tenant, id, secret string) {
	st := s.tenant(tenant).storage
	st.mu.Lock()
	defer st.mu.Unlock()
	st.clients[id] = &client{id: id, secret: secret}
}

// Approve plays the user who enters the code and signs in as mailbox.
func (s *Server) Approve(tenant, userCode, mailbox string) error {
	return s.tenant(tenant).storage.decide(userCode, mailbox, true)
}

// Decline plays the user who enters the code and refuses.
func (s *Server) Decline(tenant, userCode string) error {
	return s.tenant(tenant).storage.decide(userCode, "", false)
}

// RevokeAll revokes every refresh token of a tenant, as an admin
// revoking a user's sessions does.
func (s *Server) RevokeAll(tenant string) {
	st := s.tenant(tenant).storage
	st.mu.Lock()
	defer st.mu.Unlock()
	clear(st.refresh)
}

// RefreshTokens lists the refresh tokens a tenant holds, so that a test
// can check that none of them leaked.
func (s *Server) RefreshTokens(tenant string) []string {
	st := s.tenant(tenant).storage
	st.mu.Lock()
	defer st.mu.Unlock()
	var out []string
	for k := range st.refresh {
		out = append(out, k)
	}
	return out
}

// Issued counts the access tokens a tenant issued.
func (s *Server) Issued(tenant string) int {
	st := s.tenant(tenant).storage
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.issued
}

// Verify checks an access token as a resource server does: signed by the
// tenant's key (fetched from its JWKS), issued by it, not expired by the
// server's Clock. It returns the subject: the client id for client
// credentials, the signed-in mailbox for device code and refresh tokens.
func (s *Server) Verify(ctx context.Context, tenant, token string) (string, error) {
	tn := s.tenant(tenant)
	v := op.NewAccessTokenVerifier(tn.issuer, tn.keys)
	v.Offset = s.Clock.offset()
	claims, err := op.VerifyAccessToken[*oidc.AccessTokenClaims](ctx, token, v)
	if err != nil {
		return "", fmt.Errorf("token refused: %w", err)
	}
	if claims.Subject == "" {
		return "", errors.New("token refused: no subject")
	}
	return claims.Subject, nil
}
