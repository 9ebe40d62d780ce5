package main

import (
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

func newTestCmd(g *globals) *cobra.Command {
	fl := conversationFlags{lang: g.lang}
	cmd := &cobra.Command{
		Use: "test",
		Example: "  smtpconf test\n  smtpconf test --to admin@example.com\n  smtpconf test --json --timeout 10s\n" +
			"  smtpconf test --transcript",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return talkToServer(cmd, g, &fl, mailer.SendTest, true)
		},
	}
	fl.register(cmd)
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_test_short", nil)
		cmd.Long = lang.T("help_test_long", nil)
		fl.describe(cmd, lang, lang.T("help_flag_test_to", nil))
	})
	return cmd
}
