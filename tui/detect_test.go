package tui

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer"
)

// Detect's report wraps long lines under their text instead of cutting
// them, and says once that nothing answered.
func TestProbeLines(t *testing.T) {
	refused := errors.New("connect: dial tcp 192.0.2.25:25: connect: connection refused")
	nothing := &mailer.ProbeReport{Host: "mail.example.com", Reason: "no SMTP server answered on mail.example.com at ports 465, 587 or 25",
		Ports: []mailer.PortReport{{Port: 465, Protocol: config.ProtocolSMTPS, Err: refused}, {Port: 25, Protocol: config.ProtocolSMTP, Err: refused}}}
	proposed := &mailer.ProbeReport{Host: "mail.example.com", Reason: "port 465 speaks TLS from the first byte with a trusted certificate",
		Proposal: &config.Server{Protocol: config.ProtocolSMTPS, Port: 465, Auth: config.AuthAuto},
		Ports:    []mailer.PortReport{{Port: 465, Protocol: config.ProtocolSMTPS, Reachable: true, Mechanisms: []string{"PLAIN", "LOGIN"}}}}
	tests := []struct {
		name   string
		report *mailer.ProbeReport
		want   []string
		once   string
	}{
		{"nothing_answered", nothing, []string{"connection refused", "no SMTP server answered on mail.example.com", "check the name, or the firewall"}, "answered"},
		{"proposal", proposed, []string{"Proposed: SMTPS on port 465, authentication auto", "port 465 speaks TLS", "AUTH PLAIN LOGIN"}, "Proposed"},
	}
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	for _, tt := range tests {
		for _, width := range []int{36, 72} {
			t.Run(tt.name, func(t *testing.T) {
				lines := probeLines(m.u.styles, m.d, tt.report, width, "")
				text := ansi.Strip(strings.Join(lines, "\n"))
				for _, l := range strings.Split(text, "\n") {
					if w := ansi.StringWidth(l); w > width {
						t.Errorf("line wider than %d: %q", width, l)
					}
				}
				joined := strings.Join(strings.Fields(text), " ")
				for _, want := range tt.want {
					if !strings.Contains(joined, want) {
						t.Errorf("width %d: report lacks %q:\n%s", width, want, text)
					}
				}
				if n := strings.Count(joined, tt.once); n != 1 {
					t.Errorf("width %d: %q %d times:\n%s", width, tt.once, n, text)
				}
			})
		}
	}
}
