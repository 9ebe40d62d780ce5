package config

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// document is a parsed file: its bytes, the settings, and where each key
// and table is, so that problems carry lines and saving can edit in place.
type document struct {
	data    []byte
	hash    [sha256.Size]byte
	config  Config
	entries []entry
	tables  map[string]*tableSpan
	// problems are the file's own: unknown keys, keys outside their table.
	problems Problems
	// foreign is the decoded content smtpconf does not own.
	foreign map[string]any
	byKey   map[string]int // dotted key → index of its first entry

	// lineOffset and lineNumber remember the last line looked up, so that
	// numbering the entries in file order reads the file once.
	lineOffset, lineNumber int
}

// entry is one key = value in the file.
type entry struct {
	path               []string
	line               int
	lineStart, lineEnd int // the whole line(s), newline included
	valStart, valEnd   int
	kind               unstable.Kind
	text               string // the decoded value of a string
	inInline           bool   // inside an inline table: cannot be edited line-wise
	header             bool   // a [table] line rather than a key
	table              string
}

// tableSpan is where one of smtpconf's tables is written.
type tableSpan struct {
	headerLine   int
	hasHeader    bool
	dotted       bool // its keys are written as smtp.key = ... in the root table
	inline       bool // written as smtp = { ... }
	lastLineEnd  int  // end of the last key line under the header (or of the header)
	lastDottedAt int  // end of the last dotted key line in the root table
}

func (d *document) name(key string) (entry, bool) {
	if i, ok := d.byKey[key]; ok {
		return d.entries[i], true
	}
	return entry{}, false
}

// lineAt is the 1-based line of an offset; cheap for increasing offsets.
func (d *document) lineAt(offset int) int {
	offset = min(max(offset, 0), len(d.data))
	if offset < d.lineOffset || d.lineNumber == 0 {
		d.lineOffset, d.lineNumber = 0, 1
	}
	d.lineNumber += bytes.Count(d.data[d.lineOffset:offset], []byte("\n"))
	d.lineOffset = offset
	return d.lineNumber
}

// line is the line a key is set on, or 0.
func (d *document) line(key string) int {
	if e, ok := d.name(key); ok {
		return e.line
	}
	return 0
}

// parse reads a document; path only names it in errors.
func parse(path string, data []byte) (*document, error) {
	// A UTF-8 byte order mark, as some Windows editors write, is not TOML;
	// it is read past, and a save writes the file without it. The hash is
	// of the bytes on disk, which Save compares.
	hash := sha256.Sum256(data)
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	doc := &document{data: data, hash: hash, tables: map[string]*tableSpan{
		tableSMTP: {}, tableDefaultServer: {},
	}}
	var p unstable.Parser
	p.Reset(data)
	var current []string
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			current = keyParts(e.Key())
			doc.enterTable(e, current)
		case unstable.KeyValue:
			doc.addKeyValue(e, current, false)
		}
	}
	if p.Error() != nil {
		// go-toml's decoder reports the same syntax error with a position.
		return nil, decodeError(path, data, toml.Unmarshal(data, new(map[string]any)), p.Error())
	}
	if err := doc.checkKinds(path); err != nil {
		return nil, doc.withOthers(err)
	}
	// Decoding into a struct skips the values of keys it has no field for,
	// so only a full decode proves the whole file is TOML, which saving
	// (and the server application reading the same file) relies on.
	all := map[string]any{}
	if err := toml.Unmarshal(data, &all); err != nil {
		return nil, doc.withOthers(decodeError(path, data, err, err))
	}
	if err := doc.decodeConfig(path, all); err != nil {
		return nil, doc.withOthers(err)
	}
	doc.foreign = withoutOwnKeys(all)
	doc.byKey = make(map[string]int, len(doc.entries))
	for i, e := range doc.entries {
		if k := strings.Join(e.path, "."); !e.header {
			if _, dup := doc.byKey[k]; !dup {
				doc.byKey[k] = i
			}
		}
	}
	doc.findUnknown()
	return doc, nil
}

// withOthers adds to a *ParseError found after the whole file was read the
// problems the key layout shows on its own, which need no decoded values.
func (d *document) withOthers(err error) error {
	var perr *ParseError
	if errors.As(err, &perr) {
		d.findUnknown()
		perr.Others = d.problems
	}
	return err
}

func keyParts(it unstable.Iterator) []string {
	var parts []string
	for it.Next() {
		parts = append(parts, string(it.Node().Data))
	}
	return parts
}

func (d *document) enterTable(e *unstable.Node, key []string) {
	it := e.Key()
	it.Next()
	start := int(it.Node().Raw.Offset)
	line := d.lineAt(start)
	end := lineEndAfter(d.data, start)
	if t := d.tables[key[0]]; len(key) == 1 && t != nil && e.Kind == unstable.Table {
		t.hasHeader, t.headerLine, t.lastLineEnd = true, line, end
	}
	d.entries = append(d.entries, entry{path: key, header: true, line: line, lineStart: lineStartBefore(d.data, start), lineEnd: end, table: strings.Join(key, ".")})
}

// addKeyValue records a key = value, and the keys inside an inline table.
func (d *document) addKeyValue(e *unstable.Node, table []string, inline bool) {
	full := append(slices.Clone(table), keyParts(e.Key())...)
	v := e.Value()
	start, end := int(e.Raw.Offset), int(e.Raw.Offset+e.Raw.Length)
	en := entry{
		path: full, line: d.lineAt(start),
		lineStart: lineStartBefore(d.data, start), lineEnd: lineEndAfter(d.data, end),
		valStart: int(v.Raw.Offset), valEnd: int(v.Raw.Offset + v.Raw.Length),
		kind: v.Kind, inInline: inline, table: strings.Join(table, "."),
	}
	if v.Kind == unstable.String {
		en.text = string(v.Data)
	}
	d.entries = append(d.entries, en)
	if t := d.tables[full[0]]; t != nil && !inline {
		switch {
		case len(table) == 1 && table[0] == full[0]:
			t.lastLineEnd = en.lineEnd
		case len(table) == 0 && len(full) == 1:
			t.inline = true
		case len(table) == 0:
			t.dotted, t.lastDottedAt = true, en.lineEnd
		}
	}
	if t := d.tables[full[0]]; t != nil && inline {
		t.inline = true
	}
	if v.Kind == unstable.InlineTable {
		for it := v.Children(); it.Next(); {
			if c := it.Node(); c.Kind == unstable.KeyValue {
				d.addKeyValue(c, full, true)
			}
		}
	}
}

// checkKinds refuses a value of the wrong type for a key smtpconf owns,
// with a message that says what was expected, before go-toml's decoder
// would say it in Go's terms.
func (d *document) checkKinds(path string) error {
	for _, e := range d.entries {
		if len(e.path) != 2 || d.tables[e.path[0]] == nil || e.kind == unstable.Invalid {
			continue
		}
		key := strings.Join(e.path, ".")
		kind, ok := kindOfKey(key)
		if !ok {
			continue
		}
		want, wantText := kindOf(kind)
		if e.kind != want {
			return d.errorAt(path, e, key, i18n.Errorf("config_parse_wrong_kind",
				i18n.D{"Want": wantText, "Got": kindName(e.kind), "Example": example(e.path[1], kind)}))
		}
		if kind == KindDuration {
			if err := checkDuration(e.text); err != nil {
				return d.errorAt(path, e, key, err)
			}
		}
	}
	return nil
}

func (d *document) errorAt(path string, e entry, key string, m *i18n.Error) *ParseError {
	at := e.valStart
	if e.valEnd == 0 {
		// go-toml gives arrays and inline tables no position of their
		// own: point at what follows the key's "=" on its line.
		at = e.lineStart
		if i := bytes.IndexByte(d.data[e.lineStart:e.lineEnd], '='); i >= 0 {
			at += i + 1
			for at < e.lineEnd && (d.data[at] == ' ' || d.data[at] == '\t') {
				at++
			}
		}
	}
	line, col := position(d.data, at)
	return newParseError(path, line, col, key, atKey(key, m))
}

// kindOf is the TOML kind a key's value is written as, and how a message
// names it ("expected an integer"), as a phrase of the catalog.
func kindOf(k Kind) (unstable.Kind, *i18n.Error) {
	switch k {
	case KindBool:
		return unstable.Bool, i18n.Errorf("config_kind_bool", nil)
	case KindInt:
		return unstable.Integer, i18n.Errorf("config_kind_int", nil)
	case KindDuration:
		return unstable.String, i18n.Errorf("config_kind_duration", nil)
	}
	return unstable.String, i18n.Errorf("config_kind_string", nil)
}

// example is how a key of a kind is written, for the fix in a type error.
// It never echoes the value in the file: that may be a password.
func example(name string, k Kind) string {
	switch k {
	case KindBool:
		return name + " = true"
	case KindInt:
		return name + " = 587"
	case KindDuration:
		return name + ` = "15s"`
	}
	return name + ` = "..."`
}

// kindName is how a message names the kind of value the file holds ("got
// a string"), as a phrase of the catalog.
func kindName(k unstable.Kind) *i18n.Error {
	switch k {
	case unstable.String:
		return i18n.Errorf("config_got_string", nil)
	case unstable.Bool:
		return i18n.Errorf("config_got_bool", nil)
	case unstable.Integer:
		return i18n.Errorf("config_got_int", nil)
	case unstable.Float:
		return i18n.Errorf("config_got_float", nil)
	case unstable.Array:
		return i18n.Errorf("config_got_array", nil)
	case unstable.InlineTable:
		return i18n.Errorf("config_got_table", nil)
	case unstable.LocalDate, unstable.LocalDateTime, unstable.LocalTime, unstable.DateTime:
		return i18n.Errorf("config_got_time", nil)
	}
	return i18n.Errorf("config_got_other", i18n.D{"Kind": k.String()})
}

// decodeError turns go-toml's error into a *ParseError with its position.
// fallback is used when the decoder did not explain itself.
func decodeError(path string, data []byte, err, fallback error) error {
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, col := de.Position()
		key := strings.Join(de.Key(), ".")
		msg := strings.TrimPrefix(de.Error(), "toml: ")
		kind, known := kindOfKey(key)
		var m *i18n.Error
		switch {
		case (key == tableSMTP || key == tableDefaultServer) && isDefinedTwice(msg):
			m = i18n.Errorf("config_parse_table_twice", i18n.D{"Table": key})
		case key == tableSMTP || key == tableDefaultServer:
			m = i18n.Errorf("config_parse_not_table", i18n.D{"Table": key})
		case known && strings.Contains(msg, "cannot"):
			_, want := kindOf(kind)
			m = atKey(key, i18n.Errorf("config_parse_expected", i18n.D{"Want": want}))
		default:
			m = explainSyntax(data, line, msg)
		}
		return newParseError(path, line, col, key, m)
	}
	if err == nil {
		err = fallback
	}
	return newParseError(path, 0, 0, "", tomlSaid(strings.TrimPrefix(err.Error(), "toml: ")))
}

// tomlSaid is go-toml's own explanation of a syntax error, which no rule
// here words better: English as it came, introduced in another language.
func tomlSaid(msg string) *i18n.Error {
	return i18n.Errorf("config_toml_said", i18n.D{"Detail": msg})
}

// findUnknown reports keys in smtpconf's tables that it does not know, and
// its keys written outside any table, which it would silently ignore.
func (d *document) findUnknown() {
	seen := map[string]bool{}
	for _, e := range d.entries {
		if e.header {
			if len(e.path) == 2 && d.tables[e.path[0]] != nil {
				d.reportUnknown(seen, e)
			}
			continue
		}
		if len(e.path) == 1 && !e.inInline && e.table == "" && d.tables[e.path[0]] == nil && isTableKey(tableSMTP, e.path[0]) {
			p := newProblem(e.path[0], SeverityWarning, i18n.Errorf("config_outside_smtp", nil))
			p.Line = e.line
			d.problems = append(d.problems, p)
			continue
		}
		if len(e.path) < 2 || d.tables[e.path[0]] == nil {
			continue
		}
		d.reportUnknown(seen, e)
	}
}

// reportUnknown reports the key of e under one of smtpconf's tables, once,
// when smtpconf does not know it.
func (d *document) reportUnknown(seen map[string]bool, e entry) {
	table, name := e.path[0], e.path[1]
	key := table + "." + name
	if seen[key] || isTableKey(table, name) {
		return
	}
	seen[key] = true
	m := i18n.Errorf("config_unknown_key_ignored", i18n.D{"Key": i18n.Quoted(name)})
	if s := closest(name, tableKeys(table)); s != "" {
		m = i18n.Errorf("config_unknown_key_suggest", i18n.D{"Key": i18n.Quoted(name), "Suggestion": i18n.Quoted(s)})
	}
	p := newProblem(key, SeverityError, m)
	p.Line = e.line
	d.problems = append(d.problems, p)
}

// position is the 1-based line and column of a byte offset.
func position(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	line = bytes.Count(data[:offset], []byte("\n")) + 1
	return line, offset - (bytes.LastIndexByte(data[:offset], '\n') + 1) + 1
}

func lineStartBefore(data []byte, offset int) int {
	offset = min(max(offset, 0), len(data))
	return bytes.LastIndexByte(data[:offset], '\n') + 1
}

// lineEndAfter is the offset just past the newline that ends the line
// holding offset, or the end of the data.
func lineEndAfter(data []byte, offset int) int {
	offset = min(max(offset, 0), len(data))
	if i := bytes.IndexByte(data[offset:], '\n'); i >= 0 {
		return offset + i + 1
	}
	return len(data)
}
