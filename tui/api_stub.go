// Package tui is smtpconf's interactive configurator: a bubbletea program
// around huh forms that edits a config file and runs the mailer's checks.
package tui

// This file pins the package's API so that the command line and the SSH
// server can be written against it while the UI is being built. The tui work
// replaces it (and deletes this file) with the real implementation.

import (
	"context"
	"errors"
	"io"

	tea "charm.land/bubbletea/v2"

	"smtpconf/config"
)

// ErrNoTerminal is returned by Run when there is no terminal to draw on.
var ErrNoTerminal = errors.New("no terminal")

// Demo describes the built-in loopback server `smtpconf demo` runs, so the
// screens can show its address and credentials.
type Demo struct {
	Addr     string
	Username string
	Password string
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
}

// New builds the root model for one session, loading opts.Path. The SSH
// server runs one per connection; Run wraps it in a program.
func New(opts Options) (tea.Model, error) { return nil, errors.New("not implemented") }

// Run runs the configurator until the admin quits.
func Run(ctx context.Context, opts Options) error { return errors.New("not implemented") }

var _ = config.Default
