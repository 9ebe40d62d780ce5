package tui

import (
	"context"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// The test screen: send a test e-mail or check the connection with the
// form's current settings, each mailer step shown live. The controls stay
// on top; the results scroll under them on their own.

// Controls of the test screen, in focus order.
const (
	focusRecipient = iota
	focusSend
	focusCheck
	controls
)

type testScreen struct {
	u       *ui
	d       *draft
	focus   int
	run     *testRun // the run shown, nil before the first
	running bool
	cancel  context.CancelFunc
	now     time.Time // the clock as of the spinner's last tick, for a waiting step

	// What Layout computed.
	top, area  []string
	rows       int  // rows for the results
	resultsUp  int  // lines the results are scrolled back from their end
	toFailure  bool // show the failed step first, not the end
	failedLine int  // the failed step's line in area, -1 if none
}

func newTestScreen(u *ui, d *draft) *testScreen {
	s := &testScreen{u: u, d: d, focus: focusSend, failedLine: -1}
	if d.fields["smtp.test_recipient"].value() == "" {
		s.focus = focusRecipient
	}
	// The last run shows again while the settings are what it ran with;
	// with others it says nothing about these, and hiding it shows what
	// to fix first.
	if r := d.lastRun; r != nil && r.ran == d.runKey() {
		s.run = r
	}
	s.focusControl()
	return s
}

func (s *testScreen) focusControl() {
	if s.focus == focusRecipient {
		s.d.focusField("smtp.test_recipient")
	} else {
		s.d.focusField("")
	}
}

func (s *testScreen) busy() bool { return s.running }

// start runs a send or a check with the form's settings, unless config
// finds them wrong (the results say what to fix).
func (s *testScreen) start(a testAction) tea.Cmd {
	s.d.touched["smtp.test_recipient"] = true
	if len(s.d.blocking()) > 0 {
		s.run = nil
		return nil
	}
	ctx, cancel := context.WithCancel(s.u.ctx)
	s.run = &testRun{action: a, ran: s.d.runKey()}
	s.running, s.cancel, s.resultsUp, s.toFailure = true, cancel, 0, false
	s.now = time.Now()
	return tea.Batch(s.u.spin.Tick, startRun(ctx, s.u.net, s, s.run, s.u.mailerOptions(s.d)))
}

func (s *testScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	switch msg := msg.(type) {
	case stepMsg:
		if msg.to != s || !s.running {
			return nil, action{}
		}
		s.run.step(msg.step)
		return waitFor(msg.next), action{}
	case runDoneMsg:
		if msg.to != s || !s.running {
			return nil, action{}
		}
		s.running = false
		s.cancel()
		r := s.run
		r.result, r.transcript = msg.result, msg.transcript
		if msg.result != nil && len(r.steps) == 0 {
			r.steps = msg.result.Steps
		}
		s.resultsUp = 0
		s.toFailure = msg.result != nil && !msg.result.OK
		s.d.lastRun = r
		if hook := s.u.opts.OnTest; hook != nil && msg.result != nil {
			hook(r.action == actionCheck, r.ran.rcpt, msg.result)
		}
	case spinner.TickMsg:
		s.now = msg.Time // the clock moves on with the spinner
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.PasteMsg:
		if s.focus == focusRecipient && !s.running && s.d.fields["smtp.test_recipient"].paste(msg) {
			s.d.changed("smtp.test_recipient")
		}
	case bodyMouse:
		s.mouse(msg)
	}
	return nil, action{}
}

func (s *testScreen) key(msg tea.KeyPressMsg) (tea.Cmd, action) {
	k := s.u.keys
	switch {
	case key.Matches(msg, k.ResultsUp):
		s.scrollResults(1)
		return nil, action{}
	case key.Matches(msg, k.ResultsDown):
		s.scrollResults(-1)
		return nil, action{}
	case s.running:
		if key.Matches(msg, k.Cancel) {
			s.cancel()
			s.running = false
			s.run.cancelled = true
			for i := range s.run.steps {
				if s.run.steps[i].Status == mailer.StatusRunning {
					s.run.steps[i].Status = mailer.StatusSkipped
				}
			}
		}
		return nil, action{}
	case key.Matches(msg, k.Back):
		return nil, action{pop: true}
	case key.Matches(msg, k.NextControl):
		s.focus = (s.focus + 1) % controls
		s.focusControl()
	case key.Matches(msg, k.PrevControl):
		s.focus = (s.focus + controls - 1) % controls
		s.focusControl()
	case key.Matches(msg, k.Transcript):
		if s.run != nil && s.run.result != nil && s.run.transcript != "" {
			return nil, action{push: newTranscript(s.u, s.run.transcript)}
		}
	case key.Matches(msg, k.Run):
		if s.focus == focusCheck {
			return s.start(actionCheck), action{}
		}
		if strings.TrimSpace(s.d.fields["smtp.test_recipient"].value()) == "" {
			return nil, s.needRecipient()
		}
		return s.start(actionSend), action{}
	case s.focus == focusRecipient:
		if s.d.fields["smtp.test_recipient"].update(msg, k) {
			s.d.changed("smtp.test_recipient")
		}
	}
	return nil, action{}
}

// needRecipient refuses a test e-mail to nobody before anything runs:
// the mailer would connect and log in only to fail composing it, under a
// step that reads as if the server or the sender were at fault.
func (s *testScreen) needRecipient() action {
	l := s.u.lang()
	s.focus = focusRecipient
	s.focusControl()
	s.run = nil
	return news(statusWarning, "! "+l.T("tuirecipient_needed", i18n.D{
		"Label": listAnd(l, []string{s.d.label("smtp.test_recipient")}),
		"Check": listAnd(l, []string{l.T("tuitest_button_check", nil)}),
	}))
}

// mouse: a click on the recipient or a button focuses it; the wheel
// scrolls the results.
func (s *testScreen) mouse(msg bodyMouse) {
	switch m := msg.MouseMsg.(type) {
	case tea.MouseClickMsg:
		if s.running || m.Button != tea.MouseLeft || msg.y >= len(s.top) {
			return
		}
		line := plain(s.top[msg.y])
		l := s.u.lang()
		send, check := l.T("tuitest_button_send", nil), l.T("tuitest_button_check", nil)
		switch {
		case strings.Contains(line, s.d.fields["smtp.test_recipient"].label):
			s.focus = focusRecipient
		case strings.Contains(line, send) && strings.Contains(line, check):
			s.focus = focusSend
			if m.X > ansi.StringWidth(line[:strings.Index(line, check)]) {
				s.focus = focusCheck
			}
		case strings.Contains(line, send):
			s.focus = focusSend
		case strings.Contains(line, check):
			s.focus = focusCheck
		default:
			return
		}
		s.focusControl()
	case tea.MouseWheelMsg:
		switch m.Button {
		case tea.MouseWheelUp:
			s.scrollBy(3)
		case tea.MouseWheelDown:
			s.scrollBy(-3)
		default:
		}
	}
}

// scrollResults moves the results a page back (dir 1) or forward (-1).
func (s *testScreen) scrollResults(dir int) { s.scrollBy(dir * max(1, s.rows-2)) }

func (s *testScreen) scrollBy(n int) {
	s.toFailure = false
	s.resultsUp = min(max(0, s.resultsUp+n), max(0, len(s.area)-s.rows))
}

func (s *testScreen) Layout(w, h int) {
	s.top = s.controls(w)
	s.area, s.failedLine = s.results(w)
	s.rows = max(3, h-len(s.top))
	if s.toFailure && s.failedLine >= 0 && len(s.area) > s.rows {
		// A failure shows from its failed step on, whatever the window:
		// the hint under it comes next, pgdn shows the rest.
		start := min(max(0, s.failedLine-1), len(s.area)-s.rows) // the line above takes "↑ more"
		s.resultsUp = len(s.area) - s.rows - start
	}
	s.resultsUp = min(s.resultsUp, max(0, len(s.area)-s.rows))
}

// overflow tells whether the results need more rows than they have.
func (s *testScreen) overflow() bool { return len(s.area) > s.rows }

func (s *testScreen) View(_, _ int) string {
	area := s.area
	if len(area) > s.rows {
		start := len(area) - s.rows - s.resultsUp
		area = slices.Clone(area[start : start+s.rows])
		if start > 0 {
			area[0] = s.u.styles.Field.Help.Render("  ↑ " + s.u.lang().T("tuitest_more_above", nil))
		}
		if s.resultsUp > 0 {
			area[len(area)-1] = s.u.styles.Field.Help.Render("  ↓ " + s.u.lang().T("tuitest_more_below", nil))
		}
	}
	return strings.Join(append(slices.Clone(s.top), area...), "\n")
}

// controls are the settings tested, the recipient and the buttons.
func (s *testScreen) controls(w int) []string {
	st, d, l := s.u.styles, s.d, s.u.lang()
	title := l.T("tuitest_title_saved", nil)
	if !d.nothingToSave() { // a file not written yet holds nothing saved
		title = l.T("tuitest_title_unsaved", nil)
	}
	lines := []string{st.Section.Render(title)}
	lines = append(lines, wrapIndent(st.Field.Help, l.T("tuitest_server", i18n.D{"Server": serverLineIn(l, d.cfg.Effective())}), "", w)...)
	lines = append(lines, "")
	rcpt := d.fields["smtp.test_recipient"]
	rcpt.setWidth(rcpt.rowValueWidth(w))
	lines = append(lines, rcpt.view(st, s.focus == focusRecipient, w))
	list := fieldList{u: s.u, d: d, focus: d.fields["smtp.test_recipient"].key}
	if s.focus != focusRecipient {
		list.focus = ""
	}
	lines = append(lines, list.notes("smtp.test_recipient", "    ", w)...)
	lines = append(lines, "")
	// The focused button has a marker as well as a colour, for NO_COLOR.
	sendText, checkText := l.T("tuitest_button_send", nil), l.T("tuitest_button_check", nil)
	send, check := st.Button.Render("  "+sendText), st.Button.Render("  "+checkText)
	if s.focus == focusSend {
		send = st.ButtonFocused.Render("▸ " + sendText)
	}
	if s.focus == focusCheck {
		check = st.ButtonFocused.Render("▸ " + checkText)
	}
	// The buttons are never cut: the remark goes under them when it does
	// not fit beside them, and the buttons under each other when they do
	// not fit side by side.
	remark := l.T("tuitest_check_remark", nil)
	switch both := "  " + send + "  " + check; {
	case lipgloss.Width(both)+2+lipgloss.Width(remark) <= w:
		lines = append(lines, both+"  "+st.Field.Help.Render(remark))
	case lipgloss.Width(both) <= w:
		lines = append(append(lines, both), wrapIndent(st.Field.Help, remark, "  ", w)...)
	default:
		lines = append(append(lines, "  "+send, "  "+check), wrapIndent(st.Field.Help, remark, "  ", w)...)
	}
	// A blank line apart from the results, which scroll on their own.
	return append(lines, "")
}

// results are the lines under the buttons: what to fix before a run can
// start, or the run's steps and outcome; failed is the failed step's line.
func (s *testScreen) results(w int) (lines []string, failed int) {
	st, r, l := s.u.styles, s.run, s.u.lang()
	failed = -1
	if errs := s.d.blocking(); len(errs) > 0 && !s.running {
		lines = append(lines, st.Field.Error.Render(l.T("tuitest_fix_first", nil)))
		for _, e := range errs {
			lines = append(lines, wrapIndent(st.Field.Error, "✗ "+e, "  ", w)...)
		}
		return lines, -1
	}
	if r == nil {
		return nil, -1
	}
	sv := stepView{st: st, lang: l, spinner: s.u.spin.View(), now: s.now, timeout: stepTimeout(r.ran.srv)}
	for _, step := range r.steps {
		if step.Status == mailer.StatusFailed {
			failed = len(lines)
		}
		lines = append(lines, sv.line(step, w))
		if step.Status == mailer.StatusFailed && step.Err != nil && r.result == nil {
			lines = append(lines, wrapIndent(st.Field.Error, termsafe.String(i18n.Text(step.Err, l)), "    ", w)...)
		}
	}
	switch {
	case s.running:
		if len(r.steps) == 0 {
			lines = append(lines, "  "+s.u.spin.View()+" "+l.T("tuitest_starting", nil))
		}
	case r.cancelled:
		lines = append(lines, "", st.Field.Warning.Render(l.T("tuitest_cancelled", nil)))
	case r.result != nil:
		lines = append(lines, resultLines(st, s.d, r, w, "ctrl+r")...)
	}
	return lines, failed
}

// stepTimeout is how long each step of a run with srv may take.
func stepTimeout(srv config.Server) time.Duration {
	if srv.Timeout.Duration > 0 {
		return srv.Timeout.Duration
	}
	return config.DefaultTimeout
}

func (s *testScreen) Typing() bool { return s.focus == focusRecipient && !s.running }

func (s *testScreen) Help() helpKeys {
	k, l := s.u.keys, s.u.lang()
	scroll := joined("pgup/dn", l.T("tuitest_key_scroll", nil), k.ResultsUp, k.ResultsDown)
	transcript := s.run != nil && s.run.result != nil && s.run.transcript != ""
	var short []key.Binding
	if s.running {
		short = []key.Binding{k.Cancel}
		if s.overflow() {
			short = append(short, scroll)
		}
		return helpKeys{short: short, full: [][]key.Binding{{k.Cancel, relabel(scroll, "pgup/pgdn", l.T("tuitest_key_scroll_results", nil))}}}
	}
	short = []key.Binding{k.Run, k.NextControl}
	if s.overflow() {
		short = append(short, scroll)
	}
	if transcript {
		short = append(short, k.Transcript)
	}
	short = append(short, k.Back)
	full := [][]key.Binding{
		{k.Run, relabel(k.NextControl, "tab/↓", l.T("tuitest_key_next", nil)), relabel(k.PrevControl, "shift+tab/↑", l.T("tuitest_key_previous", nil))},
		{relabel(scroll, "pgup/pgdn", l.T("tuitest_key_scroll_results", nil)), relabel(k.Transcript, "ctrl+r", l.T("tuitest_key_conversation", nil))},
		{k.Back, k.AllKeys},
	}
	return helpKeys{short: short, full: full}
}
