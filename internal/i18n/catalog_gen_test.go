package i18n

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"io/fs"
	"maps"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

var update = flag.Bool("update", false, "rewrite catalog_gen.go from locales/*.toml")

// pluralForms are go-i18n's message fields, in its order.
var pluralForms = []string{"zero", "one", "two", "few", "many", "other"}

// generateCatalog turns locales/<area>.<lang>.toml into Go: the catalogs
// are compiled into the binary instead of parsed at run time (parsing all of
// them took about 11 ms, several times a whole `smtpconf version`).
func generateCatalog(t *testing.T) []byte {
	t.Helper()
	files, err := fs.Glob(os.DirFS("locales"), "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	byLang := map[string]map[string]map[string]string{} // lang → id → form → text
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".toml")
		_, lang, _ := strings.Cut(name, ".")
		raw, err := os.ReadFile(path.Join("locales", f))
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]map[string]string
		if err := toml.Unmarshal(raw, &msgs); err != nil {
			t.Fatalf("locales/%s: %v", f, err)
		}
		if byLang[lang] == nil {
			byLang[lang] = map[string]map[string]string{}
		}
		for id, forms := range msgs {
			byLang[lang][id] = forms
		}
	}
	var b bytes.Buffer
	b.WriteString("// Code generated from locales/*.toml by `go generate ./internal/i18n`; DO NOT EDIT.\n\n")
	b.WriteString("package i18n\n\nimport goi18n \"github.com/nicksnyder/go-i18n/v2/i18n\"\n")
	for _, lang := range []string{"en", "de"} {
		fmt.Fprintf(&b, "\n// message%s is message id of the %s catalog, or nil.\n", strings.ToUpper(lang), lang)
		fmt.Fprintf(&b, "func message%s(id string) *goi18n.Message {\n\tswitch id {\n", strings.ToUpper(lang))
		ids := slices.Sorted(maps.Keys(byLang[lang]))
		for _, id := range ids {
			fmt.Fprintf(&b, "\tcase %q:\n\t\treturn &goi18n.Message{ID: %q", id, id)
			for _, form := range pluralForms {
				if text, ok := byLang[lang][id][form]; ok {
					fmt.Fprintf(&b, ", %s: %s", strings.ToUpper(form[:1])+form[1:], strconv.Quote(text))
				}
			}
			b.WriteString("}\n")
		}
		b.WriteString("\t}\n\treturn nil\n}\n")
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatalf("generated catalog does not format: %v", err)
	}
	return src
}

// TestGeneratedCatalogIsCurrent: the TOML files are what a translator
// edits; catalog_gen.go must say the same. `go generate ./internal/i18n`
// (which runs this test with -update) rewrites it.
func TestGeneratedCatalogIsCurrent(t *testing.T) {
	want := generateCatalog(t)
	if *update {
		if err := os.WriteFile("catalog_gen.go", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("catalog_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("catalog_gen.go does not match locales/*.toml: run `go generate ./internal/i18n` (or `make catalogs`) and commit the result")
	}
}
