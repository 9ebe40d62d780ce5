package tui

import (
	"cmp"
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// Detect: ask the host which ports and security it offers (mailer.Probe)
// and offer its proposal, in a dialog over the page it was asked from.
// With no host yet but a sender, Detect finds the server from the
// sender's address instead (discovery.go).

type detectScreen struct {
	u       *ui
	d       *draft
	under   screen // the page Detect was asked from, drawn under the dialog
	host    string
	running bool
	cancel  context.CancelFunc
	report  *mailer.ProbeReport
	body    page
	// underRows are the rows left to the page under the dialog.
	underRows int
}

// probeDoneMsg is a probe's report, for the dialog that asked.
type probeDoneMsg struct {
	to     *detectScreen
	report *mailer.ProbeReport
}

// startDetect opens the dialog over the page under and starts the probe,
// or says what is missing.
func startDetect(u *ui, d *draft, under screen) (tea.Cmd, action) {
	host := d.fields["smtp.host"].value()
	if sender := d.fields["smtp.sender"].value(); host == "" && sender != "" && d.fieldError("smtp.sender") == "" {
		// No server named yet, but the address mail comes from: find
		// the server from it, as the first-time setup does.
		d.touched["smtp.sender"] = true
		return startDiscovery(u, d, sender, false)
	}
	if host == "" {
		return nil, news(statusWarning, "! "+u.lang().T("tuiwizard_detect_nothing_to_ask", nil))
	}
	d.touched["smtp.host"] = true
	ctx, cancel := context.WithCancel(u.ctx)
	s := &detectScreen{u: u, d: d, under: under, host: host, running: true, cancel: cancel}
	opts := probeOptions(d)
	probe := u.net.probe
	return tea.Batch(u.spin.Tick, func() tea.Msg {
		return probeDoneMsg{to: s, report: probe(ctx, host, opts)}
	}), action{push: s}
}

// probeOptions are what Detect probes with, in the form and in the
// accessible prompts alike: the timeout entered (the default while it is
// out of range), the CA file the form names, trusted as sending will, and
// the port entered when it is not one Detect tries anyway (465, 587, 25),
// such as a hosted provider's 2525.
func probeOptions(d *draft) mailer.ProbeOptions {
	timeout := d.cfg.SMTP.Timeout.Duration
	if timeout < config.MinTimeout || timeout > config.MaxTimeout {
		timeout = config.DefaultTimeout
	}
	o := mailer.ProbeOptions{Timeout: timeout, TLSCAFile: d.cfg.SMTP.TLSCAFile, Lang: d.lang}
	switch port := d.cfg.SMTP.Port; port {
	case 0, config.PortSMTPS, config.PortSubmission, config.PortSMTP:
	default:
		if port > 0 && port <= 65535 {
			o.Also = []int{port}
		}
	}
	return o
}

func (s *detectScreen) busy() bool { return s.running }

func (s *detectScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	switch msg := msg.(type) {
	case probeDoneMsg:
		if msg.to == s && s.running {
			s.cancel()
			s.running, s.report = false, msg.report
		}
	case tea.KeyPressMsg:
		switch {
		case s.running && key.Matches(msg, k.Cancel):
			s.cancel()
			return nil, action{pop: true}
		case s.running:
		case key.Matches(msg, k.Accept) && s.report.Proposal != nil:
			s.d.accept(*s.report.Proposal)
			return nil, action{pop: true, status: &status{kind: statusOK, text: "✓ " + s.u.lang().T("tuiwizard_detect_filled_in", i18n.D{"Host": termsafe.String(s.host)})}}
		case key.Matches(msg, k.Dismiss, k.Accept):
			return nil, action{pop: true}
		}
	}
	return nil, action{}
}

func (s *detectScreen) Layout(w, h int) {
	st := s.u.styles
	dw := min(76, max(40, w-2))
	var box string
	if s.running {
		box = st.Dialog.Width(dw).Render(s.u.spin.View() + " " + probeAskingIn(s.u.lang(), s.host))
	} else {
		lines := probeLines(st, s.d, s.report, dw-4, st.Field.Help.Render(s.u.lang().T("tuiwizard_detect_keys", nil)))
		box = st.Dialog.Width(dw).Render(strings.Join(lines, "\n"))
	}
	s.body.set(strings.Split(box, "\n"), h, -1)
	s.underRows = h - len(s.body.lines) - 1 // less the blank line between
	if s.underRows > 0 {
		s.under.Layout(w, s.underRows)
	}
}

func (s *detectScreen) View(w, h int) string {
	if s.underRows <= 0 {
		return s.body.viewIn(s.u.styles, s.u.lang())
	}
	return s.body.viewIn(s.u.styles, s.u.lang()) + "\n\n" + s.under.View(w, s.underRows)
}

func (s *detectScreen) Typing() bool { return false }

func (s *detectScreen) Help() helpKeys {
	k := s.u.keys
	var short []key.Binding
	switch {
	case s.running:
		short = []key.Binding{k.Cancel}
	case s.report.Proposal != nil:
		short = []key.Binding{k.Accept, k.Dismiss}
	default:
		short = []key.Binding{k.Dismiss}
	}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}

// probeAskingIn is what shows while a probe runs.
func probeAskingIn(l i18n.Lang, host string) string {
	return l.T("tuiwizard_detect_asking", i18n.D{"Host": termsafe.String(host)})
}

// probeLines is a probe's report, each line at most width: what each port
// answered, the proposal (followed by hint, the keys to take it, if any)
// and why. The dialog shows them; the accessible prompts print them. What
// the server sent goes through termsafe.
func probeLines(st Styles, d *draft, r *mailer.ProbeReport, width int, hint string) []string {
	l := d.lang
	var lines []string
	lines = append(lines, st.Section.Render(l.T("tuiwizard_detect_offers", i18n.D{"Host": termsafe.String(r.Host)})))
	// A port's line wraps under its text rather than being cut: an error
	// cut mid-word ("connection refuse") is worse than a longer box.
	portLine := func(mark string, pr mailer.PortReport, text string) {
		text = fmt.Sprintf("%d %s: %s", pr.Port, strings.ToUpper(string(pr.Protocol)), termsafe.String(text))
		for i, line := range wrap(text, max(20, width-2)) {
			if i == 0 {
				lines = append(lines, mark+" "+line)
			} else {
				lines = append(lines, "  "+line)
			}
		}
	}
	for _, pr := range r.Ports {
		if !pr.Reachable {
			why := l.T("tuiwizard_detect_no_answer", nil)
			if pr.Err != nil {
				why = i18n.Text(pr.Err, l)
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
		why := cmp.Or(r.Reason, l.T("tuiwizard_detect_nothing_usable", nil))
		for _, line := range wrap(l.T("tuiwizard_detect_check_name", i18n.D{"Why": d.relabel(termsafe.String(why))}), width) {
			lines = append(lines, st.Field.Warning.Render(line))
		}
		return lines
	}
	p := s.WithDefaults()
	sec := strings.ToUpper(string(p.Protocol))
	if p.Protocol == config.ProtocolSMTP && p.StartTLS {
		sec = l.T("tuiwizard_detect_with_starttls", i18n.D{"Protocol": sec})
	}
	proposed := l.T("tuiwizard_detect_proposed", i18n.D{"Security": sec, "Port": p.Port, "Auth": authLabel(l, p.Auth)})
	lines = append(lines, wrap(proposed, width)...)
	if hint != "" {
		lines = append(lines, hint)
	}
	for _, line := range wrap(d.relabel(termsafe.String(r.Reason)), width) {
		if line != "" {
			lines = append(lines, st.Field.Help.Render(line))
		}
	}
	return lines
}
