package smtptest

import (
	"crypto/x509"
	"encoding/pem"
	"testing"
	"time"
)

func TestGeneratedCertificatesValidity(t *testing.T) {
	cases := []struct {
		name    string
		kind    certKind
		expired bool
	}{
		{"good", certGood, false},
		{"wrong_host", certWrongHost, false},
		{"expired", certExpired, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			now := time.Now()
			a, err := newAuthority(c.kind)
			if err != nil {
				t.Fatal(err)
			}
			block, _ := pem.Decode(a.caPEM)
			if block == nil {
				t.Fatal("CA PEM holds no block")
			}
			ca, err := x509.ParseCertificate(block.Bytes)
			if err != nil {
				t.Fatal(err)
			}
			leaf, err := x509.ParseCertificate(a.leaf.Certificate[0])
			if err != nil {
				t.Fatal(err)
			}
			// A year, less a day of slack: mailer warns within 14 days of
			// expiry, and a demo must not.
			const atLeast = 364 * 24 * time.Hour
			if ca.NotAfter.Sub(now) < atLeast || !ca.NotBefore.Before(now) {
				t.Errorf("CA valid %s to %s, want from before now for a year", ca.NotBefore, ca.NotAfter)
			}
			if c.expired {
				if !leaf.NotAfter.Before(now) {
					t.Errorf("expired leaf valid until %s, want before now", leaf.NotAfter)
				}
				return
			}
			if leaf.NotAfter.Sub(now) < atLeast || !leaf.NotBefore.Before(now) {
				t.Errorf("leaf valid %s to %s, want from before now for a year", leaf.NotBefore, leaf.NotAfter)
			}
			if leaf.NotAfter.After(ca.NotAfter) {
				t.Errorf("leaf outlives its CA: %s after %s", leaf.NotAfter, ca.NotAfter)
			}
		})
	}
}
