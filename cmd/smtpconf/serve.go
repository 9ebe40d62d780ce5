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
		Use:   "serve",
		Short: "The form over SSH, public keys only",
		Long: "Run an SSH server that gives each admin listed in --authorized-keys the settings form, and nothing else:\n" +
			"no shell, no commands, no port or agent forwarding, no sftp. Public-key authentication only;\n" +
			"the authorized_keys file is re-read when it changes. The host key is created on first start\n" +
			"and its fingerprint logged, for admins to compare with what ssh shows them.\n" +
			"Every save is logged on stderr with the admin's key and the keys that changed (never values).\n" +
			"A session is warned on screen a minute before --idle-timeout closes it (a quarter of the timeout\n" +
			"when that is under four minutes); any key withdraws the warning.\n" +
			"SIGINT/SIGTERM: no new connections; every open session is told to save within --grace, then closed\n" +
			"and the exit status is 0. Runs on Linux and macOS only; packages ship packaging/smtpconf.service.",
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
	fl.StringVar(&f.listen, "listen", serve.DefaultListen, "where to listen (keep it loopback)")
	fl.StringVar(&f.hostKey, "host-key", "", "the host key; made (ed25519, 0600) if missing (required)")
	fl.StringVar(&f.authorizedKeys, "authorized-keys", "", "the admins' keys, as OpenSSH's authorized_keys (required)")
	fl.DurationVar(&f.idleTimeout, "idle-timeout", serve.DefaultIdleTimeout, "close a session idle this long (0: never)")
	fl.DurationVar(&f.grace, "grace", serve.DefaultGrace, "on SIGINT/SIGTERM, time for sessions to finish")
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
