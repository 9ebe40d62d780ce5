package testcert

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"os"
	"testing"
	"time"
)

func TestKinds(t *testing.T) {
	expired := func(err error) bool {
		var e x509.CertificateInvalidError
		return errors.As(err, &e) && e.Reason == x509.Expired
	}
	wrongHost := func(err error) bool {
		var e x509.HostnameError
		return errors.As(err, &e)
	}
	cases := []struct {
		name string
		kind Kind
		// failure is nil if the certificate must verify for 127.0.0.1 and
		// localhost, else it tells the expected failure.
		failure func(error) bool
	}{
		{"good", Good, nil},
		{"expired", Expired, expired},
		{"wrong_host", WrongHost, wrongHost},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			now := time.Now()
			a, err := New("testcert CA", c.kind)
			if err != nil {
				t.Fatal(err)
			}
			leaf := a.Server.Leaf
			for _, host := range []string{"127.0.0.1", "localhost"} {
				_, err := leaf.Verify(x509.VerifyOptions{DNSName: host, Roots: a.Pool})
				if c.failure == nil && err != nil {
					t.Errorf("%s: %v", host, err)
				} else if c.failure != nil && !c.failure(err) {
					t.Errorf("%s: got %v, want the %s failure", host, err, c.name)
				}
			}

			// A year, less a day of slack: mailer warns within 14 days of
			// expiry, and a demo must not.
			const atLeast = 364 * 24 * time.Hour
			if a.CA.NotAfter.Sub(now) < atLeast || !a.CA.NotBefore.Before(now) {
				t.Errorf("CA valid %s to %s, want from before now for a year", a.CA.NotBefore, a.CA.NotAfter)
			}
			if c.kind != Expired && (leaf.NotAfter.Sub(now) < atLeast || !leaf.NotBefore.Before(now)) {
				t.Errorf("leaf valid %s to %s, want from before now for a year", leaf.NotBefore, leaf.NotAfter)
			}
			if leaf.NotAfter.After(a.CA.NotAfter) {
				t.Errorf("leaf outlives its CA: %s after %s", leaf.NotAfter, a.CA.NotAfter)
			}
		})
	}
}

func TestEachCallIsAFreshCA(t *testing.T) {
	a, err := New("testcert CA", Good)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New("testcert CA", Good)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Server.Leaf.Verify(x509.VerifyOptions{DNSName: "localhost", Roots: b.Pool}); err == nil {
		t.Error("one call's certificate verifies against another call's CA")
	}
}

func TestWriteFiles(t *testing.T) {
	a, err := New("testcert CA", Good)
	if err != nil {
		t.Fatal(err)
	}
	f, err := a.WriteFiles(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{f.CA, f.Cert, f.Key} {
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", path, st.Mode().Perm())
		}
	}
	ca, err := os.ReadFile(f.CA)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ca, a.CAPEM) {
		t.Error("ca.pem is not CAPEM")
	}
	pair, err := tls.LoadX509KeyPair(f.Cert, f.Key)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(pair.Certificate[0], a.Server.Certificate[0]) {
		t.Error("cert.pem is not the server certificate")
	}
}
