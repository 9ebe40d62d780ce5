package main

import (
	"encoding/json"
	"errors"
	"io"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// jsonSchema is the version of every JSON object smtpconf prints, as its
// "schema" field: it changes only when a field changes meaning or goes
// away, never when one is added.
const jsonSchema = 1

// writeResultJSON prints a check or test result as one JSON object:
// {"schema":1,"ok":bool,"steps":[...],"error":"...","hint":"...",...} in
// mailer's own JSON form, plus "cancelled" (true when a signal ended it) and
// the file's "problems" (its warnings: an error stops before the server).
func writeResultJSON(w io.Writer, res *mailer.Result, cancelled bool, problems config.Problems, l i18n.Lang) error {
	body, err := json.Marshal(res)
	if err != nil {
		return err
	}
	var fields map[string]any
	if err := json.Unmarshal(body, &fields); err != nil {
		return err
	}
	fields["schema"] = jsonSchema
	fields["cancelled"] = cancelled
	fields["problems"] = problemsJSON(problems, l)
	if body, err = json.Marshal(fields); err != nil {
		return err
	}
	// The result's own JSON is safe; the "cancelled" round trip above
	// would have put C1 back raw.
	body = append(termsafe.JSON(body), '\n')
	_, err = w.Write(body)
	return err
}

// failureJSON is check's and test's --json output when they stop before
// talking to the server: mailer's result fields, so that a script reads
// .ok, .error and .hint the same way whatever happened, with "kind" saying
// "usage" (exit 2) or "config" (exit 3), and the file's problems.
type failureJSON struct {
	Schema    int           `json:"schema"`
	OK        bool          `json:"ok"`
	Steps     []struct{}    `json:"steps"`
	Warnings  []string      `json:"warnings"`
	Error     string        `json:"error"`
	Hint      string        `json:"hint"`
	Kind      string        `json:"kind"`
	Cancelled bool          `json:"cancelled"`
	Problems  []problemJSON `json:"problems"`
}

// problemJSON is one of the file's problems as --json gives it; line is 0
// when not known, severity "error" or "warning"; the message is in the
// run's language (scripts pin --lang en or LANG=C), the rest never changes.
type problemJSON struct {
	Key      string `json:"key"`
	Line     int    `json:"line"`
	Message  string `json:"message"`
	Severity string `json:"severity"`
}

func problemsJSON(ps config.Problems, l i18n.Lang) []problemJSON {
	out := []problemJSON{}
	for _, p := range ps {
		out = append(out, problemJSON{Key: p.Key, Line: p.Line, Message: p.Text(l), Severity: p.Severity.String()})
	}
	return out
}

// writeFailureJSON prints err, which ended check or test before the
// conversation, as one failureJSON object. Its text goes to stderr as usual.
func writeFailureJSON(w io.Writer, err error, l i18n.Lang) {
	f := describeFailure(err, l)
	out := failureJSON{Schema: jsonSchema, Steps: []struct{}{}, Warnings: []string{}, Error: f.message, Hint: f.hint,
		Kind: "usage", Problems: f.problems}
	if f.code == exitConfig {
		out.Kind = "config"
	}
	body, merr := json.Marshal(out)
	if merr != nil {
		return // cannot happen: strings, ints and slices of them
	}
	_, _ = w.Write(append(termsafe.JSON(body), '\n'))
}

// failure is what every --json object says about an error that ended a
// command: its message without the hint, what to do (for a usage error
// without a better fix, where to read the usage), the exit code, and the
// file's problems — for a file that does not parse, the syntax error first,
// then whatever else was found.
type failure struct {
	message, hint string
	code          int
	problems      []problemJSON
}

func describeFailure(err error, l i18n.Lang) failure {
	f := failure{message: i18n.Text(err, l), code: exitCode(err), problems: []problemJSON{}}
	var e *exitError
	if errors.As(err, &e) {
		if e.err != nil {
			f.message = i18n.Text(e.err, l)
		}
		f.hint = e.hint
		if f.hint == "" && e.usage != "" {
			// The usage line stderr ends with: every usage error has a hint.
			f.hint = usageHint(e.usage, l)
		}
		if len(e.problems) > 0 {
			f.problems = problemsJSON(e.problems, l)
		}
	}
	var perr *config.ParseError
	if errors.As(err, &perr) {
		f.problems = problemsJSON(append(config.Problems{{Key: perr.Key, Line: perr.Line, Message: perr.Message}}, perr.Others...), l)
		if f.hint == "" {
			f.hint = l.T("cli_parse_hint", nil)
			if perr.Line > 0 {
				f.hint = l.T("cli_parse_line_hint", i18n.D{"Line": perr.Line})
			}
		}
	}
	return f
}
