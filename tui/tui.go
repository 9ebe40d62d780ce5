// Package tui is smtpconf's interactive configurator: a bubbletea program
// that edits a config file and runs the mailer's checks. It holds no rules
// of its own: validation comes from config, network steps and their wording
// from mailer.
package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/oauth"
)

// ErrNoTerminal is returned by Run when there is no terminal to draw on.
var ErrNoTerminal error = i18n.Errorf("tuiscreen_no_terminal", nil)

// Demo describes the built-in loopback server `smtpconf demo` runs, so the
// screens can show its address and credentials.
type Demo struct {
	Addr     string
	Username string
	Password string
	// CAFile is the demo server's CA, for an admin who types the demo
	// server in as their own (it is trusted only through tls_ca_file).
	CAFile string
}

// Options configure one configurator session.
type Options struct {
	// Path is the config file edited; it need not exist yet (first-time setup).
	Path string
	// Accessible runs the same flow as plain prompts (screen readers, dumb terminals).
	Accessible bool
	// Demo is set by `smtpconf demo`.
	Demo *Demo
	// Input and Output default to the process's terminal.
	Input  io.Reader
	Output io.Writer
	// OnSave is called after every successful save with the keys that changed
	// (never their values): the SSH server writes its audit line from it.
	OnSave func(path string, changedKeys []string)
	// BeforeSave, when set, is asked before every save; an error refuses
	// the save and is shown. The SSH server checks there that the admin's
	// key is still authorised.
	BeforeSave func() error
	// OnTest is called after every test e-mail (check false) or connection
	// check (check true) that ran to its end, with the recipient and the
	// result: the SSH server writes its audit line from it.
	OnTest func(check bool, recipient string, result *mailer.Result)
	// TestRecipient, when set, is where this session's test e-mails go
	// unless the admin types another address: over SSH, the address of
	// the admin logged in. It is not a change to the file.
	TestRecipient string
	// OAuth2 is how OAuth 2.0 tokens are fetched (the token file is always
	// the one beside Path): the zero value reaches the real providers;
	// tests give their authorization server's HTTP client and authority.
	OAuth2 oauth.Options
	// Discovery is how the first-time setup and Detect find the server
	// from the sender address.
	Discovery Discovery
	// Lang is the language of every screen and prompt; the zero value is
	// English. The CLI sets it from --lang and the locale, serve from the
	// LANG the SSH client sent.
	Lang i18n.Lang
}

// Discovery tunes the lookups behind "find my server from the sender
// address" (package discover).
type Discovery struct {
	// Resolver answers every lookup; nil: the system's. The CLI and serve
	// set it from SMTPCONF_RESOLVER (discover.NewResolver).
	Resolver *net.Resolver
	// AllowLoopback lets a record name a server on this machine, such as
	// the demo's; otherwise such a candidate is refused, not probed.
	AllowLoopback bool
}

// New builds the root model for one session, loading opts.Path. The SSH
// server runs one per connection; Run wraps it in a program. New never
// touches a terminal: size, colours and background arrive as messages.
//
// Everything the model starts (a test e-mail, a connection check, Detect)
// runs under ctx: cancelling it ends that work at once and closes its
// connections. The caller cancels ctx when the session ends, whatever
// ends it (the admin quitting, a dropped connection, a server shutdown).
func New(ctx context.Context, opts Options) (tea.Model, error) {
	return newModel(ctx, opts, mailerCalls()), nil
}

// StoppedError is Run's error when its context ended the session before
// the admin did (SIGTERM, or Ctrl+C at the prompts, when the caller turns
// signals into a cancelled context): Cause is the context's cause, and
// Discarded names (by their labels) the unsaved changes thrown away.
type StoppedError struct {
	Cause     error
	Discarded []string
}

func (e *StoppedError) Error() string { return e.In(i18n.English) }

// In is the error's text in language l (i18n.Text uses it): the cause in
// l as far as it says how it reads there, and the changes thrown away.
func (e *StoppedError) In(l i18n.Lang) string {
	// The CLI's causes say "stopped by SIGTERM"; others are put so.
	what := i18n.Text(e.Cause, l)
	if e.Cause == nil {
		what = fmt.Sprint(e.Cause)
	}
	if !strings.HasPrefix(fmt.Sprint(e.Cause), "stopped") {
		what = l.T("tuiscreen_stopped_because", i18n.D{"Cause": what})
	}
	if len(e.Discarded) == 0 {
		return l.T("tuiscreen_stopped_clean", i18n.D{"Stopped": what})
	}
	return l.T("tuiscreen_stopped_discarded", i18n.D{"Stopped": what, "Labels": listAnd(l, e.Discarded)})
}

func (e *StoppedError) Unwrap() error { return e.Cause }

// stopMsg ends the program because its context ended.
type stopMsg struct{ cause error }

// Run runs the configurator until the admin quits, or ctx ends (then it
// returns a *StoppedError). opts.Accessible asks plain prompts instead of
// the form, as does a terminal that cannot draw one (TERM=dumb); without
// a terminal only the prompts run, and Run returns ErrNoTerminal
// otherwise.
func Run(ctx context.Context, opts Options) error {
	in, out := opts.Input, opts.Output
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	if opts.Accessible {
		return runAccessible(ctx, opts, in, out)
	}
	if !isTerminal(in) || !isTerminal(out) {
		return ErrNoTerminal
	}
	if os.Getenv("TERM") == "dumb" {
		// A dumb terminal has no cursor addressing and no alternate
		// screen: the form would be garbage there, the prompts are what
		// it can show.
		return runAccessible(ctx, opts, in, out)
	}
	m := newModel(ctx, opts, mailerCalls())
	defer m.cancel() // stop a test or probe still talking to a server
	// Signals are the caller's to turn into ctx's end (fang does, as the
	// CLI asks): bubbletea's own handler would quit on SIGTERM without a
	// word, losing the unsaved changes silently.
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(out), tea.WithoutSignalHandler())
	stop := context.AfterFunc(ctx, func() { p.Send(stopMsg{cause: context.Cause(ctx)}) })
	defer stop()
	final, err := p.Run()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return i18n.Wrap("tuiscreen_program_failed", nil, err)
	}
	fm, _ := final.(*model)
	switch {
	case fm == nil:
		return nil
	case fm.fatal != nil:
		return fm.fatal
	case fm.stoppedBy.cause != nil:
		return &StoppedError{Cause: fm.stoppedBy.cause, Discarded: fm.discarded}
	}
	return nil
}

// isTerminal tells whether r or w is a terminal (a file with a tty behind it).
func isTerminal(f any) bool {
	fd, ok := f.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(fd.Fd())
}
