package config

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// Pending says what Save would write without writing: equal bytes when a
// change sets what the file already holds, so callers can skip the save.
func TestPendingShowsWhatSaveWouldWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	const file = "# kept\n[smtp]\nuse_default = false\nsender = \"a@example.com\"\nhost = \"mail.example.com\"\nport = 587\n"
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		set     [][2]string
		same    bool
		changed []string
	}{
		{name: "same_value_changes_nothing", set: [][2]string{{"port", "587"}, {"host", "mail.example.com"}}, same: true},
		{name: "new_value_changes_the_bytes", set: [][2]string{{"port", "465"}}, changed: []string{"smtp.port"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, kv := range tt.set {
				if err := f.Config.Set(kv[0], kv[1]); err != nil {
					t.Fatal(err)
				}
			}
			before, after, err := f.Pending()
			if err != nil {
				t.Fatal(err)
			}
			if string(before) != file {
				t.Errorf("before = %q, want the file as loaded", before)
			}
			if got := bytes.Equal(before, after); got != tt.same {
				t.Errorf("unchanged = %v, want %v:\n%s", got, tt.same, after)
			}
			if got := ChangedKeys(f.Loaded(), f.Config); !slices.Equal(got, tt.changed) {
				t.Errorf("changed keys %q, want %q", got, tt.changed)
			}
			if disk, _ := os.ReadFile(path); string(disk) != file {
				t.Errorf("Pending wrote the file:\n%s", disk)
			}
		})
	}
	t.Run("new_file", func(t *testing.T) {
		f := New(filepath.Join(dir, "new.toml"))
		before, after, err := f.Pending()
		if err != nil || before != nil || len(after) == 0 {
			t.Fatalf("Pending() = %q, %q, %v; want nil before, some after", before, after, err)
		}
		if _, err := os.Stat(f.Path); err == nil {
			t.Error("Pending created the file")
		}
	})
}
