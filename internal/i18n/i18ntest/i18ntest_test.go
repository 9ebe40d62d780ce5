package i18ntest

import (
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// The patterns find a catalog's English in a line, whatever its
// placeholders were filled with, and never the German of the same message.
func TestFindsEnglishNotGerman(t *testing.T) {
	s, err := English("cli", "help")
	if err != nil {
		t.Fatal(err)
	}
	data := i18n.D{"Flag": "--timeout", "Value": "soon", "Err": "x", "Name": "chek", "Command": "smtpconf"}
	cases := []struct {
		name, id, text string
		english        bool
	}{
		{"english", "cli_flag_invalid_value", i18n.English.T("cli_flag_invalid_value", data), true},
		{"german", "cli_flag_invalid_value", i18n.German.T("cli_flag_invalid_value", data), false},
		{"english_inside_a_line", "help_unknown_command", "smtpconf: " + i18n.English.T("help_unknown_command", data) + "\n", true},
		{"two_lines_are_not_one_message", "", "invalid argument\n\"soon\" for \"--timeout\" flag: x", false},
		{"one_word_is_too_little", "", "x509: certificate signed by unknown authority", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := s.Find(c.text)
			if c.english && found == "" {
				t.Errorf("%q: no English found", c.text)
			}
			if !c.english && found != "" {
				t.Errorf("%q: found English %s", c.text, found)
			}
		})
	}
}

func TestFindsMessageIDs(t *testing.T) {
	s, err := English("cli")
	if err != nil {
		t.Fatal(err)
	}
	if got := s.FindID("smtpconf: cli_flag_unknown\n"); got != "cli_flag_unknown" {
		t.Errorf("FindID = %q, want cli_flag_unknown", got)
	}
	if got := s.FindID("use_default = false, password_env = X"); got != "" {
		t.Errorf("FindID = %q in keys that are no message IDs", got)
	}
}
