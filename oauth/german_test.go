package oauth

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestErrorsReadInGerman: why no token could be had reads in German for a
// German admin, in English as before, and errors.Is still finds the cause.
func TestErrorsReadInGerman(t *testing.T) {
	srv := start(t)
	dir := t.TempDir()
	foreign := filepath.Join(dir, "foreign.json")
	if err := os.WriteFile(foreign, []byte(`{"provider":"microsoft","tenant":"`+tenant+`","client_id":"another-app","mailbox":"`+mailbox+`","refresh_token":"r"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name       string
		file       string
		sentinel   error
		english    string
		german     string
		notEnglish string
	}{
		{"no_token_file_given", "", ErrNotSignedIn,
			"not signed in: no refresh token in the token file (no token file given)",
			"nicht angemeldet: kein Refresh-Token in der Token-Datei (keine Token-Datei angegeben)", "not signed in"},
		{"token_file_missing", filepath.Join(dir, "missing.json"), ErrNotSignedIn,
			"(" + filepath.Join(dir, "missing.json") + " does not exist)",
			"(" + filepath.Join(dir, "missing.json") + " existiert nicht)", "does not exist"},
		{"token_file_for_another_client", foreign, ErrNotSignedIn,
			"is for client another-app and mailbox " + mailbox,
			"gilt für Client another-app und Postfach " + mailbox, "the settings name"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := newSource(t, srv, device(), c.file).Token(context.Background())
			if !errors.Is(err, c.sentinel) {
				t.Fatalf("err = %v, want %v", err, c.sentinel)
			}
			if en := i18n.Text(err, i18n.English); en != err.Error() || !strings.Contains(en, c.english) {
				t.Errorf("English = %q (Error() %q), want it to contain %q", en, err.Error(), c.english)
			}
			de := i18n.Text(err, i18n.German)
			if !strings.Contains(de, c.german) || strings.Contains(de, c.notEnglish) || strings.Contains(de, "oauth_") {
				t.Errorf("German = %q, want it to contain %q and not %q", de, c.german, c.notEnglish)
			}
		})
	}
}
