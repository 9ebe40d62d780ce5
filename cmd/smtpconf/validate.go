package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newValidateCmd(_ *globals) *cobra.Command {
	return &cobra.Command{
		Use:  "validate",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return errors.New("validate: not implemented yet") },
	}
}
