// Package i18n chooses the language a person reads smtpconf in (English or
// German) and turns message IDs into text in it.
//
// The catalogs are the TOML files under locales/, one pair per area of the
// program: <area>.en.toml holds the English source text, <area>.de.toml the
// German, and every message ID starts with "<area>_". That folder is the
// one place a translator edits; TestCatalogsComplete fails when a message
// lacks its German text or a translation's placeholders differ from the
// English ones, and TestEveryUsedIDExists when code asks for a message no
// catalog has.
//
// A language travels as a Lang value (the zero value is English), never as
// a global: the CLI chooses it once per process, `serve` once per session.
//
// What stays untranslated: TOML keys, JSON field names and kind values,
// exit codes, command and flag names, and a server's own replies.
package i18n

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
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

//go:embed locales/*.toml
var locales embed.FS

// catalog is parsed on first use, never at init: a command that prints
// nothing translated pays nothing. Once built it is never changed.
var catalog = sync.OnceValues(func() (*goi18n.Bundle, error) {
	b := goi18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(locales, "locales/*.toml")
	if err != nil {
		return nil, fmt.Errorf("i18n: listing catalogs: %w", err)
	}
	for _, f := range files {
		if _, err := b.LoadMessageFileFS(locales, f); err != nil {
			return nil, fmt.Errorf("i18n: catalog %s: %w", f, err)
		}
	}
	return b, nil
})

// localizers holds one localizer per language, made on first use.
var localizers = sync.OnceValue(func() map[Lang]*goi18n.Localizer {
	b, err := catalog()
	if err != nil {
		// The embedded catalogs are part of the binary: TestCatalogsParse
		// rules this out, so it can only be a broken build.
		panic(err)
	}
	m := map[Lang]*goi18n.Localizer{}
	for _, l := range Langs() {
		m[l] = goi18n.NewLocalizer(b, string(l))
	}
	return m
})

func (l Lang) localizer() *goi18n.Localizer {
	if loc, ok := localizers()[l]; ok {
		return loc
	}
	return localizers()[English]
}

// D is the data a message fills in: {{.Host}} is D{"Host": …}.
type D = map[string]any

// T is the message id in language l, filled in with data (a D, or a
// struct whose fields the message names). The zero Lang is English. A
// message missing from the catalog comes back as its id, so a gap is
// visible, never an empty line (and TestEveryUsedIDExists catches it).
func (l Lang) T(id string, data any) string {
	noteLookup(id)
	s, err := l.localizer().Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil {
		return id
	}
	return s
}

// N is T for a message with plural forms, chosen by count; the message
// names the count as {{.Count}}.
func (l Lang) N(id string, count int, data D) string {
	noteLookup(id)
	d := D{"Count": count}
	for k, v := range data {
		d[k] = v
	}
	s, err := l.localizer().Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: d, PluralCount: count})
	if err != nil {
		return id
	}
	return s
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
