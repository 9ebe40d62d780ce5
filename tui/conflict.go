package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
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
				text: "! Not saved: the file changed on disk. Save again and press a to re-apply your changes to the file as it is now."}}
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
	if msg.err != nil {
		return news(statusError, "✗ Could not reload: "+msg.err.Error())
	}
	path := msg.file.Path
	if !msg.reapply {
		d.useFile(msg.file)
		a := news(statusOK, "✓ Reloaded "+path+"; your unsaved changes were dropped")
		a.focus = formKeys[0] // the file anew: from its top
		return a
	}
	applied, conflicts := d.reapply(msg.file)
	st := status{kind: statusOK, text: "✓ Reloaded " + path}
	switch {
	case len(applied) == 0 && len(conflicts) == 0:
		st.text += "; nothing of yours was left to re-apply"
	case len(applied) > 0:
		st.text += " and re-applied your changes to " + strings.Join(d.labels(applied), ", ") + ": review and save"
	}
	a := action{status: &st, focus: formKeys[0]}
	if len(conflicts) > 0 {
		st.note = "! Someone else changed " + strings.Join(d.labels(conflicts), ", ") + " too: their value is kept. Edit it again if yours should win."
		a.focus = conflicts[0]
	}
	return a
}

func (s *conflictScreen) Layout(int, int) {}

func (s *conflictScreen) View(w, _ int) string {
	return dialog(s.u.styles, w, "The file changed on disk",
		"Someone else changed "+s.d.file.Path+" since it was loaded, so it was not saved over.\n\n"+
			"a reloads the file and re-applies your changes: where you both changed a setting, theirs is kept and named. "+
			"r reloads the file and drops your changes. k keeps editing (saving asks again).", "")
}

func (s *conflictScreen) Typing() bool { return false }

func (s *conflictScreen) Help() helpKeys {
	k := s.u.keys
	short := []key.Binding{k.Reapply, k.Reload, k.KeepEditing}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}
