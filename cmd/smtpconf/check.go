package main

import (
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

func newCheckCmd(g *globals) *cobra.Command {
	fl := conversationFlags{lang: g.lang}
	cmd := &cobra.Command{
		Use: "check",
		Example: "  smtpconf check\n  smtpconf check --to admin@example.com --timeout 5s\n  smtpconf check --json | jq .ok\n" +
			"  smtpconf check --transcript 2> smtp-dialogue.txt",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return talkToServer(cmd, g, &fl, mailer.Check, false)
		},
	}
	fl.register(cmd)
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_check_short", nil)
		cmd.Long = lang.T("help_check_long", nil)
		fl.describe(cmd, lang, lang.T("help_flag_check_to", nil))
	})
	return cmd
}
