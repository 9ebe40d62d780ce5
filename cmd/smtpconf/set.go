package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newSetCmd(_ *globals) *cobra.Command {
	return &cobra.Command{
		Use:  "set",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return errors.New("set: not implemented yet") },
	}
}
