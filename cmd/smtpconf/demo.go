package main

// Placeholder owned by the TUI engineer: replace freely. It only has to keep
// the signature newDemoCmd(*globals) *cobra.Command.

import (
	"errors"

	"github.com/spf13/cobra"
)

func newDemoCmd(_ *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "The form on a throw-away config with a built-in loopback mail server",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return errors.New("demo: not implemented yet")
		},
	}
}
