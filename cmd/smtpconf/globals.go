package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/shellword"
)

// globals is what every command shares: the global flags and the process's
// environment, passed down explicitly instead of living in package variables.
type globals struct {
	configFlag string // --config as given; empty when absent
	getenv     func(string) string
	args       []string // the command line, without the program name
	// lang is the language every message and help text of this run is
	// written in (see lang.go).
	lang i18n.Lang
	// exitCode is the status of a command that failed and has already said
	// why; errors that still need printing travel as errors instead.
	exitCode int
	// signalIsStop is set by a command for which SIGINT/SIGTERM is the
	// normal way to end (serve shuts down gracefully): it keeps its own
	// status instead of 130/143.
	signalIsStop bool
	// lateAbout is the part of a command's description that is made only
	// when its help is shown or its man page written: see addAboutLate.
	lateAbout map[*cobra.Command]func() string
	// describers fill in the tree's descriptions, described tells they
	// have: see describe.go.
	describers []func(i18n.Lang)
	described  bool
}

// configPath says which file the commands use and why (one of config's
// PathFrom values; configSource words it for --help): --config, then
// $SMTPCONF_CONFIG, then the per-user or system default.
func (g *globals) configPath() (path, source string) {
	return config.ResolvePath(g.configFlag, g.getenv)
}

// configSource is why configPath chose its file, in g.lang.
func (g *globals) configSource(source string) string {
	return config.PathReason(source, g.lang)
}

// configFlag is the --config flag. Flags are parsed before cobra renders
// --help, so setting it rewrites the help texts (when they are made yet):
// --help then names the file this very invocation would use.
type configFlag struct {
	g    *globals
	root *cobra.Command
}

func (f *configFlag) String() string { return f.g.configFlag }
func (f *configFlag) Type() string   { return "path" }

func (f *configFlag) Set(path string) error {
	f.g.configFlag = path
	if f.g.described {
		describeConfigFile(f.root, f.g)
	}
	return nil
}

// aboutAnnotation keeps a command's own description, to which the config
// file line is appended.
const aboutAnnotation = "github.com/smtpconf/smtpconf/about"

// namesConfigFile marks a command whose --help names the config file; the
// annotation gets its text when the tree is described (keepAbout).
func namesConfigFile(cmd *cobra.Command) {
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[aboutAnnotation] = ""
}

// keepAbout keeps, for every command namesConfigFile marked, its own
// description, just made, before the config file line is added to it.
func keepAbout(cmd *cobra.Command) {
	if _, ok := cmd.Annotations[aboutAnnotation]; ok {
		about := cmd.Long
		if about == "" {
			about = cmd.Short
		}
		cmd.Annotations[aboutAnnotation] = about
	}
	for _, sub := range cmd.Commands() {
		keepAbout(sub)
	}
}

// addAboutLate appends what more makes to cmd's description, made only
// when the help is shown or the man page written: set's key list, built
// with the tree, took 5% of every `smtpconf version` (perf; README: "Two
// programs"). cmd's help func (showHelp) makes it, then hands over to the
// root's (fang's, set when the tree runs).
func (g *globals) addAboutLate(cmd *cobra.Command, more func() string) {
	if g.lateAbout == nil {
		g.lateAbout = map[*cobra.Command]func() string{}
	}
	g.lateAbout[cmd] = more
}

// completeAbout adds to cmd's description the part addAboutLate left for
// later, once.
func (g *globals) completeAbout(cmd *cobra.Command) {
	more, ok := g.lateAbout[cmd]
	if !ok {
		return
	}
	delete(g.lateAbout, cmd)
	text := "\n\n" + strings.TrimRight(more(), "\n")
	if about, ok := cmd.Annotations[aboutAnnotation]; ok {
		cmd.Annotations[aboutAnnotation] = strings.TrimRight(about, "\n") + text
		describeConfigFile(cmd, g)
		return
	}
	cmd.Long = strings.TrimRight(cmd.Long, "\n") + text
}

// describeConfigFile appends "config file: PATH (source)" to the help of
// every command marked by namesConfigFile.
func describeConfigFile(cmd *cobra.Command, g *globals) {
	path, source := g.configPath() // once: it may look at the file system
	line := "\n\n" + g.lang.T("help_config_file", i18n.D{"Path": path, "Source": g.configSource(source)})
	var describe func(cmd *cobra.Command)
	describe = func(cmd *cobra.Command) {
		if about, ok := cmd.Annotations[aboutAnnotation]; ok {
			cmd.Long = strings.TrimRight(about, "\n") + line
		}
		for _, sub := range cmd.Commands() {
			describe(sub)
		}
	}
	describe(cmd)
}

// commandLine is an smtpconf command for the admin to run next, with the
// --config this run was given, so that it acts on the same file when pasted.
func (g *globals) commandLine(args ...string) string {
	words := []string{"smtpconf"}
	if g.configFlag != "" {
		words = append(words, "--config", shellword.Quote(g.configFlag))
	}
	return strings.Join(append(words, args...), " ")
}
