package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

func newVersionCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use: "version",
		Example: "  smtpconf version\n" +
			"  smtpconf version | cut -d' ' -f2",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// The root's Version, which --version prints too.
			_, err := fmt.Fprintln(cmd.OutOrStdout(), "smtpconf", cmd.Root().Version)
			return err
		},
	}
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_version_short", nil)
		cmd.Long = lang.T("help_version_long", nil)
	})
	return cmd
}

// versionText is the stamped version (make builds), else the module version
// `go install github.com/smtpconf/smtpconf/cmd/smtpconf@v0.1.0` records,
// else, for a build from a checkout, "devel" and the commit when Go knows it.
func versionText(stamped string, buildInfo func() (*debug.BuildInfo, bool)) string {
	if stamped != "" {
		return stamped
	}
	info, ok := buildInfo()
	if !ok {
		return "devel"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if len(revision) > 12 {
		revision = revision[:12]
	}
	switch {
	case revision == "":
		return "devel"
	case modified == "true":
		return "devel-" + revision + "-dirty"
	default:
		return "devel-" + revision
	}
}
