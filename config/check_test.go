package config

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

func TestHostProblem(t *testing.T) {
	tests := []struct {
		name, host string
		contains   string // "" means valid
	}{
		{name: "dns_name", host: "mail.firma.de"},
		{name: "dns_name_with_trailing_dot", host: "mail.firma.de."},
		{name: "short_name", host: "mailhub"},
		{name: "hyphen_inside_label", host: "smtp-relay.firma.de"},
		{name: "underscore_as_go_resolves_it", host: "smtp_relay.internal"},
		{name: "ipv4", host: "192.0.2.10"},
		{name: "ipv6", host: "2001:db8::25"},
		{name: "ipv6_in_brackets", host: "[2001:db8::25]"},
		{name: "ipv6_loopback_in_brackets", host: "[::1]"},
		{name: "ipv6_with_zone", host: "fe80::1%eth0"},
		{name: "label_of_63_chars", host: strings.Repeat("a", 63) + ".de"},
		{name: "name_of_253_chars", host: strings.Repeat(strings.Repeat("a", 62)+".", 4) + "a"},
		{name: "label_of_64_chars", host: strings.Repeat("a", 64) + ".de", contains: "longer than the 63 characters DNS allows"},
		{name: "name_of_254_chars", host: strings.Repeat(strings.Repeat("a", 62)+".", 4) + "ab", contains: "253"},
		{name: "empty_label", host: "mail..firma.de", contains: "empty part"},
		{name: "leading_dot", host: ".firma.de", contains: "empty part"},
		{name: "leading_hyphen", host: "-mail.firma.de", contains: "hyphen"},
		{name: "trailing_hyphen", host: "mail-.firma.de", contains: "hyphen"},
		{name: "space", host: "mail firma.de", contains: "spaces"},
		{name: "tab", host: "mail\tfirma.de", contains: "spaces"},
		{name: "bad_ipv4", host: "256.1.1.1", contains: "not a valid IPv4"},
		{name: "short_ipv4", host: "10.1.1", contains: "not a valid IPv4"},
		{name: "ipv4_in_brackets", host: "[192.0.2.1]", contains: "brackets are only for IPv6 addresses: write 192.0.2.1"},
		{name: "unclosed_bracket", host: "[2001:db8::1", contains: "not an IPv6 address in brackets"},
		{name: "bad_ipv6", host: "2001:db8:::1:2", contains: "not a valid IPv6"},
		{name: "name_with_port", host: "mail.firma.de:587", contains: `set host = "mail.firma.de" and port = 587`},
		{name: "ipv6_with_port", host: "[2001:db8::1]:465", contains: "port = 465"},
		{name: "url", host: "smtps://mail.firma.de", contains: "URL"},
		{name: "slash", host: "mail.firma.de/", contains: `contains '/'`},
		// Internationalised names are taken and connected to in IDNA form.
		{name: "internationalised_name", host: "mail.münchen.de"},
		{name: "bad_internationalised_name", host: "mail.mün\u200dchen.de", contains: "not a valid internationalised name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := english(hostProblem(tt.host))
			if tt.contains == "" && got != "" {
				t.Fatalf("hostProblem(%q) = %q, want valid", tt.host, got)
			}
			if !strings.Contains(got, tt.contains) || (tt.contains != "" && got == "") {
				t.Fatalf("hostProblem(%q) = %q, want it to contain %q", tt.host, got, tt.contains)
			}
		})
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		host string
		want bool
	}{
		{"localhost", true}, {"LOCALHOST.", true}, {"mail.localhost", true}, {"127.0.0.1", true}, {"127.1.2.3", true},
		{"::1", true}, {"[::1]", true}, {"::ffff:127.0.0.1", true},
		{"mail.firma.de", false}, {"localhost.firma.de", false}, {"10.0.0.1", false}, {"::2", false}, {"", false},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			if got := isLoopback(tt.host); got != tt.want {
				t.Fatalf("isLoopback(%q) = %v, want %v", tt.host, got, tt.want)
			}
		})
	}
}

func TestAddressProblem(t *testing.T) {
	tests := []struct {
		name, addr string
		contains   string
	}{
		{name: "bare_address", addr: "noreply@firma.de"},
		{name: "plus_address", addr: "noreply+platform@firma.de"},
		{name: "quoted_local_part", addr: `"no reply"@firma.de`},
		{name: "display_name", addr: `"Bank" <x@y.de>`, contains: "put the name in sender_name"},
		{name: "angle_brackets_without_a_name", addr: `<x@y.de>`, contains: "write only the address (x@y.de), without a name or brackets"},
		{name: "unquoted_display_name", addr: `Bank <x@y.de>`, contains: "write only the address (x@y.de)"},
		{name: "comment", addr: `x@y.de (Bank)`, contains: "write only the address"},
		{name: "no_at", addr: "firma.de", contains: "not an e-mail address"},
		{name: "two_addresses", addr: "a@b.de, c@d.de", contains: "not an e-mail address"},
		{name: "trailing_space", addr: "a@b.de ", contains: "spaces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := english(addressProblem(tt.addr, true))
			if (tt.contains == "") != (got == "") || !strings.Contains(got, tt.contains) {
				t.Fatalf("addressProblem(%q) = %q, want %q", tt.addr, got, tt.contains)
			}
		})
	}
}

func TestIsEnvName(t *testing.T) {
	for name, want := range map[string]bool{
		"SMTP_PASSWORD": true, "_X": true, "pw2": true, "": false, "2PW": false, "SMTP-PW": false, "A B": false, "$PW": false, "PÄSS": false,
	} {
		if got := isEnvName(name); got != want {
			t.Errorf("isEnvName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestClosest(t *testing.T) {
	known := tableKeys(tableSMTP)
	tests := []struct{ unknown, want string }{
		{"prot", "port"},
		{"protocl", "protocol"},
		{"hots", "host"},
		{"pasword", "password"},
		{"startls", "starttls"},
		{"Port", "port"},
		{"passwd", "password"},
		{"tls_verify", ""},
		{"colour", ""},
		{"x", ""},
	}
	for _, tt := range tests {
		t.Run(tt.unknown, func(t *testing.T) {
			if got := closest(tt.unknown, known); got != tt.want {
				t.Fatalf("closest(%q) = %q, want %q", tt.unknown, got, tt.want)
			}
		})
	}
}

func TestCheckAddress(t *testing.T) {
	tests := []struct {
		name, addr string
		contains   string // empty: the address is accepted
	}{
		{name: "bare_address", addr: "admin@example.com"},
		{name: "plus_address", addr: "admin+smtpconf@example.com"},
		{name: "not_an_address", addr: "not an address", contains: "not an e-mail address"},
		{name: "empty", addr: "", contains: "not an e-mail address"},
		{name: "display_name", addr: "Admin <admin@example.com>", contains: "without a name or brackets"},
		{name: "crlf_injection", addr: "admin@example.com\r\nRCPT TO:<victim@example.com>", contains: "line break"},
		{name: "bare_lf", addr: "admin@example.com\n", contains: "line break"},
		{name: "nul", addr: "admin@example.com\x00", contains: "NUL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckAddress(tt.addr)
			if tt.contains == "" {
				if err != nil {
					t.Fatalf("CheckAddress(%q) = %v, want nil", tt.addr, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.contains) {
				t.Fatalf("CheckAddress(%q) = %v, want an error containing %q", tt.addr, err, tt.contains)
			}
		})
	}
}

func TestPasswordInClearAllowed(t *testing.T) {
	tests := []struct {
		s    Server
		want bool
	}{
		{Server{Host: "mail.example.com"}, false},
		{Server{Host: "mail.example.com", AllowInsecureAuth: true}, true},
		{Server{Host: "localhost"}, true},
		{Server{Host: "app.localhost."}, true},
		{Server{Host: "127.0.0.2"}, true},
		{Server{Host: "[::1]"}, true},
		{Server{Host: "::ffff:127.0.0.1"}, true},
		{Server{Host: "192.0.2.1"}, false},
		{Server{Host: "localhost.example.com"}, false},
	}
	for _, tt := range tests {
		if got := PasswordInClearAllowed(tt.s); got != tt.want {
			t.Errorf("PasswordInClearAllowed(%+v) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// english is a message's English text, "" for none.
func english(m *i18n.Error) string {
	if m == nil {
		return ""
	}
	return m.Error()
}
