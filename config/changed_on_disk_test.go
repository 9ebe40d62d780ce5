package config

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestChangedOnDiskAgreesWithSave: ChangedOnDisk says, without writing,
// whether Save would refuse with ErrChangedOnDisk, so that a caller with
// nothing to save never claims that a file changed meanwhile holds its
// settings.
func TestChangedOnDiskAgreesWithSave(t *testing.T) {
	const file = "# kept\n[smtp]\nuse_default = false\nsender = \"a@example.com\"\nhost = \"mail.example.com\"\nport = 587\n"
	write := func(t *testing.T, path, body string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name      string
		onDisk    bool                            // the file exists before it is opened
		meanwhile func(t *testing.T, path string) // what someone else does
		want      bool
	}{
		{name: "loaded and untouched", onDisk: true, meanwhile: func(*testing.T, string) {}, want: false},
		{name: "loaded, then edited", onDisk: true, meanwhile: func(t *testing.T, p string) { write(t, p, file+"timeout = \"20s\"\n") }, want: true},
		{name: "loaded, then only a comment edited", onDisk: true, meanwhile: func(t *testing.T, p string) { write(t, p, "# other\n"+file) }, want: true},
		{name: "loaded, then removed", onDisk: true, meanwhile: func(t *testing.T, p string) {
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
		}, want: true},
		{name: "new and still not there", meanwhile: func(*testing.T, string) {}, want: false},
		{name: "new, then created by someone else", meanwhile: func(t *testing.T, p string) { write(t, p, file) }, want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			var f *File
			if tt.onDisk {
				write(t, path, file)
				var err error
				if f, err = Load(path); err != nil {
					t.Fatal(err)
				}
			} else {
				f = New(path)
			}
			tt.meanwhile(t, path)
			before, _ := os.ReadFile(path)
			got, err := f.ChangedOnDisk()
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("ChangedOnDisk = %v, want %v", got, tt.want)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Error("ChangedOnDisk wrote the file")
			}
			// Save agrees: it refuses exactly when ChangedOnDisk said so.
			if err := f.Save(); errors.Is(err, ErrChangedOnDisk) != tt.want {
				t.Errorf("Save: %v, ChangedOnDisk said %v", err, tt.want)
			}
			if !tt.want {
				if again, err := f.ChangedOnDisk(); err != nil || again {
					t.Errorf("after saving, ChangedOnDisk = %v, %v; want false", again, err)
				}
			}
		})
	}
}
