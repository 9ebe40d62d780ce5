package config

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"
)

// newFileHeader opens a file smtpconf creates, so that whoever finds it
// knows what wrote it and where the keys are explained.
const newFileHeader = "# Outgoing mail settings, written by smtpconf (`smtpconf set --help` explains the keys).\n"

// render is the file's new text: the old text with the values of
// smtpconf's keys edited in place, so that everything else (other tables,
// comments, order, formatting) stays byte for byte. When the old text uses
// a shape that cannot be edited line-wise (an inline smtp = {...} table),
// it falls back to re-encoding the whole document, which keeps every value
// but not comments. Either way the result is parsed back and must hold c
// and exactly the foreign content of old; otherwise render fails and
// nothing is written.
func render(old *document, c Config) ([]byte, *document, error) {
	if err := checkEncodable(c); err != nil {
		return nil, nil, err
	}
	if out, ok := splice(old, c); ok {
		if doc, err := faithful(old, out, c); err == nil {
			return out, doc, nil
		}
	}
	out, err := reencode(old, c)
	if err != nil {
		return nil, nil, err
	}
	doc, err := faithful(old, out, c)
	if err != nil {
		return nil, nil, err
	}
	return out, doc, nil
}

// checkEncodable refuses what TOML cannot hold: text that is not UTF-8.
func checkEncodable(c Config) error {
	for _, k := range knownKeys().list {
		if f, _ := c.field(k.Name); f.str != nil && !utf8.ValidString(*f.str) {
			return fmt.Errorf("%s is not valid UTF-8", k.Name)
		}
	}
	return nil
}

// wanted lists the keys a table is written with: use_default always, else
// the keys that are set, and booleans the file already spells out (so that
// an explicit "starttls = false" stays explicit).
func wanted(table string, c Config, present map[string]entry) []string {
	var names []string
	for _, name := range tableKeys(table) {
		f, _ := c.field(table + "." + name)
		_, inFile := present[name]
		if (table == tableSMTP && name == "use_default") || !f.isZero() || (inFile && f.b != nil) {
			names = append(names, name)
		}
	}
	return names
}

type edit struct {
	start, end int
	text       string
}

// splice edits the old text in place; false when it cannot.
func splice(old *document, c Config) ([]byte, bool) {
	var edits []edit
	for _, table := range []string{tableSMTP, tableDefaultServer} {
		span := old.tables[table]
		if span.inline {
			return nil, false
		}
		present := map[string]entry{}
		for _, e := range old.entries {
			if !e.header && len(e.path) == 2 && e.path[0] == table && isTableKey(table, e.path[1]) {
				present[e.path[1]] = e
			}
		}
		want := wanted(table, c, present)
		for name, e := range present {
			key := table + "." + name
			now, _ := c.field(key)
			before, _ := old.config.field(key)
			switch {
			case !slices.Contains(want, name):
				edits = append(edits, edit{e.lineStart, e.lineEnd, ""})
			case !now.same(before):
				edits = append(edits, edit{e.valStart, e.valEnd, encodeValue(now)})
			}
		}
		edits = append(edits, insertions(old, table, c, want, present)...)
	}
	if len(old.data) == 0 {
		// First, so that the stable sort keeps it above the new tables.
		edits = append([]edit{{0, 0, newFileHeader}}, edits...)
	}
	return applyEdits(old.data, edits)
}

// insertions place the keys the file lacks where a reader expects them:
// after the nearest key that comes before them in file order, else before
// the table's first key, else under its [table] line, else in a new table
// at the end of the file.
func insertions(old *document, table string, c Config, want []string, present map[string]entry) []edit {
	span := old.tables[table]
	prefix := ""
	if span.dotted && !span.hasHeader {
		prefix = table + "."
	}
	first := -1
	for _, e := range present {
		if first < 0 || e.lineStart < first {
			first = e.lineStart
		}
	}
	var edits []edit
	var newTable strings.Builder
	order := tableKeys(table)
	for _, name := range want {
		if _, ok := present[name]; ok {
			continue
		}
		f, _ := c.field(table + "." + name)
		line := fmt.Sprintf("%s%s = %s\n", prefix, name, encodeValue(f))
		at := first
		for i := slices.Index(order, name) - 1; i >= 0; i-- {
			if e, ok := present[order[i]]; ok {
				at = e.lineEnd
				break
			}
		}
		switch {
		case at >= 0:
		case span.hasHeader:
			at = span.lastLineEnd
		case span.dotted:
			at = span.lastDottedAt
		default:
			newTable.WriteString(line)
			continue
		}
		if n := len(edits); n > 0 && edits[n-1].start == at {
			edits[n-1].text += line // keys bound for one place stay in order, on one insertion
			continue
		}
		edits = append(edits, edit{at, at, line})
	}
	if newTable.Len() > 0 {
		at := len(old.data)
		edits = append(edits, edit{at, at, "\n[" + table + "]\n" + newTable.String()})
	}
	for i := range edits {
		edits[i].text = afterLineBreak(old.data, edits[i].start, edits[i].text)
	}
	return edits
}

// afterLineBreak starts text on a new line when it is inserted at the end
// of a file whose last line has no line break.
func afterLineBreak(data []byte, at int, text string) string {
	if at > 0 && at == len(data) && data[at-1] != '\n' {
		return "\n" + text
	}
	return text
}

func applyEdits(data []byte, edits []edit) ([]byte, bool) {
	slices.SortStableFunc(edits, func(a, b edit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var out bytes.Buffer
	pos := 0
	for _, e := range edits {
		if e.start < pos || e.end < e.start || e.end > len(data) {
			return nil, false
		}
		out.Write(data[pos:e.start])
		out.WriteString(e.text)
		pos = e.end
	}
	out.Write(data[pos:])
	return out.Bytes(), true
}

// encodeValue writes one setting as TOML.
func encodeValue(f fieldRef) string {
	switch {
	case f.str != nil:
		return quote(*f.str)
	case f.b != nil:
		return strconv.FormatBool(*f.b)
	case f.n != nil:
		return strconv.Itoa(*f.n)
	case f.d != nil:
		return quote(f.d.String())
	}
	return `""`
}

// quote writes a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// reencode rebuilds the whole document from its decoded values: every
// foreign value survives, comments and order do not.
func reencode(old *document, c Config) ([]byte, error) {
	m := map[string]any{}
	if err := toml.Unmarshal(old.data, &m); err != nil {
		return nil, fmt.Errorf("re-read the file's other settings: %w", err)
	}
	for _, table := range []string{tableSMTP, tableDefaultServer} {
		sub, _ := m[table].(map[string]any)
		if sub == nil {
			sub = map[string]any{}
		}
		present := map[string]entry{}
		for _, name := range tableKeys(table) {
			if _, ok := sub[name]; ok {
				present[name] = entry{}
			}
			delete(sub, name)
		}
		for _, name := range wanted(table, c, present) {
			f, _ := c.field(table + "." + name)
			sub[name] = plainValue(f)
		}
		if len(sub) == 0 {
			delete(m, table)
		} else {
			m[table] = sub
		}
	}
	out, err := toml.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode the settings: %w", err)
	}
	if len(old.data) == 0 {
		out = append([]byte(newFileHeader+"\n"), out...)
	}
	return out, nil
}

func plainValue(f fieldRef) any {
	switch {
	case f.str != nil:
		return *f.str
	case f.b != nil:
		return *f.b
	case f.n != nil:
		return int64(*f.n)
	case f.d != nil:
		return f.d.String()
	}
	return nil
}

// errUnfaithful means a rendered file would not read back as intended.
var errUnfaithful = errors.New("the new file would not read back as written")

// faithful checks that out reads back as c and keeps old's foreign
// content, and gives the parsed result.
func faithful(old *document, out []byte, c Config) (*document, error) {
	doc, err := parse("", out)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errUnfaithful, err)
	}
	if doc.config != c {
		return nil, fmt.Errorf("%w: the settings differ", errUnfaithful)
	}
	if !reflect.DeepEqual(old.foreign, doc.foreign) && fmt.Sprintf("%#v", old.foreign) != fmt.Sprintf("%#v", doc.foreign) {
		return nil, fmt.Errorf("%w: content smtpconf does not own would change", errUnfaithful)
	}
	return doc, nil
}

// withoutOwnKeys removes the keys smtpconf owns from a decoded document,
// and its tables when nothing else is in them.
func withoutOwnKeys(m map[string]any) map[string]any {
	for _, table := range []string{tableSMTP, tableDefaultServer} {
		sub, ok := m[table].(map[string]any)
		if !ok {
			continue
		}
		for _, name := range tableKeys(table) {
			delete(sub, name)
		}
		if len(sub) == 0 {
			delete(m, table)
		}
	}
	return m
}
