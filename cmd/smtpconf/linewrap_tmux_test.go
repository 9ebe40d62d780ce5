//go:build unix

package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestErrorWrapsOnATerminal: on a terminal (a 100-column tmux pane) an
// error line longer than the terminal is wrapped between words, its lines
// after the first indented, rather than split mid-word at the edge; piped,
// it stays one "smtpconf: …" line for scripts.
func TestErrorWrapsOnATerminal(t *testing.T) {
	e := newEnv(t)
	args := []string{"--lang", "de", "--config", e.config, "set", "smtp.sender"}
	line := strings.TrimSpace(strings.SplitN(e.run("", args...).stderr, "\n", 2)[0])
	if !strings.HasPrefix(line, "smtpconf: ") || len([]rune(line)) <= 100 {
		t.Fatalf("piped: want one \"smtpconf: \" line longer than the pane, got %q", line)
	}
	p := startTmux(t, fmt.Sprintf("sh -c 'HOME=%s %s %s'; echo \"smtpconf exited with $?\"; sleep 60", e.home, binary, strings.Join(args, " ")))
	scr := p.waitFor("smtpconf exited with")
	if want := wrapProse(line, 100, "  "); !strings.Contains(scr, want) {
		t.Errorf("not wrapped between words; want\n%s\nscreen:\n%s", want, scr)
	}
}
