package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// newManPagesCmd writes the man pages the packages ship: smtpconf(1) and
// one smtpconf-COMMAND(1) per command, from the same texts as --help. It is
// hidden: packagers run it (make dist), admins read the result.
func newManPagesCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use: "man-pages DIR",
		Example: "  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) smtpconf man-pages dist/man\n" +
			"  man -l dist/man/smtpconf-set.1",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			date, err := sourceDate(g.getenv("SOURCE_DATE_EPOCH"), g.lang)
			if err != nil {
				return err
			}
			g.describeTree(cmd.Root())
			for _, c := range manPageCommands(cmd.Root()) {
				g.completeAbout(c)
			}
			return writeManPages(cmd.Root(), args[0], date, g.lang)
		},
	}
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_man_pages_short", nil)
		cmd.Use = lang.T("help_man_pages_use", nil)
		cmd.Long = lang.T("help_man_pages_long", nil)
	})
	return cmd
}

// sourceDate is the reproducible-builds date: never today, which would make
// every build differ.
func sourceDate(epoch string, l i18n.Lang) (time.Time, error) {
	if epoch == "" {
		return time.Time{}, hinted(exitUsage, i18n.Errorf("cli_man_epoch_unset", nil),
			l.T("cli_man_epoch_unset_hint", i18n.D{"Command": "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)"}))
	}
	n, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil {
		return time.Time{}, usage(i18n.Errorf("cli_man_epoch_not_number", i18n.D{"Setting": fmt.Sprintf("SOURCE_DATE_EPOCH=%q", epoch)}))
	}
	return time.Unix(n, 0).UTC(), nil
}

// manPageCommands are the commands with a page of their own: every one an
// admin runs, not help and completion, which smtpconf(1) covers.
func manPageCommands(root *cobra.Command) []*cobra.Command {
	cmds := []*cobra.Command{root}
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && c.Name() != "help" && c.Name() != "completion" {
			cmds = append(cmds, c)
		}
	}
	return cmds
}

// writeManPages writes the pages in lang, the language the tree was built
// in: packaging runs it once per language (--lang en into man1/, --lang de
// into de/man1/).
func writeManPages(root *cobra.Command, dir string, date time.Time, lang i18n.Lang) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return i18n.Wrap("cli_man_write_failed", nil, err)
	}
	cmds := manPageCommands(root)
	for _, c := range cmds {
		path := filepath.Join(dir, pageName(c)+".1")
		if err := os.WriteFile(path, []byte(manPage(c, cmds, date, lang)), 0o644); err != nil {
			return i18n.Wrap("cli_man_write_failed", nil, err)
		}
	}
	return nil
}

// pageName is "smtpconf" or "smtpconf-set".
func pageName(c *cobra.Command) string {
	return strings.ReplaceAll(c.CommandPath(), " ", "-")
}

// manPage renders one page in roff (man(7) macros), its headings and
// fixed sections in lang; the command's texts are the tree's, already in it.
func manPage(c *cobra.Command, all []*cobra.Command, date time.Time, lang i18n.Lang) string {
	var b strings.Builder
	name := pageName(c)
	fmt.Fprintf(&b, ".TH %s 1 %q %q %q\n", strings.ToUpper(name), date.Format("2006-01-02"), "smtpconf", lang.T("help_man_manual", nil))
	fmt.Fprintf(&b, ".SH %s\n%s \\- %s\n", lang.T("help_man_name", nil), name, roffText(c.Short))
	fmt.Fprintf(&b, ".SH %s\n.B %s\n", lang.T("help_man_synopsis", nil), roffText(c.CommandPath()))
	if use := strings.TrimPrefix(c.Use, c.Name()); strings.TrimSpace(use) != "" || c.HasAvailableFlags() {
		fmt.Fprintf(&b, "[\\fI%s\\fR]%s\n", lang.T("help_man_options_word", nil), roffText(use))
	}
	fmt.Fprintf(&b, ".SH %s\n", lang.T("help_man_description", nil))
	writeParagraphs(&b, description(c))
	if flags := manFlags(c); len(flags) > 0 {
		fmt.Fprintf(&b, ".SH %s\n", lang.T("help_man_options", nil))
		for _, f := range flags {
			text := f.Usage
			if f.Name == "config" { // --help names the default above, a page below (FILES)
				text = lang.T("help_man_flag_config", nil)
			}
			fmt.Fprintf(&b, ".TP\n%s\n%s\n", flagSynopsis(f, lang), roffText(text))
		}
	}
	writeManExitStatus(&b, lang)
	writeManEnvironment(&b, lang)
	writeManFiles(&b, lang)
	if c.Example != "" {
		fmt.Fprintf(&b, ".SH %s\n.nf\n.RS 4\n", lang.T("help_man_examples", nil))
		for _, line := range strings.Split(strings.TrimRight(c.Example, "\n"), "\n") {
			b.WriteString(roffLine(strings.TrimPrefix(line, "  ")) + "\n")
		}
		b.WriteString(".RE\n.fi\n")
	}
	fmt.Fprintf(&b, ".SH %s\n", lang.T("help_man_see_also", nil))
	var refs []string
	for _, other := range all {
		if other != c {
			refs = append(refs, fmt.Sprintf("\\fB%s\\fR(1)", pageName(other)))
		}
	}
	b.WriteString(strings.Join(refs, ", ") + "\n")
	return b.String()
}

// description is the command's own text, without the "config file: ..."
// line --help adds: that names the builder's home directory.
func description(c *cobra.Command) string {
	if about, ok := c.Annotations[aboutAnnotation]; ok {
		return about
	}
	if c.Long != "" {
		return c.Long
	}
	return c.Short
}

// writeParagraphs keeps the help text's shape: blank lines part
// paragraphs, indented lines stay as they are (wrapped between words to
// manLineWidth, under themselves: set's key descriptions are one line
// each), other lines are filled.
func writeParagraphs(b *strings.Builder, text string) {
	for i, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		for _, line := range strings.Split(para, "\n") {
			if strings.HasPrefix(line, " ") {
				b.WriteString(".nf\n")
				for _, l := range strings.Split(wrapProse(line, manLineWidth, ""), "\n") {
					b.WriteString(roffLine(l) + "\n")
				}
				b.WriteString(".fi\n")
				continue
			}
			b.WriteString(roffLine(line) + "\n")
		}
	}
}

// manLineWidth is the widest an unfilled line of a man page's text may
// be: man indents it by 7 columns, and the page must fit 80.
const manLineWidth = 72

// manFlags are the command's flags and the global ones, without help.
func manFlags(c *cobra.Command) []*pflag.Flag {
	var flags []*pflag.Flag
	add := func(f *pflag.Flag) {
		if !f.Hidden && f.Name != "help" {
			flags = append(flags, f)
		}
	}
	c.NonInheritedFlags().VisitAll(add)
	c.InheritedFlags().VisitAll(add)
	return flags
}

func flagSynopsis(f *pflag.Flag, lang i18n.Lang) string {
	s := "\\fB\\-\\-" + roffText(f.Name) + "\\fR"
	if f.Shorthand != "" {
		s = "\\fB\\-" + f.Shorthand + "\\fR, " + s
	}
	if f.Value.Type() != "bool" {
		s += " \\fI" + roffText(flagPlaceholder(f, lang)) + "\\fR"
	}
	return s
}

// flagPlaceholder names what a flag's value is, in the page's language and
// as the help texts name it (--to ADRESSE, --config PFAD): pflag's type
// ("string", "duration") says how it parses, not what to give.
func flagPlaceholder(f *pflag.Flag, lang i18n.Lang) string {
	switch f.Name {
	case "to", "from":
		return lang.T("help_man_arg_address", nil)
	case "listen":
		return lang.T("help_man_arg_listen", nil)
	case "output", "sasl-passwd", "authorized-keys", "host-key":
		return lang.T("help_man_arg_file", nil)
	case "format":
		return lang.T("help_man_arg_format", nil)
	case "port":
		return "PORT"
	}
	switch f.Value.Type() {
	case "duration":
		return lang.T("help_man_arg_duration", nil)
	case "path":
		return lang.T("help_man_arg_path", nil)
	case "de|en":
		return "de|en" // the values themselves, as --lang takes them
	}
	return strings.ToUpper(f.Value.Type())
}

// roffText escapes text for roff: backslashes, and hyphens, which man
// would otherwise print as typographic dashes in option names.
func roffText(s string) string {
	return strings.NewReplacer(`\`, `\e`, "-", `\-`).Replace(s)
}

// roffLine is roffText for a whole input line: a line starting with . or '
// would be read as a request.
func roffLine(s string) string {
	s = roffText(s)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// manItem is one tagged paragraph of a fixed section: .TP, the tag in
// bold (or italics for a path), the text.
func manItem(b *strings.Builder, macro, tag, text string) {
	fmt.Fprintf(b, ".TP\n.%s %s\n%s\n", macro, roffText(tag), roffText(text))
}

func writeManExitStatus(b *strings.Builder, lang i18n.Lang) {
	fmt.Fprintf(b, ".SH %s\n", lang.T("help_man_exit_status", nil))
	manItem(b, "B", "0", lang.T("help_man_exit_0", nil))
	manItem(b, "B", "1", lang.T("help_man_exit_1", nil))
	manItem(b, "B", "2", lang.T("help_man_exit_2", nil))
	manItem(b, "B", "3", lang.T("help_man_exit_3", nil))
	manItem(b, "B", "130", lang.T("help_man_exit_130", nil))
	manItem(b, "B", "143", lang.T("help_man_exit_143", nil))
}

func writeManEnvironment(b *strings.Builder, lang i18n.Lang) {
	fmt.Fprintf(b, ".SH %s\n", lang.T("help_man_environment", nil))
	manItem(b, "B", "SMTPCONF_CONFIG", lang.T("help_man_env_config", nil))
	manItem(b, "B", "SMTPCONF_RESOLVER", lang.T("help_man_env_resolver", nil))
	manItem(b, "B", "LC_ALL, LC_MESSAGES, LANG", lang.T("help_man_env_lang", nil))
	manItem(b, "B", "NO_COLOR", lang.T("help_man_env_no_color", nil))
	manItem(b, "B", "ACCESSIBLE", lang.T("help_man_env_accessible", nil))
	manItem(b, "B", "SOURCE_DATE_EPOCH", lang.T("help_man_env_source_date", nil))
}

func writeManFiles(b *strings.Builder, lang i18n.Lang) {
	fmt.Fprintf(b, ".SH %s\n", lang.T("help_man_files", nil))
	manItem(b, "I", "/etc/smtpconf/config.toml", lang.T("help_man_file_system", nil))
	manItem(b, "I", "~/.config/smtpconf/config.toml", lang.T("help_man_file_user", nil))
	manItem(b, "I", "/usr/lib/systemd/system/smtpconf.service", lang.T("help_man_file_unit", nil))
}
