package tui

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// keyName is how the key help names a key in language l. The bindings
// keep the terminal's names (ctrl+s, esc, pgdn), which is what they
// match and what helpRank reads; only the footer shows them translated,
// in German as a German keyboard labels them and the wizard's prose,
// --help and the man pages write them: Strg+S, Umschalt+Tab, Leertaste,
// Eingabe, Esc, Bild↑, Pos1. A help key of several ("tab/↓",
// "pgup/pgdn") is translated part by part.
func keyName(l i18n.Lang, k string) string {
	if l != i18n.German || k == "" {
		return k
	}
	parts := strings.Split(k, "/")
	for i, p := range parts {
		parts[i] = germanKey(p)
	}
	return strings.Join(parts, "/")
}

func germanKey(k string) string {
	if rest, ok := strings.CutPrefix(k, "ctrl+"); ok {
		return "Strg+" + strings.ToUpper(rest)
	}
	switch k {
	case "shift+tab":
		return "Umschalt+Tab"
	case "tab":
		return "Tab"
	case "space":
		return "Leertaste"
	case "enter":
		return "Eingabe"
	case "esc":
		return "Esc"
	case "pgup":
		return "Bild↑"
	case "pgdn", "dn":
		return "Bild↓"
	case "home":
		return "Pos1"
	case "end":
		return "Ende"
	}
	if r := []rune(k); len(r) == 2 && r[0] == 'f' && unicode.IsDigit(r[1]) {
		return "F" + string(r[1])
	}
	return k
}

// keysIn is bindings with their help keys named in language l.
func keysIn(l i18n.Lang, bindings []key.Binding) []key.Binding {
	if l != i18n.German {
		return bindings
	}
	out := make([]key.Binding, len(bindings))
	for i, b := range bindings {
		h := b.Help()
		b.SetHelp(keyName(l, h.Key), h.Desc)
		out[i] = b
	}
	return out
}

// helpKeysIn is a screen's help with its keys named in language l.
func helpKeysIn(l i18n.Lang, h helpKeys) helpKeys {
	if l != i18n.German {
		return h
	}
	full := make([][]key.Binding, len(h.full))
	for i, col := range h.full {
		full[i] = keysIn(l, col)
	}
	return helpKeys{short: keysIn(l, h.short), full: full}
}
