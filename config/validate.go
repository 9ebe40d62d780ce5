package config

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

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
			l.errorf(k.Name, "is not valid UTF-8: retype it")
		case strings.ContainsAny(v, "\r\n\x00"):
			l.errorf(k.Name, "contains a line break or NUL character, which could inject mail headers or SMTP commands: remove it")
		case !termsafe.Safe(v):
			// An escape sequence in sender_name would reach every terminal
			// that shows the settings or a received message's headers.
			l.errorf(k.Name, "contains a control character (%s): remove it; only tab is allowed", controlsIn(v))
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
	if msg := addressProblem(value, strings.HasSuffix(key, ".sender")); msg != "" {
		l.errorf(key, "%s", msg)
	}
}

// checkServer checks the server mail goes through, with defaults filled in.
// keyOf names the key a setting was read from.
func checkServer(l *problemList, bad map[string]bool, s Server, keyOf func(string) string) {
	if s.Sender == "" {
		l.errorf(keyOf("sender"), "is not set: set the address mail is sent from, e.g. noreply@example.com")
	}
	checkHostKey(l, bad, keyOf("host"), s.Host)
	checkPort(l, s, keyOf)
	checkAuth(l, bad, s, keyOf)
	if s.Timeout.Duration < MinTimeout || s.Timeout.Duration > MaxTimeout {
		l.errorf(keyOf("timeout"), "is %s: it must be between %s and %s, e.g. \"15s\"", s.Timeout.Duration, MinTimeout, "5m")
	}
	checkTLS(l, bad, s, keyOf)
}

func checkHostKey(l *problemList, bad map[string]bool, key, host string) {
	if bad[key] {
		return
	}
	if host == "" {
		l.errorf(key, "is not set: set the mail server's name or IP address, e.g. mail.example.com")
		return
	}
	if msg := hostProblem(host); msg != "" {
		l.errorf(key, "%s", msg)
	}
}

// checkPort checks the protocol, the port, and that the two agree on the
// well-known ports. Unusual ports (2525, 10025...) are the admin's business.
func checkPort(l *problemList, s Server, keyOf func(string) string) {
	switch s.Protocol {
	case ProtocolSMTP, ProtocolSMTPS:
	default:
		l.errorf(keyOf("protocol"), "%q is not a protocol: use \"smtp\" (ports 25/587, with starttls) or \"smtps\" (TLS from the start, port 465)", s.Protocol)
		return
	}
	if s.Port < 1 || s.Port > 65535 {
		l.errorf(keyOf("port"), "%d is not a port: it must be between 1 and 65535 (587 for smtp, 465 for smtps)", s.Port)
		return
	}
	switch {
	case s.Protocol == ProtocolSMTP && s.Port == PortSMTPS:
		l.errorf(keyOf("port"), "port 465 expects implicit TLS: use protocol smtps, or port 587 with protocol smtp and starttls = true")
	case s.Protocol == ProtocolSMTPS && (s.Port == PortSMTP || s.Port == PortSubmission || s.Port == 2525):
		l.errorf(keyOf("port"), "port %d speaks plain SMTP, not TLS from the start: use port 465, or protocol smtp with starttls = true", s.Port)
	}
	// A warning, not an error: the connection is encrypted anyway, so the
	// setting is only meaningless; refusing would block a working setup.
	if s.Protocol == ProtocolSMTPS && s.StartTLS {
		l.warnf(keyOf("starttls"), "has no effect with protocol smtps, which is encrypted from the first byte: set starttls = false")
	}
}

// checkAuth checks the login: a known mechanism, a username and exactly one
// password source, and no password in clear over the network.
func checkAuth(l *problemList, bad map[string]bool, s Server, keyOf func(string) string) {
	if !slices.Contains(allAuths(), s.Auth) {
		l.errorf(keyOf("auth"), "%q is not an auth method: use one of %s%s", s.Auth, strings.Join(authNames(), ", "),
			didYouMean(string(s.Auth), authNames()))
		return
	}
	sources := passwordSources(s)
	if s.Auth == AuthNone {
		if s.Username != "" || len(sources) > 0 {
			l.warnf(keyOf("auth"), "is \"none\", so username and password are not used: set auth = \"auto\" to log in")
		}
		return
	}
	if s.UsesOAuth2() {
		if s.Username == "" {
			l.errorf(keyOf("username"), "is not set, but auth = %q needs the mailbox the token is for: set username to the mailbox's address", s.Auth)
		}
		checkOAuth2(l, bad, s, keyOf)
		checkInClear(l, s, keyOf, "token")
		return
	}
	if s.OAuth2 != (OAuth2{}) {
		l.warnf(keyOf("oauth2_provider"), "the oauth2_* settings are not used with auth = %q: set auth = \"xoauth2\" (or \"auto\" with oauth2_provider) to log in with OAuth 2.0, or remove them", s.Auth)
	}
	if s.Username == "" {
		l.errorf(keyOf("username"), "is not set, but auth = %q needs one: set username, or auth = \"none\" if the server takes mail without login", s.Auth)
	}
	switch len(sources) {
	case 0:
		l.errorf(keyOf("password"), "is not set, but auth = %q needs one: set password, password_env or password_command", s.Auth)
	case 1:
	default:
		for _, extra := range sources[1:] {
			l.errorf(keyOf(extra), "is set as well as %s: keep only one password source", sources[0])
		}
	}
	if s.PasswordEnv != "" && !bad[keyOf("password_env")] && !isEnvName(s.PasswordEnv) {
		l.errorf(keyOf("password_env"), "%q is not an environment variable name: use letters, digits and _, e.g. SMTP_PASSWORD", s.PasswordEnv)
	}
	if s.PasswordCommand != "" && strings.TrimSpace(s.PasswordCommand) == "" {
		l.errorf(keyOf("password_command"), "is blank: set the command that prints the password, or remove the key")
	}
	if s.Auth == AuthAuto || s.Auth == AuthPlain || s.Auth == AuthLogin {
		checkInClear(l, s, keyOf, "password")
	}
}

// checkInClear refuses a secret (a password, or a token that is as good as
// one until it expires) that would cross the network unencrypted.
func checkInClear(l *problemList, s Server, keyOf func(string) string, secret string) {
	if usesTLS(s) || isLoopback(s.Host) {
		return
	}
	if s.AllowInsecureAuth {
		l.warnf(keyOf("allow_insecure_auth"), "is on: the %s crosses the network to %s in clear, readable by anyone on the path", secret, s.Host)
		return
	}
	fix := "set starttls = true, use smtps, or set allow_insecure_auth = true"
	if secret == "password" {
		fix += " (or auth = \"cram-md5\", which never sends the password, if the server offers it)"
	}
	l.errorf(keyOf("auth"), "the %s would cross the network in clear: %s", secret, fix)
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
		l.warnf(keyOf("tls_skip_verify"), "is on: any certificate is accepted, so anyone on the network path can pose as %s and read the mail and password: trust its CA with tls_ca_file instead", s.Host)
	}
	key := keyOf("tls_ca_file")
	if s.TLSCAFile == "" || bad[key] {
		return
	}
	if s.TLSSkipVerify {
		l.warnf(key, "is not used while tls_skip_verify = true: set tls_skip_verify = false so that the CA file is checked")
	}
	if msg := caFileProblem(s.TLSCAFile); msg != "" {
		l.errorf(key, "%s", msg)
	} else if !strings.HasPrefix(s.TLSCAFile, "/") {
		l.warnf(key, "%q is relative, so it depends on the directory smtpconf runs in: use an absolute path", s.TLSCAFile)
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
