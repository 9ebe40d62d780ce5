package aiosmtpd

import (
	"context"
	"errors"
	"net"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// testOnlyPackages import testing (or run Python, or start servers): none
// may reach the binary or the library an application imports.
var testOnlyPackages = []string{
	"github.com/smtpconf/smtpconf/internal/aiosmtpd",
	"github.com/smtpconf/smtpconf/internal/external",
	"github.com/smtpconf/smtpconf/internal/postfix",
	"github.com/smtpconf/smtpconf/internal/oauthtest",
	"github.com/smtpconf/smtpconf/internal/testdns",
	"github.com/smtpconf/smtpconf/internal/leakcheck",
}

// The package imports testing and runs Python: it must never reach the
// binary or the library an application imports.
func TestOnlyTestsImportIt(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "go", "list", "-f", "{{.ImportPath}}{{range .Deps}} {{.}}{{end}}", "github.com/smtpconf/smtpconf/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	sawDeps := false // proves the query lists dependencies at all
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, deps, _ := strings.Cut(line, " ")
		if pkg == "github.com/smtpconf/smtpconf/cmd/smtpconf" && strings.Contains(" "+deps+" ", " github.com/smtpconf/smtpconf/mailer ") {
			sawDeps = true
		}
		for _, testOnly := range testOnlyPackages {
			if pkg != testOnly && !strings.HasPrefix(pkg, "github.com/smtpconf/smtpconf/internal/") && strings.Contains(" "+deps+" ", " "+testOnly+" ") {
				t.Errorf("%s imports %s outside its tests", pkg, testOnly)
			}
		}
	}
	if !sawDeps {
		t.Fatalf("go list did not show smtpconf/cmd/smtpconf depending on smtpconf/mailer:\n%s", out)
	}
}

func TestServerStops(t *testing.T) {
	tests := []struct {
		name string
		stop func(*Server) error
	}{
		{"on SIGTERM", (*Server).Close},
		// What happens when the test binary dies without cleaning up.
		{"when its stdin closes", func(s *Server) error {
			if err := s.stdin.Close(); err != nil {
				return err
			}
			select {
			case <-s.waited:
				return s.waitErr
			case <-time.After(stopTimeout):
				return errors.New("still running")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Start(t, Options{Mode: Plain})
			c, err := net.DialTimeout("tcp", s.Addr, 5*time.Second)
			if err != nil {
				t.Fatalf("the announced port does not listen: %v", err)
			}
			c.Close()
			if err := tt.stop(s); err != nil {
				t.Fatalf("the server did not exit cleanly: %v", err)
			}
			if _, err := net.DialTimeout("tcp", s.Addr, 5*time.Second); !errors.Is(err, syscall.ECONNREFUSED) {
				t.Fatalf("after stopping, dial = %v, want connection refused", err)
			}
		})
	}
}

// $SMTPCONF_PYTHON names another interpreter (a venv with aiosmtpd, another
// distribution's path); unset or empty, Debian's is used.
func TestPythonIsOverridable(t *testing.T) {
	for _, tt := range []struct{ name, env, want string }{
		{"unset_is_debians", "", DefaultPython},
		{"named_interpreter", "/opt/venv/bin/python3", "/opt/venv/bin/python3"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvPython, tt.env)
			if got := python(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
