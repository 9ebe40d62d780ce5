package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
// than w is broken, so that no text is ever lost to a cut. Unlike
// ansi.Wrap it never breaks at a hyphen ("SMTP-" / "Port", "demo-" /
// "ca.pem": German joins its compounds with hyphens), and a word too wide
// for a line of its own, such as a long path, breaks after a slash where
// it can, so that it still reads as a path. An abbreviation of one-letter
// words ("z. B.", "d. h.") stays on one line.
func wrap(s string, w int) []string {
	w = max(1, w)
	s = keepAbbreviations(s)
	var lines []string
	if strings.Contains(s, "\x1b") { // styled text: ansi.Wrap keeps the styles
		s = strings.ReplaceAll(s, "-", keptHyphen)
		lines = strings.Split(strings.ReplaceAll(ansi.Wrap(s, w, ""), keptHyphen, "-"), "\n")
	} else {
		for _, p := range strings.Split(s, "\n") {
			lines = append(lines, wrapParagraph(p, w)...)
		}
	}
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

// keptHyphen stands in for "-" while ansi.Wrap wraps styled text: a
// non-breaking hyphen, one column wide like "-", which it does not take
// for a breakpoint.
const keptHyphen = "\u2011"

// wrapParagraph is wrap for a text without line breaks. Spaces between
// words on one line stay as they are, and so does an indentation.
func wrapParagraph(p string, w int) []string {
	var lines []string
	line, lineW := "", 0
	rest := p
	for rest != "" {
		word := strings.TrimLeft(rest, " ")
		sp := rest[:len(rest)-len(word)]
		if i := strings.IndexByte(word, ' '); i >= 0 {
			word, rest = word[:i], word[i:]
		} else {
			rest = ""
		}
		if word == "" {
			break // trailing spaces
		}
		ww, spW := ansi.StringWidth(word), ansi.StringWidth(sp)
		switch {
		case lineW+spW+ww <= w && (line != "" || len(lines) == 0):
			line += sp + word
			lineW += spW + ww
			continue
		case line != "":
			lines = append(lines, line)
		}
		line, lineW = word, ww
		if ww > w {
			parts := breakWord(word, w)
			lines = append(lines, parts[:len(parts)-1]...)
			line = parts[len(parts)-1]
			lineW = ansi.StringWidth(line)
		}
	}
	return append(lines, line)
}

// breakWord breaks a word wider than w into pieces that fit: after a
// slash where one is near enough, else after a hyphen, else after a colon
// or comma (a certificate fingerprint: "B0:3D:" / "7B:…", never "B0:3" /
// "D:7B"), else anywhere.
func breakWord(word string, w int) []string {
	var parts []string
	for ansi.StringWidth(word) > w {
		head := ansi.Cut(word, 0, w)
		cut := len(head)
		if i := strings.LastIndexByte(head, '/'); i >= 0 && i+1 > len(head)/3 {
			cut = i + 1
		} else if i := strings.LastIndexByte(head, '-'); i >= 0 && i+1 > len(head)/3 {
			cut = i + 1
		} else if i := strings.LastIndexAny(head, ":,"); i >= 0 && i+1 > len(head)/3 {
			cut = i + 1
		}
		if cut == 0 { // a character wider than the line: it goes alone
			_, size := utf8.DecodeRuneInString(word)
			cut = size
		}
		parts = append(parts, word[:cut])
		word = word[cut:]
	}
	return append(parts, word)
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
