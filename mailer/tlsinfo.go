package mailer

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// certWarnDays is how close to expiry a certificate gets a warning.
const certWarnDays = 14

// tlsConfig trusts the system's roots plus tls_ca_file, requires TLS 1.2,
// and checks the certificate against host (an IP literal is checked against
// the certificate's IP addresses and sent without SNI, as crypto/tls does).
func tlsConfig(s config.Server) (*tls.Config, error) {
	return tlsConfigWith(s, x509.SystemCertPool)
}

// tlsConfigWith is tlsConfig with the source of the system's roots as a
// parameter, so a test can stand in for them without touching the machine's
// trust store.
//
// With tls_ca_file set, the certificate is checked against the file's CAs
// first and against the system's roots only if they do not vouch for it.
// Loading the system's roots costs about 18 ms per process (parsing every
// certificate in /etc/ssl/certs); a server with its own CA, which is why
// tls_ca_file is set, never needs them. Accepting what either pool accepts
// is what one pool holding both would accept: a chain ends at one root, so
// it is valid against the union exactly when it is valid against one of them.
func tlsConfigWith(s config.Server, systemRoots func() (*x509.CertPool, error)) (*tls.Config, error) {
	cfg := &tls.Config{ServerName: s.Host, MinVersion: tls.VersionTLS12, InsecureSkipVerify: s.TLSSkipVerify} //nolint:gosec // the admin's explicit choice, reported in every result
	if s.TLSCAFile == "" {
		return cfg, nil
	}
	pemBytes, err := os.ReadFile(s.TLSCAFile)
	if err != nil {
		return nil, badConfig(i18n.Wrap("mailer_err_ca_file", nil, err))
	}
	caPool := x509.NewCertPool()
	if !caPool.AppendCertsFromPEM(pemBytes) {
		return nil, badConfig(i18n.Errorf("mailer_err_ca_file_no_pem", i18n.D{"File": s.TLSCAFile}))
	}
	cfg.RootCAs = caPool
	if s.TLSSkipVerify {
		// Nothing is checked during the handshake; Probe checks the
		// certificate afterwards with verifyAfter, against these CAs.
		return cfg, nil
	}
	tr := trust{host: s.Host, caFile: caPool, system: systemRoots}
	// crypto/tls's own check is replaced by tr.verify, which makes the same
	// checks (chain, expiry, key usage, host name) with the two pools in
	// turn. InsecureSkipVerify only turns off the built-in check: with
	// VerifyConnection set, a certificate that fails tr.verify still ends
	// the handshake, and the server still has to prove it holds the key.
	cfg.InsecureSkipVerify = true //nolint:gosec // verified by VerifyConnection below
	cfg.VerifyConnection = func(st tls.ConnectionState) error { return tr.verify(st.PeerCertificates) }
	return cfg, nil
}

// trust is what a server's certificate is checked against when tls_ca_file
// is set: the file's CAs, then the system's roots, loaded only if needed.
type trust struct {
	host   string
	caFile *x509.CertPool
	system func() (*x509.CertPool, error)
}

// verifyAfter checks a certificate that a handshake with tls_skip_verify
// did not check (Probe reports whether it would be trusted), against the
// CAs the handshake was configured with and the system's roots, loaded only
// if those do not vouch for it.
func verifyAfter(st tls.ConnectionState, host string, cfg *tls.Config) error {
	return trust{host: host, caFile: cfg.RootCAs, system: x509.SystemCertPool}.verify(st.PeerCertificates)
}

// verify checks the chain the server sent as crypto/tls would, and fails
// with the error crypto/tls would give (a *tls.CertificateVerificationError
// around the x509 error), so classify tells untrusted, wrong-host and
// expired certificates apart as before. When neither pool vouches for the
// certificate the error is the one against tls_ca_file: it is the authority
// the admin named.
func (t trust) verify(certs []*x509.Certificate) error {
	if t.host == "" {
		// x509 skips the name check for an empty name; never verify without one.
		return i18n.Errorf("mailer_err_cert_no_host", nil)
	}
	if len(certs) == 0 {
		return i18n.Errorf("mailer_err_no_cert", nil)
	}
	opts := x509.VerifyOptions{DNSName: t.host, Intermediates: x509.NewCertPool()}
	for _, c := range certs[1:] {
		opts.Intermediates.AddCert(c)
	}
	var err error
	if t.caFile != nil {
		opts.Roots = t.caFile
		if _, err = certs[0].Verify(opts); err == nil {
			return nil
		}
	}
	// No system roots (none on this machine, or they failed to load) leaves
	// the file's verdict; a nil pool must not reach Verify, where nil means
	// "the system's roots" once more.
	sys, serr := t.system()
	if serr == nil && sys != nil {
		opts.Roots = sys
		_, sysErr := certs[0].Verify(opts)
		if sysErr == nil {
			return nil
		}
		if err == nil {
			err = sysErr
		}
	}
	if err == nil {
		err = x509.UnknownAuthorityError{Cert: certs[0]}
	}
	return &tls.CertificateVerificationError{UnverifiedCertificates: certs, Err: err}
}

func tlsInfo(st tls.ConnectionState, verified bool) *TLSInfo {
	info := &TLSInfo{
		Version:     tls.VersionName(st.Version),
		CipherSuite: tls.CipherSuiteName(st.CipherSuite),
		Verified:    verified,
	}
	if len(st.PeerCertificates) == 0 {
		return info
	}
	describeCert(info, st.PeerCertificates[0])
	return info
}

// describeCert fills in what the admin needs to know of a certificate to
// recognise it (or to tell the server's admin): whose it is, for which
// names and addresses, who issued it, when it is valid, its fingerprint.
// Names in a certificate are the server's text like any other.
func describeCert(info *TLSInfo, c *x509.Certificate) {
	info.Subject = termsafe.String(nameOf(c.Subject.CommonName, c.Subject.String()))
	info.Issuer = termsafe.String(nameOf(c.Issuer.CommonName, c.Issuer.String()))
	info.DNSNames = nil
	for _, n := range c.DNSNames {
		info.DNSNames = append(info.DNSNames, termsafe.String(n))
	}
	info.IPAddresses = nil
	for _, ip := range c.IPAddresses {
		info.IPAddresses = append(info.IPAddresses, ip.String())
	}
	info.NotBefore, info.NotAfter = c.NotBefore, c.NotAfter
	sum := sha256.Sum256(c.Raw)
	info.FingerprintSHA256 = colonHex(sum[:])
}

// presented is the certificate a failed verification was about: the
// server's own, as the error carries it, or nil.
func presented(err error) *x509.Certificate {
	var (
		cv      *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		host    x509.HostnameError
		invalid x509.CertificateInvalidError
	)
	switch {
	case errors.As(err, &cv) && len(cv.UnverifiedCertificates) > 0:
		return cv.UnverifiedCertificates[0]
	case errors.As(err, &unknown):
		return unknown.Cert
	case errors.As(err, &host):
		return host.Certificate
	case errors.As(err, &invalid):
		return invalid.Cert
	}
	return nil
}

// failedTLSInfo describes a handshake that failed on the certificate, so
// that the admin sees what the server presented; nil when the failure was
// not about a certificate.
func failedTLSInfo(err error) *TLSInfo {
	c := presented(err)
	if c == nil {
		return nil
	}
	info := &TLSInfo{}
	describeCert(info, c)
	return info
}

func nameOf(cn, full string) string {
	if cn != "" {
		return cn
	}
	return full
}

func colonHex(b []byte) string {
	h := strings.ToUpper(hex.EncodeToString(b))
	parts := make([]string, 0, len(b))
	for i := 0; i < len(h); i += 2 {
		parts = append(parts, h[i:i+2])
	}
	return strings.Join(parts, ":")
}

// tlsWarnings are what an admin must know about a secured connection even
// when it worked.
func tlsWarnings(info *TLSInfo, host string, now time.Time, l i18n.Lang) []string {
	var w []string
	if !info.Verified {
		w = append(w, l.T("mailer_warn_skip_verify", nil))
	}
	if !info.NotAfter.IsZero() {
		left := info.NotAfter.Sub(now)
		if left < certWarnDays*24*time.Hour {
			days := int(left.Hours() / 24)
			d := i18n.D{"Host": host, "Date": info.NotAfter.Format(time.DateOnly)}
			if left < 0 {
				w = append(w, l.T("mailer_warn_cert_expired", d))
			} else {
				w = append(w, l.N("mailer_warn_cert_expires", days, d))
			}
		}
	}
	return w
}

// security names how the connection is protected, for details and the test
// message: how ("STARTTLS", "implicit TLS") and the version.
func security(l i18n.Lang, how string, info *TLSInfo) string {
	if info == nil {
		return l.T("mailer_test_security_none", nil)
	}
	if how == "implicit TLS" {
		how = l.T("mailer_test_implicit_tls", nil)
	}
	return how + ", " + info.Version
}

// CertificateLines describe the server's certificate, one fact a line
// ("issuer: ..."), for a front end to show when it was not trusted, in the
// language of the conversation that met it (Options.Lang). The text comes
// from the server: make it safe for a terminal before printing.
func (t *TLSInfo) CertificateLines() []string {
	if t == nil {
		return nil
	}
	return t.CertificateLinesIn(t.lang)
}

// CertificateLinesIn is CertificateLines in language l.
func (t *TLSInfo) CertificateLinesIn(l i18n.Lang) []string {
	if t == nil || t.FingerprintSHA256 == "" {
		return nil
	}
	lines := []string{l.T("mailer_cert_subject", i18n.D{"Value": t.Subject})}
	if len(t.DNSNames) > 0 {
		lines = append(lines, l.T("mailer_cert_names", i18n.D{"Value": strings.Join(t.DNSNames, ", ")}))
	}
	if len(t.IPAddresses) > 0 {
		lines = append(lines, l.T("mailer_cert_addresses", i18n.D{"Value": strings.Join(t.IPAddresses, ", ")}))
	}
	lines = append(lines, l.T("mailer_cert_issuer", i18n.D{"Value": t.Issuer}),
		l.T("mailer_cert_valid", i18n.D{"From": t.NotBefore.UTC().Format(time.DateTime), "Until": t.NotAfter.UTC().Format(time.DateTime)}),
		l.T("mailer_cert_fingerprint", i18n.D{"Value": t.FingerprintSHA256}))
	return lines
}
