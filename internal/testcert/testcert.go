// Package testcert makes throwaway CAs and server certificates for loopback
// test servers: smtptest's go-smtp server and aiosmtpd's Python one. Each
// call makes a fresh CA, so tests never share trust.
//
// It does not import "testing": smtptest uses it, and programs that run
// smtptest for real (smtpconf demo, the benchmark server) must not link the
// testing package.
package testcert

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

// Kind chooses what is wrong with the server certificate, if anything.
type Kind int

const (
	// Good is valid for localhost, 127.0.0.1 and ::1.
	Good Kind = iota
	// Expired is for the right names but expired yesterday.
	Expired
	// WrongHost is current but for mail.wrong.example only.
	WrongHost
)

// WrongHostName is the only name a WrongHost certificate is for.
const WrongHostName = "mail.wrong.example"

// Certificates are valid from a little before they are made, so a client
// whose clock is slightly behind accepts them, for a year: a demo or a long
// test run must not show "expires in N days" warnings, which mailer gives
// within 14 days of expiry.
const (
	validBefore = time.Hour
	validFor    = 365 * 24 * time.Hour
)

// Authority is a throwaway CA and the server certificate it signed.
type Authority struct {
	// CA is the CA certificate; CAPEM is it in PEM, for a tls_ca_file.
	CA    *x509.Certificate
	CAPEM []byte
	// Pool holds CA alone, for a client's RootCAs.
	Pool *x509.CertPool
	// Server is the server certificate (Leaf set) and its ECDSA key.
	Server tls.Certificate
}

// New makes a CA named caName (what clients report as the issuer) and a
// server certificate of the given kind signed by it. names are DNS names
// the certificate is valid for besides localhost (a test server standing
// in for smtp.example.test); a WrongHost certificate ignores them.
func New(caName string, kind Kind, names ...string) (*Authority, error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate CA key: %w", err)
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: caName, Organization: []string{"smtpconf test"}},
		NotBefore:             now.Add(-validBefore),
		NotAfter:              now.Add(validFor),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, fmt.Errorf("create CA certificate: %w", err)
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, fmt.Errorf("parse CA certificate: %w", err)
	}

	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate server key: %w", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "localhost"},
		NotBefore:    now.Add(-validBefore),
		NotAfter:     now.Add(validFor),
		DNSNames:     append([]string{"localhost"}, names...),
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	switch kind {
	case Expired:
		tmpl.NotBefore, tmpl.NotAfter = now.Add(-48*time.Hour), now.Add(-24*time.Hour)
	case WrongHost:
		tmpl.Subject.CommonName = WrongHostName
		tmpl.DNSNames, tmpl.IPAddresses = []string{WrongHostName}, nil
	case Good:
	default:
		return nil, fmt.Errorf("unknown certificate kind %d", kind)
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, &key.PublicKey, caKey)
	if err != nil {
		return nil, fmt.Errorf("create server certificate: %w", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("parse server certificate: %w", err)
	}

	pool := x509.NewCertPool()
	pool.AddCert(caCert)
	return &Authority{
		CA:     caCert,
		CAPEM:  pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}),
		Pool:   pool,
		Server: tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf},
	}, nil
}

// Files are the paths WriteFiles wrote.
type Files struct {
	CA, Cert, Key string
}

// WriteFiles writes the CA certificate, the server certificate and its
// PKCS #8 key as ca.pem, cert.pem and key.pem in dir, each in PEM and
// readable by the owner only (the key is a secret, however throwaway), for
// servers that take files, such as aiosmtpd's Python one.
func (a *Authority) WriteFiles(dir string) (Files, error) {
	keyDER, err := x509.MarshalPKCS8PrivateKey(a.Server.PrivateKey)
	if err != nil {
		return Files{}, fmt.Errorf("encode server key: %w", err)
	}
	f := Files{CA: filepath.Join(dir, "ca.pem"), Cert: filepath.Join(dir, "cert.pem"), Key: filepath.Join(dir, "key.pem")}
	for _, w := range []struct {
		path string
		pem  []byte
	}{
		{f.CA, a.CAPEM},
		{f.Cert, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: a.Server.Certificate[0]})},
		{f.Key, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER})},
	} {
		if err := os.WriteFile(w.path, w.pem, 0o600); err != nil {
			return Files{}, fmt.Errorf("write %s: %w", w.path, err)
		}
	}
	return f, nil
}
