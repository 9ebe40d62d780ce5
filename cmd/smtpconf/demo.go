package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
	"github.com/smtpconf/smtpconf/tui"
)

// Demo credentials, shown on screen: the server exists only for this run.
const (
	demoUser     = "demo"
	demoPassword = "demo-password"
)

func newDemoCmd(g *globals) *cobra.Command {
	var accessible bool
	var configGiven string
	cmd := &cobra.Command{
		Use: "demo",
		Example: "  smtpconf demo\n" +
			"  smtpconf demo --accessible",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("config") {
				return usage(i18n.Errorf("cli_demo_no_config", nil))
			}
			return runDemo(cmd, g, accessible)
		},
	}
	cmd.Flags().BoolVar(&accessible, "accessible", false, "")
	// The demo never reads or writes the admin's file: a hidden flag of its
	// own shadows the global --config (cobra merges a parent's persistent
	// flag only when the name is free), so that --help does not offer it and
	// giving it is refused rather than silently ignored.
	cmd.Flags().StringVar(&configGiven, "config", "", "")
	_ = cmd.Flags().MarkHidden("config")
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_demo_short", nil)
		cmd.Long = lang.T("help_demo_long", nil)
		describeFlag(cmd, "accessible", lang.T("help_flag_demo_accessible", nil))
		describeFlag(cmd, "config", lang.T("help_flag_demo_config", nil))
	})
	return cmd
}

func runDemo(cmd *cobra.Command, g *globals, accessible bool) (err error) {
	discovery, err := discoveryOptions(g)
	if err != nil {
		return err
	}
	// The demo's server is on this machine: discovery may propose it.
	discovery.AllowLoopback = true
	dir, err := os.MkdirTemp("", "smtpconf-demo-")
	if err != nil {
		return i18n.Wrap("cli_demo_tempdir_failed", nil, err)
	}
	defer os.RemoveAll(dir)

	srv, err := startDemoServer(dir)
	if err != nil {
		return err
	}
	defer srv.Close()

	path := filepath.Join(dir, "config.toml")
	ca, err := writeDemoConfig(path, dir, srv)
	if err != nil {
		return err
	}
	err = tui.Run(cmd.Context(), tui.Options{
		Discovery:  discovery,
		Path:       path,
		Accessible: accessible,
		Input:      cmd.InOrStdin(),
		Output:     cmd.OutOrStdout(),
		Demo:       demoBanner(srv, ca),
		Lang:       g.lang,
	})
	printReceived(cmd.OutOrStdout(), srv.Messages(), g.lang)
	if errors.Is(err, tui.ErrNoTerminal) {
		return usage(i18n.Errorf("cli_demo_no_terminal", nil))
	}
	return stoppedExit(cmd.Context(), err)
}

// startDemoServer starts the loopback server. smtptest keeps its CA in a
// temporary directory of its own: TMPDIR points into the demo's directory
// while it starts, so that nothing lands outside it.
func startDemoServer(dir string) (*smtptest.Server, error) {
	old, had := os.LookupEnv("TMPDIR")
	if err := os.Setenv("TMPDIR", dir); err != nil {
		return nil, i18n.Wrap("cli_demo_error", nil, err)
	}
	srv, err := smtptest.Start(smtptest.WithUser(demoUser, demoPassword), smtptest.RequireAuth())
	if had {
		_ = os.Setenv("TMPDIR", old)
	} else {
		_ = os.Unsetenv("TMPDIR")
	}
	if err != nil {
		return nil, i18n.Wrap("cli_demo_server_failed", nil, err)
	}
	return srv, nil
}

// demoBanner is what the screens say about the demo server: its address
// with the CA file that signed its certificate, and the login. An admin
// who types the server in as a custom one needs all three: without
// tls_ca_file set to that CA, the check fails with "certificate signed by
// unknown authority". The banner's parts are tui's; the CA goes with the
// address, the part the admin copies the server from.
func demoBanner(srv *smtptest.Server, ca string) *tui.Demo {
	return &tui.Demo{Addr: srv.Addr, Username: demoUser, Password: demoPassword, CAFile: ca}
}

// writeDemoConfig writes a config whose platform default is the demo server,
// its CA trusted through tls_ca_file in the demo's directory, and says
// where that CA is.
func writeDemoConfig(path, dir string, srv *smtptest.Server) (ca string, err error) {
	ca = filepath.Join(dir, "demo-ca.pem")
	if err := srv.WriteCA(ca); err != nil {
		return "", i18n.Wrap("cli_demo_error", nil, err)
	}
	f := config.New(path)
	def := srv.Config()
	// The platform's server brings its own sender, as a real platform's
	// would: with the default chosen the form then shows only that choice.
	def.Sender = "noreply@platform.example"
	def.SenderName = "Demo Platform"
	def.TLSCAFile = ca
	f.Config.DefaultServer = def
	f.Config.SMTP.UseDefault = true
	f.Config.SMTP.Sender = "noreply@example.com"
	f.Config.SMTP.SenderName = "smtpconf demo"
	f.Config.SMTP.TestRecipient = "you@example.com"
	if err := f.Save(); err != nil {
		return "", i18n.Wrap("cli_demo_error", nil, i18n.Wrap("cli_write_failed", i18n.D{"File": path}, err))
	}
	return ca, nil
}

// printReceived says what the demo server received: from, to and subject.
func printReceived(w io.Writer, msgs []smtptest.Message, l i18n.Lang) {
	if len(msgs) == 0 {
		fmt.Fprintln(w, l.T("cli_demo_received_none", nil))
		return
	}
	fmt.Fprintln(w, l.N("cli_demo_received", len(msgs), nil))
	for _, m := range msgs {
		// Anyone on this machine can send to the demo server's port.
		fmt.Fprintln(w, "  "+l.T("cli_demo_received_message", i18n.D{"From": termsafe.String(m.From),
			"To": termsafe.String(strings.Join(m.To, ", ")), "Subject": termsafe.String(subjectOf(m.Data, l))}))
	}
}

func subjectOf(data []byte, l i18n.Lang) string {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return l.T("cli_demo_unreadable_message", nil)
	}
	s := msg.Header.Get("Subject")
	if d, err := new(mime.WordDecoder).DecodeHeader(s); err == nil {
		s = d
	}
	if s == "" {
		return l.T("cli_demo_no_subject", nil)
	}
	return l.T("cli_demo_subject", i18n.D{"Subject": i18n.Quoted(s)})
}
