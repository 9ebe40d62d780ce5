package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newTestCmd(_ *globals) *cobra.Command {
	return &cobra.Command{
		Use:  "test",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return errors.New("test: not implemented yet") },
	}
}
