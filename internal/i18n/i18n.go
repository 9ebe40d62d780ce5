// Package i18n chooses the language a person reads smtpconf in (English or
// German) and turns message IDs into text in it.
//
// The catalogs are the TOML files under locales/, one pair per area of the
// program: <area>.en.toml holds the English source text, <area>.de.toml the
// German, and every message ID starts with "<area>_". That folder is the
// one place a translator edits; TestCatalogsComplete fails when a message
// lacks its German text or a translation's placeholders differ from the
// English ones, and TestEveryUsedIDExists when code asks for a message no
// catalog has. `go generate ./internal/i18n` compiles the catalogs into
// catalog_gen.go, which the program reads instead of parsing TOML at run
// time; TestGeneratedCatalogIsCurrent fails when it is stale.
//
// A language travels as a Lang value (the zero value is English), never as
// a global: the CLI chooses it once per process, `serve` once per session.
//
// What stays untranslated: TOML keys, JSON field names and kind values,
// exit codes, command and flag names, and a server's own replies.
package i18n

import (
	"fmt"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/nicksnyder/go-i18n/v2/i18n/template"
)

// Lang is a language smtpconf speaks.
type Lang string

const (
	// English is the default, and what LANG=C gets.
	English Lang = "en"
	// German is chosen by a de locale (de_DE, de_AT, de_CH, de).
	German Lang = "de"
)

// Langs lists every language smtpconf speaks, English first.
func Langs() []Lang { return []Lang{English, German} }

// ParseLang reads the value of --lang.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "en", "english":
		return English, nil
	case "de", "deutsch", "german":
		return German, nil
	}
	return "", fmt.Errorf("unknown language %q: use en or de", s)
}

// FromEnv chooses the language as the C library does for messages: the
// first of LC_ALL, LC_MESSAGES and LANG that is set decides; a German
// locale (de, de_DE.UTF-8, de_AT, de_CH@euro, …) means German, anything
// else (C, POSIX, en_US.UTF-8, fr_FR) English. getenv is os.Getenv, or over
// SSH the session's environment.
func FromEnv(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			return fromLocale(v)
		}
	}
	return English
}

func fromLocale(locale string) Lang {
	// language[_territory][.codeset][@modifier]
	lang, _, _ := strings.Cut(locale, ".")
	lang, _, _ = strings.Cut(lang, "@")
	lang, _, _ = strings.Cut(lang, "_")
	lang, _, _ = strings.Cut(lang, "-")
	if strings.EqualFold(lang, "de") {
		return German
	}
	return English
}

//go:generate go test -run TestGeneratedCatalogIsCurrent -update .

// Messages are go-i18n Messages compiled into the binary from locales/
// (catalog_gen.go): nothing is parsed or built at start-up, and a message
// costs only when it is shown. A go-i18n Bundle would cost more than a
// whole `smtpconf version` (it builds the plural rules of every CLDR
// language, about 0.35 ms, and each area's templates up front); smtpconf
// speaks two languages whose plural rule is the same, so it picks the form
// itself and renders the text with go-i18n's own template parser.

// message is message id in language l; a message the German catalog lacks
// reads in English (TestCatalogsComplete keeps that from happening).
func message(l Lang, id string) *goi18n.Message {
	if l == German {
		if m := messageDE(id); m != nil {
			return m
		}
	}
	return messageEN(id)
}

// text is the form of m that count calls for. English and German share
// CLDR's rule: "one" for exactly 1, "other" for everything else.
func text(m *goi18n.Message, count int, plural bool) string {
	if plural && count == 1 && m.One != "" {
		return m.One
	}
	return m.Other
}

func (l Lang) render(id string, count int, plural bool, data any) string {
	m := message(l, id)
	if m == nil {
		return id
	}
	src := text(m, count, plural)
	parsed, err := (&template.TextParser{}).Parse(src, m.LeftDelim, m.RightDelim)
	if err != nil {
		return id
	}
	s, err := parsed.Execute(data)
	if err != nil {
		return id
	}
	return s
}

// D is the data a message fills in: {{.Host}} is D{"Host": …}.
type D = map[string]any

// T is the message id in language l, filled in with data (a D, or a
// struct whose fields the message names). The zero Lang is English. A
// message missing from the catalog comes back as its id, so a gap is
// visible, never an empty line (and TestEveryUsedIDExists catches it).
func (l Lang) T(id string, data any) string {
	return l.render(id, 0, false, data)
}

// N is T for a message with plural forms, chosen by count; the message
// names the count as {{.Count}}.
func (l Lang) N(id string, count int, data D) string {
	d := D{"Count": count}
	for k, v := range data {
		d[k] = v
	}
	return l.render(id, count, true, d)
}

// Error is an error whose text is a catalog message, so that an error made
// deep in config or mailer can still be shown in the admin's language:
// Error() is English (logs, errors.Is users, wrapping with %w keeps
// working), Text(err, lang) renders it in lang. A data value that is an
// error is rendered with Text too, so a chain of *Errors translates all
// the way down; errors from the system or a server stay as they came.
type Error struct {
	ID   string
	Data D
	// Err is the cause, for errors.Is/As; a message shows it only when it
	// names it in Data.
	Err error
}

// Errorf makes an *Error of message id.
func Errorf(id string, data D) *Error { return &Error{ID: id, Data: data} }

// Wrap makes an *Error of message id around cause err; the message names
// the cause as {{.Err}}.
func Wrap(id string, data D, err error) *Error {
	d := D{"Err": err}
	for k, v := range data {
		d[k] = v
	}
	return &Error{ID: id, Data: d, Err: err}
}

func (e *Error) Error() string { return e.In(English) }

func (e *Error) Unwrap() error { return e.Err }

// In is the error's text in language l.
func (e *Error) In(l Lang) string {
	d := make(D, len(e.Data))
	for k, v := range e.Data {
		if err, ok := v.(error); ok {
			v = Text(err, l)
		}
		d[k] = v
	}
	return l.T(e.ID, d)
}

// Text is err's text in language l: an *Error (or an error that says how
// it reads in a language, by a method In(Lang) string) in that language,
// any other error as its Error() says.
func Text(err error, l Lang) string {
	if err == nil {
		return ""
	}
	// Only err itself counts: a wrapper made by fmt.Errorf has words of
	// its own that an inner translation would drop.
	if t, ok := err.(interface{ In(Lang) string }); ok {
		return t.In(l)
	}
	return err.Error()
}
