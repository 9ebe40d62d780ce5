package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
)

func newValidateCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "validate",
		Short: "List every problem in the config file",
		Long: "Check the config file without touching the network and list every problem, one per line:\n" +
			"  FILE:LINE: KEY: MESSAGE           (FILE: KEY: MESSAGE when the line is not known)\n" +
			"  FILE:LINE: warning: KEY: MESSAGE  advice that does not block saving\n" +
			"A syntax error is given as FILE:LINE:COLUMN: MESSAGE. After a value of the wrong type, which stops\n" +
			"reading the settings, unknown keys are still listed.\n" +
			"Exit status 3 when there is any error (or the file cannot be read), 0 when there are only warnings or none.",
		Example: "  smtpconf validate\n  smtpconf --config /srv/app/mail.toml validate",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := g.loadConfig(cmd)
			var perr *config.ParseError
			if errors.As(err, &perr) {
				// Listed before the error itself, which ends the run.
				printProblems(cmd.OutOrStdout(), perr.Path, perr.Others)
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			problems := f.Validate()
			if printProblems(out, f.Path, problems) {
				return reported(exitConfig)
			}
			if n := len(problems); n > 0 {
				_, _ = fmt.Fprintf(out, "%s: ok, %d %s\n", f.Path, n, plural(n, "warning", "warnings"))
			} else {
				_, _ = fmt.Fprintf(out, "%s: ok\n", f.Path)
			}
			return nil
		},
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
