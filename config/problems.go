package config

import (
	"cmp"
	"fmt"
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
type Problem struct {
	Key      string
	Message  string
	Line     int
	Severity Severity
}

// Error is "key: message", so that a Problem can travel as an error.
func (p Problem) Error() string {
	if p.Key == "" {
		return p.Message
	}
	return p.Key + ": " + p.Message
}

// Text is the problem's message in language l (the key stays as it is).
// TODO(i18n): config's messages are being moved into the catalog; until
// then this is the English Message.
func (p Problem) Text(l i18n.Lang) string { return p.Message }

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

func (e *ProblemsError) Error() string {
	if len(e.Problems) == 1 {
		return e.Problems[0].Error()
	}
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.Error()
	}
	return fmt.Sprintf("%d problems: %s", len(e.Problems), strings.Join(parts, "; "))
}

// problemList collects problems while a validation runs.
type problemList struct{ Problems }

func (l *problemList) errorf(key, format string, args ...any) {
	l.Problems = append(l.Problems, Problem{Key: key, Message: fmt.Sprintf(format, args...), Severity: SeverityError})
}

func (l *problemList) warnf(key, format string, args ...any) {
	l.Problems = append(l.Problems, Problem{Key: key, Message: fmt.Sprintf(format, args...), Severity: SeverityWarning})
}
