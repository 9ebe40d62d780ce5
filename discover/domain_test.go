package discover

import (
	"strconv"
	"strings"
	"testing"
)

func TestHostTakesNamesAsTheNetworkWantsThem(t *testing.T) {
	cases := []struct{ in, want, err string }{
		{"Mail.Example.COM", "mail.example.com", ""},
		{"mail.example.com.", "mail.example.com", ""},
		{"smtp.müller.de", "smtp.xn--mller-kva.de", ""},
		{"[::1]", "::1", ""},
		{"192.0.2.1", "192.0.2.1", ""},
		{"localhost", "localhost", ""},
		{"mail", "", "not a full host name"},
		{"mail..example.com", "", "not a valid host name"},
		{"-mail.example.com", "", "not a valid host name"},
		{"mail_1.example.com", "", "not a valid host name"},
		{"", "", "no host name"},
	}
	for _, c := range cases {
		got, err := Host(c.in)
		if got != c.want || (err == nil) != (c.err == "") || (err != nil && !strings.Contains(err.Error(), c.err)) {
			t.Errorf("Host(%q) = %q, %v; want %q, error %q", c.in, got, err, c.want, c.err)
		}
	}
}

func TestDomainOfAnAddress(t *testing.T) {
	cases := []struct{ in, want, err string }{
		{"noreply@Firma.DE", "firma.de", ""},
		{"info@müller.de", "xn--mller-kva.de", ""},
		{"noreply", "", "@"},
		{"a@b@c.de", "", ""},
		{"noreply@localhost", "", "not a full host name"},
	}
	for _, c := range cases {
		got, err := Domain(c.in)
		if got != c.want || (err == nil) != (c.err == "" && c.want != "") || (err != nil && !strings.Contains(err.Error(), c.err)) {
			t.Errorf("Domain(%q) = %q, %v; want %q, error %q", c.in, got, err, c.want, c.err)
		}
	}
}

func TestNewResolverTakesAnAddressOfADNSServer(t *testing.T) {
	cases := []struct{ in, want, err string }{
		{"127.0.0.1:5353", "127.0.0.1:5353", ""},
		{"10.0.0.53", "10.0.0.53:53", ""},
		{"[::1]:53", "[::1]:53", ""},
		{"::1", "[::1]:53", ""},
		{"dns.example.com", "", "is not an IP address"},
		{"127.0.0.1:0", "", "port 0"},
	}
	for _, c := range cases {
		got, err := resolverAddr(c.in)
		if got != c.want || (err == nil) != (c.err == "") || (err != nil && !strings.Contains(err.Error(), c.err)) {
			t.Errorf("resolverAddr(%q) = %q, %v; want %q, error %q", c.in, got, err, c.want, c.err)
		}
	}
	if r, err := NewResolver(""); err != nil || r == nil {
		t.Errorf(`NewResolver("") = %v, %v; want the system's`, r, err)
	}
}

func TestAutoconfigFileIsReadSafely(t *testing.T) {
	d := &discovery{address: "app@example.test", domain: "example.test"}
	cases := []struct {
		name, body string
		want       []string // host:port security username
		err        string
	}{
		{name: "entity_bomb", body: billionLaughs, err: "invalid character entity"},
		{name: "not_a_client_config", body: `<html><body>hello</body></html>`, err: "expected element type <clientConfig>"},
		{name: "placeholders", body: autoconfigXML("smtp.%EMAILDOMAIN%", 587, "STARTTLS"), want: []string{"smtp.example.test:587 starttls app@example.test"}},
		{name: "bad_host_and_port_skipped", body: `<clientConfig><emailProvider>
			<outgoingServer type="smtp"><hostname>bad host</hostname><port>587</port></outgoingServer>
			<outgoingServer type="smtp"><hostname>ok.example.test</hostname><port>70000</port></outgoingServer>
			<outgoingServer type="exchange"><hostname>ews.example.test</hostname><port>443</port></outgoingServer>
			<outgoingServer type="smtp"><hostname>ok.example.test</hostname><port>465</port><socketType>SSL</socketType><username>%UNKNOWN%</username></outgoingServer>
			</emailProvider></clientConfig>`, want: []string{"ok.example.test:465 tls "}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := d.parseAutoconfig([]byte(c.body), "test")
			if (err != nil) != (c.err != "") || (err != nil && !strings.Contains(err.Error(), c.err)) {
				t.Fatalf("error %v, want %q", err, c.err)
			}
			var lines []string
			for _, g := range got {
				lines = append(lines, strings.Join([]string{g.Host + ":" + itoa(g.Port), string(g.Security), g.Username}, " "))
			}
			if strings.Join(lines, "|") != strings.Join(c.want, "|") {
				t.Errorf("candidates %q, want %q", lines, c.want)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestAutoconfigSaysWhenOnlyOAuthIsOffered: a provider naming only OAuth2
// gets a note, since smtpconf logs in with a password.
func TestAutoconfigSaysWhenOnlyOAuthIsOffered(t *testing.T) {
	d := &discovery{address: "app@example.test", domain: "example.test"}
	for _, c := range []struct {
		auth string
		note bool
	}{
		{"<authentication>OAuth2</authentication>", true},
		{"<authentication>OAuth2</authentication><authentication>password-cleartext</authentication>", false},
		{"", false},
	} {
		body := `<clientConfig><emailProvider><outgoingServer type="smtp"><hostname>smtp.example.test</hostname><port>587</port>` + c.auth + `</outgoingServer></emailProvider></clientConfig>`
		got, err := d.parseAutoconfig([]byte(body), "test")
		if err != nil || len(got) != 1 {
			t.Fatalf("%s: %v, %+v", c.auth, err, got)
		}
		if hasNote := len(got[0].Notes) > 0 && strings.Contains(got[0].Notes[0], "OAuth2"); hasNote != c.note {
			t.Errorf("%s: notes %q, want an OAuth2 note: %v", c.auth, got[0].Notes, c.note)
		}
	}
}
