package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// The language is chosen before the command tree is built, because the
// tree's descriptions (--help, man pages) are written in it: --lang, else
// LC_ALL, LC_MESSAGES, LANG. A --lang that names no language smtpconf
// speaks is refused when cobra parses the flag, in the locale's language.

// langFromArgs finds --lang in the command line the way pflag would read
// it (--lang de, --lang=de), stopping at "--".
func langFromArgs(args []string) (value string, ok bool) {
	for i, a := range args {
		switch {
		case a == "--":
			return "", false
		case a == "--lang" && i+1 < len(args):
			value, ok = args[i+1], true
		case strings.HasPrefix(a, "--lang="):
			value, ok = strings.TrimPrefix(a, "--lang="), true
		}
	}
	return value, ok
}

// chooseLang is the language of this run.
func chooseLang(args []string, getenv func(string) string) i18n.Lang {
	if v, ok := langFromArgs(args); ok {
		if l, err := i18n.ParseLang(v); err == nil {
			return l
		}
	}
	return i18n.FromEnv(getenv)
}

// langFlag is --lang: its value was applied before the tree was built, so
// Set only checks it.
type langFlag struct{ g *globals }

// String is empty so that --help shows no "(default en)": the default is
// the locale's, said in the usage line.
func (f *langFlag) String() string { return "" }
func (f *langFlag) Type() string   { return "de|en" }

func (f *langFlag) Set(v string) error {
	if _, err := i18n.ParseLang(v); err != nil {
		// ParseLang's words, from the catalog: the run's language is the
		// locale's when --lang names none smtpconf speaks.
		return i18n.Errorf("cli_lang_unknown", i18n.D{"Value": quotedInner(v)})
	}
	return nil
}

func addLangFlag(root *cobra.Command, g *globals) {
	root.PersistentFlags().Var(&langFlag{g: g}, "lang", "")
	g.describe(func(lang i18n.Lang) {
		describeFlag(root, "lang", lang.T("help_flag_lang", nil))
	})
}
