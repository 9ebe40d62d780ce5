package config

import (
	"cmp"
	"slices"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Severity tells whether a problem blocks saving (Error) or only advises (Warning).
type Severity int

const (
	// SeverityError blocks saving and sending: the settings cannot work.
	SeverityError Severity = iota
	// SeverityWarning is advice: the settings work but something is risky or pointless.
	SeverityWarning
)

// String is "error" or "warning", as a UI labels a problem.
func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// Problem is one thing wrong with the settings: the key it concerns (dotted,
// as in "smtp.port"), what is wrong and what to do, and the file line when known.
//
// Message is the English text (logs, JSON for scripts that pin English,
// tests); ID and Data are the catalog message it was made from, which Text
// renders in another language. A Problem made by hand without an ID reads
// as its Message in every language.
type Problem struct {
	Key      string
	Message  string
	Line     int
	Severity Severity
	ID       string
	Data     i18n.D
}

// Error is "key: message", so that a Problem can travel as an error.
func (p Problem) Error() string {
	if p.Key == "" {
		return p.Message
	}
	return p.Key + ": " + p.Message
}

// Text is the problem's message in language l (the key stays as it is).
func (p Problem) Text(l i18n.Lang) string {
	if p.ID == "" {
		return p.Message
	}
	return (&i18n.Error{ID: p.ID, Data: p.Data}).In(l)
}

// In is Error in language l: "key: message", so that i18n.Text translates
// a Problem that travels as an error.
func (p Problem) In(l i18n.Lang) string {
	if p.Key == "" {
		return p.Text(l)
	}
	return p.Key + ": " + p.Text(l)
}

// ProblemOf is a blocking problem about key made from an error, such as
// Set's: an *i18n.Error keeps its catalog message, so that the problem
// translates as the error would.
func ProblemOf(key string, err error) Problem {
	p := Problem{Key: key, Message: err.Error(), Severity: SeverityError}
	if e, ok := err.(*i18n.Error); ok { //nolint:errorlint // only the error itself is its text
		p.ID, p.Data = e.ID, e.Data
	}
	return p
}

// Problems is the outcome of validation.
type Problems []Problem

// Errors keeps the problems that block saving.
func (ps Problems) Errors() Problems {
	return ps.filter(func(p Problem) bool { return p.Severity == SeverityError })
}

// Warnings keeps the advisory problems.
func (ps Problems) Warnings() Problems {
	return ps.filter(func(p Problem) bool { return p.Severity == SeverityWarning })
}

// For keeps the problems about one key. A bare key means [smtp], as in Set.
func (ps Problems) For(key string) Problems {
	key = QualifiedKey(key)
	return ps.filter(func(p Problem) bool { return p.Key == key })
}

func (ps Problems) filter(keep func(Problem) bool) Problems {
	var out Problems
	for _, p := range ps {
		if keep(p) {
			out = append(out, p)
		}
	}
	return out
}

// Sorted returns the problems in file order: by line (problems without a
// line last), then key, errors before warnings, then message. The order is
// total, so output built from it is stable from run to run.
func (ps Problems) Sorted() Problems {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, func(a, b Problem) int {
		if c := cmp.Compare(lineOrder(a.Line), lineOrder(b.Line)); c != 0 {
			return c
		}
		if c := strings.Compare(a.Key, b.Key); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Severity, b.Severity); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
	return out
}

// lineOrder puts problems that have no line after those that do.
func lineOrder(line int) int {
	if line <= 0 {
		return int(^uint(0) >> 1)
	}
	return line
}

// Err is nil when no problem blocks saving, else an error listing them.
func (ps Problems) Err() error {
	errs := ps.Errors()
	if len(errs) == 0 {
		return nil
	}
	return &ProblemsError{Problems: errs}
}

// ProblemsError is the error form of blocking problems, for callers that
// want them back with errors.As.
type ProblemsError struct {
	Problems Problems
}

func (e *ProblemsError) Error() string { return e.In(i18n.English) }

// In is the error's text in language l: "key: message", or for several
// problems "N problems: key: message; key: message".
func (e *ProblemsError) In(l i18n.Lang) string {
	if len(e.Problems) == 1 {
		return e.Problems[0].In(l)
	}
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.In(l)
	}
	return l.N("config_problems_many", len(e.Problems), i18n.D{"List": strings.Join(parts, "; ")})
}

// problemList collects problems while a validation runs. Each message is
// an *i18n.Error made at the call (i18n.Errorf("config_…", …)), so that the
// catalog check sees its ID; the problem keeps its English text and the ID.
type problemList struct{ Problems }

func (l *problemList) fail(key string, m *i18n.Error) { l.add(key, SeverityError, m) }

func (l *problemList) warn(key string, m *i18n.Error) { l.add(key, SeverityWarning, m) }

func (l *problemList) add(key string, sev Severity, m *i18n.Error) {
	l.Problems = append(l.Problems, newProblem(key, sev, m))
}

func newProblem(key string, sev Severity, m *i18n.Error) Problem {
	return Problem{Key: key, Message: m.Error(), Severity: sev, ID: m.ID, Data: m.Data}
}
