package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer"
)

// Detect: ask the host which ports and security it offers (mailer.Probe)
// and offer its proposal.

type probeState struct {
	running bool
	run     int
	host    string
	cancel  context.CancelFunc
	report  *mailer.ProbeReport
}

func (p probeState) active() bool { return p.running || p.report != nil }

type probeDoneMsg struct {
	run    int
	report *mailer.ProbeReport
}

func (m *model) startProbe() tea.Cmd {
	host := m.fields["smtp.host"].value()
	if host == "" {
		m.status = m.styles.Field.Warning.Render("! Type the server's name first, then press ctrl+d.")
		return nil
	}
	m.touched["smtp.host"] = true
	m.runID++
	run := m.runID
	ctx, cancel := context.WithCancel(m.ctx)
	m.probe = probeState{running: true, run: run, host: host, cancel: cancel}
	opts := m.probeOptions()
	return tea.Batch(m.spin.Tick, func() tea.Msg {
		return probeDoneMsg{run: run, report: mailer.ProbeWith(ctx, host, opts)}
	})
}

// probeOptions are what Detect probes with, in the form and in the
// accessible prompts alike: the timeout entered (the default while it is
// out of range), the CA file the form names, trusted as sending will, and
// the port entered when it is not one Detect tries anyway (465, 587, 25),
// such as a hosted provider's 2525.
func (m *model) probeOptions() mailer.ProbeOptions {
	timeout := m.cfg.SMTP.Timeout.Duration
	if timeout < config.MinTimeout || timeout > config.MaxTimeout {
		timeout = config.DefaultTimeout
	}
	o := mailer.ProbeOptions{Timeout: timeout, TLSCAFile: m.cfg.SMTP.TLSCAFile, Ports: m.probePorts}
	switch port := m.cfg.SMTP.Port; port {
	case 0, config.PortSMTPS, config.PortSubmission, config.PortSMTP:
	default:
		if port > 0 && port <= 65535 {
			o.Also = []int{port}
		}
	}
	return o
}

func (m *model) onProbeDone(msg probeDoneMsg) {
	if msg.run != m.probe.run || !m.probe.running {
		return
	}
	m.probe.cancel()
	m.probe.running = false
	m.probe.report = msg.report
}

func (m *model) probeKey(msg tea.KeyPressMsg) tea.Cmd {
	p := &m.probe
	if p.running {
		if keyIs(msg, m.keys.Cancel) {
			p.cancel()
			*p = probeState{}
		}
		return nil
	}
	switch {
	case keyIs(msg, m.keys.Accept) && p.report.Proposal != nil:
		m.accept(*p.report.Proposal)
		*p = probeState{}
	case keyIs(msg, m.keys.Cancel), msg.String() == "n", keyIs(msg, m.keys.Accept):
		*p = probeState{}
	}
	return nil
}

// accept fills the connection fields from the probe's proposal.
func (m *model) accept(s config.Server) {
	if s.Protocol != "" {
		m.fields["smtp.protocol"].setValue(string(s.Protocol))
	}
	if s.Port != 0 {
		m.fields["smtp.port"].setValue(fmt.Sprint(s.Port))
	}
	m.fields["smtp.starttls"].setValue(boolText(s.StartTLS))
	if s.Auth != "" {
		m.fields["smtp.auth"].setValue(string(s.Auth))
	}
	m.portTyped = false
	for _, k := range []string{"smtp.protocol", "smtp.port", "smtp.starttls", "smtp.auth"} {
		m.touched[k] = true
	}
	m.recompute()
	m.status = m.styles.Step.OK.Render("✓ Filled in what " + m.fields["smtp.host"].value() + " offers")
}

func (m *model) probeHelp() []key.Binding {
	if m.probe.running {
		return []key.Binding{m.keys.Cancel}
	}
	if m.probe.report != nil && m.probe.report.Proposal != nil {
		return []key.Binding{m.keys.Accept, bind("esc", "dismiss")}
	}
	return []key.Binding{bind("esc", "dismiss")}
}

// probeAsking is what shows while a probe runs.
func probeAsking(host string) string {
	return "Asking " + host + " which ports and security it offers…"
}

func (m *model) probeView() string {
	st := m.styles
	p := m.probe
	w := min(76, max(40, m.width-4))
	if p.running {
		return st.Dialog.Width(w).Render(m.spin.View() + " " + probeAsking(p.host))
	}
	lines := m.probeLines(p.report, w-4, st.Field.Help.Render("enter uses these settings · esc keeps yours"))
	return st.Dialog.Width(w).Render(strings.Join(lines, "\n"))
}

// probeLines is a probe's report, each line cut to width: what each port
// answered, the proposal (followed by hint, the keys to take it, if any)
// and why. The form's dialog shows them; the accessible prompts print them.
func (m *model) probeLines(r *mailer.ProbeReport, width int, hint string) []string {
	st := m.styles
	var lines []string
	lines = append(lines, st.Section.Render("What "+r.Host+" offers"))
	// A port's line wraps under its text rather than being cut: an error
	// cut mid-word ("connection refuse") is worse than a longer box.
	portLine := func(mark string, pr mailer.PortReport, text string) {
		text = fmt.Sprintf("%d %s: %s", pr.Port, strings.ToUpper(string(pr.Protocol)), text)
		for i, l := range wrapWords(text, max(20, width-2)) {
			if i == 0 {
				lines = append(lines, mark+" "+l)
			} else {
				lines = append(lines, "  "+l)
			}
		}
	}
	for _, pr := range r.Ports {
		if !pr.Reachable {
			why := "no answer"
			if pr.Err != nil {
				why = pr.Err.Error()
			}
			portLine(st.Step.Failed.Render("✗"), pr, why)
			continue
		}
		var parts []string
		if pr.TLS != nil {
			parts = append(parts, pr.TLS.Version)
		}
		if pr.StartTLS {
			parts = append(parts, "STARTTLS")
		}
		if len(pr.Mechanisms) > 0 {
			parts = append(parts, "AUTH "+strings.Join(pr.Mechanisms, " "))
		}
		portLine(st.Step.OK.Render("✓"), pr, strings.Join(parts, ", "))
	}
	lines = append(lines, "")
	s := r.Proposal
	if s == nil {
		// The reason says nothing answered, and where: one warning, not two.
		why := r.Reason
		if why == "" {
			why = "nothing usable answered"
		}
		for _, l := range wrapWords(why+": check the name, or the firewall.", width) {
			lines = append(lines, st.Field.Warning.Render(l))
		}
		return lines
	}
	d := s.WithDefaults()
	sec := strings.ToUpper(string(d.Protocol))
	if d.Protocol == config.ProtocolSMTP && d.StartTLS {
		sec += " with STARTTLS"
	}
	lines = append(lines, wrapWords(fmt.Sprintf("Proposed: %s on port %d, authentication %s", sec, d.Port, d.Auth), width)...)
	if hint != "" {
		lines = append(lines, hint)
	}
	for _, l := range wrapWords(r.Reason, width) {
		if l != "" {
			lines = append(lines, st.Field.Help.Render(l))
		}
	}
	return lines
}
