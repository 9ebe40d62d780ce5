//go:build linux

package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe with no writer used to hang Load forever, beyond Ctrl+C;
// a device was read until the size limit. Both are refused at once.
func TestLoadAndSaveRefuseWhatIsNotARegularFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "f.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{fifo, "/dev/null"} {
		_, err := Load(path)
		var nr *NotRegularError
		if !errors.As(err, &nr) {
			t.Fatalf("Load(%s) = %v, want a NotRegularError", path, err)
		}
		f := New(path)
		if err := f.Save(); !errors.As(err, &nr) {
			t.Errorf("Save(%s) = %v, want a NotRegularError", path, err)
		}
	}
	if _, err := Load(fifo); err == nil || err.Error() != "load "+fifo+": "+fifo+" is a named pipe (FIFO), not a regular file" {
		t.Errorf("message: %v", err)
	}
}

// The symlink rule: follow a link only to a regular file of the link's
// owner; never create the target of a link to nothing.
func TestSaveFollowsASymlinkOnlyToItsOwnersRegularFile(t *testing.T) {
	t.Run("dangling_link_is_refused_and_nothing_created", func(t *testing.T) {
		dir := t.TempDir()
		target, link := filepath.Join(dir, "app.toml"), filepath.Join(dir, "link.toml")
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
		var se *SymlinkError
		if err := New(link).Save(); !errors.As(err, &se) || !strings.Contains(err.Error(), "its target does not exist") {
			t.Fatalf("Save = %v, want the dangling link refused", err)
		}
		if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the link's target was created: %v", err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v", err)
		}
	})
	t.Run("link_to_a_named_pipe_is_refused", func(t *testing.T) {
		dir := t.TempDir()
		fifo, link := filepath.Join(dir, "fifo"), filepath.Join(dir, "link.toml")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(fifo, link); err != nil {
			t.Fatal(err)
		}
		var nr *NotRegularError
		if err := New(link).Save(); !errors.As(err, &nr) {
			t.Fatalf("Save = %v, want a NotRegularError", err)
		}
	})
	t.Run("link_to_another_users_file_is_refused_and_the_file_untouched", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("giving a file to another user needs root")
		}
		dir := t.TempDir()
		target, link := filepath.Join(dir, "app.toml"), filepath.Join(dir, "link.toml")
		const appConfig = "[app]\nname = \"x\"\n"
		if err := os.WriteFile(target, []byte(appConfig), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(target, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
		f, err := Load(link) // reading through it is harmless
		if err != nil {
			t.Fatal(err)
		}
		f.Config.SMTP.Password = "s3cret"
		var se *SymlinkError
		if err := f.Save(); !errors.As(err, &se) || !strings.Contains(err.Error(), "belongs to another user (uid 65534)") {
			t.Fatalf("Save = %v, want the link refused", err)
		}
		if got := string(readFile(t, target)); got != appConfig {
			t.Errorf("the other user's file changed:\n%s", got)
		}
		assertMode(t, target, 0o644)
	})
}

// A save killed between creating its temp file and renaming it left the
// temp file, with the password in it, for ever; the next save removes it,
// and only files of that shape.
func TestSaveRemovesTempFilesOfSavesThatDied(t *testing.T) {
	f := loadFile(t, "[smtp]\nuse_default = true\n")
	dir := filepath.Dir(f.Path)
	stale := filepath.Join(dir, ".config.toml.tmp-123456789")
	others := []string{".config.toml.tmp-notmine", ".other.toml.tmp-123", "config.toml.bak"}
	for _, name := range append([]string{filepath.Base(stale)}, others...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("password = \"x\"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	f.Config.SMTP.Port = 2525
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stale temp file is still there: %v", err)
	}
	for _, name := range others {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s was removed: %v", name, err)
		}
	}
}

// Notepad and other editors start UTF-8 files with a byte order mark,
// which go-toml reported as "U+00EF". It is read past; a save writes the
// file without it and keeps everything else.
func TestAByteOrderMarkIsReadPast(t *testing.T) {
	f := loadFile(t, "\xef\xbb\xbf# mail\n[smtp]\nhost = \"mail.example.com\" # ours\n")
	if f.Config.SMTP.Host != "mail.example.com" {
		t.Fatalf("host %q", f.Config.SMTP.Host)
	}
	f.Config.SMTP.Port = 2525
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if got, want := string(readFile(t, f.Path)), "# mail\n[smtp]\nuse_default = false\nhost = \"mail.example.com\" # ours\nport = 2525\n"; got != want {
		t.Errorf("saved:\n%q\nwant:\n%q", got, want)
	}
}

// Another process holding the directory's lock makes Save wait, but not
// for ever: it says who is in the way.
func TestSaveWaitsForTheLockOnlySoLong(t *testing.T) {
	t.Parallel()
	f := loadFile(t, "[smtp]\nuse_default = true\n")
	d, err := os.Open(filepath.Dir(f.Path))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := syscall.Flock(int(d.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	f.Config.SMTP.Port = 2525
	if err := f.Save(); err == nil || !strings.Contains(err.Error(), "has held the lock on "+filepath.Dir(f.Path)+" for more than 5s") {
		t.Fatalf("Save = %v, want the lock named", err)
	}
}
