// Package i18ntest finds English sentences of ours in what a German admin
// reads: tests of every front end (mailer, the command line, the TUI) hold
// their German output to it. Only tests import it.
package i18ntest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"
)

// Sentences are the English catalog messages as patterns, each placeholder
// matching anything on the line, and every message ID.
type Sentences struct {
	patterns []pattern
	ids      map[string]bool
}

type pattern struct {
	id string // "area_id/form"
	re *regexp.Regexp
}

var (
	placeholder = regexp.MustCompile(`{{\s*\.\w+\s*}}`)
	wordOf      = regexp.MustCompile(`[A-Za-z]{2,}`)
)

// English reads the English catalogs of the given areas ("cli", "config",
// ...; every area when none is named). Left out are messages whose own
// words are too few to tell a language by (fewer than two words, such as
// "{{.Step}}", "EHLO" or "certificate {{.Text}}", which Go's own TLS errors
// would match) and those whose German is the same text (a term both
// languages use).
func English(areas ...string) (*Sentences, error) {
	return sentences(placeholder, areas)
}

// relabelled is placeholder, and also what a front end shows in other
// words: the file's keys and TOML values (`starttls = true`,
// `smtp.host`, `tls_ca_file`), which the form names by their labels.
var relabelled = regexp.MustCompile(`{{\s*\.\w+\s*}}|\b[a-z_]+ = ("[^"]*"|true|false)|\bsmtp\.[a-z_0-9]+|\b[a-z0-9]+(_[a-z0-9]+)+\b`)

// Relabelled is English for a front end that names settings by their
// labels (the configurator): a message's file keys and values match
// anything too, as placeholders do.
func Relabelled(areas ...string) (*Sentences, error) {
	return sentences(relabelled, areas)
}

func sentences(placeholder *regexp.Regexp, areas []string) (*Sentences, error) {
	dir, err := localesDir()
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.en.toml"))
	if err != nil {
		return nil, err
	}
	s := &Sentences{ids: map[string]bool{}}
	for _, f := range files {
		area := strings.TrimSuffix(filepath.Base(f), ".en.toml")
		en, err := readCatalog(f)
		if err != nil {
			return nil, err
		}
		de, err := readCatalog(filepath.Join(dir, area+".de.toml"))
		if err != nil {
			return nil, err
		}
		for id := range en {
			s.ids[id] = true
		}
		if len(areas) > 0 && !slices.Contains(areas, area) {
			continue
		}
		for id, forms := range en {
			for form, text := range forms {
				if form == "description" || de[id][form] == text {
					continue
				}
				words := placeholder.Split(text, -1)
				own := strings.Join(words, " ")
				if len(strings.Join(words, "")) < 10 || len(wordOf.FindAllString(own, -1)) < 2 {
					continue
				}
				for i, w := range words {
					words[i] = regexp.QuoteMeta(w)
				}
				// Placeholders stay within a line: a message is matched in
				// one line of output, not across two unrelated ones. A
				// message starting with a word starts at one ("ok" is not
				// in "look").
				expr := strings.Join(words, `[^\n]*?`)
				if first, _ := utf8.DecodeRuneInString(text); unicode.IsLetter(first) {
					expr = `\b` + expr
				}
				s.patterns = append(s.patterns, pattern{id + "/" + form, regexp.MustCompile(expr)})
			}
		}
	}
	if len(s.patterns) == 0 {
		return nil, fmt.Errorf("i18ntest: no English messages in %s for %v", dir, areas)
	}
	slices.SortFunc(s.patterns, func(a, b pattern) int { return strings.Compare(a.id, b.id) })
	return s, nil
}

// Find returns the first English sentence of ours in text, as "its ID: the
// matched text", or "" when there is none.
func (s *Sentences) Find(text string) string {
	for _, p := range s.patterns {
		if m := p.re.FindString(text); m != "" {
			return p.id + ": " + m
		}
	}
	return ""
}

var word = regexp.MustCompile(`[a-z][a-z0-9]*_[a-z0-9_]+`)

// FindID returns the first message ID in text, which shows a message the
// catalog lacked, or "" when there is none.
func (s *Sentences) FindID(text string) string {
	for _, w := range word.FindAllString(text, -1) {
		if s.ids[w] {
			return w
		}
	}
	return ""
}

// localesDir is internal/i18n/locales in the source tree: tests run with
// the source at hand.
func localesDir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", fmt.Errorf("i18ntest: cannot tell where the source is")
	}
	return filepath.Join(filepath.Dir(file), "..", "locales"), nil
}

func readCatalog(path string) (map[string]map[string]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var msgs map[string]map[string]string
	if err := toml.Unmarshal(raw, &msgs); err != nil {
		return nil, fmt.Errorf("i18ntest: %s: %w", path, err)
	}
	return msgs, nil
}
