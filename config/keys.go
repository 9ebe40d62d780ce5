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
	Label   string // a title for a form field, in English: "Port" (LabelIn for a language)
	Help    string // one line in plain English (HelpIn for a language)
	Kind    Kind
	Choices []string // the accepted values of a KindChoice key
	Secret  bool     // never shown, logged or echoed
}

// The labels and help of the keys are catalog messages whose IDs are built
// from the key's name without its table (the one documented exception to
// literal IDs; TestEveryKeyIsInTheCatalog checks each exists):
//
//	config_key_<name>_label   the label, the same in both tables
//	config_key_<name>_help    the help; [default_server]'s is put inside
//	                          config_default_server_help
func labelID(name string) string { return "config_key_" + name + "_label" }

func helpID(name string) string { return "config_key_" + name + "_help" }

// LabelIn is the key's label in language l.
func (k Key) LabelIn(l i18n.Lang) string {
	_, name, _ := strings.Cut(k.Name, ".")
	return l.T(labelID(name), nil)
}

// HelpIn is the key's one-line help in language l.
func (k Key) HelpIn(l i18n.Lang) string {
	table, name, _ := strings.Cut(k.Name, ".")
	help := l.T(helpID(name), nil)
	if table == tableDefaultServer {
		return l.T("config_default_server_help", i18n.D{"Help": help})
	}
	return help
}

// withTexts is k with its English label and help filled in.
func (k Key) withTexts() Key {
	k.Label, k.Help = k.LabelIn(i18n.English), k.HelpIn(i18n.English)
	k.Choices = slices.Clone(k.Choices)
	return k
}

// Table names.
const (
	tableSMTP          = "smtp"
	tableDefaultServer = "default_server"
)

// serverKey is a key of the Server type, without its table.
type serverKey struct {
	name    string
	kind    Kind
	choices []string
	secret  bool
}

// serverKeys lists Server's keys in the order the file and forms show them.
// Their labels and help are in the catalog (see labelID).
func serverKeys() []serverKey {
	return []serverKey{
		{name: "sender"},
		{name: "sender_name"},
		{name: "protocol", kind: KindChoice, choices: []string{string(ProtocolSMTP), string(ProtocolSMTPS)}},
		{name: "starttls", kind: KindBool},
		{name: "host"},
		{name: "port", kind: KindInt},
		{name: "auth", kind: KindChoice, choices: authNames()},
		{name: "username"},
		{name: "password", secret: true},
		{name: "password_env"},
		{name: "password_command"},
		{name: "oauth2_provider", kind: KindChoice, choices: OAuth2Providers()},
		{name: "oauth2_tenant"},
		{name: "oauth2_flow", kind: KindChoice, choices: OAuth2Flows()},
		{name: "oauth2_client_id"},
		{name: "oauth2_client_secret", secret: true},
		{name: "oauth2_client_secret_env"},
		{name: "oauth2_client_secret_command"},
		{name: "oauth2_refresh_token_env"},
		{name: "oauth2_refresh_token_command"},
		{name: "oauth2_token_url"},
		{name: "oauth2_device_url"},
		{name: "oauth2_scope"},
		{name: "oauth2_service_account_file"},
		{name: "allow_insecure_auth", kind: KindBool},
		{name: "tls_ca_file"},
		{name: "tls_skip_verify", kind: KindBool},
		{name: "helo_name"},
		{name: "timeout", kind: KindDuration},
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
		keys[i] = keys[i].withTexts()
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
	// The list holds no label or help: reading the catalog is left to
	// the callers that show them (Keys, LookupKey, LabelIn, HelpIn), so
	// that validating a file parses no catalog.
	list := []Key{{Name: "smtp.use_default", Kind: KindBool}}
	for _, k := range serverKeys() {
		list = append(list, k.in(tableSMTP))
	}
	list = append(list, Key{Name: "smtp.test_recipient"})
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
	return Key{Name: table + "." + k.name, Kind: k.kind, Choices: k.choices, Secret: k.secret}
}

// LookupKey finds a key by name; a bare name means [smtp].
func LookupKey(name string) (Key, bool) {
	k, ok := lookupKey(name)
	if !ok {
		return Key{}, false
	}
	return k.withTexts(), true
}

// lookupKey is LookupKey without the texts, for the rules that need only
// the kind; its Choices are shared: do not change them.
func lookupKey(name string) (Key, bool) {
	t := knownKeys()
	i, ok := t.byName[QualifiedKey(name)]
	if !ok {
		return Key{}, false
	}
	return t.list[i], true
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
