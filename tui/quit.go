package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// quitScreen asks before unsaved changes are thrown away.
type quitScreen struct {
	u *ui
	d *draft
}

func (s *quitScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, action{}
	}
	switch {
	case key.Matches(kp, k.SaveAndQuit):
		if len(s.d.blocking()) > 0 {
			return nil, action{pop: true, push: newSummary(s.u, s.d)}
		}
		return nil, action{save: true}
	case key.Matches(kp, k.Discard):
		return nil, action{exit: true}
	case key.Matches(kp, k.Stay):
		return nil, action{pop: true}
	}
	return nil, action{}
}

func (s *quitScreen) Layout(int, int) {}

func (s *quitScreen) View(w, _ int) string {
	k, l := s.u.keys, s.u.lang()
	changed := s.d.changes()
	text := l.N("tuiscreen_quit_text", len(changed), i18n.D{"Labels": listAnd(l, s.d.labels(changed))})
	keys := []string{}
	for _, b := range []key.Binding{k.SaveAndQuit, k.Discard, k.Stay} {
		keys = append(keys, keyName(l, b.Help().Key)+" "+b.Help().Desc)
	}
	return dialog(s.u.styles, w, l.T("tuiscreen_quit_title", nil), text, strings.Join(keys, " · "))
}

func (s *quitScreen) Typing() bool { return false }

func (s *quitScreen) Help() helpKeys {
	k := s.u.keys
	short := []key.Binding{k.SaveAndQuit, k.Discard, k.Stay}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}
