package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/mailer"
)

// The step lines' colours follow colorprofile's reading of the
// environment: none into a pipe, unless CLICOLOR_FORCE asks.
func TestStepColours(t *testing.T) {
	step := mailer.Step{Name: mailer.StepConnect, Title: "Connect to mail.example.com:587", Status: mailer.StatusOK, Duration: 12 * time.Millisecond}
	for _, c := range []struct {
		name   string
		env    map[string]string
		colour bool
	}{
		{"pipe", map[string]string{"TERM": "xterm-256color"}, false},
		{"CLICOLOR_FORCE", map[string]string{"TERM": "xterm-256color", "CLICOLOR_FORCE": "1"}, true},
		{"NO_COLOR", map[string]string{"TERM": "xterm-256color", "NO_COLOR": "1"}, false},
		{"TERM=dumb", map[string]string{"TERM": "dumb"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			newStepPrinter(&out, func(k string) string { return c.env[k] }).print(step)
			if got := strings.Contains(out.String(), "\x1b[32m"); got != c.colour {
				t.Errorf("green: %v, want %v: %q", got, c.colour, out.String())
			}
			if !strings.Contains(ansi.Strip(out.String()), "✓ Connect to mail.example.com:587  12ms") {
				t.Errorf("the line is %q", out.String())
			}
		})
	}
}
