package tui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Saving: nothing invalid is saved, nothing is written when the file
// already holds the settings, and a file someone else saved meanwhile is
// never overwritten (the conflict screen offers what to do).

type savedMsg struct {
	file    *config.File
	changed []string
	err     error
}

// saveDraft writes the draft's settings in a command, or says (ok false)
// that there is nothing to write; allowed, if set, may refuse the save
// (Options.BeforeSave). The draft changes only when the result comes back
// (savedNews).
func saveDraft(d *draft, allowed func() error) (cmd tea.Cmd, ok bool) {
	if len(d.blocking()) > 0 || d.nothingToSave() {
		// Writing the same settings again would still rewrite the file,
		// could report someone else's edit as a conflict and, over SSH, log
		// a save that changed nothing.
		return nil, false
	}
	f := *d.file
	f.Config = d.cfg
	before, created := d.saved, !d.onDisk
	return func() tea.Msg {
		if allowed != nil {
			if err := allowed(); err != nil {
				return savedMsg{file: &f, err: err}
			}
		}
		err := f.Save()
		changed := config.ChangedKeys(before, f.Config)
		if created && len(changed) == 0 {
			changed = f.WrittenKeys() // a new file of defaults: what it holds
		}
		return savedMsg{file: &f, changed: changed, err: err}
	}, true
}

// savedNews takes a save's outcome into the draft and words it.
func savedNews(d *draft, msg savedMsg) status {
	l := d.lang
	if msg.err != nil {
		return status{kind: statusError, text: "✗ " + l.T("tuiscreen_not_saved", i18n.D{"Err": i18n.Text(msg.err, l)})}
	}
	d.savedAs(msg.file)
	return status{kind: statusOK, text: "✓ " + l.T("tuiscreen_saved_to", i18n.D{"Path": msg.file.Path}), note: d.asideNote()}
}

// save saves the draft for the screen that asked.
func (m *model) save() tea.Cmd {
	if len(m.d.blocking()) > 0 {
		return nil
	}
	cmd, ok := saveDraft(m.d, m.u.opts.BeforeSave)
	if !ok {
		m.status = nothingToWrite(m.d)
		switch m.top().(type) {
		case *quitScreen:
			return m.exit()
		case *summaryScreen:
			m.d.showAll = false
			m.stack = m.stack[:len(m.stack)-1]
		}
		return nil
	}
	m.status = status{kind: statusInfo, text: m.u.lang().T("tuiscreen_saving", nil)}
	return cmd
}

// nothingToWrite words a save with nothing of the admin's to write. The
// file is checked first: if someone else changed it since it was loaded,
// it does not hold what the form shows, and saying so would be false.
// With no edits nothing of the admin's is lost by showing theirs, so the
// form takes the file as it is now and says so. Reading a small local
// file here, not in a command, keeps the answer on screen with the key
// press, as the answer for an unchanged file always was.
func nothingToWrite(d *draft) status {
	l := d.lang
	changed, err := d.file.ChangedOnDisk()
	if err == nil && !changed {
		return status{kind: statusInfo, text: nothingToSave(d)}
	}
	f := *d.file
	if err == nil {
		err = f.Reload()
	}
	if err != nil {
		return status{kind: statusError, text: "✗ " + l.T("tuisave_check_failed", i18n.D{"Path": d.file.Path, "Err": i18n.Text(err, l)})}
	}
	d.useFile(&f)
	d.onDisk = true
	return status{kind: statusWarning, text: "! " + l.T("tuisave_reloaded_unedited", i18n.D{"Path": f.Path})}
}

func (m *model) onSaved(msg savedMsg) tea.Cmd {
	if errors.Is(msg.err, config.ErrChangedOnDisk) {
		// The dialog replaces the review (or the quit question) it came
		// from: whatever the admin chooses, the page comes next.
		for len(m.stack) > 1 {
			switch m.top().(type) {
			case *summaryScreen, *quitScreen:
				m.stack = m.stack[:len(m.stack)-1]
				continue
			}
			break
		}
		m.status = status{}
		m.stack = append(m.stack, &conflictScreen{u: m.u, d: m.d})
		return nil
	}
	m.status = savedNews(m.d, msg)
	if msg.err != nil {
		return nil
	}
	if m.u.opts.OnSave != nil {
		m.u.opts.OnSave(msg.file.Path, msg.changed)
	}
	if _, quitting := m.top().(*quitScreen); quitting {
		return m.exit()
	}
	// After first-time setup, or the summary, the settings page shows.
	form, ok := m.stack[0].(*formScreen)
	if !ok {
		form = newForm(m.u, m.d)
	}
	m.stack = []screen{form}
	return nil
}
