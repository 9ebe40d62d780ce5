package tui

import (
	"cmp"
	"fmt"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/shellword"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// parseErrorScreen: the file does not parse. It shows where, and offers a
// fresh file beside it (the broken one is never touched), or the fresh
// file an earlier session left there.
type parseErrorScreen struct {
	u        *ui
	d        *draft
	err      *config.ParseError
	path     string // the broken file
	badLine  string // its offending line
	oldFresh string // a fresh file an earlier session left beside it ("" if none)
	body     page
}

func newParseError(u *ui, d *draft, path string, err *config.ParseError) *parseErrorScreen {
	s := &parseErrorScreen{u: u, d: d, err: err, path: path, badLine: lineOf(path, err.Line)}
	if p := path + ".new"; p != d.file.Path {
		s.oldFresh = p
	}
	return s
}

// openedMsg is the fresh file an earlier session left, loaded.
type openedMsg struct {
	path string
	file *config.File
	err  error
}

func (s *parseErrorScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Fresh):
			return nil, action{replace: newWizard(s.u, s.d)}
		case key.Matches(msg, k.OpenEarlier) && s.oldFresh != "":
			path := s.oldFresh
			return func() tea.Msg {
				f, err := config.Load(path)
				return openedMsg{path: path, file: f, err: err}
			}, action{}
		case key.Matches(msg, k.QuitNow):
			return nil, action{exit: true}
		}
	case openedMsg:
		if msg.err != nil {
			return nil, news(statusError, "✗ "+s.u.lang().T("tuiscreen_open_failed", i18n.D{"Path": msg.path, "Err": i18n.Text(msg.err, s.u.lang())}))
		}
		s.d.useFile(msg.file)
		s.d.onDisk = true
		return nil, action{replace: newForm(s.u, s.d), status: &status{kind: statusWarning, text: s.d.asideNote()}}
	}
	return nil, action{}
}

func (s *parseErrorScreen) Layout(w, h int) {
	st, l := s.u.styles, s.u.lang()
	w = max(40, w)
	e := s.err
	var lines []string
	lines = append(lines, wrapIndent(st.Field.Error, "✗ "+l.T("tuiscreen_parse_error", i18n.D{"Path": cmp.Or(e.Path, s.path), "Line": e.Line, "Column": e.Column}), "", w)...)
	lines = append(lines, "")
	lines = append(lines, wrapIndent(st.Explain, termsafe.String(e.Text(l)), "  ", w)...)
	if s.badLine != "" {
		lines = append(lines, "", fmt.Sprintf("  %4d │ %s", e.Line, termsafe.String(s.badLine)))
		if e.Column > 0 {
			lines = append(lines, "       │ "+strings.Repeat(" ", e.Column-1)+st.Field.Error.Render("^"))
		}
	}
	lines = append(lines, "")
	if s.oldFresh != "" {
		lines = append(lines, wrapIndent(st.Field.Warning, "! "+l.T("tuiscreen_parse_earlier_fresh", i18n.D{"Path": s.oldFresh}), "", w)...)
		lines = append(lines, "")
	}
	lines = append(lines, wrapIndent(st.Field.Help, l.T("tuiscreen_parse_what_now", i18n.D{"Path": s.d.file.Path}), "", w)...)
	s.body.set(lines, h, -1)
}

func (s *parseErrorScreen) View(_, _ int) string { return s.body.viewIn(s.u.styles, s.u.lang()) }

func (s *parseErrorScreen) Typing() bool { return false }

func (s *parseErrorScreen) Help() helpKeys {
	k := s.u.keys
	short := []key.Binding{k.Fresh, k.QuitNow}
	if s.oldFresh != "" {
		short = []key.Binding{relabel(k.OpenEarlier, "o", s.u.lang().T("tuiscreen_key_open", i18n.D{"File": filepath.Base(s.oldFresh)})), k.Fresh, k.QuitNow}
	}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}

// asideNote says, while the file edited is a fresh one beside a file that
// does not parse, that the broken file is still the one in use and how to
// put the new one in its place; "" otherwise.
func (d *draft) asideNote() string {
	if d.brokenPath == "" || d.file.Path == d.brokenPath {
		return ""
	}
	return "! " + d.lang.T("tuiscreen_aside_note", i18n.D{"Broken": d.brokenPath}) +
		"\n  mv " + shellword.Quote(d.file.Path) + " " + shellword.Quote(d.brokenPath)
}
