package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// formScreen is the settings page: every setting that applies on one page,
// like a web form; sections appear and disappear in place as choices
// change.
type formScreen struct {
	fieldList
}

func newForm(u *ui, d *draft) *formScreen {
	s := &formScreen{fieldList{u: u, d: d}}
	s.focusOn("smtp.use_default")
	return s
}

func (s *formScreen) keys() []string { return s.d.visibleKeys(formKeys) }

func (s *formScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Quit):
			return nil, action{quit: true}
		case key.Matches(msg, k.Save):
			return nil, review(s.u, s.d)
		case key.Matches(msg, k.Test):
			s.d.touched[s.focus] = true
			return nil, action{push: newTestScreen(s.u, s.d)}
		case key.Matches(msg, k.Detect) && s.d.visible("smtp.host"):
			return startDetect(s.u, s.d, s)
		case key.Matches(msg, k.SignIn) && s.d.needsSignIn():
			return startSignIn(s.u, s.d, false)
		case key.Matches(msg, k.Next):
			if !s.move(s.keys(), 1) {
				s.focusOn(s.keys()[0])
			}
			return nil, action{status: &status{}}
		case key.Matches(msg, k.Prev):
			if keys := s.keys(); !s.move(keys, -1) {
				s.focusOn(keys[len(keys)-1])
			}
			return nil, action{status: &status{}}
		}
		if s.edit(msg) {
			return nil, action{status: &status{}}
		}
	case tea.PasteMsg:
		s.paste(msg)
	case bodyMouse:
		if s.mouse(msg.MouseMsg, msg.y) {
			return nil, action{status: &status{}}
		}
	case focusMsg:
		if s.d.visible(msg.key) {
			s.focusOn(msg.key)
		}
	}
	return nil, action{}
}

// Layout keeps the focus on a field that shows (a choice elsewhere may
// have hidden it) and lays the page out.
func (s *formScreen) Layout(w, h int) {
	s.keep(s.keys(), formKeys)
	s.layout(nil, s.keys(), w, h)
}

func (s *formScreen) View(_, _ int) string { return s.body.viewIn(s.u.styles, s.u.lang()) }

func (s *formScreen) Typing() bool { return s.typing() }

func (s *formScreen) Help() helpKeys {
	k := s.u.keys
	short := append([]key.Binding{k.Next}, s.fieldHelpKeys()...)
	if s.d.visible("smtp.host") {
		short = append(short, k.Detect)
	}
	// The full help has room for the product's own words (Test-E-Mail
	// senden); the one-line bar keeps the short verb.
	actions := []key.Binding{k.Detect, k.Save, relabel(k.Test, "ctrl+t", s.u.lang().T("tuikeys_test_full", nil))}
	if s.d.needsSignIn() {
		short = append(short, k.SignIn)
		actions = append(actions, k.SignIn)
	}
	short = append(short, k.Save, k.Test, k.Quit)
	full := [][]key.Binding{{k.Next, k.Prev, k.Toggle, k.Left}, actions, {k.Quit, k.AllKeys}}
	return helpKeys{short: short, full: full}
}

// review opens the summary before saving; with nothing to save it says so
// (or that someone else changed the file, which the form now shows).
func review(u *ui, d *draft) action {
	if d.nothingToSave() {
		st := nothingToWrite(d)
		return action{status: &st}
	}
	return action{push: newSummary(u, d)}
}

func nothingToSave(d *draft) string {
	return d.lang.T("tuiform_nothing_to_save", i18n.D{"File": d.file.Path})
}
