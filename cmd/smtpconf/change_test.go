package main

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// fileState is what "nothing was written" means: same bytes, inode, mtime.
type fileState struct {
	body  string
	ino   uint64
	mtime time.Time
}

func stateOf(t *testing.T, path string) fileState {
	t.Helper()
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fileState{body: string(body), ino: inodeOf(fi), mtime: fi.ModTime()}
}

// set and unset can run on every config management pass: a run that
// changes nothing writes nothing and says "unchanged" with exit 0; a dry
// run says what would change and writes nothing; --json says which keys.
func TestSetAndUnsetAreIdempotent(t *testing.T) {
	tests := []struct {
		name        string
		args        []string
		wantCode    int
		wantWritten bool
		wantStdout  string // a substring of the text output
		wantChanged []string
	}{
		{name: "set_same_values_is_unchanged", args: []string{"set", "port=587", "host=mail.example.com"},
			wantStdout: ": unchanged\n", wantChanged: []string{}},
		{name: "set_same_password_from_stdin_is_unchanged", args: []string{"set", "password=-"},
			wantStdout: ": unchanged\n", wantChanged: []string{}},
		{name: "set_new_value_saves", args: []string{"set", "port=465", "protocol=smtps", "host=mail.example.com"},
			wantWritten: true, wantStdout: ": saved protocol, port\n", wantChanged: []string{"protocol", "port"}},
		{name: "set_dry_run_writes_nothing", args: []string{"set", "--dry-run", "port=2525"},
			wantStdout: ": would be saved: port (dry run", wantChanged: []string{"port"}},
		{name: "unset_absent_key_is_unchanged", args: []string{"unset", "tls_ca_file"},
			wantStdout: ": unchanged\n", wantChanged: []string{}},
		{name: "unset_present_key_removes_it", args: []string{"unset", "test_recipient"},
			wantWritten: true, wantStdout: ": removed test_recipient\n", wantChanged: []string{"test_recipient"}},
		{name: "unset_dry_run_writes_nothing", args: []string{"unset", "--dry-run", "timeout"},
			wantStdout: ": would be removed: timeout (dry run", wantChanged: []string{"timeout"}},
		{name: "set_invalid_result_is_refused", args: []string{"set", "port=70000"},
			wantCode: exitConfig, wantChanged: []string{}},
	}
	for _, tt := range tests {
		for _, asJSON := range []bool{false, true} {
			name := tt.name
			if asJSON {
				name += "/json"
			}
			t.Run(name, func(t *testing.T) {
				e := newEnv(t)
				e.writeConfig(validConfig)
				// An mtime in the past, so that a rewrite within the same
				// clock tick still shows.
				past := time.Now().Add(-time.Hour).Truncate(time.Second)
				if err := os.Chtimes(e.config, past, past); err != nil {
					t.Fatal(err)
				}
				before := stateOf(t, e.config)
				args := append([]string{"--config", e.config}, tt.args...)
				if asJSON {
					args = append(args, "--json")
				}
				o := e.run("Sup3r-S3cret-PW\n", args...)
				expectCode(t, o, tt.wantCode)
				after := stateOf(t, e.config)
				if written := after != before; written != tt.wantWritten {
					t.Errorf("written = %v, want %v\n%s", written, tt.wantWritten, o)
				}
				expectNoSecret(t, o, []string{"Sup3r-S3cret-PW"})
				if !asJSON {
					if !strings.Contains(o.stdout, tt.wantStdout) {
						t.Errorf("stdout lacks %q:\n%s", tt.wantStdout, o)
					}
					return
				}
				var r changeReport
				if err := json.Unmarshal([]byte(o.stdout), &r); err != nil {
					t.Fatalf("stdout is not one JSON object: %v\n%s", err, o)
				}
				if r.Schema != 1 || r.File != e.config || r.Saved != tt.wantWritten || r.OK != (tt.wantCode == exitOK) ||
					!slices.Equal(r.Changed, tt.wantChanged) || r.Problems == nil {
					t.Errorf("got %+v, want changed %q, saved %v\n%s", r, tt.wantChanged, tt.wantWritten, o)
				}
				if tt.wantCode == exitConfig && (len(r.Problems) == 0 || r.Error == "") {
					t.Errorf("a refusal names its problems and error: %+v", r)
				}
			})
		}
	}
}

// --diff shows the change as a unified diff, and never a password: not
// the old one, not the new one.
func TestSetDiffRedactsPasswords(t *testing.T) {
	e := newEnv(t)
	e.writeConfig(validConfig)
	before := stateOf(t, e.config)
	o := e.smtpconf("set", "--dry-run", "--diff", "port=2525", "password=N3w-S3cret-PW")
	expectCode(t, o, exitOK)
	for _, want := range []string{"-port = 587\n", "+port = 2525\n", `-password = "********"` + "\n", `+password = "******** (changed)"` + "\n"} {
		if !strings.Contains(o.stdout, want) {
			t.Errorf("diff lacks %q:\n%s", want, o)
		}
	}
	expectNoSecret(t, o, []string{"Sup3r-S3cret-PW", "N3w-S3cret-PW"})
	if stateOf(t, e.config) != before {
		t.Error("--dry-run --diff wrote the file")
	}
}

// validate --json: one object whatever happens, ok false on an error.
func TestValidateJSON(t *testing.T) {
	tests := []struct {
		name     string
		file     string // "" for no file
		wantCode int
		wantOK   bool
		wantKeys []string
	}{
		{name: "valid_file", file: validConfig, wantOK: true, wantKeys: []string{}},
		{name: "invalid_port", file: strings.Replace(validConfig, "port = 587", "port = 70000", 1), wantCode: exitConfig, wantKeys: []string{"smtp.port"}},
		{name: "syntax_error", file: strings.Replace(validConfig, `host = "mail.example.com"`, "host = mail.example.com", 1), wantCode: exitConfig, wantKeys: []string{""}}, // a syntax error names its line, not a key
		{name: "missing_file", wantCode: exitConfig, wantKeys: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			if tt.file != "" {
				e.writeConfig(tt.file)
			}
			o := e.smtpconf("validate", "--json")
			expectCode(t, o, tt.wantCode)
			var r validateReport
			if err := json.Unmarshal([]byte(o.stdout), &r); err != nil {
				t.Fatalf("stdout is not one JSON object: %v\n%s", err, o)
			}
			var keys []string
			for _, p := range r.Problems {
				if p.Severity == "error" || p.Severity == "" {
					keys = append(keys, p.Key)
				}
			}
			if r.Schema != 1 || r.OK != tt.wantOK || r.Problems == nil || strings.Join(keys, ",") != strings.Join(tt.wantKeys, ",") {
				t.Errorf("got %+v, want ok %v, error keys %q\n%s", r, tt.wantOK, tt.wantKeys, o)
			}
			if !tt.wantOK && r.Error == "" {
				t.Errorf("no error given: %+v", r)
			}
		})
	}
}
