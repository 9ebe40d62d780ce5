package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/term"
)

// Long lines for people: a terminal wraps them at its edge, wherever that
// falls ("Standard-Mailserve" / "r der Plattform"), so smtpconf wraps its
// own prose between words first.

// proseWidth is the width prose is wrapped to where no terminal says.
const proseWidth = 80

// terminalWidth is w's width in columns when it is a terminal, else 0.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
		return width
	}
	return proseWidth
}

// printMessage prints a message line ("smtpconf: …", "Fehler: …",
// "Hinweis: …") to w: on a terminal wrapped between words to its width,
// the lines after the first indented, so that no word is split at the
// edge; elsewhere (scripts, logs, grep) as one line, as before.
func printMessage(w io.Writer, s string) {
	if width := terminalWidth(w); width > 0 {
		s = wrapProse(s, width, "  ")
	}
	_, _ = fmt.Fprintln(w, s)
}

// wrapProse wraps each line of s between words to width columns, keeping
// the spaces between words on a line (aligned columns); the lines a line
// is wrapped into after its first are indented by indent (besides the
// line's own indentation). A word wider than a whole line
// breaks after its colons and commas (a certificate fingerprint, a list
// without spaces); one with a slash (a URL, a path) stays whole on a line
// of its own: it must still work when copied.
func wrapProse(s string, width int, indent string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if utf8.RuneCountInString(line) <= width {
			out = append(out, line)
			continue
		}
		body := strings.TrimLeft(line, " ")
		lead := line[:len(line)-len(body)]
		cur, cols := lead, len(lead)
		start := cols // where the current line's text begins
		for _, tok := range splitKeepingSpaces(body) {
			word := strings.TrimLeft(tok, " ")
			space := tok[:len(tok)-len(word)] // kept: aligned columns stay aligned
			for i, part := range wordParts(word, width-len(lead)-len(indent)) {
				n := utf8.RuneCountInString(part)
				sep := space
				if i > 0 {
					sep = "" // the rest of a word broken after a colon
				}
				switch {
				case cols == start:
				case cols+len(sep)+n <= width:
					cur += sep
					cols += len(sep)
				default:
					out = append(out, cur)
					cur, cols = lead+indent, len(lead)+len(indent)
					start = cols
				}
				cur += part
				cols += n
			}
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

// wordParts is word, or when it is wider than room and has no slash, its
// pieces each ending after a colon or a comma, for wrapProse to place.
func wordParts(word string, room int) []string {
	if room <= 0 || utf8.RuneCountInString(word) <= room || strings.Contains(word, "/") {
		return []string{word}
	}
	var parts []string
	for word != "" {
		i := strings.IndexAny(word, ":,")
		if i < 0 {
			break
		}
		parts = append(parts, word[:i+1])
		word = word[i+1:]
	}
	if word != "" {
		parts = append(parts, word)
	}
	return parts
}

// splitKeepingSpaces splits s into words, each with the spaces before it.
func splitKeepingSpaces(s string) []string {
	var toks []string
	start := 0
	inWord := false
	for i, r := range s {
		switch {
		case r == ' ' && inWord:
			toks = append(toks, s[start:i])
			start, inWord = i, false
		case r != ' ':
			inWord = true
		}
	}
	if start < len(s) {
		toks = append(toks, s[start:])
	}
	return toks
}
