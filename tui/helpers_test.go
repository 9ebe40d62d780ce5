package tui

import (
	"bytes"
	"context"
	_ "embed"
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

// startProgram runs the model in a teatest program with a pinned size and
// colour profile.
func startProgram(t *testing.T, opts Options) *teatest.TestModel {
	t.Helper()
	m, err := New(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	m.(*model).localName = "client.test"
	return teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(termW, termH),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ANSI256)))
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
func screen(m *model) string {
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
	golden.RequireEqual(t, []byte(screen(m)))
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
	mm, err := New(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	m := mm.(*model)
	m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
	return m
}

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
