package config

import (
	"bytes"
	"fmt"
	"strings"
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
func explainSyntax(data []byte, line int, msg string) string {
	written, value, table := assignmentAt(data, line)
	name := written
	if t, n, dotted := strings.Cut(written, "."); dotted {
		// A dotted key (smtp.host = ...) names its table itself.
		table, name = t, n
	}
	key := ""
	switch {
	case table != "" && name != "":
		key = table + "." + name + ": "
	case name != "":
		key = name + ": "
	}
	switch {
	case isBareValue(msg):
		return key + bareValueFix(table, name, written, value)
	case msg == "basic strings cannot have new lines" || msg == "literal strings cannot have new lines":
		return key + "the quoted value is not closed: end it with the same quote it starts with, on the same line"
	case strings.HasPrefix(msg, "invalid escape character"):
		return key + `a backslash inside "double quotes" starts an escape: write \\ for each backslash, or use 'single quotes', which take text as it is`
	case strings.HasPrefix(msg, "expected newline but got"):
		return key + "there is more after the value: one key = value per line; a comment starts with #"
	case msg == "expected '=' after key":
		if written == "" {
			return `expected key = value (a setting), [table] or a # comment on this line`
		}
		return fmt.Sprintf(`expected "=" after %s: write %s = value`, written, written)
	case isDefinedTwice(msg):
		return key + "is set twice in the same table: keep one of the two lines"
	}
	return msg
}

// bareValueFix says how to write a value that was written without quotes.
// It echoes the value only for smtpconf's own keys that are not secret:
// the line may hold a password, here or in another program's table.
func bareValueFix(table, name, written, value string) string {
	if value == "" {
		return "has no value: write one after the =, or remove the line"
	}
	k, known := LookupKey(table + "." + name)
	own := known && (table == tableSMTP || table == tableDefaultServer)
	switch {
	case own && k.Kind == KindBool:
		return fmt.Sprintf("write true or false, in lower case and without quotes (%s = true)", written)
	case own && k.Kind == KindInt:
		return fmt.Sprintf("write a whole number without quotes (%s = 587)", written)
	case own && !k.Secret:
		return fmt.Sprintf("text needs double quotes: write %s = %q", written, value)
	}
	return fmt.Sprintf(`text needs double quotes: write %s = "..."`, written)
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
