// Package termsafe makes text that came from outside — a server's reply, a
// config value, a child process's stderr — safe to print: no byte of it can
// move the cursor, clear the screen, set the window title, write the
// clipboard (OSC 52) or open a link (OSC 8) on the admin's terminal.
//
// It is the one place that decides what is visible-safe; the CLI, the
// transcript, the TUI and JSON output all go through it.
package termsafe

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// String returns s with every control character escaped: C0 except tab
// (so also CR and LF), DEL, and C1 (U+0080–U+009F), plus bytes that are not
// UTF-8. C0 and DEL are written as \xNN, C1 as \uNNNN, invalid bytes as
// \xNN. A backslash is left alone: escaping it would change every Windows
// path and regexp a server quotes, and without the control bytes a
// backslash sequence is inert text.
func String(s string) string {
	if Safe(s) {
		return s
	}
	return escape(s, false)
}

// Lines is String for multi-line text: LF is kept (and a CR directly
// before it, as CRLF line ends are common in SMTP text), every other
// control character escaped.
func Lines(s string) string {
	if safeLines(s) {
		return s
	}
	return escape(s, true)
}

// Safe reports whether String would return s unchanged.
func Safe(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if isC0(c) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isC1(r) {
			return false
		}
		i += size
	}
	return true
}

func safeLines(s string) bool {
	return Safe(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", ""), "\n", ""))
}

func isC0(c byte) bool { return (c < 0x20 && c != '\t') || c == 0x7f }

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }

func escape(s string, keepLines bool) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case keepLines && c == '\n':
				b.WriteByte(c)
			case keepLines && c == '\r' && i+1 < len(s) && s[i+1] == '\n':
				b.WriteByte(c)
			case isC0(c):
				writeHexByte(&b, c)
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			writeHexByte(&b, c)
		case isC1(r):
			b.WriteString(`\u00`)
			b.WriteString(strconv.FormatInt(int64(r), 16))
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func writeHexByte(b *strings.Builder, c byte) {
	const hex = "0123456789abcdef"
	b.WriteString(`\x`)
	b.WriteByte(hex[c>>4])
	b.WriteByte(hex[c&0xf])
}

// JSON makes encoded JSON safe to print: encoding/json escapes C0 but
// writes DEL and C1 (U+0080–U+009F, such as U+009B, the one-byte CSI) as
// they are. JSON escapes them as \u007f and \u0080–\u009f here, so the
// decoded text is unchanged and the bytes on a terminal are inert. b must be
// valid UTF-8, as json.Marshal's output is.
func JSON(b []byte) []byte {
	if !hasRawJSONControl(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	const hex = "0123456789abcdef"
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == 0x7f:
			out = append(out, `\u007f`...)
		case b[i] == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f:
			// In UTF-8, 0xC2 0x80–0x9F is exactly U+0080–U+009F.
			r := b[i+1]
			out = append(out, '\\', 'u', '0', '0', hex[r>>4], hex[r&0xf])
			i++
		default:
			out = append(out, b[i])
		}
	}
	return out
}

func hasRawJSONControl(b []byte) bool {
	for i, c := range b {
		if c == 0x7f || c == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f {
			return true
		}
	}
	return false
}
