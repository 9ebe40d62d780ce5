package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Long:  "Print the version, as \"smtpconf VERSION\"; give it when reporting a problem.",
		Example: "  smtpconf version\n" +
			"  smtpconf version | cut -d' ' -f2",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), "smtpconf", cmd.Root().Version)
			return err
		},
	}
}
