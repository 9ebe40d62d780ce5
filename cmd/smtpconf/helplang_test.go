package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// helpLang is a language --help is checked in: the environment that
// chooses it and the words the checks look for.
type helpLang struct {
	name string
	vars []string // added to the test environment (which has no LANG)
	// fang's headings, as --help shows them
	usage, examples, commands, flags string
	keys                             string // the heading of set's key list
	configFile                       string // the label of the config file line
}

var helpLangs = []helpLang{
	{name: "en", usage: "USAGE", examples: "EXAMPLES", commands: "COMMANDS", flags: "FLAGS",
		keys: "Keys", configFile: "config file"},
	{name: "de", vars: []string{"LANG=de_DE.UTF-8"}, usage: "AUFRUF", examples: "BEISPIELE", commands: "BEFEHLE",
		flags: "OPTIONEN", keys: "Schlüssel", configFile: "Konfigurationsdatei"},
}

// helpCommands is every command of a tree built in lang, by path, the
// help command and cobra's completion commands included.
func helpCommands(lang i18n.Lang) map[string]*cobra.Command {
	root := newRootCmd(&globals{getenv: func(string) string { return "" }, lang: lang})
	root.InitDefaultHelpCmd()
	out := map[string]*cobra.Command{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		out[c.CommandPath()] = c
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return out
}

// TestGermanHelpOfEveryCommand: the --help of every command, chosen by the
// locale (LANG=de_DE.UTF-8) or by --lang de over LANG=C, has the German
// description and flag texts, German headings and config file line, and
// none of the English ones: no description, flag usage or heading of
// ours, cobra's or fang's is left in English.
func TestGermanHelpOfEveryCommand(t *testing.T) {
	en, de := helpCommands(i18n.English), helpCommands(i18n.German)
	if len(en) < 20 {
		t.Fatalf("only %d commands found", len(en))
	}
	// Every English one-line description: none may show in any German help
	// (the tables of commands list them).
	var enShorts []string
	for _, c := range en {
		enShorts = append(enShorts, c.Short)
	}
	base := newEnv(t)
	ways := map[string]*env{
		"LANG=de_DE.UTF-8": base.with("LANG=de_DE.UTF-8"),
		"--lang de":        base.with("LANG=C"),
	}
	for path, enCmd := range en {
		deCmd := de[path]
		args := append(strings.Fields(strings.TrimPrefix(path, "smtpconf")), "--help")
		for way, e := range ways {
			t.Run(path+"/"+way, func(t *testing.T) {
				a := args
				if way == "--lang de" {
					a = append([]string{"--lang", "de"}, args...)
				}
				o := e.run("", a...)
				expectCode(t, o, exitOK)
				germanHelpOnly(t, o.stdout, enCmd, deCmd, enShorts)
			})
		}
	}
}

func germanHelpOnly(t *testing.T, out string, enCmd, deCmd *cobra.Command, enShorts []string) {
	t.Helper()
	german, english := map[string]bool{}, map[string]bool{}
	// fang shows the long description, else the short one; tabs become
	// spaces, so only lines without one are compared.
	lines := func(c *cobra.Command, into map[string]bool) {
		text := c.Long
		if text == "" {
			text = c.Short
		}
		for _, l := range strings.Split(text, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.Contains(l, "\t") {
				into[l] = true
			}
		}
	}
	lines(deCmd, german)
	lines(enCmd, english)
	for l := range german {
		if !strings.Contains(out, l) {
			t.Errorf("the German description's line %q is missing:\n%s", l, out)
		}
	}
	for l := range english {
		if !german[l] && strings.Contains(out, l) {
			t.Errorf("English description line %q:\n%s", l, out)
		}
	}
	for _, s := range enShorts {
		if strings.Contains(out, s) {
			t.Errorf("English description %q:\n%s", s, out)
		}
	}
	// fang capitalises a flag's usage: compare without the first letter.
	tail := func(s string) string { _, n := utf8.DecodeRuneInString(s); return s[n:] }
	deCmd.InitDefaultHelpFlag()
	enCmd.InitDefaultHelpFlag()
	enCmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" || f.Name == "version" {
			return // cobra's usage; the check below names them
		}
		if strings.Contains(out, tail(f.Usage)) {
			t.Errorf("--%s's usage is English: %q:\n%s", f.Name, f.Usage, out)
		}
		if d := deCmd.Flags().Lookup(f.Name); d != nil && !strings.Contains(out, tail(d.Usage)) {
			t.Errorf("--%s's German usage %q is missing:\n%s", f.Name, d.Usage, out)
		}
	})
	for _, english := range []string{"Help for ", "Version for ", "config file: ", "(default)"} {
		if strings.Contains(out, english) {
			t.Errorf("English %q in German help:\n%s", english, out)
		}
	}
	if !strings.Contains(out, "Hilfe zu "+deCmd.Name()) {
		t.Errorf("no German -h/--help usage:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		switch strings.TrimSpace(l) {
		case "USAGE", "EXAMPLES", "COMMANDS", "FLAGS":
			t.Errorf("English heading %q:\n%s", strings.TrimSpace(l), out)
		}
	}
	if !strings.Contains(out, "\n  AUFRUF\n") || !strings.Contains(out, "\n  OPTIONEN\n") {
		t.Errorf("no German headings:\n%s", out)
	}
}

// TestUsageHintInGerman: a usage error's last line, and --json's hint,
// name the command's help in German.
func TestUsageHintInGerman(t *testing.T) {
	e := newEnv(t).with("LANG=de_DE.UTF-8")
	e.writeConfig(validConfig)
	for _, args := range [][]string{{"check", "--bogus"}, {"validate", "extra"}, {"chek"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			o := e.smtpconf(args...)
			expectCode(t, o, exitUsage)
			cmd := "smtpconf"
			if args[0] != "chek" {
				cmd += " " + args[0]
			}
			lines := strings.Split(strings.TrimRight(o.stderr, "\n"), "\n")
			if want := "Mehr zum Aufruf mit `" + cmd + " --help`."; lines[len(lines)-1] != want {
				t.Errorf("stderr should end with %q:\n%s", want, o)
			}
			if args[0] == "chek" && !strings.Contains(o.stderr, "meinten Sie `check`?") {
				t.Errorf("no German suggestion:\n%s", o)
			}
		})
	}
	o := e.smtpconf("check", "--bogus", "--json")
	var v failureOutcome
	decodeOne(t, o, &v)
	if v.Hint != "mehr zum Aufruf mit `smtpconf check --help`" {
		t.Errorf(".hint = %q, want it in German", v.Hint)
	}
}

// TestManPagesInGerman: `--lang de man-pages` writes every page with
// German section headings and the German texts; the English pages keep
// the English headings.
func TestManPagesInGerman(t *testing.T) {
	e := newEnv(t).with("SOURCE_DATE_EPOCH=86400")
	dirs := map[string]string{"en": t.TempDir(), "de": t.TempDir()}
	for lang, dir := range dirs {
		if o := e.run("", "--lang", lang, "man-pages", dir); o.code != 0 {
			t.Fatalf("--lang %s man-pages:\n%s", lang, o)
		}
	}
	headings := map[string][]string{
		"en": {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO"},
		"de": {"BEZEICHNUNG", "ÜBERSICHT", "BESCHREIBUNG", "OPTIONEN", "RÜCKGABEWERT", "UMGEBUNG", "DATEIEN", "BEISPIELE", "SIEHE AUCH"},
	}
	de := helpCommands(i18n.German)
	for _, page := range []string{"smtpconf", "smtpconf-check", "smtpconf-set", "smtpconf-export"} {
		for lang, dir := range dirs {
			raw, err := os.ReadFile(filepath.Join(dir, page+".1"))
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			for _, h := range headings[lang] {
				if !strings.Contains(text, "\n.SH "+h+"\n") {
					t.Errorf("%s/%s.1 has no .SH %s", lang, page, h)
				}
			}
			if !strings.Contains(text, `"1970-01-02"`) {
				t.Errorf("%s/%s.1 is not dated from SOURCE_DATE_EPOCH:\n%s", lang, page, text)
			}
			if lang == "de" {
				short := roffText(de[strings.ReplaceAll(page, "-", " ")].Short)
				if !strings.Contains(text, short) {
					t.Errorf("de/%s.1 lacks its German text %q:\n%s", page, short, text)
				}
				if strings.Contains(text, "success (for validate") || strings.Contains(text, "the config file, when") {
					t.Errorf("de/%s.1 has English fixed sections:\n%s", page, text)
				}
			}
			// Option values are named as the help texts name them, in
			// the page's language, never by pflag's type.
			placeholders := map[string][]string{
				"en": {`\fB\-\-config\fR \fIPATH\fR`, `\fB\-\-lang\fR \fIde|en\fR`},
				"de": {`\fB\-\-config\fR \fIPFAD\fR`, `\fB\-\-lang\fR \fIde|en\fR`},
			}
			if page == "smtpconf-export" {
				placeholders["en"] = append(placeholders["en"], `\fB\-\-sasl\-passwd\fR \fIFILE\fR`)
				placeholders["de"] = append(placeholders["de"], `\fB\-\-sasl\-passwd\fR \fIDATEI\fR`)
			}
			for _, p := range placeholders[lang] {
				if !strings.Contains(text, p) {
					t.Errorf("%s/%s.1 lacks %q", lang, page, p)
				}
			}
			if strings.Contains(text, `\fISTRING\fR`) {
				t.Errorf("%s/%s.1 names a value by its Go type string:\n%s", lang, page, text)
			}
		}
	}
}

// TestHeadingsTranslateInColour: fang's headings are found and put into
// German with the colour codes around them kept, and no other line is
// touched, even one that holds a heading's word.
func TestHeadingsTranslateInColour(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  \x1b[1;38;5;99mUSAGE\x1b[m", "  \x1b[1;38;5;99mAUFRUF\x1b[m"},
		{"  FLAGS", "  OPTIONEN"},
		{"  EXAMPLES  ", "  BEISPIELE  "},
		{"  COMMANDS", "  BEFEHLE"},
		{"  USAGE errors exit 2", "  USAGE errors exit 2"},
		{"    --flags", "    --flags"},
	}
	for _, tt := range tests {
		if got := string(translateHeading([]byte(tt.in), i18n.German)); got != tt.want {
			t.Errorf("German %q = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(translateHeading([]byte(tt.in), i18n.English)); got != tt.in {
			t.Errorf("English %q = %q, want it unchanged", tt.in, got)
		}
	}
}

// TestErrorBoxInGerman: the styled box a terminal gets for cobra's own
// errors says FEHLER and where to read the usage in German, not fang's
// "ERROR" and "Try --help for usage.".
func TestErrorBoxInGerman(t *testing.T) {
	var b strings.Builder
	err := &exitError{code: exitUsage, err: errors.New("unknown flag: --bogus"),
		usage: "smtpconf check"}
	errorBox(&b, fang.Styles{}, err, i18n.German)
	out := b.String()
	for _, want := range []string{"FEHLER", "unknown flag: --bogus", "Mehr zum Aufruf mit `smtpconf check --help`."} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in the box:\n%s", want, out)
		}
	}
	for _, english := range []string{"ERROR", "Try", "for usage"} {
		if strings.Contains(out, english) {
			t.Errorf("English %q in the German box:\n%s", english, out)
		}
	}
}
