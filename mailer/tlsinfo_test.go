package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// With tls_ca_file set the system's roots are consulted only when the
// file's CAs do not vouch for the certificate. These tests hold that to
// trusting exactly what one pool holding both would trust.

// noSystemRoots stands in for a machine whose trust store holds nothing the
// test servers use, and counts how often it was asked.
func noSystemRoots(calls *int) func() (*x509.CertPool, error) {
	return func() (*x509.CertPool, error) {
		*calls++
		return x509.NewCertPool(), nil
	}
}

// systemRootsOf stands in for a machine whose trust store holds srv's CA.
func systemRootsOf(srv *smtptest.Server, calls *int) func() (*x509.CertPool, error) {
	return func() (*x509.CertPool, error) {
		*calls++
		return srv.CertPool(), nil
	}
}

// handshakeWith shakes hands with srv (implicit TLS) using the config
// mailer would build for cfg, and classifies a failure as mailer does.
func handshakeWith(t *testing.T, srv *smtptest.Server, cfg config.Server, roots func() (*x509.CertPool, error)) *Error {
	t.Helper()
	tc, err := tlsConfigWith(cfg, roots)
	if err != nil {
		t.Fatalf("tlsConfigWith: %v", err)
	}
	if err := handshake(t, srv, tc); err != nil {
		return classify(context.Background(), StepTLS, err, target{Host: cfg.Host, Port: cfg.Port, SMTPS: true})
	}
	return nil
}

// handshake dials srv and runs the TLS handshake with tc exactly as given
// (tls.Dial and go-smtp would fill an empty ServerName in).
func handshake(t *testing.T, srv *smtptest.Server, tc *tls.Config) error {
	t.Helper()
	conn, err := net.Dial("tcp", srv.Addr)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	c := tls.Client(conn, tc)
	if err := c.HandshakeContext(timeoutCtx(t)); err != nil {
		return fmt.Errorf("TLS handshake: %w", err)
	}
	return nil
}

func TestCAFileVerification(t *testing.T) {
	tlsOnly := smtptest.WithSecurity(smtptest.ImplicitTLS)
	good := smtptest.NewServer(t, tlsOnly)
	unrelated := smtptest.NewServer(t, tlsOnly)
	wrongHost := smtptest.NewServer(t, tlsOnly, smtptest.WithWrongHostCert())
	expired := smtptest.NewServer(t, tlsOnly, smtptest.WithExpiredCert())

	cases := []struct {
		name string
		srv  *smtptest.Server
		// caFrom is whose CA tls_ca_file names; systemFrom whose CA the
		// stand-in system roots hold (nil: none of the test CAs).
		caFrom, systemFrom *smtptest.Server
		kind               Kind // "" when the handshake must succeed
		systemAsked        bool
	}{
		{name: "ca_file_vouches_system_roots_never_loaded", srv: good, caFrom: good},
		{name: "unrelated_ca_refused", srv: good, caFrom: unrelated, kind: KindCertUntrusted, systemAsked: true},
		{name: "system_trusted_ca_still_verifies", srv: good, caFrom: unrelated, systemFrom: good, systemAsked: true},
		{name: "wrong_host_refused_though_ca_file_vouches", srv: wrongHost, caFrom: wrongHost, kind: KindCertWrongHost, systemAsked: true},
		{name: "wrong_host_refused_though_system_trusts_ca", srv: wrongHost, caFrom: unrelated, systemFrom: wrongHost, kind: KindCertWrongHost, systemAsked: true},
		{name: "expired_refused_though_ca_file_vouches", srv: expired, caFrom: expired, kind: KindCertExpired, systemAsked: true},
		{name: "expired_refused_though_system_trusts_ca", srv: expired, caFrom: unrelated, systemFrom: expired, kind: KindCertExpired, systemAsked: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := c.srv.Config()
			cfg.TLSCAFile = c.caFrom.CAFile()
			calls := 0
			roots := noSystemRoots(&calls)
			if c.systemFrom != nil {
				roots = systemRootsOf(c.systemFrom, &calls)
			}
			e := handshakeWith(t, c.srv, cfg, roots)
			switch {
			case c.kind == "" && e != nil:
				t.Fatalf("refused as %s: %v", e.Kind, e)
			case c.kind != "" && e == nil:
				t.Fatalf("accepted, want a refusal as %s", c.kind)
			case c.kind != "" && e.Kind != c.kind:
				t.Fatalf("refused as %s, want %s: %v", e.Kind, c.kind, e)
			}
			if asked := calls > 0; asked != c.systemAsked {
				t.Errorf("system roots loaded %d times, want loaded: %v", calls, c.systemAsked)
			}
		})
	}
}

// TestCAFileRefusesUnrelatedCAThroughCheck is the real path, with the
// machine's real trust store: a server whose CA is neither in tls_ca_file
// nor trusted by the system is refused, with the hint to set tls_ca_file.
func TestCAFileRefusesUnrelatedCAThroughCheck(t *testing.T) {
	srv, cfg := newServer(t)
	other := smtptest.NewServer(t)
	cfg.TLSCAFile = other.CAFile()
	r := Check(timeoutCtx(t), cfg, "", Options{})
	var e *Error
	if !errors.As(r.Err, &e) || e.Step != StepStartTLS || e.Kind != KindCertUntrusted {
		t.Fatalf("err = %v, want %s refused as %s", r.Err, StepStartTLS, KindCertUntrusted)
	}
	if len(srv.Messages()) != 0 {
		t.Fatal("the server received mail over an untrusted connection")
	}
}

func TestEmptyHostIsNeverVerified(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithSecurity(smtptest.ImplicitTLS))
	cfg := srv.Config()
	cfg.Host = "" // x509 skips the name check for an empty name
	calls := 0
	tc, err := tlsConfigWith(cfg, systemRootsOf(srv, &calls))
	if err != nil {
		t.Fatal(err)
	}
	if err := handshake(t, srv, tc); err == nil || !strings.Contains(err.Error(), "no host name") {
		t.Fatalf("handshake = %v, want a refusal for want of a host name", err)
	}
}

// systemRootsChildEnv marks the child process of
// TestSystemTrustedCAVerifiesWithCAFileSet.
const systemRootsChildEnv = "SMTPCONF_TEST_SYSTEM_ROOTS_CHILD"

// TestSystemTrustedCAVerifiesWithCAFileSet proves with the real system trust
// store, not a stand-in, that a certificate the system trusts still verifies
// when tls_ca_file names another CA. A CA cannot be added to this machine's
// store, but on Linux Go reads the store from SSL_CERT_FILE when it is set,
// once per process: a child process that sets it before anything loads the
// roots has the test server's CA as its only system root.
func TestSystemTrustedCAVerifiesWithCAFileSet(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("SSL_CERT_FILE sets the system roots only on Linux (and other Unix systems Go reads the roots from files on)")
	}
	if os.Getenv(systemRootsChildEnv) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSystemTrustedCAVerifiesWithCAFileSet$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), systemRootsChildEnv+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "--- PASS: TestSystemTrustedCAVerifiesWithCAFileSet") {
			t.Fatalf("child: %v\n%s", err, out)
		}
		return
	}

	trusted, cfg := newServer(t)
	unrelated := smtptest.NewServer(t)
	// The server's CA is the system's only root: SSL_CERT_DIR points to an
	// empty directory so that /etc/ssl/certs is not read.
	t.Setenv("SSL_CERT_FILE", trusted.CAFile())
	t.Setenv("SSL_CERT_DIR", t.TempDir())
	cfg.TLSCAFile = unrelated.CAFile()

	r := SendTest(timeoutCtx(t), cfg, "admin@example.net", Options{})
	mustOK(t, r)
	if r.TLS == nil || !r.TLS.Verified {
		t.Fatalf("TLS = %+v, want verified", r.TLS)
	}
	if n := len(trusted.Messages()); n != 1 {
		t.Fatalf("the server received %d messages, want 1", n)
	}

}

func TestTLSWarnings(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	cases := []struct {
		name     string
		info     TLSInfo
		want     []string
		wantNone bool
	}{
		{name: "valid_for_a_year", info: TLSInfo{Verified: true, NotAfter: now.Add(365 * day)}, wantNone: true},
		{name: "expires_in_3_days", info: TLSInfo{Verified: true, NotAfter: now.Add(3*day + time.Hour)},
			want: []string{"the certificate of mail.example.com expires in 3 days (2026-03-04)"}},
		{name: "expires_today", info: TLSInfo{Verified: true, NotAfter: now.Add(time.Hour)},
			want: []string{"expires in 0 days (2026-03-01)"}},
		{name: "expired", info: TLSInfo{Verified: true, NotAfter: now.Add(-2 * day)},
			want: []string{"the certificate of mail.example.com expired on 2026-02-27"}},
		{name: "not_verified", info: TLSInfo{Verified: false, NotAfter: now.Add(365 * day)},
			want: []string{"tls_skip_verify is on"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := tlsWarnings(&c.info, "mail.example.com", now, i18n.English)
			if c.wantNone && len(got) != 0 {
				t.Fatalf("warnings = %q, want none", got)
			}
			if len(got) != len(c.want) {
				t.Fatalf("warnings = %q, want %d", got, len(c.want))
			}
			for i, w := range c.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("warning %d = %q, want it to contain %q", i, got[i], w)
				}
			}
		})
	}
}

// Probe shakes hands without checking and then checks with verifyAfter's
// trust, whose CA file may be absent: then only the system's roots count,
// and a machine without them refuses rather than trusting everything.
func TestTrustAfterTheHandshake(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithSecurity(smtptest.ImplicitTLS))
	other := smtptest.NewServer(t, smtptest.WithSecurity(smtptest.ImplicitTLS))
	certs := peerCertificates(t, srv)
	failing := func() (*x509.CertPool, error) { return nil, errors.New("no trust store") }
	cases := []struct {
		name    string
		caFile  *x509.CertPool
		system  func() (*x509.CertPool, error)
		trusted bool
	}{
		{"no_ca_file_system_trusts", nil, func() (*x509.CertPool, error) { return srv.CertPool(), nil }, true},
		{"no_ca_file_system_does_not", nil, func() (*x509.CertPool, error) { return other.CertPool(), nil }, false},
		{"no_ca_file_no_system_roots", nil, failing, false},
		{"ca_file_vouches_no_system_roots", srv.CertPool(), failing, true},
		{"neither_vouches", other.CertPool(), func() (*x509.CertPool, error) { return other.CertPool(), nil }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := trust{host: "127.0.0.1", caFile: c.caFile, system: c.system}.verify(certs)
			if c.trusted {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			e := classify(context.Background(), StepTLS, fmt.Errorf("TLS handshake: %w", err), target{Host: "127.0.0.1", Port: 465, SMTPS: true})
			if e == nil || e.Kind != KindCertUntrusted {
				t.Fatalf("err = %v, want it classified as %s", err, KindCertUntrusted)
			}
		})
	}
}

// peerCertificates is the chain srv presents, taken without checking it.
func peerCertificates(t *testing.T, srv *smtptest.Server) []*x509.Certificate {
	t.Helper()
	conn, err := tls.Dial("tcp", srv.Addr, &tls.Config{InsecureSkipVerify: true}) //nolint:gosec // the test checks the chain itself
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	return conn.ConnectionState().PeerCertificates
}
