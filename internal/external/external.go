// Package external decides what a test does when a real program it drives
// (tmux, OpenSSH, Postfix, msmtp, ansible-core, aiosmtpd, …) is missing:
// skip with how to install it, or, when SMTPCONF_REQUIRE_EXTERNAL=1 (as
// `make test` sets it for root), fail, so that nothing passes that did not
// run. It is imported by tests only.
package external

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// EnvRequire, set to 1, turns a missing program into a failure.
const EnvRequire = "SMTPCONF_REQUIRE_EXTERNAL"

// Required tells whether a missing program fails the test.
func Required() bool { return os.Getenv(EnvRequire) == "1" }

// Missing ends the test for want of something: what is missing, and how
// to get it.
func Missing(t testing.TB, what, how string) {
	t.Helper()
	if Required() {
		t.Fatalf("%s (required: %s=1): %s", what, EnvRequire, how)
	}
	t.Skipf("%s: %s", what, how)
}

// Program ends the test unless name (a command or a path) can be run;
// debianPackage is what installs it.
func Program(t testing.TB, name, debianPackage string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		Missing(t, fmt.Sprintf("%s is not installed", name), "apt-get install -y "+debianPackage)
	}
}

// Root ends the test unless it runs as root, which starting why needs.
func Root(t testing.TB, why string) {
	t.Helper()
	if os.Geteuid() != 0 {
		Missing(t, why+" must start as root", "run the tests as root")
	}
}
