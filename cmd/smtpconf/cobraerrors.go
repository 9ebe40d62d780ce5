package main

import (
	"errors"
	"regexp"
	"strconv"

	"github.com/spf13/pflag"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// cobra and pflag word their own errors (an unknown flag, a missing value,
// the wrong number of arguments) in English only. These functions turn each
// form into the catalog message that reads the same in English, byte for
// byte, and in the run's language otherwise; flag names and values stay
// verbatim. An error in a form not known here (a newer cobra words it
// differently) is returned as it came: its English is then still right.

// flagError is pflag's parse error as a catalog message.
func flagError(err error) error {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
		e        *i18n.Error
	)
	switch {
	case errors.As(err, &notExist):
		name, group := notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames()
		if group == "" {
			e = i18n.Errorf("cli_flag_unknown", i18n.D{"Flag": "--" + name})
		} else if name != "" {
			e = i18n.Errorf("cli_flag_unknown_shorthand", i18n.D{"Char": quotedRune(name), "Group": "-" + group})
		}
	case errors.As(err, &required):
		name, group := required.GetSpecifiedName(), required.GetSpecifiedShortnames()
		if group == "" {
			e = i18n.Errorf("cli_flag_needs_value", i18n.D{"Flag": "--" + name})
		} else if name != "" {
			e = i18n.Errorf("cli_flag_needs_value_shorthand", i18n.D{"Char": quotedRune(name), "Group": "-" + group})
		}
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		name := "--" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			name = "-" + f.Shorthand + ", " + name
		}
		e = i18n.Errorf("cli_flag_invalid_value", i18n.D{
			"Value": quotedInner(invalid.GetValue()), "Flag": quotedInner(name),
			"Err": flagCause{err: errors.Unwrap(invalid), kind: f.Value.Type()},
		})
	case errors.As(err, &syntax):
		e = i18n.Errorf("cli_flag_bad_syntax", i18n.D{"Flag": syntax.GetSpecifiedFlag()})
	}
	if e == nil {
		return err
	}
	return sameInEnglish(e, err)
}

// Cobra's argument checks (cobra.ExactArgs and the like) return plain
// fmt.Errorf errors; their text is all there is to recognise them by.
var (
	argsAtLeast = regexp.MustCompile(`^requires at least (\d+) arg\(s\), only received (\d+)$`)
	argsAtMost  = regexp.MustCompile(`^accepts at most (\d+) arg\(s\), received (\d+)$`)
	argsExactly = regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)$`)
	argsBetween = regexp.MustCompile(`^accepts between (\d+) and (\d+) arg\(s\), received (\d+)$`)
	// cobra.NoArgs: a word where the command takes none.
	argsNone = regexp.MustCompile(`^unknown command "((?:[^"\\]|\\.)*)" for "((?:[^"\\]|\\.)*)"$`)
)

// argsError is cobra's argument check's error as a catalog message.
func argsError(err error) error {
	var ours *i18n.Error
	if errors.As(err, &ours) {
		return err
	}
	text := err.Error()
	var e *i18n.Error
	number := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if m := argsAtLeast.FindStringSubmatch(text); m != nil {
		e = i18n.Errorf("cli_args_at_least", i18n.D{"Count": number(m[1]), "Received": number(m[2])})
	} else if m := argsAtMost.FindStringSubmatch(text); m != nil {
		e = i18n.Errorf("cli_args_at_most", i18n.D{"Count": number(m[1]), "Received": number(m[2])})
	} else if m := argsExactly.FindStringSubmatch(text); m != nil {
		e = i18n.Errorf("cli_args_exactly", i18n.D{"Count": number(m[1]), "Received": number(m[2])})
	} else if m := argsBetween.FindStringSubmatch(text); m != nil {
		e = i18n.Errorf("cli_args_between", i18n.D{"Min": number(m[1]), "Count": number(m[2]), "Received": number(m[3])})
	} else if m := argsNone.FindStringSubmatch(text); m != nil {
		e = i18n.Errorf("cli_args_none", i18n.D{"Name": m[1], "Command": m[2]})
	}
	if e == nil {
		return err
	}
	// The count the message names first (Count) chooses the plural form.
	return sameInEnglish(pluralError{e}, err)
}

// pluralError is an *i18n.Error whose message has plural forms, chosen by
// its Data's Count.
type pluralError struct{ e *i18n.Error }

func (p pluralError) Error() string { return p.In(i18n.English) }

func (p pluralError) In(l i18n.Lang) string {
	count, _ := p.e.Data["Count"].(int)
	return l.N(p.e.ID, count, p.e.Data)
}

// sameInEnglish is the translatable error e when its English is exactly
// the original's, else the original: a form that changed upstream keeps
// its (right) English rather than gaining a wrong sentence.
func sameInEnglish(e, original error) error {
	if e.Error() != original.Error() {
		return original
	}
	return e
}

// flagCause is why pflag refused a flag's value: Go's own words in English
// (as pflag says them), what the flag expects in another language.
type flagCause struct {
	err  error
	kind string // the flag's Value.Type(): "duration", "int", "bool", ...
}

func (c flagCause) Error() string {
	if c.err == nil {
		return "<nil>"
	}
	return c.err.Error()
}

func (c flagCause) Unwrap() error { return c.err }

func (c flagCause) In(l i18n.Lang) string {
	var ours *i18n.Error
	if l == i18n.English || l == "" || c.err == nil || errors.As(c.err, &ours) {
		return i18n.Text(c.err, l)
	}
	switch c.kind {
	case "duration":
		return l.T("cli_flag_expects_duration", nil)
	case "int", "uint", "int64", "uint64", "int32", "uint32":
		return l.T("cli_flag_expects_integer", nil)
	case "bool":
		return l.T("cli_flag_expects_bool", nil)
	}
	return c.err.Error()
}

// quotedInner is s as %q writes it, without the quotes themselves: the
// catalog's English puts them around it.
func quotedInner(s string) string {
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

// quotedRune is the first character of s as pflag's %q of a rune writes
// it, without the quotes.
func quotedRune(s string) string {
	q := strconv.QuoteRune([]rune(s)[0])
	return q[1 : len(q)-1]
}
