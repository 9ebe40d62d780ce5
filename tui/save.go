package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/shellword"
)

// Saving: a summary first, nothing invalid saved, and a choice when the
// file changed on disk meanwhile.

type savedMsg struct {
	file    *config.File
	changed []string
	err     error
}

type reloadedMsg struct {
	file    *config.File
	err     error
	reapply bool // set this session's changes again on the reloaded file
}

// review opens the summary before saving; with nothing to save it says
// so and stays.
func (m *model) review(from state) tea.Cmd {
	if m.nothingToSave() {
		m.status = m.nothingToSaveStatus()
		return nil
	}
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
	if m.nothingToSave() {
		// Writing the same settings again would still rewrite the file, could
		// report someone else's edit as a conflict and, over SSH, log a save
		// that changed nothing.
		m.status = m.nothingToSaveStatus()
		switch m.state {
		case stateQuitConfirm:
			return m.exit()
		case stateSummary:
			m.state = m.returnTo
			m.showAll = false
		default:
		}
		return nil
	}
	f := *m.file
	f.Config = m.cfg
	before, created := m.saved, !m.onDisk
	allowed := m.opts.BeforeSave
	m.status = "Saving…"
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
	}
}

// nothingToSave tells whether the file on disk already holds the form's
// settings. A file not written yet (first-time setup, a fresh file after
// a parse error) always has something to save.
func (m *model) nothingToSave() bool {
	return m.onDisk && !m.dirty()
}

func (m *model) nothingToSaveStatus() string {
	return m.styles.Field.Help.Render("Nothing to save: " + m.file.Path + " already holds these settings.")
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
	// What was saved is what the form compares with from now on: the
	// settings and the text the fields show for them, so that setting a
	// field back to its value at load time counts as a change again.
	m.setSaved(msg.file)
	m.onDisk = true
	// The password typed is saved now: an empty field keeps it, and the
	// review no longer calls it new.
	m.fields["smtp.password"].setValue("")
	m.recompute()
	m.status = m.styles.Step.OK.Render("✓ Saved to " + msg.file.Path)
	if note := m.asideNote(); note != "" {
		m.status += "\n" + m.styles.Field.Warning.Render(note)
	}
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
	if keys := m.pageKeys(); !slices.Contains(keys, m.focus) && len(keys) > 0 {
		// The wizard's summary has no field: focus the page's first one,
		// so the marker shows and keys go somewhere.
		m.focusOn(keys[0])
	}
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
// problems config finds; errors block saving. Nothing is cut at the
// window's edge: a value too long for its column wraps under it, and on a
// window too narrow for a column it goes on its own line under the label.
func (m *model) settingsSummary() string {
	st := m.styles
	w := m.frameWidth()
	var lines []string
	if errs := m.blocking(); len(errs) > 0 {
		lines = append(lines, wrapIndent(st.Field.Error, fmt.Sprintf("Cannot save: %d problem(s) to fix first", len(errs)), "  ", w)...)
		for _, e := range errs {
			lines = append(lines, wrapIndent(st.Field.Error, "✗ "+e, "    ", w)...)
		}
		lines = append(lines, "")
	}
	for _, p := range m.problems.Warnings().Sorted() {
		lines = append(lines, wrapIndent(st.Field.Warning, "! "+m.problemMessage(p), "    ", w)...)
	}
	if changed := m.changes(); len(changed) > 0 {
		lines = append(lines, wrapIndent(st.Field.Help, "Changed: "+strings.Join(m.labels(changed), ", "), "  ", w)...)
	} else {
		lines = append(lines, wrapIndent(st.Field.Help, "Nothing changed since the file was loaded.", "  ", w)...)
	}
	lines = append(lines, "")
	column := 2 + summaryLabelWidth
	room := w - column
	for _, k := range m.visibleKeys(formKeys) {
		label, v := m.fields[k].label, m.summaryValue(k)
		switch {
		case lipgloss.Width(v) <= room || room >= summaryMinValueWidth:
			for i, l := range wrapWords(v, room) {
				lead := strings.Repeat(" ", column)
				if i == 0 {
					lead = "  " + st.Field.Label.Render(padRight(label, summaryLabelWidth))
				}
				lines = append(lines, lead+st.Field.Value.Render(l))
			}
		default:
			lines = append(lines, wrapIndent(st.Field.Label, label, "  ", w)...)
			lines = append(lines, wrapIndent(st.Field.Value, v, "    ", w)...)
		}
	}
	if m.fields["smtp.use_default"].on {
		for _, note := range m.defaultServerNotes() {
			lines = append(lines, wrapIndent(st.Field.Note, note, "  ", w)...)
		}
	}
	return strings.Join(lines, "\n")
}

// summaryMinValueWidth is the narrowest value column the summary wraps
// values in; narrower, a long value goes on its own line.
const summaryMinValueWidth = 30

// summaryValue is a setting as the summary shows it; passwords never show.
func (m *model) summaryValue(k string) string {
	f := m.fields[k]
	switch {
	case k == "smtp.password":
		return m.passwordSummary()
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
	case keyIs(msg, m.keys.Reapply):
		return m.reload(true)
	case keyIs(msg, m.keys.Reload):
		return m.reload(false)
	case keyIs(msg, m.keys.KeepEditing):
		m.state = stateForm
		m.status = m.styles.Field.Warning.Render("! Not saved: the file changed on disk. Save again and press a to re-apply your changes to the file as it is now.")
	}
	return nil
}

// reload reads the file again in a command.
func (m *model) reload(reapply bool) tea.Cmd {
	f := *m.file
	return func() tea.Msg {
		err := f.Reload()
		return reloadedMsg{file: &f, err: err, reapply: reapply}
	}
}

func (m *model) onReloaded(msg reloadedMsg) {
	m.state = stateForm
	if msg.err != nil {
		m.status = m.styles.Field.Error.Render("✗ Could not reload: " + msg.err.Error())
		return
	}
	if !msg.reapply {
		m.useFile(msg.file)
		m.status = m.styles.Step.OK.Render("✓ Reloaded " + msg.file.Path + "; your unsaved changes were dropped")
		return
	}
	applied, conflicts := m.reapply(msg.file)
	st := m.styles
	switch {
	case len(applied) == 0 && len(conflicts) == 0:
		m.status = st.Step.OK.Render("✓ Reloaded " + msg.file.Path + "; nothing of yours was left to re-apply")
	case len(applied) > 0:
		m.status = st.Step.OK.Render("✓ Reloaded " + msg.file.Path + " and re-applied your changes to " + strings.Join(m.labels(applied), ", ") + ": review and save")
	default:
		m.status = st.Step.OK.Render("✓ Reloaded " + msg.file.Path)
	}
	if len(conflicts) > 0 {
		m.status += "\n" + st.Field.Warning.Render("! Someone else changed "+strings.Join(m.labels(conflicts), ", ")+" too: their value is kept. Edit it again if yours should win.")
		if m.visible(conflicts[0]) {
			m.focusOn(conflicts[0])
		}
	}
}

// reapply loads the file as someone else saved it and sets again the
// settings this session changed. The rule, the simplest that loses
// nothing silently: a setting the other admin did not touch takes this
// admin's value; a setting both changed keeps theirs and is returned as a
// conflict, named on screen, so that this admin sees it and types their
// value again if it should win. Nothing is saved here: the admin reviews
// and saves as usual, so the other admin's save is never overwritten
// unseen. A change is the field's text, not the parsed setting, so that
// a value config refused is carried over too, still marked as an error.
func (m *model) reapply(f *config.File) (applied, conflicts []string) {
	mine := map[string]string{}
	for _, k := range formKeys {
		v := m.fields[k].value()
		if k == "smtp.password" && v == "" {
			continue // empty means: keep the saved one, which is theirs now
		}
		if v != m.savedText[k] {
			mine[k] = v
		}
	}
	theirs := map[string]bool{}
	for _, k := range config.ChangedKeys(m.saved, f.Config) {
		theirs[k] = true
	}
	m.useFile(f)
	for _, k := range formKeys {
		v, changed := mine[k]
		switch {
		case !changed:
		case theirs[k] && v != m.savedText[k]:
			conflicts = append(conflicts, k)
		case theirs[k]: // both chose the same value
		default:
			m.fields[k].setValue(v)
			m.touched[k] = true
			applied = append(applied, k)
		}
	}
	// The port follows the protocol again only if it is that protocol's default.
	proto := config.Protocol(m.fields["smtp.protocol"].value())
	port := m.fields["smtp.port"].value()
	m.portTyped = port != "" && port != fmt.Sprint(config.DefaultPort(proto))
	m.recompute()
	return applied, conflicts
}

func (m *model) conflictView() string {
	st := m.styles
	text := "Someone else changed " + m.file.Path + " since it was loaded, so it was not saved over.\n\n" +
		"a reloads the file and re-applies your changes: where you both changed a setting, theirs is kept and named. " +
		"r reloads the file and drops your changes. k keeps editing (saving asks again)."
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
	changed := m.changes()
	text := "You changed " + joinAnd(m.labels(changed))
	if len(changed) > 1 {
		text += ","
	}
	text += " and have not saved."
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
	case "o":
		if m.oldFresh == "" {
			return nil
		}
		path := m.oldFresh
		return func() tea.Msg {
			f, err := config.Load(path)
			return openedMsg{path: path, file: f, err: err}
		}
	case "q", "esc":
		return m.exit()
	}
	return nil
}

// openedMsg is the fresh file an earlier session left, loaded.
type openedMsg struct {
	path string
	file *config.File
	err  error
}

// onOpened edits the fresh file an earlier session left beside the broken
// one, or says why it cannot.
func (m *model) onOpened(msg openedMsg) {
	if msg.err != nil {
		m.status = m.styles.Field.Error.Render("✗ Cannot open " + msg.path + ": " + msg.err.Error())
		return
	}
	m.useFile(msg.file)
	m.onDisk = true
	m.state = stateForm
	m.status = m.styles.Field.Warning.Render(m.asideNote())
}

// asideNote says, while the file edited is a fresh one beside a file that
// does not parse, that the broken file is still the one in use and how to
// put the new one in its place; "" otherwise.
func (m *model) asideNote() string {
	if m.parseErr == nil || m.file.Path == m.opts.Path {
		return ""
	}
	return "! " + m.opts.Path + " is still the file in use, and it does not parse. " +
		"To use these settings, put the new file in its place:\n  mv " + shellword.Quote(m.file.Path) + " " + shellword.Quote(m.opts.Path)
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
	if m.oldFresh != "" {
		lines = append(lines, wrapIndent(st.Field.Warning, "! "+m.oldFresh+" already exists, perhaps started fresh earlier: o opens it to check and finish it. It is not in use until it replaces the broken file.", "", w)...)
		lines = append(lines, "")
	}
	lines = append(lines, wrapIndent(st.Field.Help, "Fix it in an editor and start again, or start fresh: the new settings go to "+m.newPath+" and the broken file is left as it is.", "", w)...)
	return strings.Join(lines, "\n")
}
