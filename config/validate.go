package config

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// Validate checks the settings as a whole; it is the one set of rules for
// the CLI, the TUI (as the admin types) and the mailer. Problems name the
// dotted key, what is wrong and what to do. It reads tls_ca_file from disk
// when set, and nothing else.
//
// With use_default set, the custom [smtp] server is ignored and not
// checked; [default_server] is checked with its defaults filled in, and
// the sender (which it may take from [smtp]) must be set.
func Validate(c Config) Problems {
	var l problemList
	bad := checkText(&l, c)
	checkAddressKey(&l, bad, "smtp.sender", c.SMTP.Sender)
	checkAddressKey(&l, bad, "smtp.test_recipient", c.SMTP.TestRecipient)
	if c.SMTP.UseDefault {
		checkAddressKey(&l, bad, "default_server.sender", c.DefaultServer.Sender)
		keyOf := func(name string) string {
			raw, _ := c.DefaultServer.field(name)
			if inherited(name) && raw.isZero() {
				return tableSMTP + "." + name
			}
			return tableDefaultServer + "." + name
		}
		checkServer(&l, bad, c.Effective(), keyOf)
	} else {
		checkServer(&l, bad, c.SMTP.Server.WithDefaults(), func(name string) string { return tableSMTP + "." + name })
	}
	return l.Problems
}

// inherited lists the settings [default_server] takes from [smtp] when it
// leaves them out.
func inherited(name string) bool {
	return name == "sender" || name == "sender_name" || name == "timeout"
}

// Inherits tells whether [default_server] takes a setting from [smtp] when
// it leaves it out (sender, sender_name and timeout), as Effective does; so
// that a UI can say where such a value comes from, and that setting it in
// [smtp] matters even while use_default is set. key is bare or dotted, in
// either table.
func Inherits(key string) bool {
	_, name, _ := strings.Cut(QualifiedKey(key), ".")
	return inherited(name)
}

// checkText refuses line breaks and NUL bytes in every string setting:
// sender and names end up in mail headers and SMTP commands, where a line
// break would let a value inject its own; and any other control character
// (escape sequences, C1), which would act on the terminals that show it. It returns the keys it refused,
// so that later checks do not pile on a second message.
func checkText(l *problemList, c Config) map[string]bool {
	bad := map[string]bool{}
	for _, k := range knownKeys().list {
		f, _ := c.field(k.Name)
		if f.str == nil || *f.str == "" {
			continue
		}
		v := *f.str
		switch {
		case !utf8.ValidString(v):
			l.fail(k.Name, i18n.Errorf("config_text_not_utf8", nil))
		case strings.ContainsAny(v, "\r\n\x00"):
			l.fail(k.Name, i18n.Errorf("config_text_line_break", nil))
		case !termsafe.Safe(v):
			// An escape sequence in sender_name would reach every terminal
			// that shows the settings or a received message's headers.
			l.fail(k.Name, i18n.Errorf("config_text_control", i18n.D{"Chars": controlsIn(v)}))
		default:
			continue
		}
		bad[k.Name] = true
	}
	return bad
}

// controlsIn lists the control characters in v as termsafe shows them
// ("\x1b, \u009b"), without the rest of the value, which may be a secret.
func controlsIn(v string) string {
	var found []string
	for _, r := range v {
		if e := termsafe.String(string(r)); e != string(r) && !slices.Contains(found, e) {
			found = append(found, e)
		}
	}
	return strings.Join(found, ", ")
}

func checkAddressKey(l *problemList, bad map[string]bool, key, value string) {
	if value == "" || bad[key] {
		return
	}
	if m := addressProblem(value, strings.HasSuffix(key, ".sender")); m != nil {
		l.fail(key, m)
	}
}

// checkServer checks the server mail goes through, with defaults filled in.
// keyOf names the key a setting was read from.
func checkServer(l *problemList, bad map[string]bool, s Server, keyOf func(string) string) {
	if s.Sender == "" {
		l.fail(keyOf("sender"), i18n.Errorf("config_sender_missing", nil))
	}
	checkHostKey(l, bad, keyOf("host"), s.Host)
	checkPort(l, s, keyOf)
	checkAuth(l, bad, s, keyOf)
	if w := SenderDomainProblem(s); w != nil && !bad[keyOf("sender")] {
		l.warn(keyOf("sender"), w)
	}
	if s.Timeout.Duration < MinTimeout || s.Timeout.Duration > MaxTimeout {
		l.fail(keyOf("timeout"), i18n.Errorf("config_timeout_range", i18n.D{"Timeout": s.Timeout.Duration.String(), "Min": MinTimeout.String(), "Max": "5m"}))
	}
	checkTLS(l, bad, s, keyOf)
	if key := keyOf("helo_name"); s.HELOName != "" && !bad[key] {
		if m := heloNameProblem(s.HELOName); m != nil {
			l.fail(key, m)
		}
	}
}

func checkHostKey(l *problemList, bad map[string]bool, key, host string) {
	if bad[key] {
		return
	}
	if host == "" {
		l.fail(key, i18n.Errorf("config_host_missing", nil))
		return
	}
	if m := hostProblem(host); m != nil {
		l.fail(key, m)
		return
	}
	if a, err := ASCIIName(host); err == nil && a != host {
		l.warn(key, i18n.Errorf("config_host_idna", i18n.D{"Host": i18n.Quoted(host), "ASCII": a}))
	}
}

// SenderDomainWarning is SenderDomainProblem's English text, "" when
// nothing is to say.
func SenderDomainWarning(s Server) string {
	if w := SenderDomainProblem(s); w != nil {
		return w.Error()
	}
	return ""
}

// SenderDomainProblem says, when the login is an address and the sender's
// domain is not the login's, that the server may refuse the sender: many
// let a login send only from its own addresses (Microsoft 365's Send As,
// SwyxON, Postfix with reject_sender_login_mismatch). Some allow any
// sender, so it is a warning, never an error; nil when nothing is to say.
// i18n.Text renders it in a language.
func SenderDomainProblem(s Server) *i18n.Error {
	if s.Auth == AuthNone || !strings.Contains(s.Username, "@") || !strings.Contains(s.Sender, "@") {
		return nil
	}
	sd, ud := domainOf(s.Sender), domainOf(s.Username)
	if sd == "" || ud == "" || sd == ud {
		return nil
	}
	if addressProblem(s.Sender, true) != nil || addressProblem(s.Username, false) != nil {
		return nil // the address's own error says enough
	}
	return i18n.Errorf("config_sender_domain", i18n.D{"SenderDomain": sd, "LoginDomain": ud})
}

// checkPort checks the protocol, the port, and that the two agree on the
// well-known ports. Unusual ports (2525, 10025...) are the admin's business.
func checkPort(l *problemList, s Server, keyOf func(string) string) {
	switch s.Protocol {
	case ProtocolSMTP, ProtocolSMTPS:
	default:
		l.fail(keyOf("protocol"), i18n.Errorf("config_protocol_invalid", i18n.D{"Value": i18n.Quoted(string(s.Protocol))}))
		return
	}
	if s.Port < 1 || s.Port > 65535 {
		l.fail(keyOf("port"), i18n.Errorf("config_port_range", i18n.D{"Port": s.Port}))
		return
	}
	switch {
	case s.Protocol == ProtocolSMTP && s.Port == PortSMTPS:
		l.fail(keyOf("port"), i18n.Errorf("config_port_465_smtp", nil))
	case s.Protocol == ProtocolSMTPS && (s.Port == PortSMTP || s.Port == PortSubmission || s.Port == 2525):
		l.fail(keyOf("port"), i18n.Errorf("config_port_plain_smtps", i18n.D{"Port": s.Port}))
	}
	// A warning, not an error: the connection is encrypted anyway, so the
	// setting is only meaningless; refusing would block a working setup.
	if s.Protocol == ProtocolSMTPS && s.StartTLS {
		l.warn(keyOf("starttls"), i18n.Errorf("config_starttls_smtps", nil))
	}
}

// checkAuth checks the login: a known mechanism, a username and exactly one
// password source, and no password in clear over the network.
func checkAuth(l *problemList, bad map[string]bool, s Server, keyOf func(string) string) {
	if !slices.Contains(allAuths(), s.Auth) {
		l.fail(keyOf("auth"), i18n.Errorf("config_auth_invalid", i18n.D{"Value": i18n.Quoted(string(s.Auth)),
			"Choices": strings.Join(authNames(), ", "), "Suggest": didYouMean(string(s.Auth), authNames())}))
		return
	}
	sources := passwordSources(s)
	if s.Auth == AuthNone {
		if s.Username != "" || len(sources) > 0 {
			l.warn(keyOf("auth"), i18n.Errorf("config_auth_none_unused", nil))
		}
		return
	}
	if s.UsesOAuth2() {
		if s.Username == "" {
			l.fail(keyOf("username"), i18n.Errorf("config_oauth_username_missing", i18n.D{"Auth": i18n.Quoted(string(s.Auth))}))
		}
		checkOAuth2(l, bad, s, keyOf)
		checkInClear(l, s, keyOf, false)
		return
	}
	if IsMicrosoft365Host(s.Host) {
		l.warn(keyOf("auth"), i18n.Errorf("config_m365_password", i18n.D{"Auth": i18n.Quoted(string(s.Auth))}))
	}
	if s.OAuth2 != (OAuth2{}) {
		l.warn(keyOf("oauth2_provider"), i18n.Errorf("config_oauth_unused", i18n.D{"Auth": i18n.Quoted(string(s.Auth))}))
	}
	if s.Username == "" {
		l.fail(keyOf("username"), i18n.Errorf("config_username_missing", i18n.D{"Auth": i18n.Quoted(string(s.Auth))}))
	}
	switch len(sources) {
	case 0:
		l.fail(keyOf("password"), i18n.Errorf("config_password_missing", i18n.D{"Auth": i18n.Quoted(string(s.Auth))}))
	case 1:
	default:
		for _, extra := range sources[1:] {
			l.fail(keyOf(extra), i18n.Errorf("config_password_sources", i18n.D{"First": sources[0]}))
		}
	}
	if s.PasswordEnv != "" && !bad[keyOf("password_env")] && !isEnvName(s.PasswordEnv) {
		l.fail(keyOf("password_env"), i18n.Errorf("config_password_env_invalid", i18n.D{"Value": i18n.Quoted(s.PasswordEnv)}))
	}
	if s.PasswordCommand != "" && strings.TrimSpace(s.PasswordCommand) == "" {
		l.fail(keyOf("password_command"), i18n.Errorf("config_password_command_blank", nil))
	}
	if s.Auth == AuthAuto || s.Auth == AuthPlain || s.Auth == AuthLogin {
		checkInClear(l, s, keyOf, true)
	}
}

// checkInClear refuses a secret (a password, or a token that is as good as
// one until it expires) that would cross the network unencrypted.
func checkInClear(l *problemList, s Server, keyOf func(string) string, password bool) {
	if usesTLS(s) || isLoopback(s.Host) {
		return
	}
	switch {
	case s.AllowInsecureAuth && password:
		l.warn(keyOf("allow_insecure_auth"), i18n.Errorf("config_insecure_password", i18n.D{"Host": s.Host}))
	case s.AllowInsecureAuth:
		l.warn(keyOf("allow_insecure_auth"), i18n.Errorf("config_insecure_token", i18n.D{"Host": s.Host}))
	case password:
		l.fail(keyOf("auth"), i18n.Errorf("config_in_clear_password", nil))
	default:
		l.fail(keyOf("auth"), i18n.Errorf("config_in_clear_token", nil))
	}
}

// passwordSources names the password settings that are set, in file order.
func passwordSources(s Server) []string {
	var set []string
	for _, src := range []struct{ name, value string }{
		{"password", s.Password}, {"password_env", s.PasswordEnv}, {"password_command", s.PasswordCommand},
	} {
		if src.value != "" {
			set = append(set, src.name)
		}
	}
	return set
}

func usesTLS(s Server) bool { return s.Protocol == ProtocolSMTPS || s.StartTLS }

// checkTLS checks the certificate settings.
func checkTLS(l *problemList, bad map[string]bool, s Server, keyOf func(string) string) {
	if s.TLSSkipVerify {
		l.warn(keyOf("tls_skip_verify"), i18n.Errorf("config_skip_verify", i18n.D{"Host": s.Host}))
	}
	key := keyOf("tls_ca_file")
	if s.TLSCAFile == "" || bad[key] {
		return
	}
	if s.TLSSkipVerify {
		l.warn(key, i18n.Errorf("config_ca_file_unused", nil))
	}
	if m := caFileProblem(s.TLSCAFile); m != nil {
		l.fail(key, m)
	} else if !strings.HasPrefix(s.TLSCAFile, "/") {
		l.warn(key, i18n.Errorf("config_ca_file_relative", i18n.D{"Path": i18n.Quoted(s.TLSCAFile)}))
	}
}

// String renders the problem list one per line, for logs and tests.
func (ps Problems) String() string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "%s: %s\n", p.Severity, p.Error())
	}
	return b.String()
}
