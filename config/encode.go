package config

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

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
// Unknown keys in removed are left out.
func reencode(old *document, c Config, removed map[string]bool, lang i18n.Lang) ([]byte, error) {
	m := map[string]any{}
	if err := toml.Unmarshal(old.data, &m); err != nil {
		return nil, i18n.Wrap("config_reencode_read", nil, err)
	}
	m = withoutRemoved(m, removed)
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
		for _, name := range wanted(table, c, present, removed) {
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
		return nil, i18n.Wrap("config_reencode_encode", nil, err)
	}
	if len(old.data) == 0 {
		out = append([]byte(newFileHeader(lang)+"\n"), out...)
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
