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

// TestHelpFitsATerminal: on a real 80-column terminal (a tmux pane
// resized to 80) `unset --help` and `sendmail --help` in German fit, their
// flags whole ("-" / "-diff" and "-i oder -" / "oi" before), the
// description wrapped once to the pane rather than to fang's 120.
func TestHelpFitsATerminal(t *testing.T) {
	e := newEnv(t)
	for _, cmd := range []string{"unset", "sendmail"} {
		t.Run(cmd, func(t *testing.T) {
			p := startTmux(t, fmt.Sprintf("sh -c 'HOME=%s %s --lang de %s --help'; echo \"smtpconf exited with $?\"; sleep 60", e.home, binary, cmd))
			p.run("resize-window", "-t", "e2e", "-x", "80", "-y", "60")
			p.run("respawn-pane", "-k", "-t", "e2e", fmt.Sprintf("sh -c 'HOME=%s %s --lang de %s --help'; echo \"smtpconf exited with $?\"; sleep 60", e.home, binary, cmd))
			scr := p.waitFor("smtpconf exited with 0")
			lines := strings.Split(scr, "\n")
			widest := 0
			for _, l := range lines {
				widest = max(widest, len([]rune(strings.TrimRight(l, " "))))
				if f := strings.Fields(l); len(f) > 0 && (f[len(f)-1] == "-" || strings.HasPrefix(strings.TrimSpace(l), "-diff") || strings.HasPrefix(strings.TrimSpace(l), "oi ")) {
					t.Errorf("a flag split at its hyphen: %q\n%s", l, scr)
				}
			}
			if widest > 80 || widest < 70 {
				t.Errorf("the widest line is %d columns; want the description wrapped to the 80-column pane:\n%s", widest, scr)
			}
		})
	}
}
