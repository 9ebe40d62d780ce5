package serve

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestBinary runs the built `smtpconf serve` (SMTPCONF_BIN, an absolute
// path: tests run in the package's directory): the flags, the fingerprint on stdout, the
// form for an admin, and SIGTERM warning the open session, then ending it
// after --grace with exit status 0. It runs in the C locale and in German:
// a client that sends no locale (as this one) is spoken to in the
// server's language, which the CLI takes from its own locale.
func TestBinary(t *testing.T) {
	for _, tt := range []struct {
		locale string
		lang   i18n.Lang
	}{{"C", i18n.English}, {"de_DE.UTF-8", i18n.German}} {
		t.Run("LANG="+tt.locale, func(t *testing.T) { testBinary(t, tt.locale, tt.lang) })
	}
}

func testBinary(t *testing.T, locale string, lang i18n.Lang) {
	bin := os.Getenv("SMTPCONF_BIN")
	if bin == "" {
		if os.Getenv("SMTPCONF_REQUIRE_EXTERNAL") == "1" {
			t.Fatal("SMTPCONF_BIN is required (SMTPCONF_REQUIRE_EXTERNAL=1): make test sets it to the built binary")
		}
		t.Skip("set SMTPCONF_BIN to a built smtpconf to run it: make build && SMTPCONF_BIN=$PWD/bin/smtpconf go test ./serve/")
	}
	if !filepath.IsAbs(bin) {
		t.Fatalf("SMTPCONF_BIN=%s: give an absolute path (tests run in %s)", bin, mustGetwd(t))
	}
	dir := t.TempDir()
	admin := newSigner(t)
	keys := filepath.Join(dir, "authorized_keys")
	writeFile(t, keys, authorizedLine(admin, "alice@laptop"))
	config := filepath.Join(dir, "config.toml")
	writeFile(t, config, customConfig(t))

	var err error
	stdout, stderr := newWatched(), newWatched()
	cmd := exec.Command(bin, "serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "state", "host_key"),
		"--authorized-keys", keys, "--config", config, "--grace", "1s")
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.Env = append(os.Environ(), "LANG="+locale, "LC_ALL=", "LC_MESSAGES=")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() })

	listening := regexp.MustCompile(`msg=listening addr=(\S+) host_key=(\S+)`)
	logs := stderr.waitFor(t, "the listening line", listening.MatchString)
	m := listening.FindStringSubmatch(logs)
	addr, fingerprint := m[1], m[2]
	out := stdout.waitFor(t, "the fingerprint", func(s string) bool { return strings.Contains(s, "\n") })
	// The line is the CLI's, in the CLI's language.
	if want := lang.T("cli_serve_fingerprint", i18n.D{"Fingerprint": fingerprint}) + "\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}

	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "admin", Auth: []gossh.AuthMethod{gossh.PublicKeys(admin)}, Timeout: waitTimeout,
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			if gossh.FingerprintSHA256(key) != fingerprint {
				t.Errorf("host key %s, the server printed %s", gossh.FingerprintSHA256(key), fingerprint)
			}
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	term := openTerminal(t, c, 100, 30)
	// The form, by a value of the file (its labels are config's and tui's
	// to translate).
	term.waitScreen(t, "mail.example.com")
	warned := term.screen.watchFor(lang.T("serve_notice_stopping", i18n.D{"Time": durationIn(time.Second, lang)}))

	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	warned.wait(t)
	term.waitScreen(t, closedText(errShuttingDown, lang))
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("exit: %v, want status 0", err)
		}
	case <-time.After(waitTimeout):
		t.Fatal("smtpconf serve did not exit after SIGTERM")
	}
	if d := time.Since(start); d < time.Second || d > 1*time.Second+sessionStopTimeout+2*time.Second {
		t.Errorf("exited %v after SIGTERM with --grace 1s", d)
	}
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}
