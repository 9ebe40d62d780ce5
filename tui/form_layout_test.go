package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// TestChoiceRowsWrap: a choice row too wide for the window goes on under
// its first option instead of being cut, so every option, and above all
// the selected one, shows.
func TestChoiceRowsWrap(t *testing.T) {
	cram := strings.Replace(customConfig, `auth = "login"`, `auth = "cram-md5"`, 1)
	m := newSized(t, Options{Path: writeConfig(t, cram)})
	drive(m, tea.WindowSizeMsg{Width: 60, Height: 30})
	s := screen(m)
	for _, want := range []string{"○ none", "○ automatic", "○ LOGIN", "○ PLAIN", "● CRAM-MD5"} {
		if !strings.Contains(s, want) {
			t.Errorf("at 60 columns the Authentication row lacks %q:\n%s", want, s)
		}
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if w := lipgloss.Width(l); w > 60 {
			t.Errorf("line %d is %d wide: %q", i, w, l)
		}
		if strings.Contains(l, "Authentication") {
			col := strings.Index(l, "○ none")
			next := lines[i+1]
			if strings.TrimSpace(next[:min(col, len(next))]) != "" || !strings.HasPrefix(next[col:], "○") && !strings.HasPrefix(next[col:], "●") {
				t.Errorf("the row goes on unindented under its first option:\n%s\n%s", l, next)
			}
		}
	}
	requireGoldenNamed(t, "TestChoiceRowsWrap/60", m)

	// Focused, the selection moves through every option and stays in view.
	for m.focus != "smtp.auth" {
		drive(m, keyTab)
	}
	for range m.fields["smtp.auth"].choices {
		drive(m, keyRight)
		label := m.fields["smtp.auth"].choices[m.fields["smtp.auth"].sel].label
		if !strings.Contains(screen(m), "● "+label) {
			t.Errorf("the selected %s does not show:\n%s", label, screen(m))
		}
	}
}
