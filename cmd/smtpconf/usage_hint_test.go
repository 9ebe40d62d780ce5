package main

import (
	"slices"
	"strings"
	"testing"
)

// TestUsageHintsAreTheSameInJSONAndText: every usage error has a hint, and
// --json's hint is what stderr says, naming the help of the command that
// refused (not the root's); stderr is the same with or without --json.
func TestUsageHintsAreTheSameInJSONAndText(t *testing.T) {
	noRecipient := strings.Replace(validConfig, `test_recipient = "admin@example.com"`, "", 1)
	cases := []struct {
		name     string
		config   string
		args     []string // without --json
		json     bool     // the command answers --json
		wantHelp string   // the command whose help stderr's last line names
	}{
		{name: "check_unknown_flag", config: validConfig, args: []string{"check", "--bogus"}, json: true, wantHelp: "smtpconf check"},
		{name: "test_unknown_flag", config: validConfig, args: []string{"test", "--bogus"}, json: true, wantHelp: "smtpconf test"},
		{name: "check_malformed_flag", config: validConfig, args: []string{"check", "--timeout", "soon"}, json: true, wantHelp: "smtpconf check"},
		{name: "check_extra_argument", config: validConfig, args: []string{"check", "extra"}, json: true, wantHelp: "smtpconf check"},
		{name: "check_bad_to", config: validConfig, args: []string{"check", "--to", "not an address"}, json: true, wantHelp: "smtpconf check"},
		{name: "test_bad_to", config: validConfig, args: []string{"test", "--to", "a@b@c"}, json: true, wantHelp: "smtpconf test"},
		{name: "test_no_recipient", config: noRecipient, args: []string{"test"}, json: true, wantHelp: "smtpconf test"},
		{name: "check_timeout_out_of_range", config: validConfig, args: []string{"check", "--timeout", "1ms"}, json: true, wantHelp: "smtpconf check"},
		{name: "show_extra_argument", config: validConfig, args: []string{"show", "extra"}, wantHelp: "smtpconf show"},
		{name: "set_unknown_flag", config: validConfig, args: []string{"set", "--nope", "host=x"}, wantHelp: "smtpconf set"},
		{name: "validate_extra_argument", config: validConfig, args: []string{"validate", "extra"}, wantHelp: "smtpconf validate"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			e.writeConfig(c.config)
			text := e.smtpconf(c.args...)
			expectCode(t, text, exitUsage)
			lines := strings.Split(strings.TrimRight(text.stderr, "\n"), "\n")
			if want := "Run '" + c.wantHelp + " --help' for usage."; lines[len(lines)-1] != want || len(lines) < 2 {
				t.Fatalf("stderr should end with %q:\n%s", want, text)
			}
			if !c.json {
				return
			}
			withJSON := e.smtpconf(append(slices.Clone(c.args), "--json")...)
			expectCode(t, withJSON, exitUsage)
			var v failureOutcome
			decodeOne(t, withJSON, &v)
			if v.Hint == "" {
				t.Fatalf(".hint is empty:\n%s", withJSON)
			}
			if !strings.Contains(strings.ToLower(withJSON.stderr), strings.ToLower(v.Hint)) {
				t.Errorf(".hint %q is not what stderr says:\n%s", v.Hint, withJSON)
			}
			if strings.Contains(v.Hint, "--help") && v.Hint != "run '"+c.wantHelp+" --help' for usage" {
				t.Errorf(".hint %q names another command's help than %q", v.Hint, c.wantHelp)
			}
			if withJSON.stderr != text.stderr {
				t.Errorf("stderr differs with --json:\n%s\nwithout:\n%s", withJSON, text)
			}
		})
	}
}
