package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// The frame around every screen: the header (title, path, unsaved badge,
// demo banner, the server's notice), the status line and the help bar,
// computed once per message by relayout, never in View.

// frameWidth is the width the frame gives a body's lines.
func (m *model) frameWidth() int { return max(20, m.width-2) }

// relayout computes the frame for the window and lays the top screen out
// in the rows between. The help can depend on that layout (the test
// screen offers pgup/pgdn when its results overflow), so a help of another
// height lays the screen out once more.
func (m *model) relayout() {
	w := m.frameWidth()
	top := m.top()
	m.header = m.headerLines(w)
	m.footer = m.footerLines(w)
	m.room = m.roomBetween()
	top.Layout(w, m.room)
	if _, ok := top.(helpAfterLayout); !ok {
		return
	}
	if footer := m.footerLines(w); !slices.Equal(footer, m.footer) {
		m.footer = footer
		if room := m.roomBetween(); room != m.room {
			m.room = room
			top.Layout(w, m.room)
		}
	}
}

// helpAfterLayout is a screen whose help depends on its layout.
type helpAfterLayout interface{ overflow() bool }

// roomBetween is how many rows of body fit between header and footer.
func (m *model) roomBetween() int {
	return max(3, m.height-len(m.header)-len(m.footer)-1)
}

func (m *model) headerLines(w int) []string {
	st := m.u.styles
	path := m.d.file.Path
	if p, ok := m.top().(*parseErrorScreen); ok {
		path = p.path
	}
	header := []string{m.headerLine(path, w)}
	if d := m.u.opts.Demo; d != nil {
		// Wrapped between its parts rather than cut: the login is what a
		// newcomer needs from it, and at 80 columns it would be cut short.
		for _, l := range joinFitting(demoBanner(m.u.lang(), d), " · ", w) {
			header = append(header, truncate(st.Header.Demo.Render(l), w))
		}
	}
	if m.notice != "" {
		// The SSH server's word (Notice): prominent, whole, on every screen.
		for _, l := range wrap("! "+m.notice, w) {
			header = append(header, truncate(st.Notice.Render(l), w))
		}
	}
	return append(header, "")
}

func (m *model) footerLines(w int) []string {
	var footer []string
	if !m.status.empty() {
		footer = append(footer, strings.Split(lipgloss.NewStyle().Width(w).Render(m.status.view(m.u.styles)), "\n")...)
	}
	keys := m.top().Help()
	var helpLines []string
	if m.help.ShowAll { // every binding: columns wrap into rows
		helpLines = fullHelpLines(m.help, helpKeysIn(m.u.lang(), keys).full, w)
	} else { // the short help, fitted rather than cut
		helpLines = shortHelpLines(m.help, keysIn(m.u.lang(), m.shortHelp(w)), w)
	}
	for _, l := range helpLines {
		footer = append(footer, truncate(l, w))
	}
	return footer
}

// shortHelp is the top screen's short help with "? more", fitted to w
// (fitHelp). "? more" is left out where the full help has nothing more
// and it would take a line of its own: the German quit dialog's three
// keys fill the line ("? mehr" spilled onto a second).
func (m *model) shortHelp(w int) []key.Binding {
	l, keys := m.u.lang(), m.top().Help()
	more := relabel(m.u.keys.Help, "?", l.T("tuiscreen_key_more", nil))
	if m.top().Typing() {
		more = relabel(m.u.keys.HelpAnywhere, "f1", l.T("tuiscreen_key_more", nil)) // "?" would be typed
	}
	short := fitHelp(m.help, l, append(slices.Clone(keys.short), more), w)
	if !keys.hasMore() && len(shortHelpLines(m.help, keysIn(l, short), w)) > 1 {
		return fitHelp(m.help, l, keys.short, w)
	}
	return short
}

// headerLine is the title, the file's path and, with unsaved changes, a
// badge. Narrow windows lose the least first: the badge's second word,
// then the title, then the start of the path; the badge always shows.
func (m *model) headerLine(path string, w int) string {
	st, lang := m.u.styles, m.u.lang()
	badges := []string{""}
	if m.d.dirty() {
		badges = []string{"● " + lang.T("tuiscreen_badge_unsaved_changes", nil), "● " + lang.T("tuiscreen_badge_unsaved", nil)}
	}
	line := func(title, path, badge string) string {
		l := st.Header.Path.Render(path)
		if title != "" {
			l = st.Header.Title.Render(title) + " " + l
		}
		if badge != "" {
			l += "  " + st.Header.Badge.Render(badge)
		}
		return l
	}
	for _, title := range []string{"smtpconf", ""} {
		for _, b := range badges {
			if l := line(title, path, b); lipgloss.Width(l) <= w {
				return l
			}
		}
	}
	badge := badges[len(badges)-1]
	room := w - lipgloss.Width(line("", "", badge))
	if room < 8 {
		return truncate(line("", "", badge), w)
	}
	// The end of the path names the file: keep that.
	r := []rune(path)
	return truncate(line("", "…"+string(r[len(r)-(room-1):]), badge), w)
}

// fitHelp keeps the short help within w columns by dropping the bindings
// that matter least (last first among equals) rather than cutting the
// line, so that the way out and "? more" always show.
func fitHelp(h help.Model, l i18n.Lang, bindings []key.Binding, w int) []key.Binding {
	h.SetWidth(0) // measure uncut, with the keys named as they will show
	out := slices.Clone(bindings)
	for lipgloss.Width(h.ShortHelpView(keysIn(l, out))) > w {
		drop, lowest := -1, helpPinned
		for i, b := range out {
			if r := helpRank(b); r <= lowest && r < helpPinned {
				drop, lowest = i, r
			}
		}
		if drop < 0 {
			break // only what must show is left: the frame cuts it
		}
		out = slices.Delete(out, drop, drop+1)
	}
	return out
}

// helpPinned ranks the bindings the short help never drops.
const helpPinned = 3

// helpRank is how much a binding matters in the short help: the way out
// and the key to all keys are pinned; saving, testing, running and
// choosing come next; moving between fields and detecting go first. It
// goes by the keys, not by their words, which differ by language.
func helpRank(b key.Binding) int {
	k := b.Help().Key
	switch {
	case len(b.Keys()) == 0, // "any key" quits (the fatal error)
		slices.ContainsFunc(b.Keys(), helpWayOut):
		return helpPinned
	case k == "tab/↓", k == "ctrl+d", k == "↑/↓", k == "ctrl+n", k == "ctrl+p":
		return 0
	case k == "ctrl+s", k == "ctrl+t", k == "enter":
		return 2
	}
	return 1
}

// helpWayOut are the keys whose bindings the short help always shows:
// the ways out (esc, ctrl+c, q; s and d in the quit dialog) and the keys
// to all keys.
func helpWayOut(k string) bool {
	switch k {
	case "esc", "ctrl+c", "q", "s", "d", "?", "f1":
		return true
	}
	return false
}

// demoBanner is what `smtpconf demo` says about its server, in parts.
func demoBanner(l i18n.Lang, d *Demo) []string {
	parts := []string{l.T("tuiscreen_demo_server", i18n.D{"Addr": d.Addr})}
	if d.CAFile != "" {
		parts = append(parts, "CA "+d.CAFile)
	}
	return append(parts, l.T("tuiscreen_demo_login", i18n.D{"Username": d.Username, "Password": d.Password}), l.T("tuiscreen_demo_local", nil))
}

// dialog draws a titled box of text and keys within w, for the screens
// that ask one question (the file changed on disk, quit without saving).
// Keys are entries joined by " · ": a line breaks between entries, never
// inside one ("Esc weiter" / "bearbeiten").
func dialog(st Styles, w int, title, text, keys string) string {
	inner := min(68, w-6) // w is the body's width, the window's less 2
	body := st.Field.Warning.Render(title) + "\n\n" + strings.Join(wrap(text, inner), "\n")
	if keys != "" {
		entries := strings.Split(keys, " · ")
		for i, e := range entries {
			entries[i] = strings.ReplaceAll(e, " ", "\u00a0") // wrap keeps it whole
		}
		body += "\n\n" + strings.Join(wrap(strings.Join(entries, " · "), inner), "\n")
	}
	return st.Dialog.Width(min(72, w-2)).Render(body)
}
