package config

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

type edit struct {
	start, end int
	text       string
}

// splice edits the old text in place; false when it cannot. The lines of
// unknown keys in removed go too.
func splice(old *document, c Config, removed map[string]bool, lang i18n.Lang) ([]byte, bool) {
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
		for _, e := range old.entries {
			// Entries inside an inline table go with the line that holds it.
			if !e.inInline && removedLine(removed, table, e) {
				edits = append(edits, edit{e.lineStart, e.lineEnd, ""})
			}
		}
		want := wanted(table, c, present, removed)
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
		edits = append([]edit{{0, 0, newFileHeader(lang)}}, edits...)
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
