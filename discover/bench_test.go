package discover

import (
	"context"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// BenchmarkDiscover is one whole discovery on loopback: both SRV lookups,
// both autoconfig fetches over HTTPS, MX with a provider, the guesses, and
// the probes of every host (one answers with STARTTLS, the others refuse).
// Real networks add their round trips; this is smtpconf's own cost.
func BenchmarkDiscover(b *testing.B) {
	w := newWorld(b)
	w.dns("_submission._tcp.example.test. SRV 0 1 587 mail.example.test.",
		"example.test. MX 10 example-test.mail.protection.outlook.com.")
	w.serveHTTPS("autoconfig.example.test", serveFile("/mail/config-v1.1.xml", autoconfigXML("mail.example.test", 587, "STARTTLS")))
	w.smtp("mail.example.test:587")
	w.smtp("smtp.office365.com:587", smtptest.WithSecurity(smtptest.Plain))
	o := w.options(10 * time.Second)
	for b.Loop() {
		res, err := Discover(context.Background(), sender, o)
		if err != nil || len(res.Found) != 2 {
			b.Fatalf("found %d, err %v", len(res.Found), err)
		}
	}
}
