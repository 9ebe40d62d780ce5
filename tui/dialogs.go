package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
)

// The small screens: a choice after a refused save, the question before
// quitting with unsaved changes, a file that cannot be read.

// dialog draws a titled box of text and keys within w.
func dialog(st Styles, w int, title, text, keys string) string {
	inner := min(68, w-6) // w is the body's width, the window's less 2
	body := st.Field.Warning.Render(title) + "\n\n" + strings.Join(wrap(text, inner), "\n")
	if keys != "" {
		body += "\n\n" + strings.Join(wrap(keys, inner), "\n")
	}
	return st.Dialog.Width(min(72, w-2)).Render(body)
}

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
	k := s.u.keys
	changed := s.d.changes()
	text := "You changed " + joinAnd(s.d.labels(changed))
	if len(changed) > 1 {
		text += ","
	}
	text += " and have not saved."
	keys := []string{}
	for _, b := range []key.Binding{k.SaveAndQuit, k.Discard, k.Stay} {
		keys = append(keys, b.Help().Key+" "+b.Help().Desc)
	}
	return dialog(s.u.styles, w, "Quit without saving?", text, strings.Join(keys, " · "))
}

func (s *quitScreen) Typing() bool { return false }

func (s *quitScreen) Help() helpKeys {
	k := s.u.keys
	short := []key.Binding{k.SaveAndQuit, k.Discard, k.Stay}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}

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
