package main

import (
	"context"
	"errors"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/tui"
)

func newConfigureCmd(g *globals) *cobra.Command {
	var accessible bool
	cmd := &cobra.Command{
		Use:     "configure",
		Example: "  smtpconf configure\n  smtpconf configure --accessible\n  ACCESSIBLE=1 smtpconf configure",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, _ := g.configPath()
			discovery, err := discoveryOptions(g)
			if err != nil {
				return err
			}
			err = tui.Run(cmd.Context(), tui.Options{
				Discovery:  discovery,
				Path:       path,
				Accessible: accessible || accessibleEnv(g.getenv("ACCESSIBLE")),
				Input:      cmd.InOrStdin(),
				Output:     cmd.OutOrStdout(),
				Lang:       g.lang,
			})
			if errors.Is(err, tui.ErrNoTerminal) {
				// What configure says when it has no terminal to draw on.
				return usage(i18n.Errorf("cli_configure_no_terminal", nil))
			}
			return stoppedExit(cmd.Context(), err)
		},
	}
	cmd.Flags().BoolVar(&accessible, "accessible", false, "")
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_configure_short", nil)
		cmd.Long = lang.T("help_configure_long", nil)
		describeFlag(cmd, "accessible", lang.T("help_flag_accessible", nil))
	})
	return cmd
}

// accessibleEnv reads ACCESSIBLE as huh and gum do: set and not false means on.
func accessibleEnv(v string) bool {
	switch v {
	case "", "0", "false", "no":
		return false
	}
	return true
}

// stoppedExit gives a form or prompts a signal stopped the signal's exit
// status (130, 143); its error says what was discarded.
func stoppedExit(ctx context.Context, err error) error {
	var stopped *tui.StoppedError
	if !errors.As(err, &stopped) {
		return err
	}
	code := exitFailed
	if c, ok := signalExit(ctx); ok {
		code = c
	}
	return &exitError{code: code, err: stopped}
}

// discoveryOptions are the form's lookups for finding a server from the
// sender address: SMTPCONF_RESOLVER, as probe's.
func discoveryOptions(g *globals) (tui.Discovery, error) {
	r, err := discover.NewResolver(g.getenv(discover.EnvResolver))
	if err != nil {
		return tui.Discovery{}, usage(err)
	}
	return tui.Discovery{Resolver: r}, nil
}
