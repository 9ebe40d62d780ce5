package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// summaryScreen is the review before saving: every setting in force, the
// changes and the problems config finds; errors block saving.
type summaryScreen struct {
	u    *ui
	d    *draft
	body page
}

func newSummary(u *ui, d *draft) *summaryScreen {
	d.showAll = true // every problem shows, on this page and the one under it
	return &summaryScreen{u: u, d: d}
}

func (s *summaryScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.LineUp):
			s.body.scroll(-1)
		case key.Matches(msg, k.LineDown):
			s.body.scroll(1)
		case key.Matches(msg, k.PageUp):
			s.body.scroll(-s.body.pageStep())
		case key.Matches(msg, k.PageDown):
			s.body.scroll(s.body.pageStep())
		case key.Matches(msg, k.Confirm):
			if len(s.d.blocking()) > 0 {
				return nil, action{}
			}
			return nil, action{save: true}
		case key.Matches(msg, k.Back, k.QuitNow):
			s.d.showAll = false
			return nil, action{pop: true}
		}
	case bodyMouse:
		if wheel, ok := msg.MouseMsg.(tea.MouseWheelMsg); ok {
			switch wheel.Button {
			case tea.MouseWheelUp:
				s.body.scroll(-3)
			case tea.MouseWheelDown:
				s.body.scroll(3)
			default:
			}
		}
	}
	return nil, action{}
}

func (s *summaryScreen) Layout(w, h int) {
	lines := append([]string{s.u.styles.Section.Render(s.u.lang().T("tuiscreen_review_title", nil)), ""}, summaryLines(s.u, s.d, w)...)
	s.body.set(lines, h, -1)
}

func (s *summaryScreen) View(_, _ int) string { return s.body.viewIn(s.u.styles, s.u.lang()) }

func (s *summaryScreen) Typing() bool { return false }

func (s *summaryScreen) Help() helpKeys {
	k, l := s.u.keys, s.u.lang()
	scroll := joined("↑/↓", l.T("tuitest_key_scroll", nil), k.LineUp, k.LineDown)
	short := []key.Binding{k.Confirm, k.Back, scroll}
	if len(s.d.blocking()) > 0 {
		short = []key.Binding{k.Back, scroll}
	}
	return helpKeys{short: short, full: [][]key.Binding{short, {joined("pgup/pgdn", l.T("tuitest_key_page", nil), k.PageUp, k.PageDown)}}}
}

// summaryLines show every setting in force, the changes and the problems
// config finds; errors block saving. Nothing is cut at the window's edge:
// a value too long for its column wraps under it, and on a window too
// narrow for a column it goes on its own line under the label. The review,
// the wizard's last step and the prompts show these.
func summaryLines(u *ui, d *draft, w int) []string {
	const nbsp = "\u00a0"
	st, l := u.styles, u.lang()
	var lines []string
	if errs := d.blocking(); len(errs) > 0 {
		lines = append(lines, wrapIndent(st.Field.Error, l.N("tuiscreen_cannot_save", len(errs), nil), "  ", w)...)
		for _, e := range errs {
			lines = append(lines, wrapIndent(st.Field.Error, "✗ "+e, "    ", w)...)
		}
		lines = append(lines, "")
	}
	for _, p := range d.problems.Warnings().Sorted() {
		lines = append(lines, wrapIndent(st.Field.Warning, "! "+d.problemMessage(p), "    ", w)...)
	}
	if changed := d.changes(); len(changed) > 0 {
		// Labels joined with no-break spaces inside them, so the line
		// wraps between labels, never inside one ("SMTP-" / "Port").
		labels := d.labels(changed)
		for i, lb := range labels {
			labels[i] = strings.ReplaceAll(lb, " ", nbsp)
		}
		text := l.T("tuiscreen_changed", i18n.D{"Labels": strings.Join(labels, ", ")})
		for _, line := range wrapIndent(st.Field.Help, text, "  ", w) {
			lines = append(lines, strings.ReplaceAll(line, nbsp, " "))
		}
	} else {
		lines = append(lines, wrapIndent(st.Field.Help, l.T("tuiscreen_nothing_changed", nil), "  ", w)...)
	}
	lines = append(lines, "")
	// The form's label column (labelColumn), measured from the labels in
	// this language, so that the review's values stand where the form's
	// do; a label wider than it (a checkbox's, which on the form follows
	// its box) stands on a line of its own with its value under it.
	w = max(40, w)
	col := labelColumn(d.fields, w)
	for _, k := range d.visibleKeys(formKeys) {
		label, v := d.fields[k].label, d.summaryValue(k)
		vc := col
		if lipgloss.Width(label) == col {
			vc++ // a space parts label and value, as on the form
		}
		own := lipgloss.Width(label) > col
		if room := w - 2 - vc; lipgloss.Width(v) > room && room < minValueWidth {
			// Too narrow a window for a column: the value under the label.
			lines = append(lines, wrapIndent(st.Field.Label, label, "  ", w)...)
			lines = append(lines, wrapIndent(st.Field.Value, v, "    ", w)...)
			continue
		}
		if own {
			lines = append(lines, wrapIndent(st.Field.Label, label, "  ", w)...)
		}
		for i, vl := range wrap(v, w-2-vc) {
			lead := strings.Repeat(" ", 2+vc)
			if i == 0 && !own {
				lead = "  " + st.Field.Label.Render(padRight(label, vc))
			}
			lines = append(lines, lead+st.Field.Value.Render(vl))
		}
	}
	if d.fields["smtp.use_default"].on {
		for _, note := range d.defaultServerNotes(u.demo()) {
			lines = append(lines, wrapIndent(st.Field.Note, note, "  ", w)...)
		}
	}
	return lines
}
