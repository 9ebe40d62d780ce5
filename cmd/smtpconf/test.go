package main

import (
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/mailer"
)

func newTestCmd(g *globals) *cobra.Command {
	fl := conversationFlags{lang: g.lang}
	cmd := &cobra.Command{
		Use:   "test",
		Short: "Send a test e-mail",
		Long: "Send a test e-mail with the settings mail would really use, printing each step as it ends.\n" +
			"The recipient is --to, else the file's test_recipient. --transcript then adds the SMTP dialogue\n" +
			"on stderr, with passwords and AUTH payloads redacted.\n" +
			"Exit status 0 when the server accepted the message, 1 when a step fails or on Ctrl+C,\n" +
			"2 when there is no recipient or --to is not a bare address, 3 when the file is invalid.",
		Example: "  smtpconf test\n  smtpconf test --to admin@example.com\n  smtpconf test --json --timeout 10s\n" +
			"  smtpconf test --transcript",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return talkToServer(cmd, g, &fl, mailer.SendTest, true)
		},
	}
	fl.register(cmd, "the recipient (default: the file's test_recipient)")
	return cmd
}
