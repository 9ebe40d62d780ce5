package config

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// go-toml words syntax errors for people who know TOML's grammar: a bare
// address reads as `expected keyword "nan"`, a bare word as "unexpected
// character U+006D 'm' at start of value". An admin editing the file by hand
// needs what to write instead. explainSyntax rewrites the common mistakes;
// anything else keeps go-toml's words.

// The checks below are go-toml's messages (v2), matched as plain text: no
// regular expression is compiled, at init or on a syntax error.

// isBareValue tells whether go-toml's message is about a value written
// without quotes: a word, an address, a name.
func isBareValue(msg string) bool {
	switch msg {
	case `expected keyword "nan"`, `expected keyword "inf"`, `expected keyword "true"`, `expected keyword "false"`,
		"strings must be quoted", "incomplete number":
		return true
	}
	return framed(msg, "unexpected character ", " at start of value")
}

// isDefinedTwice tells whether go-toml's message is about a key or table
// written twice ("key host is already defined", "table smtp already exists").
func isDefinedTwice(msg string) bool {
	return endsFramed(msg, "key ", " is already defined") || endsFramed(msg, "table ", " already exists")
}

// framed tells whether msg is start, then text on one line, then end.
func framed(msg, start, end string) bool {
	return len(msg) >= len(start)+len(end) && strings.HasPrefix(msg, start) && strings.HasSuffix(msg, end) &&
		!strings.Contains(msg[len(start):len(msg)-len(end)], "\n")
}

// endsFramed tells whether msg ends with start, text on one line, and end.
func endsFramed(msg, start, end string) bool {
	head, ok := strings.CutSuffix(msg, end)
	i := strings.LastIndex(head, start)
	return ok && i >= 0 && !strings.Contains(head[i+len(start):], "\n")
}

// isKeyText tells whether s is a bare or dotted TOML key as the admin
// would type one: letters, digits, _, - and dots.
func isKeyText(s string) bool {
	return s != "" && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-") == ""
}

// explainSyntax returns the message for a syntax error at line of data.
func explainSyntax(data []byte, line int, msg string) *i18n.Error {
	written, value, table := assignmentAt(data, line)
	name := written
	if t, n, dotted := strings.Cut(written, "."); dotted {
		// A dotted key (smtp.host = ...) names its table itself.
		table, name = t, n
	}
	key := ""
	switch {
	case table != "" && name != "":
		key = table + "." + name
	case name != "":
		key = name
	}
	switch {
	case isBareValue(msg):
		return atKey(key, bareValueFix(table, name, written, value))
	case msg == "basic strings cannot have new lines" || msg == "literal strings cannot have new lines":
		return atKey(key, i18n.Errorf("config_syntax_unclosed", nil))
	case strings.HasPrefix(msg, "invalid escape character"):
		return atKey(key, i18n.Errorf("config_syntax_backslash", nil))
	case strings.HasPrefix(msg, "expected newline but got"):
		return atKey(key, i18n.Errorf("config_syntax_trailing", nil))
	case msg == "expected '=' after key":
		if written == "" {
			return i18n.Errorf("config_syntax_expected_line", nil)
		}
		return i18n.Errorf("config_syntax_expected_equals", i18n.D{"Name": written})
	case isDefinedTwice(msg):
		return atKey(key, i18n.Errorf("config_syntax_twice", nil))
	}
	return tomlSaid(msg)
}

// bareValueFix says how to write a value that was written without quotes.
// It echoes the value only for smtpconf's own keys that are not secret:
// the line may hold a password, here or in another program's table.
func bareValueFix(table, name, written, value string) *i18n.Error {
	if value == "" {
		return i18n.Errorf("config_bare_no_value", nil)
	}
	k, known := lookupKey(table + "." + name)
	own := known && (table == tableSMTP || table == tableDefaultServer)
	switch {
	case own && k.Kind == KindBool:
		return i18n.Errorf("config_bare_bool", i18n.D{"Name": written})
	case own && k.Kind == KindInt:
		return i18n.Errorf("config_bare_int", i18n.D{"Name": written})
	case own && !k.Secret:
		return i18n.Errorf("config_bare_text", i18n.D{"Name": written, "Value": strconv.Quote(value)})
	}
	return i18n.Errorf("config_bare_text_hidden", i18n.D{"Name": written})
}

// assignmentAt reads line (1-based) of data as `name = value` (name as
// written, dotted or not) and finds the
// table it is in from the last [header] above it. It is a best effort on a
// file that did not parse: any part it cannot find is empty.
func assignmentAt(data []byte, line int) (name, value, table string) {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return "", "", ""
	}
	for i := line - 2; i >= 0; i-- {
		l := strings.TrimSpace(string(lines[i]))
		if strings.HasPrefix(l, "[") && !strings.HasPrefix(l, "[[") {
			if end := strings.IndexByte(l, ']'); end > 0 {
				table = strings.TrimSpace(l[1:end])
			}
			break
		}
	}
	text := strings.TrimSpace(string(lines[line-1]))
	before, after, found := strings.Cut(text, "=")
	if !found {
		before, after, found = strings.Cut(text, ":")
	}
	if f := strings.Fields(before); len(f) > 0 && isKeyText(f[0]) {
		name = f[0]
	}
	if found {
		value = strings.TrimSpace(after)
		if i := strings.Index(value, " #"); i >= 0 {
			value = strings.TrimSpace(value[:i])
		}
	}
	return name, value, table
}
