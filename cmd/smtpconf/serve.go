package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/serve"
)

// serveFlags are `smtpconf serve`'s own flags; --config is global.
type serveFlags struct {
	listen         string
	hostKey        string
	authorizedKeys string
	idleTimeout    time.Duration
	grace          time.Duration
}

func newServeCmd(g *globals) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use: "serve",
		Example: "  smtpconf serve \\\n" +
			"    --host-key /var/lib/smtpconf/ssh_host_ed25519_key \\\n" +
			"    --authorized-keys /etc/smtpconf/authorized_keys\n" +
			"  ssh -t -p 2222 admin@127.0.0.1",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd.Context(), cmd.OutOrStdout(), g, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", serve.DefaultListen, "")
	fl.StringVar(&f.hostKey, "host-key", "", "")
	fl.StringVar(&f.authorizedKeys, "authorized-keys", "", "")
	fl.DurationVar(&f.idleTimeout, "idle-timeout", serve.DefaultIdleTimeout, "")
	fl.DurationVar(&f.grace, "grace", serve.DefaultGrace, "")
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_serve_short", nil)
		cmd.Long = lang.T("help_serve_long", nil)
		describeFlag(cmd, "listen", lang.T("help_flag_serve_listen", nil))
		describeFlag(cmd, "host-key", lang.T("help_flag_serve_host_key", nil))
		describeFlag(cmd, "authorized-keys", lang.T("help_flag_serve_authorized_keys", nil))
		describeFlag(cmd, "idle-timeout", lang.T("help_flag_serve_idle_timeout", nil))
		describeFlag(cmd, "grace", lang.T("help_flag_serve_grace", nil))
	})
	return cmd
}

func runServe(ctx context.Context, stdout io.Writer, g *globals, f serveFlags) error {
	switch {
	case runtime.GOOS == "windows":
		return hinted(exitUsage, i18n.Errorf("cli_serve_unix_only", nil), g.lang.T("cli_serve_unix_only_hint", nil))
	case f.hostKey == "":
		return usage(i18n.Errorf("cli_serve_host_key_required", nil))
	case f.authorizedKeys == "":
		return usage(i18n.Errorf("cli_serve_authorized_keys_required", nil))
	case f.idleTimeout < 0:
		return usage(i18n.Errorf("cli_serve_idle_timeout_negative", nil))
	case f.grace <= 0:
		return usage(i18n.Errorf("cli_serve_grace_not_positive", nil))
	}
	idle := f.idleTimeout
	if idle == 0 {
		idle = -1 // the library's "never"
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	path, _ := g.configPath()
	discovery, err := discoveryOptions(g)
	if err != nil {
		return err
	}
	srv, err := serve.New(serve.Options{
		Discovery:          discovery,
		HostKeyPath:        f.hostKey,
		AuthorizedKeysPath: f.authorizedKeys,
		ConfigPath:         path,
		IdleTimeout:        idle,
		Grace:              f.grace,
		Log:                log,
		Lang:               g.lang,
	})
	if err != nil {
		return err
	}
	if srv.HostKeyGenerated() {
		log.Info("host key created", "path", f.hostKey)
	}
	// On stdout too, on its own line, so that an admin can copy it.
	// For the admins to compare with what ssh shows them; the log line
	// "listening" carries it for machines.
	_, _ = fmt.Fprintln(stdout, g.lang.T("cli_serve_fingerprint", i18n.D{"Fingerprint": srv.HostKeyFingerprint()}))
	ln, err := net.Listen("tcp", f.listen)
	if err != nil {
		return i18n.Wrap("cli_serve_listen_failed", nil, err)
	}
	if ip, ok := ln.Addr().(*net.TCPAddr); ok && !ip.IP.IsLoopback() {
		log.Warn("listening beyond loopback: make sure only admins can reach this port", "addr", ln.Addr().String())
	}
	// SIGINT/SIGTERM cancel ctx; Serve then shuts down gracefully, which
	// for a service is success (exit 0), as systemd expects of a stop.
	if err := srv.Serve(ctx, ln); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	g.signalIsStop = true
	return nil
}
