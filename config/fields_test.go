package config

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSet(t *testing.T) {
	tests := []struct {
		name, key, value string
		check            func(c Config) bool
		wantErr          string // part of the error; "" means success
	}{
		{name: "bare_key_means_smtp", key: "host", value: "mail.firma.de", check: func(c Config) bool { return c.SMTP.Host == "mail.firma.de" }},
		{name: "dotted_smtp_key", key: "smtp.sender", value: "a@b.de", check: func(c Config) bool { return c.SMTP.Sender == "a@b.de" }},
		{name: "default_server_key", key: "default_server.host", value: "relay", check: func(c Config) bool { return c.DefaultServer.Host == "relay" && c.SMTP.Host == "" }},
		{name: "string_keeps_spaces", key: "password", value: " pass word ", check: func(c Config) bool { return c.SMTP.Password == " pass word " }},
		{name: "bool_true", key: "use_default", value: "true", check: func(c Config) bool { return c.SMTP.UseDefault }},
		{name: "bool_no", key: "starttls", value: "no", check: func(c Config) bool { return !c.SMTP.StartTLS }},
		{name: "bool_on", key: "default_server.tls_skip_verify", value: "ON", check: func(c Config) bool { return c.DefaultServer.TLSSkipVerify }},
		{name: "bool_bad", key: "starttls", value: "maybe", wantErr: `smtp.starttls must be true or false, not "maybe"`},
		{name: "int", key: "port", value: "2525", check: func(c Config) bool { return c.SMTP.Port == 2525 }},
		{name: "int_bad", key: "port", value: "587a", wantErr: `smtp.port must be a whole number such as 587, not "587a"`},
		{name: "int_too_large_for_int", key: "port", value: "99999999999999999999", wantErr: "whole number"},
		// Zero is how "unset" is held: taking it would drop the key while
		// saying it was saved.
		{name: "port_0_refused", key: "port", value: "0", wantErr: "smtp.port: 0 is not a port: give 1 to 65535, or unset port"},
		{name: "default_server_port_0_refused", key: "default_server.port", value: " 0", wantErr: "unset default_server.port"},
		{name: "timeout_0_refused", key: "timeout", value: "0s", wantErr: "smtp.timeout: 0 is not a timeout: give 1s to 5m, or unset timeout for the default (15s)"},
		{name: "duration", key: "timeout", value: "1m30s", check: func(c Config) bool { return c.SMTP.Timeout.Duration == 90*time.Second }},
		{name: "duration_bad", key: "timeout", value: "15", wantErr: `smtp.timeout: "15" is not a duration`},
		{name: "choice_is_lower_cased", key: "protocol", value: "SMTPS", check: func(c Config) bool { return c.SMTP.Protocol == ProtocolSMTPS }},
		{name: "auth_choice", key: "auth", value: "cram-md5", check: func(c Config) bool { return c.SMTP.Auth == AuthCRAMMD5 }},
		{name: "test_recipient", key: "test_recipient", value: "admin@firma.de", check: func(c Config) bool { return c.SMTP.TestRecipient == "admin@firma.de" }},
		{name: "empty_value_unsets_int", key: "port", value: "", check: func(c Config) bool { return c.SMTP.Port == 0 }},
		{name: "empty_value_unsets_duration", key: "timeout", value: "", check: func(c Config) bool { return c.SMTP.Timeout.Duration == 0 }},
		{name: "empty_value_unsets_bool", key: "starttls", value: "", check: func(c Config) bool { return !c.SMTP.StartTLS }},
		{name: "unknown_key_suggests", key: "prot", value: "1", wantErr: `unknown key "prot" — did you mean "port"?`},
		{name: "unknown_dotted_key_suggests_dotted", key: "default_server.hots", value: "x", wantErr: `did you mean "default_server.host"?`},
		{name: "unknown_table", key: "app.name", value: "x", wantErr: `unknown key "app.name"`},
		{name: "test_recipient_only_in_smtp", key: "default_server.test_recipient", value: "x", wantErr: "unknown key"},
		{name: "use_default_only_in_smtp", key: "default_server.use_default", value: "true", wantErr: "unknown key"},
		{name: "unknown_without_suggestion", key: "colour", value: "x", wantErr: "set --help"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			before := c
			err := c.Set(tt.key, tt.value)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Set(%q, %q) = %v, want error containing %q", tt.key, tt.value, err, tt.wantErr)
				}
				if c != before {
					t.Fatalf("a failed Set changed the config")
				}
				return
			}
			if err != nil {
				t.Fatalf("Set(%q, %q): %v", tt.key, tt.value, err)
			}
			if !tt.check(c) {
				t.Fatalf("Set(%q, %q) did not set it: %+v", tt.key, tt.value, c)
			}
		})
	}
}

func TestSetEveryKey(t *testing.T) {
	samples := map[Kind]string{KindString: "x@y.de", KindBool: "true", KindInt: "2525", KindDuration: "42s", KindChoice: "smtps"}
	for _, k := range Keys() {
		t.Run(k.Name, func(t *testing.T) {
			var c Config
			if err := c.Set(k.Name, samples[k.Kind]); err != nil {
				t.Fatalf("Set: %v", err)
			}
			if got := ChangedKeys(Config{}, c); !slices.Equal(got, []string{k.Name}) {
				t.Fatalf("Set(%s) changed %v", k.Name, got)
			}
		})
	}
}

func TestKeys(t *testing.T) {
	keys := Keys()
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k.Name] {
			t.Errorf("%s listed twice", k.Name)
		}
		seen[k.Name] = true
		if k.Label == "" || k.Help == "" {
			t.Errorf("%s has no label or help", k.Name)
		}
		if k.Kind == KindChoice && len(k.Choices) == 0 {
			t.Errorf("%s is a choice without choices", k.Name)
		}
		// The help is the admin's list of what to write: a choice it
		// leaves out (an auth mechanism added later) is one nobody finds.
		for _, c := range k.Choices {
			if !strings.Contains(strings.ToLower(k.Help), c) {
				t.Errorf("%s's help does not name its choice %q: %s", k.Name, c, k.Help)
			}
		}
		var c Config
		if _, ok := c.field(k.Name); !ok {
			t.Errorf("%s has no field", k.Name)
		}
	}
	if len(keys) != 2*29+2 {
		t.Errorf("got %d keys, want 60", len(keys))
	}
	t.Run("only_passwords_and_client_secrets_are_secret", func(t *testing.T) {
		for _, k := range keys {
			want := strings.HasSuffix(k.Name, ".password") || strings.HasSuffix(k.Name, ".oauth2_client_secret")
			if IsSecret(k.Name) != want {
				t.Errorf("IsSecret(%s) = %v", k.Name, !want)
			}
		}
		if !IsSecret("password") || IsSecret("nonsense") {
			t.Errorf("IsSecret of a bare or unknown key is wrong")
		}
	})
}

func TestChangedKeys(t *testing.T) {
	a := validCustom()
	b := a
	b.SMTP.Port = 465
	b.SMTP.Password = "other"
	b.DefaultServer.Host = "relay"
	b.DefaultServer.Timeout = Duration{time.Second}
	want := []string{"smtp.port", "smtp.password", "default_server.host", "default_server.timeout"}
	if got := ChangedKeys(a, b); !slices.Equal(got, want) {
		t.Fatalf("ChangedKeys = %v, want %v", got, want)
	}
	if got := ChangedKeys(a, a); len(got) != 0 {
		t.Fatalf("ChangedKeys of equal configs = %v", got)
	}
}

func TestRedacted(t *testing.T) {
	c := validCustom()
	c.DefaultServer.Password = "platform-secret"
	r := c.Redacted()
	if r.SMTP.Password != Redaction || r.DefaultServer.Password != Redaction {
		t.Fatalf("passwords not redacted: %+v", r)
	}
	if c.SMTP.Password != "secret" {
		t.Fatalf("Redacted changed the original")
	}
	if r.SMTP.Username != c.SMTP.Username || r.SMTP.Host != c.SMTP.Host {
		t.Fatalf("Redacted changed more than secrets")
	}
	if Default().Redacted().SMTP.Password != "" {
		t.Fatalf("an unset password must stay empty when redacted")
	}
}
