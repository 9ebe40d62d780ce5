package config

import (
	"fmt"
	"reflect"
	"unicode/utf8"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// newFileHeader opens a file smtpconf creates, so that whoever finds it
// knows what wrote it and where the keys are explained: in the language
// of the run that created it (File.Lang). A file that exists keeps its
// comments, whatever the language.
func newFileHeader(l i18n.Lang) string {
	return "# " + l.T("config_new_file_header", nil) + "\n"
}

// render is the file's new text: the old text with the values of
// smtpconf's keys edited in place, so that everything else (other tables,
// comments, order, formatting) stays byte for byte. When the old text uses
// a shape that cannot be edited line-wise (an inline smtp = {...} table),
// it falls back to re-encoding the whole document, which keeps every value
// but not comments. Either way the result is parsed back and must hold c
// and exactly the foreign content of old (less the unknown keys in
// removed, which File.Unset took out); otherwise render fails and nothing is
// written.
func render(old *document, c Config, removed map[string]bool, lang i18n.Lang) ([]byte, *document, error) {
	if err := checkEncodable(c); err != nil {
		return nil, nil, err
	}
	if out, ok := splice(old, c, removed, lang); ok {
		if doc, err := faithful(old, out, c, removed); err == nil {
			return out, doc, nil
		}
	}
	out, err := reencode(old, c, removed, lang)
	if err != nil {
		return nil, nil, err
	}
	doc, err := faithful(old, out, c, removed)
	if err != nil {
		return nil, nil, err
	}
	return out, doc, nil
}

// checkEncodable refuses what TOML cannot hold: text that is not UTF-8.
func checkEncodable(c Config) error {
	for _, k := range knownKeys().list {
		if f, _ := c.field(k.Name); f.str != nil && !utf8.ValidString(*f.str) {
			return i18n.Errorf("config_render_not_utf8", i18n.D{"Key": k.Name})
		}
	}
	return nil
}

// wanted lists the keys a table is written with: use_default always, else
// the keys that are set, and booleans the file already spells out (so that
// an explicit "starttls = false" stays explicit). A key removed by Unset
// and not set again since is not written at all.
func wanted(table string, c Config, present map[string]entry, removed map[string]bool) []string {
	var names []string
	for _, name := range tableKeys(table) {
		f, _ := c.field(table + "." + name)
		_, inFile := present[name]
		if removed[table+"."+name] && f.isZero() {
			continue
		}
		if (table == tableSMTP && name == "use_default") || !f.isZero() || (inFile && f.b != nil) {
			names = append(names, name)
		}
	}
	return names
}

// faithful checks that out reads back as c and keeps old's foreign
// content (less what Unset removed), and gives the parsed result.
func faithful(old *document, out []byte, c Config, removed map[string]bool) (*document, error) {
	doc, err := parse("", out)
	if err != nil {
		return nil, i18n.Wrap("config_unfaithful_parse", nil, err)
	}
	if doc.config != c {
		return nil, i18n.Errorf("config_unfaithful_settings", nil)
	}
	want := withoutRemoved(old.foreign, removed)
	if !reflect.DeepEqual(want, doc.foreign) && fmt.Sprintf("%#v", want) != fmt.Sprintf("%#v", doc.foreign) {
		return nil, i18n.Errorf("config_unfaithful_foreign", nil)
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
