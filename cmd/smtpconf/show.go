package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newShowCmd(_ *globals) *cobra.Command {
	return &cobra.Command{
		Use:  "show",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return errors.New("show: not implemented yet") },
	}
}
