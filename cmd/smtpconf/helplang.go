package main

import (
	"bytes"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// The help is written in the language the tree was built in (g.lang):
// every description and flag usage comes from the catalog area "help".
// What cobra and fang would add in English is replaced here: the -h/--help
// and -v/--version flags (defined before cobra's defaults would be), the
// completion command's texts, and the four headings fang v2 writes in
// English whatever the language (translateHeading).

// langAnnotation records on the root the language its tree is written in,
// for code that has a command but not the globals (a usage hint made in an
// argument check).
const langAnnotation = "github.com/smtpconf/smtpconf/lang"

// treeLang is the language cmd's tree was built in.
func treeLang(cmd *cobra.Command) i18n.Lang {
	return i18n.Lang(cmd.Root().Annotations[langAnnotation])
}

// localizeHelp finishes the tree in g.lang, once it is built: help is
// cmd's replacement help command, which cobra adds only when it runs. Its
// texts are made when the tree is described (describe.go); what is set
// here makes every way to its help describe it first.
func localizeHelp(root, help *cobra.Command, g *globals) {
	if root.Annotations == nil {
		root.Annotations = map[string]string{}
	}
	root.Annotations[langAnnotation] = string(g.lang)
	// The root's help is fang's, which no help func of ours precedes: its
	// flags are defined here, before cobra's defaults would be, and -h
	// describes the tree as it is parsed. (Any other command's are renamed
	// in showHelp: defined here, they would add "[--flags]" to commands
	// that take none in the table of commands.)
	root.Flags().VarPF(&helpFlag{g: g, root: root}, "help", "h", "").NoOptDefVal = "true"
	root.Flags().BoolP("version", "v", false, "")
	for _, name := range []string{"help", "version"} {
		_ = root.Flags().SetAnnotation(name, cobra.FlagSetByCobraAnnotation, []string{"true"})
	}
	g.describe(func(lang i18n.Lang) {
		describeFlag(root, "help", helpFlagUsage(root, lang))
		describeFlag(root, "version", lang.T("help_flag_version", nil))
	})
	g.describeBeforeCompletion(root)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Name() == "completion" && c.Parent() == root {
			g.describe(func(lang i18n.Lang) { localizeCompletion(c, lang) })
		}
		if c != root {
			c.SetHelpFunc(g.showHelp)
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	walk(help)
}

func helpFlagUsage(c *cobra.Command, lang i18n.Lang) string {
	return lang.T("help_flag_help", i18n.D{"Command": c.Name()})
}

// showHelp is every command's help but the root's (fang's, which run
// wraps the same way): the tree's descriptions, the description's late
// part, then fang's help with its headings in the tree's language.
func (g *globals) showHelp(c *cobra.Command, args []string) {
	g.describeTree(c.Root())
	g.completeAbout(c)
	fitHelp(c)
	c.InitDefaultHelpFlag()
	if f := c.Flags().Lookup("help"); f != nil && len(f.Annotations[cobra.FlagSetByCobraAnnotation]) > 0 {
		f.Usage = helpFlagUsage(c, g.lang)
	}
	out := &trimmedLines{w: c.OutOrStdout(), lang: g.lang}
	c.SetOut(out)
	defer func() {
		out.flush()
		c.SetOut(nil) // a subcommand writes where its parent does
	}()
	c.Root().HelpFunc()(c, args)
}

// translateHeading puts one of fang's headings into lang: fang v2.0.1
// writes "usage", "examples", "flags" and the default group's "commands"
// in English with no option to change them, each alone on its line in
// capitals. Any other line is returned as it is.
func translateHeading(line []byte, lang i18n.Lang) []byte {
	if lang == i18n.English || lang == "" {
		return line
	}
	word := strings.TrimSpace(ansi.Strip(string(line)))
	var text string
	switch word {
	case "USAGE":
		text = lang.T("help_heading_usage", nil)
	case "EXAMPLES":
		text = lang.T("help_heading_examples", nil)
	case "COMMANDS":
		text = lang.T("help_heading_commands", nil)
	case "FLAGS":
		text = lang.T("help_heading_flags", nil)
	default:
		return line
	}
	return bytes.Replace(line, []byte(word), []byte(strings.ToUpper(text)), 1)
}

// localizeCompletion writes cobra's completion command and its shells'
// descriptions in lang (cobra has them in English only).
func localizeCompletion(c *cobra.Command, lang i18n.Lang) {
	c.Short = lang.T("help_completion_short", nil)
	c.Long = lang.T("help_completion_long", nil)
	for _, sh := range c.Commands() {
		sh.Short = lang.T("help_completion_shell_short", i18n.D{"Shell": sh.Name()})
		switch sh.Name() {
		case "bash":
			sh.Long = lang.T("help_completion_bash_long", nil)
		case "zsh":
			sh.Long = lang.T("help_completion_zsh_long", nil)
		case "fish":
			sh.Long = lang.T("help_completion_fish_long", nil)
		case "powershell":
			sh.Long = lang.T("help_completion_powershell_long", nil)
		}
		if f := sh.Flags().Lookup("no-descriptions"); f != nil {
			f.Usage = lang.T("help_flag_no_descriptions", nil)
		}
	}
}
