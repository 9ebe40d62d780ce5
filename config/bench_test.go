package config

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkLoadValidate is what every command pays before it does anything.
func BenchmarkLoadValidate(b *testing.B) {
	path := filepath.Join(b.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(foreignFile), 0o600); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		f, err := Load(path)
		if err != nil {
			b.Fatal(err)
		}
		if ps := f.Validate(); len(ps.Errors()) != 0 {
			b.Fatal(ps)
		}
	}
}

// BenchmarkValidate is what the TUI pays on each keystroke.
func BenchmarkValidate(b *testing.B) {
	c := validCustom()
	b.ReportAllocs()
	for b.Loop() {
		_ = Validate(c)
	}
}
