package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// changeFlags are the flags set and unset share: what a script or config
// management tool needs to run them again and again safely.
type changeFlags struct {
	dryRun bool
	diff   bool
	json   bool
	// lang is the run's language.
	lang i18n.Lang
}

func (fl *changeFlags) register(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&fl.dryRun, "dry-run", false, "")
	cmd.Flags().BoolVar(&fl.diff, "diff", false, "")
	cmd.Flags().BoolVar(&fl.json, "json", false, "")
}

// describe writes the flags' usage in lang.
func (fl *changeFlags) describe(cmd *cobra.Command, lang i18n.Lang) {
	describeFlag(cmd, "dry-run", lang.T("help_flag_dry_run", nil))
	describeFlag(cmd, "diff", lang.T("help_flag_diff", nil))
	describeFlag(cmd, "json", lang.T("help_flag_change_json", nil))
}

// changeReport is set's and unset's --json output. changed lists the keys
// as typed (bare for [smtp]) whose setting the file changes; empty when
// the file stays as it was.
type changeReport struct {
	Schema   int           `json:"schema"`
	OK       bool          `json:"ok"`
	File     string        `json:"file"`
	Changed  []string      `json:"changed"`
	Saved    bool          `json:"saved"`
	DryRun   bool          `json:"dry_run"`
	Problems []problemJSON `json:"problems"`
	Error    string        `json:"error,omitempty"`
	Hint     string        `json:"hint,omitempty"`
}

// saveChange ends a set or unset whose result may be saved: nothing is
// written when the bytes would not change (same inode, same mtime:
// "unchanged") or with --dry-run; --diff shows the change; --json reports
// it. removing says the change is unset's ("removed"), not set's ("saved").
// changed are the keys the change touches, as the admin types them;
// problems are the result's, listed in JSON (the text has them on stderr).
// reapply makes the change again on the file as another process saved it
// meanwhile (see saveReapplying); saved says whether the file was written.
func saveChange(cmd *cobra.Command, fl *changeFlags, f *config.File, removing bool, changed []string, problems config.Problems, reapply func(*config.File) error) (saved bool, err error) {
	before, after, err := f.Pending()
	if err != nil {
		return false, err
	}
	out := cmd.OutOrStdout()
	same := before != nil && bytes.Equal(before, after)
	if same {
		changed = nil
	}
	if fl.diff && !same {
		if fl.json {
			// stdout is the JSON object; the diff goes beside it.
			printDiff(cmd.ErrOrStderr(), fl.lang, f.Path, before, after)
		} else {
			printDiff(out, fl.lang, f.Path, before, after)
		}
	}
	if !same && !fl.dryRun {
		if err := saveReapplying(f, reapplyWait, reapply); err != nil {
			return false, saveError(f.Path, err, fl.lang)
		}
		saved = true
	}
	if fl.json {
		return saved, writeChangeJSON(out, changeReport{OK: true, File: f.Path, Changed: changed, Saved: saved, DryRun: fl.dryRun,
			Problems: problemsJSON(problems, fl.lang)})
	}
	d := i18n.D{"File": f.Path, "Keys": strings.Join(changed, ", ")}
	var line string
	switch {
	case same:
		line = fl.lang.T("cli_change_unchanged", d)
	case fl.dryRun && removing:
		line = fl.lang.T("cli_change_would_remove", d)
	case fl.dryRun:
		line = fl.lang.T("cli_change_would_save", d)
	case removing:
		line = fl.lang.T("cli_change_removed", d)
	default:
		line = fl.lang.T("cli_change_saved", d)
	}
	_, _ = fmt.Fprintln(out, line)
	return saved, nil
}

// typedKeys gives dotted keys as the admin types them: [smtp]'s bare.
func typedKeys(keys []string) []string {
	out := []string{}
	for _, k := range keys {
		out = append(out, strings.TrimPrefix(k, "smtp."))
	}
	return out
}

// writeChangeJSON prints one changeReport.
func writeChangeJSON(w io.Writer, r changeReport) error {
	r.Schema = jsonSchema
	if r.Changed == nil {
		r.Changed = []string{}
	}
	if r.Problems == nil {
		r.Problems = []problemJSON{}
	}
	body, err := json.Marshal(r)
	if err != nil {
		return i18n.Wrap("cli_write_result_failed", nil, err)
	}
	_, err = w.Write(append(body, '\n'))
	return err
}

// runE wraps set's or unset's run: with --json, a failure is one JSON
// object too, its text on stderr as usual.
func (fl *changeFlags) runE(g *globals, run func(*cobra.Command, []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		err := run(cmd, args)
		if err != nil && fl.json {
			path, _ := g.configPath()
			f := describeFailure(err, g.lang)
			_ = writeChangeJSON(cmd.OutOrStdout(), changeReport{File: path, DryRun: fl.dryRun, Error: f.message, Hint: f.hint,
				Problems: f.problems})
		}
		return err
	}
}

// printDiff prints the change as a unified diff of the file, with secret
// values replaced and the file's text made safe for the terminal.
func printDiff(w io.Writer, lang i18n.Lang, path string, before, after []byte) {
	from := path
	if before == nil {
		from = "/dev/null"
	}
	changed := lang.T("cli_diff_secret_changed", i18n.D{"Redaction": config.Redaction})
	d := unifiedDiff(from, path, redactSecrets(string(before), nil, changed), redactSecrets(string(after), before, changed))
	_, _ = io.WriteString(w, termsafe.Lines(d))
}

// redactSecrets replaces the value of every secret key in TOML text. A
// secret line that was not in old reads changed ("******** (changed)" in
// the run's language), so that a diff shows that the password changed,
// never what it is.
func redactSecrets(text string, old []byte, changed string) string {
	had := map[string]bool{}
	for _, line := range strings.SplitAfter(string(old), "\n") {
		had[strings.TrimRight(line, "\n")] = true
	}
	lines := strings.SplitAfter(text, "\n")
	for i, line := range lines {
		key, _, ok := strings.Cut(line, "=")
		if !ok || !config.IsSecret(strings.Trim(strings.TrimSpace(key), `"'`)) {
			continue
		}
		body, end := strings.CutSuffix(line, "\n")
		value := config.Redaction
		if old != nil && !had[body] {
			value = changed
		}
		lines[i] = strings.TrimRight(key, " \t") + ` = "` + value + `"`
		if end {
			lines[i] += "\n"
		}
	}
	return strings.Join(lines, "")
}
