package main

import (
	"strings"

	"github.com/pmezard/go-difflib/difflib"
)

// unifiedDiff is the unified diff (3 lines of context) from text a, named
// from, to text b, named to; empty when they are equal.
//
// go-difflib rather than go-udiff: go-udiff compiles a regexp at package
// init, which every smtpconf process paid (≈ 20 µs, `version` included)
// for the one command, `set --diff`, that prints a diff.
func unifiedDiff(from, to, a, b string) string {
	d, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A: lines(a), B: lines(b), FromFile: from, ToFile: to, Context: 3,
	})
	if err != nil {
		// It writes to a strings.Builder, which does not fail.
		return ""
	}
	return d
}

// lines splits text after each newline; a last line without one is shown
// with one, as the terminal would end it anyway.
func lines(text string) []string {
	if text == "" {
		return nil
	}
	l := strings.SplitAfter(text, "\n")
	if l[len(l)-1] == "" {
		return l[:len(l)-1]
	}
	l[len(l)-1] += "\n"
	return l
}
