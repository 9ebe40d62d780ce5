package config

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// validCustom is a complete, correct custom server: submission with
// STARTTLS and a password.
func validCustom() Config {
	c := Default()
	c.SMTP.UseDefault = false
	c.SMTP.Sender = "noreply@firma.de"
	c.SMTP.SenderName = "Firma Platform"
	c.SMTP.Host = "mail.firma.de"
	c.SMTP.Username = "noreply@firma.de"
	c.SMTP.Password = "secret"
	c.SMTP.TestRecipient = "admin@firma.de"
	return c
}

// writeCA writes a PEM file with one self-signed CA certificate.
func writeCA(t *testing.T) string {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Firma CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestValidate(t *testing.T) {
	ca := writeCA(t)
	notPEM := writeTemp(t, "not.pem", "just text\n")
	tests := []struct {
		name string
		edit func(c *Config)
		// key, severity and a part of the message of the problem expected;
		// key "" expects no problem at all.
		key      string
		severity Severity
		contains string
	}{
		{name: "complete_custom_server_is_valid", edit: func(c *Config) {}},
		{name: "smtps_on_465_is_valid", edit: func(c *Config) { c.SMTP.Protocol, c.SMTP.Port, c.SMTP.StartTLS = ProtocolSMTPS, 465, false }},
		{name: "smtp_on_2525_is_valid", edit: func(c *Config) { c.SMTP.Port = 2525 }},
		{name: "smtps_on_unusual_port_is_valid", edit: func(c *Config) { c.SMTP.Protocol, c.SMTP.Port, c.SMTP.StartTLS = ProtocolSMTPS, 10465, false }},
		{name: "port_0_means_the_default", edit: func(c *Config) { c.SMTP.Port = 0 }},
		{name: "port_65535_is_valid", edit: func(c *Config) { c.SMTP.Port = 65535 }},
		{name: "port_1_is_valid", edit: func(c *Config) { c.SMTP.Port = 1 }},
		{name: "port_65536_is_refused", edit: func(c *Config) { c.SMTP.Port = 65536 }, key: "smtp.port", contains: "between 1 and 65535"},
		{name: "negative_port_is_refused", edit: func(c *Config) { c.SMTP.Port = -1 }, key: "smtp.port", contains: "between 1 and 65535"},
		{name: "smtp_on_465_names_smtps", edit: func(c *Config) { c.SMTP.Port = 465 }, key: "smtp.port", contains: "port 465 expects implicit TLS: use protocol smtps"},
		{name: "smtps_on_587_names_465", edit: func(c *Config) { c.SMTP.Protocol, c.SMTP.StartTLS = ProtocolSMTPS, false }, key: "smtp.port", contains: "use port 465, or protocol smtp with starttls"},
		{name: "smtps_on_25_names_465", edit: func(c *Config) { c.SMTP.Protocol, c.SMTP.Port, c.SMTP.StartTLS = ProtocolSMTPS, 25, false }, key: "smtp.port", contains: "use port 465"},
		{name: "smtps_on_2525_names_465", edit: func(c *Config) { c.SMTP.Protocol, c.SMTP.Port, c.SMTP.StartTLS = ProtocolSMTPS, 2525, false }, key: "smtp.port", contains: "use port 465"},
		{name: "starttls_with_smtps_warns", edit: func(c *Config) { c.SMTP.Protocol, c.SMTP.Port = ProtocolSMTPS, 465 }, key: "smtp.starttls", severity: SeverityWarning, contains: "no effect with protocol smtps"},
		{name: "unknown_protocol_is_refused", edit: func(c *Config) { c.SMTP.Protocol = "tls" }, key: "smtp.protocol", contains: `use "smtp"`},

		{name: "sender_missing_is_refused", edit: func(c *Config) { c.SMTP.Sender = "" }, key: "smtp.sender", contains: "is not set"},
		{name: "sender_with_display_name_is_refused", edit: func(c *Config) { c.SMTP.Sender = `"Bank" <x@bank.example>` }, key: "smtp.sender", contains: "put the name in sender_name"},
		{name: "sender_in_brackets_is_refused", edit: func(c *Config) { c.SMTP.Sender = "<x@firma.de>" }, key: "smtp.sender", contains: "write only the address (x@firma.de)"},
		{name: "sender_without_at_is_refused", edit: func(c *Config) { c.SMTP.Sender = "noreply" }, key: "smtp.sender", contains: "not an e-mail address"},
		{name: "sender_with_spaces_around_is_refused", edit: func(c *Config) { c.SMTP.Sender = " noreply@firma.de" }, key: "smtp.sender", contains: "spaces"},
		{name: "sender_with_newline_is_header_injection", edit: func(c *Config) { c.SMTP.Sender = "a@b.de\r\nBcc: victim@x.de" }, key: "smtp.sender", contains: "inject"},
		{name: "sender_name_with_newline_is_header_injection", edit: func(c *Config) { c.SMTP.SenderName = "Firma\nBcc: x@y.de" }, key: "smtp.sender_name", contains: "line break"},
		{name: "username_with_nul_is_refused", edit: func(c *Config) { c.SMTP.Username = "a\x00b" }, key: "smtp.username", contains: "NUL"},
		{name: "host_with_cr_is_refused", edit: func(c *Config) { c.SMTP.Host = "mail.firma.de\r" }, key: "smtp.host", contains: "line break"},
		{name: "password_with_newline_is_refused", edit: func(c *Config) { c.SMTP.Password = "pw\n" }, key: "smtp.password", contains: "line break"},
		{name: "sender_name_with_an_escape_sequence_is_refused", edit: func(c *Config) { c.SMTP.SenderName = "Firma \x1b]52;c;aGk=\x07" }, key: "smtp.sender_name", contains: `control character (\x1b, \x07)`},
		{name: "username_with_a_c1_control_is_refused", edit: func(c *Config) { c.SMTP.Username = "app\u009b2J" }, key: "smtp.username", contains: `control character (\u009b)`},
		{name: "password_with_del_is_refused_without_showing_it", edit: func(c *Config) { c.SMTP.Password = "s3cr\x7fet" }, key: "smtp.password", contains: `control character (\x7f): remove it`},
		{name: "invalid_utf8_is_refused", edit: func(c *Config) { c.SMTP.SenderName = "Fir\xffma" }, key: "smtp.sender_name", contains: "UTF-8"},
		{name: "test_recipient_bad_is_refused", edit: func(c *Config) { c.SMTP.TestRecipient = "admin" }, key: "smtp.test_recipient", contains: "not an e-mail address"},
		{name: "test_recipient_with_name_is_refused", edit: func(c *Config) { c.SMTP.TestRecipient = "Admin <admin@firma.de>" }, key: "smtp.test_recipient", contains: "write only the address"},
		{name: "test_recipient_empty_is_fine", edit: func(c *Config) { c.SMTP.TestRecipient = "" }},

		{name: "host_missing_is_refused", edit: func(c *Config) { c.SMTP.Host = "" }, key: "smtp.host", contains: "is not set"},
		{name: "host_with_space_is_refused", edit: func(c *Config) { c.SMTP.Host = "mail firma.de" }, key: "smtp.host", contains: "spaces"},
		{name: "host_with_port_names_the_port_key", edit: func(c *Config) { c.SMTP.Host = "mail.firma.de:587" }, key: "smtp.host", contains: `port = 587`},
		{name: "host_as_url_is_refused", edit: func(c *Config) { c.SMTP.Host = "smtp://mail.firma.de" }, key: "smtp.host", contains: "URL"},
		{name: "host_ipv6_in_brackets_is_valid", edit: func(c *Config) { c.SMTP.Host = "[2001:db8::1]" }},

		{name: "auth_unknown_suggests_closest", edit: func(c *Config) { c.SMTP.Auth = "plian" }, key: "smtp.auth", contains: `did you mean "plain"?`},
		{name: "auth_auto_needs_username", edit: func(c *Config) { c.SMTP.Username = "" }, key: "smtp.username", contains: `auth = "auto" needs one`},
		{name: "auth_plain_needs_password_source", edit: func(c *Config) { c.SMTP.Auth, c.SMTP.Password = AuthPlain, "" }, key: "smtp.password", contains: "password_env or password_command"},
		{name: "password_env_is_a_password_source", edit: func(c *Config) { c.SMTP.Password, c.SMTP.PasswordEnv = "", "SMTP_PASSWORD" }},
		{name: "password_command_is_a_password_source", edit: func(c *Config) { c.SMTP.Password, c.SMTP.PasswordCommand = "", "pass show smtp" }},
		{name: "two_password_sources_are_refused", edit: func(c *Config) { c.SMTP.PasswordEnv = "SMTP_PASSWORD" }, key: "smtp.password_env", contains: "only one password source"},
		{name: "password_env_bad_name_is_refused", edit: func(c *Config) { c.SMTP.Password, c.SMTP.PasswordEnv = "", "SMTP-PASSWORD" }, key: "smtp.password_env", contains: "not an environment variable name"},
		{name: "password_env_starting_with_digit_is_refused", edit: func(c *Config) { c.SMTP.Password, c.SMTP.PasswordEnv = "", "1PW" }, key: "smtp.password_env", contains: "not an environment variable name"},
		{name: "password_command_blank_is_refused", edit: func(c *Config) { c.SMTP.Password, c.SMTP.PasswordCommand = "", "  \t" }, key: "smtp.password_command", contains: "blank"},
		{name: "auth_none_needs_nothing", edit: func(c *Config) { c.SMTP.Auth, c.SMTP.Username, c.SMTP.Password = AuthNone, "", "" }},
		{name: "auth_none_with_username_warns", edit: func(c *Config) { c.SMTP.Auth = AuthNone }, key: "smtp.auth", severity: SeverityWarning, contains: "not used"},
		{name: "empty_auth_without_username_means_none", edit: func(c *Config) { c.SMTP.Auth, c.SMTP.Username, c.SMTP.Password = "", "", "" }},
		{name: "plain_without_tls_to_remote_host_is_refused", edit: func(c *Config) { c.SMTP.StartTLS, c.SMTP.Auth = false, AuthPlain }, key: "smtp.auth", contains: "the password would cross the network in clear: set starttls = true, use smtps, or set allow_insecure_auth = true"},
		{name: "auto_without_tls_to_remote_host_is_refused", edit: func(c *Config) { c.SMTP.StartTLS = false }, key: "smtp.auth", contains: "in clear"},
		{name: "login_without_tls_to_remote_host_is_refused", edit: func(c *Config) { c.SMTP.StartTLS, c.SMTP.Auth = false, AuthLogin }, key: "smtp.auth", contains: "in clear"},
		{name: "cram_md5_without_tls_is_allowed", edit: func(c *Config) { c.SMTP.StartTLS, c.SMTP.Auth = false, AuthCRAMMD5 }},
		{name: "plain_without_tls_to_localhost_is_allowed", edit: func(c *Config) { c.SMTP.StartTLS, c.SMTP.Host = false, "localhost" }},
		{name: "plain_without_tls_to_127_0_0_2_is_allowed", edit: func(c *Config) { c.SMTP.StartTLS, c.SMTP.Host = false, "127.0.0.2" }},
		{name: "plain_without_tls_to_ipv6_loopback_is_allowed", edit: func(c *Config) { c.SMTP.StartTLS, c.SMTP.Host = false, "[::1]" }},
		{name: "plain_over_smtps_is_allowed", edit: func(c *Config) { c.SMTP.Protocol, c.SMTP.Port, c.SMTP.StartTLS = ProtocolSMTPS, 465, false }},
		{name: "allow_insecure_auth_turns_the_error_into_a_warning", edit: func(c *Config) { c.SMTP.StartTLS, c.SMTP.AllowInsecureAuth = false, true }, key: "smtp.allow_insecure_auth", severity: SeverityWarning, contains: "in clear"},

		{name: "timeout_1s_is_valid", edit: func(c *Config) { c.SMTP.Timeout = Duration{time.Second} }},
		{name: "timeout_5m_is_valid", edit: func(c *Config) { c.SMTP.Timeout = Duration{5 * time.Minute} }},
		{name: "timeout_below_1s_is_refused", edit: func(c *Config) { c.SMTP.Timeout = Duration{500 * time.Millisecond} }, key: "smtp.timeout", contains: "between 1s and 5m"},
		{name: "timeout_above_5m_is_refused", edit: func(c *Config) { c.SMTP.Timeout = Duration{6 * time.Minute} }, key: "smtp.timeout", contains: "between 1s and 5m"},
		{name: "negative_timeout_is_refused", edit: func(c *Config) { c.SMTP.Timeout = Duration{-time.Second} }, key: "smtp.timeout", contains: "between"},

		{name: "ca_file_with_a_certificate_is_valid", edit: func(c *Config) { c.SMTP.TLSCAFile = ca }},
		{name: "ca_file_missing_is_refused", edit: func(c *Config) { c.SMTP.TLSCAFile = filepath.Join(t.TempDir(), "none.pem") }, key: "smtp.tls_ca_file", contains: "cannot be read"},
		{name: "ca_file_without_pem_is_refused", edit: func(c *Config) { c.SMTP.TLSCAFile = notPEM }, key: "smtp.tls_ca_file", contains: "no PEM certificate"},
		{name: "skip_verify_warns_what_it_exposes", edit: func(c *Config) { c.SMTP.TLSSkipVerify = true }, key: "smtp.tls_skip_verify", severity: SeverityWarning, contains: "read the mail and password"},
		{name: "skip_verify_makes_ca_file_pointless", edit: func(c *Config) { c.SMTP.TLSSkipVerify, c.SMTP.TLSCAFile = true, ca }, key: "smtp.tls_ca_file", severity: SeverityWarning, contains: "not used while tls_skip_verify"},

		{name: "use_default_ignores_an_incomplete_custom_server", edit: func(c *Config) {
			c.SMTP.UseDefault, c.SMTP.Host, c.SMTP.Port, c.SMTP.Username, c.SMTP.Password = true, "", 465, "", ""
		}},
		{name: "use_default_checks_default_server_host", edit: func(c *Config) { c.SMTP.UseDefault, c.DefaultServer.Host = true, "bad host" }, key: "default_server.host", contains: "spaces"},
		{name: "use_default_checks_default_server_port_with_its_protocol", edit: func(c *Config) {
			c.SMTP.UseDefault, c.DefaultServer.Protocol = true, ProtocolSMTPS
			c.DefaultServer.Port = 587
		}, key: "default_server.port", contains: "use port 465"},
		{name: "use_default_still_needs_a_sender", edit: func(c *Config) { c.SMTP.UseDefault, c.SMTP.Sender = true, "" }, key: "smtp.sender", contains: "is not set"},
		{name: "use_default_takes_the_sender_of_default_server", edit: func(c *Config) {
			c.SMTP.UseDefault, c.SMTP.Sender, c.DefaultServer.Sender = true, "", "platform@firma.de"
		}},
		{name: "use_default_names_the_inherited_timeout_key", edit: func(c *Config) {
			c.SMTP.UseDefault, c.SMTP.Timeout = true, Duration{time.Hour}
		}, key: "smtp.timeout", contains: "between"},
		{name: "use_default_checks_default_server_auth", edit: func(c *Config) {
			c.SMTP.UseDefault, c.DefaultServer.Host, c.DefaultServer.Auth = true, "relay.firma.de", AuthPlain
			c.DefaultServer.Username, c.DefaultServer.Password = "u", "p"
		}, key: "default_server.auth", contains: "in clear"},
		{name: "use_default_checks_default_server_sender", edit: func(c *Config) { c.SMTP.UseDefault, c.DefaultServer.Sender = true, "x" }, key: "default_server.sender", contains: "not an e-mail address"},
		{name: "custom_server_ignores_default_server", edit: func(c *Config) { c.DefaultServer.Host = "bad host" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validCustom()
			tt.edit(&c)
			ps := Validate(c)
			if tt.key == "" {
				if len(ps) != 0 {
					t.Fatalf("want no problems, got:\n%s", ps)
				}
				return
			}
			found := false
			for _, p := range ps {
				if p.Key == tt.key && p.Severity == tt.severity && strings.Contains(p.Message, tt.contains) {
					found = true
				}
				if p.Severity == SeverityError && p.Key != tt.key {
					t.Errorf("unexpected error beside the one tested: %v", p)
				}
			}
			if !found {
				t.Fatalf("want %s on %s containing %q, got:\n%s", tt.severity, tt.key, tt.contains, ps)
			}
		})
	}
}

func TestValidateDefaultConfig(t *testing.T) {
	t.Run("new_file_needs_only_a_sender", func(t *testing.T) {
		ps := Validate(Default())
		if len(ps) != 1 || ps[0].Key != "smtp.sender" || ps[0].Severity != SeverityError {
			t.Fatalf("want only smtp.sender not set, got:\n%s", ps)
		}
	})
	t.Run("new_file_with_sender_is_valid", func(t *testing.T) {
		c := Default()
		c.SMTP.Sender = "noreply@firma.de"
		if ps := Validate(c); len(ps) != 0 {
			t.Fatalf("want no problems, got:\n%s", ps)
		}
	})
}
