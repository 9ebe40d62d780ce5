package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// fatalScreen says why the file cannot be edited at all.
type fatalScreen struct {
	u   *ui
	err error
}

func (s *fatalScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		return nil, action{exit: true}
	}
	return nil, action{}
}

func (s *fatalScreen) Layout(int, int) {}

func (s *fatalScreen) View(w, _ int) string {
	st, l := s.u.styles, s.u.lang()
	// Wrapped, never cut: the end of the reason ("is a directory") is
	// what the admin needs, and a German sentence runs longer.
	lines := wrapIndent(st.Field.Error, "✗ "+i18n.Text(s.err, l), "", w)
	return strings.Join(lines, "\n") + "\n\n" + strings.Join(wrapIndent(st.Field.Help, l.T("tuiscreen_fatal_any_key", nil), "", w), "\n")
}

func (s *fatalScreen) Typing() bool { return false }

func (s *fatalScreen) Help() helpKeys {
	l := s.u.lang()
	short := []key.Binding{key.NewBinding(key.WithHelp(l.T("tuiscreen_key_any", nil), l.T("tuiscreen_key_quit", nil)))}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}
