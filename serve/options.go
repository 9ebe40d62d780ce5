package serve

import (
	"context"
	"log/slog"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/tui"
)

// Defaults for the flags of `smtpconf serve`.
const (
	DefaultListen      = "127.0.0.1:2222"
	DefaultIdleTimeout = 15 * time.Minute
	DefaultGrace       = 30 * time.Second
)

// setupTimeout is how long a connection may take to log in and open its
// session: a client that connects and says nothing must not hold a
// connection for the idle timeout.
const setupTimeout = 30 * time.Second

// Options configure a Server.
type Options struct {
	// HostKeyPath is the server's private key; created (ed25519) on first start.
	HostKeyPath string
	// AuthorizedKeysPath lists the admins' public keys, OpenSSH format.
	AuthorizedKeysPath string
	// ConfigPath is the config file every session edits.
	ConfigPath string
	// IdleTimeout ends a session without input for this long; 0 means
	// DefaultIdleTimeout, a negative value never.
	IdleTimeout time.Duration
	// Grace is how long Serve lets sessions finish once its context ends;
	// 0 means DefaultGrace.
	Grace time.Duration
	// Log receives connections, refusals and the audit lines of saves;
	// nil discards them.
	Log *slog.Logger
	// NewModel builds one session's model; nil means tui.New. Tests of the
	// SSH plumbing inject a small model here. ctx ends with the session:
	// everything the model starts must end with it.
	NewModel func(ctx context.Context, opts tui.Options) (tea.Model, error)
	// Discovery is how the sessions' first-time setup and Detect find a
	// server from the sender address: the resolver SMTPCONF_RESOLVER
	// names, and whether a server on this machine may be proposed.
	Discovery tui.Discovery
	// Lang is the server's own language (the CLI's, from --lang or its
	// locale): a session whose client sent no LANG or LC_* is spoken to in
	// it, and so is a client refused before it has a session.
	Lang i18n.Lang
}

func (o Options) withDefaults() (Options, error) {
	if o.HostKeyPath == "" {
		return o, i18n.Errorf("serve_err_no_host_key_path", nil)
	}
	if o.AuthorizedKeysPath == "" {
		return o, i18n.Errorf("serve_err_no_authorized_keys_path", nil)
	}
	if o.ConfigPath == "" {
		return o, i18n.Errorf("serve_err_no_config_path", nil)
	}
	if o.IdleTimeout == 0 {
		o.IdleTimeout = DefaultIdleTimeout
	}
	if o.Grace <= 0 {
		o.Grace = DefaultGrace
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.NewModel == nil {
		o.NewModel = tui.New
	}
	return o, nil
}
