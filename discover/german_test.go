package discover

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestGermanDiscoveryExplainsItself: with Lang German, why a server was
// proposed (its origin, summary, notes, the probe's reason) and why an
// answer was refused read in German; the English words are gone.
func TestGermanDiscoveryExplainsItself(t *testing.T) {
	const acPath = "/mail/config-v1.1.xml"
	cases := []struct {
		name       string
		build      func(w *world)
		noLoopback bool
		step       Step
		title      string // of the step's event
		status     Status
		german     string // in the event's detail, or the best candidate's summary and notes
		english    string // what English says there, which German must not
	}{
		{name: "found_through_mx_provider", build: func(w *world) {
			w.dns("example.test. MX 10 example-test.mail.protection.outlook.com.")
			w.smtp("smtp.office365.com:587")
		}, step: StepMX, title: "example.test", status: StatusFound,
			german:  "smtp.office365.com, Port 587, STARTTLS (aus den MX-Einträgen von example.test: Microsoft 365) Microsoft 365 braucht OAuth 2.0",
			english: "the MX records of"},
		{name: "found_through_srv", build: func(w *world) {
			w.dns("_submissions._tcp.example.test. SRV 0 1 465 mail.example.test.")
			w.smtp("mail.example.test:465", smtptest.WithSecurity(smtptest.ImplicitTLS))
		}, step: StepProbe, title: "mail.example.test", status: StatusFound,
			german: "Port 465 TLS: Port 465 spricht TLS ab dem ersten Byte, mit vertrauenswürdigem Zertifikat", english: "speaks TLS from the first byte"},
		{name: "srv_to_loopback_refused", build: func(w *world) {
			w.dns("_submissions._tcp.example.test. SRV 0 1 465 mail.example.test.")
			w.smtp("mail.example.test:465")
		}, noLoopback: true, step: StepProbe, title: "mail.example.test", status: StatusRefused,
			german: "die Loopback-Adresse dieses Rechners", english: "not contacted"},
		{name: "srv_to_link_local_refused", build: func(w *world) {
			w.dns("_submissions._tcp.example.test. SRV 0 1 465 ll.example.test.", "ll.example.test. A 169.254.169.254")
		}, step: StepProbe, title: "ll.example.test", status: StatusRefused,
			german: "eine Link-Local-Adresse", english: "link-local address"},
		{name: "redirect_to_another_domain_refused", build: func(w *world) {
			w.serveHTTPS("autoconfig.example.test", http.RedirectHandler("https://evil.test"+acPath, http.StatusFound))
		}, step: StepAutoconfig, title: "autoconfig.example.test", status: StatusRefused,
			german: "Weiterleitungen auf eine andere Domain als example.test werden nicht befolgt", english: "is not followed"},
		{name: "null_mx_refused", build: func(w *world) {
			w.dns("example.test. MX 0 .")
		}, step: StepMX, title: "example.test", status: StatusRefused,
			german: "Null-MX (RFC 7505): example.test nimmt laut eigener Angabe keine E-Mails an", english: "says it takes no mail"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t)
			c.build(w)
			o := w.options(10 * time.Second)
			o.AllowLoopback, o.Lang = !c.noLoopback, i18n.German
			res := discover(t, o)
			ev, ok := eventOf(res, c.step, c.title)
			if !ok || ev.Status != c.status {
				t.Fatalf("%s %q: %+v, want %s; trace:%s", c.step, c.title, ev, c.status, traceText(res))
			}
			said := ev.Detail
			if c.status == StatusFound && c.step == StepMX {
				best := res.Found[0]
				said = best.Summary() + " " + strings.Join(best.Notes, " ")
			}
			if !strings.Contains(said, c.german) || strings.Contains(said, c.english) || strings.Contains(said, "discover_") {
				t.Errorf("German says %q; want %q, not %q", said, c.german, c.english)
			}
			for _, ev := range res.Trace {
				if ev.Step == StepGuess && ev.Title != "Vermutungen" {
					t.Errorf("guess step title %q", ev.Title)
				}
				if ev.Step == StepProbe && !strings.HasSuffix(strings.Fields(ev.Title)[1], "prüfen") {
					t.Errorf("probe step title %q", ev.Title)
				}
			}
		})
	}
}

// TestDomainErrorsReadInGerman: what is wrong with the address given reads
// in the admin's language.
func TestDomainErrorsReadInGerman(t *testing.T) {
	cases := []struct{ address, english, german string }{
		{"noreply@192.0.2.1", "ends in an IP address", "endet mit einer IP-Adresse"},
		{"noreply@localhost", "is not a full host name", "ist kein vollständiger Hostname"},
	}
	for _, c := range cases {
		_, err := Domain(c.address)
		if err == nil {
			t.Fatalf("Domain(%q) accepted", c.address)
		}
		if en, de := i18n.Text(err, i18n.English), i18n.Text(err, i18n.German); !strings.Contains(en, c.english) || en != err.Error() || !strings.Contains(de, c.german) {
			t.Errorf("Domain(%q): English %q, German %q; want %q and %q", c.address, en, de, c.english, c.german)
		}
	}
}
