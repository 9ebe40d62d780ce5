package main

import (
	"bytes"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// newHelpCmd replaces cobra's help command, which shows the root's help
// and exits 0 for a command that does not exist, so that a typo in
// `smtpconf help chek` looked like an answer. Here it is the same usage
// error, exit 2, as `smtpconf chek`.
//
// cobra adds the help command when the root runs, after markRunFailures:
// its errors reach fang's handler as cobra's own do.
func newHelpCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "help [command]",
		Example: "  smtpconf help set\n  smtpconf help check",
		ValidArgsFunction: func(c *cobra.Command, args []string, word string) ([]cobra.Completion, cobra.ShellCompDirective) {
			cmd, _, err := c.Root().Find(args)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, sub := range cmd.Commands() {
				if sub.IsAvailableCommand() && strings.HasPrefix(sub.Name(), word) {
					out = append(out, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil {
				return err
			}
			// Find stops at a command that takes arguments, so the root
			// "finds" itself for an unknown name: its own argument check
			// words the error as `smtpconf NAME` would.
			if len(rest) > 0 {
				if err := cmd.ValidateArgs(rest); err != nil {
					return err
				}
			}
			if cmd.Context() == nil && c.Context() != nil {
				cmd.SetContext(c.Context())
			}
			cmd.InitDefaultHelpFlag()
			cmd.InitDefaultVersionFlag()
			// The root's help is fang's, which describes nothing.
			g.describeTree(cmd.Root())
			fitHelp(cmd.Root()) // fang's, unlike the rest, shows it as it is
			return cmd.Help()
		},
	}
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_help_short", nil)
		cmd.Long = lang.T("help_help_long", nil)
	})
	return cmd
}

// unknownCommand is the root's argument check: the root takes none, so a
// word there is a command that does not exist, maybe a typo of one that
// does ("chek"): the error names the likely one, for `smtpconf chek` and
// `smtpconf help chek` alike.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	err := i18n.Errorf("help_unknown_command", i18n.D{"Name": args[0], "Command": cmd.CommandPath()})
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2 // cobra's own default, set only on its own path
	}
	if suggestions := cmd.SuggestionsFor(args[0]); len(suggestions) > 0 {
		return hinted(exitUsage, err, treeLang(cmd).T("help_did_you_mean", i18n.D{"Name": suggestions[0]}))
	}
	return err
}

// asksForHelp tells whether the command line asks for help text: --help,
// -h, or the help command, before any "--".
func asksForHelp(args []string) bool {
	for i, a := range args {
		switch {
		case a == "--":
			return false
		case a == "--help" || a == "-h" || (i == 0 && a == "help"):
			return true
		}
	}
	return false
}

// trimmedLines drops the spaces fang pads every help line with to the
// width of the screen (120 columns in a pipe), so that piped help, grep
// and diffs see the text alone, and puts fang's headings into lang (see
// translateHeading). Lines are held until they end; flush writes what is
// left.
type trimmedLines struct {
	w       io.Writer
	lang    i18n.Lang
	pending []byte
}

func (t *trimmedLines) Write(p []byte) (int, error) {
	t.pending = append(t.pending, p...)
	for {
		i := bytes.IndexByte(t.pending, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := translateHeading(bytes.TrimRight(t.pending[:i], " "), t.lang)
		if _, err := t.w.Write(append(line, '\n')); err != nil {
			return 0, err
		}
		t.pending = t.pending[i+1:]
	}
}

func (t *trimmedLines) flush() {
	if len(t.pending) > 0 {
		_, _ = t.w.Write(bytes.TrimRight(t.pending, " "))
		t.pending = nil
	}
}
