package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func TestUsageErrorsExit2(t *testing.T) {
	e := newEnv(t)
	e.writeConfig("[smtp]\nhost = \"mail.example.com\"\n")
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"help for an unknown command", []string{"help", "frobnicate"}, `unknown command "frobnicate" for "smtpconf"`},
		{"help with a stray argument", []string{"help", "check", "extra"}, `unknown command "extra" for "smtpconf check"`},
		{"unknown root flag", []string{"--frobnicate"}, "unknown flag: --frobnicate"},
		{"unknown subcommand flag", []string{"check", "--frobnicate"}, "unknown flag: --frobnicate"},
		{"flag without its value", []string{"check", "--timeout"}, "flag needs an argument"},
		{"malformed duration", []string{"check", "--timeout", "soon"}, "invalid argument"},
		{"timeout out of range", []string{"check", "--timeout", "1ms"}, "out of range"},
		{"extra argument", []string{"validate", "extra"}, "extra"},
		{"set without arguments", []string{"set"}, "requires at least 1 arg"},
		{"set without =", []string{"set", "host"}, `"host" is not KEY=VALUE`},
		{"set with an empty key", []string{"set", "=x"}, "is not KEY=VALUE"},
		{"set two values from stdin", []string{"set", "password=-", "username=-"}, "only one value"},
		{"unset without arguments", []string{"unset"}, "requires at least 1 arg"},
		{"configure without a terminal", []string{"configure"}, "needs a terminal"},
		{"bare command without a terminal", nil, "needs a terminal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.readConfig()
			o := e.smtpconf(tt.args...)
			expectCode(t, o, exitUsage)
			if !strings.Contains(o.stderr, tt.wantErr) {
				t.Errorf("stderr should contain %q:\n%s", tt.wantErr, o)
			}
			if after := e.readConfig(); after != before {
				t.Errorf("a usage error changed the file:\n%s", after)
			}
		})
	}
}

// set --help lists the keys, as config's "unknown key" message promises.
func TestSetHelpListsTheKeys(t *testing.T) {
	o := newEnv(t).run("", "set", "--help")
	expectCode(t, o, exitOK)
	for _, key := range []string{"use_default", "host", "port", "password_env", "tls_ca_file", "test_recipient", "default_server.KEY"} {
		if !strings.Contains(o.stdout, key) {
			t.Errorf("set --help should name %s:\n%s", key, o)
		}
	}
}

// `smtpconf help COMMAND` is COMMAND --help; bare, the root's help.
func TestHelpCommand(t *testing.T) {
	e := newEnv(t)
	for _, args := range [][]string{{"help"}, {"help", "set"}, {"help", "set", "host=x"}, {"help", "check"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			o := e.run("", args...)
			expectCode(t, o, exitOK)
			// The same description, usage and examples; the lists after
			// them differ only in how help's own entry is aligned.
			want := e.run("", append(args[1:], "--help")...)
			head := func(s string) string { return regexp.MustCompile(`(?m)^ *(COMMANDS|FLAGS) *$`).Split(s, 2)[0] }
			if head(o.stdout) != head(want.stdout) || !strings.Contains(o.stdout, "EXAMPLES") {
				t.Errorf("want the same as %s --help:\n%s", strings.Join(args[1:], " "), o)
			}
		})
	}
}

// Every command's --help has examples; cobra's completion command is
// cobra's, and its help already shows how to load each script.
func TestEveryCommandHasExamples(t *testing.T) {
	root := newRootCmd(&globals{getenv: os.Getenv})
	root.InitDefaultHelpCmd()
	for _, cmd := range append(root.Commands(), root) {
		if cmd.Example == "" && cmd.Name() != "completion" {
			t.Errorf("%s has no Example", cmd.CommandPath())
		}
	}
}

func TestSetCompletesKeysAndValues(t *testing.T) {
	tests := []struct {
		word string
		want []string // completions, without their descriptions
	}{
		{"hos", []string{"host="}},
		{"default_server.po", []string{"default_server.port="}},
		{"auth=", []string{"auth=none", "auth=auto", "auth=login", "auth=plain", "auth=cram-md5", "auth=xoauth2", "auth=oauthbearer"}},
		{"starttls=t", []string{"starttls=true"}},
		{"nonsense=", nil},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			o := newEnv(t).run("", "__complete", "set", tt.word)
			expectCode(t, o, exitOK)
			got := completions(o)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	e := newEnv(t)
	for _, args := range [][]string{{"version"}, {"--version"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			o := e.run("", args...)
			expectCode(t, o, exitOK)
			// The same line from both, so a script may use either.
			if want := "smtpconf " + testVersion + "\n"; o.stdout != want {
				t.Errorf("want %q, the version from -ldflags:\n%s", want, o)
			}
		})
	}
}

// Every command's --help names the file this very invocation would use, and why.
func TestHelpNamesTheConfigFile(t *testing.T) {
	e := newEnv(t)
	fromEnv := filepath.Join(e.home, "from-env.toml")
	fromFlag := filepath.Join(e.home, "from-flag.toml")
	defaultPath := filepath.Join(e.home, ".config", "smtpconf", "config.toml")
	if os.Geteuid() == 0 {
		defaultPath = "/etc/smtpconf/config.toml"
	}
	commands := [][]string{nil, {"configure"}, {"validate"}, {"show"}, {"set"}, {"unset"}, {"check"}, {"test"}}
	tests := []struct {
		name string
		env  *env
		flag []string
		want string
	}{
		{"default", e, nil, "config file: " + defaultPath + " (default)"},
		{"environment", e.with("SMTPCONF_CONFIG=" + fromEnv), nil, "config file: " + fromEnv + " (from $SMTPCONF_CONFIG)"},
		{"flag beats environment", e.with("SMTPCONF_CONFIG=" + fromEnv), []string{"--config", fromFlag}, "config file: " + fromFlag + " (from --config)"},
		{"flag after the command", e, []string{"--config=" + fromFlag}, "config file: " + fromFlag + " (from --config)"},
	}
	for _, tt := range tests {
		for _, command := range commands {
			t.Run(tt.name+"/"+strings.Join(append([]string{"smtpconf"}, command...), " "), func(t *testing.T) {
				args := append(append(append([]string(nil), command...), tt.flag...), "--help")
				o := tt.env.run("", args...)
				expectCode(t, o, exitOK)
				if !strings.Contains(o.stdout, tt.want) {
					t.Errorf("help should say %q:\n%s", tt.want, o)
				}
			})
		}
	}
}

// The `smtpconf set` examples of the root and set help do what they say
// when pasted as --help renders them, in order, starting without a file:
// each saves, and the first sets up the custom server it names. A command
// split with " \\" line continuations is pasted whole, as sh reads it.
func TestHelpExamplesWork(t *testing.T) {
	for _, command := range [][]string{nil, {"set"}} {
		t.Run(strings.Join(append([]string{"smtpconf"}, command...), " "), func(t *testing.T) {
			e := newEnv(t)
			// As the admin's shell would run them: smtpconf on PATH, the
			// file from the environment, the password in $SMTP_PASSWORD.
			e = e.with("SMTPCONF_CONFIG="+e.config, "SMTP_PASSWORD=Fr0m-The-Env",
				"PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"))
			var ran int
			for _, line := range exampleCommands(helpExamples(t, e, command...)) {
				if !strings.Contains(line, "smtpconf set ") {
					continue // the form, or the network
				}
				// password=- reads this line when stdin is not a pipe of its own.
				o := e.shell("Typ3d-At-The-Prompt\n", line)
				expectCode(t, o, exitOK)
				want := ": saved "
				switch {
				case strings.Contains(line, "--dry-run"):
					want = ": would be saved: "
				case strings.Contains(line, "--json"):
					want = "timeout\n" // jq's list of the changed keys
				}
				if !strings.Contains(o.stdout, want) {
					t.Errorf("%s: stdout lacks %q:\n%s", line, want, o)
				}
				if ran == 0 {
					show := e.smtpconf("show")
					if !regexp.MustCompile(`(?m)^server +custom `).MatchString(show.stdout) ||
						!regexp.MustCompile(`(?m)^host +mail\.example\.com `).MatchString(show.stdout) ||
						!regexp.MustCompile(`(?m)^username +app`).MatchString(show.stdout) {
						t.Errorf("%s: mail does not go through the server it names:\n%s", line, show)
					}
				}
				ran++
			}
			if ran == 0 {
				t.Fatal("no `smtpconf set` example")
			}
		})
	}
}

// Every example line is in the rendered --help whole: fang cuts a line
// wider than its code block with "…", and the block is at most 112 columns
// without a terminal, 72 on an 80-column one. Checked with the test
// environment's wide setting, with none (as an admin's pipe or log gets it)
// and at 80 columns, in every language.
func TestHelpShowsExamplesUncut(t *testing.T) {
	for _, hl := range helpLangs {
		t.Run(hl.name, func(t *testing.T) { testExamplesUncut(t, hl) })
	}
}

func testExamplesUncut(t *testing.T, hl helpLang) {
	e := newEnv(t).with(hl.vars...)
	widths := map[string]*env{
		"wide":       e,
		"default":    e.without("__FANG_TEST_WIDTH"),
		"80 columns": e.with("__FANG_TEST_WIDTH=80"),
	}
	var walk func(cmd *cobra.Command)
	commands := map[string]*cobra.Command{}
	walk = func(cmd *cobra.Command) {
		if cmd.Example != "" {
			commands[cmd.CommandPath()] = cmd
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd(&globals{getenv: os.Getenv}))
	for path, cmd := range commands {
		var want []string
		for _, line := range strings.Split(cmd.Example, "\n") {
			if line = strings.Join(strings.Fields(line), " "); line != "" {
				want = append(want, line)
			}
		}
		for name, env := range widths {
			t.Run(path+"/"+name, func(t *testing.T) {
				args := strings.Fields(strings.TrimPrefix(path, "smtpconf"))
				got := helpExamplesIn(t, env, hl.examples, args...)
				for i := range got {
					got[i] = strings.Join(strings.Fields(got[i]), " ")
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("--help renders the examples as\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			})
		}
	}
}

// helpExamples runs `smtpconf ARGS --help` and returns the lines of its
// examples block as rendered, without the block's indentation.
func helpExamples(t *testing.T, e *env, args ...string) []string {
	t.Helper()
	return helpExamplesIn(t, e, "EXAMPLES", args...)
}

// helpExamplesIn is helpExamples for help whose examples are headed
// heading (BEISPIELE in German).
func helpExamplesIn(t *testing.T, e *env, heading string, args ...string) []string {
	t.Helper()
	o := e.run("", append(args, "--help")...)
	expectCode(t, o, exitOK)
	var lines []string
	in := false
	for _, line := range strings.Split(o.stdout, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.EqualFold(trimmed, heading):
			in = true
		case in && trimmed == "" && len(lines) > 0:
			return lines
		case in && trimmed != "":
			lines = append(lines, trimmed)
		}
	}
	if len(lines) == 0 {
		t.Fatalf("no examples in --help:\n%s", o)
	}
	return lines
}

// exampleCommands joins the lines of a command split with " \\" line
// continuations, keeping the newlines, as a paste into sh would.
func exampleCommands(lines []string) []string {
	var out []string
	var cur []string
	for _, line := range lines {
		cur = append(cur, line)
		if !strings.HasSuffix(line, "\\") {
			out = append(out, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	if cur != nil {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

// shell runs a command line with sh, in the test's environment.
func (e *env) shell(stdin, line string) outcome {
	e.t.Helper()
	return e.exec(stdin, exec.Command("sh", "-c", line))
}

// demo always works on a temporary file: its help names no config file and
// offers no --config, and --config, before or after the command, is refused.
func TestDemoHasNoConfigFile(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name      string
		args      []string
		wantCode  int
		wantOut   string // in stdout+stderr
		forbidden []string
	}{
		{"help", []string{"demo", "--help"}, exitOK, "temporary config", []string{"config file:", "--config"}},
		{"--config after demo", []string{"demo", "--config", e.config}, exitUsage, "--config does not apply", nil},
		{"--config before demo", []string{"--config", e.config, "demo"}, exitUsage, "--config does not apply", nil},
		{"--config= with accessible prompts", []string{"demo", "--accessible", "--config=" + e.config}, exitUsage, "--config does not apply", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := e.run("", tt.args...)
			expectCode(t, o, tt.wantCode)
			if !strings.Contains(o.stdout+o.stderr, tt.wantOut) {
				t.Errorf("want %q in the output:\n%s", tt.wantOut, o)
			}
			for _, bad := range tt.forbidden {
				if strings.Contains(o.stdout+o.stderr, bad) {
					t.Errorf("%q should not be in the output:\n%s", bad, o)
				}
			}
			if _, err := os.Stat(e.config); err == nil {
				t.Errorf("demo wrote %s", e.config)
			}
		})
	}
}

// After tls_ca_file= the shell offers file names, as for any path: the
// shell's own completion would take the key as part of the name.
func TestSetCompletesFileNamesForFileKeys(t *testing.T) {
	e := newEnv(t)
	for _, dir := range []string{"certs", ".hidden"} {
		if err := os.Mkdir(filepath.Join(e.home, dir), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	for _, file := range []string{"certs/ca.pem", "certs/other.pem", "cafile.pem"} {
		if err := os.WriteFile(filepath.Join(e.home, file), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		word string
		want []string
	}{
		{"tls_ca_file=", []string{"tls_ca_file=cafile.pem", "tls_ca_file=certs/"}},
		{"tls_ca_file=certs/c", []string{"tls_ca_file=certs/ca.pem"}},
		{"default_server.tls_ca_file=ca", []string{"default_server.tls_ca_file=cafile.pem"}},
		{"tls_ca_file=.h", []string{"tls_ca_file=.hidden/"}},
		{"host=", nil}, // no file names for a host
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			o := e.run("", "__complete", "set", tt.word) // in e.home
			expectCode(t, o, exitOK)
			if got := completions(o); strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A mistyped command names the one meant, whether run or asked help for.
func TestUnknownCommandSuggestsTheNearestOne(t *testing.T) {
	e := newEnv(t)
	for _, args := range [][]string{{"chek"}, {"help", "chek"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			o := e.run("", args...)
			expectCode(t, o, exitUsage)
			if !strings.Contains(o.stderr, `unknown command "chek"`) || !strings.Contains(o.stderr, `did you mean "check"?`) {
				t.Errorf("want the unknown command and a suggestion:\n%s", o)
			}
		})
	}
}

// Help in a pipe is the text alone: no line padded with spaces to the
// width fang assumes (120 columns), and no "(0s)" default for --timeout,
// whose unset value means the file's timeout.
func TestPipedHelpIsNotPadded(t *testing.T) {
	e := newEnv(t).without("__FANG_TEST_WIDTH")
	for _, args := range [][]string{{"--help"}, {"check", "--help"}, {"help", "set"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			o := e.run("", args...)
			expectCode(t, o, exitOK)
			for i, line := range strings.Split(o.stdout, "\n") {
				if strings.HasSuffix(line, " ") {
					t.Errorf("line %d ends in spaces: %q", i+1, line)
				}
			}
			if strings.Contains(o.stdout, "(0s)") {
				t.Errorf("a zero default is shown:\n%s", o.stdout)
			}
		})
	}
}
