package main

import (
	"os"
	"strconv"

	"github.com/spf13/cobra"
)

// A command's description (Long) is written in paragraphs, one line each
// (internal/i18n/locales/help.*.toml), and wrapped here, once, to the
// width fang renders it at. fang would wrap it too, but lipgloss breaks a
// line at hyphens as well as spaces, splitting flags ("-" / "-diff",
// "-i oder -" / "oi"); a description whose lines already fit is left as
// it is. Without a terminal fang renders at 120 columns: piped help is
// wrapped to 80 instead, what a pager, a mail or a man-style reader
// shows.

// helpPad is fang's left padding of a description (shortPad in fang's
// help.go): the text itself gets the width less that.
const helpPad = 2

// helpWidth is the width help is rendered at: fang's own test override,
// else the terminal's (at most 120, as fang caps it), else proseWidth.
func helpWidth() int {
	if s := os.Getenv("__FANG_TEST_WIDTH"); s != "" {
		if w, err := strconv.Atoi(s); err == nil && w > 0 {
			return w
		}
	}
	if w := terminalWidth(os.Stdout); w > 0 {
		return min(w, 120)
	}
	return proseWidth
}

// fitHelp wraps c's description to the help width, just before it is
// shown (never for man pages, whose formatter fills paragraphs itself).
func fitHelp(c *cobra.Command) {
	// At the line's own indentation: a paragraph stays at the margin, an
	// indented list item or key description under itself.
	c.Long = wrapProse(c.Long, helpWidth()-helpPad, "")
}
