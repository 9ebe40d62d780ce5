package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

func newUnsetCmd(g *globals) *cobra.Command {
	fl := changeFlags{lang: g.lang}
	cmd := &cobra.Command{
		Use: "unset KEY...",
		Example: "  smtpconf unset prot\n" +
			"  smtpconf unset tls_ca_file tls_skip_verify\n" +
			"  smtpconf unset default_server.timeout\n" +
			"  smtpconf unset --dry-run --diff prot",
		Args: cobra.MinimumNArgs(1),
		ValidArgsFunction: func(_ *cobra.Command, args []string, word string) ([]string, cobra.ShellCompDirective) {
			return g.completeWrittenKey(args, word), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: fl.runE(g, func(cmd *cobra.Command, args []string) error {
			return runUnset(cmd, g, &fl, args)
		}),
	}
	fl.register(cmd)
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_unset_short", nil)
		cmd.Long = lang.T("help_unset_long", nil)
		fl.describe(cmd, lang)
	})
	return cmd
}

func runUnset(cmd *cobra.Command, g *globals, fl *changeFlags, keys []string) error {
	// loadConfig refuses a file that does not parse: rewriting it from what
	// was understood would lose what the admin wrote by hand.
	f, err := g.loadConfig(cmd)
	if err != nil {
		path, _ := g.configPath()
		return notRewritten(cmd.ErrOrStderr(), path, err, g.lang)
	}
	errOut := cmd.ErrOrStderr()
	before := f.Validate().Errors()
	written := f.WrittenKeys()
	var removed, absent, refused []string
	for _, k := range keys {
		k = strings.TrimSpace(k)
		if err := f.Unset(k); err != nil {
			refused = append(refused, fmt.Sprintf("%s: %s", f.Path, i18n.Text(err, g.lang)))
			continue
		}
		if slices.Contains(written, config.QualifiedKey(k)) {
			removed = append(removed, k)
		} else {
			absent = append(absent, k)
		}
	}
	if len(refused) > 0 {
		for _, line := range refused {
			_, _ = fmt.Fprintln(errOut, line)
		}
		_, _ = fmt.Fprintln(errOut, g.lang.T("cli_not_saved", i18n.D{"File": f.Path}))
		return notSaved(f.Path, nil)
	}
	if len(absent) > 0 {
		printMessage(errOut, g.lang.T("cli_line_note", i18n.D{"Text": g.lang.T("cli_unset_absent",
			i18n.D{"File": f.Path, "Keys": strings.Join(absent, ", ")})}))
	}
	// The rule: no new errors. Saving only a valid result, as set does,
	// would refuse to remove a typo from a file that is also invalid for
	// another reason, which is exactly when a script needs unset; saving
	// anything would let unset break a working file. Problems are the same
	// when their key and message are: lines move when lines are removed.
	if worse := newErrors(before, f.Validate().Errors()); len(worse) > 0 {
		printProblems(errOut, f.Path, worse, g.lang)
		_, _ = fmt.Fprintln(errOut, g.lang.T("cli_unset_would_add_errors", i18n.D{"File": f.Path, "Keys": strings.Join(removed, ", ")}))
		return notSaved(f.Path, worse)
	}
	reapply := func(f *config.File) error {
		before := f.Validate().Errors()
		for _, k := range removed {
			if err := f.Unset(k); err != nil {
				return i18n.Wrap("cli_file_error", i18n.D{"File": f.Path}, err)
			}
		}
		if worse := newErrors(before, f.Validate().Errors()); len(worse) > 0 {
			printProblems(errOut, f.Path, worse, g.lang)
			_, _ = fmt.Fprintln(errOut, g.lang.T("cli_unset_not_saved_changed_meanwhile", i18n.D{"File": f.Path, "Keys": strings.Join(removed, ", ")}))
			return notSaved(f.Path, worse)
		}
		return nil
	}
	saved, err := saveChange(cmd, fl, f, true, removed, f.Validate(), reapply)
	if err != nil {
		return err
	}
	// Validated again: a save renumbers the lines.
	if left := f.Validate().Errors(); len(left) > 0 && saved {
		printProblems(errOut, f.Path, left, g.lang)
		_, _ = fmt.Fprintln(errOut, g.lang.T("cli_unset_still_invalid", i18n.D{"File": f.Path}))
	}
	return nil
}

// newErrors lists the errors in after that before did not have.
func newErrors(before, after config.Problems) config.Problems {
	type id struct{ key, message string }
	had := map[id]bool{}
	for _, p := range before {
		had[id{p.Key, p.Message}] = true
	}
	var added config.Problems
	for _, p := range after {
		if !had[id{p.Key, p.Message}] {
			added = append(added, p)
		}
	}
	return added
}

// completeWrittenKey offers the keys the file has in [smtp] (bare, as the
// admin types them) and [default_server] (dotted), known or not: what unset
// can remove. Keys already on the command line are not offered again.
func (g *globals) completeWrittenKey(args []string, word string) []string {
	path, _ := g.configPath()
	f, err := config.Load(path)
	if err != nil {
		return nil // nothing to offer from a file that is missing or does not parse
	}
	var given []string
	for _, a := range args {
		given = append(given, config.QualifiedKey(a))
	}
	var out []string
	for _, name := range f.WrittenKeys() {
		if slices.Contains(given, name) {
			continue
		}
		typed := strings.TrimPrefix(name, "smtp.")
		if !strings.HasPrefix(typed, word) {
			continue
		}
		help := g.lang.T("cli_complete_unknown_key", nil)
		if key, ok := config.LookupKey(name); ok {
			help = key.HelpIn(g.lang)
		}
		out = append(out, typed+"\t"+help)
	}
	return out
}
