// Package i18n chooses the language a person reads smtpconf in (English or
// German) and turns message IDs into text in it.
//
// The catalogs are the TOML files under locales/: active.en.toml holds the
// English source text, active.de.toml the German. They are the one place a
// translator edits; TestCatalogsComplete fails when a message lacks its
// German text or a translation's placeholders differ from the English ones.
//
// What stays untranslated: TOML keys, JSON field names and kind values,
// exit codes, command and flag names, and a server's own replies.
package i18n

import (
	"embed"
	"fmt"
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
// nothing translated pays nothing.
var catalog = sync.OnceValues(func() (*goi18n.Bundle, error) {
	b := goi18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for _, l := range Langs() {
		if _, err := b.LoadMessageFileFS(locales, "locales/active."+string(l)+".toml"); err != nil {
			return nil, fmt.Errorf("i18n: catalog %s: %w", l, err)
		}
	}
	return b, nil
})

// Printer turns message IDs into text in one language.
type Printer struct {
	lang Lang
	loc  *goi18n.Localizer
}

// NewPrinter returns a Printer for lang. It panics only if the embedded
// catalogs do not parse, which TestCatalogsParse rules out.
func NewPrinter(lang Lang) *Printer {
	b, err := catalog()
	if err != nil {
		panic(err)
	}
	return &Printer{lang: lang, loc: goi18n.NewLocalizer(b, string(lang))}
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang { return p.lang }

// T is the message id filled in with data (a map or struct whose fields the
// message names as {{.Name}}). A message missing from the catalog comes
// back as its id, so a gap is visible, never an empty line.
func (p *Printer) T(id string, data any) string {
	s, err := p.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil {
		return id
	}
	return s
}

// N is T for a message with plural forms, chosen by count; data may name
// the count as {{.Count}}.
func (p *Printer) N(id string, count int, data map[string]any) string {
	if data == nil {
		data = map[string]any{}
	}
	data["Count"] = count
	s, err := p.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil {
		return id
	}
	return s
}
