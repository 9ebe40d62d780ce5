package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
)

// setFlags are set's options for scripts and configuration management:
// --json for one object to read, --dry-run to learn what would change.
type setFlags struct {
	json, dryRun bool
}

func (fl *setFlags) register(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&fl.json, "json", false,
		`print one JSON object: {"schema": 1, "ok", "file", "changed": [KEY...], "dry_run", "problems", "error"}`)
	cmd.Flags().BoolVar(&fl.dryRun, "dry-run", false, "check the change and say which keys it changes, but write nothing")
}

// setReport is set --json's output. changed names keys, never values.
type setReport struct {
	Schema   int           `json:"schema"`
	OK       bool          `json:"ok"`
	File     string        `json:"file"`
	Changed  []string      `json:"changed"`
	DryRun   bool          `json:"dry_run"`
	Problems []problemJSON `json:"problems"`
	Error    string        `json:"error,omitempty"`
}

// report prints the report with --json; text output is the caller's.
func (fl setFlags) report(cmd *cobra.Command, r setReport) {
	if !fl.json {
		return
	}
	r.Schema, r.DryRun = 1, fl.dryRun
	if r.Changed == nil {
		r.Changed = []string{}
	}
	if r.Problems == nil {
		r.Problems = []problemJSON{}
	}
	_ = writeJSON(cmd.OutOrStdout(), r)
}

// reportUnsaved ends a set that writes nothing: one that changes no value
// (so that running it again is a no-op and configuration management sees
// "unchanged"), or a dry run. It says whether it ended the command.
func (fl setFlags) reportUnsaved(cmd *cobra.Command, path string, changed []string, isNew bool) bool {
	unchanged := len(changed) == 0 && !isNew
	if !unchanged && !fl.dryRun {
		return false
	}
	fl.report(cmd, setReport{OK: true, File: path, Changed: changed})
	if fl.json {
		return true
	}
	switch {
	case unchanged:
		_, _ = fmt.Fprintf(cmd.OutOrStdout(), "%s: unchanged\n", path)
	default:
		_, _ = fmt.Fprintf(cmd.OutOrStdout(), "%s: would change %s (dry run: nothing written)\n", path, strings.Join(changed, ", "))
	}
	return true
}

// changedByAssignments names the keys whose values the set changes, bare
// for [smtp] as set takes them; for a file not on disk yet, every key given.
func changedByAssignments(before, after config.Config, isNew bool, as []assignment) []string {
	var keys []string
	if isNew {
		for _, a := range as {
			keys = append(keys, a.key)
		}
		return keys
	}
	for _, k := range config.ChangedKeys(before, after) {
		keys = append(keys, strings.TrimPrefix(k, "smtp."))
	}
	return keys
}
