package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// A named pipe as the config file used to hang every command forever, deaf
// to Ctrl+C; now every command refuses it at once with exit 3.
func TestANamedPipeAsConfigIsRefused(t *testing.T) {
	e := newEnv(t)
	if err := syscall.Mkfifo(e.config, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"validate"}, {"show"}, {"check"}, {"set", "sender_name=X"}, {"unset", "sender_name"}} {
		t.Run(args[0], func(t *testing.T) {
			o := e.smtpconf(args...)
			expectCode(t, o, exitConfig)
			if !strings.Contains(o.stderr, "it is a named pipe (FIFO), not a regular file") {
				t.Errorf("stderr does not say what is wrong:\n%s", o)
			}
		})
	}
}

// Twenty `smtpconf set` started at once on one file, each on its own key:
// every one succeeds (it re-reads the file and applies its change again
// when another saved first), and the file ends with every value.
func TestConcurrentSetsOnDifferentKeysAllSucceed(t *testing.T) {
	e := newEnv(t)
	e.writeConfig(validConfig)
	assignments := []string{
		"sender_name=Name A", "timeout=20s", "test_recipient=ops@example.com", "port=2525", "host=mail2.example.com",
		"username=app@example.com", "sender=app@example.com",
		"default_server.host=relay.example.com", "default_server.port=25", "default_server.sender_name=Relay",
		"default_server.timeout=30s", "default_server.protocol=smtp", "default_server.starttls=true",
		"default_server.auth=none", "default_server.sender=relay@example.com", "default_server.password_env=RELAY_PW",
		"default_server.tls_skip_verify=false", "default_server.allow_insecure_auth=false",
		"default_server.username=relayuser", "default_server.tls_ca_file=",
	}
	outcomes := make([]outcome, len(assignments))
	var wg sync.WaitGroup
	for i, a := range assignments {
		wg.Go(func() { outcomes[i] = e.smtpconf("set", a) })
	}
	wg.Wait()
	for i, o := range outcomes {
		if o.code != exitOK {
			t.Errorf("set %s: %s", assignments[i], o)
		}
	}
	f := e.smtpconf("show", "--json")
	expectCode(t, f, exitOK)
	final := e.readConfig()
	for _, want := range []string{`sender_name = "Name A"`, `timeout = "20s"`, `port = 2525`, `host = "relay.example.com"`, `sender_name = "Relay"`, `username = "relayuser"`, `name = "kept as it is"`} {
		if !strings.Contains(final, want) {
			t.Errorf("the file lacks %q:\n%s", want, final)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(e.config), ".*.tmp-*"))
	if len(leftovers) > 0 {
		t.Errorf("temp files left: %v", leftovers)
	}
	if info, err := os.Stat(e.config); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("mode after the sets: %v, %v", info.Mode(), err)
	}
}

// The application's group reads the file (0640): a save used to make it
// 0600, and mail broke silently. Mode and group are kept, and there is no
// warning, since no other user can read it.
func TestSetKeepsAGroupReadableFileForItsGroup(t *testing.T) {
	e := newEnv(t)
	e.writeConfig(validConfig)
	if err := os.Chmod(e.config, 0o640); err != nil {
		t.Fatal(err)
	}
	group := os.Getgid()
	if os.Geteuid() == 0 {
		group = 65534
		if err := os.Chown(e.config, 0, group); err != nil {
			t.Fatal(err)
		}
	}
	o := e.smtpconf("set", "sender_name=Platform")
	expectCode(t, o, exitOK)
	if strings.Contains(o.stderr, "warning") {
		t.Errorf("a warning for a file only its group reads:\n%s", o)
	}
	info, err := os.Stat(e.config)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o640 || int(info.Sys().(*syscall.Stat_t).Gid) != group {
		t.Errorf("after set: mode %04o, group %d; want 0640, group %d", info.Mode().Perm(), info.Sys().(*syscall.Stat_t).Gid, group)
	}
}

// --config naming a symlink to nothing: set refuses, and creates neither
// the target nor a file in place of the link.
func TestSetThroughADanglingSymlinkIsRefused(t *testing.T) {
	e := newEnv(t)
	target := filepath.Join(e.home, "app.toml")
	if err := os.Symlink(target, e.config); err != nil {
		t.Fatal(err)
	}
	o := e.smtpconf("set", "host=mail.example.com", "sender=app@example.com", "auth=none")
	expectCode(t, o, exitConfig)
	if !strings.Contains(o.stderr, "is a symlink to "+target+": its target does not exist") {
		t.Errorf("stderr does not say why:\n%s", o)
	}
	if _, err := os.Lstat(target); !os.IsNotExist(err) {
		t.Errorf("the target was created: %v", err)
	}
}
