package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/qrtext"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/oauth"
)

func newLoginCmd(g *globals) *cobra.Command {
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:     "login",
		Example: "  smtpconf login\n  smtpconf login && smtpconf check",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return login(cmd, g, timeout)
		},
	}
	cmd.Flags().DurationVar(&timeout, "timeout", 0, "")
	// Unset means the file's timeout, not zero: no "(0s)" in --help.
	cmd.Flags().Lookup("timeout").DefValue = "0"
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_login_short", nil)
		cmd.Long = lang.T("help_login_long", nil)
		describeFlag(cmd, "timeout", lang.T("help_flag_login_timeout", nil))
	})
	return cmd
}

func login(cmd *cobra.Command, g *globals, timeout time.Duration) error {
	if timeout != 0 && (timeout < config.MinTimeout || timeout > config.MaxTimeout) {
		return timeoutOutOfRange(timeout, g.lang)
	}
	f, err := g.loadConfig(cmd)
	if err != nil {
		return err
	}
	errOut, out := cmd.ErrOrStderr(), cmd.OutOrStdout()
	if problems := f.Validate(); printProblems(errOut, f.Path, problems.Errors(), g.lang) {
		return &exitError{code: exitConfig, err: i18n.Errorf("cli_file_invalid", i18n.D{"File": f.Path}),
			hint: g.lang.T("cli_fix_file_first_short", nil), reported: true}
	}
	s := f.Config.Effective()
	if timeout != 0 {
		s.Timeout = config.Duration{Duration: timeout}
	}
	if !s.UsesOAuth2() || s.OAuth2Flow != config.FlowDeviceCode {
		return hinted(exitConfig, i18n.Errorf("cli_login_not_device_code", nil), g.lang.T("cli_login_not_device_code_hint", nil))
	}
	tokenFile := config.TokenFilePath(f.Path)
	src, _, err := mailer.NewTokenSource(cmd.Context(), s, mailer.Options{OAuth2: oauth.Options{TokenFile: tokenFile}, Lang: g.lang})
	if err != nil {
		return hinted(exitConfig, err, g.lang.T("cli_login_client_secret_hint", nil))
	}
	countdown := newCountdown(out, g.lang)
	err = src.Login(cmd.Context(), func(dc oauth.DeviceCode) {
		showDeviceCode(out, dc, s.Username, g.lang)
		countdown.start(dc.Expiry)
	})
	countdown.stop()
	switch {
	case err == nil:
		printMessage(out, termsafe.String(g.lang.T("cli_login_signed_in", i18n.D{"Mailbox": s.Username, "File": tokenFile})))
		return nil
	case errors.Is(cmd.Context().Err(), context.Canceled):
		_, _ = fmt.Fprintln(out, g.lang.T("cli_login_cancelled", nil))
		return reported(exitFailed)
	}
	_, hint := mailer.TokenHintIn(err, s, g.lang)
	return hinted(exitFailed, err, hint)
}

// showDeviceCode tells the admin where to go and what to type; the
// provider's address and code are made safe to print first.
func showDeviceCode(w io.Writer, dc oauth.DeviceCode, mailbox string, l i18n.Lang) {
	url, code := termsafe.String(dc.VerificationURL), termsafe.String(dc.UserCode)
	// Wrapped between words to the terminal (80 columns elsewhere): the
	// German sentences run past 80, and the terminal would split a word.
	width := terminalWidth(w)
	if width == 0 {
		width = proseWidth
	}
	_, _ = fmt.Fprintln(w, wrapProse(l.T("cli_login_open", i18n.D{"URL": url, "Code": code}), width, ""))
	_, _ = fmt.Fprintln(w, wrapProse(l.T("cli_login_sign_in_as", i18n.D{"Mailbox": termsafe.String(mailbox), "Interval": dc.Interval.String()}), width, ""))
	qrTarget := dc.CompleteURL
	if qrTarget == "" {
		qrTarget = dc.VerificationURL
	}
	if qr := qrFor(w, qrTarget); qr != "" {
		_, _ = fmt.Fprint(w, qr)
	}
}

// qrFor draws a QR code of the address when w is a terminal large enough
// to show it whole, with the lines around it; otherwise nothing.
func qrFor(w io.Writer, target string) string {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return ""
	}
	width, height, err := term.GetSize(f.Fd())
	if err != nil {
		return ""
	}
	if art := qrtext.Fitting(target, width, height-6); art != "" {
		return art + "\n"
	}
	return ""
}

// countdown shows how long the code stays valid: rewritten in place each
// second on a terminal, said once elsewhere (logs, pipes).
type countdown struct {
	w    io.Writer
	tty  bool
	lang i18n.Lang
	done chan struct{}
	end  chan struct{}
}

func newCountdown(w io.Writer, l i18n.Lang) *countdown {
	f, ok := w.(*os.File)
	return &countdown{w: w, tty: ok && term.IsTerminal(f.Fd()), lang: l}
}

// clearLine returns to the start of the line and erases it, so the
// countdown rewrites itself in place.
const clearLine = "\r" + ansi.EraseEntireLine

func (c *countdown) start(expiry time.Time) {
	if expiry.IsZero() {
		return
	}
	if !c.tty {
		_, _ = fmt.Fprintln(c.w, c.lang.T("cli_login_expires_at", i18n.D{"Time": expiry.Format("15:04:05"), "Left": time.Until(expiry).Round(time.Second).String()}))
		return
	}
	c.done, c.end = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(c.end)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			left := max(time.Until(expiry).Round(time.Second), 0)
			_, _ = fmt.Fprint(c.w, clearLine+c.lang.T("cli_login_waiting", i18n.D{"Left": left.String()}))
			select {
			case <-c.done:
				_, _ = fmt.Fprint(c.w, clearLine)
				return
			case <-tick.C:
			}
		}
	}()
}

func (c *countdown) stop() {
	if c.done != nil {
		close(c.done)
		<-c.end
	}
}
