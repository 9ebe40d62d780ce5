package config

import (
	"fmt"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// ParseError is a TOML syntax or type error with its position. Message
// names the key when it is known: "smtp.port: expected an integer, got a string".
// Message is English; ID and Data are its catalog message, which Text
// renders in another language (no ID: go-toml's own words, as they came).
type ParseError struct {
	Path         string
	Line, Column int
	Key          string // dotted, when known
	Message      string
	ID           string
	Data         i18n.D
	// Others are the file's other problems found despite the error, with
	// their lines: unknown keys and keys outside their table. The decoder
	// stops at the first type error, and a typo further down should not
	// take a second run to find. Empty after a syntax error, which leaves
	// the rest of the file unread.
	Others Problems
}

// Error is compiler style, "path:line:col: message", so editors can jump to it.
func (e *ParseError) Error() string { return e.In(i18n.English) }

// In is Error with the message in language l; the position stays compiler
// style in every language.
func (e *ParseError) In(l i18n.Lang) string {
	msg := e.Text(l)
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, msg)
}

// Text is the message alone (without the position) in language l.
func (e *ParseError) Text(l i18n.Lang) string {
	if e.ID == "" {
		return e.Message
	}
	return (&i18n.Error{ID: e.ID, Data: e.Data}).In(l)
}

// newParseError is a *ParseError whose message is m.
func newParseError(path string, line, col int, key string, m *i18n.Error) *ParseError {
	return &ParseError{Path: path, Line: line, Column: col, Key: key, Message: m.Error(), ID: m.ID, Data: m.Data}
}

// atKey is m prefixed with the key it is about ("smtp.port: …"), or m
// when key is "".
func atKey(key string, m *i18n.Error) *i18n.Error {
	if key == "" {
		return m
	}
	return i18n.Wrap("config_at_key", i18n.D{"Key": key}, m)
}
