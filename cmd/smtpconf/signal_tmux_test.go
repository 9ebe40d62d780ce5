package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// startConfigure runs `smtpconf configure args...` on a file holding body
// in a tmux pane; it returns the pane, the file and the file holding the
// process's id.
func startConfigure(t *testing.T, body string, args ...string) (p *tmuxPane, path, pidFile string) {
	t.Helper()
	return startConfigureEnv(t, "", body, args...)
}

// startConfigureEnv is startConfigure with environment variables (NAME=value …).
func startConfigureEnv(t *testing.T, env, body string, args ...string) (p *tmuxPane, path, pidFile string) {
	t.Helper()
	dir := t.TempDir()
	path = filepath.Join(dir, "config.toml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	pidFile = filepath.Join(dir, "pid")
	command := fmt.Sprintf("sh -c 'echo $$ > %s; exec env HOME=%s GORACE=atexit_sleep_ms=0 %s %s configure --config %s %s'; echo \"smtpconf exited with $?\"; sleep 60",
		pidFile, dir, env, binary, path, strings.Join(args, " "))
	return startTmux(t, command), path, pidFile
}

// TestSIGTERMSaysWhatWasDiscarded: SIGTERM to the form ends it at once with
// 143 and says which unsaved changes were thrown away; the file is as it was.
func TestSIGTERMSaysWhatWasDiscarded(t *testing.T) {
	p, path, pidFile := startConfigure(t, validConfig)
	p.waitFor("Sender address")
	p.keys("Tab")
	p.typeText("x")
	p.waitFor("unsaved changes")
	data, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	requireStopped(t, p, path, 143, "stopped by SIGTERM: unsaved changes to Sender address were discarded")
}

// requireStopped waits for the pane's smtpconf to end and fails unless it
// exited with code, said what it stopped, and left the file as it was.
func requireStopped(t *testing.T, p *tmuxPane, path string, code int, said string) {
	t.Helper()
	scr := p.waitFor("smtpconf exited with")
	if !strings.Contains(scr, fmt.Sprintf("smtpconf exited with %d", code)) {
		t.Errorf("want exit %d:\n%s", code, scr)
	}
	if !strings.Contains(strings.Join(strings.Fields(scr), " "), said) {
		t.Errorf("it does not say %q:\n%s", said, scr)
	}
	if got, _ := os.ReadFile(path); string(got) != validConfig {
		t.Errorf("the file changed:\n%s", got)
	}
}

// TestAccessibleCtrlCEnds: Ctrl+C at a prompt ends the prompts at once
// with 130 (it used to be echoed, and the next question came), saying
// which unsaved changes were thrown away.
func TestAccessibleCtrlCEnds(t *testing.T) {
	p, path, _ := startConfigure(t, validConfig, "--accessible")
	p.waitFor("default mail server?")
	p.typeText("y")
	p.keys("Enter") // a change: the platform's server
	p.waitFor("Sender address (now")
	p.keys("C-c")
	requireStopped(t, p, path, 130, "stopped by SIGINT (Ctrl+C): unsaved changes to Use the platform's default mail server were discarded")
}

// TestDumbTerminalGetsPrompts: on a terminal that cannot draw the form
// (TERM=dumb) configure asks plain prompts, as its help promises, instead
// of the full-screen form.
func TestDumbTerminalGetsPrompts(t *testing.T) {
	p, path, _ := startConfigureEnv(t, "TERM=dumb", validConfig)
	scr := p.waitFor("default mail server? [y/N]")
	if strings.Contains(scr, "ctrl+s save") {
		t.Errorf("the form's help bar shows on a dumb terminal:\n%s", scr)
	}
	p.keys("C-c")
	requireStopped(t, p, path, 130, "there were no unsaved changes")
}
