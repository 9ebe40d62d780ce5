package tui

import (
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// page is a screen's body when it may be taller than its room: the lines
// and the first one shown. Layout sets it; View only reads it.
type page struct {
	lines []string
	top   int
	room  int
}

// set takes a body's lines for room rows. focusAt ≥ 0 is a line that must
// show, with the three after it (a field's help and notes); -1 keeps the
// position, within bounds.
func (p *page) set(lines []string, room, focusAt int) {
	p.lines, p.room = lines, max(1, room)
	if len(lines) <= p.room {
		p.top = 0
		return
	}
	if focusAt >= 0 {
		if focusAt <= p.top && p.top > 0 {
			p.top = max(0, focusAt-1) // the line above takes "↑ more"
		}
		if focusAt+3 >= p.top+p.room {
			p.top = focusAt + 3 - p.room + 1
		}
	}
	p.top = max(0, min(p.top, len(lines)-p.room))
}

// scroll moves the first line shown by n (negative: up).
func (p *page) scroll(n int) {
	p.top = max(0, min(p.top+n, len(p.lines)-p.room))
}

// pageStep is how far a page up or down moves: the room less one line,
// which stays in view to read on from.
func (p *page) pageStep() int { return max(1, p.room-1) }

// lineAt is the body line shown at row y of the room, -1 if none.
func (p page) lineAt(y int) int {
	if i := p.top + y; y >= 0 && y < p.room && i < len(p.lines) {
		return i
	}
	return -1
}

// viewIn is the lines that fit, marked in language l where more are
// above or below.
func (p page) viewIn(st Styles, l i18n.Lang) string {
	if len(p.lines) <= p.room {
		return strings.Join(p.lines, "\n")
	}
	shown := append([]string(nil), p.lines[p.top:p.top+p.room]...)
	if p.top > 0 {
		shown[0] = st.Field.Help.Render("  ↑ " + l.T("tuiform_page_more", nil))
	}
	if p.top+p.room < len(p.lines) {
		shown[len(shown)-1] = st.Field.Help.Render("  ↓ " + l.T("tuiform_page_more", nil))
	}
	return strings.Join(shown, "\n")
}
