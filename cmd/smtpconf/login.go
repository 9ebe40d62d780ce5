package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/charmbracelet/x/ansi"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/qrtext"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/oauth"
)

func newLoginCmd(g *globals) *cobra.Command {
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:     "login",
		Short:   g.lang.T("help_login_short", nil),
		Long:    g.lang.T("help_login_long", nil),
		Example: "  smtpconf login\n  smtpconf login && smtpconf check",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return login(cmd, g, timeout)
		},
	}
	cmd.Flags().DurationVar(&timeout, "timeout", 0, g.lang.T("help_flag_login_timeout", nil))
	// Unset means the file's timeout, not zero: no "(0s)" in --help.
	cmd.Flags().Lookup("timeout").DefValue = "0"
	return cmd
}

func login(cmd *cobra.Command, g *globals, timeout time.Duration) error {
	if timeout != 0 && (timeout < config.MinTimeout || timeout > config.MaxTimeout) {
		return hinted(exitUsage, fmt.Errorf("--timeout %s is out of range", timeout),
			fmt.Sprintf("give a value from %s to %s", config.MinTimeout, config.MaxTimeout))
	}
	f, err := g.loadConfig(cmd)
	if err != nil {
		return err
	}
	errOut, out := cmd.ErrOrStderr(), cmd.OutOrStdout()
	if problems := f.Validate(); printProblems(errOut, f.Path, problems.Errors()) {
		return &exitError{code: exitConfig, err: fmt.Errorf("%s is not valid", f.Path),
			hint: "fix the file first: `smtpconf validate` lists the problems", reported: true}
	}
	s := f.Config.Effective()
	if timeout != 0 {
		s.Timeout = config.Duration{Duration: timeout}
	}
	if !s.UsesOAuth2() || s.OAuth2Flow != config.FlowDeviceCode {
		return hinted(exitConfig, errors.New("nothing to sign in to: these settings do not use oauth2_flow = \"device_code\""),
			"login is for a delegated sign-in; client_credentials, refresh_token and service_account need none (`smtpconf check` tries them)")
	}
	tokenFile := config.TokenFilePath(f.Path)
	src, _, err := mailer.NewTokenSource(cmd.Context(), s, mailer.Options{OAuth2: oauth.Options{TokenFile: tokenFile}})
	if err != nil {
		return hinted(exitConfig, err, "fix the client secret's setting as the message says")
	}
	countdown := newCountdown(out)
	err = src.Login(cmd.Context(), func(dc oauth.DeviceCode) {
		showDeviceCode(out, dc, s.Username)
		countdown.start(dc.Expiry)
	})
	countdown.stop()
	switch {
	case err == nil:
		_, _ = fmt.Fprintf(out, "Signed in for %s. The refresh token is kept in %s (mode 0600); check, test and the mailer use it from now on.\n",
			s.Username, tokenFile)
		return nil
	case errors.Is(cmd.Context().Err(), context.Canceled):
		_, _ = fmt.Fprintln(out, "cancelled: nothing was saved")
		return reported(exitFailed)
	}
	_, hint := mailer.TokenHint(err, s)
	return hinted(exitFailed, err, hint)
}

// showDeviceCode tells the admin where to go and what to type; the
// provider's address and code are made safe to print first.
func showDeviceCode(w io.Writer, dc oauth.DeviceCode, mailbox string) {
	url, code := termsafe.String(dc.VerificationURL), termsafe.String(dc.UserCode)
	_, _ = fmt.Fprintf(w, "To sign in, open %s on any device and enter the code %s\n", url, code)
	_, _ = fmt.Fprintf(w, "Sign in as %s; smtpconf asks the provider every %s whether you are done.\n", termsafe.String(mailbox), dc.Interval)
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
	done chan struct{}
	end  chan struct{}
}

func newCountdown(w io.Writer) *countdown {
	f, ok := w.(*os.File)
	return &countdown{w: w, tty: ok && term.IsTerminal(f.Fd())}
}

// clearLine returns to the start of the line and erases it, so the
// countdown rewrites itself in place.
const clearLine = "\r" + ansi.EraseEntireLine

func (c *countdown) start(expiry time.Time) {
	if expiry.IsZero() {
		return
	}
	if !c.tty {
		_, _ = fmt.Fprintf(c.w, "The code expires at %s (in %s).\n", expiry.Format("15:04:05"), time.Until(expiry).Round(time.Second))
		return
	}
	c.done, c.end = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(c.end)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			left := max(time.Until(expiry).Round(time.Second), 0)
			_, _ = fmt.Fprintf(c.w, "%sWaiting for the sign-in… the code expires in %s (Ctrl+C cancels)", clearLine, left)
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
