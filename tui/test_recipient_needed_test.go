package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestSendTestNeedsARecipient: Send test e-mail with the recipient field
// empty runs nothing and says, naming the field, what to do; the failure
// used to come from the server conversation as "the sender (MAIL FROM)
// failed: no recipient". A check needs no recipient and still runs.
func TestSendTestNeedsARecipient(t *testing.T) {
	noRecipient := strings.Replace(customConfig, `test_recipient = "admin@example.com"`, "", 1)
	cases := []struct {
		name    string
		config  string
		typed   string // into the recipient field, after ctrl+t
		keys    []tea.Msg
		runs    bool
		want    map[i18n.Lang]string
		focused bool // the recipient field has the focus afterwards
	}{
		{name: "empty recipient is refused before anything runs", config: noRecipient, keys: []tea.Msg{keyEnter},
			want:    map[i18n.Lang]string{i18n.English: "is empty: enter the address the test e-mail goes to", i18n.German: "ist leer: Geben Sie die Adresse ein"},
			focused: true},
		{name: "spaces are no recipient either", config: noRecipient, typed: "  ", keys: []tea.Msg{keyEnter},
			want:    map[i18n.Lang]string{i18n.English: "is empty", i18n.German: "ist leer"},
			focused: true},
		{name: "a recipient typed in sends", config: noRecipient, typed: "a@example.net", keys: []tea.Msg{keyEnter}, runs: true},
		{name: "the check runs without a recipient", config: noRecipient, keys: []tea.Msg{keyTab, keyTab, keyEnter}, runs: true},
	}
	for _, tc := range cases {
		for _, lang := range i18n.Langs() {
			t.Run(tc.name+"/"+string(lang), func(t *testing.T) {
				m := newSized(t, Options{Path: writeConfig(t, tc.config), Lang: lang})
				drive(m, ctrl('t'))
				typeText(m, tc.typed)
				var cmd tea.Cmd
				for _, k := range tc.keys {
					cmd = press(m, k)
				}
				s := testOf(t, m)
				if s.running != tc.runs {
					t.Fatalf("running = %v, want %v (cmd %v):\n%s", s.running, tc.runs, cmd != nil, screenText(m))
				}
				if tc.runs {
					s.cancel()
					return
				}
				if s.run != nil {
					t.Errorf("a run is shown: %+v", s.run)
				}
				screen := screenText(m)
				if !strings.Contains(strings.Join(strings.Fields(screen), " "), tc.want[lang]) {
					t.Errorf("screen does not say %q:\n%s", tc.want[lang], screen)
				}
				if label := m.d.label("smtp.test_recipient"); !strings.Contains(statusText(m), label) {
					t.Errorf("status %q does not name the field %q", statusText(m), label)
				}
				if tc.focused && s.focus != focusRecipient {
					t.Errorf("focus %v, want the recipient field", s.focus)
				}
			})
		}
	}
}
