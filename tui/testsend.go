package tui

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// The test screen: send a test e-mail or check the connection with the
// form's current settings, each mailer step shown live.

type testAction int

const (
	actionSend  testAction = iota // deliver a test message
	actionCheck                   // go as far as RCPT TO, deliver nothing
)

type testState struct {
	focus          int // 0 recipient, 1 send button, 2 check button
	action         testAction
	running        bool
	cancelled      bool
	cancel         context.CancelFunc
	run            int
	steps          []mailer.Step
	result         *mailer.Result
	transcript     string
	showTranscript bool
	ran            runKey // what the steps and result were run with
	resultsUp      int    // lines the results are scrolled back from their end
	transcriptTop  int    // the first transcript line shown
	measuring      bool   // resultsOverflow is at work
	returnFocus    string // the field focused when the screen opened, focused again on esc
}

// runKey is what a run depends on: the server settings it used and the
// recipient. A result shows only while these are what it ran with.
type runKey struct {
	srv  config.Server
	rcpt string
}

func (m *model) runKey() runKey {
	return runKey{srv: m.cfg.Effective(), rcpt: m.cfg.SMTP.TestRecipient}
}

func newTestState() testState { return testState{focus: 1} }

// stepMsg is one step reported by the mailer while it runs.
type stepMsg struct {
	run  int
	step mailer.Step
	next <-chan tea.Msg
}

// runDoneMsg is the mailer's result.
type runDoneMsg struct {
	run        int
	result     *mailer.Result
	transcript string
}

// waitFor is a command that waits for the mailer goroutine's next message.
func waitFor(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-ch }
}

func (m *model) openTest(from state) tea.Cmd {
	m.touched[m.focus] = true
	m.returnTo = from
	m.state = stateTest
	m.scroll = 0
	if m.test.ran != m.runKey() {
		// The settings changed since the last run: its result says
		// nothing about these, and hiding it shows what to fix first.
		m.test = newTestState()
	}
	m.test.resultsUp, m.test.showTranscript = 0, false
	m.test.returnFocus = m.focus
	m.test.focus = 1
	if m.fields["smtp.test_recipient"].value() == "" {
		m.test.focus = 0
	}
	m.focusTest()
	return nil
}

func (m *model) focusTest() {
	if m.test.focus == 0 {
		m.focusOn("smtp.test_recipient")
	} else {
		m.focusOn("")
	}
}

// startRun starts the mailer in a goroutine; its progress flows through a
// channel that waitFor turns into messages, so the UI never waits on the
// network. Esc cancels the context and the goroutine gives up at once.
func (m *model) startRun(action testAction) tea.Cmd {
	m.touched["smtp.test_recipient"] = true
	if len(m.blocking()) > 0 {
		m.test.result = nil
		m.test.steps = nil
		return nil
	}
	m.runID++
	run := m.runID
	ctx, cancel := context.WithCancel(m.ctx)
	key := m.runKey()
	m.test = testState{focus: m.test.focus, returnFocus: m.test.returnFocus, action: action, running: true, cancel: cancel, run: run, ran: key}
	srv, rcpt := key.srv, key.rcpt
	localName := m.localName
	ch := make(chan tea.Msg)
	var next <-chan tea.Msg = ch
	start := func() tea.Msg {
		go func() {
			defer close(ch)
			send := func(msg tea.Msg) {
				select {
				case ch <- msg:
				case <-ctx.Done():
				}
			}
			var buf bytes.Buffer
			opts := mailer.Options{
				Transcript: &buf,
				LocalName:  localName,
				Progress:   func(s mailer.Step) { send(stepMsg{run: run, step: s, next: next}) },
			}
			res := runTest(ctx, action, srv, rcpt, opts)
			send(runDoneMsg{run: run, result: res, transcript: buf.String()})
		}()
		return <-ch
	}
	return tea.Batch(m.spin.Tick, start)
}

// runTest is the one place a test or check calls the mailer, for the test
// screen and the accessible prompts alike.
func runTest(ctx context.Context, action testAction, srv config.Server, rcpt string, opts mailer.Options) *mailer.Result {
	if action == actionSend {
		return mailer.SendTest(ctx, srv, rcpt, opts)
	}
	return mailer.Check(ctx, srv, rcpt, opts)
}

func (m *model) onStep(msg stepMsg) tea.Cmd {
	if msg.run != m.test.run || !m.test.running {
		return nil
	}
	s := msg.step
	if n := len(m.test.steps); n > 0 && m.test.steps[n-1].Name == s.Name && m.test.steps[n-1].Status == mailer.StatusRunning {
		m.test.steps[n-1] = s
	} else {
		m.test.steps = append(m.test.steps, s)
	}
	return waitFor(msg.next)
}

func (m *model) onRunDone(msg runDoneMsg) tea.Cmd {
	if msg.run != m.test.run || !m.test.running {
		return nil
	}
	m.test.running = false
	m.test.cancel()
	m.test.result = msg.result
	m.test.transcript = msg.transcript
	m.test.resultsUp = 0 // the verdict, at the end, shows
	if msg.result != nil && len(m.test.steps) == 0 {
		m.test.steps = msg.result.Steps
	}
	return nil
}

func (m *model) testKey(msg tea.KeyPressMsg) tea.Cmd {
	t := &m.test
	if t.showTranscript {
		m.transcriptKey(msg)
		return nil
	}
	// The results scroll under the controls, which always show.
	switch msg.String() {
	case "pgup":
		m.scrollResults(1)
		return nil
	case "pgdown":
		m.scrollResults(-1)
		return nil
	}
	if t.running {
		if keyIs(msg, m.keys.Cancel) {
			t.cancel()
			t.running = false
			t.cancelled = true
			for i := range t.steps {
				if t.steps[i].Status == mailer.StatusRunning {
					t.steps[i].Status = mailer.StatusSkipped
				}
			}
		}
		return nil
	}
	switch msg.String() {
	case "esc":
		m.state = m.returnTo
		m.focusOn(m.nearestVisible(m.test.returnFocus))
		return nil
	case "tab", "down":
		t.focus = (t.focus + 1) % 3
		m.focusTest()
		return nil
	case "shift+tab", "up":
		t.focus = (t.focus + 2) % 3
		m.focusTest()
		return nil
	case "ctrl+r":
		if t.result != nil && t.transcript != "" {
			t.showTranscript, t.transcriptTop = true, 0
		}
		return nil
	case "enter":
		if t.focus == 2 {
			return m.startRun(actionCheck)
		}
		return m.startRun(actionSend)
	}
	if t.focus == 0 {
		m.editFocused(msg)
	}
	return nil
}

// scrollResults moves the results a page back (dir 1) or forward (-1).
func (m *model) scrollResults(dir int) {
	_, area, h := m.testLayout()
	page := max(1, h-2) // less the "more" lines
	m.test.resultsUp = min(max(0, m.test.resultsUp+dir*page), max(0, len(area)-h))
}

// resultsOverflow tells whether the results need more rows than they
// have. The rows depend on the help's height, and so on this answer: while
// measuring, the help counts with the scroll key (its worst case).
func (m *model) resultsOverflow() bool {
	if m.test.measuring {
		return true
	}
	m.test.measuring = true
	defer func() { m.test.measuring = false }()
	_, area, h := m.testLayout()
	return len(area) > h
}

// transcriptKey scrolls the transcript, or closes it.
func (m *model) transcriptKey(msg tea.KeyPressMsg) {
	t := &m.test
	lines, h := m.transcriptLayout()
	page := max(1, h-1)
	switch msg.String() {
	case "up":
		t.transcriptTop--
	case "down":
		t.transcriptTop++
	case "pgup":
		t.transcriptTop -= page
	case "pgdown", "space":
		t.transcriptTop += page
	case "home":
		t.transcriptTop = 0
	case "end":
		t.transcriptTop = len(lines)
	case "ctrl+r", "esc":
		t.showTranscript = false
	}
	t.transcriptTop = min(max(0, t.transcriptTop), max(0, len(lines)-h))
}

func (m *model) testHelp() []key.Binding {
	t := m.test
	if t.showTranscript {
		return []key.Binding{bind("↑/↓", "scroll"), bind("pgup/pgdn", "page"), bind("home/end", "start/end"),
			key.NewBinding(key.WithKeys("esc", "ctrl+r"), key.WithHelp("esc", "close"))}
	}
	// pgup/pgdn only when the results do not fit under the controls.
	scroll := key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/dn", "scroll"))
	overflow := m.resultsOverflow()
	if t.running {
		b := []key.Binding{m.keys.Cancel}
		if overflow {
			b = append(b, scroll)
		}
		return b
	}
	b := []key.Binding{bind("enter", "run"), bind("tab", "next")}
	if overflow {
		b = append(b, scroll)
	}
	if t.result != nil && t.transcript != "" {
		b = append(b, m.keys.Transcript)
	}
	return append(b, m.keys.Back)
}

// testFullHelp is every key of the test screen, or of its transcript.
func (m *model) testFullHelp() [][]key.Binding {
	t := m.test
	if t.showTranscript {
		return [][]key.Binding{m.testHelp()}
	}
	scroll := key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", "scroll results"))
	if t.running {
		return [][]key.Binding{{m.keys.Cancel, scroll}}
	}
	return [][]key.Binding{
		{bind("enter", "run"), bind("tab/↓", "next"), bind("shift+tab/↑", "previous")},
		{scroll, key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "conversation"))},
		{m.keys.Back, bind("?/f1", "all keys")},
	}
}

// nearestVisible is k if the page shows it, else the nearest field the
// page shows, after it first, in the page's order of all its fields.
func (m *model) nearestVisible(k string) string {
	shown := m.pageKeys()
	if slices.Contains(shown, k) {
		return k
	}
	all := formKeys
	if m.state == stateWizard {
		all = m.wizardStep().keys
	}
	if i := slices.Index(all, k); i >= 0 {
		for d := 1; d < len(all); d++ {
			for _, j := range []int{i + d, i - d} {
				if j >= 0 && j < len(all) && slices.Contains(shown, all[j]) {
					return all[j]
				}
			}
		}
	}
	return firstOr(shown, "smtp.use_default")
}

func firstOr(keys []string, def string) string {
	if len(keys) > 0 {
		return keys[0]
	}
	return def
}

// testView is the controls, which always show, over the results, which
// scroll on their own; or the transcript, on the whole screen.
func (m *model) testView() string {
	if m.test.showTranscript {
		return m.transcriptView()
	}
	top, area, h := m.testLayout()
	if len(area) > h {
		up := min(m.test.resultsUp, len(area)-h)
		start := len(area) - h - up
		area = slices.Clone(area[start : start+h])
		if start > 0 {
			area[0] = m.styles.Field.Help.Render("  ↑ more · pgup")
		}
		if up > 0 {
			area[h-1] = m.styles.Field.Help.Render("  ↓ more · pgdn")
		}
	}
	return strings.Join(append(top, area...), "\n")
}

// testLayout is the test screen in two parts: the controls, and the
// results under them with h rows to show them in.
func (m *model) testLayout() (top, area []string, h int) {
	w := m.frameWidth()
	top = m.testControls(w)
	area = m.testResults(w)
	return top, area, max(3, m.bodyRoom()-len(top))
}

// bodyRoom is how many rows frame gives a screen's body, counted by the
// frame's own chrome and roomBetween, so that the header, demo banner,
// notice, status and help count exactly as frame counts them.
func (m *model) bodyRoom() int {
	measuring := m.test.measuring
	m.test.measuring = true // the help counts its worst case
	defer func() { m.test.measuring = measuring }()
	return m.roomBetween(m.chrome(m.frameWidth()))
}

// testControls are the settings tested, the recipient and the buttons;
// the focused one is marked so that it shows whatever the window.
func (m *model) testControls(w int) []string {
	st := m.styles
	t := m.test
	which := "the saved settings"
	if !m.nothingToSave() { // a file not written yet holds nothing saved
		which = "the settings in the form, not saved yet"
	}
	lines := []string{st.Section.Render("Test " + which)}
	lines = append(lines, wrapIndent(st.Field.Help, "Server: "+serverLine(m.cfg.Effective()), "", w)...)
	lines = append(lines, "")
	rcpt := m.fields["smtp.test_recipient"].view(st, t.focus == 0, w)
	if t.focus == 0 {
		rcpt = focusMark + rcpt
	}
	lines = append(lines, rcpt)
	lines = append(lines, m.notesFor("smtp.test_recipient", "    ", w)...)
	lines = append(lines, "")
	// The focused button has a marker as well as a colour, for NO_COLOR.
	send, check := st.Button.Render("  Send test e-mail"), st.Button.Render("  Check connection")
	if t.focus == 1 {
		send = st.ButtonFocused.Render("▸ Send test e-mail")
	}
	if t.focus == 2 {
		check = st.ButtonFocused.Render("▸ Check connection")
	}
	// The buttons are never cut: the remark goes under them when it does
	// not fit beside them, and the buttons under each other when they do
	// not fit side by side.
	const remark = "(a check delivers nothing)"
	var rows []string
	switch both := "  " + send + "  " + check; {
	case lipgloss.Width(both)+2+len(remark) <= w:
		rows = []string{both + "  " + st.Field.Help.Render(remark)}
	case lipgloss.Width(both) <= w:
		rows = append([]string{both}, wrapIndent(st.Field.Help, remark, "  ", w)...)
	default:
		rows = append([]string{"  " + send, "  " + check}, wrapIndent(st.Field.Help, remark, "  ", w)...)
	}
	if t.focus != 0 {
		i := 0
		if t.focus == 2 && len(rows) == 3 {
			i = 1
		}
		rows[i] = focusMark + rows[i]
	}
	// A blank line apart from the results, which scroll on their own.
	return append(append(lines, rows...), "")
}

// testResults are the lines under the buttons: what to fix before a run
// can start, or the run's steps and outcome.
func (m *model) testResults(w int) []string {
	st := m.styles
	t := m.test
	var b strings.Builder
	if errs := m.blocking(); len(errs) > 0 && !t.running {
		b.WriteString(st.Field.Error.Render("Fix these first:") + "\n")
		for _, e := range errs {
			b.WriteString(strings.Join(wrapIndent(st.Field.Error, "✗ "+e, "  ", w), "\n") + "\n")
		}
		return strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	}
	for _, s := range t.steps {
		b.WriteString(m.stepLine(s, w) + "\n")
		if s.Status == mailer.StatusFailed && s.Err != nil && t.result == nil {
			b.WriteString(strings.Join(wrapIndent(st.Field.Error, s.Err.Error(), "    ", w), "\n") + "\n")
		}
	}
	switch {
	case t.running:
		if len(t.steps) == 0 {
			b.WriteString("  " + m.spin.View() + " Starting…\n")
		}
	case t.cancelled:
		b.WriteString("\n" + st.Field.Warning.Render("Cancelled.") + "\n")
	case t.result != nil:
		b.WriteString(m.resultView(t.result, w))
	}
	out := strings.TrimRight(b.String(), "\n")
	if out == "" {
		return nil
	}
	return strings.Split(out, "\n")
}

// transcriptLayout is the transcript cut to the window's width, and how
// many of its lines show at once.
func (m *model) transcriptLayout() (lines []string, h int) {
	w := m.frameWidth() - 2 // the transcript's rule and padding
	text := strings.ReplaceAll(strings.TrimRight(m.test.transcript, "\n"), "\r", "")
	for _, l := range strings.Split(text, "\n") {
		// Wrapped, not cut: a long reply is read to its end.
		lines = append(lines, strings.Split(ansi.Wrap(l, w, ""), "\n")...)
	}
	return lines, max(1, m.bodyRoom()-1)
}

// transcriptView is the conversation with the server (its secrets are
// already redacted by the mailer), scrolled to transcriptTop.
func (m *model) transcriptView() string {
	st := m.styles
	lines, h := m.transcriptLayout()
	top := min(max(0, m.test.transcriptTop), max(0, len(lines)-h))
	end := min(len(lines), top+h)
	title := st.Section.Render("Conversation with the server (passwords hidden)")
	if len(lines) > h {
		title += st.Field.Help.Render(fmt.Sprintf(" · lines %d–%d of %d", top+1, end, len(lines)))
	}
	out := []string{title}
	for _, l := range lines[top:end] {
		out = append(out, st.Transcript.Render(l))
	}
	return strings.Join(out, "\n")
}

func (m *model) stepLine(s mailer.Step, w int) string {
	st := m.styles
	var mark string
	switch s.Status {
	case mailer.StatusOK:
		mark = st.Step.OK.Render("✓")
	case mailer.StatusFailed:
		mark = st.Step.Failed.Render("✗")
	case mailer.StatusRunning:
		mark = m.spin.View()
		if m.accessible {
			mark = "…" // a spinner frame is noise to a screen reader
		}
	case mailer.StatusSkipped:
		mark = st.Step.Skipped.Render("–")
	}
	// The duration comes first, in a column of its own: the steps line up
	// and a long detail is cut at the same place whatever the timing.
	dur := strings.Repeat(" ", 6)
	if s.Status == mailer.StatusOK || s.Status == mailer.StatusFailed {
		dur = fmt.Sprintf("%6s", formatDuration(s.Duration))
	}
	line := "  " + mark + " " + st.Step.Duration.Render(dur) + "  " + st.Step.Title.Render(cmpOr(s.Title, string(s.Name)))
	if s.Detail != "" && s.Status == mailer.StatusOK {
		line += st.Step.Detail.Render(" · " + s.Detail)
	}
	// Cut visibly: the whole text is in the transcript.
	if lipgloss.Width(line) > w {
		line = ansi.Truncate(line, w, "…")
	}
	return line
}

func (m *model) resultView(r *mailer.Result, w int) string {
	st := m.styles
	var b strings.Builder
	b.WriteString("\n")
	if r.OK {
		if m.test.action == actionSend {
			// The address it went to, whatever the field says now (the
			// accessible prompts print the result before any edit).
			rcpt := cmpOr(m.test.ran.rcpt, m.cfg.SMTP.TestRecipient)
			b.WriteString(st.Step.OK.Render("✓ Test e-mail sent to "+rcpt) + "\n")
			if r.Reply != "" && !m.stepsSay(r.Reply) {
				b.WriteString(st.Field.Help.Render("  Server's reply: "+r.Reply) + "\n")
			}
		} else {
			b.WriteString(st.Step.OK.Render("✓ The server accepts these settings (nothing was sent)") + "\n")
		}
		if r.Mechanism != "" {
			b.WriteString(st.Field.Help.Render("  Logged in with "+r.Mechanism) + "\n")
		}
		if r.TLS != nil {
			b.WriteString(strings.Join(wrapIndent(st.Field.Help, tlsLine(r.TLS), "  ", w), "\n") + "\n")
		}
		for _, warn := range r.Warnings {
			b.WriteString(strings.Join(wrapIndent(st.Field.Warning, "! "+warn, "  ", w), "\n") + "\n")
		}
		return b.String()
	}
	msg, hint := r.Failure()
	if msg == "" {
		msg = "failed"
	}
	b.WriteString(strings.Join(wrapIndent(st.Step.Failed, "✗ "+msg, "", w), "\n") + "\n")
	if r.TLS != nil && !r.TLS.Verified {
		for _, l := range r.TLS.CertificateLines() {
			b.WriteString(strings.Join(wrapIndent(st.Field.Help, "certificate "+termsafe.String(l), "  ", w), "\n") + "\n")
		}
	}
	if hint != "" {
		b.WriteString(st.Hint.Width(min(w, 76)).Render(st.Field.Warning.Render("What to do")+"\n"+strings.Join(wrapWords(hint, min(w, 76)-4), "\n")) + "\n")
	}
	if m.test.transcript != "" && !m.test.showTranscript && !m.accessible {
		b.WriteString(st.Field.Help.Render("ctrl+r shows the conversation with the server (passwords hidden)") + "\n")
	}
	return b.String()
}

// stepsSay tells whether a step already shows this text.
func (m *model) stepsSay(text string) bool {
	for _, s := range m.test.steps {
		if s.Detail == text || s.Err != nil && s.Err.Error() == text {
			return true
		}
	}
	return false
}

func tlsLine(t *mailer.TLSInfo) string {
	s := "Encrypted: " + t.Version + ", " + t.CipherSuite
	if t.Subject != "" {
		s += " · certificate for " + t.Subject
	}
	if t.Issuer != "" {
		s += " by " + t.Issuer
	}
	if !t.Verified {
		s += " (not verified)"
	}
	return s
}

// serverLine is the server as the settings give it: the host as typed
// with its port (once, if the host names one already, as an invalid host
// may) and the login the auth setting asks for.
func serverLine(s config.Server) string {
	sec := "SMTP"
	switch {
	case s.Protocol == config.ProtocolSMTPS:
		sec = "SMTPS"
	case s.StartTLS:
		sec = "SMTP + STARTTLS"
	}
	addr := net.JoinHostPort(strings.TrimSuffix(strings.TrimPrefix(s.Host, "["), "]"), strconv.Itoa(s.Port))
	if _, port, err := net.SplitHostPort(s.Host); err == nil {
		addr = s.Host
		if port != strconv.Itoa(s.Port) {
			addr += fmt.Sprintf(" port %d", s.Port)
		}
	}
	login := "no login"
	switch {
	case s.Auth == config.AuthNone:
	case s.Auth == config.AuthAuto && s.Username != "":
		login = "automatic login as " + s.Username
	case s.Auth == config.AuthAuto:
		login = "automatic login, no username"
	case s.Username != "":
		login = "login " + s.Username + " with " + strings.ToUpper(string(s.Auth))
	default:
		login = "login with " + strings.ToUpper(string(s.Auth)) + ", no username"
	}
	return fmt.Sprintf("%s (%s, %s)", addr, sec, login)
}

func formatDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "<1ms"
	case d < time.Second:
		return fmt.Sprintf("%dms", d.Milliseconds())
	default:
		return fmt.Sprintf("%.1fs", d.Seconds())
	}
}
