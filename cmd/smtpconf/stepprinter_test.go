package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

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

// TestStepLinesWrapOnATerminal: on a terminal a step's line is wrapped
// between words (a fingerprint after its colons) to the terminal's width,
// its detail hanging under the title, never cut mid-word at the edge;
// into a pipe each step stays one line, for scripts.
func TestStepLinesWrapOnATerminal(t *testing.T) {
	const fp = "B0:3D:7B:B7:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC"
	for _, step := range []mailer.Step{
		{Title: "EHLO app.firma.de senden", Status: mailer.StatusOK, Duration: 3 * time.Millisecond,
			Detail: "PIPELINING, SIZE 10240000, VRFY, ETRN, STARTTLS, ENHANCEDSTATUSCODES, 8BITMIME, DSN, SMTPUTF8, CHUNKING"},
		{Title: "Verbindung mit TLS absichern", Status: mailer.StatusFailed, Duration: 9 * time.Millisecond,
			Detail: "Zertifikat nicht vertrauenswürdig; SHA-256-Fingerabdruck: " + fp},
	} {
		t.Run(step.Title, func(t *testing.T) {
			var term bytes.Buffer
			p := newStepPrinter(&term, func(string) string { return "" })
			p.tty, p.width = true, 80
			p.print(step)
			text := strings.TrimPrefix(ansi.Strip(term.String()), "\r")
			lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
			if len(lines) < 2 {
				t.Fatalf("not wrapped: %q", text)
			}
			for i, l := range lines {
				if n := utf8.RuneCountInString(l); n > 80 {
					t.Errorf("line %d is %d columns: %q", i, n, l)
				}
				if i > 0 && (!strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "   ")) {
					t.Errorf("line %d does not hang under the title: %q", i, l)
				}
			}
			joined := strings.Join(strings.Fields(strings.ReplaceAll(text, ":\n  ", ":")), " ")
			if !strings.Contains(joined, strings.Join(strings.Fields(step.Detail), " ")) {
				t.Errorf("words split or lost:\n%s", text)
			}

			var pipe bytes.Buffer
			newStepPrinter(&pipe, func(string) string { return "" }).print(step)
			if strings.Count(pipe.String(), "\n") != 1 || !strings.Contains(pipe.String(), step.Detail) {
				t.Errorf("piped, want one line with the whole detail: %q", pipe.String())
			}
		})
	}
}
