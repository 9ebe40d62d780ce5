package mailer

import (
	"slices"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestCertificateLinesReadInGerman: the facts about a certificate the
// admin must decide to trust read as German labels of their own
// („Zertifikat für:“, „Ausgestellt von:“), since the CLI and the test
// screen show them without a prefix in German.
func TestCertificateLinesReadInGerman(t *testing.T) {
	info := &TLSInfo{
		Subject: "localhost", DNSNames: []string{"localhost"}, IPAddresses: []string{"127.0.0.1"},
		Issuer:    "smtptest CA",
		NotBefore: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
		FingerprintSHA256: "AB:CD",
	}
	for _, tc := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.German, []string{
			"Zertifikat für: localhost", "Namen im Zertifikat: localhost", "Adressen im Zertifikat: 127.0.0.1",
			"Ausgestellt von: smtptest CA", "Gültig von 2026-01-01 00:00:00 bis 2027-01-01 00:00:00 UTC", "SHA-256-Fingerabdruck: AB:CD",
		}},
		{i18n.English, []string{
			"subject: localhost", "names: localhost", "addresses: 127.0.0.1",
			"issuer: smtptest CA", "valid: 2026-01-01 00:00:00 to 2027-01-01 00:00:00 UTC", "SHA-256 fingerprint: AB:CD",
		}},
	} {
		if got := info.CertificateLinesIn(tc.lang); !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.lang, got, tc.want)
		}
	}
}
