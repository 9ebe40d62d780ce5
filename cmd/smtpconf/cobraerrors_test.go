package main

import (
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Every form of pflag's parse errors and cobra's argument checks reads as
// cobra words it in English, byte for byte, and in German from the catalog,
// with the flag names and values as they were given.
func TestCobraErrorsInBothLanguages(t *testing.T) {
	parse := func(args ...string) error {
		fs := pflag.NewFlagSet("check", pflag.ContinueOnError)
		fs.SetOutput(discard{})
		fs.Duration("timeout", 15*time.Second, "")
		fs.Bool("json", false, "")
		fs.Int("port", 0, "")
		fs.StringP("output", "o", "", "")
		fs.Var(&langFlag{}, "lang", "")
		return fs.Parse(args)
	}
	cmd := &cobra.Command{Use: "version"}
	cases := []struct {
		name   string
		err    error
		wrap   func(error) error
		german string
	}{
		{"unknown_flag", parse("--nope"), flagError, "unbekannte Option `--nope`"},
		{"unknown_shorthand", parse("-qz"), flagError, "unbekannte Kurzoption `-q` (in `-qz`)"},
		{"needs_value", parse("--timeout"), flagError, "die Option `--timeout` braucht einen Wert"},
		{"shorthand_needs_value", parse("-o"), flagError, "die Kurzoption `-o` (in `-o`) braucht einen Wert"},
		{"duration", parse("--timeout", "soon"), flagError, "ungültiger Wert `soon` für die Option `--timeout`: erwartet wird eine Dauer wie 30s, 2m oder 1m30s"},
		{"integer", parse("--port=x"), flagError, "ungültiger Wert `x` für die Option `--port`: erwartet wird eine ganze Zahl"},
		{"bool", parse("--json=maybe"), flagError, "ungültiger Wert `maybe` für die Option `--json`: erwartet wird true oder false"},
		{"value_with_quote", parse(`--port=a"b`), flagError, "ungültiger Wert `a\\\"b` für die Option `--port`: erwartet wird eine ganze Zahl"},
		{"our_own_value_error", parse("--lang", "fr"), flagError, "ungültiger Wert `fr` für die Option `--lang`: unbekannte Sprache `fr`: möglich sind en und de"},
		{"bad_syntax", parse("---x"), flagError, "falsch geschriebene Option `---x`"},
		{"at_least_1", cobra.MinimumNArgs(1)(cmd, nil), argsError, "mindestens 1 Argument erwartet, aber 0 angegeben"},
		{"at_least_2", cobra.MinimumNArgs(2)(cmd, []string{"a"}), argsError, "mindestens 2 Argumente erwartet, aber 1 angegeben"},
		{"at_most", cobra.MaximumNArgs(1)(cmd, []string{"a", "b"}), argsError, "höchstens 1 Argument erwartet, aber 2 angegeben"},
		{"exactly", cobra.ExactArgs(1)(cmd, nil), argsError, "genau 1 Argument erwartet, aber 0 angegeben"},
		{"between", cobra.RangeArgs(1, 2)(cmd, []string{"a", "b", "c"}), argsError, "1 bis 2 Argumente erwartet, aber 3 angegeben"},
		{"no_args", cobra.NoArgs(cmd, []string{"extra"}), argsError, "unbekannter Befehl `extra` für `version`: er nimmt keine weiteren Wörter"},
		{"no_args_quoted", cobra.NoArgs(cmd, []string{"ex\"tra"}), argsError, "unbekannter Befehl `ex\\\"tra` für `version`: er nimmt keine weiteren Wörter"},
		{"unknown_form_kept", errString("some other cobra error"), argsError, "some other cobra error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.err == nil {
				t.Fatal("cobra/pflag accepted it")
			}
			got := c.wrap(c.err)
			if en := i18n.Text(got, i18n.English); en != c.err.Error() || got.Error() != c.err.Error() {
				t.Errorf("English = %q, want cobra's %q", en, c.err.Error())
			}
			if de := i18n.Text(got, i18n.German); de != c.german {
				t.Errorf("German = %q, want %q", de, c.german)
			}
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

type errString string

func (e errString) Error() string { return string(e) }
