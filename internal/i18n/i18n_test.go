package i18n

import (
	"maps"
	"regexp"
	"slices"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

func TestFromEnv(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want Lang
	}{
		{"nothing set is English", nil, English},
		{"LANG=C is English", map[string]string{"LANG": "C"}, English},
		{"LANG=POSIX is English", map[string]string{"LANG": "POSIX"}, English},
		{"LANG=de_DE.UTF-8 is German", map[string]string{"LANG": "de_DE.UTF-8"}, German},
		{"de_AT is German", map[string]string{"LANG": "de_AT.UTF-8"}, German},
		{"de_CH with a modifier is German", map[string]string{"LANG": "de_CH@euro"}, German},
		{"bare de is German", map[string]string{"LANG": "de"}, German},
		{"en_US is English", map[string]string{"LANG": "en_US.UTF-8"}, English},
		{"LC_MESSAGES wins over LANG", map[string]string{"LANG": "de_DE.UTF-8", "LC_MESSAGES": "C"}, English},
		{"LC_ALL wins over both", map[string]string{"LANG": "C", "LC_MESSAGES": "C", "LC_ALL": "de_DE.UTF-8"}, German},
		{"an empty LC_ALL does not count", map[string]string{"LC_ALL": "", "LANG": "de_DE.UTF-8"}, German},
		{"a German-looking word is not German", map[string]string{"LANG": "deu"}, English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("FromEnv(%v) = %q, want %q", tt.env, got, tt.want)
			}
		})
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"de": German, "DE": German, "en": English, " english ": English} {
		if got, err := ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error("ParseLang(fr) accepted a language smtpconf does not speak")
	}
}

// catalogFile is one locales/active.*.toml: message ID → plural form → text.
func catalogFile(t *testing.T, lang Lang) map[string]map[string]string {
	t.Helper()
	raw, err := locales.ReadFile("locales/active." + string(lang) + ".toml")
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]map[string]string
	if err := toml.Unmarshal(raw, &msgs); err != nil {
		t.Fatalf("%s catalog: %v", lang, err)
	}
	for id := range msgs {
		delete(msgs[id], "description")
	}
	return msgs
}

var placeholder = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

func placeholders(forms map[string]string) []string {
	set := map[string]bool{}
	for _, text := range forms {
		for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
			set[m[1]] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// TestCatalogsComplete is the translator's check: every English message has
// a German one with the same placeholders and plural forms, and German has
// nothing English lacks (a message renamed on one side only).
func TestCatalogsComplete(t *testing.T) {
	en, de := catalogFile(t, English), catalogFile(t, German)
	if len(en) == 0 {
		t.Fatal("the English catalog is empty")
	}
	for id, enForms := range en {
		deForms, ok := de[id]
		if !ok {
			t.Errorf("%s: no German translation", id)
			continue
		}
		if a, b := placeholders(enForms), placeholders(deForms); !slices.Equal(a, b) {
			t.Errorf("%s: placeholders differ: English %v, German %v", id, a, b)
		}
		if a, b := slices.Sorted(maps.Keys(enForms)), slices.Sorted(maps.Keys(deForms)); !slices.Equal(a, b) {
			t.Errorf("%s: plural forms differ: English %v, German %v", id, a, b)
		}
		for form, text := range deForms {
			if text == "" {
				t.Errorf("%s (%s): empty German text", id, form)
			}
		}
	}
	for id := range de {
		if _, ok := en[id]; !ok {
			t.Errorf("%s: German text for a message English does not have", id)
		}
	}
}

func TestCatalogsParse(t *testing.T) {
	if _, err := catalog(); err != nil {
		t.Fatal(err)
	}
}

func TestPrinter(t *testing.T) {
	tests := []struct {
		lang  Lang
		id    string
		count int
		data  map[string]any
		want  string
	}{
		{English, "key_host_label", -1, nil, "Server"},
		{German, "key_host_label", -1, nil, "SMTP-Server"},
		{German, "key_password_label", -1, nil, "Kennwort"},
		{English, "validate_warnings", 1, map[string]any{"File": "a.toml"}, "a.toml: ok, 1 warning"},
		{English, "validate_warnings", 2, map[string]any{"File": "a.toml"}, "a.toml: ok, 2 warnings"},
		{German, "validate_warnings", 1, map[string]any{"File": "a.toml"}, "a.toml: in Ordnung, 1 Warnung"},
		{German, "validate_warnings", 3, map[string]any{"File": "a.toml"}, "a.toml: in Ordnung, 3 Warnungen"},
		{German, "no_such_message", -1, nil, "no_such_message"},
	}
	for _, tt := range tests {
		p := NewPrinter(tt.lang)
		var got string
		if tt.count >= 0 {
			got = p.N(tt.id, tt.count, tt.data)
		} else {
			got = p.T(tt.id, tt.data)
		}
		if got != tt.want {
			t.Errorf("%s %s(%d) = %q, want %q", tt.lang, tt.id, tt.count, got, tt.want)
		}
	}
}
