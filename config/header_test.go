package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestNewFileHeaderFollowsTheLanguage: a file smtpconf creates opens with
// a comment in the language of the run that created it; saving a file
// that exists leaves its comment as it is, whatever the run's language.
func TestNewFileHeaderFollowsTheLanguage(t *testing.T) {
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.English, "# Outgoing mail settings, written by smtpconf (`smtpconf set --help` explains the keys).\n"},
		{i18n.German, "# Einstellungen für ausgehende E-Mails, geschrieben von smtpconf (`smtpconf set --help` erklärt die Schlüssel).\n"},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			f := New(path)
			f.Lang = tc.lang
			f.Config.SMTP.Sender = "noreply@example.com"
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(data), tc.want) {
				t.Fatalf("a new file opens with\n%s\nwant\n%s", data, tc.want)
			}

			// The other language saving it again: the comment stays.
			g, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			g.Lang = i18n.German
			if tc.lang == i18n.German {
				g.Lang = i18n.English
			}
			g.Config.SMTP.Sender = "other@example.com"
			if err := g.Save(); err != nil {
				t.Fatal(err)
			}
			again, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(again), tc.want) || !strings.Contains(string(again), "other@example.com") {
				t.Errorf("saving the file in another language changed its comment:\n%s", again)
			}
		})
	}
}
