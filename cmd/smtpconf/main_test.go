package main

// These tests run the built binary, as an administrator's shell or a CI job
// would: exit codes, stdout and stderr are the contract.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/smtpconf/smtpconf/internal/postfix"
)

// testVersion is stamped into the test binary to prove -ldflags reaches it.
const testVersion = "1.2.3-test"

// binary is the smtpconf built once for the whole test run.
var binary string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "smtpconf-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "creating a temp dir:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "smtpconf")
	args := []string{"build", "-ldflags", "-X main.version=" + testVersion, "-o", binary}
	if raceEnabled {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, ".")...)
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building smtpconf:", err)
		return 1
	}
	// The shared Postfix + Dovecot, if a test started one, stops here.
	return postfix.Main(m)
}

// outcome is what one run of the binary produced.
type outcome struct {
	stdout, stderr string
	code           int
}

func (o outcome) String() string {
	return fmt.Sprintf("exit %d\n--- stdout:\n%s--- stderr:\n%s", o.code, o.stdout, o.stderr)
}

// env is a clean environment for one test: its own HOME and config dir, so
// nothing on the machine running the tests leaks in.
type env struct {
	t      *testing.T
	home   string
	config string // the --config path most tests use
	vars   []string
	// bin is the binary to run instead of the shared one, and sysProcAttr
	// how (another user's credentials): see permissionEnv.
	bin         string
	sysProcAttr *syscall.SysProcAttr
}

func newEnv(t *testing.T) *env {
	t.Helper()
	home := t.TempDir()
	return &env{
		t:      t,
		home:   home,
		config: filepath.Join(home, "smtpconf.toml"),
		vars: []string{
			"HOME=" + home,
			"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
			"PATH=" + os.Getenv("PATH"),
			"TERM=dumb",
			"NO_COLOR=1",
			// fang wraps help at the terminal width, 120 without one; a
			// long temp path must not be wrapped in the middle.
			"__FANG_TEST_WIDTH=1000",
			// A race-enabled binary otherwise waits a second before it
			// exits, which made this suite 30 times slower under -race.
			"GORACE=atexit_sleep_ms=0",
			// English whatever the developer's locale: the tests compare
			// English text (a German run adds LANG=de_DE.UTF-8 after it).
			"LANG=C",
		},
	}
}

// with returns a copy of the environment with more variables.
func (e *env) with(vars ...string) *env {
	c := *e
	c.vars = append(append([]string(nil), e.vars...), vars...)
	return &c
}

// without returns a copy of the environment without a variable.
func (e *env) without(name string) *env {
	c := *e
	c.vars = nil
	for _, v := range e.vars {
		if !strings.HasPrefix(v, name+"=") {
			c.vars = append(c.vars, v)
		}
	}
	return &c
}

// command is the binary ready to start in the environment, for a test
// that talks to it while it runs.
func (e *env) command(args ...string) *exec.Cmd {
	bin := binary
	if e.bin != "" {
		bin = e.bin
	}
	cmd := exec.Command(bin, args...)
	cmd.Env, cmd.Dir, cmd.SysProcAttr = e.vars, e.home, e.sysProcAttr
	cmd.Stdin = strings.NewReader("")
	return cmd
}

// run runs the binary with the given stdin (none when empty).
func (e *env) run(stdin string, args ...string) outcome {
	e.t.Helper()
	return e.exec(stdin, e.command(args...))
}

// exec runs a command in the environment, in its home directory, and
// returns what it printed and its exit code.
func (e *env) exec(stdin string, cmd *exec.Cmd) outcome {
	e.t.Helper()
	cmd.Env = e.vars
	cmd.Dir = e.home
	cmd.SysProcAttr = e.sysProcAttr
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exitErr *exec.ExitError
	code := 0
	switch {
	case errors.As(err, &exitErr):
		code = exitErr.ExitCode()
	case err != nil:
		e.t.Fatalf("running %s: %v", strings.Join(cmd.Args, " "), err)
	}
	return outcome{stdout: stdout.String(), stderr: stderr.String(), code: code}
}

// completions are the words a `smtpconf __complete ...` run offered,
// without their descriptions and cobra's directive line.
func completions(o outcome) []string {
	var words []string
	for _, line := range strings.Split(strings.TrimSpace(o.stdout), "\n") {
		if line == "" || strings.HasPrefix(line, ":") {
			continue
		}
		words = append(words, strings.SplitN(line, "\t", 2)[0])
	}
	return words
}

// smtpconf runs the binary on the test's config file.
func (e *env) smtpconf(args ...string) outcome {
	e.t.Helper()
	return e.run("", append([]string{"--config", e.config}, args...)...)
}

// writeConfig puts a config file in place, mode 0600 like smtpconf's own.
func (e *env) writeConfig(body string) {
	e.t.Helper()
	if err := os.WriteFile(e.config, []byte(body), 0o600); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) readConfig() string {
	e.t.Helper()
	b, err := os.ReadFile(e.config)
	if err != nil {
		e.t.Fatal(err)
	}
	return string(b)
}

func expectCode(t *testing.T, o outcome, want int) {
	t.Helper()
	if o.code != want {
		t.Fatalf("want exit %d, got %s", want, o)
	}
}
