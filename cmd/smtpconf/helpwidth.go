package main

import (
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

// A command's description (Long) is written in paragraphs, one line each
// (internal/i18n/locales/help.*.toml), and wrapped here, once, to the
// width fang renders it at. fang would wrap it too, but lipgloss breaks a
// line at hyphens as well as spaces, splitting flags ("-" / "-diff",
// "-i oder -" / "oi"); a description whose lines already fit is left as
// it is. Without a terminal fang renders at 120 columns: piped help is
// wrapped to 80 instead, what a pager, a mail or a man-style reader
// shows.

// helpPad is fang's left padding of a description (shortPad in fang's
// help.go): the text itself gets the width less that.
const helpPad = 2

// helpWidth is the width help is rendered at: fang's own test override,
// else the terminal's (at most 120, as fang caps it), else proseWidth.
func helpWidth() int {
	if s := os.Getenv("__FANG_TEST_WIDTH"); s != "" {
		if w, err := strconv.Atoi(s); err == nil && w > 0 {
			return w
		}
	}
	if w := terminalWidth(os.Stdout); w > 0 {
		return min(w, 120)
	}
	return proseWidth
}

// fitHelp wraps c's description to the help width, just before it is
// shown (never for man pages, whose formatter fills paragraphs itself).
func fitHelp(c *cobra.Command) {
	c.Long = wrapDescription(c.Long, helpWidth()-helpPad)
}

// wrapDescription wraps each line of s longer than width between words,
// never inside one: a wrapped line continues at the line's own
// indentation, so a paragraph stays at the margin and an indented list
// item or key description stays under itself. Spaces inside a line
// (aligned columns) are kept; a word wider than the line stays whole.
func wrapDescription(s string, width int) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		if utf8.RuneCountInString(line) <= width {
			out = append(out, line)
			continue
		}
		body := strings.TrimLeft(line, " ")
		lead := line[:len(line)-len(body)]
		cur, cols := lead, len(lead)
		for _, tok := range splitKeepingSpaces(body) {
			word := strings.TrimLeft(tok, " ")
			n := utf8.RuneCountInString(tok)
			if cols > len(lead) && cols+n > width {
				out = append(out, cur)
				cur, cols = lead, len(lead)
			}
			if cols == len(lead) {
				tok, n = word, utf8.RuneCountInString(word)
			}
			cur += tok
			cols += n
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
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
