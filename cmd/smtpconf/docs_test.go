package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// docs/cli.md documents every value --json can print in "kind", a step's
// "status" and "name": read from mailer's source, so a value added there
// and not documented fails here.
func TestDocsListEveryJSONValue(t *testing.T) {
	doc, err := os.ReadFile("../../docs/cli.md")
	if err != nil {
		t.Fatal(err)
	}
	values := mailerConstants(t, "Kind", "StepName", "Status")
	values["Kind"] = append(values["Kind"], "usage", "config") // the CLI's own, before the server
	for typ, want := range map[string]int{"Kind": 20, "StepName": 12, "Status": 4} {
		if len(values[typ]) < want {
			t.Fatalf("found %d %s constants in mailer, expected at least %d: is the parsing right?", len(values[typ]), typ, want)
		}
	}
	for typ, vs := range values {
		for _, v := range vs {
			if !strings.Contains(string(doc), "`"+v+"`") {
				t.Errorf("docs/cli.md does not document the %s value %q", typ, v)
			}
		}
	}
}

// mailerConstants collects the string constants of the named types in
// mailer's (non-test) source.
func mailerConstants(t *testing.T, types ...string) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("../../mailer/*.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			spec, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			ident, ok := spec.Type.(*ast.Ident)
			if !ok {
				return true
			}
			for _, typ := range types {
				if ident.Name != typ {
					continue
				}
				for _, v := range spec.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, _ := strconv.Unquote(lit.Value)
						out[typ] = append(out[typ], s)
					}
				}
			}
			return true
		})
	}
	return out
}
