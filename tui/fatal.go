package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
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

func (s *fatalScreen) View(_, _ int) string {
	st := s.u.styles
	return st.Field.Error.Render("✗ "+s.err.Error()) + "\n\n" + st.Field.Help.Render("press any key to quit")
}

func (s *fatalScreen) Typing() bool { return false }

func (s *fatalScreen) Help() helpKeys {
	short := []key.Binding{key.NewBinding(key.WithHelp("any key", "quit"))}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}
