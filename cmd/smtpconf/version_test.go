package main

import (
	"errors"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"testing"
)

// make stamps the version; `go install ...@v0.1.0` leaves it to the build
// info; a checkout build says devel and the commit.
func TestVersionText(t *testing.T) {
	info := func(version string, settings ...debug.BuildSetting) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			return &debug.BuildInfo{Main: debug.Module{Path: "github.com/smtpconf/smtpconf", Version: version}, Settings: settings}, true
		}
	}
	none := func() (*debug.BuildInfo, bool) { return nil, false }
	rev := debug.BuildSetting{Key: "vcs.revision", Value: "0123456789abcdef0123"}
	dirty := debug.BuildSetting{Key: "vcs.modified", Value: "true"}
	tests := []struct {
		name, stamped string
		info          func() (*debug.BuildInfo, bool)
		want          string
	}{
		{"make_build_stamped", "v0.1.0", info("v0.2.0"), "v0.1.0"},
		{"go_install_at_a_tag", "", info("v0.1.0"), "v0.1.0"},
		{"go_install_pseudo_version", "", info("v0.1.1-0.20261130120000-0123456789ab"), "v0.1.1-0.20261130120000-0123456789ab"},
		{"checkout_with_vcs_info", "", info("(devel)", rev), "devel-0123456789ab"},
		{"checkout_with_changes", "", info("(devel)", rev, dirty), "devel-0123456789ab-dirty"},
		{"checkout_without_vcs_info", "", info("(devel)"), "devel"},
		{"no_build_info", "", none, "devel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionText(tt.stamped, tt.info); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// `version`, `--version` and `-v` are answered before the command tree is
// built; with another flag they go through cobra and fang. Both ways print
// the same line.
func TestVersionBeforeTheTree(t *testing.T) {
	e := newEnv(t)
	want := "smtpconf " + testVersion + "\n"
	tests := []struct {
		args  []string
		early bool
	}{
		{[]string{"version"}, true},
		{[]string{"--version"}, true},
		{[]string{"-v"}, true},
		{[]string{"version", "--lang", "en"}, false},
		{[]string{"--lang", "de", "--version"}, false},
		{[]string{"--config", "/nonexistent", "version"}, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			if got := versionAsked(tt.args); got != tt.early {
				t.Errorf("versionAsked = %v, want %v", got, tt.early)
			}
			o := e.run("", tt.args...)
			expectCode(t, o, exitOK)
			if o.stdout != want || o.stderr != "" {
				t.Errorf("want %q on stdout and nothing on stderr:\n%s", want, o)
			}
		})
	}
}

// A version that cannot be written is a failure, not a silent success.
func TestVersionToAFullDisk(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here:", err)
	}
	t.Cleanup(func() { _ = full.Close() })
	e := newEnv(t)
	cmd := e.command("version")
	cmd.Stdout = full
	var stderr strings.Builder
	cmd.Stderr = &stderr
	cmd.Env = e.vars
	err = cmd.Run()
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != exitFailed {
		t.Fatalf("exit: %v, want status %d", err, exitFailed)
	}
	if !strings.Contains(stderr.String(), "no space left on device") {
		t.Errorf("stderr does not say why: %q", stderr.String())
	}
}
