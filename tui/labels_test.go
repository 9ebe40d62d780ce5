package tui

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Tests for what the review, the status line and the messages say: every
// value whole, no stale news, field labels rather than file keys.

// send feeds one message and runs the command it returns, feeding its
// message back, as the program would (one level deep: enough for saving).
func send(m *model, msg tea.Msg) {
	_, cmd := m.Update(msg)
	if cmd == nil {
		return
	}
	if next := cmd(); next != nil {
		if _, ok := next.(tea.QuitMsg); !ok {
			m.Update(next)
		}
	}
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// TestSummaryWrapsValues: at 60 and 80 columns the review shows every
// value whole, wrapped under its label rather than cut at the edge.
func TestSummaryWrapsValues(t *testing.T) {
	const caFile = "/etc/ssl/certs/company-internal/production/root-and-intermediate-ca-bundle.pem"
	body := strings.Replace(customConfig, `password = "hunter2"`, `password_env = "SMTP_PASSWORD"`, 1)
	body = strings.Replace(body, `timeout = "15s"`+"\n", "", 1) +
		`tls_ca_file = "` + caFile + `"` + "\n"
	for _, width := range []int{60, 80, 132} {
		m := newSized(t, Options{Path: writeConfig(t, body)})
		drive(m, tea.WindowSizeMsg{Width: width, Height: 60})
		drive(m, keyTab, keyTab) // sender name
		typeText(m, " Ltd")
		drive(m, ctrl('s'))
		if !topIs[*summaryScreen](m) {
			t.Fatalf("%d columns: screen %T, want the summary", width, m.top())
		}
		s := screenText(m)
		flat := squeeze(s)
		for _, e := range m.d.blocking() {
			if !strings.Contains(flat, squeeze(e)) {
				t.Errorf("%d columns: the problem %q is cut:\n%s", width, e, s)
			}
		}
		for _, k := range m.d.visibleKeys(formKeys) {
			v := m.d.summaryValue(k)
			if !strings.Contains(flat, squeeze(m.d.fields[k].label+v)) && !strings.Contains(flat, squeeze(v)) {
				t.Errorf("%d columns: %s's value %q is not shown whole:\n%s", width, k, v, s)
			}
		}
		for _, want := range []string{caFile, "from $SMTP_PASSWORD", "(the default)", "noreply@example.com"} {
			if !strings.Contains(flat, squeeze(want)) {
				t.Errorf("%d columns: %q is cut:\n%s", width, want, s)
			}
		}
	}
}

// TestStatusClearsOnOtherScreens: news from the settings page does not
// follow the admin to the test screen, the review, or the next field.
func TestStatusClearsOnOtherScreens(t *testing.T) {
	t.Run("TestScreen", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, ctrl('s'))
		if !strings.Contains(screenText(m), "Nothing to save") {
			t.Fatalf("no news of nothing to save:\n%s", screenText(m))
		}
		drive(m, ctrl('t'))
		if s := screenText(m); strings.Contains(s, "Nothing to save") {
			t.Errorf("the test screen still says nothing to save:\n%s", s)
		}
	})
	t.Run("FocusMoves", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, keyTab, keyTab)
		typeText(m, " Ltd")
		drive(m, ctrl('s'))
		send(m, keyEnter)
		if !strings.Contains(screenText(m), "✓ Saved to") {
			t.Fatalf("not saved:\n%s", screenText(m))
		}
		drive(m, keyTab)
		if s := screenText(m); strings.Contains(s, "✓ Saved to") {
			t.Errorf("the saved news stays after moving on:\n%s", s)
		}
		drive(m, ctrl('t'))
		drive(m, keyEsc)
		drive(m, ctrl('s'))
		if !strings.Contains(screenText(m), "Nothing to save") {
			t.Fatalf("no news of nothing to save:\n%s", screenText(m))
		}
		drive(m, keyShiftTab)
		if s := screenText(m); strings.Contains(s, "Nothing to save") {
			t.Errorf("nothing-to-save stays after moving back:\n%s", s)
		}
	})
	t.Run("Review", func(t *testing.T) {
		path := writeConfig(t, customConfig)
		m := newSized(t, Options{Path: path})
		drive(m, keyTab, keyTab)
		typeText(m, " Ltd")
		if err := os.WriteFile(path, []byte(strings.Replace(customConfig, "15s", "20s", 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		drive(m, ctrl('s'))
		send(m, keyEnter)
		if !topIs[*conflictScreen](m) {
			t.Fatalf("screen %T, want the conflict", m.top())
		}
		drive(m, tea.KeyPressMsg{Code: 'k', Text: "k"})
		if !strings.Contains(screenText(m), "Not saved") {
			t.Fatalf("no news of the refused save:\n%s", screenText(m))
		}
		drive(m, ctrl('s'))
		if !topIs[*summaryScreen](m) {
			t.Fatalf("screen %T, want the summary", m.top())
		}
		if s := screenText(m); strings.Contains(s, "Not saved") {
			t.Errorf("the review still shows the old news:\n%s", s)
		}
	})
}

// TestMessagesUseLabels: the review, the test screen and the quit dialog
// name settings by their labels, as the field errors do, never by the
// file's keys; config's words follow the label unchanged.
func TestMessagesUseLabels(t *testing.T) {
	noKeys := func(t *testing.T, what, s string) {
		t.Helper()
		if strings.Contains(s, "smtp.") {
			t.Errorf("%s names a file key:\n%s", what, s)
		}
	}
	t.Run("Review", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, keyTab)
		typeText(m, "@@")
		drive(m, ctrl('s'))
		s := screenText(m)
		noKeys(t, "the review", s)
		for _, want := range []string{`✗ Sender address: "noreply@example.com@@" is not an e-mail address`, "Changed: Sender address"} {
			if !strings.Contains(s, want) {
				t.Errorf("the review lacks %q:\n%s", want, s)
			}
		}
	})
	t.Run("Wizard", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, "")})
		typeText(m, "noreply@example.com")
		drive(m, keyEnter, keyEnter)
		typeServerMyself(t, m)
		drive(m, keyEnter, keyEnter) // the platform's server; no test recipient
		s := screenText(m)
		noKeys(t, "the wizard's summary", s)
		if !strings.Contains(s, "Changed: Sender address") {
			t.Errorf("the summary does not name the change by its label:\n%s", s)
		}
	})
	t.Run("TestScreen", func(t *testing.T) {
		body := strings.Replace(customConfig, `password = "hunter2"`+"\n", "", 1)
		m := newSized(t, Options{Path: writeConfig(t, body)})
		drive(m, ctrl('t'))
		s := screenText(m)
		noKeys(t, "the test screen", s)
		if !strings.Contains(s, "✗ Password is not set") {
			t.Errorf("the test screen does not name the password by its label:\n%s", s)
		}
	})
	t.Run("QuitDialog", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		for focusOf(m) != "smtp.test_recipient" {
			drive(m, keyTab)
		}
		typeText(m, "x")
		drive(m, keyEsc)
		s := screenText(m)
		noKeys(t, "the quit dialog", s)
		if !strings.Contains(s, "You changed Test recipient and have not saved.") {
			t.Errorf("the quit dialog does not name the change by its label:\n%s", s)
		}
	})
}

// TestWizardSaveFocusesField: the settings page that opens after the
// first-time setup saves has a focused field, marked, ready for keys.
func TestWizardSaveFocusesField(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, "")})
	typeText(m, "noreply@example.com")
	drive(m, keyEnter, keyEnter)
	typeServerMyself(t, m)
	drive(m, keyEnter, keyEnter) // the platform's server; no test recipient
	send(m, keyEnter)
	if !topIs[*formScreen](m) {
		t.Fatalf("screen %T after saving, want the settings page (status %q)", m.top(), statusText(m))
	}
	if first := m.d.visibleKeys(formKeys)[0]; focusOf(m) != first {
		t.Errorf("focus %q, want the first field %q", focusOf(m), first)
	}
	if s := screenText(m); !strings.Contains(s, "▸") {
		t.Errorf("no field shows the focus marker:\n%s", s)
	}
}
