package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

// Test screen goldens fed with the mailer's messages directly, so that the
// spinner and durations are stable; the live tests against a real server
// are in live_test.go.

// startFakeRun puts the test screen in the running state as startRun does,
// without a network behind it.
func startFakeRun(t testing.TB, m *model, action testAction) *testScreen {
	t.Helper()
	s := testOf(t, m)
	s.run = &testRun{action: action, ran: m.d.runKey()}
	s.running, s.cancel = true, func() {}
	return s
}

// shownResult is the result the test screen on top shows, if any.
func shownResult(t testing.TB, m *model) *mailer.Result {
	t.Helper()
	if r := testOf(t, m).run; r != nil {
		return r.result
	}
	return nil
}

func step(name mailer.StepName, title string, status mailer.Status, d time.Duration, detail string, err error) mailer.Step {
	return mailer.Step{Name: name, Title: title, Status: status, Duration: d, Detail: detail, Err: err}
}

var okSteps = []mailer.Step{
	step(mailer.StepConnect, "Connect to mail.example.com:587", mailer.StatusOK, 12*time.Millisecond, "93.184.216.34", nil),
	step(mailer.StepGreeting, "Server greeting", mailer.StatusOK, 3*time.Millisecond, "220 mail.example.com ESMTP", nil),
	step(mailer.StepHello, "EHLO", mailer.StatusOK, 1*time.Millisecond, "", nil),
	step(mailer.StepStartTLS, "STARTTLS", mailer.StatusOK, 25*time.Millisecond, "TLS 1.3", nil),
	step(mailer.StepAuth, "Log in as noreply@example.com", mailer.StatusOK, 4*time.Millisecond, "LOGIN", nil),
	step(mailer.StepMail, "MAIL FROM:<noreply@example.com>", mailer.StatusOK, 1*time.Millisecond, "", nil),
	step(mailer.StepRcpt, "RCPT TO:<admin@example.com>", mailer.StatusOK, 1*time.Millisecond, "", nil),
	step(mailer.StepData, "Send the message", mailer.StatusOK, 2*time.Millisecond, "250 2.0.0 Ok: queued as 4F2A1", nil),
}

func TestTestScreen(t *testing.T) {
	t.Run("Open", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, ctrl('t'))
		if !topIs[*testScreen](m) {
			t.Fatalf("screen %T", m.top())
		}
		requireScreen(t, m)
	})
	t.Run("Running", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, ctrl('t'))
		run := startFakeRun(t, m, actionSend)
		for _, s := range okSteps[:3] {
			drive(m, stepMsg{to: run, step: s})
		}
		running := okSteps[3]
		running.Status, running.Duration, running.Detail = mailer.StatusRunning, 0, ""
		drive(m, stepMsg{to: run, step: running})
		requireScreen(t, m)

		drive(m, keyEsc) // cancels at once
		if testOf(t, m).running || !testOf(t, m).run.cancelled {
			t.Fatal("esc did not cancel the running test")
		}
		drive(m, stepMsg{to: run, step: okSteps[3]}) // late news from the cancelled run is ignored
		if len(testOf(t, m).run.steps) != 4 || testOf(t, m).run.steps[3].Status != mailer.StatusSkipped {
			t.Fatalf("steps after cancel: %+v", testOf(t, m).run.steps)
		}
		t.Run("Cancelled", func(t *testing.T) { requireScreen(t, m) })
	})
	t.Run("Success", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, ctrl('t'))
		run := startFakeRun(t, m, actionSend)
		for _, s := range okSteps {
			drive(m, stepMsg{to: run, step: s})
		}
		drive(m, runDoneMsg{to: run, transcript: "C: EHLO x\nS: 250 ok\n", result: &mailer.Result{
			OK: true, Steps: okSteps, Mechanism: "LOGIN", Reply: "250 2.0.0 Ok: queued as 4F2A1",
			TLS: &mailer.TLSInfo{Version: "TLS 1.3", CipherSuite: "TLS_AES_128_GCM_SHA256", Subject: "mail.example.com", Issuer: "Example CA", Verified: true},
		}})
		requireScreen(t, m)
	})
	t.Run("FailureWithHint", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, ctrl('t'))
		run := startFakeRun(t, m, actionSend)
		authErr := &mailer.Error{Step: mailer.StepAuth, Code: 535, EnhancedCode: "5.7.8",
			Hint: "The server refused the username or password. Check both; some providers need an app password.",
			Err:  errors.New("535 5.7.8 authentication failed")}
		for _, s := range okSteps[:4] {
			drive(m, stepMsg{to: run, step: s})
		}
		failed := step(mailer.StepAuth, "Log in as noreply@example.com", mailer.StatusFailed, 30*time.Millisecond, "", authErr)
		drive(m, stepMsg{to: run, step: failed})
		drive(m, runDoneMsg{to: run, transcript: "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: [redacted]\nS: 535 5.7.8 authentication failed\n",
			result: &mailer.Result{Steps: append(okSteps[:4:4], failed), Err: authErr, Hint: authErr.Hint}})
		requireScreen(t, m)
		drive(m, ctrl('r'))
		if !strings.Contains(screenText(m), "[redacted]") {
			t.Fatal("ctrl+r does not show the transcript")
		}
		t.Run("Transcript", func(t *testing.T) { requireScreen(t, m) })
	})
	t.Run("RefusesInvalidSettings", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, keyTab)
		typeText(m, "@@")
		drive(m, ctrl('t'), keyEnter)
		if testOf(t, m).running {
			t.Fatal("a test started with invalid settings")
		}
		requireScreen(t, m)
	})
}

// demoConfig is what `smtpconf demo` writes: the platform's server is the
// default, the custom server is empty.
const demoConfig = `[smtp]
use_default = true
sender = "noreply@example.com"
sender_name = "smtpconf demo"
test_recipient = "you@example.com"

[default_server]
sender = "noreply@platform.example"
sender_name = "Demo Platform"
protocol = "smtp"
starttls = true
host = "127.0.0.1"
port = 2525
auth = "auto"
username = "demo"
password = "demo-password"
`

var demoOpts = &Demo{Addr: "127.0.0.1:2525", Username: "demo", Password: "demo-password"}

// fakeSend presses enter on the test screen, which starts a run as the
// admin would (drive drops the command that would dial), and feeds it the
// mailer's messages for a successful delivery.
func fakeSend(t testing.TB, m *model, steps []mailer.Step, transcript string) {
	t.Helper()
	drive(m, keyEnter)
	run := testOf(t, m)
	for _, s := range steps {
		drive(m, stepMsg{to: run, step: s})
	}
	drive(m, runDoneMsg{to: run, transcript: transcript, result: &mailer.Result{
		OK: true, Steps: steps, Mechanism: "LOGIN", Reply: "250 2.0.0 Ok: queued as 4F2A1"}})
}

// A result belongs to the settings and recipient it ran with: opening the
// screen with others drops it, opening it with the same keeps it.
func TestTestScreenResultFollowsSettings(t *testing.T) {
	t.Run("SettingsChanged", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, demoConfig), Demo: demoOpts})
		drive(m, ctrl('t'))
		fakeSend(t, m, okSteps, "C: EHLO x\n")
		if !strings.Contains(screenText(m), "Test e-mail sent") {
			t.Fatalf("no result:\n%s", screenText(m))
		}
		drive(m, keyEsc, keySpace) // untick the platform's server: no host now
		drive(m, ctrl('t'))
		s := screenText(m)
		if strings.Contains(s, "Test e-mail sent") || shownResult(t, m) != nil {
			t.Fatalf("the old result shows for other settings:\n%s", s)
		}
		if !strings.Contains(s, "Fix these first") {
			t.Fatalf("the problems do not show:\n%s", s)
		}
	})
	t.Run("RecipientChanged", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, ctrl('t'))
		fakeSend(t, m, okSteps, "C: EHLO x\n")
		drive(m, keyEsc)
		for focusOf(m) != "smtp.test_recipient" {
			drive(m, keyTab)
		}
		typeText(m, "x")
		drive(m, ctrl('t'))
		if s := screenText(m); strings.Contains(s, "Test e-mail sent") || shownResult(t, m) != nil {
			t.Fatalf("the old result shows for another recipient:\n%s", s)
		}
	})
	t.Run("Unchanged", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, ctrl('t'))
		fakeSend(t, m, okSteps, "C: EHLO x\n")
		drive(m, keyEsc, keyTab, keyShiftTab, ctrl('t'))
		if s := screenText(m); !strings.Contains(s, "✓ Test e-mail sent to admin@example.com") {
			t.Fatalf("the result is gone though nothing changed:\n%s", s)
		}
	})
}

// The success line names the address the mail went to, not the recipient
// as edited since.
func TestTestScreenResultNamesItsRecipient(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	drive(m, ctrl('t'))
	fakeSend(t, m, okSteps, "C: EHLO x\n")
	drive(m, keyShiftTab) // to the recipient
	typeText(m, "x")
	s := screenText(m)
	if !strings.Contains(s, "admin@example.comx") {
		t.Fatalf("the edit does not show:\n%s", s)
	}
	if !strings.Contains(s, "✓ Test e-mail sent to admin@example.com\n") {
		t.Fatalf("the success line does not name the address used:\n%s", s)
	}
}

// liveSteps are as many steps as a real delivery with STARTTLS reports.
var liveSteps = []mailer.Step{
	step(mailer.StepResolve, "Look up 127.0.0.1", mailer.StatusOK, time.Millisecond, "127.0.0.1", nil),
	step(mailer.StepConnect, "Connect to 127.0.0.1:2525", mailer.StatusOK, time.Millisecond, "connected to 127.0.0.1:2525", nil),
	step(mailer.StepGreeting, "Server greeting", mailer.StatusOK, time.Millisecond, "220 localhost ESMTP Service Ready", nil),
	step(mailer.StepHello, "EHLO client.test", mailer.StatusOK, time.Millisecond, "STARTTLS, AUTH CRAM-MD5 PLAIN LOGIN, 8BITMIME, SIZE", nil),
	step(mailer.StepStartTLS, "STARTTLS", mailer.StatusOK, time.Millisecond, "TLS 1.3, TLS_AES_128_GCM_SHA256", nil),
	step(mailer.StepHelloTLS, "EHLO again, over TLS", mailer.StatusOK, time.Millisecond, "AUTH CRAM-MD5 PLAIN LOGIN, 8BITMIME, SIZE", nil),
	step(mailer.StepAuth, "Log in as demo", mailer.StatusOK, time.Millisecond, "CRAM-MD5 as demo", nil),
	step(mailer.StepMail, "MAIL FROM:<noreply@platform.example>", mailer.StatusOK, time.Millisecond, "sender accepted", nil),
	step(mailer.StepRcpt, "RCPT TO:<you@example.com>", mailer.StatusOK, time.Millisecond, "recipient accepted", nil),
	step(mailer.StepData, "Send the message", mailer.StatusOK, time.Millisecond, "250 2.0.0 OK: queued", nil),
	step(mailer.StepQuit, "QUIT", mailer.StatusOK, time.Millisecond, "", nil),
}

// hasLine tells whether a line of the screen, without its margins, is s.
func hasLine(screen, s string) bool {
	for _, l := range strings.Split(screen, "\n") {
		if strings.TrimSpace(l) == s {
			return true
		}
	}
	return false
}

// The focused control stays on screen however long the results; the
// results scroll on their own with pgup/pgdn.
func TestTestScreenScroll(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, demoConfig), Demo: demoOpts})
	drive(m, ctrl('t'))
	fakeSend(t, m, liveSteps, "C: EHLO client.test\n")
	s := screenText(m)
	for _, want := range []string{"Test recipient", "Send test e-mail", "✓ Test e-mail sent to you@example.com", "pgup/dn scroll"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q is not on screen", want)
		}
	}
	if strings.Contains(s, "Look up 127.0.0.1") {
		t.Error("the results do not overflow: the test proves nothing")
	}
	if t.Failed() {
		t.Fatalf("after a run:\n%s", s)
	}
	requireGoldenNamed(t, "TestTestScreenScroll/Sent", m)

	drive(m, keyShiftTab) // to the recipient, which must show while typed into
	typeText(m, "x")
	if s := screenText(m); !strings.Contains(s, "you@example.comx") {
		t.Fatalf("typing into a recipient field out of view:\n%s", s)
	}
	drive(m, keyBack, tea.KeyPressMsg{Code: tea.KeyPgUp}, tea.KeyPressMsg{Code: tea.KeyPgUp})
	s = screenText(m)
	if !strings.Contains(s, "Look up 127.0.0.1") || !strings.Contains(s, "Test recipient") {
		t.Fatalf("pgup does not show the first steps under the controls:\n%s", s)
	}
	requireGoldenNamed(t, "TestTestScreenScroll/Top", m)
	drive(m, tea.KeyPressMsg{Code: tea.KeyPgDown}, tea.KeyPressMsg{Code: tea.KeyPgDown})
	if s := screenText(m); !strings.Contains(s, "Test e-mail sent") || strings.Contains(s, "Look up") {
		t.Fatalf("pgdn does not go back to the end:\n%s", s)
	}
}

// The frame's own scrolling never takes over the test screen: the body is
// cut to exactly the rows the frame has, whatever the size, banner,
// notice, status line or help.
func TestTestScreenFitsFrame(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}, {100, 30}} {
		for _, demo := range []*Demo{nil, demoOpts} {
			for _, all := range []bool{false, true} {
				m := newSized(t, Options{Path: writeConfig(t, demoConfig), Demo: demo})
				drive(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]}, ctrl('t'))
				fakeSend(t, m, liveSteps, "C: EHLO client.test\n")
				m.help.ShowAll = all
				m.status = status{text: "Saved to a file whose name is long enough to take two lines at sixty columns, or three"}
				m.relayout()
				if demo != nil {
					drive(m, Notice{Text: "The server is stopping: save your changes within 30s"})
				}
				s := screenText(m)
				if !strings.Contains(s, "Send test e-mail") {
					t.Errorf("%dx%d demo=%v all keys=%v: the focused button is out of view:\n%s", size[0], size[1], demo != nil, all, s)
				}
				if m.room < len(testOf(t, m).top)+3 {
					continue // too small for controls and results: frame scrolls
				}
				if hasLine(s, "↑ more") || hasLine(s, "↓ more") {
					t.Errorf("%dx%d demo=%v all keys=%v: the frame scrolls the test screen:\n%s", size[0], size[1], demo != nil, all, s)
				}
				if n := strings.Count(s, "\n"); n > size[1] {
					t.Errorf("%dx%d: %d lines", size[0], size[1], n)
				}
			}
		}
	}
}

// The transcript scrolls from its start (EHLO, AUTH) to its end.
func TestTestScreenTranscript(t *testing.T) {
	var tr strings.Builder
	tr.WriteString("C: EHLO client.test\nS: 250-localhost Hello\nC: AUTH PLAIN <redacted>\n")
	for i := 4; i < 60; i++ {
		fmt.Fprintf(&tr, "S: 250-LINE%02d\n", i)
	}
	tr.WriteString("C: QUIT\n")
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	drive(m, tea.WindowSizeMsg{Width: 120, Height: 40}, ctrl('t'))
	fakeSend(t, m, okSteps, tr.String())
	drive(m, ctrl('r'))
	s := screenText(m)
	if !strings.Contains(s, "│ C: EHLO client.test") || !strings.Contains(s, "AUTH PLAIN <redacted>") || strings.Contains(s, "C: QUIT") {
		t.Fatalf("ctrl+r does not show the transcript from its start:\n%s", s)
	}
	if !strings.Contains(s, "lines 1–") || !strings.Contains(s, "home/end") {
		t.Fatalf("neither the position nor the keys show:\n%s", s)
	}
	for _, c := range []struct {
		key        tea.KeyPressMsg
		show, hide string
	}{
		{tea.KeyPressMsg{Code: tea.KeyEnd}, "C: QUIT", "C: EHLO"},
		{tea.KeyPressMsg{Code: tea.KeyHome}, "C: EHLO", "C: QUIT"},
		{tea.KeyPressMsg{Code: tea.KeyDown}, "S: 250-localhost Hello", "C: EHLO"},
		{tea.KeyPressMsg{Code: tea.KeyUp}, "C: EHLO", "C: QUIT"},
		{tea.KeyPressMsg{Code: tea.KeyPgDown}, "LINE45", "C: EHLO"},
		{tea.KeyPressMsg{Code: tea.KeyPgUp}, "C: EHLO", "LINE45"},
	} {
		drive(m, c.key)
		if s := screenText(m); !strings.Contains(s, c.show) || strings.Contains(s, c.hide) {
			t.Fatalf("after %s: want %q shown and %q not:\n%s", c.key, c.show, c.hide, s)
		}
	}
	drive(m, keyEsc) // closes the transcript only
	if s := screenText(m); !topIs[*testScreen](m) || strings.Contains(s, "C: EHLO") || !strings.Contains(s, "Test e-mail sent") {
		t.Fatalf("esc does not go back to the result:\n%s", s)
	}
	drive(m, tea.WindowSizeMsg{Width: termW, Height: termH}, ctrl('r'), tea.KeyPressMsg{Code: tea.KeyPgDown})
	requireGoldenNamed(t, "TestTestScreenTranscript/Paged", m)
}

// The transcript covers the recipient field, so its keys are not typing:
// the help offers ? (not f1) and ? opens the full list of keys.
func TestTestScreenTranscriptTakesQuestionMark(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	drive(m, ctrl('t'))
	fakeSend(t, m, okSteps, "C: EHLO client.test\nS: 250 localhost\n")
	for testOf(t, m).focus != 0 {
		drive(m, keyTab)
	}
	drive(m, ctrl('r'))
	if s := screenText(m); !strings.Contains(s, "? more") {
		t.Fatalf("the transcript's help does not offer ?:\n%s", s)
	}
	drive(m, tea.KeyPressMsg{Code: '?', Text: "?"})
	if m.d.fields["smtp.test_recipient"].value() != "admin@example.com" {
		t.Fatalf("? was typed into the hidden recipient field: %q", m.d.fields["smtp.test_recipient"].value())
	}
	if s := screenText(m); !strings.Contains(s, "home/end") || !strings.Contains(s, "esc") {
		t.Fatalf("? did not show the transcript's keys:\n%s", s)
	}
}

// Esc from the test screen goes back to the field it was opened from, so
// that typing goes on where it was.
func TestTestScreenEscRestoresFocus(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	for focusOf(m) != "smtp.tls_ca_file" {
		drive(m, keyTab)
	}
	drive(m, ctrl('t'), keyTab, keyEsc) // the focus moves on the test screen first
	if !topIs[*formScreen](m) || focusOf(m) != "smtp.tls_ca_file" {
		t.Fatalf("esc went back to %v, focus %q", m.top(), focusOf(m))
	}
	typeText(m, "/x")
	if v := m.d.fields["smtp.tls_ca_file"].value(); v != "/x" {
		t.Fatalf("typing after esc went elsewhere: CA file %q", v)
	}
	// A run in between keeps it too.
	drive(m, ctrl('t'))
	fakeSend(t, m, okSteps, "C: EHLO x\n")
	drive(m, keyEsc)
	if focusOf(m) != "smtp.tls_ca_file" {
		t.Fatalf("after a run, esc focuses %q", focusOf(m))
	}
}

// A focused field that a change elsewhere hides gives way to the nearest
// one shown, after it first.
func TestNearestVisible(t *testing.T) {
	for _, c := range []struct{ focused, want string }{
		{"smtp.username", "smtp.auth"},
		{"smtp.password", "smtp.timeout"},
		{"smtp.host", "smtp.host"},
	} {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		for focusOf(m) != c.focused {
			drive(m, keyTab)
		}
		// As Detect's proposal can: no login, so no username or password.
		m.d.fields["smtp.auth"].setValue("none")
		m.d.changed("smtp.auth")
		m.Update(nil)
		if got := focusOf(m); got != c.want {
			t.Errorf("focus on %s, hidden: now on %s, want %s", c.focused, got, c.want)
		}
	}
}

// The buttons show whole at any width; the remark beside them moves under
// them when there is no room for it, and is never cut either.
func TestTestScreenButtonsNeverCut(t *testing.T) {
	for _, width := range []int{80, 60, 44, 30} {
		for _, focus := range []int{0, 1, 2} {
			m := newSized(t, Options{Path: writeConfig(t, customConfig)})
			drive(m, tea.WindowSizeMsg{Width: width, Height: 30}, ctrl('t'))
			ts := testOf(t, m)
			ts.focus = focus
			ts.focusControl()
			m.Update(nil) // lays the screen out again
			s := screenText(m)
			for _, want := range []string{"Send test e-mail", "Check connection", "(a check delivers nothing)"} {
				if !strings.Contains(s, want) {
					t.Errorf("%d columns, focus %d: %q is cut:\n%s", width, focus, want, s)
				}
			}
			if focus != 0 && !strings.Contains(s, "▸ ") {
				t.Errorf("%d columns: the focused button has no marker:\n%s", width, s)
			}
		}
	}
}

// A step's detail too long for the line ends in "…", so that it is seen
// to be cut.
func TestTestScreenStepDetailEllipsis(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, demoConfig), Demo: demoOpts})
	drive(m, tea.WindowSizeMsg{Width: 60, Height: 40}, ctrl('t'))
	fakeSend(t, m, liveSteps, "C: EHLO client.test\n")
	s := screenText(m)
	var ehlo string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "EHLO client.test · ") {
			ehlo = l
		}
	}
	if ehlo == "" || strings.Contains(ehlo, "SIZE") {
		t.Fatalf("the EHLO step is not cut at 60 columns: the test proves nothing:\n%s", s)
	}
	if !strings.HasSuffix(ehlo, "…") {
		t.Fatalf("the cut detail does not end in …: %q", ehlo)
	}
	if w := ansi.StringWidth(ehlo); w > 59 {
		t.Fatalf("the step line is %d wide", w)
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "QUIT") && strings.Contains(l, "…") {
			t.Fatalf("a step that fits is marked cut: %q", l)
		}
	}
}

// The server line gives the host as typed with its port once, and the
// login the auth setting asks for.
func TestServerLine(t *testing.T) {
	srv := func(host string, port int, auth config.Auth, user string) config.Server {
		return config.Server{Protocol: config.ProtocolSMTP, StartTLS: true, Host: host, Port: port, Auth: auth, Username: user}
	}
	for _, c := range []struct {
		s    config.Server
		want string
	}{
		{srv("mail.example.com", 587, config.AuthAuto, ""), "mail.example.com:587 (SMTP + STARTTLS, automatic login, no username)"},
		{srv("mail.example.com:587", 587, config.AuthAuto, ""), "mail.example.com:587 (SMTP + STARTTLS, automatic login, no username)"},
		{srv("mail.example.com:25", 587, config.AuthNone, ""), "mail.example.com:25 port 587 (SMTP + STARTTLS, no login)"},
		{srv("mail.example.com", 587, config.AuthAuto, "app@example.com"), "mail.example.com:587 (SMTP + STARTTLS, automatic login as app@example.com)"},
		{srv("mail.example.com", 587, config.AuthPlain, "app"), "mail.example.com:587 (SMTP + STARTTLS, login app with PLAIN)"},
		{srv("mail.example.com", 587, config.AuthCRAMMD5, "app"), "mail.example.com:587 (SMTP + STARTTLS, login app with CRAM-MD5)"},
		{srv("mail.example.com", 587, config.AuthLogin, ""), "mail.example.com:587 (SMTP + STARTTLS, login with LOGIN, no username)"},
		{srv("::1", 25, config.AuthNone, ""), "[::1]:25 (SMTP + STARTTLS, no login)"},
		{srv("[::1]", 25, config.AuthNone, ""), "[::1]:25 (SMTP + STARTTLS, no login)"},
	} {
		if got := serverLineIn(i18n.English, c.s); got != c.want {
			t.Errorf("%s:%d %s %q:\n got %s\nwant %s", c.s.Host, c.s.Port, c.s.Auth, c.s.Username, got, c.want)
		}
	}
}

// Before a run, a host typed with a port shows it once, and automatic
// auth is not called "no login".
func TestTestScreenServerLineHostWithPort(t *testing.T) {
	cfg := strings.Replace(customConfig, `host = "mail.example.com"`, `host = "mail.example.com:587"`, 1)
	cfg = strings.Replace(cfg, `auth = "login"`, `auth = "auto"`, 1)
	m := newSized(t, Options{Path: writeConfig(t, cfg)})
	drive(m, ctrl('t'))
	s := screenText(m)
	if strings.Contains(s, ":587:587") || strings.Contains(s, "no login") {
		t.Fatalf("the server line misstates the settings:\n%s", s)
	}
	if !strings.Contains(strings.Join(strings.Fields(s), " "), "Server: mail.example.com:587 (SMTP + STARTTLS, automatic login as noreply@example.com)") {
		t.Fatalf("the server line is not the settings':\n%s", s)
	}
}

// The test screen's full help lists every key it answers to, and only the
// focused control carries the ▸ marker.
func TestTestScreenHelpAndMarker(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	drive(m, ctrl('t'), keyShiftTab) // the recipient
	if testOf(t, m).focus != 0 {
		t.Fatalf("focus %d, want the recipient", testOf(t, m).focus)
	}
	if n := strings.Count(screenText(m), "▸"); n != 1 {
		t.Errorf("%d ▸ markers with the recipient focused, want 1:\n%s", n, screenText(m))
	}
	drive(m, keyTab, tea.KeyPressMsg{Code: '?', Text: "?"})
	s := screenText(m)
	for _, want := range []string{"shift+tab/↑ previous", "ctrl+r conversation", "pgup/pgdn scroll results", "esc back"} {
		if !strings.Contains(squeeze(s), squeeze(want)) {
			t.Errorf("the full help lacks %q:\n%s", want, s)
		}
	}
}

// A certificate that failed verification is described under the failure,
// from the mailer's result, so the admin sees whose it is and who issued it.
func TestTestScreenDescribesAnUntrustedCertificate(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	drive(m, ctrl('t'))
	run := startFakeRun(t, m, actionCheck)
	certErr := &mailer.Error{Step: mailer.StepStartTLS, Kind: mailer.KindCertUntrusted,
		Hint: "set tls_ca_file to Example CA's certificate (PEM)", Err: errors.New("TLS handshake: x509: certificate signed by unknown authority")}
	failed := step(mailer.StepStartTLS, "STARTTLS", mailer.StatusFailed, time.Millisecond, "", certErr)
	drive(m, stepMsg{to: run, step: failed})
	drive(m, runDoneMsg{to: run, result: &mailer.Result{Steps: append(okSteps[:4:4], failed), Err: certErr, Hint: certErr.Hint,
		TLS: &mailer.TLSInfo{Subject: "mail.example.com", Issuer: "Example CA", DNSNames: []string{"mail.example.com"},
			NotBefore: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), FingerprintSHA256: "AB:CD"}}})
	// The failure and what to do come first; the certificate follows, the
	// rest of it a page further down at 80×24.
	s := screenText(m)
	for _, want := range []string{"What to do", "certificate issuer: Example CA", "certificate names: mail.example.com"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	drive(m, tea.KeyPressMsg{Code: tea.KeyPgDown})
	if s := screenText(m); !strings.Contains(s, "certificate SHA-256 fingerprint: AB:CD") {
		t.Errorf("a page down does not show the certificate's fingerprint:\n%s", s)
	}
}

// A step the server leaves waiting says how long it has waited and how
// long it will wait at most (the settings' timeout, 15s here), as the
// clock moves on.
func TestTestScreenWaitingStepShowsTime(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	drive(m, ctrl('t'))
	run := startFakeRun(t, m, actionSend)
	start := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	greeting := step(mailer.StepGreeting, "Server greeting", mailer.StatusRunning, 0, "", nil)
	greeting.Started = start
	drive(m, stepMsg{to: run, step: greeting}, spinner.TickMsg{Time: start.Add(2 * time.Second)})
	if s := screenText(m); !strings.Contains(s, "Server greeting · waiting 2.0s, gives up in 13s") {
		t.Fatalf("the waiting step does not say how long:\n%s", s)
	}
	drive(m, spinner.TickMsg{Time: start.Add(12 * time.Second)})
	if s := screenText(m); !strings.Contains(s, "waiting 12.0s, gives up in 3s") {
		t.Fatalf("the time does not move on with the clock:\n%s", s)
	}
}
