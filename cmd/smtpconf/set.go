package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/shellword"
)

func newSetCmd(g *globals) *cobra.Command {
	fl := changeFlags{lang: g.lang}
	cmd := &cobra.Command{
		Use: "set KEY=VALUE...",
		// The examples run in this order on a new file in TestHelpExamplesWork.
		// A continuation line must not hold an empty KEY= (fang's example
		// styling indexes the value's first byte before the program name).
		Example: "  smtpconf set use_default=false sender=noreply@example.com \\\n" +
			"    host=mail.example.com port=587 starttls=true auth=plain \\\n" +
			"    username=app@example.com password=-\n" +
			"  printf '%s\\n' \"$SMTP_PASSWORD\" | smtpconf set password=-\n" +
			"  smtpconf set password= password_env=SMTP_PASSWORD \\\n" +
			"    test_recipient=admin@example.com\n" +
			"  smtpconf set use_default=true\n" +
			"  smtpconf set --dry-run --diff port=465 protocol=smtps\n" +
			"  smtpconf set --json timeout=20s | jq -r '.changed[]'",
		Args: cobra.MinimumNArgs(1),
		ValidArgsFunction: func(_ *cobra.Command, _ []string, word string) ([]string, cobra.ShellCompDirective) {
			return completeAssignment(word, g.lang)
		},
		RunE: fl.runE(g, func(cmd *cobra.Command, args []string) error {
			return runSet(cmd, g, &fl, args)
		}),
	}
	fl.register(cmd)
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_set_short", nil)
		// Paragraphs are single lines: fang wraps them at the terminal's
		// width, and a line broken here too would come out ragged.
		cmd.Long = lang.T("help_set_long", nil)
		fl.describe(cmd, lang)
	})
	// The keys section, at the end of the description.
	g.addAboutLate(cmd, func() string { return keyList(g.lang) })
	return cmd
}

// assignment is one KEY=VALUE argument.
type assignment struct{ key, value string }

// parseAssignments checks the syntax of every argument before anything is
// read or written, so that a typo in the last one costs nothing.
func parseAssignments(args []string) ([]assignment, error) {
	var as []assignment
	fromStdin := ""
	for _, arg := range args {
		key, value, ok := strings.Cut(arg, "=")
		key = strings.TrimSpace(key)
		if !ok || key == "" {
			return nil, usage(i18n.Errorf("cli_set_not_assignment", i18n.D{"Arg": i18n.Quoted(arg)}))
		}
		if value == "-" {
			if fromStdin != "" {
				return nil, usage(i18n.Errorf("cli_set_stdin_twice", i18n.D{"First": fromStdin, "Second": key}))
			}
			fromStdin = key
		}
		as = append(as, assignment{key: key, value: value})
	}
	return as, nil
}

func runSet(cmd *cobra.Command, g *globals, fl *changeFlags, args []string) error {
	assignments, err := parseAssignments(args)
	if err != nil {
		return err
	}
	path, _ := g.configPath()
	f, err := config.Load(path)
	isNew := false
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f, isNew = config.New(path), true
		f.Lang = g.lang
	case err != nil:
		// A file that does not parse may hold what the admin wrote by
		// hand; rewriting it from what we understood would lose that.
		return notRewritten(cmd.ErrOrStderr(), path, loadError(path, err, g.lang), g.lang)
	default:
		printLoadWarnings(cmd.ErrOrStderr(), f, g.lang)
	}

	var problems config.Problems
	var setErrors []error // problems' errors, to print in the run's language
	for i, a := range assignments {
		if a.value == "-" {
			v, err := readSecret(cmd.Context(), cmd.InOrStdin(), cmd.ErrOrStderr(), secretPrompt(a.key, g.lang))
			if err != nil {
				return usage(i18n.Wrap("cli_set_stdin_failed", i18n.D{"Key": a.key}, err))
			}
			assignments[i].value = v
			a.value = v
		}
		if err := f.Config.Set(a.key, a.value); err != nil {
			// config's message names the key and leaves the value out: it
			// may be a password.
			problems = append(problems, config.ProblemOf(config.QualifiedKey(a.key), err))
			setErrors = append(setErrors, err)
		}
	}
	errOut := cmd.ErrOrStderr()
	if len(problems) > 0 {
		for _, err := range setErrors {
			_, _ = fmt.Fprintf(errOut, "%s: %s\n", f.Path, i18n.Text(err, g.lang))
		}
		_, _ = fmt.Fprintln(errOut, g.lang.T("cli_not_saved", i18n.D{"File": f.Path}))
		return notSaved(f.Path, problems)
	}
	custom := customServerKeys(assignments)
	if isNew && len(custom) > 0 && !setsKey(assignments, "smtp.use_default") {
		// A new file starts with use_default = true (config.Default), which
		// would leave the server just given unused and exit 0: the easiest
		// mistake in a first-time setup script. Naming a server says which
		// one is meant. Said before validating, as it explains why the
		// custom server's problems are listed.
		f.Config.SMTP.UseDefault = false
		printMessage(errOut, g.lang.T("cli_line_note", i18n.D{"Text": g.lang.T("cli_set_new_file_custom_server",
			i18n.D{"File": f.Path, "Keys": strings.Join(custom, ", ")})}))
	}
	ps := f.Validate()
	if printProblems(errOut, f.Path, ps, g.lang) {
		_, _ = fmt.Fprintln(errOut, g.lang.T("cli_not_saved", i18n.D{"File": f.Path}))
		hintUnset(errOut, g, f, ps)
		return notSaved(f.Path, ps)
	}
	reapply := func(f *config.File) error {
		for _, a := range assignments {
			if err := f.Config.Set(a.key, a.value); err != nil {
				return i18n.Wrap("cli_file_error", i18n.D{"File": f.Path}, err)
			}
		}
		if isNew && len(custom) > 0 && !setsKey(assignments, "smtp.use_default") {
			f.Config.SMTP.UseDefault = false
		}
		if ps := f.Validate(); printProblems(errOut, f.Path, ps, g.lang) {
			_, _ = fmt.Fprintln(errOut, g.lang.T("cli_set_not_saved_changed_meanwhile", i18n.D{"File": f.Path}))
			return notSaved(f.Path, ps)
		}
		return nil
	}
	saved, err := saveChange(cmd, fl, f, false, typedKeys(changedBySet(f, assignments)), ps, reapply)
	if err != nil {
		return err
	}
	if f.Config.SMTP.UseDefault && len(custom) > 0 && saved {
		// Everything saved, and mail still goes through the platform's
		// server: say so, and what to run.
		printMessage(errOut, g.lang.T("cli_line_note", i18n.D{"Text": g.lang.T("cli_set_still_default_server",
			i18n.D{"Keys": strings.Join(custom, ", "), "Command": g.commandLine("set", "use_default=false")})}))
	}
	return nil
}

// changedBySet lists the dotted keys whose setting set changes: a value
// that differs from the file's, or a key the file did not have written.
func changedBySet(f *config.File, as []assignment) []string {
	changed := config.ChangedKeys(f.Loaded(), f.Config)
	written := f.WrittenKeys()
	for _, a := range as {
		key := config.QualifiedKey(a.key)
		if !slices.Contains(changed, key) && !slices.Contains(written, key) && a.value != "" {
			changed = append(changed, key)
		}
	}
	return changed
}

// notSaved ends a set or unset that refused to save: the problems are
// already on stderr; --json lists them.
func notSaved(path string, problems config.Problems) error {
	return &exitError{code: exitConfig, err: i18n.Errorf("cli_not_saved", i18n.D{"File": path}), problems: problems, reported: true}
}

// customServerKeys lists the keys, as given, that set one of [smtp]'s own
// server settings: the ones use_default = true makes idle. use_default and
// test_recipient are not server settings, and sender, sender_name and
// timeout also serve [default_server], which inherits them; emptying a key
// names no server.
func customServerKeys(as []assignment) []string {
	var keys []string
	for _, a := range as {
		key, ok := config.LookupKey(a.key)
		if !ok || a.value == "" || !strings.HasPrefix(key.Name, "smtp.") || config.Inherits(key.Name) {
			continue
		}
		switch key.Name {
		case "smtp.use_default", "smtp.test_recipient":
		default:
			keys = append(keys, a.key)
		}
	}
	return keys
}

// setsKey tells whether an assignment names the dotted key, bare or not.
func setsKey(as []assignment, name string) bool {
	for _, a := range as {
		if key, ok := config.LookupKey(a.key); ok && key.Name == name {
			return true
		}
	}
	return false
}

// secretPrompt asks for key's value by its label in lang ("Kennwort: "),
// the word the form uses for it.
func secretPrompt(key string, lang i18n.Lang) string {
	label := key
	if k, ok := config.LookupKey(key); ok && k.LabelIn(lang) != "" {
		label = k.LabelIn(lang)
	}
	return lang.T("cli_set_secret_prompt", i18n.D{"Label": label})
}

// readSecret reads one line from standard input: without echo when it is a
// terminal (with prompt on stderr), else the first line of the pipe.
func readSecret(ctx context.Context, in io.Reader, promptTo io.Writer, prompt string) (string, error) {
	if file, ok := in.(*os.File); ok && term.IsTerminal(file.Fd()) {
		_, _ = fmt.Fprint(promptTo, prompt)
		b, err := readPassword(ctx, file.Fd())
		_, _ = fmt.Fprintln(promptTo)
		if err != nil {
			return "", i18n.Wrap("cli_read_terminal_failed", nil, err)
		}
		return string(b), nil
	}
	type read struct {
		line string
		err  error
	}
	done := make(chan read, 1)
	// A pipe whose writer never closes it would hold the command past a
	// signal; the read is left behind when ctx ends, as the process is.
	go func() {
		line, err := bufio.NewReader(in).ReadString('\n')
		done <- read{line, err}
	}()
	var r read
	select {
	case r = <-done:
	case <-ctx.Done():
		return "", context.Cause(ctx)
	}
	if r.err != nil && !(errors.Is(r.err, io.EOF) && r.line != "") {
		if errors.Is(r.err, io.EOF) {
			return "", i18n.Errorf("cli_stdin_empty", nil)
		}
		return "", r.err
	}
	return strings.TrimRight(r.line, "\r\n"), nil
}

// readPassword reads without echo until Enter, or until ctx ends (Ctrl+C,
// SIGTERM): the echo is then turned back on before the process exits,
// which it would not be while the read still waits for a key.
func readPassword(ctx context.Context, fd uintptr) ([]byte, error) {
	state, err := term.GetState(fd)
	if err != nil {
		return nil, err
	}
	type read struct {
		b   []byte
		err error
	}
	done := make(chan read, 1)
	go func() {
		b, err := term.ReadPassword(fd)
		done <- read{b, err}
	}()
	select {
	case r := <-done:
		return r.b, r.err
	case <-ctx.Done():
		_ = term.Restore(fd, state)
		return nil, context.Cause(ctx)
	}
}

// completeAssignment completes KEY= from the keys config knows ([smtp]'s
// bare, as the admin types them, with their help as the description), and
// after the "=" the accepted values of a key that has a fixed set.
func completeAssignment(word string, l i18n.Lang) ([]string, cobra.ShellCompDirective) {
	if name, value, ok := strings.Cut(word, "="); ok {
		key, known := config.LookupKey(name)
		if !known {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		if strings.HasSuffix(key.Name, "_file") {
			return completePath(name+"=", value)
		}
		choices := key.Choices
		if key.Kind == config.KindBool {
			choices = []string{"true", "false"}
		}
		var out []string
		for _, c := range choices {
			if strings.HasPrefix(c, value) {
				out = append(out, name+"="+c)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, k := range config.Keys() {
		name := strings.TrimPrefix(k.Name, "smtp.")
		if strings.HasPrefix(name, word) {
			out = append(out, name+"=\t"+k.HelpIn(l))
		}
	}
	return out, cobra.ShellCompDirectiveNoSpace
}

// completePath completes a file name after KEY=: the shell's own file
// completion would take "tls_ca_file=/et" as the start of a file name.
// Directories end in "/" and take no space, so completion goes on inside.
func completePath(prefix, value string) ([]string, cobra.ShellCompDirective) {
	dir, base := filepath.Split(value)
	entries, err := os.ReadDir(cmp.Or(dir, "."))
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, base) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(base, ".")) {
			continue
		}
		if e.IsDir() || e.Type()&fs.ModeSymlink != 0 && isDir(filepath.Join(dir, name)) {
			name += "/"
		}
		out = append(out, prefix+dir+name)
	}
	return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// keyList is the keys section of set's help: each [smtp] key with its
// accepted values and help; [default_server] has the same server keys.
func keyList(lang i18n.Lang) string {
	var b strings.Builder
	b.WriteString(lang.T("help_set_keys", nil) + "\n")
	for _, k := range config.Keys() {
		name, ok := strings.CutPrefix(k.Name, "smtp.")
		if !ok {
			continue
		}
		// The key on its own line, its description indented below it on
		// one line: showHelp wraps it to the help's width under itself
		// (fitHelp), where fang would wrap it back to the margin, and a
		// man page fills it.
		fmt.Fprintf(&b, "  %s\n%s%s\n", name, keyHelpIndent, k.HelpIn(lang))
	}
	return b.String()
}

// keyHelpIndent indents a key's description under the key.
const keyHelpIndent = "      "

// hintUnset points at unset when the file itself has keys smtpconf does not
// know: set cannot remove them (it refuses unknown keys), so without the
// hint a typo in the file would make every set fail with no way out.
func hintUnset(w io.Writer, g *globals, f *config.File, ps config.Problems) {
	var unknown []string
	written := f.WrittenKeys()
	for _, p := range ps.Errors() {
		if _, known := config.LookupKey(p.Key); !known && slices.Contains(written, p.Key) {
			unknown = append(unknown, shellword.Quote(strings.TrimPrefix(p.Key, "smtp.")))
		}
	}
	if len(unknown) > 0 {
		printMessage(w, g.lang.T("cli_line_hint", i18n.D{"Text": g.lang.T("cli_set_hint_unset",
			i18n.D{"Command": g.commandLine(append([]string{"unset"}, unknown...)...)})}))
	}
}
