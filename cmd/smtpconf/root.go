package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// run is the whole program, minus the process exit, so that it can be tested.
func run(args []string) int {
	if code, ok := answerEarly(args); ok {
		return code
	}
	return runWith(&globals{getenv: os.Getenv, args: args, lang: chooseLang(args, os.Getenv)}, args)
}

// runWith is run after the early answers, with the globals made: a test
// reads them afterwards (did the run describe the tree?).
func runWith(g *globals, args []string) int {
	root := newCommandTree(g)
	root.SetArgs(args)
	root.SetIn(os.Stdin)
	out := io.Writer(os.Stdout)
	if asksForHelp(args) {
		help := &trimmedLines{w: os.Stdout, lang: g.lang}
		defer help.flush()
		out = help
	}
	root.SetOut(out)
	root.SetErr(os.Stderr)
	// SIGINT and SIGTERM cancel the command's context rather than kill the
	// process, so that a check in flight stops at once and says "cancelled";
	// the status is then 130 or 143 whatever the command returned.
	ctx, stop := cancelOnSignal(context.Background())
	defer stop()
	err := fang.Execute(ctx, root,
		// Read once: it parses the build info unless make stamped it.
		fang.WithVersion(versionText(version, debug.ReadBuildInfo)),
		fang.WithErrorHandler(reportErrorIn(g.lang)),
		// fang's hidden `man` writes one English page from cobra's texts;
		// the packaged pages, in both languages, come from `man-pages`.
		fang.WithoutManpage(),
	)
	if code, ok := signalExit(ctx); ok && !g.signalIsStop {
		return code
	}
	if err != nil {
		return exitCode(err)
	}
	return g.exitCode
}

// newCommandTree builds the whole command tree, its descriptions left to
// describeTree (describe.go); nothing lives in package variables so that
// every run (and every test) starts from a clean tree.
func newCommandTree(g *globals) *cobra.Command {
	configure := newConfigureCmd(g)
	root := &cobra.Command{
		Use: "smtpconf",
		// Example lines stay within 72 columns, split with " \\" where longer:
		// fang cuts longer ones with "…" (at 112 columns without a terminal,
		// 72 on an 80-column one). TestHelpShowsExamplesUncut holds them to it.
		Example: "  smtpconf\n" +
			"  smtpconf set use_default=false sender=noreply@example.com \\\n" +
			"    host=mail.example.com port=587 starttls=true auth=plain \\\n" +
			"    username=app password=-\n" +
			"  smtpconf check && smtpconf test --to admin@example.com",
		Args: unknownCommand,
		RunE: configure.RunE,
		// Completion scripts come from cobra's own "completion" command,
		// man pages from man-pages (fang's own `man` is turned off in run).
	}
	root.PersistentFlags().Var(&configFlag{g: g, root: root}, "config", "")
	g.describe(func(lang i18n.Lang) {
		root.Short = lang.T("help_root_short", nil)
		// Lines within 76 columns: an 80-column terminal shows them as they are.
		root.Long = lang.T("help_root_long", nil)
		describeFlag(root, "config", lang.T("help_flag_config", nil))
	})
	addLangFlag(root, g)
	// The bare command is the form, so it takes the form's flags too; the
	// flag values are shared, not copied.
	root.Flags().AddFlagSet(configure.Flags())

	// --version prints the very line `version` does.
	root.SetVersionTemplate("smtpconf {{.Version}}\n")
	help := newHelpCmd(g)
	root.SetHelpCommand(help)
	root.AddCommand(
		configure,
		newDemoCmd(g),
		newValidateCmd(g),
		newShowCmd(g),
		newSetCmd(g),
		newUnsetCmd(g),
		newCheckCmd(g),
		newTestCmd(g),
		newLoginCmd(g),
		newServeCmd(g),
		newProbeCmd(g),
		newSendmailCmd(g),
		newExportCmd(g),
		newImportCmd(g),
		newVersionCmd(g),
		newManPagesCmd(g),
	)
	// version, probe and man-pages read no config file, and demo only a
	// temporary one: their --help names none.
	readsNoConfigFile := map[string]bool{"version": true, "probe": true, "man-pages": true, "demo": true}
	for _, cmd := range append(root.Commands(), root) {
		if !readsNoConfigFile[cmd.Name()] {
			namesConfigFile(cmd)
		}
	}
	markRunFailures(root, g)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		err = usageHelp(cmd, flagError(err))
		if askedForJSON(cmd, g.args) {
			writeFailureJSON(cmd.OutOrStdout(), err, g.lang)
		}
		return err
	})
	// cobra's own completion command, made now so that its description fits
	// 80 columns beside the others and is in g.lang (cobra would add it,
	// in English, when run).
	root.InitDefaultCompletionCmd()
	localizeHelp(root, help, g)
	nameHelpInArgErrors(root)
	return root
}

// Exit codes, as documented in the README and every --help.
const (
	exitOK     = 0
	exitFailed = 1 // the server check or test failed
	exitUsage  = 2
	exitConfig = 3 // the configuration is invalid or unreadable
	// exitInterrupted (130) and exitTerminated (143): see signals.go.
)

// exitError carries the exit code chosen by whoever understood the failure.
// A reported error has already been explained on the terminal (validate's
// problem list, check's failed step) and is not printed again.
//
// err is best an *i18n.Error, so that it reads in the run's language;
// hint, when set, is what to do about it, already in that language: the
// text says it after the error ("X does not exist: create it with ..."),
// --json gives it apart. problems are the file's, listed by --json.
//
// usage, for a usage error, is the path of the command that refused
// ("smtpconf set"): stderr ends with where to read its usage, and --json
// gives that as "hint" when there is no other.
type exitError struct {
	code     int
	err      error
	hint     string
	usage    string
	problems config.Problems
	reported bool
}

func (e *exitError) Error() string { return e.In(i18n.English) }

// In is the error with its hint in language l (the hint was written in the
// run's language when it was made).
func (e *exitError) In(l i18n.Lang) string {
	msg := l.T("cli_exit_status", i18n.D{"Code": e.code})
	if e.err != nil {
		msg = i18n.Text(e.err, l)
	}
	if e.hint != "" {
		msg += ": " + e.hint
	}
	return msg
}

func (e *exitError) Unwrap() error { return e.err }

// usage is a usage error whose message is err (best an *i18n.Error).
func usage(err error) error { return &exitError{code: exitUsage, err: err} }

// hinted is a failure with its exit code, the error and what to do about it.
func hinted(code int, err error, hint string) error {
	return &exitError{code: code, err: err, hint: hint}
}

// reported ends a command whose failure is already on screen.
func reported(code int) error { return &exitError{code: code, reported: true} }

// exitCode maps the outcome of a run to the process exit status. Anything
// cobra itself rejects (unknown command or flag, wrong arguments) arrives
// without a code, and is a usage error.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return exitUsage
}

// markRunFailures lets a command's own code end the run: it prints the
// error itself, as one plain "smtpconf: ..." line in the run's language,
// and leaves the status in g.exitCode. An error whose code chose no status
// is a plain failure (1), not the usage error that exitCode assumes for
// errors coming from cobra.
//
// fang is left only cobra's own errors (unknown command or flag): it asks
// the terminal for its background colour before calling any error handler,
// a round trip over SSH, and its styled box capitalises the first word,
// which mangles a path.
func markRunFailures(cmd *cobra.Command, g *globals) {
	if runE := cmd.RunE; runE != nil {
		cmd.RunE = func(cmd *cobra.Command, args []string) error {
			err := runE(cmd, args)
			if err == nil {
				return nil
			}
			var e *exitError
			if !errors.As(err, &e) {
				e = &exitError{code: exitFailed, err: err}
			}
			if !e.reported {
				_ = withUsage(cmd, e)
				errOut := cmd.ErrOrStderr()
				printMessage(errOut, "smtpconf: "+termsafe.String(e.In(g.lang)))
				printUsageLine(errOut, e, g.lang)
			}
			g.exitCode = e.code
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		markRunFailures(sub, g)
	}
}

// reportErrorIn is fang's error handler, for cobra's own errors: plain
// "smtpconf: ..." lines when stderr is not a terminal (scripts, CI logs and
// grep), fang's styled box otherwise. cobra's own words ("unknown flag")
// stay English; ours follow l.
func reportErrorIn(l i18n.Lang) func(w io.Writer, styles fang.Styles, err error) {
	return func(w io.Writer, styles fang.Styles, err error) {
		if term.IsTerminal(os.Stderr.Fd()) {
			errorBox(w, styles, err, l)
			return
		}
		_, _ = fmt.Fprintf(w, "smtpconf: %s\n", termsafe.String(i18n.Text(err, l)))
		var e *exitError
		if !errors.As(err, &e) {
			// An error cobra made without the flag error func or an argument
			// check (an unknown command): the root's usage.
			e = &exitError{code: exitCode(err), usage: "smtpconf"}
		}
		printUsageLine(w, e, l)
	}
}

// errorBox is fang's styled error box on a terminal, in l's words: fang's
// own (DefaultErrorHandler) says "ERROR" and "Try --help for usage." in
// English only, so another language gets the same box with the header from
// the catalog and the usage line a pipe gets too.
func errorBox(w io.Writer, styles fang.Styles, err error, l i18n.Lang) {
	if l == i18n.English || l == "" {
		fang.DefaultErrorHandler(w, styles, err)
		return
	}
	_, _ = fmt.Fprintln(w, styles.ErrorHeader.SetString(l.T("cli_error_header", nil)).String())
	_, _ = fmt.Fprintln(w, styles.ErrorText.Render(termsafe.String(i18n.Text(err, l))))
	_, _ = fmt.Fprintln(w)
	var e *exitError
	if errors.As(err, &e) && e.usage != "" {
		_, _ = fmt.Fprintln(w, styles.ErrorText.Render(l.T("cli_usage_line", i18n.D{"Command": e.usage})))
		_, _ = fmt.Fprintln(w)
	}
}

// usageHint is where to read a command's usage, given its path
// ("smtpconf set"): --json's "hint" for a usage error without a better one.
func usageHint(commandPath string, l i18n.Lang) string {
	return l.T("cli_usage_hint", i18n.D{"Command": commandPath})
}

// usageHelp is a usage error from cobra with where to read the usage.
func usageHelp(cmd *cobra.Command, err error) error {
	var e *exitError
	if !errors.As(err, &e) {
		err = &exitError{code: exitUsage, err: err}
	}
	return withUsage(cmd, err)
}

// withUsage names cmd's help in a usage error that does not name it yet;
// any other error is returned as it is.
func withUsage(cmd *cobra.Command, err error) error {
	var e *exitError
	if errors.As(err, &e) && e.code == exitUsage && e.usage == "" {
		e.usage = cmd.CommandPath()
	}
	return err
}

// printUsageLine ends a usage error's text with where to read the usage
// (what --json gives as its hint, as a sentence).
func printUsageLine(w io.Writer, e *exitError, l i18n.Lang) {
	if e.code != exitUsage || e.usage == "" {
		return
	}
	_, _ = fmt.Fprintln(w, l.T("cli_usage_line", i18n.D{"Command": e.usage}))
}

// nameHelpInArgErrors makes every command's argument check a usage error
// that names that command's help, not the root's.
func nameHelpInArgErrors(cmd *cobra.Command) {
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				return usageHelp(c, argsError(err))
			}
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		nameHelpInArgErrors(sub)
	}
}
