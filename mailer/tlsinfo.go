package mailer

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"time"

	"smtpconf/config"
)

// certWarnDays is how close to expiry a certificate gets a warning.
const certWarnDays = 14

// tlsConfig trusts the system's roots plus tls_ca_file, requires TLS 1.2,
// and checks the certificate against host (an IP literal is checked against
// the certificate's IP addresses and sent without SNI, as crypto/tls does).
func tlsConfig(s config.Server) (*tls.Config, error) {
	cfg := &tls.Config{ServerName: s.Host, MinVersion: tls.VersionTLS12, InsecureSkipVerify: s.TLSSkipVerify} //nolint:gosec // the admin's explicit choice, reported in every result
	if s.TLSCAFile == "" {
		return cfg, nil
	}
	pemBytes, err := os.ReadFile(s.TLSCAFile)
	if err != nil {
		return nil, fmt.Errorf("%w: tls_ca_file: %w", errBadConfig, err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pemBytes) {
		return nil, fmt.Errorf("%w: tls_ca_file %s holds no PEM certificate", errBadConfig, s.TLSCAFile)
	}
	cfg.RootCAs = pool
	return cfg, nil
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
	c := st.PeerCertificates[0]
	info.Subject = nameOf(c.Subject.CommonName, c.Subject.String())
	info.Issuer = nameOf(c.Issuer.CommonName, c.Issuer.String())
	info.DNSNames = append(info.DNSNames, c.DNSNames...)
	for _, ip := range c.IPAddresses {
		info.DNSNames = append(info.DNSNames, ip.String())
	}
	info.NotAfter = c.NotAfter
	sum := sha256.Sum256(c.Raw)
	info.FingerprintSHA256 = colonHex(sum[:])
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
func tlsWarnings(info *TLSInfo, host string, now time.Time) []string {
	var w []string
	if !info.Verified {
		w = append(w, "tls_skip_verify is on: the server's certificate was not checked, so anyone on the way could read the password and the mail")
	}
	if !info.NotAfter.IsZero() {
		left := info.NotAfter.Sub(now)
		if left < certWarnDays*24*time.Hour {
			days := int(left.Hours() / 24)
			if left < 0 {
				w = append(w, fmt.Sprintf("the certificate of %s expired on %s", host, info.NotAfter.Format(time.DateOnly)))
			} else {
				w = append(w, fmt.Sprintf("the certificate of %s expires in %d days (%s)", host, days, info.NotAfter.Format(time.DateOnly)))
			}
		}
	}
	return w
}

// security names how the connection is protected, for details and the test message.
func security(how string, info *TLSInfo) string {
	if info == nil {
		return "none (clear text)"
	}
	return how + ", " + info.Version
}
