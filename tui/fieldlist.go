package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
)

// fieldList is fields on a page with one of them focused: the settings
// page and each first-time step are one. It moves the focus, edits the
// focused field, lays the fields out and finds the field under a click.
type fieldList struct {
	u     *ui
	d     *draft
	focus string // the focused field's key
	body  page
	keyAt []string // the field each body line belongs to, for clicks
	// follow keeps the focused field in view; the mouse wheel turns it
	// off until the focus moves again.
	follow bool
}

func (l *fieldList) focusOn(k string) {
	l.focus, l.follow = k, true
	l.d.focusField(k)
}

// move goes to the next or previous of keys (the page's visible fields);
// leaving a field shows its problems. It reports false at either end.
func (l *fieldList) move(keys []string, delta int) bool {
	l.d.touched[l.focus] = true
	i := slices.Index(keys, l.focus)
	j := i + delta
	if i < 0 {
		j = 0
	}
	if j < 0 || j >= len(keys) {
		return false
	}
	l.focusOn(keys[j])
	return true
}

// keep focuses the nearest of keys (the page's visible fields, in all's
// order) when the focused field is hidden now: after it first.
func (l *fieldList) keep(keys, all []string) {
	if slices.Contains(keys, l.focus) {
		l.d.focusField(l.focus)
		return
	}
	if i := slices.Index(all, l.focus); i >= 0 {
		for d := 1; d < len(all); d++ {
			for _, j := range []int{i + d, i - d} {
				if j >= 0 && j < len(all) && slices.Contains(keys, all[j]) {
					l.focusOn(all[j])
					return
				}
			}
		}
	}
	if len(keys) > 0 {
		l.focusOn(keys[0])
	} else {
		l.focusOn("")
	}
}

// edit gives a key to the focused field; it reports a change of value.
func (l *fieldList) edit(msg tea.KeyPressMsg) bool {
	f := l.d.fields[l.focus]
	if f == nil {
		return false
	}
	shown := l.d.visibleKeys(formKeys)
	if !f.update(msg, l.u.keys) {
		return false
	}
	l.d.changedFrom(l.focus, shown)
	if f.kind == kindToggle || f.kind == kindChoice {
		l.d.touched[l.focus] = true
	}
	return true
}

// paste inserts pasted text into the focused field.
func (l *fieldList) paste(msg tea.PasteMsg) bool {
	if f := l.d.fields[l.focus]; f != nil && f.paste(msg) {
		l.d.changed(l.focus)
		return true
	}
	return false
}

// mouse focuses the field clicked (y is the body's row) or scrolls with
// the wheel; it reports whether the focus moved.
func (l *fieldList) mouse(msg tea.MouseMsg, y int) bool {
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		if msg.Button != tea.MouseLeft {
			return false
		}
		if i := l.body.lineAt(y); i >= 0 && i < len(l.keyAt) && l.keyAt[i] != "" && l.keyAt[i] != l.focus {
			l.d.touched[l.focus] = true
			l.focusOn(l.keyAt[i])
			return true
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			l.body.scroll(-3)
			l.follow = false
		case tea.MouseWheelDown:
			l.body.scroll(3)
			l.follow = false
		default:
		}
	}
	return false
}

// layout lays keys out for a body w wide with room rows under the lines
// above them (a step's heading), which come first.
func (l *fieldList) layout(above []string, keys []string, w, room int) {
	col := labelColumn(l.d.fields, max(40, w))
	for _, f := range l.d.fields {
		f.col = col
	}
	for _, k := range keys {
		l.d.fields[k].setWidth(l.d.fields[k].rowValueWidth(max(40, w)))
	}
	lines, focusAt, keyAt := l.lines(keys, w)
	if focusAt >= 0 {
		focusAt += len(above)
	}
	l.keyAt = append(make([]string, len(above)), keyAt...)
	if !l.follow {
		focusAt = -1
	}
	l.body.set(append(append([]string(nil), above...), lines...), room, focusAt)
}

// lines draws fields: one row each, the focused one with its help, and
// under each field the problems config finds with it. focusAt is the
// focused row; keyAt names the field of every line.
func (l *fieldList) lines(keys []string, w int) (lines []string, focusAt int, keyAt []string) {
	st, d := l.u.styles, l.d
	w = max(40, w)
	focusAt = -1
	for _, k := range keys {
		f := d.fields[k]
		focused := k == l.focus
		if focused {
			focusAt = len(lines)
		}
		start := len(lines)
		// A choice row that wraps is several lines of the page: the page
		// counts, scrolls and maps clicks by terminal line.
		lines = append(lines, strings.Split(f.view(st, focused, w), "\n")...)
		const indent = "    "
		if focused && d.fieldHelp(k) != "" {
			lines = append(lines, wrapIndent(st.Field.Help, d.fieldHelp(k), indent, w)...)
		}
		lines = append(lines, l.notes(k, indent, w)...)
		if k == "smtp.use_default" && f.on {
			for _, note := range d.defaultServerNotes(l.u.demo()) {
				lines = append(lines, wrapIndent(st.Field.Note, note, indent, w)...)
			}
		}
		for range len(lines) - start {
			keyAt = append(keyAt, k)
		}
	}
	return lines, focusAt, keyAt
}

// notes are a field's problems (once the admin has left it) and its
// recommendations, all in config's words after the field's label; under
// the field just changed, also the errors that change made elsewhere. The
// password's include those of password_env and password_command, which
// have no field of their own.
func (l *fieldList) notes(k, indent string, w int) []string {
	st, d := l.u.styles, l.d
	var lines []string
	show := d.touched[k] || d.showAll
	if e, ok := d.setErrs[k]; ok && show {
		lines = append(lines, wrapIndent(st.Field.Error, "✗ "+d.problemMessage(e), indent, w)...)
	}
	keys := []string{k}
	switch k {
	case "smtp.password":
		keys = append(keys, passwordSourceKeys...)
	case "smtp.oauth2_client_secret":
		keys = append(keys, clientSecretSourceKeys...)
	}
	for _, pk := range keys {
		for _, p := range d.problems.For(pk) {
			switch {
			case p.Severity == config.SeverityError && show:
				lines = append(lines, wrapIndent(st.Field.Error, "✗ "+d.problemMessage(p), indent, w)...)
			case p.Severity == config.SeverityWarning:
				lines = append(lines, wrapIndent(st.Field.Warning, "! "+d.problemMessage(p), indent, w)...)
			}
		}
	}
	if k == d.changedLast && k == l.focus {
		// What this change made wrong elsewhere, where the admin looks.
		for _, p := range d.because {
			lines = append(lines, wrapIndent(st.Field.Error, "✗ "+d.problemMessage(p), indent, w)...)
		}
	}
	switch {
	case k == "smtp.protocol" && d.fields[k].value() == string(config.ProtocolSMTP) && !d.fields["smtp.starttls"].on:
		lines = append(lines, wrapIndent(st.Field.Note, d.lang.T("tuiform_protocol_recommended", nil), indent, w)...)
	case k == "smtp.protocol" && k == l.focus:
		lines = append(lines, wrapIndent(st.Field.Note, d.lang.T("tuiform_protocol_best", nil), indent, w)...)
	}
	return lines
}

// fieldHelpKeys are the keys that edit the focused field.
func (l *fieldList) fieldHelpKeys() []key.Binding {
	if f := l.d.fields[l.focus]; f != nil {
		switch f.kind {
		case kindToggle:
			return []key.Binding{l.u.keys.Toggle}
		case kindChoice:
			return []key.Binding{l.u.keys.Left}
		case kindText, kindSecret:
		}
	}
	return nil
}

// typing tells whether keys go into the focused field.
func (l *fieldList) typing() bool {
	f := l.d.fields[l.focus]
	return f != nil && (f.kind == kindText || f.kind == kindSecret)
}
