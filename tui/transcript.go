package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// transcriptScreen is the conversation with the server (its secrets
// already redacted by the mailer) on the whole screen, scrolled by line
// and by page.
type transcriptScreen struct {
	u     *ui
	text  string
	lines []string
	top   int
	rows  int
}

func newTranscript(u *ui, text string) *transcriptScreen {
	return &transcriptScreen{u: u, text: termsafe.Lines(strings.ReplaceAll(strings.TrimRight(text, "\n"), "\r", ""))}
}

func (s *transcriptScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, action{}
	}
	page := max(1, s.rows-1)
	switch {
	case key.Matches(kp, k.CloseTranscript):
		return nil, action{pop: true}
	case key.Matches(kp, k.LineUp):
		s.top--
	case key.Matches(kp, k.LineDown):
		s.top++
	case key.Matches(kp, k.PageUp):
		s.top -= page
	case key.Matches(kp, k.PageDown):
		s.top += page
	case key.Matches(kp, k.Home):
		s.top = 0
	case key.Matches(kp, k.End):
		s.top = len(s.lines)
	}
	s.top = min(max(0, s.top), max(0, len(s.lines)-s.rows))
	return nil, action{}
}

// Layout wraps the transcript to the width (a long reply is read to its
// end, not cut) and keeps the position within it.
func (s *transcriptScreen) Layout(w, h int) {
	s.lines = s.lines[:0]
	for _, l := range strings.Split(s.text, "\n") {
		s.lines = append(s.lines, strings.Split(ansi.Wrap(l, max(1, w-2), ""), "\n")...) // less the rule and its padding
	}
	s.rows = max(1, h-1)
	s.top = min(max(0, s.top), max(0, len(s.lines)-s.rows))
}

func (s *transcriptScreen) View(_, _ int) string {
	st := s.u.styles
	end := min(len(s.lines), s.top+s.rows)
	l := s.u.lang()
	title := st.Section.Render(l.T("tuitest_transcript_title", nil))
	if len(s.lines) > s.rows {
		title += st.Field.Help.Render(" · " + l.T("tuitest_transcript_lines", i18n.D{"From": s.top + 1, "To": end, "Total": len(s.lines)}))
	}
	out := []string{title}
	for _, l := range s.lines[s.top:end] {
		out = append(out, st.Transcript.Render(l))
	}
	return strings.Join(out, "\n")
}

func (s *transcriptScreen) Typing() bool { return false }

func (s *transcriptScreen) Help() helpKeys {
	k, l := s.u.keys, s.u.lang()
	short := []key.Binding{joined("↑/↓", l.T("tuitest_key_scroll", nil), k.LineUp, k.LineDown), joined("pgup/pgdn", l.T("tuitest_key_page", nil), k.PageUp, k.PageDown),
		joined("home/end", l.T("tuitest_key_start_end", nil), k.Home, k.End), k.CloseTranscript}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}
