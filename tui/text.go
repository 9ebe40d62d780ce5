package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Text helpers shared by the screens and the prompts.

// message is a catalog message named in a table (the first-time steps),
// written as message{ID: "…"} so that the catalog test finds the ID.
type message struct{ ID string }

// in is the message in language l.
func (m message) in(l i18n.Lang) string { return l.T(m.ID, nil) }

// wrap wraps text at spaces to w columns of display width; a word wider
// than w is broken, so that no text is ever lost to a cut. An abbreviation
// of one-letter words ("z. B.", "d. h.") stays on one line.
func wrap(s string, w int) []string {
	s = keepAbbreviations(s)
	lines := strings.Split(ansi.Wrap(s, max(1, w), ""), "\n")
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, "\u00a0", " ")
	}
	return lines
}

// keepAbbreviations joins two one-letter words with points ("z. B.",
// "d. h.") by a non-breaking space, which wrap does not break at.
func keepAbbreviations(s string) string {
	if !strings.Contains(s, ". ") {
		return s
	}
	r := []rune(s)
	for i := 0; i+4 < len(r); i++ {
		if (i == 0 || !unicode.IsLetter(r[i-1])) && unicode.IsLetter(r[i]) && r[i+1] == '.' && r[i+2] == ' ' &&
			unicode.IsLetter(r[i+3]) && r[i+4] == '.' && (i+5 == len(r) || !unicode.IsLetter(r[i+5])) {
			r[i+2] = '\u00a0'
		}
	}
	return string(r)
}

// wrapIndent wraps text to the width and indents every line.
func wrapIndent(style lipgloss.Style, text, indent string, w int) []string {
	lines := wrap(text, max(10, w-len(indent)))
	for i, l := range lines {
		lines[i] = indent + style.Render(l)
	}
	return lines
}

// truncate cuts s to w columns.
func truncate(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "")
}

// joinFitting joins parts with sep into as few lines of at most w columns
// as it can, never breaking inside a part.
func joinFitting(parts []string, sep string, w int) []string {
	var lines []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case lipgloss.Width(line+sep+p) <= w:
			line += sep + p
		default:
			lines = append(lines, line)
			line = p
		}
	}
	return append(lines, line)
}

// joinAndIn joins "a", "b", "c" in language l: "a, b and c", "a, b und c".
func joinAndIn(l i18n.Lang, parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return l.T("tuiform_join_and", i18n.D{"List": strings.Join(parts[:len(parts)-1], ", "), "Last": parts[len(parts)-1]})
}

// printable quotes text that holds control characters, which would break
// the screen's layout.
func printable(s string) string {
	if strings.ContainsFunc(s, unicode.IsControl) {
		return strconv.Quote(s)
	}
	return s
}

func portText(p int) string {
	if p == 0 {
		return ""
	}
	return strconv.Itoa(p)
}

func durationText(d config.Duration) string {
	if d.Duration == 0 {
		return ""
	}
	return d.String()
}

func orProtocol(p config.Protocol) config.Protocol {
	if p == "" {
		return config.ProtocolSMTP
	}
	return p
}

func orAuth(a config.Auth) config.Auth {
	if a == "" {
		return config.AuthNone
	}
	return a
}

// lineOf reads one line of a file, for showing where it does not parse.
func lineOf(path string, n int) string {
	data, err := os.ReadFile(path)
	if err != nil || n < 1 {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// freshPath is a new file beside one that does not parse: path.new, or
// path.new.2 and so on if that exists too. The broken file is never touched.
func freshPath(path string) string {
	p := path + ".new"
	for i := 2; ; i++ {
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p
		}
		p = fmt.Sprintf("%s.new.%d", path, i)
	}
}

// plain strips styling, for the prompts and for tests.
func plain(s string) string { return strings.TrimRight(ansi.Strip(s), "\n") }
