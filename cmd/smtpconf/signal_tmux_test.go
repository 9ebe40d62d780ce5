//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
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
	command := fmt.Sprintf("sh -c 'echo $$ > %s; exec env HOME=%s GORACE=atexit_sleep_ms=0 LC_ALL=C.UTF-8 %s %s configure --config %s %s'; echo \"smtpconf exited with $?\"; sleep 60",
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

// TestAccessibleCtrlC: Ctrl+C at a prompt (it used to be echoed, and the
// next question came) asks first when there are unsaved changes: yes ends
// with 130 and says what was thrown away, no asks the question again, and
// a second Ctrl+C ends the process at once.
func TestAccessibleCtrlC(t *testing.T) {
	const question = "Quit and throw away your changes to Use the platform's default mail server? [y/N]"
	start := func(t *testing.T) (*tmuxPane, string) {
		p, path, _ := startConfigure(t, validConfig, "--accessible")
		p.waitFor("default mail server?")
		p.typeText("y")
		p.keys("Enter") // a change: the platform's server
		p.waitFor("Sender address (now")
		p.keys("C-c")
		p.waitFor(question)
		return p, path
	}
	t.Run("Yes", func(t *testing.T) {
		p, path := start(t)
		p.typeText("y")
		p.keys("Enter")
		requireStopped(t, p, path, 130, "stopped by SIGINT (Ctrl+C): unsaved changes to Use the platform's default mail server were discarded")
	})
	t.Run("NoThenCtrlCAgain", func(t *testing.T) {
		p, path := start(t)
		p.keys("Enter") // no
		deadline := time.Now().Add(15 * time.Second)
		for strings.Count(p.screen(), "Sender address (now") < 2 {
			if time.Now().After(deadline) {
				t.Fatalf("the interrupted question is not asked again:\n%s", p.screen())
			}
			time.Sleep(20 * time.Millisecond)
		}
		p.keys("C-c") // a second signal ends the process at once
		requireStopped(t, p, path, 130, "")
	})
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

// TestAccessiblePasswordOnATerminal: at the prompts on a terminal the
// password is read without echo, and the prompts go on after it.
func TestAccessiblePasswordOnATerminal(t *testing.T) {
	p, path, _ := startConfigure(t, validConfig, "--accessible")
	// Every setting before the password kept, and no Detect.
	for _, prompt := range []string{"default mail server?", "Sender address (now", "Sender name (now", "Protocol (now",
		"Require STARTTLS?", "Server (now", "Detect which ports", "Port (now", "Authentication (now", "Username (now"} {
		p.waitFor(prompt)
		p.keys("Enter")
	}
	p.waitFor("Password (saved; Enter keeps it):")
	p.typeText("N3w-S3cret")
	p.keys("Enter")
	scr := p.waitFor("Timeout (now")
	if strings.Contains(scr, "N3w-S3cret") {
		t.Fatalf("the password was echoed:\n%s", scr)
	}
	p.keys("C-c")
	p.waitFor("Quit and throw away your changes to Password?")
	p.typeText("y")
	p.keys("Enter")
	requireStopped(t, p, path, 130, "unsaved changes to Password were discarded")
}
