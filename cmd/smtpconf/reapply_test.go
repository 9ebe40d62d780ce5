//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// writeBeside replaces path's content as another process would.
func writeBeside(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// Another process saved between this one's load and save: the change is
// applied again on what is there now, and both survive.
func TestSaveReapplyingKeepsTheOtherProcesssChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.toml")
	writeBeside(t, path, noPasswordConfig)
	f, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	apply := func(f *config.File) error { return f.Config.Set("sender_name", "Mine") }
	if err := apply(f); err != nil {
		t.Fatal(err)
	}
	writeBeside(t, path, noPasswordConfig+"timeout = \"20s\"\n")
	calls := 0
	err = saveReapplying(f, time.Minute, func(f *config.File) error { calls++; return apply(f) })
	if err != nil || calls != 1 {
		t.Fatalf("err %v after %d re-applications, want none after 1", err, calls)
	}
	got, _ := os.ReadFile(path)
	for _, want := range []string{`timeout = "20s"`, `sender_name = "Mine"`} {
		if !strings.Contains(string(got), want) {
			t.Errorf("the file lacks %q:\n%s", want, got)
		}
	}
}

// A file that keeps changing under every attempt: saveReapplying gives up
// after its wait, and the command says so once, with one remedy.
func TestSaveReapplyingGivesUpOnAFileThatKeepsChanging(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.toml")
	writeBeside(t, path, noPasswordConfig)
	f, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	edit := func() { n++; writeBeside(t, path, noPasswordConfig+strings.Repeat("# edited\n", n)) }
	edit()
	err = saveReapplying(f, 50*time.Millisecond, func(*config.File) error { edit(); return nil })
	want := "cannot save " + path + ": someone edited the file since it was loaded: another program kept changing it for 5s, and each time smtpconf read it again: run the command again once it is done"
	if e := saveError(path, err, i18n.English); e == nil || e.Error() != want {
		t.Fatalf("got %v, want %q", e, want)
	}
}
