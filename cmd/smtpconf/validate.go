package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

func newValidateCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "validate",
		Example: "  smtpconf validate\n  smtpconf --config /srv/app/mail.toml validate\n" +
			"  smtpconf validate --json | jq -r '.problems[].message'",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if asJSON {
				return validateJSON(cmd, g)
			}
			f, err := g.loadConfig(cmd)
			var perr *config.ParseError
			if errors.As(err, &perr) {
				// Listed before the error itself, which ends the run.
				printProblems(cmd.OutOrStdout(), perr.Path, perr.Others, g.lang)
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			problems := f.Validate()
			if printProblems(out, f.Path, problems, g.lang) {
				return reported(exitConfig)
			}
			if n := len(problems); n > 0 {
				_, _ = fmt.Fprintln(out, g.lang.N("cli_validate_warnings", n, i18n.D{"File": f.Path}))
			} else {
				_, _ = fmt.Fprintln(out, g.lang.T("cli_validate_ok", i18n.D{"File": f.Path}))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "")
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_validate_short", nil)
		cmd.Long = lang.T("help_validate_long", nil)
		describeFlag(cmd, "json", lang.T("help_flag_validate_json", nil))
	})
	return cmd
}

// validateReport is validate's --json output: ok when nothing blocks
// (warnings allowed), the problems as show and check list them, and when
// the file cannot be read or parsed, the error and what to do.
type validateReport struct {
	Schema   int           `json:"schema"`
	OK       bool          `json:"ok"`
	File     string        `json:"file"`
	Problems []problemJSON `json:"problems"`
	Error    string        `json:"error,omitempty"`
	Hint     string        `json:"hint,omitempty"`
}

func validateJSON(cmd *cobra.Command, g *globals) error {
	path, _ := g.configPath()
	r := validateReport{Schema: jsonSchema, File: path, Problems: []problemJSON{}}
	f, err := g.loadConfig(cmd)
	var result error
	switch {
	case err != nil:
		failure := describeFailure(err, g.lang)
		r.Error, r.Hint, r.Problems = failure.message, failure.hint, failure.problems
		// The text goes to stderr as usual; stdout is the object.
		result = err
	default:
		problems := f.Validate()
		r.Problems = problemsJSON(problems, g.lang)
		r.OK = len(problems.Errors()) == 0
		if !r.OK {
			r.Error = g.lang.T("cli_file_invalid", i18n.D{"File": f.Path})
			result = reported(exitConfig)
		}
	}
	body, merr := json.Marshal(r)
	if merr != nil {
		return merr
	}
	_, _ = cmd.OutOrStdout().Write(append(body, '\n'))
	return result
}
