package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newCheckCmd(_ *globals) *cobra.Command {
	return &cobra.Command{
		Use:  "check",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return errors.New("check: not implemented yet") },
	}
}
