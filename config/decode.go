package config

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
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
			return d.errorAtKey(path, []string{table}, i18n.Errorf("config_parse_not_table", i18n.D{"Table": table}))
		}
		for _, name := range tableKeys(table) {
			raw, ok := sub[name]
			if !ok {
				continue
			}
			key := table + "." + name
			if err := d.set(key, raw); err != nil {
				return d.errorAtKey(path, []string{table, name}, atKey(key, err))
			}
		}
	}
	return nil
}

// set stores one decoded value, checking its type.
func (d *document) set(key string, raw any) *i18n.Error {
	kind, _ := kindOfKey(key)
	f, _ := d.config.field(key)
	_, want := kindOf(kind)
	expected := i18n.Errorf("config_parse_expected", i18n.D{"Want": want})
	switch kind {
	case KindBool:
		b, ok := raw.(bool)
		if !ok {
			return expected
		}
		*f.b = b
	case KindInt:
		n, ok := raw.(int64)
		if !ok || n < math.MinInt || n > math.MaxInt {
			return expected
		}
		*f.n = int(n)
	case KindDuration:
		s, ok := raw.(string)
		if !ok {
			return expected
		}
		v, err := time.ParseDuration(s)
		if err != nil {
			return durationError(s)
		}
		f.d.Duration = v
	case KindString, KindChoice:
		s, ok := raw.(string)
		if !ok {
			return expected
		}
		*f.str = s
	}
	return nil
}

// errorAtKey is a *ParseError at the first place the file writes key or
// something under it.
func (d *document) errorAtKey(path string, key []string, m *i18n.Error) *ParseError {
	for _, e := range d.entries {
		if len(e.path) >= len(key) && slices.Equal(e.path[:len(key)], key) {
			line, col := position(d.data, e.lineStart)
			return newParseError(path, line, col, strings.Join(key, "."), m)
		}
	}
	return newParseError(path, 0, 0, strings.Join(key, "."), m)
}
