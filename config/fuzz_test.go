package config

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

// quickDisk is the real file system without fsync, so that fuzzing runs
// at the speed of the code under test rather than of the disk.
type quickDisk struct{ osDisk }

type quickTemp struct{ *os.File }

func (quickTemp) Sync() error { return nil }

func (quickDisk) CreateTemp(dir, pattern string) (tempFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return quickTemp{f}, nil
}

func (quickDisk) SyncDir(string) error { return nil }

// FuzzLoadValidate feeds arbitrary bytes to Load and Validate, then edits
// and saves: nothing may panic, a failure to load must be a *ParseError or
// a read error, and a file that loaded must save and read back with the
// new settings and the same foreign content.
func FuzzLoadValidate(f *testing.F) {
	for _, seed := range []string{typicalFile, foreignFile, "", "\n", "[smtp", "smtp = { use_default = false, host = \"h\" }\n",
		"smtp.host = \"h\"\nsmtp.port = 25\n", "[smtp.extra]\nx = 1\n[smtp]\nprot = 1\n", "[app]\r\nx = 1\r\n[smtp]\r\nport = 1",
		"[default_server]\nhost = \"relay\"\n[smtp]\nuse_default = true\nsender_name = '''\nFirma\n'''\n", "x = nan\n[smtp]\nport = 0x24B\n"} {
		f.Add([]byte(seed))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 16<<10 {
			// go-toml checks for duplicate keys in quadratic time, so
			// big inputs only slow the search; real files are < 2 KiB.
			t.Skip()
		}
		path := filepath.Join(dir, "config.toml")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		file, err := Load(path)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Load failed without a *ParseError: %v", err)
			}
			return
		}
		ps := file.Validate()
		_ = ps.Err()
		_ = file.Config.Effective()
		_ = file.Config.Redacted()

		file.disk = quickDisk{}
		want := file.Config
		want.SMTP.Port++
		want.SMTP.Host = "fuzz.example"
		want.SMTP.Password = ""
		want.DefaultServer.SenderName = "Fuzz \"Platform\""
		file.Config = want
		if err := file.Save(); err != nil {
			t.Fatalf("Save of a loaded file failed: %v\ninput:\n%q", err, data)
		}
		again, err := Load(path)
		if err != nil {
			t.Fatalf("saved file does not load: %v", err)
		}
		if again.Config != want {
			t.Fatalf("round trip changed the settings:\ngot  %+v\nwant %+v", again.Config, want)
		}
		before, err1 := foreign(data)
		after, err2 := foreign(readFile(t, path))
		if err1 != nil || err2 != nil || !equalForeign(before, after) {
			t.Fatalf("foreign content changed (%v, %v):\n%#v\n%#v", err1, err2, before, after)
		}
	})
}

// foreign decodes a document on its own and drops smtpconf's keys: the
// tests' independent view of what a save must keep.
func foreign(data []byte) (map[string]any, error) {
	m := map[string]any{}
	if err := toml.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	return withoutOwnKeys(m), nil
}
