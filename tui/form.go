package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
)

// The settings page: every visible setting on one page, like a web form.
// Sections appear and disappear in place as choices change.

func (m *model) visibleKeys(keys []string) []string {
	var out []string
	for _, k := range keys {
		if m.visible(k) {
			out = append(out, k)
		}
	}
	return out
}

// pageKeys are the fields the current screen edits.
func (m *model) pageKeys() []string {
	if m.state == stateWizard {
		return m.visibleKeys(m.wizardStep().keys)
	}
	return m.visibleKeys(formKeys)
}

func (m *model) focusOn(k string) {
	if f := m.fields[m.focus]; f != nil {
		f.blur()
	}
	m.focus = k
	if f := m.fields[k]; f != nil {
		f.focus()
	}
}

// moveFocus goes to the next or previous visible field; leaving a field
// shows its problems. It reports false at either end of the page.
func (m *model) moveFocus(delta int) bool {
	keys := m.pageKeys()
	i := slices.Index(keys, m.focus)
	m.touched[m.focus] = true
	j := i + delta
	if i < 0 {
		j = 0
	}
	if j < 0 || j >= len(keys) {
		return false
	}
	m.focusOn(keys[j])
	return true
}

// changed reacts to a field's new value: the port follows the protocol
// unless the admin chose one, then everything is validated again.
func (m *model) changed(k string) {
	switch k {
	case "smtp.protocol":
		p := config.Protocol(m.fields[k].value())
		if !m.portTyped {
			m.fields["smtp.port"].setValue(fmt.Sprint(config.DefaultPort(p)))
		}
		// STARTTLS is hidden for SMTPS: it must not linger there, and comes
		// back at the default when the admin returns to SMTP.
		m.fields["smtp.starttls"].setValue(boolText(p == config.ProtocolSMTP && config.Default().SMTP.StartTLS))
	case "smtp.port":
		m.portTyped = m.fields[k].value() != ""
	}
	m.status = ""
	m.recompute()
}

// replacePasswordSources unsets password_env and password_command when a
// password is typed: the admin replaces where the password comes from, and
// config takes one source only. The form has no field for those keys, so
// otherwise the typed password could never be saved.
func replacePasswordSources(cfg *config.Config, typed string) {
	if typed == "" {
		return
	}
	for _, k := range passwordSourceKeys {
		_ = cfg.Set(k, "") // empty unsets a key; these never refuse it
	}
}

// fieldHelp is the focused field's help; the password's also says where
// the password comes from now and what typing one does to that.
func (m *model) fieldHelp(k string) string {
	f := m.fields[k]
	if k != "smtp.password" {
		return f.help
	}
	src := f.source
	if src == "" {
		return f.help
	}
	s := m.saved.SMTP.Server
	var keys []string
	if s.PasswordEnv != "" {
		keys = append(keys, "password_env")
	}
	if s.PasswordCommand != "" {
		keys = append(keys, "password_command")
	}
	return "the login password comes " + src + " (" + joinAnd(keys) + "); a password typed here replaces that and is stored in this file"
}

// passwordSummary is the Password line of the summary: whether a new
// password was typed, and where the password comes from otherwise. The
// password itself never shows.
func (m *model) passwordSummary() string {
	src := m.fields["smtp.password"].source
	switch {
	case m.fields["smtp.password"].value() != "" && src != "":
		return "(new password entered; replaces the password " + src + ")"
	case m.fields["smtp.password"].value() != "":
		return "(new password entered)"
	case src != "":
		return src
	case m.saved.SMTP.Password != "":
		return "(saved password kept)"
	default:
		return "(none)"
	}
}

func (m *model) formKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.probe.active() {
		return m.probeKey(msg)
	}
	k := m.keys
	switch {
	case keyIs(msg, k.Quit):
		return m.quit()
	case keyIs(msg, k.Save):
		return m.review(stateForm)
	case keyIs(msg, k.Test):
		return m.openTest(stateForm)
	case keyIs(msg, k.Detect) && m.visible("smtp.host"):
		return m.startProbe()
	case keyIs(msg, k.Next):
		if !m.moveFocus(1) {
			m.touched[m.focus] = true
			m.focusOn(m.pageKeys()[0])
		}
		return nil
	case keyIs(msg, k.Prev):
		if !m.moveFocus(-1) {
			keys := m.pageKeys()
			m.focusOn(keys[len(keys)-1])
		}
		return nil
	}
	m.editFocused(msg)
	return nil
}

func (m *model) editFocused(msg tea.KeyPressMsg) {
	f := m.fields[m.focus]
	if f == nil {
		return
	}
	if f.update(msg, m.keys) {
		m.changed(m.focus)
		if f.kind == kindToggle || f.kind == kindChoice {
			m.touched[m.focus] = true
		}
	}
}

func (m *model) formHelp() []key.Binding {
	k := m.keys
	if m.probe.active() {
		return m.probeHelp()
	}
	b := []key.Binding{k.Next}
	if f := m.fields[m.focus]; f != nil {
		switch f.kind {
		case kindToggle:
			b = append(b, k.Toggle)
		case kindChoice:
			b = append(b, k.Left)
		case kindText, kindSecret:
		}
	}
	if m.visible("smtp.host") {
		b = append(b, k.Detect)
	}
	return append(b, k.Save, k.Test, k.Quit)
}

func (m *model) formView() string {
	var b strings.Builder
	if m.probe.active() {
		b.WriteString(m.probeView())
		b.WriteString("\n\n")
	}
	b.WriteString(m.fieldsView(m.pageKeys()))
	return b.String()
}

// fieldsView draws fields: one row each, the focused one with its help,
// and under each field the problems config finds with it.
func (m *model) fieldsView(keys []string) string {
	st := m.styles
	w := max(40, m.width-2)
	var lines []string
	for _, k := range keys {
		f := m.fields[k]
		focused := k == m.focus
		row := f.view(st, focused, w)
		if focused {
			row = focusMark + row
		}
		lines = append(lines, row)
		indent := "    "
		if help := m.fieldHelp(k); focused && help != "" {
			lines = append(lines, wrapIndent(st.Field.Help, help, indent, w)...)
		}
		lines = append(lines, m.notesFor(k, indent, w)...)
		if k == "smtp.use_default" && f.on {
			for _, note := range m.defaultServerNotes() {
				lines = append(lines, wrapIndent(st.Field.Note, note, indent, w)...)
			}
		}
	}
	return strings.Join(lines, "\n")
}

// notesFor are a field's problems (once the admin has left it) and its
// recommendations, all in config's words after the field's label. The
// password's include those of password_env and password_command, which
// have no field of their own.
func (m *model) notesFor(k, indent string, w int) []string {
	st := m.styles
	var lines []string
	show := m.touched[k] || m.showAll
	if e, ok := m.setErrs[k]; ok && show {
		lines = append(lines, wrapIndent(st.Field.Error, "✗ "+m.fieldMessage(k, e), indent, w)...)
	}
	keys := []string{k}
	if k == "smtp.password" {
		keys = append(keys, passwordSourceKeys...)
	}
	for _, pk := range keys {
		for _, p := range m.problems.For(pk) {
			switch {
			case p.Severity == config.SeverityError && show:
				lines = append(lines, wrapIndent(st.Field.Error, "✗ "+m.fieldMessage(pk, p.Message), indent, w)...)
			case p.Severity == config.SeverityWarning:
				lines = append(lines, wrapIndent(st.Field.Warning, "! "+m.fieldMessage(pk, p.Message), indent, w)...)
			}
		}
	}
	if k == "smtp.protocol" && m.fields[k].value() == string(config.ProtocolSMTP) && !m.fields["smtp.starttls"].on {
		lines = append(lines, wrapIndent(st.Field.Note, "Recommended: SMTPS, or SMTP with STARTTLS required, so that the password and mail are encrypted.", indent, w)...)
	} else if k == "smtp.protocol" && k == m.focus {
		lines = append(lines, wrapIndent(st.Field.Note, "SMTPS (TLS from the first byte) is recommended; SMTP with STARTTLS required is next best.", indent, w)...)
	}
	return lines
}

// fieldMessage puts a setting's label before one of config's messages
// about it, which stays word for word. Config leaves the subject out
// ("is not set: …", printed after the key as "smtp.host: is not set: …"),
// so a message that starts with a verb reads on from the label: "Server
// is not set: …". One that starts with the value or a clause of its own
// ("\"x\" is not an e-mail address", "port 465 expects …") follows a
// colon. config.Set's errors start with the dotted key, which the label
// replaces: "Port must be a whole number …".
func (m *model) fieldMessage(k, msg string) string {
	label := m.label(k)
	if rest, ok := strings.CutPrefix(msg, config.QualifiedKey(k)); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ":")) {
		return label + rest
	}
	first, _, _ := strings.Cut(msg, " ")
	switch first {
	case "is", "has", "contains", "cannot", "must":
		return label + " " + msg
	}
	return label + ": " + msg
}

// defaultServerNotes say which server the platform default is and, when
// it has no sender of its own, why the sender fields still show.
func (m *model) defaultServerNotes() []string {
	c := m.cfg
	c.SMTP.UseDefault = true
	s := c.Effective()
	which := "Mail goes through "
	if m.opts.Demo != nil {
		which = "Mail goes through the demo server "
	}
	if m.defaultHasSender() {
		return []string{which + serverLine(s) + ", sent as " + s.Sender + "."}
	}
	return []string{which + serverLine(s) + ".",
		"It has no sender address of its own, so a Sender address is needed too."}
}

// defaultHasSender tells whether [default_server] names its own sender;
// if not, config.Effective takes [smtp]'s, so the form must ask for it.
// The form never edits [default_server]: the loaded file decides.
func (m *model) defaultHasSender() bool {
	return m.saved.DefaultServer.Sender != ""
}

// wrapIndent wraps text to the width and indents every line.
func wrapIndent(style interface{ Render(...string) string }, text, indent string, w int) []string {
	room := max(10, w-len(indent))
	var out []string
	for _, l := range wrapWords(text, room) {
		out = append(out, indent+style.Render(l))
	}
	return out
}

// wrapWords wraps text at spaces to w columns of display width. A word
// wider than w is broken where the width runs out, so that no text is
// ever lost to a cut.
func wrapWords(s string, w int) []string {
	w = max(1, w)
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line, lw := "", 0
		for _, word := range strings.Fields(para) {
			ww := ansi.StringWidth(word)
			if line != "" && lw+1+ww > w {
				if ww <= w || lw+1 >= w {
					lines = append(lines, line)
					line, lw = "", 0
				}
			}
			if line != "" {
				line += " "
				lw++
			}
			if lw+ww > w {
				// Too wide for what is left of the line: the rest of the
				// line is filled, then the word runs on over whole lines.
				head := ansi.Cut(word, 0, w-lw)
				lines = append(lines, strings.TrimRight(line+head, " "))
				rest := strings.Split(ansi.Hardwrap(ansi.Cut(word, ansi.StringWidth(head), ww), w, true), "\n")
				lines = append(lines, rest[:len(rest)-1]...)
				word = rest[len(rest)-1]
				line, lw = "", 0
				ww = ansi.StringWidth(word)
			}
			line += word
			lw += ww
		}
		lines = append(lines, line)
	}
	return lines
}
