package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestSaveWithNoEditsChecksTheFile: Ctrl+S with nothing edited in the form
// must not claim that the file holds the form's settings when someone else
// (`smtpconf set`, an editor) changed it meanwhile: the form takes the file
// as it is now and says so; nothing is written and OnSave is not called.
func TestSaveWithNoEditsChecksTheFile(t *testing.T) {
	setSenderName := func(t *testing.T, path string) string {
		t.Helper()
		f, err := config.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Config.Set("smtp.sender_name", "Changed Elsewhere"); err != nil {
			t.Fatal(err)
		}
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		return "Changed Elsewhere"
	}
	remove := func(t *testing.T, path string) string {
		t.Helper()
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		return "Example Platform"
	}
	cases := []struct {
		name      string
		meanwhile func(t *testing.T, path string) string // returns the sender name the form should show after
		want      map[i18n.Lang]string
		notWant   map[i18n.Lang]string
	}{
		{
			name:      "unchanged file has nothing to save",
			meanwhile: func(*testing.T, string) string { return "Example Platform" },
			want:      map[i18n.Lang]string{i18n.English: "Nothing to save", i18n.German: "Nichts zu speichern"},
		},
		{
			name:      "a file changed by someone else is shown, not claimed",
			meanwhile: setSenderName,
			want:      map[i18n.Lang]string{i18n.English: "Someone else changed", i18n.German: "Jemand anderes hat"},
			notWant:   map[i18n.Lang]string{i18n.English: "already holds", i18n.German: "enthält diese Einstellungen bereits"},
		},
		{
			name:      "a removed file is reported, not claimed",
			meanwhile: remove,
			want:      map[i18n.Lang]string{i18n.English: "✗ Nothing saved", i18n.German: "✗ Nichts gespeichert"},
			notWant:   map[i18n.Lang]string{i18n.English: "already holds", i18n.German: "enthält diese Einstellungen bereits"},
		},
	}
	for _, tc := range cases {
		for _, lang := range i18n.Langs() {
			t.Run(tc.name+"/"+string(lang), func(t *testing.T) {
				path := writeConfig(t, customConfig)
				var audits [][]string
				m := newSized(t, Options{Path: path, Lang: lang, OnSave: func(_ string, keys []string) { audits = append(audits, keys) }})
				wantName := tc.meanwhile(t, path)
				before, _ := os.ReadFile(path)
				st := saveViaSummary(t, m)
				if !strings.Contains(st, tc.want[lang]) {
					t.Errorf("status %q, want %q", st, tc.want[lang])
				}
				if nw := tc.notWant[lang]; nw != "" && strings.Contains(st, nw) {
					t.Errorf("status %q claims %q", st, nw)
				}
				if got := m.d.fields["smtp.sender_name"].value(); got != wantName {
					t.Errorf("sender name field %q, want %q", got, wantName)
				}
				if !topIs[*formScreen](m) {
					t.Errorf("screen %T, want the settings page", m.top())
				}
				after, _ := os.ReadFile(path)
				if string(after) != string(before) {
					t.Errorf("the file was written:\n%s", after)
				}
				if len(audits) > 0 {
					t.Errorf("OnSave called for a save that wrote nothing: %v", audits)
				}
				if m.d.dirty() {
					t.Errorf("the form shows changes after taking the file: %v", m.d.changes())
				}
			})
		}
	}
}
