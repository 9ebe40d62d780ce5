package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

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

// TestHelpShowsEveryBinding: at 80 columns, in both languages, the short
// help shows every binding it keeps whole ("? more" included) and the full
// help every binding of every column: what does not fit on one line goes
// to the next, never cut off (German lost "? mehr" in the quit dialog and
// the wizard's third column).
func TestHelpShowsEveryBinding(t *testing.T) {
	keyF1 := tea.KeyPressMsg{Code: tea.KeyF1}
	for _, l := range i18n.Langs() {
		for _, c := range []struct {
			name string
			open func(t *testing.T) *model
		}{
			{"form", func(t *testing.T) *model {
				return newSized(t, Options{Path: writeConfig(t, customConfig), Lang: l})
			}},
			{"wizard", func(t *testing.T) *model {
				return newSized(t, Options{Path: writeConfig(t, ""), Lang: l})
			}},
			{"quit dialog", func(t *testing.T) *model {
				m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: l})
				drive(m, keyTab)
				typeText(m, "x")
				drive(m, keyEsc)
				if !topIs[*quitScreen](m) {
					t.Fatalf("screen %T, want the quit dialog", m.top())
				}
				return m
			}},
			{"review", func(t *testing.T) *model {
				m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: l})
				drive(m, keyTab, keyTab)
				typeText(m, " GmbH")
				drive(m, ctrl('s'))
				return m
			}},
		} {
			for _, full := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%s/full=%v", l, c.name, full), func(t *testing.T) {
					m := c.open(t)
					if full {
						drive(m, keyF1)
						if !m.help.ShowAll {
							t.Fatal("f1 did not show all keys")
						}
					}
					footer := squeeze(ansi.Strip(strings.Join(m.footer, " ")))
					var want []key.Binding
					if full {
						for _, col := range m.top().Help().full {
							want = append(want, col...)
						}
					} else {
						more := relabel(m.u.keys.Help, "?", l.T("tuiscreen_key_more", nil))
						if m.top().Typing() {
							more = relabel(m.u.keys.HelpAnywhere, "f1", l.T("tuiscreen_key_more", nil))
						}
						want = fitHelp(m.help, append(m.top().Help().short, more), m.frameWidth())
					}
					for _, b := range want {
						if b.Enabled() && !strings.Contains(footer, squeeze(b.Help().Desc)) {
							t.Errorf("the help lacks %q %q:\n%s", b.Help().Key, b.Help().Desc, screenText(m))
						}
					}
					requireFits(t, m)
				})
			}
		}
	}
}
