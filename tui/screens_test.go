package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Screens on their own: each is built from the shared ui and draft, gets
// messages and answers with an action for the root, so it can be tested
// without the root or another screen.

// screenParts are a ui and a draft of path, as the root builds them.
func screenParts(t *testing.T, path string) (*ui, *draft) {
	t.Helper()
	m := newTestModel(t, Options{Path: path}, nil)
	return m.u, m.d
}

func letter(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

func TestQuitScreenActions(t *testing.T) {
	u, d := screenParts(t, writeConfig(t, customConfig))
	s := &quitScreen{u: u, d: d}
	for _, c := range []struct {
		name string
		msg  tea.Msg
		want func(action) bool
	}{
		{"s saves", letter('s'), func(a action) bool { return a.save && !a.exit }},
		{"d quits without saving", letter('d'), func(a action) bool { return a.exit && !a.save }},
		{"ctrl+c quits without saving", ctrl('c'), func(a action) bool { return a.exit }},
		{"esc keeps editing", keyEsc, func(a action) bool { return a.pop && !a.exit && !a.save }},
		{"n keeps editing", letter('n'), func(a action) bool { return a.pop }},
		{"other keys do nothing", letter('x'), func(a action) bool { return a == action{} }},
	} {
		if _, a := s.Update(c.msg); !c.want(a) {
			t.Errorf("%s: action %+v", c.name, a)
		}
	}
	// With a value config refuses, s shows the review instead of saving.
	d.fields["smtp.port"].setValue("abc")
	d.changed("smtp.port")
	if _, a := s.Update(letter('s')); a.save || !a.pop || a.push == nil {
		t.Errorf("s with a refused value: action %+v, want the review", a)
	} else if _, ok := a.push.(*summaryScreen); !ok {
		t.Errorf("s with a refused value opens a %T", a.push)
	}
}

func TestDetectScreenActions(t *testing.T) {
	u, d := screenParts(t, writeConfig(t, customConfig))
	d.fields["smtp.host"].setValue("")
	d.changed("smtp.host")
	if _, a := startDetect(u, d, nil); a.push == nil {
		t.Fatalf("Detect with a sender and no host: action %+v, want the search from the sender", a)
	} else if _, ok := a.push.(*discoveryScreen); !ok {
		t.Fatalf("Detect with a sender and no host opens a %T", a.push)
	}
	d.fields["smtp.sender"].setValue("")
	d.changed("smtp.sender")
	if cmd, a := startDetect(u, d, nil); cmd != nil || a.push != nil || a.status == nil || a.status.kind != statusWarning {
		t.Fatalf("Detect without a host or sender: cmd %v, action %+v", cmd != nil, a)
	}
	d.fields["smtp.host"].setValue("mail.example.com")
	d.changed("smtp.host")
	s := &detectScreen{u: u, d: d, host: "mail.example.com", running: true, cancel: func() {}}
	other := &detectScreen{}
	s.Update(probeDoneMsg{to: other})
	if !s.running {
		t.Fatal("another dialog's report ended this one")
	}
	if _, a := s.Update(keyEsc); !a.pop {
		t.Errorf("esc while asking: action %+v, want pop", a)
	}
}

func TestTranscriptScreenIsEscaped(t *testing.T) {
	u, _ := screenParts(t, writeConfig(t, customConfig))
	s := newTranscript(u, "S: 220 \x1b]52;c;aGk=\x07 hi\r\nC: QUIT\r\n")
	s.Layout(78, 20)
	if v := s.View(78, 20); !contains(v, `\x1b]52;c;aGk=`) || contains(v, "\x1b]52") {
		t.Errorf("the server's escape is not shown escaped:\n%q", v)
	}
	if _, a := s.Update(keyEsc); !a.pop {
		t.Errorf("esc: action %+v, want pop", a)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// TestSummaryScreenPages: page down and up on the review move by a page
// (less the line read on from), not by one line as the arrows do.
func TestSummaryScreenPages(t *testing.T) {
	u, d := screenParts(t, writeConfig(t, customConfig))
	s := newSummary(u, d)
	s.Layout(80, 6)
	if len(s.body.lines) < 12 {
		t.Fatalf("the review has %d lines, too few to page", len(s.body.lines))
	}
	for _, c := range []struct {
		name string
		key  tea.KeyPressMsg
		top  int
	}{
		{"pgdown", tea.KeyPressMsg{Code: tea.KeyPgDown}, 5},
		{"space", letter(' '), 10},
		{"down", tea.KeyPressMsg{Code: tea.KeyDown}, 11},
		{"pgup", tea.KeyPressMsg{Code: tea.KeyPgUp}, 6},
		{"up", tea.KeyPressMsg{Code: tea.KeyUp}, 5},
	} {
		s.Update(c.key)
		if s.body.top != c.top {
			t.Errorf("after %s the review starts at line %d, want %d", c.name, s.body.top, c.top)
		}
	}
}
