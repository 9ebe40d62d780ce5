package main

import (
	"os"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/shellword"
)

func TestUnset(t *testing.T) {
	withTypo := strings.Replace(validConfig, "protocol = \"smtp\"\n", "protocol = \"smtp\"\nprot = \"smtp\" # typo\n", 1)
	tests := []struct {
		name     string
		config   *string // nil: no file
		args     []string
		wantCode int
		wantFile *string // nil: the file must be byte for byte as it was
		// wantOut and wantErr are substrings of stdout and stderr; PATH
		// stands for the config file's path.
		wantOut, wantErr []string
		// noErr must not be in stderr.
		noErr []string
	}{
		{name: "a typo goes, keeping the rest byte for byte", config: &withTypo, args: []string{"prot"},
			wantCode: exitOK, wantFile: ptr(validConfig), wantOut: []string{"PATH: removed prot"}, noErr: []string{"invalid", "note:"}},
		{name: "a typo goes from a file invalid for another reason too, and what is left is listed",
			config:   ptr(strings.Replace(withTypo, "port = 587", "port = 70000", 1)),
			args:     []string{"prot"},
			wantCode: exitOK, wantFile: ptr(strings.Replace(validConfig, "port = 587", "port = 70000", 1)),
			wantOut: []string{"PATH: removed prot"}, wantErr: []string{"PATH:8: smtp.port:", "PATH: saved, but still invalid"}},
		{name: "a key in [default_server]",
			config:   ptr(validConfig + "\n[default_server]\nhots = \"relay\"\nhost = \"relay\"\n"),
			args:     []string{"default_server.hots"},
			wantCode: exitOK, wantFile: ptr(validConfig + "\n[default_server]\nhost = \"relay\"\n"),
			wantOut: []string{"PATH: removed default_server.hots"}},
		{name: "a boolean's line goes, with known and unknown keys together",
			config:   ptr(strings.Replace(withTypo, "starttls = true\n", "starttls = true\ntls_skip_verify = true\n", 1)),
			args:     []string{"tls_skip_verify", "smtp.prot"},
			wantCode: exitOK, wantFile: ptr(validConfig), wantOut: []string{"PATH: removed tls_skip_verify, smtp.prot"}},
		{name: "a setting the server needs is refused",
			config: ptr(validConfig), args: []string{"password"},
			wantCode: exitConfig, wantErr: []string{"PATH:", "smtp.password: is not set", "PATH: not saved: removing password would add the errors above"}},
		{name: "nothing is saved when one key of several is refused",
			config: &withTypo, args: []string{"prot", "prto-nonsense"},
			wantCode: exitConfig, wantErr: []string{`"prto-nonsense" is neither a setting nor in [smtp]`, "PATH: not saved"}},
		{name: "an unknown key the file lacks suggests the one it has",
			config: &withTypo, args: []string{"prto"},
			wantCode: exitConfig, wantErr: []string{`did you mean "prot"?`}},
		{name: "a setting the file does not set is nothing to remove",
			config: ptr(validConfig), args: []string{"tls_ca_file"},
			wantCode: exitOK, wantErr: []string{"note: PATH does not set tls_ca_file: nothing to remove"}},
		{name: "a missing file is exit 3", args: []string{"prot"},
			wantCode: exitConfig, wantErr: []string{"PATH does not exist"}},
		{name: "a file that does not parse is never rewritten",
			config: ptr(withTypo + "this is not toml\n"), args: []string{"prot"},
			wantCode: exitConfig, wantErr: []string{"PATH:", "PATH: not changed: smtpconf does not rewrite a file it cannot read in full; correct line"}},
		{name: "a wrong type says how to write it, and that unset cannot repair it",
			config: ptr(strings.Replace(validConfig, "port = 587", `port = "587"`, 1)), args: []string{"port"},
			wantCode: exitConfig, wantErr: []string{"PATH:8:8: smtp.port: expected an integer, got a string; write it like port = 587", "PATH: not changed:", "correct line 8 in an editor"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			if tt.config != nil {
				e.writeConfig(*tt.config)
			}
			o := e.smtpconf(append([]string{"unset"}, tt.args...)...)
			expectCode(t, o, tt.wantCode)
			for _, want := range tt.wantOut {
				if want = strings.ReplaceAll(want, "PATH", e.config); !strings.Contains(o.stdout, want) {
					t.Errorf("stdout should contain %q:\n%s", want, o)
				}
			}
			for _, want := range tt.wantErr {
				if want = strings.ReplaceAll(want, "PATH", e.config); !strings.Contains(o.stderr, want) {
					t.Errorf("stderr should contain %q:\n%s", want, o)
				}
			}
			for _, bad := range tt.noErr {
				if strings.Contains(o.stderr, bad) {
					t.Errorf("stderr should not contain %q:\n%s", bad, o)
				}
			}
			if strings.Contains(o.stdout+o.stderr, secret) {
				t.Errorf("unset printed the password:\n%s", o)
			}
			switch {
			case tt.config == nil:
				if _, err := os.Stat(e.config); err == nil {
					t.Errorf("unset created the file")
				}
			case tt.wantFile == nil:
				if got := e.readConfig(); got != *tt.config {
					t.Errorf("the file changed:\n%s", got)
				}
			default:
				if got := e.readConfig(); got != *tt.wantFile {
					t.Errorf("got:\n%s\nwant:\n%s", got, *tt.wantFile)
				}
			}
		})
	}
}

// The way out of a typo, as a script meets it: set fails and names the
// unset that repairs the file; after it, the same set works.
func TestSetPointsAtUnsetForATypo(t *testing.T) {
	e := newEnv(t)
	e.writeConfig(strings.Replace(validConfig, "port = 587\n", "port = 587\nprot = \"smtp\"\n", 1))
	o := e.smtpconf("set", "port=2525")
	expectCode(t, o, exitConfig)
	hint := "hint: run `smtpconf --config " + shellword.Quote(e.config) + " unset prot`"
	if !strings.Contains(o.stderr, hint) {
		t.Fatalf("stderr should contain %q:\n%s", hint, o)
	}
	expectCode(t, e.smtpconf("set", "prot="), exitConfig) // set cannot remove it
	expectCode(t, e.smtpconf("unset", "prot"), exitOK)
	expectCode(t, e.smtpconf("set", "port=2525"), exitOK)
}

func TestUnsetCompletesTheKeysOfTheFile(t *testing.T) {
	e := newEnv(t)
	e.writeConfig("[smtp]\nuse_default = true\nsender = \"a@example.com\"\nprot = 1\nport = 25\n[default_server]\nhots = \"x\"\n")
	tests := []struct {
		args []string // before the word being completed
		word string
		want []string // completions, without their descriptions
	}{
		{nil, "", []string{"use_default", "sender", "prot", "port", "default_server.hots"}},
		{nil, "p", []string{"prot", "port"}},
		{[]string{"prot"}, "p", []string{"port"}},
		{[]string{"smtp.prot"}, "p", []string{"port"}},
		{nil, "default_server.", []string{"default_server.hots"}},
		{nil, "host", nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(append(tt.args, tt.word), " "), func(t *testing.T) {
			args := append(append([]string{"__complete", "--config", e.config, "unset"}, tt.args...), tt.word)
			o := e.run("", args...)
			expectCode(t, o, exitOK)
			got := completions(o)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
