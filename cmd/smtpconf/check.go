package main

import (
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/mailer"
)

func newCheckCmd(g *globals) *cobra.Command {
	fl := conversationFlags{lang: g.lang}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Check settings with the server; sends nothing",
		Long: "Connect to the server mail would really go through, secure the connection, log in and try\n" +
			"MAIL FROM and RCPT TO (--to, else test_recipient, if any), then RSET and QUIT: nothing is delivered.\n" +
			"Each step is printed as it ends; a failure ends with the error and a hint that names the fix.\n" +
			"--transcript then adds the SMTP dialogue on stderr, with passwords and AUTH payloads redacted.\n" +
			"The file is validated first, without touching the network.\n" +
			"Exit status 0 when the server accepts the settings, 1 when a step fails or on Ctrl+C,\n" +
			"2 when --to is not a bare address, 3 when the file is invalid.",
		Example: "  smtpconf check\n  smtpconf check --to admin@example.com --timeout 5s\n  smtpconf check --json | jq .ok\n" +
			"  smtpconf check --transcript 2> smtp-dialogue.txt",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return talkToServer(cmd, g, &fl, mailer.Check, false)
		},
	}
	fl.register(cmd, "also try RCPT TO this address (default: test_recipient)")
	return cmd
}
