package smtptest_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// smtpconf demo and the benchmark server run smtptest for real: the
// testing package (its flags, its init, its size) must not come with it.
func TestProgramsUsingTheServerDoNotLinkTesting(t *testing.T) {
	for _, pkg := range []string{"github.com/smtpconf/smtpconf/mailer/smtptest", "github.com/smtpconf/smtpconf/cmd/smtpconf", "github.com/smtpconf/smtpconf/bench/server"} {
		out, err := exec.Command("go", "list", "-deps", pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		deps := strings.Fields(string(out))
		if !slices.Contains(deps, pkg) {
			t.Fatalf("go list -deps %s does not list the package itself:\n%s", pkg, out)
		}
		if slices.Contains(deps, "testing") {
			t.Errorf("%s links the testing package", pkg)
		}
	}
}
