package tui

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/mailer"
)

// Test helpers: every screen golden is the model's view at 80×24 with
// styling stripped and run-specific text (temp paths, durations, ports)
// replaced, so goldens read like the screen and do not change between runs.

const termW, termH = 80, 24

// tempDir is a temp dir whose name always has the same length, so that
// screens that wrap or shorten a path look the same in every run.
func tempDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("/tmp", fmt.Sprintf("tui%08x", rand.Uint32()))
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// writeConfig writes a config file into a temp dir and returns its path.
func writeConfig(t testing.TB, body string) string {
	t.Helper()
	p := filepath.Join(tempDir(t), "config.toml")
	if body != "" {
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// customConfig is a complete, valid custom server; the serve tests and
// docs/screenshots.sh use the same file.
//
//go:embed testdata/custom-server.toml
var customConfig string

// testCalls are the mailer's calls with a fixed EHLO name (transcripts
// read the same in every run) and, for Detect, where the standard ports
// really are (loopback servers on free ports stand in for them).
func testCalls(ports map[int]int) conversations {
	return conversations{
		run: func(ctx context.Context, a testAction, srv config.Server, rcpt string, o mailer.Options) *mailer.Result {
			o.LocalName = "client.test"
			return runTest(ctx, a, srv, rcpt, o)
		},
		probe: func(ctx context.Context, host string, o mailer.ProbeOptions) *mailer.ProbeReport {
			o.Ports = ports
			return mailer.ProbeWith(ctx, host, o)
		},
		// Only the discovery tests give it a DNS server (discoveryCalls):
		// no test asks the real one.
		discover: func(context.Context, string, discover.Options) (*discover.Result, error) {
			return nil, errors.New("this test has no DNS server to find the server with")
		},
	}
}

// newTestModel is a session's model with testCalls, ended with the test.
func newTestModel(t testing.TB, opts Options, ports map[int]int) *model {
	t.Helper()
	m := newModel(context.Background(), opts, testCalls(ports))
	t.Cleanup(m.cancel)
	return m
}

// startProgram runs the model in a teatest program with a pinned size and
// colour profile.
func startProgram(t *testing.T, opts Options) *teatest.TestModel {
	t.Helper()
	return newTeatest(t, newTestModel(t, opts, nil))
}

// waitText waits until the program has drawn s.
func waitText(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(s))
	}, teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

// finalScreen quits the program and returns its last view.
func finalScreen(t *testing.T, tm *teatest.TestModel) *model {
	t.Helper()
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*model)
}

var (
	reDuration = regexp.MustCompile(`([✓✗]) +(<1ms|\d+ms|\d+\.\ds) `)
	rePort     = regexp.MustCompile(`127\.0\.0\.1:\d+`)
	reQueue    = regexp.MustCompile(`(?i)queued as \S+`)
	reExpires  = regexp.MustCompile(`expires in \d+ days? \(\d{4}-\d\d-\d\d\)`)
	reTmp      = regexp.MustCompile(`/tmp/tui[0-9a-f]{8}/`)
)

// screen is what a golden holds: the view without styling, stable across runs.
func screenText(m *model) string {
	s := ansi.Strip(m.View().Content)
	s = reTmp.ReplaceAllString(s, "$$TMP/")
	s = rePort.ReplaceAllString(s, "127.0.0.1:PORT")
	s = reQueue.ReplaceAllString(s, "queued as ID")
	s = reExpires.ReplaceAllString(s, "expires in N days (DATE)")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		l = reDuration.ReplaceAllString(l, "$1  TIME ")
		lines[i] = l
	}
	return strings.Join(lines, "\n") + "\n"
}

func requireScreen(t *testing.T, m *model) {
	t.Helper()
	golden.RequireEqual(t, []byte(screenText(m)))
}

// Keys as the terminal sends them.
var (
	keyTab      = tea.KeyPressMsg{Code: tea.KeyTab}
	keyShiftTab = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	keyEnter    = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyEsc      = tea.KeyPressMsg{Code: tea.KeyEscape}
	keySpace    = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	keyRight    = tea.KeyPressMsg{Code: tea.KeyRight}
	keyLeft     = tea.KeyPressMsg{Code: tea.KeyLeft}
	keyBack     = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

func ctrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

// drive feeds messages straight into a model without a program, for
// screens whose timing a program would make unstable (a running spinner).
func drive(m *model, msgs ...tea.Msg) {
	for _, msg := range msgs {
		m.Update(msg)
	}
}

func typeText(m *model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func newSized(t *testing.T, opts Options) *model {
	t.Helper()
	m := newTestModel(t, opts, nil)
	m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
	return m
}

// topIs tells whether the screen on top is a T.
func topIs[T screen](m *model) bool {
	_, ok := m.top().(T)
	return ok
}

// topScreen is the screen on top as a T; the test fails if it is another.
func topScreen[T screen](t testing.TB, m *model) T {
	t.Helper()
	s, ok := m.top().(T)
	if !ok {
		t.Fatalf("the screen on top is a %T:\n%s", m.top(), screenText(m))
	}
	return s
}

// focusOf is the field focused on the page on top ("" on other screens).
func focusOf(m *model) string {
	switch s := m.top().(type) {
	case *formScreen:
		return s.focus
	case *wizardScreen:
		return s.focus
	}
	return ""
}

// stepTitle is the first-time step on top.
func stepTitle(t testing.TB, m *model) string {
	t.Helper()
	return wizardSteps[topScreen[*wizardScreen](t, m).step].title
}

// statusText is the status line as plain text.
func statusText(m *model) string { return m.status.String() }

// requireGoldenNamed compares with testdata/<name>.golden inside a subtest of that name.
func requireGoldenNamed(t *testing.T, name string, m *model) {
	t.Helper()
	_, sub, _ := strings.Cut(name, "/")
	t.Run(sub, func(t *testing.T) { requireScreen(t, m) })
}

type teatestModel = teatest.TestModel

func newTeatest(t *testing.T, m tea.Model) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(termW, termH),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ANSI256)))
}

// press gives the model one key and returns the command it starts.
func press(m *model, msg tea.Msg) tea.Cmd {
	_, cmd := m.Update(msg)
	return cmd
}

// testOf is the test screen on top.
func testOf(t testing.TB, m *model) *testScreen {
	t.Helper()
	return topScreen[*testScreen](t, m)
}
