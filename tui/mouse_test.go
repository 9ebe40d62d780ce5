package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// rowOf is the window row showing text, -1 if none.
func rowOf(m *model, text string) int {
	for i, l := range strings.Split(plain(m.View().Content), "\n") {
		if strings.Contains(l, text) {
			return i
		}
	}
	return -1
}

func click(x, y int) tea.MouseClickMsg {
	return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft}
}

// TestMouse: a click on a field focuses it, the wheel scrolls the page,
// and the keys work as before.
func TestMouse(t *testing.T) {
	t.Run("ClickFocusesField", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		y := rowOf(m, "Server      ")
		if y < 0 {
			t.Fatalf("no Server row:\n%s", screenText(m))
		}
		drive(m, click(10, y))
		if got := focusOf(m); got != "smtp.host" {
			t.Fatalf("a click on the Server row focused %q", got)
		}
		typeText(m, "x")
		if got := m.d.fields["smtp.host"].value(); got != "mail.example.comx" {
			t.Errorf("typing after the click went elsewhere: host %q", got)
		}
		drive(m, keyTab) // the keys go on from there
		if got := focusOf(m); got != "smtp.port" {
			t.Errorf("tab after the click focused %q", got)
		}
	})
	t.Run("ClickOnAHelpLineFocusesItsField", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		y := rowOf(m, "send through the server in [default_server]") // the focused checkbox's help
		drive(m, click(10, y))
		if got := focusOf(m); got != "smtp.use_default" {
			t.Fatalf("a click on a field's help focused %q", got)
		}
	})
	t.Run("WheelScrolls", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, tea.WindowSizeMsg{Width: 80, Height: 14})
		if strings.Contains(screenText(m), "↑ more") || !strings.Contains(screenText(m), "↓ more") {
			t.Fatalf("the page does not overflow at 80×14: the test proves nothing\n%s", screenText(m))
		}
		down := tea.MouseWheelMsg{Y: 5, Button: tea.MouseWheelDown} // three lines each
		drive(m, down, down, down)
		s := screenText(m)
		if !strings.Contains(s, "↑ more") || !strings.Contains(s, "Test recipient") {
			t.Fatalf("the wheel does not scroll down to the end:\n%s", s)
		}
		if got := focusOf(m); got != "smtp.use_default" {
			t.Errorf("the wheel moved the focus to %q", got)
		}
		drive(m, keyTab) // the keys bring the focus back into view
		if s := screenText(m); !strings.Contains(s, "▸") {
			t.Errorf("after tab the focused field is out of view:\n%s", s)
		}
	})
	t.Run("TestScreenButtons", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, ctrl('t'))
		y := rowOf(m, "Check connection")
		x := strings.Index(strings.Split(plain(m.View().Content), "\n")[y], "Check connection")
		drive(m, click(x+2, y))
		if got := testOf(t, m).focus; got != focusCheck {
			t.Fatalf("a click on Check connection focused control %d", got)
		}
		drive(m, click(5, rowOf(m, "Test recipient")))
		if got := testOf(t, m).focus; got != focusRecipient {
			t.Fatalf("a click on the recipient focused control %d", got)
		}
	})
}
