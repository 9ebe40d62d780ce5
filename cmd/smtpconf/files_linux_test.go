package main

// Failures of the file system, worded once: what failed, why, and what to
// do. Linux only: the tests drop to another user (root reads and writes
// everything).

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// permissionEnv is an environment in which file permissions apply: a
// directory others can enter, and when the tests run as root, smtpconf
// run as nobody from a copy in it.
func permissionEnv(t *testing.T) *env {
	t.Helper()
	dir, err := os.MkdirTemp("", "smtpconf-perm-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				_ = os.Chmod(path, 0o755)
			}
			return nil
		})
		_ = os.RemoveAll(dir)
	})
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	e := newEnv(t).with("HOME=" + dir)
	e.home, e.config = dir, filepath.Join(dir, "config.toml")
	if os.Geteuid() == 0 {
		e.bin = filepath.Join(dir, "smtpconf")
		copyFile(t, binary, e.bin, 0o755)
		e.sysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	return e
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, mode); err != nil {
		t.Fatal(err)
	}
}

// errorLine is the "smtpconf: ..." line of stderr.
func errorLine(t *testing.T, o outcome) string {
	t.Helper()
	for _, line := range strings.Split(o.stderr, "\n") {
		if strings.HasPrefix(line, "smtpconf: ") {
			return line
		}
	}
	t.Fatalf("no smtpconf: line on stderr:\n%s", o)
	return ""
}

// A config with no password, so that making it readable draws no warning.
const noPasswordConfig = "[smtp]\nuse_default = false\nsender = \"noreply@example.com\"\nhost = \"mail.example.com\"\nauth = \"none\"\ntest_recipient = \"admin@example.com\"\n"

// A file smtpconf may not read is named once, with the fix: not
// "reading X: load X: open X: permission denied".
func TestUnreadableFileSaysWhatToDo(t *testing.T) {
	for _, command := range [][]string{{"validate"}, {"show"}, {"check"}, {"test"}, {"set", "host=x.example.com"}, {"unset", "host"}} {
		t.Run(strings.Join(command, " "), func(t *testing.T) {
			e := permissionEnv(t)
			e.writeConfig(noPasswordConfig)
			if err := os.Chmod(e.config, 0); err != nil {
				t.Fatal(err)
			}
			o := e.smtpconf(command...)
			expectCode(t, o, exitConfig)
			want := "smtpconf: cannot read " + e.config + ": permission denied: run as the file's owner or root, or fix its permissions (ls -l " + e.config + ")"
			if line := errorLine(t, o); line != want {
				t.Errorf("got  %s\nwant %s", line, want)
			}
		})
	}
}

// Saving needs the directory to be writable, for the temporary file: said
// once, with the fix, and without the temporary file's name.
func TestUnwritableDirectorySaysWhatToDo(t *testing.T) {
	for _, command := range [][]string{{"set", "host=x.example.com"}, {"unset", "test_recipient"}} {
		t.Run(strings.Join(command, " "), func(t *testing.T) {
			e := permissionEnv(t)
			e.writeConfig(noPasswordConfig)
			if err := os.Chmod(e.config, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(e.home, 0o555); err != nil {
				t.Fatal(err)
			}
			o := e.smtpconf(command...)
			expectCode(t, o, exitConfig)
			want := "smtpconf: cannot save " + e.config + ": permission denied: saving writes a temporary file beside it, " +
				"so its directory must be writable: run as the directory's owner or root, or fix its permissions (ls -ld " + e.home + ")"
			if line := errorLine(t, o); line != want {
				t.Errorf("got  %s\nwant %s", line, want)
			}
			if got := e.readConfig(); got != noPasswordConfig {
				t.Errorf("the file changed:\n%s", got)
			}
		})
	}

	t.Run("directory that cannot be created", func(t *testing.T) {
		e := permissionEnv(t)
		if err := os.Chmod(e.home, 0o555); err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(e.home, "sub")
		e.config = filepath.Join(dir, "config.toml")
		o := e.smtpconf("set", "sender=noreply@example.com")
		expectCode(t, o, exitConfig)
		want := "smtpconf: cannot save " + e.config + ": permission denied: its directory " + dir +
			" does not exist and cannot be created: create it as root (mkdir -p " + dir + "), or give another --config"
		if line := errorLine(t, o); line != want {
			t.Errorf("got  %s\nwant %s", line, want)
		}
	})
}
