package main

// Placeholder owned by the TUI engineer: replace freely. It only has to keep
// the signature newConfigureCmd(*globals) *cobra.Command.

import (
	"errors"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"smtpconf/tui"
)

func newConfigureCmd(g *globals) *cobra.Command {
	var accessible bool
	cmd := &cobra.Command{
		Use:   "configure",
		Short: "Edit the settings in an interactive form",
		Long: "Edit the outgoing-mail settings in an interactive form, test them and save them.\n" +
			"Needs a terminal; scripts use `smtpconf set`, `smtpconf check` and `smtpconf test`.",
		Example: "  smtpconf configure\n  smtpconf configure --accessible",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
				return usageErrorf("the form needs a terminal; from a script use `smtpconf set KEY=VALUE`, `smtpconf check` and `smtpconf test`")
			}
			path, _ := g.configPath()
			err := tui.Run(cmd.Context(), tui.Options{
				Path:       path,
				Accessible: accessible || os.Getenv("ACCESSIBLE") == "1",
			})
			if errors.Is(err, tui.ErrNoTerminal) {
				return usageErrorf("the form needs a terminal; from a script use `smtpconf set KEY=VALUE`, `smtpconf check` and `smtpconf test`")
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&accessible, "accessible", false, "plain prompts instead of the form (screen readers, dumb terminals); also ACCESSIBLE=1")
	return cmd
}
