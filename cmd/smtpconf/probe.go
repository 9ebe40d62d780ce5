package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/shellword"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// probeFlags are probe's flags.
type probeFlags struct {
	json          bool
	port          int
	timeout       time.Duration
	from          string
	allowLoopback bool
}

func newProbeCmd(g *globals) *cobra.Command {
	var fl probeFlags
	cmd := &cobra.Command{
		Use: "probe [HOST]",
		Example: "  smtpconf probe mail.example.com\n  smtpconf probe smtp.example.com --port 2525 --json\n" +
			"  smtpconf probe --from noreply@example.com",
		Args: func(cmd *cobra.Command, args []string) error {
			err := cobra.MaximumNArgs(1)(cmd, args)
			if err != nil && fl.json {
				writeFailureJSON(cmd.OutOrStdout(), usageHelp(cmd, err), g.lang)
			}
			return err
		},
		Annotations: map[string]string{jsonFailuresAnnotation: "true"},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runProbe(cmd, g, &fl, args)
		},
	}
	cmd.Flags().BoolVar(&fl.json, "json", false, "")
	cmd.Flags().IntVar(&fl.port, "port", 0, "")
	cmd.Flags().DurationVar(&fl.timeout, "timeout", config.DefaultTimeout, "")
	cmd.Flags().StringVar(&fl.from, "from", "", "")
	cmd.Flags().BoolVar(&fl.allowLoopback, "allow-loopback", false, "")
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_probe_short", nil)
		cmd.Long = lang.T("help_probe_long", i18n.D{"Resolver": discover.EnvResolver})
		describeFlag(cmd, "json", lang.T("help_flag_probe_json", nil))
		describeFlag(cmd, "port", lang.T("help_flag_probe_port", nil))
		describeFlag(cmd, "timeout", lang.T("help_flag_probe_timeout", nil))
		describeFlag(cmd, "from", lang.T("help_flag_probe_from", nil))
		describeFlag(cmd, "allow-loopback", lang.T("help_flag_probe_allow_loopback", nil))
	})
	return cmd
}

// probeSetup is what probe works with once its arguments are checked.
type probeSetup struct {
	host     string // ASCII, without brackets; empty with --from
	resolver *net.Resolver
	timeout  time.Duration
	also     []int
}

func checkProbeArgs(g *globals, fl *probeFlags, args []string) (probeSetup, error) {
	var ps probeSetup
	switch {
	case len(args) == 1 && fl.from != "":
		return ps, usage(i18n.Errorf("cli_probe_host_and_from", nil))
	case len(args) == 0 && fl.from == "":
		return ps, hinted(exitUsage, i18n.Errorf("cli_probe_no_host", nil), g.lang.T("cli_probe_no_host_hint", nil))
	case fl.timeout < config.MinTimeout || fl.timeout > config.MaxTimeout:
		return ps, timeoutOutOfRange(fl.timeout, g.lang)
	case fl.port < 0 || fl.port > 65535:
		return ps, usage(i18n.Errorf("cli_probe_bad_port", i18n.D{"Port": fl.port}))
	case fl.port != 0 && fl.from != "":
		return ps, usage(i18n.Errorf("cli_probe_port_with_from", nil))
	}
	ps.timeout = fl.timeout
	if fl.port != 0 {
		ps.also = []int{fl.port}
	}
	if len(args) == 1 {
		host, err := discover.Host(args[0])
		if err != nil {
			return ps, usage(err)
		}
		ps.host = host
	} else if _, err := discover.Domain(fl.from); err != nil {
		return ps, usage(i18n.Wrap("cli_probe_from_invalid", nil, err))
	}
	r, err := discover.NewResolver(g.getenv(discover.EnvResolver))
	if err != nil {
		return ps, usage(err)
	}
	ps.resolver = r
	return ps, nil
}

func runProbe(cmd *cobra.Command, g *globals, fl *probeFlags, args []string) error {
	ps, err := checkProbeArgs(g, fl, args)
	if err != nil {
		if fl.json {
			writeFailureJSON(cmd.OutOrStdout(), withUsage(cmd, err), g.lang)
		}
		return err
	}
	if fl.from != "" {
		return runDiscovery(cmd, g, fl, ps)
	}
	out := cmd.OutOrStdout()
	if !fl.json {
		_, _ = fmt.Fprintln(out, g.lang.T("cli_probe_probing", i18n.D{"Host": ps.host, "Ports": portList(ps.also)}))
	}
	rep := mailer.ProbeWith(cmd.Context(), ps.host, mailer.ProbeOptions{Timeout: ps.timeout, Also: ps.also, Resolver: ps.resolver, Lang: g.lang})
	cancelled := errors.Is(cmd.Context().Err(), context.Canceled)
	if fl.json {
		if err := writeJSON(out, probeReportJSON(rep, cancelled, g.lang)); err != nil {
			return i18n.Wrap("cli_write_result_failed", nil, err)
		}
	} else {
		printProbeReport(out, g, rep)
		if cancelled {
			_, _ = fmt.Fprintln(out, g.lang.T("cli_cancelled", nil))
		}
	}
	if rep.Proposal == nil || cancelled {
		return reported(exitFailed)
	}
	return nil
}

// portList names the ports a probe tries, for its first line.
func portList(also []int) string {
	ports := []string{"465", "587", "25"}
	for _, p := range also {
		if p != config.PortSMTPS && p != config.PortSubmission && p != config.PortSMTP {
			ports = append(ports, fmt.Sprint(p))
		}
	}
	return strings.Join(ports, ", ")
}

// printProbeReport prints what each port answered and the proposal, every
// text that came from the server made safe to print.
func printProbeReport(w io.Writer, g *globals, rep *mailer.ProbeReport) {
	for _, pr := range rep.Ports {
		head := fmt.Sprintf("  %-5d %-5s", pr.Port, pr.Protocol)
		if pr.Greeting == "" {
			why := g.lang.T("cli_probe_no_answer", nil)
			if pr.Err != nil {
				why = i18n.Text(pr.Err, g.lang)
			}
			_, _ = fmt.Fprintf(w, "%s ✗ %s\n", head, termsafe.String(why))
			continue
		}
		_, _ = fmt.Fprintf(w, "%s ✓ %s\n", head, termsafe.String(pr.Greeting))
		for _, l := range portDetails(pr, g.lang) {
			_, _ = fmt.Fprintf(w, "              %s\n", l)
		}
	}
	if rep.Proposal == nil {
		_, _ = fmt.Fprintln(w, g.lang.T("cli_probe_nothing_usable", i18n.D{"Reason": termsafe.String(rep.Reason)}))
		return
	}
	_, _ = fmt.Fprintln(w, g.lang.T("cli_probe_proposed", i18n.D{"Reason": termsafe.String(rep.Reason)}))
	_, _ = fmt.Fprintf(w, "  %s\n", g.commandLine(append([]string{"set"}, quoteWords(setArgs(*rep.Proposal))...)...))
	if rep.Proposal.Auth != config.AuthNone && rep.Proposal.Username == "" {
		_, _ = fmt.Fprintln(w, "  "+g.lang.T("cli_probe_and_login", nil))
	}
}

// portDetails are the lines under a port that answered.
func portDetails(pr mailer.PortReport, l i18n.Lang) []string {
	var lines []string
	if pr.StartTLS {
		lines = append(lines, l.T("cli_probe_starttls_offered", nil))
	}
	if t := pr.TLS; t != nil {
		lines = append(lines, "TLS: "+t.Version+", "+t.CipherSuite)
		trust := l.T("cli_probe_trusted", nil)
		if !t.Verified {
			trust = l.T("cli_probe_not_trusted", nil)
			if pr.Err != nil {
				trust += ": " + i18n.Text(pr.Err, l)
			}
		}
		lines = append(lines, termsafe.String(l.T("cli_probe_certificate", i18n.D{"Subject": t.Subject, "Issuer": t.Issuer,
			"NotAfter": t.NotAfter.Format(time.DateOnly), "Names": strings.Join(t.DNSNames, " "), "Trust": trust})))
	} else if pr.Err != nil {
		lines = append(lines, termsafe.String(l.T("cli_line_error", i18n.D{"Text": i18n.Text(pr.Err, l)})))
	}
	if len(pr.Extensions) > 0 {
		lines = append(lines, "EHLO: "+termsafe.String(strings.Join(pr.Extensions, ", ")))
	}
	auth := "AUTH: " + mechanismText(pr.Mechanisms, l)
	if pr.Protocol == config.ProtocolSMTP && pr.TLS != nil {
		auth = l.T("cli_probe_auth_tls", i18n.D{"After": mechanismText(pr.Mechanisms, l), "Before": mechanismText(pr.MechanismsBeforeTLS, l)})
	}
	lines = append(lines, termsafe.String(auth))
	if pr.MaxSize > 0 {
		lines = append(lines, l.T("cli_probe_size", i18n.D{"Bytes": pr.MaxSize, "MiB": oneDecimal(float64(pr.MaxSize)/(1<<20), l)}))
	}
	return lines
}

// oneDecimal writes x with one decimal, with a decimal comma in German.
func oneDecimal(x float64, l i18n.Lang) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	if l == i18n.German {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func mechanismText(m []string, l i18n.Lang) string {
	if len(m) == 0 {
		return l.T("cli_probe_none_offered", nil)
	}
	return strings.Join(m, " ")
}

// setArgs are `smtpconf set` arguments for a proposal: with a sender, that
// too; with a username, the login, the password then read from stdin.
func setArgs(s config.Server) []string {
	args := []string{"use_default=false"}
	if s.Sender != "" {
		args = append(args, "sender="+s.Sender)
	}
	args = append(args, "host="+s.Host, fmt.Sprintf("port=%d", s.Port),
		"protocol="+string(s.Protocol), fmt.Sprintf("starttls=%t", s.StartTLS), "auth="+string(s.Auth))
	if s.Auth != config.AuthNone && s.Username != "" {
		args = append(args, "username="+s.Username, "password=-")
	}
	return args
}

func quoteWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = shellword.Quote(termsafe.String(w))
	}
	return out
}
