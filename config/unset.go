package config

import (
	"maps"
	"slices"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Unset removes a key from [smtp] or [default_server] when the file is next
// saved: its line goes (a boolean's too, rather than becoming an explicit
// false), and a setting falls back to its default. A bare key means [smtp].
// Unlike Set with an empty value, it also takes a key smtpconf does not know,
// or a table under one of its tables, when the file has it: a typo such as
// prot = "smtp" makes the file invalid, and this is how a script removes it.
// File.Validate leaves out the problems of keys removed this way.
func (f *File) Unset(key string) error {
	name := QualifiedKey(key)
	table, rest, _ := strings.Cut(name, ".")
	if rest == "" || strings.Contains(rest, ".") {
		return i18n.Errorf("config_unset_not_key", i18n.D{"Key": i18n.Quoted(key)})
	}
	if isTableKey(table, rest) {
		field, _ := f.Config.field(name)
		_ = field.clear()
	} else if written := f.WrittenKeys(); !slices.Contains(written, name) {
		return notInFile(written, key, table, rest)
	}
	if f.removed == nil {
		f.removed = map[string]bool{}
	}
	f.removed[name] = true
	return nil
}

// notInFile says that an unknown key is not in the file's written keys
// either, naming the one of them that was most likely meant.
func notInFile(written []string, key, table, name string) error {
	var inTable []string
	for _, k := range written {
		if t, n, _ := strings.Cut(k, "."); t == table {
			inTable = append(inTable, n)
		}
	}
	if s := closest(name, inTable); s != "" {
		if table != tableSMTP {
			s = table + "." + s
		}
		return i18n.Errorf("config_unset_suggest", i18n.D{"Key": i18n.Quoted(key), "Table": table, "Suggestion": i18n.Quoted(s)})
	}
	return i18n.Errorf("config_unset_not_in_file", i18n.D{"Key": i18n.Quoted(key), "Table": table})
}

// WrittenKeys lists the dotted keys the file writes in [smtp] and
// [default_server], in file order: known or not, so that a UI can offer
// what Unset can remove. Keys removed by Unset are left out. Lines are as
// loaded or last saved.
func (f *File) WrittenKeys() []string {
	if f.loaded == nil {
		return nil
	}
	var keys []string
	for _, e := range f.loaded.entries {
		if len(e.path) < 2 || f.loaded.tables[e.path[0]] == nil {
			continue
		}
		key := e.path[0] + "." + e.path[1]
		if !f.removed[key] && !slices.Contains(keys, key) {
			keys = append(keys, key)
		}
	}
	return keys
}

// removedLine tells whether an entry of the file goes because Unset removed
// the key it is under. Known keys go through wanted instead, which also
// keeps a key that was set again after it was unset.
func removedLine(removed map[string]bool, table string, e entry) bool {
	return len(e.path) >= 2 && e.path[0] == table && removed[table+"."+e.path[1]] && !isTableKey(table, e.path[1])
}

// withoutRemoved is the decoded content a save must keep: foreign's, less
// the keys Unset removed. foreign is not changed.
func withoutRemoved(foreign map[string]any, removed map[string]bool) map[string]any {
	if len(removed) == 0 {
		return foreign
	}
	out := maps.Clone(foreign)
	for _, table := range []string{tableSMTP, tableDefaultServer} {
		sub, ok := out[table].(map[string]any)
		if !ok {
			continue
		}
		sub = maps.Clone(sub)
		for name := range sub {
			if removed[table+"."+name] {
				delete(sub, name)
			}
		}
		if len(sub) == 0 {
			delete(out, table)
		} else {
			out[table] = sub
		}
	}
	return out
}
