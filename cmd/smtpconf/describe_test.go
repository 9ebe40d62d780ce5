package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestOnlyHelpDescribesTheTree: the tree's descriptions are made only
// when something shows them (describe.go). A run that shows no help —
// version, validate, show, check against a real server, a usage error,
// completion without descriptions — never describes the tree; --help, the
// help command, man-pages and completion with descriptions do. In-process,
// in both languages.
func TestOnlyHelpDescribesTheTree(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser(serverUser, serverPassword), smtptest.RequireAuth())
	dir := t.TempDir()
	file := filepath.Join(dir, "smtpconf.toml")
	if err := os.WriteFile(file, []byte(configFor(srv, true, "plain", serverPassword)), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		code     int
		output   string // a part of stdout+stderr: the run did its work
		showHelp bool
	}{
		{"version", []string{"version"}, exitOK, "smtpconf ", false},
		{"validate", []string{"--config", file, "validate"}, exitOK, file, false},
		{"validate --json", []string{"--config", file, "validate", "--json"}, exitOK, `"ok":true`, false},
		{"show", []string{"--config", file, "show"}, exitOK, srv.Host, false},
		{"check", []string{"--config", file, "check"}, exitOK, "EHLO", false},
		{"a missing file", []string{"--config", filepath.Join(dir, "none.toml"), "validate"}, exitConfig, "none.toml", false},
		{"an unknown flag", []string{"--config", file, "validate", "--bogus"}, exitUsage, "--bogus", false},
		{"completion without descriptions", []string{"__completeNoDesc", ""}, exitOK, "validate\n", false},

		{"--help", []string{"validate", "--help"}, exitOK, "smtpconf validate", true},
		{"the root's -h", []string{"-h"}, exitOK, "smtpconf", true},
		{"the help command", []string{"help"}, exitOK, "smtpconf", true},
		{"completion with descriptions", []string{"__complete", ""}, exitOK, "validate\t", true},
		{"man-pages", []string{"man-pages", filepath.Join(dir, "man")}, exitOK, "", true},
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	for _, locale := range []string{"C", "de_DE.UTF-8"} {
		for _, tt := range tests {
			t.Run(locale+"/"+tt.name, func(t *testing.T) {
				t.Setenv("LC_ALL", locale)
				code, output, described := runInProcess(t, tt.args)
				if code != tt.code || !strings.Contains(output, tt.output) {
					t.Fatalf("smtpconf %s: exit %d, want %d with %q in\n%s", strings.Join(tt.args, " "), code, tt.code, tt.output, output)
				}
				switch {
				case tt.showHelp && !described:
					t.Errorf("smtpconf %s shows help but did not describe the tree", strings.Join(tt.args, " "))
				case !tt.showHelp && described:
					t.Errorf("smtpconf %s shows no help but described the tree", strings.Join(tt.args, " "))
				}
			})
		}
	}
}

// runInProcess is run(args) with stdout and stderr caught in a file, and
// whether the run described the command tree.
func runInProcess(t *testing.T, args []string) (code int, output string, described bool) {
	t.Helper()
	f, err := os.Create(filepath.Join(t.TempDir(), "output"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = f, f
	defer func() { os.Stdout, os.Stderr = stdout, stderr }()
	code, early := answerEarly(args)
	if !early {
		g := &globals{getenv: os.Getenv, args: args, lang: chooseLang(args, os.Getenv)}
		code = runWith(g, args)
		described = g.described
	}
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return code, string(b), described
}

// BenchmarkCommandTree is what building the tree costs a run that shows
// no help (undescribed, as run builds it) and one that does (described),
// the catalog already parsed.
func BenchmarkCommandTree(b *testing.B) {
	for _, lang := range i18n.Langs() {
		lang.T("help_root_short", nil) // the catalog, parsed outside the loop
		b.Run(string(lang)+"/undescribed", func(b *testing.B) {
			for b.Loop() {
				newCommandTree(&globals{getenv: os.Getenv, lang: lang})
			}
		})
		b.Run(string(lang)+"/described", func(b *testing.B) {
			for b.Loop() {
				newRootCmd(&globals{getenv: os.Getenv, lang: lang})
			}
		})
	}
}
