package tui

import (
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"smtpconf/config"
)

// Saving: a summary first, nothing invalid saved, and a choice when the
// file changed on disk meanwhile.

type savedMsg struct {
	file    *config.File
	changed []string
	err     error
}

type reloadedMsg struct {
	file *config.File
	err  error
}

// review opens the summary before saving.
func (m *model) review(from state) tea.Cmd {
	m.showAll = true
	m.returnTo = from
	m.state = stateSummary
	m.scroll = 0
	return nil
}

// save writes the form's settings in a command; the model changes only
// when the result comes back.
func (m *model) save() tea.Cmd {
	if len(m.blocking()) > 0 {
		return nil
	}
	f := *m.file
	f.Config = m.cfg
	before := m.saved
	m.status = "Saving…"
	return func() tea.Msg {
		err := f.Save()
		return savedMsg{file: &f, changed: config.ChangedKeys(before, f.Config), err: err}
	}
}

func (m *model) onSaved(msg savedMsg) tea.Cmd {
	switch {
	case errors.Is(msg.err, config.ErrChangedOnDisk):
		m.status = ""
		m.returnTo = m.state
		m.state = stateConflict
		return nil
	case msg.err != nil:
		m.status = m.styles.Field.Error.Render("✗ Not saved: " + msg.err.Error())
		return nil
	}
	m.file = msg.file
	m.saved = msg.file.Config
	m.recompute()
	m.status = m.styles.Step.OK.Render("✓ Saved to " + msg.file.Path)
	if m.opts.OnSave != nil {
		m.opts.OnSave(msg.file.Path, msg.changed)
	}
	if m.state == stateQuitConfirm {
		return m.exit()
	}
	// After first-time setup (or the summary) the settings page opens.
	m.state = stateForm
	m.showAll = false
	m.scroll = 0
	return nil
}

const summaryLabelWidth = 40

func (m *model) summaryKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case msg.String() == "up" || msg.String() == "k":
		m.scroll = max(0, m.scroll-1)
	case msg.String() == "down" || msg.String() == "j" || msg.String() == "space":
		m.scroll++
	case msg.String() == "enter":
		return m.save()
	case keyIs(msg, m.keys.Back), msg.String() == "q":
		m.state = m.returnTo
		m.showAll = false
		return nil
	}
	return nil
}

func (m *model) summaryView() string {
	st := m.styles
	var b strings.Builder
	b.WriteString(st.Section.Render("Review before saving") + "\n\n")
	b.WriteString(m.settingsSummary())
	return b.String()
}

// settingsSummary shows every setting in force, the changes and the
// problems config finds; errors block saving.
func (m *model) settingsSummary() string {
	st := m.styles
	w := max(40, m.width-2)
	var lines []string
	if errs := m.blocking(); len(errs) > 0 {
		lines = append(lines, "  "+st.Field.Error.Render(fmt.Sprintf("Cannot save: %d problem(s) to fix first", len(errs))))
		for _, e := range errs {
			lines = append(lines, wrapIndent(st.Field.Error, "✗ "+e, "    ", w)...)
		}
		lines = append(lines, "")
	}
	for _, p := range m.problems.Warnings().Sorted() {
		lines = append(lines, wrapIndent(st.Field.Warning, "! "+p.Error(), "    ", w)...)
	}
	if changed := config.ChangedKeys(m.saved, m.cfg); len(changed) > 0 {
		lines = append(lines, wrapIndent(st.Field.Help, "Changed: "+strings.Join(changed, ", "), "  ", w)...)
	} else {
		lines = append(lines, "  "+st.Field.Help.Render("Nothing changed since the file was loaded."))
	}
	lines = append(lines, "")
	for _, k := range m.visibleKeys(formKeys) {
		f := m.fields[k]
		lines = append(lines, "  "+st.Field.Label.Render(padRight(f.label, summaryLabelWidth))+st.Field.Value.Render(m.summaryValue(k)))
	}
	if m.fields["smtp.use_default"].on {
		for _, note := range m.defaultServerNotes() {
			lines = append(lines, wrapIndent(st.Field.Note, note, "  ", w)...)
		}
	}
	return strings.Join(lines, "\n")
}

// summaryValue is a setting as the summary shows it; passwords never show.
func (m *model) summaryValue(k string) string {
	f := m.fields[k]
	switch {
	case k == "smtp.password":
		switch {
		case f.value() != "":
			return "(new password entered)"
		case m.saved.SMTP.Password != "":
			return "(saved password kept)"
		default:
			return "(none)"
		}
	case f.kind == kindToggle:
		if f.on {
			return "yes"
		}
		return "no"
	case f.kind == kindChoice:
		return f.choices[f.sel].label
	case f.value() == "" && f.input.Placeholder != "" && !strings.HasPrefix(f.input.Placeholder, "e.g."):
		return f.input.Placeholder
	case f.value() == "":
		return "—"
	default:
		return f.value()
	}
}

// Conflict: someone else changed the file while the admin edited it.

func (m *model) conflictKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case keyIs(msg, m.keys.Reload):
		f := *m.file
		return func() tea.Msg {
			err := f.Reload()
			return reloadedMsg{file: &f, err: err}
		}
	case keyIs(msg, m.keys.KeepEditing):
		m.state = stateForm
		m.status = m.styles.Field.Warning.Render("! Not saved: the file changed on disk. Reload it (save again to be asked) before saving.")
	}
	return nil
}

func (m *model) onReloaded(msg reloadedMsg) {
	if msg.err != nil {
		m.status = m.styles.Field.Error.Render("✗ Could not reload: " + msg.err.Error())
		m.state = stateForm
		return
	}
	m.useFile(msg.file)
	m.state = stateForm
	m.status = m.styles.Step.OK.Render("✓ Reloaded " + msg.file.Path + "; your unsaved changes were dropped")
}

func (m *model) conflictView() string {
	st := m.styles
	text := "Someone else changed " + m.file.Path + " since it was loaded, so it was not saved over.\n\n" +
		"r reloads the file as it is now (your unsaved changes are dropped); k keeps editing."
	return st.Dialog.Width(min(72, m.width-4)).Render(st.Field.Warning.Render("The file changed on disk") + "\n\n" + strings.Join(wrapWords(text, min(68, m.width-8)), "\n"))
}

// Quit with unsaved changes.

func (m *model) quitConfirmKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "s":
		if len(m.blocking()) > 0 {
			m.state = stateSummary
			m.showAll = true
			return nil
		}
		return m.save()
	case "d", "ctrl+c":
		return m.exit()
	case "esc", "n":
		m.state = m.returnTo
	}
	return nil
}

func (m *model) quitConfirmView() string {
	st := m.styles
	changed := config.ChangedKeys(m.saved, m.cfg)
	text := "You changed " + strings.Join(changed, ", ") + " and have not saved."
	return st.Dialog.Width(min(72, m.width-4)).Render(st.Field.Warning.Render("Quit without saving?") + "\n\n" +
		strings.Join(wrapWords(text, min(68, m.width-8)), "\n") + "\n\n" +
		"s save and quit · d quit without saving · esc keep editing")
}

// A file that does not parse: show where, offer a fresh file beside it.

func (m *model) parseErrorKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "n":
		m.state = stateWizard
		m.wizard.step = 0
		m.focusOn("smtp.use_default")
		return nil
	case "q", "esc":
		return m.exit()
	}
	return nil
}

func (m *model) parseErrorView() string {
	st := m.styles
	w := max(40, m.width-2)
	e := m.parseErr
	var lines []string
	lines = append(lines, wrapIndent(st.Field.Error, fmt.Sprintf("✗ %s does not parse: line %d, column %d", cmpOr(e.Path, m.opts.Path), e.Line, e.Column), "", w)...)
	lines = append(lines, "")
	lines = append(lines, wrapIndent(st.Explain, e.Message, "  ", w)...)
	if m.badLine != "" {
		lines = append(lines, "", fmt.Sprintf("  %4d │ %s", e.Line, m.badLine))
		if e.Column > 0 {
			lines = append(lines, "       │ "+strings.Repeat(" ", e.Column-1)+st.Field.Error.Render("^"))
		}
	}
	lines = append(lines, "")
	lines = append(lines, wrapIndent(st.Field.Help, "Fix it in an editor and start again, or start fresh: the new settings go to "+m.newPath+" and the broken file is left as it is.", "", w)...)
	return strings.Join(lines, "\n")
}
