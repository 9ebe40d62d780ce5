package config

import (
	"strconv"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// fieldRef points at one setting inside a Config; exactly one pointer is set.
type fieldRef struct {
	str *string
	b   *bool
	n   *int
	d   *Duration
}

// field finds the setting a dotted key names.
func (c *Config) field(key string) (fieldRef, bool) {
	table, name, ok := strings.Cut(key, ".")
	if !ok {
		return fieldRef{}, false
	}
	switch table {
	case tableSMTP:
		switch name {
		case "use_default":
			return fieldRef{b: &c.SMTP.UseDefault}, true
		case "test_recipient":
			return fieldRef{str: &c.SMTP.TestRecipient}, true
		}
		return c.SMTP.Server.field(name)
	case tableDefaultServer:
		return c.DefaultServer.field(name)
	}
	return fieldRef{}, false
}

func (s *Server) field(name string) (fieldRef, bool) {
	switch name {
	case "sender":
		return fieldRef{str: &s.Sender}, true
	case "sender_name":
		return fieldRef{str: &s.SenderName}, true
	case "protocol":
		return fieldRef{str: (*string)(&s.Protocol)}, true
	case "starttls":
		return fieldRef{b: &s.StartTLS}, true
	case "host":
		return fieldRef{str: &s.Host}, true
	case "port":
		return fieldRef{n: &s.Port}, true
	case "auth":
		return fieldRef{str: (*string)(&s.Auth)}, true
	case "username":
		return fieldRef{str: &s.Username}, true
	case "password":
		return fieldRef{str: &s.Password}, true
	case "password_env":
		return fieldRef{str: &s.PasswordEnv}, true
	case "password_command":
		return fieldRef{str: &s.PasswordCommand}, true
	case "allow_insecure_auth":
		return fieldRef{b: &s.AllowInsecureAuth}, true
	case "oauth2_provider":
		return fieldRef{str: &s.OAuth2Provider}, true
	case "oauth2_tenant":
		return fieldRef{str: &s.OAuth2Tenant}, true
	case "oauth2_flow":
		return fieldRef{str: &s.OAuth2Flow}, true
	case "oauth2_client_id":
		return fieldRef{str: &s.OAuth2ClientID}, true
	case "oauth2_client_secret":
		return fieldRef{str: &s.OAuth2ClientSecret}, true
	case "oauth2_client_secret_env":
		return fieldRef{str: &s.OAuth2ClientSecretEnv}, true
	case "oauth2_client_secret_command":
		return fieldRef{str: &s.OAuth2ClientSecretCommand}, true
	case "oauth2_refresh_token_env":
		return fieldRef{str: &s.OAuth2RefreshTokenEnv}, true
	case "oauth2_refresh_token_command":
		return fieldRef{str: &s.OAuth2RefreshTokenCommand}, true
	case "oauth2_token_url":
		return fieldRef{str: &s.OAuth2TokenURL}, true
	case "oauth2_device_url":
		return fieldRef{str: &s.OAuth2DeviceURL}, true
	case "oauth2_scope":
		return fieldRef{str: &s.OAuth2Scope}, true
	case "oauth2_service_account_file":
		return fieldRef{str: &s.OAuth2ServiceAccountFile}, true
	case "tls_ca_file":
		return fieldRef{str: &s.TLSCAFile}, true
	case "tls_skip_verify":
		return fieldRef{b: &s.TLSSkipVerify}, true
	case "helo_name":
		return fieldRef{str: &s.HELOName}, true
	case "timeout":
		return fieldRef{d: &s.Timeout}, true
	}
	return fieldRef{}, false
}

// isZero tells whether the setting is unset.
func (f fieldRef) isZero() bool {
	switch {
	case f.str != nil:
		return *f.str == ""
	case f.b != nil:
		return !*f.b
	case f.n != nil:
		return *f.n == 0
	case f.d != nil:
		return f.d.Duration == 0
	}
	return true
}

// same tells whether two references hold the same value.
func (f fieldRef) same(g fieldRef) bool {
	switch {
	case f.str != nil && g.str != nil:
		return *f.str == *g.str
	case f.b != nil && g.b != nil:
		return *f.b == *g.b
	case f.n != nil && g.n != nil:
		return *f.n == *g.n
	case f.d != nil && g.d != nil:
		return f.d.Duration == g.d.Duration
	}
	return false
}

// Set changes one setting from text, as `smtpconf set KEY=VALUE` does; a bare
// key means [smtp]. It checks the value's type, not the whole config: call
// Validate after the last Set. An empty value unsets the key. Booleans take
// true/false (also yes/no, on/off, 1/0); protocol and auth are lower-cased.
func (c *Config) Set(key, value string) error {
	name := QualifiedKey(key)
	k, known := lookupKey(name)
	f, ok := c.field(name)
	if !known || !ok {
		return unknownKeyError(key)
	}
	if value == "" {
		return f.clear()
	}
	switch k.Kind {
	case KindBool:
		b, ok := parseBool(value)
		if !ok {
			return i18n.Errorf("config_set_bool", i18n.D{"Key": name, "Value": i18n.Quoted(value)})
		}
		*f.b = b
	case KindInt:
		n, err := strconv.Atoi(strings.TrimSpace(value))
		if err != nil {
			return i18n.Errorf("config_set_int", i18n.D{"Key": name, "Value": i18n.Quoted(value)})
		}
		if n == 0 {
			// Zero is how an unset port is held; taking it would remove the
			// key while saying it was saved.
			return i18n.Errorf("config_set_port_zero", i18n.D{"Key": name, "Given": key})
		}
		*f.n = n
	case KindDuration:
		var d Duration
		if err := d.UnmarshalText([]byte(strings.TrimSpace(value))); err != nil {
			return i18n.Wrap("config_at_key", i18n.D{"Key": name}, err)
		}
		if d.Duration == 0 {
			return i18n.Errorf("config_set_timeout_zero", i18n.D{"Key": name, "Given": key, "Default": DefaultTimeout.String()})
		}
		*f.d = d
	case KindChoice:
		*f.str = strings.ToLower(strings.TrimSpace(value))
	case KindString:
		*f.str = value
	}
	return nil
}

func (f fieldRef) clear() error {
	switch {
	case f.str != nil:
		*f.str = ""
	case f.b != nil:
		*f.b = false
	case f.n != nil:
		*f.n = 0
	case f.d != nil:
		*f.d = Duration{}
	}
	return nil
}

func parseBool(s string) (value, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "on", "1":
		return true, true
	case "false", "no", "off", "0":
		return false, true
	}
	return false, false
}

// unknownKeyError says a key does not exist and which one was likely meant.
func unknownKeyError(key string) error {
	name := QualifiedKey(key)
	table, rest, _ := strings.Cut(name, ".")
	if table != tableSMTP && table != tableDefaultServer {
		return i18n.Errorf("config_unknown_key_table", i18n.D{"Key": i18n.Quoted(key)})
	}
	if s := closest(rest, tableKeys(table)); s != "" {
		if name == key {
			s = table + "." + s
		}
		return i18n.Errorf("config_unknown_key_suggest", i18n.D{"Key": i18n.Quoted(key), "Suggestion": i18n.Quoted(s)})
	}
	return i18n.Errorf("config_unknown_key_help", i18n.D{"Key": i18n.Quoted(key)})
}

// ChangedKeys lists the dotted keys whose values differ between a and b,
// in file order. It names keys, never values, so it is safe for an audit log.
func ChangedKeys(a, b Config) []string {
	var changed []string
	for _, k := range knownKeys().list {
		fa, _ := a.field(k.Name)
		fb, _ := b.field(k.Name)
		if !fa.same(fb) {
			changed = append(changed, k.Name)
		}
	}
	return changed
}

// Redaction replaces a secret value wherever one is shown.
const Redaction = "********"

// Redacted returns a copy with every secret value that is set replaced by
// Redaction; unset secrets stay empty so that "no password" still shows.
func (c Config) Redacted() Config {
	for _, k := range knownKeys().list {
		if !k.Secret {
			continue
		}
		if f, ok := c.field(k.Name); ok && f.str != nil && *f.str != "" {
			*f.str = Redaction
		}
	}
	return c
}
