package tui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// huh's accessible prompts speak English of their own ("[y/N]", "Enter a
// number between 1 and 3"): yesNo and choice are its Confirm and Select
// with that part in the session's language, asked and read as huh does.

// yesNoField is a yes/no question; Enter keeps *value.
type yesNoField struct {
	*huh.Confirm
	lang  i18n.Lang
	title string
	value *bool
}

// yesNo is a yes/no question in the session's language.
func (a *accessible) yesNo(title string, value *bool) huh.Field {
	return yesNoField{Confirm: huh.NewConfirm().Title(title).Value(value), lang: a.lang(), title: title, value: value}
}

// RunAccessible asks until the answer is yes, no or empty (the default).
func (q yesNoField) RunAccessible(w io.Writer, r io.Reader) error {
	l := q.lang
	opts := l.T("tuiaccess_yes_no_default_no", nil)
	if *q.value {
		opts = l.T("tuiaccess_yes_no_default_yes", nil)
	}
	answer := readAnswer(w, r, fitPlain(q.title+" "+opts+" "), func(s string) error {
		if _, ok := parseYesNo(l, s); !ok && strings.TrimSpace(s) != "" {
			return errors.New(l.T("tuiaccess_yes_no_invalid", nil))
		}
		return nil
	})
	if v, ok := parseYesNo(l, answer); ok {
		*q.value = v
	}
	return nil
}

// parseYesNo reads an answer: y/yes and n/no always (scripts), the
// language's own words besides (j/ja, n/nein).
func parseYesNo(l i18n.Lang, s string) (value, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "y" || s == "yes" || strings.Contains(","+l.T("tuiaccess_yes_words", nil)+",", ","+s+",") && s != "":
		return true, true
	case s == "n" || s == "no" || strings.Contains(","+l.T("tuiaccess_no_words", nil)+",", ","+s+",") && s != "":
		return false, true
	}
	return false, false
}

// choiceField is a numbered list to choose one of; Enter keeps *value.
type choiceField[T comparable] struct {
	*huh.Select[T]
	lang  i18n.Lang
	title string
	opts  []huh.Option[T]
	value *T
}

// choose is a list to choose from in the session's language.
func choose[T comparable](a *accessible, title string, opts []huh.Option[T], value *T) huh.Field {
	return choiceField[T]{Select: huh.NewSelect[T]().Title(title).Options(opts...).Value(value), lang: a.lang(), title: title, opts: opts, value: value}
}

// RunAccessible lists the options, numbered, and asks for a number until
// one is given (Enter: the option of *value, else the first).
func (c choiceField[T]) RunAccessible(w io.Writer, r io.Reader) error {
	l, n := c.lang, len(c.opts)
	fmt.Fprintln(w, fitPlain(c.title))
	current := 0
	for i, o := range c.opts {
		fmt.Fprintln(w, fitPlain(fmt.Sprintf("%d. %s", i+1, o.Key)))
		if o.Value == *c.value && current == 0 {
			current = i + 1
		}
	}
	current = max(current, 1)
	prompt := l.T("tuiaccess_choose_number", i18n.D{"Last": n})
	if n == 1 {
		prompt = l.T("tuiaccess_choose_only_one", nil)
	}
	number := func(s string) (int, bool) {
		if strings.TrimSpace(s) == "" {
			return current, true
		}
		i, err := strconv.Atoi(strings.TrimSpace(s))
		return i, err == nil && i >= 1 && i <= n
	}
	answer := readAnswer(w, r, fitPlain(prompt), func(s string) error {
		if _, ok := number(s); !ok {
			if n == 1 {
				return errors.New(l.T("tuiaccess_choose_invalid_one", nil))
			}
			return errors.New(l.T("tuiaccess_choose_invalid", i18n.D{"Last": n}))
		}
		return nil
	})
	if i, ok := number(answer); ok && n > 0 {
		*c.value = c.opts[i-1].Value
	}
	return nil
}

// readAnswer prints prompt and reads lines from r until check takes one
// (saying what is wrong with each other one) or the input ends; it
// returns the line taken, trimmed, or "" at the end of the input.
func readAnswer(w io.Writer, r io.Reader, prompt string, check func(string) error) string {
	lines := bufio.NewScanner(r)
	for {
		fmt.Fprint(w, prompt)
		if !lines.Scan() {
			fmt.Fprintln(w)
			return ""
		}
		if err := check(lines.Text()); err != nil {
			fmt.Fprintln(w, fitPlain(err.Error()))
			continue
		}
		return strings.TrimSpace(lines.Text())
	}
}
