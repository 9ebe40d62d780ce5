package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// The help bar in lines that fit: bubbles' help cuts what is wider than
// its width ("…"), which in German lost "? mehr" in the quit dialog and
// the wizard's third column of keys. Here nothing is cut: entries move to
// another line instead.

// shortHelpLines is the short help within w columns: the bindings on one
// line where they fit, else wrapped between entries. fitHelp has already
// dropped what matters least; what is left must all show.
func shortHelpLines(h help.Model, bindings []key.Binding, w int) []string {
	h.SetWidth(0) // measure and draw uncut
	var parts []string
	for _, b := range bindings {
		if b.Enabled() {
			parts = append(parts, h.ShortHelpView([]key.Binding{b}))
		}
	}
	if len(parts) == 0 {
		return []string{""}
	}
	sep := h.Styles.ShortSeparator.Inline(true).Render(h.ShortSeparator)
	return joinFitting(parts, sep, w)
}

// fullHelpLines is the full help within w columns: its columns side by
// side as long as they fit, the next ones in a row below (no blank line
// between: on a small window every row is the body's).
func fullHelpLines(h help.Model, groups [][]key.Binding, w int) []string {
	h.SetWidth(0)
	var rows []string
	var row [][]key.Binding
	for _, g := range groups {
		if !slices.ContainsFunc(g, key.Binding.Enabled) {
			continue
		}
		with := append(slices.Clone(row), g)
		if len(row) > 0 && lipgloss.Width(h.FullHelpView(with)) > w {
			rows = append(rows, h.FullHelpView(row))
			with = [][]key.Binding{g}
		}
		row = with
	}
	if len(row) > 0 {
		rows = append(rows, h.FullHelpView(row))
	}
	return strings.Split(strings.Join(rows, "\n"), "\n")
}
