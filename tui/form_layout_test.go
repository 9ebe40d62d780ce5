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
	s := screenText(m)
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
	for focusOf(m) != "smtp.auth" {
		drive(m, keyTab)
	}
	for range m.d.fields["smtp.auth"].choices {
		drive(m, keyRight)
		label := m.d.fields["smtp.auth"].choices[m.d.fields["smtp.auth"].sel].label
		if !strings.Contains(screenText(m), "● "+label) {
			t.Errorf("the selected %s does not show:\n%s", label, screenText(m))
		}
	}
}

// TestFieldErrorsNamed: a field's problems name the field by its label
// before config's message, which they keep word for word.
func TestFieldErrorsNamed(t *testing.T) {
	withSkip := strings.Replace(customConfig, "timeout", "tls_skip_verify = true\ntimeout", 1)
	m := newSized(t, Options{Path: writeConfig(t, withSkip)})
	drive(m, tea.WindowSizeMsg{Width: 200, Height: 60}) // one line per message
	setField(t, m, "smtp.sender", "not-an-address")
	setField(t, m, "smtp.host", "")
	setField(t, m, "smtp.port", "abc")
	drive(m, keyTab)
	s := screenText(m)
	for _, want := range []string{
		`✗ Sender address: "not-an-address" is not an e-mail address: write it like noreply@example.com`,
		`✗ Server is not set: set the mail server's name or IP address, e.g. mail.example.com`,
		`✗ Port must be a whole number such as 587, not "abc"`,
		`! Skip certificate check is on: any certificate is accepted`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the screen lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "✗ is") || strings.Contains(s, "! is") || strings.Contains(s, "✗ smtp.") {
		t.Errorf("a message without its field's name:\n%s", s)
	}
}

// TestPasswordSourceProblemsShow: config's problems with password_env and
// password_command, which the form has no field for, show under Password.
func TestPasswordSourceProblemsShow(t *testing.T) {
	both := strings.Replace(customConfig, `password = "hunter2"`, "password = \"hunter2\"\npassword_env = \"SMTP_PASSWORD\"", 1)
	m := newSized(t, Options{Path: writeConfig(t, both)})
	drive(m, tea.WindowSizeMsg{Width: 200, Height: 60})
	for focusOf(m) != "smtp.password" {
		drive(m, keyTab)
	}
	drive(m, keyTab) // leaving the field shows its problems
	want := "✗ Password variable is set as well as password: keep only one password source"
	if s := screenText(m); !strings.Contains(s, want) {
		t.Errorf("the form lacks %q:\n%s", want, s)
	}
}
