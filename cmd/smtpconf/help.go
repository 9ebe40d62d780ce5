package main

import (
	"strings"

	"github.com/spf13/cobra"
)

// newHelpCmd replaces cobra's help command, which shows the root's help
// and exits 0 for a command that does not exist, so that a typo in
// `smtpconf help chek` looked like an answer. Here it is the same usage
// error, exit 2, as `smtpconf chek`.
//
// cobra adds the help command when the root runs, after markRunFailures:
// its errors reach fang's handler as cobra's own do.
func newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "help [command]",
		Short:   "Help about any command",
		Long:    "Show a command's help, as `smtpconf COMMAND --help` does. A command that does not exist is a usage error (exit 2).",
		Example: "  smtpconf help set\n  smtpconf help check",
		ValidArgsFunction: func(c *cobra.Command, args []string, word string) ([]cobra.Completion, cobra.ShellCompDirective) {
			cmd, _, err := c.Root().Find(args)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, sub := range cmd.Commands() {
				if sub.IsAvailableCommand() && strings.HasPrefix(sub.Name(), word) {
					out = append(out, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil {
				return err
			}
			// Find stops at a command that takes arguments, so the root
			// "finds" itself for an unknown name: its own argument check
			// words the error as `smtpconf NAME` would.
			if len(rest) > 0 {
				if err := cmd.ValidateArgs(rest); err != nil {
					return err
				}
			}
			if cmd.Context() == nil && c.Context() != nil {
				cmd.SetContext(c.Context())
			}
			cmd.InitDefaultHelpFlag()
			cmd.InitDefaultVersionFlag()
			return cmd.Help()
		},
	}
}
