package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// foreignFile holds content smtpconf does not own around its tables:
// nested tables, arrays, array tables, comments and odd formatting.
const foreignFile = `# Platform configuration — edited by hand, keep the comments!
title = "Firma"   # trailing comment

[app]
name = "firma"
ports = [8080, 8443]
  [app.db]
  url = "postgres://db/firma"
  pool = { min = 1, max = 10 }

[smtp]
# the custom server
use_default = false
sender = "noreply@firma.de"
host = "mail.firma.de"   # the relay
port = 587 # submission
auth = "plain"
username = "noreply@firma.de"
password = "s3cret" # rotate yearly
starttls = true
timeout = "15s"

[[app.workers]]
name = "mailer"
when = 1979-05-27T07:32:00Z

[[app.workers]]
name = "reports"
# end of file comment
`

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func loadFile(t *testing.T, content string) *File {
	t.Helper()
	f, err := Load(writeTemp(t, "config.toml", content))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestSaveKeepsTheRestOfTheFile(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		edit  func(c *Config)
		want  string // the whole new file
		check func(t *testing.T, f *File)
	}{
		{name: "unchanged_settings_rewrite_the_same_bytes", in: foreignFile, edit: func(c *Config) {}, want: foreignFile},
		{name: "changed_value_is_edited_in_place_keeping_its_comment", in: foreignFile,
			edit: func(c *Config) { c.SMTP.Port = 2525 },
			want: strings.Replace(foreignFile, "port = 587 # submission", "port = 2525 # submission", 1)},
		{name: "unset_key_loses_its_line", in: foreignFile,
			edit: func(c *Config) { c.SMTP.Password, c.SMTP.PasswordEnv = "", "SMTP_PASSWORD" },
			want: strings.Replace(foreignFile, "password = \"s3cret\" # rotate yearly\n", "password_env = \"SMTP_PASSWORD\"\n", 1)},
		{name: "new_key_goes_after_its_predecessor", in: foreignFile,
			edit: func(c *Config) { c.SMTP.SenderName = "Firma" },
			want: strings.Replace(foreignFile, "sender = \"noreply@firma.de\"\n", "sender = \"noreply@firma.de\"\nsender_name = \"Firma\"\n", 1)},
		{name: "explicit_false_bool_stays", in: foreignFile,
			edit: func(c *Config) { c.SMTP.StartTLS = false },
			want: strings.Replace(foreignFile, "starttls = true", "starttls = false", 1)},
		{name: "default_server_is_added_at_the_end", in: foreignFile,
			edit: func(c *Config) { c.DefaultServer.Host = "relay.firma.de" },
			want: foreignFile + "\n[default_server]\nhost = \"relay.firma.de\"\n"},
		{name: "empty_default_server_is_not_written", in: "[smtp]\nuse_default = true\n", edit: func(c *Config) { c.SMTP.Sender = "a@b.de" },
			want: "[smtp]\nuse_default = true\nsender = \"a@b.de\"\n"},
		{name: "use_default_false_is_written", in: "[app]\nx = 1\n", edit: func(c *Config) {},
			want: "[app]\nx = 1\n\n[smtp]\nuse_default = false\n"},
		{name: "file_without_final_newline", in: "[smtp]\nuse_default = true", edit: func(c *Config) { c.SMTP.Host = "h" },
			want: "[smtp]\nuse_default = true\nhost = \"h\"\n"},
		{name: "keys_added_at_an_unterminated_end_share_one_line_break", in: "[smtp]\nuse_default = true", edit: func(c *Config) { c.SMTP.Host, c.SMTP.Port = "h", 25 },
			want: "[smtp]\nuse_default = true\nhost = \"h\"\nport = 25\n"},
		{name: "keys_missing_before_the_first_go_before_it", in: "[smtp]\n# comment\nhost = \"h\"\n", edit: func(c *Config) { c.SMTP.Sender = "a@b.de" },
			want: "[smtp]\n# comment\nuse_default = false\nsender = \"a@b.de\"\nhost = \"h\"\n"},
		{name: "dotted_keys_stay_dotted", in: "smtp.use_default = false\nsmtp.host = \"h\"\n[app]\nx = 1\n", edit: func(c *Config) { c.SMTP.Port = 25 },
			want: "smtp.use_default = false\nsmtp.host = \"h\"\nsmtp.port = 25\n[app]\nx = 1\n"},
		{name: "unknown_keys_in_smtp_are_kept", in: "[smtp]\nuse_default = true\nprot = 25 # typo\n", edit: func(c *Config) { c.SMTP.Port = 25 },
			want: "[smtp]\nuse_default = true\nport = 25\nprot = 25 # typo\n"},
		{name: "awkward_values_are_quoted", in: "[smtp]\nuse_default = true\n", edit: func(c *Config) { c.SMTP.Password = "a\"b\\c\td\x01é" },
			want: "[smtp]\nuse_default = true\npassword = \"a\\\"b\\\\c\\td\\u0001é\"\n"},
		{name: "multi_line_value_is_replaced_whole", in: "[smtp]\nuse_default = true\nsender_name = \"\"\"\nFirma\n\"\"\"\nhost = \"h\"\n",
			edit: func(c *Config) { c.SMTP.SenderName = "" }, want: "[smtp]\nuse_default = true\nhost = \"h\"\n"},
		{name: "crlf_file_keeps_its_line_ends", in: "[app]\r\nx = 1\r\n[smtp]\r\nuse_default = true\r\nport = 1 \r\n", edit: func(c *Config) { c.SMTP.Port = 2 },
			want: "[app]\r\nx = 1\r\n[smtp]\r\nuse_default = true\r\nport = 2 \r\n"},
		{name: "inline_smtp_table_is_rewritten_keeping_values", in: "title = \"x\" # comment\nsmtp = { use_default = false, host = \"h\" }\n[app]\nn = [1, 2]\n",
			edit: func(c *Config) { c.SMTP.Port = 25 },
			check: func(t *testing.T, f *File) {
				g, err := Load(f.Path)
				if err != nil {
					t.Fatal(err)
				}
				if g.Config.SMTP.Host != "h" || g.Config.SMTP.Port != 25 || g.Config.SMTP.UseDefault {
					t.Fatalf("settings lost: %+v", g.Config)
				}
				m, _ := foreign(readFile(t, f.Path))
				if m["title"] != "x" || len(m["app"].(map[string]any)["n"].([]any)) != 2 {
					t.Fatalf("foreign values lost: %v", m)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := loadFile(t, tt.in)
			tt.edit(&f.Config)
			want := f.Config
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			if tt.check != nil {
				tt.check(t, f)
				return
			}
			if got := string(readFile(t, f.Path)); got != tt.want {
				t.Fatalf("got:\n%s\nwant:\n%s", got, tt.want)
			}
			g, err := Load(f.Path)
			if err != nil {
				t.Fatal(err)
			}
			if g.Config != want {
				t.Fatalf("round trip: got %+v, want %+v", g.Config, want)
			}
		})
	}
}

func TestSaveRoundTrip(t *testing.T) {
	f := loadFile(t, foreignFile)
	for _, kv := range [][2]string{{"sender_name", "Firma \"Platform\""}, {"protocol", "smtps"}, {"port", "465"}, {"starttls", "false"},
		{"timeout", "1m30s"}, {"tls_ca_file", "/etc/ssl/firma.pem"}, {"default_server.host", "relay"}, {"default_server.port", "2525"},
		{"test_recipient", "admin@firma.de"}, {"password", ""}, {"password_command", "pass show smtp"}} {
		if err := f.Config.Set(kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	want := f.Config
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	g, err := Load(f.Path)
	if err != nil {
		t.Fatal(err)
	}
	if g.Config != want || f.Config != want {
		t.Fatalf("got %+v\nwant %+v", g.Config, want)
	}
	before, _ := foreign([]byte(foreignFile))
	after, _ := foreign(readFile(t, f.Path))
	if !equalForeign(before, after) {
		t.Fatalf("foreign content changed:\n%v\n%v", before, after)
	}
	if bytes.Contains(readFile(t, f.Path), []byte("s3cret")) {
		t.Fatalf("the removed password is still in the file")
	}
	t.Run("second_save_after_save_needs_no_reload", func(t *testing.T) {
		f.Config.SMTP.Port = 10465
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
	})
}

func equalForeign(a, b map[string]any) bool { return fmt.Sprintf("%#v", a) == fmt.Sprintf("%#v", b) }

func TestSaveModes(t *testing.T) {
	t.Run("new_file_is_0600_in_a_new_0700_dir", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "etc", "smtpconf")
		f := New(filepath.Join(dir, "config.toml"))
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		assertMode(t, dir, 0o700)
		assertMode(t, f.Path, 0o600)
		g, err := Load(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		if g.Config != Default() {
			t.Fatalf("new file reads back as %+v", g.Config)
		}
		if !strings.HasPrefix(string(readFile(t, f.Path)), "# ") {
			t.Fatalf("a new file should say what wrote it")
		}
	})
	t.Run("new_file_with_both_tables_has_one_header_comment", func(t *testing.T) {
		f := New(filepath.Join(t.TempDir(), "config.toml"))
		f.Config.DefaultServer.Host = "relay"
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		content := string(readFile(t, f.Path))
		if strings.Count(content, "# Outgoing mail settings") != 1 || !strings.HasSuffix(content, "\n[default_server]\nhost = \"relay\"\n") {
			t.Fatalf("got:\n%s", content)
		}
	})
	// The application's group may read the file (0640): a save keeps that,
	// and drops only what goes beyond it (others, group write).
	for _, m := range []struct{ before, after os.FileMode }{
		{0o600, 0o600}, {0o640, 0o640}, {0o400, 0o400}, {0o440, 0o440},
		{0o644, 0o640}, {0o666, 0o640}, {0o604, 0o600}, {0o660, 0o640},
	} {
		t.Run(fmt.Sprintf("mode_%04o_becomes_%04o", m.before, m.after), func(t *testing.T) {
			f := loadFile(t, "[smtp]\nuse_default = true\n")
			if err := os.Chmod(f.Path, m.before); err != nil {
				t.Fatal(err)
			}
			f.Config.SMTP.Port = 2525
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			assertMode(t, f.Path, m.after)
		})
	}
	t.Run("symlink_stays_a_symlink", func(t *testing.T) {
		f := loadFile(t, "[smtp]\nuse_default = true\n")
		link := filepath.Join(t.TempDir(), "link.toml")
		if err := os.Symlink(f.Path, link); err != nil {
			t.Fatal(err)
		}
		g, err := Load(link)
		if err != nil {
			t.Fatal(err)
		}
		g.Config.SMTP.Port = 25
		if err := g.Save(); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
			t.Fatalf("the link was replaced by a file")
		}
		if !bytes.Contains(readFile(t, f.Path), []byte("port = 25")) {
			t.Fatalf("the target was not written")
		}
	})
}

func assertMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != want {
		t.Fatalf("%s has mode %04o, want %04o", path, got, want)
	}
}

func TestSaveRefusesChangesOnDisk(t *testing.T) {
	tests := []struct {
		name   string
		start  func(t *testing.T, path string) *File
		change func(t *testing.T, path string)
		reason string
	}{
		{name: "edited_since_load", start: loadAt, reason: "edited", change: func(t *testing.T, path string) {
			writeAt(t, path, "[smtp]\nuse_default = true\nhost = \"edited\"\n")
		}},
		{name: "same_size_same_mtime_edit_is_caught_by_hash", start: loadAt, reason: "edited", change: func(t *testing.T, path string) {
			info, _ := os.Stat(path)
			old := readFile(t, path)
			changed := bytes.Replace(old, []byte("true"), []byte("TRUE"), 1)
			changed = bytes.Replace(changed, []byte("TRUE"), []byte("fals"), 1)
			if len(changed) != len(old) {
				t.Fatal("test edit changed the size")
			}
			writeAt(t, path, string(changed))
			if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "removed_since_load", start: loadAt, reason: "removed", change: func(t *testing.T, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "created_after_new", reason: "created",
			start: func(t *testing.T, path string) *File {
				if err := os.Remove(path); err != nil {
					t.Fatal(err)
				}
				return New(path)
			},
			change: func(t *testing.T, path string) { writeAt(t, path, "[app]\nmine = true\n") }},
		{name: "unparseable_file_is_never_overwritten_by_new", reason: "created",
			start: func(t *testing.T, path string) *File {
				writeAt(t, path, "[smtp\nthis is not toml")
				if _, err := Load(path); err == nil {
					t.Fatal("garbage loaded")
				}
				return New(path)
			},
			change: func(t *testing.T, path string) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, "config.toml", "[smtp]\nuse_default = true\n")
			f := tt.start(t, path)
			tt.change(t, path)
			onDisk, _ := os.ReadFile(path)
			f.Config.SMTP.Host = "mine"
			err := f.Save()
			if !errors.Is(err, ErrChangedOnDisk) {
				t.Fatalf("Save = %v, want ErrChangedOnDisk", err)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.reason) {
				t.Fatalf("error %q should name the file and say it was %s", err, tt.reason)
			}
			// A caller words its own remedy from the reason alone.
			var changed *ChangedOnDiskError
			if !errors.As(err, &changed) || changed.Path != path || !strings.HasPrefix(changed.Reason, "someone "+tt.reason) {
				t.Fatalf("error %#v should carry the path and the reason", err)
			}
			if now, _ := os.ReadFile(path); !bytes.Equal(now, onDisk) {
				t.Fatalf("the file was written:\n%s", now)
			}
		})
	}
	t.Run("reload_then_save_succeeds", func(t *testing.T) {
		path := writeTemp(t, "config.toml", "[smtp]\nuse_default = true\n")
		f := loadAt(t, path)
		writeAt(t, path, "[app]\nmine = true\n[smtp]\nuse_default = true\n")
		if err := f.Reload(); err != nil {
			t.Fatal(err)
		}
		f.Config.SMTP.Port = 25
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		if got := string(readFile(t, path)); got != "[app]\nmine = true\n[smtp]\nuse_default = true\nport = 25\n" {
			t.Fatalf("got:\n%s", got)
		}
	})
	t.Run("reload_of_unparseable_file_keeps_the_file_state", func(t *testing.T) {
		path := writeTemp(t, "config.toml", "[smtp]\nuse_default = true\n")
		f := loadAt(t, path)
		writeAt(t, path, "[smtp\n")
		var pe *ParseError
		if err := f.Reload(); !errors.As(err, &pe) {
			t.Fatalf("Reload = %v, want *ParseError", err)
		}
		if err := f.Save(); !errors.Is(err, ErrChangedOnDisk) {
			t.Fatalf("Save after a failed reload = %v, want ErrChangedOnDisk", err)
		}
		if got := string(readFile(t, path)); got != "[smtp\n" {
			t.Fatalf("the unparseable file was rewritten: %q", got)
		}
	})
}

func loadAt(t *testing.T, path string) *File {
	t.Helper()
	f, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func writeAt(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// failingDisk is the real file system with one step made to fail.
type failingDisk struct {
	osDisk
	failWriteAfter int // bytes written before Write fails; -1: never
	failSync       bool
	failRename     bool
}

type failingTemp struct {
	*os.File
	left     int
	failSync bool
}

func (d failingDisk) CreateTemp(dir, pattern string) (tempFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return &failingTemp{File: f, left: d.failWriteAfter, failSync: d.failSync}, nil
}

func (f *failingTemp) Write(p []byte) (int, error) {
	if f.left < 0 {
		return f.File.Write(p)
	}
	if len(p) > f.left {
		n, _ := f.File.Write(p[:f.left])
		f.left = 0
		return n, errors.New("no space left on device")
	}
	f.left -= len(p)
	return f.File.Write(p)
}

func (f *failingTemp) Sync() error {
	if f.failSync {
		return errors.New("input/output error")
	}
	return f.File.Sync()
}

func (d failingDisk) Rename(from, to string) error {
	if d.failRename {
		return errors.New("device busy")
	}
	return os.Rename(from, to)
}

func TestSaveFailureLeavesTheOldFile(t *testing.T) {
	tests := []struct {
		name string
		disk failingDisk
		want string
	}{
		{name: "write_fails_half_way", disk: failingDisk{failWriteAfter: 40}, want: "no space left"},
		{name: "write_fails_at_once", disk: failingDisk{failWriteAfter: 0}, want: "no space left"},
		{name: "sync_fails", disk: failingDisk{failWriteAfter: -1, failSync: true}, want: "input/output error"},
		{name: "rename_fails", disk: failingDisk{failWriteAfter: -1, failRename: true}, want: "device busy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := loadFile(t, foreignFile)
			f.disk = tt.disk
			f.Config.SMTP.Port = 2525
			err := f.Save()
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), f.Path) {
				t.Fatalf("Save = %v, want an error naming the file and %q", err, tt.want)
			}
			if got := string(readFile(t, f.Path)); got != foreignFile {
				t.Fatalf("the old file changed:\n%s", got)
			}
			entries, err := os.ReadDir(filepath.Dir(f.Path))
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Fatalf("temp file left behind: %v", names)
			}
			t.Run("a_later_save_works", func(t *testing.T) {
				f.disk = nil
				if err := f.Save(); err != nil {
					t.Fatal(err)
				}
				g := loadAt(t, f.Path)
				if g.Config.SMTP.Port != 2525 {
					t.Fatalf("port %d", g.Config.SMTP.Port)
				}
			})
		})
	}
}

func TestSaveRefusesInvalidUTF8(t *testing.T) {
	f := loadFile(t, "[smtp]\nuse_default = true\n")
	f.Config.SMTP.SenderName = "bad \xff"
	if err := f.Save(); err == nil || !strings.Contains(err.Error(), "smtp.sender_name is not valid UTF-8") {
		t.Fatalf("Save = %v", err)
	}
	if got := string(readFile(t, f.Path)); got != "[smtp]\nuse_default = true\n" {
		t.Fatalf("file changed: %q", got)
	}
}

func TestSaveReplacesTheFileRatherThanTruncatingIt(t *testing.T) {
	// A reader that has the old file open keeps reading the old content.
	f := loadFile(t, "[smtp]\nuse_default = true\n")
	before, _ := os.Stat(f.Path)
	f.Config.SMTP.Port = 25
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(f.Path)
	if os.SameFile(before, after) {
		t.Fatalf("the file was rewritten in place instead of replaced")
	}
}

func TestSaveKeepsTheOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to another user")
	}
	f := loadFile(t, "[smtp]\nuse_default = true\n")
	if err := os.Chown(f.Path, 1234, 5678); err != nil {
		t.Fatal(err)
	}
	f.Config.SMTP.Port = 25
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(f.Path)
	if err != nil {
		t.Fatal(err)
	}
	if uid, gid, ok := owner(info); !ok || uid != 1234 || gid != 5678 {
		t.Fatalf("owner %d:%d, want 1234:5678", uid, gid)
	}
}
