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
)

// newManPagesCmd writes the man pages the packages ship: smtpconf(1) and
// one smtpconf-COMMAND(1) per command, from the same texts as --help. It is
// hidden: packagers run it (make dist), admins read the result.
func newManPagesCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "man-pages DIR",
		Short: g.lang.T("help_man_pages_short", nil),
		Long:  g.lang.T("help_man_pages_long", nil),
		Example: "  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) smtpconf man-pages dist/man\n" +
			"  man -l dist/man/smtpconf-set.1",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			date, err := sourceDate(g.getenv("SOURCE_DATE_EPOCH"))
			if err != nil {
				return err
			}
			for _, c := range manPageCommands(cmd.Root()) {
				g.completeAbout(c)
			}
			return writeManPages(cmd.Root(), args[0], date)
		},
	}
}

// sourceDate is the reproducible-builds date: never today, which would make
// every build differ.
func sourceDate(epoch string) (time.Time, error) {
	if epoch == "" {
		return time.Time{}, hinted(exitUsage, fmt.Errorf("SOURCE_DATE_EPOCH is not set"),
			"set it to the last commit's time: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), as make does")
	}
	n, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil {
		return time.Time{}, usageErrorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", epoch)
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

func writeManPages(root *cobra.Command, dir string, date time.Time) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("man pages: %w", err)
	}
	cmds := manPageCommands(root)
	for _, c := range cmds {
		path := filepath.Join(dir, pageName(c)+".1")
		if err := os.WriteFile(path, []byte(manPage(c, cmds, date)), 0o644); err != nil {
			return fmt.Errorf("man pages: %w", err)
		}
	}
	return nil
}

// pageName is "smtpconf" or "smtpconf-set".
func pageName(c *cobra.Command) string {
	return strings.ReplaceAll(c.CommandPath(), " ", "-")
}

// manPage renders one page in roff (man(7) macros).
func manPage(c *cobra.Command, all []*cobra.Command, date time.Time) string {
	var b strings.Builder
	name := pageName(c)
	fmt.Fprintf(&b, ".TH %s 1 %q %q \"smtpconf manual\"\n", strings.ToUpper(name), date.Format("2006-01-02"), "smtpconf")
	fmt.Fprintf(&b, ".SH NAME\n%s \\- %s\n", name, roffText(c.Short))
	fmt.Fprintf(&b, ".SH SYNOPSIS\n.B %s\n", roffText(c.CommandPath()))
	if use := strings.TrimPrefix(c.Use, c.Name()); strings.TrimSpace(use) != "" || c.HasAvailableFlags() {
		fmt.Fprintf(&b, "[\\fIOPTIONS\\fR]%s\n", roffText(use))
	}
	b.WriteString(".SH DESCRIPTION\n")
	writeParagraphs(&b, description(c))
	if flags := manFlags(c); len(flags) > 0 {
		b.WriteString(".SH OPTIONS\n")
		for _, f := range flags {
			fmt.Fprintf(&b, ".TP\n%s\n%s\n", flagSynopsis(f), roffText(f.Usage))
		}
	}
	b.WriteString(manExitStatus)
	b.WriteString(manEnvironment)
	b.WriteString(manFiles)
	if c.Example != "" {
		b.WriteString(".SH EXAMPLES\n.nf\n.RS 4\n")
		for _, line := range strings.Split(strings.TrimRight(c.Example, "\n"), "\n") {
			b.WriteString(roffLine(strings.TrimPrefix(line, "  ")) + "\n")
		}
		b.WriteString(".RE\n.fi\n")
	}
	b.WriteString(".SH SEE ALSO\n")
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
// paragraphs, indented lines stay as they are, other lines are filled.
func writeParagraphs(b *strings.Builder, text string) {
	for i, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		for _, line := range strings.Split(para, "\n") {
			if strings.HasPrefix(line, " ") {
				b.WriteString(".nf\n" + roffLine(line) + "\n.fi\n")
				continue
			}
			b.WriteString(roffLine(line) + "\n")
		}
	}
}

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

func flagSynopsis(f *pflag.Flag) string {
	s := "\\fB\\-\\-" + roffText(f.Name) + "\\fR"
	if f.Shorthand != "" {
		s = "\\fB\\-" + f.Shorthand + "\\fR, " + s
	}
	if f.Value.Type() != "bool" {
		s += " \\fI" + strings.ToUpper(f.Value.Type()) + "\\fR"
	}
	return s
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

const manExitStatus = `.SH EXIT STATUS
.TP
.B 0
success (for validate: no errors; warnings allowed)
.TP
.B 1
the server check or test failed
.TP
.B 2
usage error: unknown command or flag, bad arguments
.TP
.B 3
the configuration file is missing, unreadable, does not parse or is invalid; set or unset refused to save
.TP
.B 130
interrupted by SIGINT (Ctrl+C)
.TP
.B 143
stopped by SIGTERM (serve exits 0 after its graceful stop)
`

const manEnvironment = `.SH ENVIRONMENT
.TP
.B SMTPCONF_CONFIG
the config file, when \-\-config is not given; without either, the first of the FILES below that applies
.TP
.B SMTPCONF_RESOLVER
IP[:PORT] of the DNS server for the lookups of probe, check and test, instead of /etc/resolv.conf
.TP
.B NO_COLOR
turns colours off (no\-color.org)
.TP
.B ACCESSIBLE
set to 1 for the form's plain prompts (screen readers, dumb terminals)
.TP
.B SOURCE_DATE_EPOCH
the date of these pages, when they are built
`

const manFiles = `.SH FILES
.TP
.I /etc/smtpconf/config.toml
the config file for root, and for users who have none of their own
.TP
.I ~/.config/smtpconf/config.toml
a user's own config file ($XDG_CONFIG_HOME/smtpconf/config.toml)
.TP
.I /usr/lib/systemd/system/smtpconf.service
the unit that runs smtpconf serve
`
