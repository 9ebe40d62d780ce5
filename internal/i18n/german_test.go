package i18n

import (
	"regexp"
	"strings"
	"testing"
)

var (
	// inBackticks is text shown literally (`smtpconf set KEY=VALUE`),
	// which keeps its own quotes.
	inBackticks = regexp.MustCompile("`[^`]*`")
	// straightQuoted is a word in "…" (on one line).
	straightQuoted = regexp.MustCompile(`"[^"\n]*"`)
	// addressedAsDu finds the familiar „du“ in any of its forms; {{.Dir}}
	// and DIR are names, not words.
	addressedAsDu = regexp.MustCompile(`(^|[^.\w])([Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\w*)\b`)
	// englishKeyName finds a key named as the terminal names it in German
	// prose, where a German keyboard's name belongs (Strg+S, Eingabetaste,
	// Leertaste, Bild↓, Esc).
	englishKeyName = regexp.MustCompile(`(?i:\bctrl\+|\benter\b|\bspace\b|\bpg ?(up|dn|down)\b)|\besc\b`)
)

// codeQuotes are the German messages whose straight quotes are code the
// admin types or reads as it is, not prose, beyond what germanQuotesOK
// recognises (TOML values after "=", JSON): each with the reason.
var codeQuotes = map[string]string{
	"config_kind_duration":     `says the value needs quotation marks, as in "15s"`,
	"config_syntax_backslash":  `shows TOML's two kinds of quotes`,
	"help_completion_zsh_long": "a shell command line",
}

// germanQuotesOK tells whether the straight quotes at text[start:end] are
// code: a TOML value (key = "value"), a JSON key or value.
func germanQuotesOK(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	after := text[end:]
	return strings.HasSuffix(before, "=") || // TOML: auth = "xoauth2"
		strings.HasPrefix(after, ":") || // JSON key: {"ok": …
		strings.HasSuffix(before, `":`) || // JSON value: "type": "service_account"
		strings.HasSuffix(before, "{") || strings.HasSuffix(before, `",`) || strings.HasSuffix(before, "],") // JSON: {"ok", "file"
}

// TestGermanConventions holds every German catalog to the conventions of
// a German product (issue 17): „…“ around words quoted in prose, never
// straight quotes (code shown literally excepted) and never quotes twice
// (a value the code already quoted inside the catalog's „…“); „Sie“,
// never „du“; keys by their German names (Strg+S, not ctrl+s).
func TestGermanConventions(t *testing.T) {
	for area, byLang := range catalogs(t) {
		for id, forms := range byLang[German] {
			for form, text := range forms {
				where := area + ".de.toml: " + id + " (" + form + ")"
				prose := inBackticks.ReplaceAllStringFunc(text, func(s string) string { return strings.Repeat("·", len(s)) })
				if codeQuotes[id] == "" {
					for _, m := range straightQuoted.FindAllStringIndex(prose, -1) {
						if !germanQuotesOK(prose, m[0], m[1]) {
							t.Errorf("%s: straight quotes %s in German prose: write „…“, or show code in `backticks`: %q", where, prose[m[0]:m[1]], text)
						}
					}
				}
				for _, twice := range []string{"„„", "““", `„"`, `"“`, "„'", "'“"} {
					if strings.Contains(prose, twice) {
						t.Errorf("%s: quoted twice (%s): %q", where, twice, text)
					}
				}
				if m := addressedAsDu.FindStringSubmatch(prose); m != nil {
					t.Errorf("%s: says %q: German addresses the admin as „Sie“: %q", where, m[2], text)
				}
				if m := englishKeyName.FindString(prose); m != "" {
					t.Errorf("%s: names a key %q as the terminal does: write Strg+…, Eingabetaste, Leertaste, Esc, Bild↑/↓: %q", where, m, text)
				}
			}
		}
	}
	for id := range codeQuotes {
		found := false
		for _, byLang := range catalogs(t) {
			_, ok := byLang[German][id]
			found = found || ok
		}
		if !found {
			t.Errorf("codeQuotes names %s, which no catalog has", id)
		}
	}
}
