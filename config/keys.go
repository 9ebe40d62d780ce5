package config

import (
	"slices"
	"strings"
	"sync"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Kind is the type of value a key holds, as `set` parses it and a form edits it.
type Kind int

const (
	// KindString is free text: an address, a name, a path, a command.
	KindString Kind = iota
	// KindBool is true or false.
	KindBool
	// KindInt is a whole number: the port.
	KindInt
	// KindDuration is Go duration text such as "15s".
	KindDuration
	// KindChoice is a string with a fixed list of accepted values (Key.Choices).
	KindChoice
)

// Key describes one setting of the file: its dotted name, a short label and
// a one-line help for the admin, its kind, and whether it is a secret.
type Key struct {
	Name    string // dotted, as in the file: "smtp.port", "default_server.host"
	Label   string // a title for a form field: "Port"
	Help    string // one line in plain English
	Kind    Kind
	Choices []string // the accepted values of a KindChoice key
	Secret  bool     // never shown, logged or echoed
}

// LabelIn is the key's label in language l.
// TODO(i18n): English until the labels move into the catalog.
func (k Key) LabelIn(l i18n.Lang) string { return k.Label }

// HelpIn is the key's one-line help in language l.
// TODO(i18n): English until the help moves into the catalog.
func (k Key) HelpIn(l i18n.Lang) string { return k.Help }

// Table names.
const (
	tableSMTP          = "smtp"
	tableDefaultServer = "default_server"
)

// serverKey is a key of the Server type, without its table.
type serverKey struct {
	name, label, help string
	kind              Kind
	choices           []string
	secret            bool
}

// serverKeys lists Server's keys in the order the file and forms show them.
func serverKeys() []serverKey {
	return []serverKey{
		{name: "sender", label: "Sender address", help: "the address mail comes from, e.g. noreply@example.com (the name goes in sender_name)"},
		{name: "sender_name", label: "Sender name", help: "the name shown beside the sender address, e.g. Example Platform"},
		{name: "protocol", label: "Protocol", kind: KindChoice, choices: []string{string(ProtocolSMTP), string(ProtocolSMTPS)},
			help: "smtp (ports 25/587, upgraded with STARTTLS) or smtps (TLS from the start, port 465)"},
		{name: "starttls", label: "Require STARTTLS", kind: KindBool, help: "smtp only: refuse to send anything before the connection is encrypted with STARTTLS"},
		{name: "host", label: "Server", help: "the mail server's name or IP address, e.g. mail.example.com"},
		{name: "port", label: "Port", kind: KindInt, help: "the server's port: 587 for smtp with STARTTLS, 465 for smtps, 25 for server-to-server"},
		{name: "auth", label: "Authentication", kind: KindChoice, choices: authNames(),
			help: "how to log in: none, auto (the best the server offers), plain, login, cram-md5, or xoauth2 or oauthbearer (OAuth 2.0)"},
		{name: "username", label: "Username", help: "the login name on the mail server, often the sender address"},
		{name: "password", label: "Password", secret: true, help: "the login password, stored in this file (or use password_env or password_command)"},
		{name: "password_env", label: "Password variable", help: "the name of an environment variable that holds the password, e.g. SMTP_PASSWORD"},
		{name: "password_command", label: "Password command", help: "a command that prints the password, e.g. pass show smtp"},
		{name: "oauth2_provider", label: "OAuth provider", kind: KindChoice, choices: OAuth2Providers(),
			help: "who issues the OAuth 2.0 token: microsoft (Microsoft 365), google (Google Workspace) or custom"},
		{name: "oauth2_tenant", label: "OAuth tenant", help: "microsoft: the tenant's name or id, e.g. example.onmicrosoft.com"},
		{name: "oauth2_flow", label: "OAuth flow", kind: KindChoice, choices: OAuth2Flows(),
			help: "how the token is obtained: client_credentials (the app itself), device_code (smtpconf login once), refresh_token or service_account (Google)"},
		{name: "oauth2_client_id", label: "OAuth client id", help: "the application (client) id of the app registered with the provider"},
		{name: "oauth2_client_secret", label: "OAuth client secret", secret: true,
			help: "the app's client secret, stored in this file (or use oauth2_client_secret_env or oauth2_client_secret_command)"},
		{name: "oauth2_client_secret_env", label: "OAuth client secret variable", help: "the name of an environment variable that holds the client secret, e.g. SMTP_OAUTH_SECRET"},
		{name: "oauth2_client_secret_command", label: "OAuth client secret command", help: "a command that prints the client secret, e.g. pass show smtp-oauth"},
		{name: "oauth2_refresh_token_env", label: "OAuth refresh token variable", help: "refresh_token flow: the name of an environment variable that holds the refresh token"},
		{name: "oauth2_refresh_token_command", label: "OAuth refresh token command", help: "refresh_token flow: a command that prints the refresh token"},
		{name: "oauth2_token_url", label: "OAuth token URL", help: "custom: the token endpoint (https; http only on this machine); microsoft and google know theirs"},
		{name: "oauth2_device_url", label: "OAuth device URL", help: "custom, device_code: the device authorization endpoint (https)"},
		{name: "oauth2_scope", label: "OAuth scope", help: "the scopes to ask for, space-separated; empty means the provider's default for sending mail"},
		{name: "oauth2_service_account_file", label: "Service account key file", help: "google service_account: the JSON key file; the username is the mailbox it acts as"},
		{name: "allow_insecure_auth", label: "Allow password without TLS", kind: KindBool,
			help: "send the password over an unencrypted connection to a remote server (not recommended)"},
		{name: "tls_ca_file", label: "CA certificate file", help: "a PEM file of extra CA certificates to trust, for an internal CA or a self-signed server"},
		{name: "tls_skip_verify", label: "Skip certificate check", kind: KindBool,
			help: "accept any server certificate: only for testing, anyone on the path could read the mail and password"},
		{name: "helo_name", label: "HELO name", help: "the name this machine gives in EHLO: a fully qualified name such as app.example.com or an address literal such as [192.0.2.10] (default: the host's full name, else its address)"},
		{name: "timeout", label: "Timeout", kind: KindDuration, help: "how long each network step may take, e.g. 15s (1s to 5m)"},
	}
}

func authNames() []string {
	var names []string
	for _, a := range allAuths() {
		names = append(names, string(a))
	}
	return names
}

// Keys describes every key smtpconf owns, in file order: [smtp] first
// (use_default, the server, test_recipient), then [default_server]. The
// result is the caller's to change.
func Keys() []Key {
	keys := slices.Clone(knownKeys().list)
	for i := range keys {
		keys[i].Choices = slices.Clone(keys[i].Choices)
	}
	return keys
}

// keyTable is the key metadata in the shapes lookups need. It is built on
// first use (not at init) and never changed afterwards.
type keyTable struct {
	list   []Key
	byName map[string]int      // dotted name → index in list
	names  map[string][]string // table → its keys' names, in file order
}

var knownKeys = sync.OnceValue(func() keyTable {
	list := []Key{{Name: "smtp.use_default", Label: "Use the platform's mail server", Kind: KindBool,
		Help: "send through the server in [default_server] (the local mail system unless the platform sets one); the other [smtp] settings are then ignored"}}
	for _, k := range serverKeys() {
		list = append(list, k.in(tableSMTP))
	}
	list = append(list, Key{Name: "smtp.test_recipient", Label: "Test recipient",
		Help: "where `smtpconf test` sends its test message, e.g. admin@example.com"})
	for _, k := range serverKeys() {
		list = append(list, k.in(tableDefaultServer))
	}
	t := keyTable{list: list, byName: map[string]int{}, names: map[string][]string{}}
	for i, k := range list {
		t.byName[k.Name] = i
		table, name, _ := strings.Cut(k.Name, ".")
		t.names[table] = append(t.names[table], name)
	}
	return t
})

func (k serverKey) in(table string) Key {
	help := k.help
	if table == tableDefaultServer {
		help = "platform default server: " + help
	}
	return Key{Name: table + "." + k.name, Label: k.label, Help: help, Kind: k.kind, Choices: k.choices, Secret: k.secret}
}

// LookupKey finds a key by name; a bare name means [smtp].
func LookupKey(name string) (Key, bool) {
	t := knownKeys()
	i, ok := t.byName[QualifiedKey(name)]
	if !ok {
		return Key{}, false
	}
	k := t.list[i]
	k.Choices = slices.Clone(k.Choices)
	return k, true
}

// kindOfKey is the kind of a dotted key, without copying its metadata.
func kindOfKey(name string) (Kind, bool) {
	t := knownKeys()
	i, ok := t.byName[name]
	if !ok {
		return 0, false
	}
	return t.list[i].Kind, true
}

// IsSecret tells whether a key's value must never be shown or logged. A
// bare key means [smtp]; unknown keys are not secret.
func IsSecret(key string) bool {
	t := knownKeys()
	i, ok := t.byName[QualifiedKey(key)]
	return ok && t.list[i].Secret
}

// QualifiedKey turns a bare key ("port") into its [smtp] form ("smtp.port"),
// as set and unset take keys; a dotted key stays as it is.
func QualifiedKey(key string) string {
	key = strings.TrimSpace(key)
	if strings.HasPrefix(key, tableSMTP+".") || strings.HasPrefix(key, tableDefaultServer+".") {
		return key
	}
	return tableSMTP + "." + key
}

// tableKeys lists the keys one table accepts, without the table prefix,
// in file order. The slice is shared: do not change it.
func tableKeys(table string) []string { return knownKeys().names[table] }

// isTableKey tells whether a table accepts a key.
func isTableKey(table, name string) bool {
	_, ok := knownKeys().byName[table+"."+name]
	return ok
}
