package mailer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
)

func TestSplitCommandSplitsLikeAShellWithoutRunningOne(t *testing.T) {
	cases := []struct {
		name    string
		command string
		want    []string
		err     string
	}{
		{name: "words", command: "pass show  mail/smtp", want: []string{"pass", "show", "mail/smtp"}},
		{name: "tabs_and_newlines_separate", command: "a\tb\nc", want: []string{"a", "b", "c"}},
		{name: "single_quotes_keep_spaces", command: "cat '/run/my secrets/pw'", want: []string{"cat", "/run/my secrets/pw"}},
		{name: "single_quotes_keep_backslashes_and_dollars", command: `echo '\n $HOME $(id)'`, want: []string{"echo", `\n $HOME $(id)`}},
		{name: "double_quotes_keep_spaces", command: `cat "/run/my secrets/pw"`, want: []string{"cat", "/run/my secrets/pw"}},
		{name: "double_quotes_escape_quote_backslash_dollar_backtick", command: `echo "a\"b\\c\$d` + "\\`" + `e"`, want: []string{"echo", "a\"b\\c$d`e"}},
		{name: "double_quotes_keep_other_backslashes", command: `echo "a\nb"`, want: []string{"echo", `a\nb`}},
		{name: "backslash_escapes_a_space", command: `cat my\ pw.txt`, want: []string{"cat", "my pw.txt"}},
		{name: "backslash_escapes_a_quote", command: `echo it\'s`, want: []string{"echo", "it's"}},
		{name: "empty_quotes_are_an_empty_argument", command: `cmd '' "" x`, want: []string{"cmd", "", "", "x"}},
		{name: "quotes_join_with_the_word", command: `echo ab'c d'"e f"g`, want: []string{"echo", "abc de fg"}},
		{name: "shell_syntax_is_literal", command: "echo a; rm -rf / | tee $(id) > x && `id`", want: []string{"echo", "a;", "rm", "-rf", "/", "|", "tee", "$(id)", ">", "x", "&&", "`id`"}},
		{name: "unicode", command: "pw-tool --user jörg", want: []string{"pw-tool", "--user", "jörg"}},
		{name: "unclosed_single_quote", command: "cat 'pw", err: "has an unclosed ' quote"},
		{name: "unclosed_double_quote", command: `cat "pw`, err: `has an unclosed " quote`},
		{name: "lone_trailing_backslash", command: `cat pw\`, err: "ends with a lone backslash"},
		{name: "empty", command: "", err: "is empty"},
		{name: "only_spaces", command: "  \t ", err: "is empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := splitCommand(c.command)
			if c.err != "" {
				if err == nil || err.Error() != c.err {
					t.Fatalf("splitCommand(%q) = %q, %v; want error %q", c.command, got, err, c.err)
				}
				return
			}
			if err != nil || !slices.Equal(got, c.want) {
				t.Fatalf("splitCommand(%q) = %q, %v; want %q", c.command, got, err, c.want)
			}
		})
	}
}

// sh writes a password_command that runs script in sh: the test's way to
// get a process that behaves as asked. mailer itself never uses a shell.
func sh(script string) string {
	return "sh -c '" + strings.ReplaceAll(script, "'", `'\''`) + "'"
}

func TestPasswordSources(t *testing.T) {
	const secret = "hunter2 with spaces "
	t.Setenv("SMTPCONF_TEST_PW", secret)
	t.Setenv("SMTPCONF_TEST_EMPTY", "")
	dir := t.TempDir()
	marker := filepath.Join(dir, "ran")
	cases := []struct {
		name string
		s    config.Server
		want string
		err  string // the error's text must contain it
	}{
		{name: "password_itself", s: config.Server{Password: secret}, want: secret},
		{name: "password_wins_over_the_others", s: config.Server{Password: "a", PasswordEnv: "SMTPCONF_TEST_PW", PasswordCommand: "echo b"}, want: "a"},
		{name: "none_set", s: config.Server{}, want: ""},
		{name: "env_set", s: config.Server{PasswordEnv: "SMTPCONF_TEST_PW"}, want: secret},
		{name: "env_unset", s: config.Server{PasswordEnv: "SMTPCONF_TEST_SURELY_UNSET"}, err: "password_env: environment variable SMTPCONF_TEST_SURELY_UNSET is not set"},
		{name: "env_empty", s: config.Server{PasswordEnv: "SMTPCONF_TEST_EMPTY"}, err: "password_env: environment variable SMTPCONF_TEST_EMPTY is empty"},
		{name: "command_newline_trimmed", s: config.Server{PasswordCommand: "echo " + "'" + secret + "'"}, want: secret},
		{name: "command_crlf_trimmed", s: config.Server{PasswordCommand: `printf 'pw\r\n'`}, want: "pw"},
		{name: "command_without_newline", s: config.Server{PasswordCommand: "printf pw"}, want: "pw"},
		{name: "command_first_line_only", s: config.Server{PasswordCommand: `printf 'pw\nlogin: app\n'`}, want: "pw"},
		{name: "command_semicolon_is_an_argument", s: config.Server{PasswordCommand: "echo pw; touch " + marker}, want: "pw; touch " + marker},
		{name: "command_substitution_is_an_argument", s: config.Server{PasswordCommand: "echo $(touch " + marker + ")"}, want: "$(touch " + marker + ")"},
		{name: "command_prints_nothing", s: config.Server{PasswordCommand: "true"}, err: "true printed nothing on its first line"},
		{name: "command_not_found", s: config.Server{PasswordCommand: "smtpconf-no-such-command"}, err: "smtpconf-no-such-command failed"},
		{name: "command_unbalanced_quote", s: config.Server{PasswordCommand: "pass show 'mail"}, err: "password_command: the command has an unclosed ' quote"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := password(context.Background(), c.s, 5*time.Second)
			if c.err != "" {
				var pe *PasswordError
				if !errors.As(err, &pe) || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want a *PasswordError containing %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Fatalf("password = %q, want %q", got, c.want)
			}
		})
	}
	if _, err := os.Stat(marker); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a command in password_command ran through a shell: %s exists (%v)", marker, err)
	}
}

func TestPasswordCommandFailureShowsStderrButNeverStdout(t *testing.T) {
	cases := []struct {
		name    string
		script  string
		want    []string
		secrets []string
	}{
		{name: "exit_status_and_stderr", script: "echo hunter2; echo 'vault is locked' >&2; exit 3",
			want: []string{"sh failed: exit status 3: vault is locked"}, secrets: []string{"hunter2"}},
		{name: "stderr_echoing_the_password", script: "echo hunter2; echo 'wrong: hunter2' >&2; exit 1",
			want: []string{"wrong: <redacted>"}, secrets: []string{"hunter2"}},
		{name: "only_the_first_stderr_lines", script: "for i in 1 2 3 4 5; do echo line$i >&2; done; exit 1",
			want: []string{"line1 / line2 / line3"}},
		{name: "long_stderr_is_cut_on_a_character", script: "printf x >&2; printf 'ä%.0s' $(seq 600) >&2; exit 1",
			want: []string{"…"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := password(context.Background(), config.Server{PasswordCommand: sh(c.script)}, 5*time.Second)
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q lacks %q", msg, w)
				}
			}
			for _, s := range c.secrets {
				if strings.Contains(msg, s) {
					t.Errorf("error %q leaks stdout %q", msg, s)
				}
			}
			if strings.Contains(msg, "line4") {
				t.Errorf("error %q has more than three lines of stderr", msg)
			}
			if !utf8Valid(msg) {
				t.Errorf("error is not valid UTF-8: %q", msg)
			}
		})
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestPasswordCommandThatHangsIsKilledAtTheTimeout(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	// The script records its pid and becomes sleep, so the pid is the
	// process that must be killed.
	cmd := sh("echo $$ > " + pidFile + "; exec sleep 60")
	const timeout = 300 * time.Millisecond
	start := time.Now()
	_, err := password(context.Background(), config.Server{PasswordCommand: cmd}, timeout)
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "sh did not finish within 300ms") {
		t.Fatalf("err = %v, want the timeout named", err)
	}
	// WaitDelay may add a second for pipes held open; sleep holds none.
	if took > timeout+2*time.Second {
		t.Fatalf("returned after %s, want about %s", took, timeout)
	}
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if gone, err := processGone(pid); !gone {
		t.Fatalf("process %d still exists after the timeout (kill 0: %v)", pid, err)
	}
}

func TestPasswordCommandStopsWhenTheCallerCancels(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	_, err := password(ctx, config.Server{PasswordCommand: "sleep 60"}, time.Minute)
	if err == nil || time.Since(start) > 5*time.Second {
		t.Fatalf("err = %v after %s, want a prompt failure", err, time.Since(start))
	}
}
