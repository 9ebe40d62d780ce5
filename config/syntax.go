package config

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// go-toml words syntax errors for people who know TOML's grammar: a bare
// address reads as `expected keyword "nan"`, a bare word as "unexpected
// character U+006D 'm' at start of value". An admin editing the file by hand
// needs what to write instead. explainSyntax rewrites the common mistakes;
// anything else keeps go-toml's words.

var (
	bareValue    = regexp.MustCompile(`^(unexpected character .* at start of value|expected keyword "(nan|inf|true|false)"|strings must be quoted|incomplete number)$`)
	unclosed     = regexp.MustCompile(`^(basic|literal) strings cannot have new lines$`)
	badEscape    = regexp.MustCompile(`^invalid escape character`)
	trailing     = regexp.MustCompile(`^expected newline but got`)
	missingEq    = regexp.MustCompile(`^expected '=' after key$`)
	definedTwice = regexp.MustCompile(`(key .* is already defined|table .* already exists)$`)
	keyText      = regexp.MustCompile(`^[A-Za-z0-9_.-]+$`)
)

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
	case bareValue.MatchString(msg):
		return key + bareValueFix(table, name, written, value)
	case unclosed.MatchString(msg):
		return key + "the quoted value is not closed: end it with the same quote it starts with, on the same line"
	case badEscape.MatchString(msg):
		return key + `a backslash inside "double quotes" starts an escape: write \\ for each backslash, or use 'single quotes', which take text as it is`
	case trailing.MatchString(msg):
		return key + "there is more after the value: one key = value per line; a comment starts with #"
	case missingEq.MatchString(msg):
		if written == "" {
			return `expected key = value (a setting), [table] or a # comment on this line`
		}
		return fmt.Sprintf(`expected "=" after %s: write %s = value`, written, written)
	case definedTwice.MatchString(msg):
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
	if f := strings.Fields(before); len(f) > 0 && keyText.MatchString(f[0]) {
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
