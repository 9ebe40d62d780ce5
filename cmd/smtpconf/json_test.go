package main

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
)

// failureOutcome is check's and test's --json output when they stop before
// the conversation.
type failureOutcome struct {
	OK       *bool         `json:"ok"`
	Steps    []any         `json:"steps"`
	Warnings []string      `json:"warnings"`
	Error    string        `json:"error"`
	Hint     string        `json:"hint"`
	Kind     string        `json:"kind"`
	Problems []problemJSON `json:"problems"`
}

// decodeOne reads stdout as exactly one JSON object, as `| jq` would.
func decodeOne(t *testing.T, o outcome, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(o.stdout))
	if err := dec.Decode(v); err != nil {
		t.Fatalf("stdout is not a JSON object: %v\n%s", err, o)
	}
	if err := dec.Decode(new(any)); !errors.Is(err, io.EOF) {
		t.Fatalf("stdout holds more than one JSON value:\n%s", o)
	}
}

// With --json, check and test print one JSON object on stdout whatever
// stops them before the server is reached (exit 2 or 3), the exit code
// unchanged and the text still on stderr: `smtpconf check --json | jq .ok`
// always has an answer.
func TestJSONWhenStoppedBeforeTheServer(t *testing.T) {
	tests := []struct {
		name      string
		config    *string // nil: no file
		args      []string
		wantCode  int
		wantKind  string
		wantError string // in .error; PATH is the config file
		wantHint  string // in .hint
		// wantProblem is "key:line:severity" of a problem in .problems.
		wantProblem string
	}{
		{name: "invalid file", config: ptr(strings.Replace(validConfig, `auth = "plain"`, `auth = "rot13"`, 1)),
			args: []string{"check", "--json"}, wantCode: exitConfig, wantKind: "config",
			wantError: "PATH is not valid", wantHint: "`smtpconf validate` lists the problems", wantProblem: "smtp.auth:9:error"},
		{name: "missing file", args: []string{"test", "--json", "--to", "a@example.com"}, wantCode: exitConfig, wantKind: "config",
			wantError: "PATH does not exist", wantHint: "create it with `smtpconf set KEY=VALUE...`"},
		{name: "file that does not parse", config: ptr("[smtp]\nhost = \"mail.example.com\"\nport = = 587\n"),
			args: []string{"check", "--json"}, wantCode: exitConfig, wantKind: "config",
			wantError: "PATH:3:", wantHint: "correct line 3 in an editor", wantProblem: ":3:error"},
		{name: "bad --to", config: ptr(validConfig), args: []string{"check", "--json", "--to", "not an address"},
			wantCode: exitUsage, wantKind: "usage", wantError: `--to: "not an address" is not an e-mail address`},
		{name: "no recipient", config: ptr(strings.Replace(validConfig, `test_recipient = "admin@example.com"`, "", 1)),
			args: []string{"test", "--json"}, wantCode: exitUsage, wantKind: "usage",
			wantError: "no recipient", wantHint: "pass --to ADDRESS or set one with `smtpconf set test_recipient=ADDRESS`"},
		{name: "timeout out of range", config: ptr(validConfig), args: []string{"test", "--json", "--timeout", "1ms"},
			wantCode: exitUsage, wantKind: "usage", wantError: "--timeout 1ms is out of range", wantHint: "give a value from 1s to 5m"},
		{name: "malformed flag before --json", config: ptr(validConfig), args: []string{"check", "--timeout", "soon", "--json"},
			wantCode: exitUsage, wantKind: "usage", wantError: `invalid argument "soon"`, wantHint: "run 'smtpconf check --help' for usage"},
		{name: "unknown flag after --json", config: ptr(validConfig), args: []string{"test", "--json", "--frobnicate"},
			wantCode: exitUsage, wantKind: "usage", wantError: "unknown flag: --frobnicate"},
		{name: "extra argument", config: ptr(validConfig), args: []string{"check", "--json", "extra"},
			wantCode: exitUsage, wantKind: "usage", wantError: `unknown command "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			if tt.config != nil {
				e.writeConfig(*tt.config)
			}
			o := e.smtpconf(tt.args...)
			expectCode(t, o, tt.wantCode)
			var v failureOutcome
			decodeOne(t, o, &v)
			if v.OK == nil || *v.OK || v.Steps == nil || v.Warnings == nil || v.Kind != tt.wantKind {
				t.Errorf("want ok=false, steps and warnings empty, kind %q:\n%s", tt.wantKind, o)
			}
			if want := strings.ReplaceAll(tt.wantError, "PATH", e.config); !strings.Contains(v.Error, want) {
				t.Errorf(".error should contain %q:\n%s", want, o)
			}
			if !strings.Contains(v.Hint, tt.wantHint) {
				t.Errorf(".hint should contain %q:\n%s", tt.wantHint, o)
			}
			if tt.wantProblem != "" {
				found := false
				for _, p := range v.Problems {
					found = found || strings.HasSuffix(p.Key+":"+strconv.Itoa(p.Line)+":"+p.Severity, tt.wantProblem) && p.Message != ""
				}
				if !found {
					t.Errorf(".problems should hold %s:\n%s", tt.wantProblem, o)
				}
			}
			// The text is still there, on stderr.
			if strings.TrimSpace(o.stderr) == "" || strings.HasPrefix(strings.TrimSpace(o.stderr), "{") {
				t.Errorf("stderr should explain in text:\n%s", o)
			}
		})
	}

	t.Run("--json=false prints no JSON", func(t *testing.T) {
		e := newEnv(t)
		e.writeConfig(validConfig)
		o := e.smtpconf("check", "--json=false", "--to", "not an address")
		expectCode(t, o, exitUsage)
		if o.stdout != "" {
			t.Errorf("stdout should be empty:\n%s", o)
		}
	})
}
