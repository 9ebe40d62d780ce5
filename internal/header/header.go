// Package header reads and edits the header section of an RFC 5322 message
// while keeping its bytes: the fields it does not touch, their folding and
// line ends, and the body go out exactly as they came in. sendmail mode
// needs that (it must not reformat an application's message); net/mail and
// net/textproto parse into maps and lose it.
package header

import (
	"bytes"
	"strings"
)

// Field is one header field as written: its name and its raw lines,
// continuation lines and line ends included.
type Field struct {
	Name string
	Raw  []byte
}

// Value is the field's unfolded value, without the name, colon and the
// surrounding white space (RFC 5322 2.2.3).
func (f Field) Value() string {
	_, v, _ := bytes.Cut(f.Raw, []byte(":"))
	s := strings.ReplaceAll(string(v), "\r\n", "")
	s = strings.ReplaceAll(s, "\n", "")
	return strings.TrimSpace(s)
}

// Is tells whether the field has this name, ignoring case as RFC 5322 does.
func (f Field) Is(name string) bool { return strings.EqualFold(f.Name, name) }

// Message is a message split into its header fields and the rest.
type Message struct {
	Fields []Field
	// Separator is the empty line between header and body as written
	// ("\r\n" or "\n"), or empty when the message had none (no body, or a
	// body that began straight after the fields).
	Separator []byte
	Body      []byte
	// Newline is the line end the message uses, for fields added to it.
	Newline string
}

// Split reads the header section: fields up to the first empty line. A
// line that is neither a field nor a continuation ends the header there,
// and the message's body begins with it, as sendmail treats it.
func Split(msg []byte) *Message {
	m := &Message{Newline: "\r\n"}
	if i := bytes.IndexByte(msg, '\n'); i >= 0 && (i == 0 || msg[i-1] != '\r') {
		m.Newline = "\n"
	}
	rest := msg
	for len(rest) > 0 {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line = rest[:i+1]
		}
		switch {
		case isBlank(line):
			m.Separator = line
			m.Body = rest[len(line):]
			return m
		case (line[0] == ' ' || line[0] == '\t') && len(m.Fields) > 0:
			last := &m.Fields[len(m.Fields)-1]
			last.Raw = append(last.Raw, line...)
		default:
			name, ok := fieldName(line)
			if !ok {
				m.Body = rest
				return m
			}
			m.Fields = append(m.Fields, Field{Name: name, Raw: bytes.Clone(line)})
		}
		rest = rest[len(line):]
	}
	return m
}

func isBlank(line []byte) bool {
	return bytes.Equal(line, []byte("\n")) || bytes.Equal(line, []byte("\r\n"))
}

// fieldName is the name before the colon when the line starts a field:
// printable US-ASCII except the colon, at least one character (RFC 5322 3.6.8).
func fieldName(line []byte) (string, bool) {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return "", false
	}
	for _, c := range line[:i] {
		if c <= ' ' || c > '~' {
			return "", false
		}
	}
	return string(line[:i]), true
}

// Has tells whether a field of this name is present.
func (m *Message) Has(name string) bool {
	for _, f := range m.Fields {
		if f.Is(name) {
			return true
		}
	}
	return false
}

// Values lists the unfolded values of every field of this name, in order.
func (m *Message) Values(name string) []string {
	var vs []string
	for _, f := range m.Fields {
		if f.Is(name) {
			vs = append(vs, f.Value())
		}
	}
	return vs
}

// Remove drops every field of this name.
func (m *Message) Remove(name string) {
	kept := m.Fields[:0]
	for _, f := range m.Fields {
		if !f.Is(name) {
			kept = append(kept, f)
		}
	}
	m.Fields = kept
}

// Prepend puts a field before the others, written with the message's line end.
func (m *Message) Prepend(name, value string) {
	f := Field{Name: name, Raw: []byte(name + ": " + value + m.Newline)}
	m.Fields = append([]Field{f}, m.Fields...)
}

// Bytes is the message again: the fields, the separator and the body. A
// message whose body began without an empty line gets one, so that the
// fields added before it cannot turn its first line into a header.
func (m *Message) Bytes() []byte {
	var b bytes.Buffer
	for _, f := range m.Fields {
		b.Write(f.Raw)
		if !bytes.HasSuffix(f.Raw, []byte("\n")) {
			b.WriteString(m.Newline) // the last line of a message without a body
		}
	}
	sep := m.Separator
	if len(sep) == 0 {
		sep = []byte(m.Newline)
	}
	b.Write(sep)
	b.Write(m.Body)
	return b.Bytes()
}
