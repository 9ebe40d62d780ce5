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

// wrapProse wraps each line of s between words to width columns; the
// lines a line is wrapped into after its first are indented by indent
// (besides the line's own indentation). A word wider than the line (a
// URL, a path) stays whole on a line of its own: it must still work when
// copied.
func wrapProse(s string, width int, indent string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if utf8.RuneCountInString(line) <= width {
			out = append(out, line)
			continue
		}
		lead := line[:len(line)-len(strings.TrimLeft(line, " "))]
		cur, cols := lead, len(lead)
		first := true
		for _, word := range strings.Fields(line) {
			n := utf8.RuneCountInString(word)
			switch {
			case cols == len(lead) && first, cols == len(lead)+len(indent) && !first:
			case cols+1+n <= width:
				cur += " "
				cols++
			default:
				out = append(out, cur)
				cur, cols, first = lead+indent, len(lead)+len(indent), false
			}
			cur += word
			cols += n
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}
