package discover

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestProviderTable has a case for every entry of providers.json: an MX
// host of the provider and the submission servers it documents. A new
// entry without a case fails here.
func TestProviderTable(t *testing.T) {
	cases := []struct {
		mx       string
		provider string
		servers  []string // host:port security
		username string
		note     string
	}{
		{"firma-de.mail.protection.outlook.com", "Microsoft 365", []string{"smtp.office365.com:587 starttls"}, "%EMAILADDRESS%", "Microsoft 365 needs OAuth 2.0"},
		{"aspmx.l.google.com", "Google Workspace / Gmail", []string{"smtp.gmail.com:465 tls", "smtp.gmail.com:587 starttls"}, "%EMAILADDRESS%", "app password"},
		{"mx00.ionos.de", "IONOS", []string{"smtp.ionos.de:465 tls", "smtp.ionos.de:587 starttls"}, "%EMAILADDRESS%", ""},
		{"mx00.ionos.com", "IONOS", []string{"smtp.ionos.com:465 tls", "smtp.ionos.com:587 starttls"}, "%EMAILADDRESS%", ""},
		{"smtpin.rzone.de", "Strato", []string{"smtp.strato.de:465 tls", "smtp.strato.de:587 starttls"}, "%EMAILADDRESS%", ""},
		{"mx00.t-online.de", "T-Online", []string{"securesmtp.t-online.de:465 tls", "securesmtp.t-online.de:587 starttls"}, "%EMAILADDRESS%", "e-mail password"},
		{"mx00.emig.gmx.net", "GMX", []string{"mail.gmx.net:465 tls", "mail.gmx.net:587 starttls"}, "%EMAILADDRESS%", "switched on"},
		{"mx-ha02.web.de", "WEB.DE", []string{"smtp.web.de:587 starttls"}, "%EMAILADDRESS%", "switched on"},
		{"www123.your-server.de", "Hetzner", []string{"mail.your-server.de:465 tls", "mail.your-server.de:587 starttls"}, "%EMAILADDRESS%", ""},
		{"w0123456.kasserver.com", "all-inkl.com", []string{"w0123456.kasserver.com:465 tls", "w0123456.kasserver.com:587 starttls"}, "", "KAS"},
		{"mxext1.mailbox.org", "mailbox.org", []string{"smtp.mailbox.org:465 tls", "smtp.mailbox.org:587 starttls"}, "%EMAILADDRESS%", ""},
		{"mx01.posteo.de", "Posteo", []string{"posteo.de:465 tls", "posteo.de:587 starttls"}, "%EMAILADDRESS%", ""},
		{"in1-smtp.messagingengine.com", "Fastmail", []string{"smtp.fastmail.com:465 tls", "smtp.fastmail.com:587 starttls"}, "%EMAILADDRESS%", "app password"},
		{"inbound-smtp.eu-west-1.amazonaws.com", "Amazon SES", []string{"email-smtp.eu-west-1.amazonaws.com:587 starttls", "email-smtp.eu-west-1.amazonaws.com:465 tls"}, "", "SMTP credentials"},
		{"mx.sendgrid.net", "SendGrid", []string{"smtp.sendgrid.net:465 tls", "smtp.sendgrid.net:587 starttls"}, "apikey", "API key"},
		{"mxa.eu.mailgun.org", "Mailgun (EU)", []string{"smtp.eu.mailgun.org:587 starttls"}, "", "SMTP credential"},
		{"mxa.mailgun.org", "Mailgun", []string{"smtp.mailgun.org:587 starttls"}, "", "SMTP credential"},
		{"inbound.postmarkapp.com", "Postmark", []string{"smtp.postmarkapp.com:587 starttls"}, "", "API token"},
		{"inbound1.sendinblue.com", "Brevo", []string{"smtp-relay.brevo.com:587 starttls"}, "", "SMTP login"},
	}
	table, err := providers()
	if err != nil {
		t.Fatal(err)
	}
	covered := make([]bool, len(table))
	for _, c := range cases {
		t.Run(c.mx, func(t *testing.T) {
			p, servers, ok := providerFor(table, c.mx+".")
			if !ok || p.Name != c.provider {
				t.Fatalf("provider %q (found %v), want %q", p.Name, ok, c.provider)
			}
			covered[slices.IndexFunc(table, func(q provider) bool { return slices.Equal(q.MX, p.MX) })] = true
			var got []string
			for _, s := range servers {
				got = append(got, fmt.Sprintf("%s:%d %s", s.Host, s.Port, s.Security))
			}
			if !slices.Equal(got, c.servers) || p.Username != c.username {
				t.Errorf("servers %q username %q, want %q and %q", got, p.Username, c.servers, c.username)
			}
			var notes []string
			for _, id := range p.Notes {
				notes = append(notes, i18n.English.T(id, nil))
			}
			if !strings.Contains(strings.Join(notes, " "), c.note) {
				t.Errorf("notes %q, want %q", notes, c.note)
			}
		})
	}
	for i, ok := range covered {
		if !ok {
			t.Errorf("providers.json entry %d (%s, %q) has no case here", i, table[i].Name, table[i].MX)
		}
	}
	for _, p := range table {
		// The notes are message IDs the code never names literally, so
		// the catalog's own check cannot see them: this one does.
		for _, id := range p.Notes {
			for _, l := range i18n.Langs() {
				if text := l.T(id, nil); text == id || text == "" {
					t.Errorf("%s: note %s has no %s text in the discover catalog", p.Name, id, l)
				}
			}
		}
		for _, s := range p.Servers {
			if s.Port < 1 || s.Port > 65535 || (s.Security != SecurityTLS && s.Security != SecurityStartTLS) {
				t.Errorf("%s: server %+v", p.Name, s)
			}
		}
	}
}

func TestMatchHost(t *testing.T) {
	cases := []struct {
		pattern, host string
		ok            bool
		captured      string
	}{
		{"*.mail.protection.outlook.com", "a.mail.protection.outlook.com", true, ""},
		{"*.mail.protection.outlook.com", "a.b.mail.protection.outlook.com", true, ""},
		{"*.mail.protection.outlook.com", "mail.protection.outlook.com", false, ""},
		{"*.mail.protection.outlook.com", "evil-mail.protection.outlook.com.example", false, ""},
		{"*.google.com", "aspmx.l.google.com", true, ""},
		{"*.google.com", "google.com.evil.test", false, ""},
		{"*.google.com", "notgoogle.com", false, ""},
		{"mx.sendgrid.net", "mx.sendgrid.net", true, ""},
		{"mx.sendgrid.net", "a.mx.sendgrid.net", false, ""},
		{"inbound-smtp.*.amazonaws.com", "inbound-smtp.us-east-1.amazonaws.com", true, "us-east-1"},
		{"inbound-smtp.*.amazonaws.com", "inbound-smtp.amazonaws.com", false, ""},
	}
	for _, c := range cases {
		captured, ok := matchHost(c.pattern, c.host)
		if ok != c.ok || captured != c.captured {
			t.Errorf("matchHost(%q, %q) = %q, %v; want %q, %v", c.pattern, c.host, captured, ok, c.captured, c.ok)
		}
	}
}
