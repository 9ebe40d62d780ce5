package config

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// decodeConfig takes smtpconf's settings from the decoded document. It
// matches keys exactly, as TOML does: go-toml's struct decoding would also
// take "Password" for "password", which the file's reader (and the
// unknown-key check) would not expect.
func (d *document) decodeConfig(path string, all map[string]any) error {
	for _, table := range []string{tableSMTP, tableDefaultServer} {
		v, ok := all[table]
		if !ok {
			continue
		}
		sub, ok := v.(map[string]any)
		if !ok {
			return d.errorAtKey(path, []string{table}, fmt.Sprintf("%s must be a table: write [%s] on a line of its own with its keys below it", table, table))
		}
		for _, name := range tableKeys(table) {
			raw, ok := sub[name]
			if !ok {
				continue
			}
			key := table + "." + name
			if err := d.set(key, raw); err != nil {
				return d.errorAtKey(path, []string{table, name}, key+": "+err.Error())
			}
		}
	}
	return nil
}

// set stores one decoded value, checking its type.
func (d *document) set(key string, raw any) error {
	kind, _ := kindOfKey(key)
	f, _ := d.config.field(key)
	_, want := kindOf(kind)
	switch kind {
	case KindBool:
		b, ok := raw.(bool)
		if !ok {
			return fmt.Errorf("expected %s", want)
		}
		*f.b = b
	case KindInt:
		n, ok := raw.(int64)
		if !ok || n < math.MinInt || n > math.MaxInt {
			return fmt.Errorf("expected %s", want)
		}
		*f.n = int(n)
	case KindDuration:
		s, ok := raw.(string)
		if !ok {
			return fmt.Errorf("expected %s", want)
		}
		return f.d.UnmarshalText([]byte(s))
	case KindString, KindChoice:
		s, ok := raw.(string)
		if !ok {
			return fmt.Errorf("expected %s", want)
		}
		*f.str = s
	}
	return nil
}

// errorAtKey is a *ParseError at the first place the file writes key or
// something under it.
func (d *document) errorAtKey(path string, key []string, msg string) *ParseError {
	for _, e := range d.entries {
		if len(e.path) >= len(key) && slices.Equal(e.path[:len(key)], key) {
			line, col := position(d.data, e.lineStart)
			return &ParseError{Path: path, Line: line, Column: col, Key: strings.Join(key, "."), Message: msg}
		}
	}
	return &ParseError{Path: path, Key: strings.Join(key, "."), Message: msg}
}
