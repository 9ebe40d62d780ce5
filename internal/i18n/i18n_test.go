package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
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

// catalogs reads every locales/<area>.<lang>.toml: area → language →
// message ID → plural form → text.
func catalogs(t *testing.T) map[string]map[Lang]map[string]map[string]string {
	t.Helper()
	files, err := fs.Glob(os.DirFS("."), "locales/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[Lang]map[string]map[string]string{}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".toml")
		area, lang, ok := strings.Cut(name, ".")
		if !ok || (Lang(lang) != English && Lang(lang) != German) {
			t.Errorf("%s: a catalog is named <area>.en.toml or <area>.de.toml", f)
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]map[string]string
		if err := toml.Unmarshal(raw, &msgs); err != nil {
			t.Fatalf("%s: %v (every message is a table of plural forms: [id] other = \"…\")", f, err)
		}
		for id := range msgs {
			delete(msgs[id], "description")
		}
		if out[area] == nil {
			out[area] = map[Lang]map[string]map[string]string{}
		}
		out[area][Lang(lang)] = msgs
	}
	return out
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
// a German one with the same placeholders and plural forms, German has
// nothing English lacks (a message renamed on one side only), and every ID
// starts with its file's area, so that no two files can claim one ID.
func TestCatalogsComplete(t *testing.T) {
	all := catalogs(t)
	if len(all) == 0 {
		t.Fatal("there are no catalogs")
	}
	for area, byLang := range all {
		en, de := byLang[English], byLang[German]
		if len(en) == 0 {
			t.Errorf("%s: the English catalog is missing or empty", area)
		}
		for id, enForms := range en {
			if !strings.HasPrefix(id, area+"_") {
				t.Errorf("%s.en.toml: message %s does not start with %s_", area, id, area)
			}
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
				if strings.TrimSpace(text) == "" {
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
}

// TestEveryMessageIsCompiledIn: what the program looks up at run time is
// exactly what the catalogs say, form by form, in each language.
func TestEveryMessageIsCompiledIn(t *testing.T) {
	for _, byLang := range catalogs(t) {
		for _, l := range Langs() {
			for id, forms := range byLang[l] {
				m := message(l, id)
				if m == nil {
					t.Errorf("%s %s: not compiled in (run `go generate ./internal/i18n`)", l, id)
					continue
				}
				if m.Other != forms["other"] || m.One != forms["one"] {
					t.Errorf("%s %s: compiled text differs from the catalog (run `go generate ./internal/i18n`)", l, id)
				}
			}
		}
	}
}

// usedID finds the message IDs code names literally: .T("id", .N("id",
// Errorf("id", Wrap("id", and a literal assigned to an ID field.
var usedID = regexp.MustCompile(`(?:\.T\(|\.N\(|\bErrorf\(|\bWrap\(|\bID:\s*)"([a-z][a-z0-9]*_[a-z0-9_]+)"`)

// TestEveryUsedIDExists walks the module's Go files: a message ID written in
// code but in no catalog would show as its bare ID on screen.
func TestEveryUsedIDExists(t *testing.T) {
	known := map[string]bool{}
	for _, byLang := range catalogs(t) {
		for id := range byLang[English] {
			known[id] = true
		}
	}
	root := filepath.Join("..", "..")
	used := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "vendor" || (strings.HasPrefix(d.Name(), ".") && p != root)) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range usedID.FindAllSubmatch(src, -1) {
			used++
			if id := string(m[1]); !known[id] {
				t.Errorf("%s: message %s is in no catalog", p, id)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if used == 0 {
		t.Error("found no message IDs in the code: the pattern no longer matches how code asks for them")
	}
}

func TestLangT(t *testing.T) {
	tests := []struct {
		lang  Lang
		id    string
		count int
		data  D
		want  string
	}{
		{English, "config_key_host_label", -1, nil, "Server"},
		{"", "config_key_host_label", -1, nil, "Server"},
		{German, "config_key_host_label", -1, nil, "SMTP-Server"},
		{German, "config_key_password_label", -1, nil, "Kennwort"},
		{English, "cli_validate_warnings", 1, D{"File": "a.toml"}, "a.toml: ok, 1 warning"},
		{English, "cli_validate_warnings", 2, D{"File": "a.toml"}, "a.toml: ok, 2 warnings"},
		{German, "cli_validate_warnings", 1, D{"File": "a.toml"}, "a.toml: in Ordnung, 1 Warnung"},
		{German, "cli_validate_warnings", 3, D{"File": "a.toml"}, "a.toml: in Ordnung, 3 Warnungen"},
		{German, "no_such_message", -1, nil, "no_such_message"},
	}
	for _, tt := range tests {
		var got string
		if tt.count >= 0 {
			got = tt.lang.N(tt.id, tt.count, tt.data)
		} else {
			got = tt.lang.T(tt.id, tt.data)
		}
		if got != tt.want {
			t.Errorf("%s %s(%d) = %q, want %q", tt.lang, tt.id, tt.count, got, tt.want)
		}
	}
}

func TestErrorTranslatesThroughItsChain(t *testing.T) {
	cause := errors.New("connection refused")
	inner := Wrap("cli_validate_ok", D{"File": "x"}, cause)
	outer := Wrap("cli_validate_ok", D{"File": "y"}, inner)
	if !errors.Is(outer, cause) {
		t.Error("errors.Is does not reach the cause through *Error")
	}
	if got := Text(outer, German); got == outer.Error() {
		t.Errorf("Text(German) = %q, the same as English", got)
	}
	if got := Text(fmt.Errorf("plain: %w", inner), German); got != "plain: "+inner.Error() {
		t.Errorf("an fmt wrapper's text = %q, want its own English words", got)
	}
	if Text(nil, German) != "" {
		t.Error("Text(nil) is not empty")
	}
}
