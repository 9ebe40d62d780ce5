package main

import (
	"strconv"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// The tree's descriptions — every command's Short and Long, every flag's
// usage, the config file line — are made only when something will show
// them. A command is built with its name, flags and RunE; its constructor
// hands what describes it to g.describe, and describeTree runs all of that
// at the first moment a description is read:
//
//   - help: every command's help func (showHelp), the root's -h/--help flag
//     (the root's help is fang's, which nothing of ours precedes), and the
//     help command;
//   - man-pages;
//   - shell completion with descriptions (cobra's __complete lists
//     commands' Shorts and flags' usages).
//
// Nothing else shows them: fang prints no usage with an error, and a
// mistyped command's suggestion names the command only. So `smtpconf
// check` renders none of the help texts (issue 13: start-up counts;
// TestOnlyHelpDescribesTheTree).

// describe registers what fills in a command's descriptions in lang.
func (g *globals) describe(d func(lang i18n.Lang)) {
	g.describers = append(g.describers, d)
}

// describeTree gives root's tree its descriptions, once: then the texts
// that derive from them (the config file line; set's key list comes in
// showHelp, for set alone).
func (g *globals) describeTree(root *cobra.Command) {
	if g.described {
		return
	}
	g.described = true
	for _, d := range g.describers {
		d(g.lang)
	}
	g.describers = nil
	keepAbout(root)
	describeConfigFile(root, g)
}

// newRootCmd is the whole tree with its descriptions made, as a test or a
// generator that reads them wants it; run builds it undescribed
// (newCommandTree) and describes it only when it shows help.
func newRootCmd(g *globals) *cobra.Command {
	root := newCommandTree(g)
	g.describeTree(root)
	return root
}

// describeFlag sets the usage of cmd's flag name, a flag of its own or one
// it makes persistent. A name cmd lacks is a mistake in this file's
// callers: it panics, in every help test, rather than leave a flag
// undescribed.
func describeFlag(cmd *cobra.Command, name, usage string) {
	f := cmd.Flags().Lookup(name)
	if f == nil {
		f = cmd.PersistentFlags().Lookup(name)
	}
	if f == nil {
		panic("describing --" + name + ", which " + cmd.CommandPath() + " does not have")
	}
	f.Usage = usage
}

// describeBeforeCompletion makes the descriptions before cobra's __complete
// answers with them (__completeNoDesc drops them: it needs none). cobra
// adds __complete to the root when it runs, so only a hook of the root's
// reaches it.
func (g *globals) describeBeforeCompletion(root *cobra.Command) {
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if cmd.Name() == cobra.ShellCompRequestCmd && cmd.CalledAs() != cobra.ShellCompNoDescRequestCmd {
			g.describeTree(cmd.Root())
		}
		return nil
	}
}

// helpFlag is the root's -h/--help: asking for help is when the tree is
// described, before fang renders the root's help. Any other command's
// help passes through showHelp, which describes it there.
type helpFlag struct {
	g     *globals
	root  *cobra.Command
	value bool
}

func (f *helpFlag) String() string   { return strconv.FormatBool(f.value) }
func (f *helpFlag) Type() string     { return "bool" }
func (f *helpFlag) IsBoolFlag() bool { return true }

func (f *helpFlag) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	f.value = v
	if v {
		f.g.describeTree(f.root)
		fitHelp(f.root)
	}
	return nil
}
