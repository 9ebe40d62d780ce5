package main

// Failures of the file system, worded once: what failed, why, and what to
// do. Linux only: the tests drop to another user (root reads and writes
// everything) and watch /proc for the file being open.

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
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

// A file changed between reading and saving gives one reason and one
// remedy, not config's and the command's both. The file is a FIFO, so that
// the test decides what each read of it returns: the second read (Save's
// check) differs from the first (the load).
func TestChangedOnDiskSaysWhatToDoOnce(t *testing.T) {
	for _, command := range [][]string{{"set", "host=x.example.com"}, {"unset", "test_recipient"}} {
		t.Run(strings.Join(command, " "), func(t *testing.T) {
			e := newEnv(t)
			if err := syscall.Mkfifo(e.config, 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := e.command(append([]string{"--config", e.config}, command...)...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			feed := func(content string) {
				t.Helper()
				opened := make(chan *os.File, 1)
				go func() {
					f, err := os.OpenFile(e.config, os.O_WRONLY, 0) // waits for smtpconf to open it
					if err == nil {
						opened <- f
					}
				}()
				select {
				case f := <-opened:
					_, _ = io.WriteString(f, content)
					_ = f.Close()
				case err := <-done:
					t.Fatalf("smtpconf ended (%v) before reading the file again:\n%s", err, stderr.String())
				case <-time.After(10 * time.Second):
					_ = cmd.Process.Kill()
					t.Fatal("smtpconf never opened the file")
				}
			}
			feed(noPasswordConfig)
			// The next writer must meet Save's read, not the load's.
			waitClosed(t, cmd.Process.Pid, e.config)
			feed(noPasswordConfig + "# edited by someone else\n")
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatal("smtpconf did not end")
			}
			var exitErr interface{ ExitCode() int }
			if !errors.As(err, &exitErr) || exitErr.ExitCode() != exitConfig {
				t.Fatalf("want exit 3, got %v:\n%s", err, stderr.String())
			}
			o := outcome{stderr: stderr.String(), code: exitConfig}
			want := "smtpconf: cannot save " + e.config + ": someone edited the file since it was loaded: run the command again: it reads the new file"
			if line := errorLine(t, o); line != want {
				t.Errorf("got  %s\nwant %s", line, want)
			}
		})
	}
}

// waitClosed waits until process pid no longer has path open.
func waitClosed(t *testing.T, pid int, path string) {
	t.Helper()
	fds := filepath.Join("/proc", strconv.Itoa(pid), "fd")
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		entries, err := os.ReadDir(fds)
		if err != nil {
			return // it has ended; the caller finds out how
		}
		var targets []string
		for _, fd := range entries {
			if target, err := os.Readlink(filepath.Join(fds, fd.Name())); err == nil {
				targets = append(targets, target)
			}
		}
		if !slices.Contains(targets, path) {
			return
		}
	}
	t.Fatal("smtpconf kept the file open")
}
