package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Layout at 80×24 in both languages: the screens a reviewer found cut or
// broken mid-word in German.

// TestFatalScreenWraps: the reason a file cannot be read is wrapped, never
// cut: its end ("is a directory") is what the admin needs.
func TestFatalScreenWraps(t *testing.T) {
	for _, l := range i18n.Langs() {
		t.Run(string(l), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "a-config-directory-with-a-long-name", "dirconf")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			m := newSized(t, Options{Path: dir, Lang: l})
			if !topIs[*fatalScreen](m) {
				t.Fatalf("screen %T, want the fatal screen", m.top())
			}
			requireUncut(t, m)
			joined := strings.Join(strings.Fields(screenText(m)), " ")
			if !strings.Contains(joined, "is a directory") {
				t.Errorf("the reason is cut:\n%s", screenText(m))
			}
		})
	}
}
