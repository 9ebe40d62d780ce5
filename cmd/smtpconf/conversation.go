package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"smtpconf/config"
	"smtpconf/mailer"
)

// conversationFlags are the flags check and test share.
type conversationFlags struct {
	json    bool
	timeout time.Duration
	to      string
}

func (fl *conversationFlags) register(cmd *cobra.Command, toUsage string) {
	cmd.Flags().BoolVar(&fl.json, "json", false, "print the result as one JSON object instead of the steps")
	cmd.Flags().DurationVar(&fl.timeout, "timeout", 0, "limit for each network step, overriding the file's timeout (1s to 5m)")
	cmd.Flags().StringVar(&fl.to, "to", "", toUsage)
}

// conversation is mailer.Check or mailer.SendTest.
type conversation func(ctx context.Context, s config.Server, rcpt string, opts mailer.Options) *mailer.Result

// talkToServer loads and validates the file (exit 3 before any network
// traffic), runs the conversation with live progress, and maps the outcome
// to 0 (ok) or 1 (failed, cancelled).
func talkToServer(cmd *cobra.Command, g *globals, fl *conversationFlags, talk conversation, needRecipient bool) error {
	if fl.timeout != 0 && (fl.timeout < config.MinTimeout || fl.timeout > config.MaxTimeout) {
		return usageErrorf("--timeout %s is out of range: give a value from %s to %s", fl.timeout, config.MinTimeout, config.MaxTimeout)
	}
	// The file's addresses pass config's rule before they are used; --to
	// must too, or a CR/LF in it would reach RCPT TO on the wire.
	if fl.to != "" {
		if err := config.CheckAddress(fl.to); err != nil {
			return usageErrorf("--to: %w", err)
		}
	}
	f, err := g.loadConfig(cmd)
	if err != nil {
		return err
	}
	errOut := cmd.ErrOrStderr()
	if printProblems(errOut, f.Path, f.Validate().Errors()) {
		_, _ = fmt.Fprintln(errOut, "fix the file first: `smtpconf validate` lists the problems, `smtpconf set` or `smtpconf configure` changes them")
		return reported(exitConfig)
	}
	rcpt := fl.to
	if rcpt == "" {
		rcpt = f.Config.SMTP.TestRecipient
	}
	if rcpt == "" && needRecipient {
		return usageErrorf("no recipient: pass --to ADDRESS or set one with `smtpconf set test_recipient=ADDRESS`")
	}
	server := f.Config.Effective()
	if fl.timeout != 0 {
		server.Timeout = config.Duration{Duration: fl.timeout}
	}

	out := cmd.OutOrStdout()
	var opts mailer.Options
	if !fl.json {
		opts.Progress = newStepPrinter(out, g.getenv).print
	}
	res := talk(cmd.Context(), server, rcpt, opts)
	cancelled := errors.Is(cmd.Context().Err(), context.Canceled)

	if fl.json {
		if err := writeResultJSON(out, res, cancelled); err != nil {
			return fmt.Errorf("writing the result: %w", err)
		}
	} else {
		printOutcome(out, res, cancelled)
	}
	if res.OK {
		return nil
	}
	return reported(exitFailed)
}

// stepPrinter shows each step as it starts and ends. On a terminal the
// "running" line is rewritten in place when the step ends; elsewhere (logs,
// pipes) only finished steps are printed, one line each.
type stepPrinter struct {
	w      io.Writer
	tty    bool
	colour bool // NO_COLOR (no-color.org) keeps the rewriting, drops the colours
}

func newStepPrinter(w io.Writer, getenv func(string) string) *stepPrinter {
	f, ok := w.(*os.File)
	tty := ok && term.IsTerminal(f.Fd())
	return &stepPrinter{w: w, tty: tty, colour: tty && getenv("NO_COLOR") == ""}
}

// paint colours s when colours are wanted.
func (p *stepPrinter) paint(colour, s string) string {
	if !p.colour {
		return s
	}
	return colour + s + ansiReset
}

const (
	ansiClearLine = "\r\x1b[2K"
	ansiGreen     = "\x1b[32m"
	ansiRed       = "\x1b[31m"
	ansiDim       = "\x1b[2m"
	ansiReset     = "\x1b[0m"
)

func (p *stepPrinter) print(s mailer.Step) {
	switch s.Status {
	case mailer.StatusRunning:
		if p.tty {
			_, _ = fmt.Fprint(p.w, p.paint(ansiDim, "… "+s.Title))
		}
		return
	case mailer.StatusOK, mailer.StatusFailed, mailer.StatusSkipped:
	}
	mark, colour := "✓", ansiGreen
	switch s.Status {
	case mailer.StatusFailed:
		mark, colour = "✗", ansiRed
	case mailer.StatusSkipped:
		mark, colour = "-", ansiDim
	case mailer.StatusOK, mailer.StatusRunning:
	}
	line := fmt.Sprintf("%s %s  %s", p.paint(colour, mark), s.Title, formatDuration(s.Duration))
	if s.Detail != "" {
		line += "  " + s.Detail
	}
	if p.tty {
		line = ansiClearLine + line
	}
	_, _ = fmt.Fprintln(p.w, line)
}

// formatDuration keeps step times short: 12ms, 1.2s.
func formatDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%dµs", d.Microseconds())
	case d < time.Second:
		return fmt.Sprintf("%dms", d.Milliseconds())
	default:
		return fmt.Sprintf("%.1fs", d.Seconds())
	}
}

// printOutcome ends the text report: the error and what to do about it.
func printOutcome(w io.Writer, res *mailer.Result, cancelled bool) {
	for _, warning := range res.Warnings {
		_, _ = fmt.Fprintf(w, "warning: %s\n", warning)
	}
	switch {
	case res.OK:
		return
	case cancelled:
		_, _ = fmt.Fprintln(w, "cancelled")
		return
	}
	message, hint := mailer.Explain(res.Err)
	if res.Hint != "" {
		hint = res.Hint
	}
	if message != "" {
		_, _ = fmt.Fprintf(w, "error: %s\n", message)
	}
	if hint != "" {
		_, _ = fmt.Fprintf(w, "hint: %s\n", hint)
	}
}
