package config

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestUnset(t *testing.T) {
	tests := []struct {
		name string
		in   string
		keys []string
		want string // the whole new file
	}{
		{name: "unknown_key_goes_with_its_comment", in: "[smtp]\nuse_default = true\nprot = \"smtp\" # typo\nsender = \"a@b.de\"\n",
			keys: []string{"prot"}, want: "[smtp]\nuse_default = true\nsender = \"a@b.de\"\n"},
		{name: "known_key_goes_keeping_the_rest", in: foreignFile, keys: []string{"port"},
			want: strings.Replace(foreignFile, "port = 587 # submission\n", "", 1)},
		{name: "boolean_goes_rather_than_turning_false", in: foreignFile, keys: []string{"smtp.starttls"},
			want: strings.Replace(foreignFile, "starttls = true\n", "", 1)},
		{name: "use_default_goes", in: foreignFile, keys: []string{"use_default"},
			want: strings.Replace(foreignFile, "use_default = false\n", "", 1)},
		{name: "several_keys_known_and_not", in: "[smtp]\nuse_default = true\ncolour = 1\nsender = \"a@b.de\"\nhost = \"h\"\n[default_server]\nhots = \"x\"\nhost = \"relay\"\n",
			keys: []string{"colour", "host", "default_server.hots"},
			want: "[smtp]\nuse_default = true\nsender = \"a@b.de\"\n[default_server]\nhost = \"relay\"\n"},
		{name: "table_under_smtp_goes_whole", in: "[smtp]\nuse_default = true\n\n[smtp.extra]\nx = 1\ny = \"z\"\n\n[app]\nn = 1\n",
			keys: []string{"extra"}, want: "[smtp]\nuse_default = true\n\n\n[app]\nn = 1\n"},
		{name: "inline_value_goes_whole", in: "[smtp]\nuse_default = true\nextra = { a = 1, b = [2, 3] }\n",
			keys: []string{"extra"}, want: "[smtp]\nuse_default = true\n"},
		{name: "dotted_key_in_the_root_table", in: "smtp.use_default = true\nsmtp.prot = 25\n[app]\nx = 1\n",
			keys: []string{"smtp.prot"}, want: "smtp.use_default = true\n[app]\nx = 1\n"},
		{name: "known_key_the_file_lacks_changes_nothing", in: foreignFile, keys: []string{"tls_ca_file"}, want: foreignFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := loadFile(t, tt.in)
			for _, k := range tt.keys {
				if err := f.Unset(k); err != nil {
					t.Fatalf("Unset(%q): %v", k, err)
				}
			}
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			if got := string(readFile(t, f.Path)); got != tt.want {
				t.Fatalf("got:\n%s\nwant:\n%s", got, tt.want)
			}
			for _, k := range tt.keys {
				if strings.Contains(strings.Join(f.WrittenKeys(), " "), QualifiedKey(k)) {
					t.Errorf("%s is still written: %v", k, f.WrittenKeys())
				}
			}
		})
	}
}

// An inline smtp = {...} table cannot be edited line-wise: the key still
// goes, through the re-encoding that keeps every other value.
func TestUnsetInInlineTable(t *testing.T) {
	f := loadFile(t, "title = \"x\"\nsmtp = { use_default = true, sender = \"a@b.de\", prot = 25, keep = \"me\" }\n")
	if err := f.Unset("prot"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	g, err := Load(f.Path)
	if err != nil {
		t.Fatal(err)
	}
	if !g.Config.SMTP.UseDefault || g.Config.SMTP.Sender != "a@b.de" {
		t.Errorf("settings lost: %+v", g.Config.SMTP)
	}
	// Re-encoding orders keys its own way.
	if got := strings.Join(slices.Sorted(slices.Values(g.WrittenKeys())), " "); got != "smtp.keep smtp.sender smtp.use_default" {
		t.Errorf("keys now %q", got)
	}
}

func TestUnsetRefuses(t *testing.T) {
	const in = "[smtp]\nuse_default = true\nsender = \"a@b.de\"\nprot = 25\n[default_server]\nhots = \"x\"\n"
	tests := []struct {
		key, contains string
	}{
		{"nonsense", `"nonsense" is neither a setting nor in [smtp] of the file`},
		{"prto", `did you mean "prot"?`},
		{"default_server.htos", `did you mean "default_server.hots"?`},
		{"default_server.prot", `neither a setting nor in [default_server]`},
		{"app.name", "is not a key of [smtp] or [default_server]"},
		{"default_server.", "is not a key of [smtp] or [default_server]"},
		{"smtp.extra.x", "is not a key of [smtp] or [default_server]"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			f := loadFile(t, in)
			err := f.Unset(tt.key)
			if err == nil || !strings.Contains(err.Error(), tt.contains) {
				t.Fatalf("Unset(%q) = %v, want an error containing %q", tt.key, err, tt.contains)
			}
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			if got := string(readFile(t, f.Path)); got != in {
				t.Errorf("a refused Unset changed the file:\n%s", got)
			}
		})
	}
}

func TestUnsetAndValidate(t *testing.T) {
	f := loadFile(t, "[smtp]\nuse_default = true\nsender = \"a@b.de\"\nprot = \"smtp\"\nport = 25\n")
	if ps := f.Validate(); len(ps.For("smtp.prot")) != 1 {
		t.Fatalf("want the typo reported before:\n%s", ps)
	}
	if err := f.Unset("prot"); err != nil {
		t.Fatal(err)
	}
	if ps := f.Validate(); len(ps) != 0 {
		t.Errorf("the removed typo is still reported:\n%s", ps)
	}
	// Unset then set again: the new value is written where the old was.
	if err := f.Unset("port"); err != nil {
		t.Fatal(err)
	}
	if err := f.Config.Set("port", "2525"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if got, want := string(readFile(t, f.Path)), "[smtp]\nuse_default = true\nsender = \"a@b.de\"\nport = 2525\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if ps := f.Validate(); len(ps) != 0 {
		t.Errorf("after saving:\n%s", ps)
	}
}

// A reload drops what Unset had planned, as it drops other unsaved changes.
func TestReloadForgetsUnset(t *testing.T) {
	const in = "[smtp]\nuse_default = true\nsender = \"a@b.de\"\nprot = 25\n"
	f := loadFile(t, in)
	if err := f.Unset("prot"); err != nil {
		t.Fatal(err)
	}
	if err := f.Reload(); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(f.Path); err != nil || string(got) != in {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestWrittenKeys(t *testing.T) {
	f := loadFile(t, "top = 1\n[smtp]\nuse_default = true\nprot = 2\nextra = { a = 1 }\n[smtp.sub]\nx = 1\n[default_server]\nhost = \"h\"\n[app]\nhost = \"no\"\n")
	want := "smtp.use_default smtp.prot smtp.extra smtp.sub default_server.host"
	if got := strings.Join(f.WrittenKeys(), " "); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if New("x").WrittenKeys() != nil {
		t.Error("a file not on disk writes no keys")
	}
}
