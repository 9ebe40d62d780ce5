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
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// ErrNoTerminal is returned by Run when there is no terminal to draw on.
var ErrNoTerminal = errors.New("no terminal")

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
	return newModel(ctx, opts), nil
}

// Run runs the configurator until the admin quits.
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
	m := newModel(ctx, opts)
	defer m.cancel() // stop a test or probe still talking to a server
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out))
	final, err := p.Run()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("configurator: %w", err)
	}
	if fm, ok := final.(*model); ok && fm.fatal != nil {
		return fm.fatal
	}
	return nil
}

// isTerminal tells whether r or w is a terminal (a file with a tty behind it).
func isTerminal(f any) bool {
	fd, ok := f.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(fd.Fd())
}
