package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// conflictScreen: someone else saved the file while the admin edited it.
type conflictScreen struct {
	u *ui
	d *draft
}

type reloadedMsg struct {
	file    *config.File
	err     error
	reapply bool // set this session's changes again on the reloaded file
}

func (s *conflictScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Reapply):
			return reload(s.d.file, true), action{}
		case key.Matches(msg, k.Reload):
			return reload(s.d.file, false), action{}
		case key.Matches(msg, k.KeepEditing):
			return nil, action{pop: true, status: &status{kind: statusWarning,
				text: "! " + s.u.lang().T("tuiscreen_conflict_kept_editing", nil)}}
		}
	case reloadedMsg:
		a := reloaded(s.d, msg)
		a.pop = true
		return nil, a
	}
	return nil, action{}
}

// reload reads the file again in a command.
func reload(file *config.File, reapply bool) tea.Cmd {
	f := *file
	return func() tea.Msg {
		err := f.Reload()
		return reloadedMsg{file: &f, err: err, reapply: reapply}
	}
}

// reloaded takes the file someone else saved, with this session's changes
// set again when asked, and says what happened.
func reloaded(d *draft, msg reloadedMsg) action {
	l := d.lang
	if msg.err != nil {
		return news(statusError, "✗ "+l.T("tuiscreen_reload_failed", i18n.D{"Err": i18n.Text(msg.err, l)}))
	}
	path := msg.file.Path
	if !msg.reapply {
		d.useFile(msg.file)
		a := news(statusOK, "✓ "+l.T("tuiscreen_reloaded_dropped", i18n.D{"Path": path}))
		a.focus = formKeys[0] // the file anew: from its top
		return a
	}
	applied, conflicts := d.reapply(msg.file)
	st := status{kind: statusOK, text: "✓ " + l.T("tuiscreen_reloaded", i18n.D{"Path": path})}
	switch {
	case len(applied) == 0 && len(conflicts) == 0:
		st.text = "✓ " + l.T("tuiscreen_reloaded_nothing_left", i18n.D{"Path": path})
	case len(applied) > 0:
		st.text = "✓ " + l.T("tuiscreen_reloaded_reapplied", i18n.D{"Path": path, "Labels": listAnd(l, d.labels(applied))})
	}
	a := action{status: &st, focus: formKeys[0]}
	if len(conflicts) > 0 {
		st.note = "! " + l.T("tuiscreen_reapply_conflicts", i18n.D{"Labels": listAnd(l, d.labels(conflicts))})
		a.focus = conflicts[0]
	}
	return a
}

func (s *conflictScreen) Layout(int, int) {}

func (s *conflictScreen) View(w, _ int) string {
	l := s.u.lang()
	return dialog(s.u.styles, w, l.T("tuiscreen_conflict_title", nil),
		l.T("tuiscreen_conflict_changed", i18n.D{"Path": s.d.file.Path})+"\n\n"+l.T("tuiscreen_conflict_choices", nil), "")
}

func (s *conflictScreen) Typing() bool { return false }

func (s *conflictScreen) Help() helpKeys {
	k := s.u.keys
	short := []key.Binding{k.Reapply, k.Reload, k.KeepEditing}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}
