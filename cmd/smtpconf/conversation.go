package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// conversationFlags are the flags check and test share.
type conversationFlags struct {
	json       bool
	timeout    time.Duration
	to         string
	transcript bool
	// lang is the run's language, for the JSON a usage error prints
	// before the command runs.
	lang i18n.Lang
}

func (fl *conversationFlags) register(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&fl.json, "json", false, "")
	// No arguments. A stray one is cobra's usage error, after the flags are parsed;
	// flag errors themselves are answered by the root's flag error func.
	cmd.Args = func(cmd *cobra.Command, args []string) error {
		err := cobra.NoArgs(cmd, args)
		if err == nil {
			return nil
		}
		err = usageHelp(cmd, err)
		if fl.json {
			writeFailureJSON(cmd.OutOrStdout(), err, fl.lang)
		}
		return err
	}
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[jsonFailuresAnnotation] = "true"
	cmd.Flags().DurationVar(&fl.timeout, "timeout", 0, "")
	// Unset means the file's timeout, not zero: no "(0s)" in --help.
	cmd.Flags().Lookup("timeout").DefValue = "0"
	cmd.Flags().StringVar(&fl.to, "to", "", "")
	cmd.Flags().BoolVar(&fl.transcript, "transcript", false, "")
}

// describe writes the flags' usage in lang, --to's as the command words it.
func (fl *conversationFlags) describe(cmd *cobra.Command, lang i18n.Lang, toUsage string) {
	describeFlag(cmd, "json", lang.T("help_flag_steps_json", nil))
	describeFlag(cmd, "timeout", lang.T("help_flag_step_timeout", nil))
	describeFlag(cmd, "to", toUsage)
	describeFlag(cmd, "transcript", lang.T("help_flag_transcript", nil))
}

// jsonFailuresAnnotation marks a command whose --json answers usage
// errors in JSON too.
const jsonFailuresAnnotation = "github.com/smtpconf/smtpconf/json-failures"

// askedForJSON tells whether the command line asked cmd for --json, even
// when parsing stopped at a bad flag before reaching it.
func askedForJSON(cmd *cobra.Command, args []string) bool {
	if cmd.Annotations[jsonFailuresAnnotation] == "" {
		return false
	}
	if f := cmd.Flags().Lookup("json"); f != nil && f.Changed {
		return f.Value.String() == "true"
	}
	asked := false
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "--json" {
			asked = true
		} else if v, ok := strings.CutPrefix(a, "--json="); ok {
			asked, _ = strconv.ParseBool(v)
		}
	}
	return asked
}

// conversation is mailer.Check or mailer.SendTest.
type conversation func(ctx context.Context, s config.Server, rcpt string, opts mailer.Options) *mailer.Result

// talkToServer loads and validates the file (exit 3 before any network
// traffic), runs the conversation with live progress, and maps the outcome
// to 0 (ok) or 1 (failed, cancelled). With --json, stdout is one JSON
// object whatever happens: a failure before the conversation (exit 2 or 3)
// is {"ok": false, "error", "hint", ...} too, its text still on stderr.
func talkToServer(cmd *cobra.Command, g *globals, fl *conversationFlags, talk conversation, needRecipient bool) error {
	server, rcpt, problems, err := prepareConversation(cmd, g, fl, needRecipient)
	var resolver *net.Resolver
	if err == nil {
		// SMTPCONF_RESOLVER: the lookups go where probe's go (split horizon).
		if resolver, err = discover.NewResolver(g.getenv(discover.EnvResolver)); err != nil {
			err = usage(err)
		}
	}
	if err != nil {
		err = withUsage(cmd, err)
		if fl.json {
			writeFailureJSON(cmd.OutOrStdout(), err, g.lang)
		}
		return err
	}

	out := cmd.OutOrStdout()
	// The step titles, details and hints come from mailer in the run's language.
	opts := mailer.Options{Resolver: resolver, Lang: g.lang}
	// device_code's refresh token, kept beside the file by `smtpconf login`.
	path, _ := g.configPath()
	opts.OAuth2.TokenFile = config.TokenFilePath(path)
	if !fl.json {
		opts.Progress = newStepPrinter(out, g.getenv).print
	}
	// The dialogue is held until the conversation ends: written as it
	// happens, it would break up the step lines a terminal rewrites.
	var transcript syncBuffer
	if fl.transcript {
		opts.Transcript = &transcript
	}
	res := talk(cmd.Context(), server, rcpt, opts)
	cancelled := errors.Is(cmd.Context().Err(), context.Canceled)
	if fl.transcript {
		// On stderr, so that stdout stays the steps, or pure JSON.
		_, _ = io.WriteString(cmd.ErrOrStderr(), termsafe.Lines(string(transcript.Bytes())))
	}

	if fl.json {
		if err := writeResultJSON(out, res, cancelled, problems, g.lang); err != nil {
			return i18n.Wrap("cli_write_result_failed", nil, err)
		}
	} else {
		// stdout keeps the steps; why it failed goes to stderr, so that
		// `smtpconf check >/dev/null` still says it.
		printOutcome(cmd.ErrOrStderr(), res, cancelled, g.lang)
	}
	if res.OK {
		return nil
	}
	return reported(exitFailed)
}

// prepareConversation checks the flags, loads and validates the file and
// picks the recipient: everything that can fail before the network.
func prepareConversation(cmd *cobra.Command, g *globals, fl *conversationFlags, needRecipient bool) (config.Server, string, config.Problems, error) {
	if fl.timeout != 0 && (fl.timeout < config.MinTimeout || fl.timeout > config.MaxTimeout) {
		return config.Server{}, "", nil, timeoutOutOfRange(fl.timeout, g.lang)
	}
	// The file's addresses pass config's rule before they are used; --to
	// must too, or a CR/LF in it would reach RCPT TO on the wire.
	if fl.to != "" {
		if err := config.CheckAddress(fl.to); err != nil {
			// config's message already says what to write instead.
			return config.Server{}, "", nil, usage(i18n.Wrap("cli_to_invalid", nil, err))
		}
	}
	f, err := g.loadConfig(cmd)
	if err != nil {
		return config.Server{}, "", nil, err
	}
	errOut := cmd.ErrOrStderr()
	problems := f.Validate()
	if printProblems(errOut, f.Path, problems.Errors(), g.lang) {
		hint := g.lang.T("cli_fix_file_first", nil)
		_, _ = fmt.Fprintln(errOut, hint)
		return config.Server{}, "", nil, &exitError{code: exitConfig, err: i18n.Errorf("cli_file_invalid", i18n.D{"File": f.Path}), hint: hint,
			problems: problems, reported: true}
	}
	rcpt := fl.to
	if rcpt == "" {
		rcpt = f.Config.SMTP.TestRecipient
	}
	if rcpt == "" && needRecipient {
		return config.Server{}, "", nil, hinted(exitUsage, i18n.Errorf("cli_no_recipient", nil), g.lang.T("cli_no_recipient_hint", nil))
	}
	server := f.Config.Effective()
	if fl.timeout != 0 {
		server.Timeout = config.Duration{Duration: fl.timeout}
	}
	return server, rcpt, problems, nil
}

// syncBuffer collects the transcript; mailer writes it from the
// conversation, and a cancelled one may still be closing.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

// stepPrinter shows each step as it starts and ends. On a terminal the
// "running" line is rewritten in place when the step ends; elsewhere (logs,
// pipes) only finished steps are printed, one line each. Colours go
// through colorprofile, which drops them for NO_COLOR, TERM=dumb and
// anything not a terminal, and honours CLICOLOR and CLICOLOR_FORCE.
//
// The marks are rendered once, and not at all where no colour is shown:
// lipgloss's Render was 3% of a whole `smtpconf test` run into a pipe.
type stepPrinter struct {
	w   io.Writer
	tty bool
	// width is the terminal's, to wrap a step's line to; 0 into a pipe,
	// where each step stays one line for scripts.
	width                   int
	faint                   lipgloss.Style
	okMark, failed, skipped string
}

func newStepPrinter(w io.Writer, getenv func(string) string) *stepPrinter {
	f, isFile := w.(*os.File)
	tty := isFile && term.IsTerminal(f.Fd())
	var environ []string
	for _, k := range []string{"TERM", "COLORTERM", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE"} {
		if v := getenv(k); v != "" {
			environ = append(environ, k+"="+v)
		}
	}
	cw := colorprofile.NewWriter(w, environ)
	p := &stepPrinter{w: cw, tty: tty, width: terminalWidth(w), faint: lipgloss.NewStyle().Faint(true),
		okMark: "✓", failed: "✗", skipped: "-"}
	if cw.Profile > colorprofile.NoTTY {
		p.okMark = lipgloss.NewStyle().Foreground(lipgloss.Green).Render(p.okMark)
		p.failed = lipgloss.NewStyle().Foreground(lipgloss.Red).Render(p.failed)
		p.skipped = p.faint.Render(p.skipped)
	}
	return p
}

func (p *stepPrinter) print(s mailer.Step) {
	switch s.Status {
	case mailer.StatusRunning:
		if p.tty {
			running := "… " + termsafe.String(s.Title)
			if p.width > 1 {
				// One row, so that the carriage return below reaches its start.
				running = ansi.Truncate(running, p.width-1, "…")
			}
			_, _ = fmt.Fprint(p.w, p.faint.Render(running))
		}
		return
	case mailer.StatusOK, mailer.StatusFailed, mailer.StatusSkipped:
	}
	mark := p.okMark
	switch s.Status {
	case mailer.StatusFailed:
		mark = p.failed
	case mailer.StatusSkipped:
		mark = p.skipped
	case mailer.StatusOK, mailer.StatusRunning:
	}
	// Titles name the settings; details quote the server. Both are
	// outside text between this printer's own escape sequences.
	text := termsafe.String(s.Title) + "  " + mailer.ShortDuration(s.Duration)
	if s.Detail != "" {
		text += "  " + termsafe.String(s.Detail)
	}
	if p.width > 2 {
		// Wrapped between words (and a fingerprint after its colons),
		// hanging under the title, rather than cut by the terminal's
		// edge mid-word ("SIZE, P" / "IPELINING").
		text = strings.ReplaceAll(wrapProse(text, p.width-2, ""), "\n", "\n  ")
	}
	line := mark + " " + text
	if p.tty {
		line = "\r" + ansi.EraseEntireLine + line // over the running line
	}
	_, _ = fmt.Fprintln(p.w, line)
}

// printOutcome ends the text report: the error and what to do about it,
// as "error:"/"hint:" lines ("Fehler:"/"Hinweis:" in German).
func printOutcome(w io.Writer, res *mailer.Result, cancelled bool, l i18n.Lang) {
	for _, warning := range res.Warnings {
		printMessage(w, l.T("cli_line_warning", i18n.D{"Text": termsafe.String(warning)}))
	}
	switch {
	case res.OK:
		return
	case cancelled:
		_, _ = fmt.Fprintln(w, l.T("cli_cancelled", nil))
		return
	}
	message, hint := res.FailureIn(l)
	if message != "" {
		printMessage(w, l.T("cli_line_error", i18n.D{"Text": termsafe.String(message)}))
	}
	if res.TLS != nil && !res.TLS.Verified {
		for _, line := range res.TLS.CertificateLinesIn(l) {
			printMessage(w, l.T("cli_line_certificate", i18n.D{"Text": termsafe.String(line)}))
		}
	}
	if hint != "" {
		printMessage(w, l.T("cli_line_hint", i18n.D{"Text": termsafe.String(hint)}))
	}
}

// timeoutOutOfRange refuses a --timeout outside config's limits.
func timeoutOutOfRange(d time.Duration, l i18n.Lang) error {
	return hinted(exitUsage, i18n.Errorf("cli_timeout_out_of_range", i18n.D{"Timeout": d.String()}),
		l.T("cli_timeout_range_hint", i18n.D{"Min": config.MinTimeout.String(), "Max": config.MaxTimeout.String()}))
}
