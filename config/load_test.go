package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const typicalFile = `# Firma platform settings
[app]
name = "firma"

[smtp]
use_default = false
sender = "noreply@firma.de"
sender_name = "Firma Platform"
protocol = "smtp"
starttls = true
host = "mail.firma.de"
port = 587
auth = "plain"
username = "noreply@firma.de"
password_env = "SMTP_PASSWORD"
timeout = "15s"
test_recipient = "admin@firma.de"
`

func TestLoad(t *testing.T) {
	f, err := Load(writeTemp(t, "config.toml", typicalFile))
	if err != nil {
		t.Fatal(err)
	}
	want := validCustom()
	want.SMTP.Auth, want.SMTP.Password, want.SMTP.PasswordEnv = AuthPlain, "", "SMTP_PASSWORD"
	if f.Config != want {
		t.Fatalf("got %+v\nwant %+v", f.Config, want)
	}
	if ps := f.Validate(); len(ps) != 0 {
		t.Fatalf("problems:\n%s", ps)
	}
	t.Run("source_and_line_of_a_set_key", func(t *testing.T) {
		if got := f.Source("port"); got != "file:12" {
			t.Fatalf("Source(port) = %q", got)
		}
		if got := f.Line("smtp.host"); got != 11 {
			t.Fatalf("Line(smtp.host) = %d", got)
		}
	})
	t.Run("source_of_an_unset_key_is_default", func(t *testing.T) {
		if got := f.Source("tls_ca_file"); got != "default" {
			t.Fatalf("Source = %q", got)
		}
		if got := f.Source("default_server.host"); got != "default" {
			t.Fatalf("Source = %q", got)
		}
	})
	t.Run("missing_key_points_at_its_table", func(t *testing.T) {
		if got := f.Line("tls_ca_file"); got != 5 {
			t.Fatalf("Line = %d, want the [smtp] line 5", got)
		}
	})
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.toml"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("got %v, want fs.ErrNotExist", err)
	}
}

func TestLoadParseError(t *testing.T) {
	tests := []struct {
		name, content string
		line, col     int
		key           string
		message       string // the whole Message
		contains      string // or a part of it
	}{
		{name: "port_as_string_names_key_and_types", content: "[smtp]\nuse_default = false\n\nport = \"587\"\n",
			line: 4, col: 8, key: "smtp.port", message: "smtp.port: expected an integer, got a string; write it like port = 587"},
		{name: "starttls_as_string", content: "[smtp]\nstarttls = \"yes\"\n", line: 2, col: 12, key: "smtp.starttls", message: "smtp.starttls: expected true or false, got a string; write it like starttls = true"},
		{name: "host_as_integer", content: "[default_server]\nhost = 127\n", line: 2, col: 8, key: "default_server.host", message: "default_server.host: expected a string in quotes, got an integer; write it like host = \"...\""},
		{name: "timeout_as_integer", content: "[smtp]\ntimeout = 15\n", line: 2, col: 11, key: "smtp.timeout", contains: "expected a duration in quotes"},
		{name: "timeout_bad_text", content: "[smtp]\ntimeout = \"15 seconds\"\n", line: 2, col: 11, key: "smtp.timeout", contains: `"15 seconds" is not a duration`},
		// The fix never echoes the value: it may be the password.
		{name: "password_as_integer", content: "[smtp]\npassword = 918273645\n", line: 2, col: 12, key: "smtp.password",
			message: "smtp.password: expected a string in quotes, got an integer; write it like password = \"...\""},
		{name: "port_as_float", content: "[smtp]\nport = 587.0\n", line: 2, col: 8, key: "smtp.port", contains: "got a decimal number"},
		{name: "dotted_root_key_type", content: "smtp.port = true\n", line: 1, col: 13, key: "smtp.port", contains: "expected an integer, got a boolean"},
		{name: "array_points_at_its_value", content: "[smtp]\nuse_default = false\n\nport = [587]\n", line: 4, col: 8, key: "smtp.port", contains: "expected an integer, got an array"},
		{name: "inline_table_points_at_its_value", content: "[smtp]\n  password =  { a = 1 }\n", line: 2, col: 15, key: "smtp.password", contains: "got a table"},
		// Syntax errors say what to write instead, in the admin's terms.
		{name: "bare_address", content: "[smtp]\nsender = noreply@example.com\n", line: 2, key: "",
			message: `smtp.sender: text needs double quotes: write sender = "noreply@example.com"`},
		{name: "bare_word_in_a_dotted_key", content: "smtp.host = mail.example.com\n", line: 1,
			message: `smtp.host: text needs double quotes: write smtp.host = "mail.example.com"`},
		{name: "bare_password_is_not_echoed", content: "[smtp]\npassword = s3cr3t-W0rd\n", line: 2,
			message: `smtp.password: text needs double quotes: write password = "..."`},
		{name: "foreign_bare_value_is_not_echoed", content: "[app]\ndb_password = s3cr3t-W0rd\n", line: 2,
			message: `app.db_password: text needs double quotes: write db_password = "..."`},
		{name: "yes_for_a_boolean", content: "[smtp]\nstarttls = yes\n", line: 2,
			message: "smtp.starttls: write true or false, in lower case and without quotes (starttls = true)"},
		{name: "bare_duration", content: "[smtp]\ntimeout = 15s\n", line: 2, message: `smtp.timeout: text needs double quotes: write timeout = "15s"`},
		{name: "unclosed_quote", content: "[smtp]\nhost = \"mail\n", line: 2, contains: "smtp.host: the quoted value is not closed"},
		{name: "colon_for_equals", content: "[smtp]\nhost: \"mail\"\n", line: 2, message: `expected "=" after host: write host = value`},
		{name: "backslash_in_double_quotes", content: "[smtp]\ntls_ca_file = \"C:\\certs\"\n", line: 2, contains: `write \\ for each backslash, or use 'single quotes'`},
		{name: "two_values_on_a_line", content: "[smtp]\nport = 58 7\n", line: 2, contains: "smtp.port: there is more after the value"},
		{name: "table_twice", content: "[smtp]\nport = 1\n[smtp]\n", line: 3, message: "[smtp] appears twice: keep one [smtp] line and put all its keys below it"},
		{name: "syntax_error_has_position", content: "[smtp]\nhost = \"mail\nport = 1\n", line: 2, contains: ""},
		{name: "missing_value", content: "[smtp]\nport =\n", line: 2, contains: ""},
		{name: "duplicate_key", content: "[smtp]\nport = 1\nport = 2\n", line: 3, message: "smtp.port: is set twice in the same table: keep one of the two lines"},
		{name: "smtp_not_a_table", content: "a = 1\nsmtp = 5\n", line: 2, key: "smtp", contains: "smtp must be a table: write [smtp]"},
		{name: "smtp_as_array_of_tables", content: "[[smtp]]\nport = 1\n", line: 1, key: "smtp", contains: "must be a table"},
		{name: "table_under_a_value_key", content: "[smtp]\nport.x = 1\n", line: 2, key: "smtp.port", message: "smtp.port: expected an integer"},
		{name: "foreign_values_must_be_toml_too", content: "[app]\nwhen = 1979-05-\n", line: 2, contains: ""},
		{name: "foreign_syntax_error_is_still_fatal", content: "[smtp]\nport = 1\n[app\n", line: 3, contains: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, "config.toml", tt.content)
			f, err := Load(path)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("got (%v, %v), want a *ParseError", f, err)
			}
			if f != nil {
				t.Fatalf("a file that does not parse must give no *File")
			}
			if pe.Line != tt.line || (tt.col != 0 && pe.Column != tt.col) {
				t.Errorf("position %d:%d, want %d:%d (%s)", pe.Line, pe.Column, tt.line, tt.col, pe.Message)
			}
			if tt.key != "" && pe.Key != tt.key {
				t.Errorf("key %q, want %q", pe.Key, tt.key)
			}
			if tt.message != "" && pe.Message != tt.message {
				t.Errorf("message %q, want %q", pe.Message, tt.message)
			}
			if !strings.Contains(pe.Message, tt.contains) || pe.Message == "" {
				t.Errorf("message %q, want it to contain %q", pe.Message, tt.contains)
			}
			if !strings.HasPrefix(pe.Error(), path+":") {
				t.Errorf("Error() = %q, want it to start with the path", pe.Error())
			}
		})
	}
	t.Run("error_reads_compiler_style", func(t *testing.T) {
		path := writeTemp(t, "config.toml", "[smtp]\nuse_default = false\n\nport = \"587\"\n")
		_, err := Load(path)
		if want := path + ":4:8: smtp.port: expected an integer, got a string; write it like port = 587"; err == nil || err.Error() != want {
			t.Fatalf("got %v, want %s", err, want)
		}
	})
}

func TestFileValidateUnknownKeys(t *testing.T) {
	content := "[app]\nprot = 1\n\n[smtp]\nuse_default = true\nsender = \"a@b.de\"\nprot = 25\ncolour = \"red\"\n\n[smtp.extra]\nx = 1\n\n[default_server]\nhots = \"relay\"\n"
	f, err := Load(writeTemp(t, "config.toml", content))
	if err != nil {
		t.Fatal(err)
	}
	ps := f.Validate()
	want := []struct {
		key      string
		line     int
		contains string
	}{
		{"smtp.prot", 7, `unknown key "prot" — did you mean "port"?`},
		{"smtp.colour", 8, `unknown key "colour": smtpconf ignores it`},
		{"smtp.extra", 10, `unknown key "extra"`},
		{"default_server.hots", 14, `did you mean "host"?`},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(ps), len(want), ps)
	}
	for i, w := range want {
		p := ps[i]
		if p.Key != w.key || p.Line != w.line || p.Severity != SeverityError || !strings.Contains(p.Message, w.contains) {
			t.Errorf("problem %d = %+v, want %s at line %d containing %q", i, p, w.key, w.line, w.contains)
		}
	}
}

// A port or timeout written as 0 means the default, which the file does
// not say: a warning at its line, gone once the value is set or unset.
func TestFileValidateWrittenZeros(t *testing.T) {
	content := "[smtp]\nuse_default = true\nsender = \"a@b.de\"\nport = 0\ntimeout = \"0s\"\n\n[default_server]\nport = 0\n"
	tests := []struct {
		name string
		edit func(f *File) error
		want []string // key@line of each warning
	}{
		{"as_loaded", func(*File) error { return nil }, []string{"smtp.port@4", "smtp.timeout@5", "default_server.port@8"}},
		{"set_again", func(f *File) error { return f.Config.Set("port", "587") }, []string{"smtp.timeout@5", "default_server.port@8"}},
		{"unset", func(f *File) error { return f.Unset("default_server.port") }, []string{"smtp.port@4", "smtp.timeout@5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Load(writeTemp(t, "config.toml", content))
			if err != nil {
				t.Fatal(err)
			}
			if err := tt.edit(f); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range f.Validate() {
				if p.Severity != SeverityWarning || !strings.Contains(p.Message, "is 0, which means the default: remove the line") {
					t.Errorf("unexpected problem %+v", p)
					continue
				}
				got = append(got, fmt.Sprintf("%s@%d", p.Key, p.Line))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("warnings %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFileValidateKeyOutsideTable(t *testing.T) {
	f, err := Load(writeTemp(t, "config.toml", "host = \"mail.firma.de\"\n[smtp]\nsender = \"a@b.de\"\nuse_default = true\n"))
	if err != nil {
		t.Fatal(err)
	}
	ps := f.Validate()
	if len(ps) != 1 || ps[0].Key != "host" || ps[0].Line != 1 || ps[0].Severity != SeverityWarning || !strings.Contains(ps[0].Message, "outside [smtp]") {
		t.Fatalf("got:\n%s", ps)
	}
}

func TestFileValidateLines(t *testing.T) {
	f, err := Load(writeTemp(t, "config.toml", "[smtp]\nuse_default = false\nsender = \"a@b.de\"\nhost = \"mail.firma.de\"\nport = 465\n"))
	if err != nil {
		t.Fatal(err)
	}
	ps := f.Validate()
	if p := ps.For("port"); len(p) != 1 || p[0].Line != 5 {
		t.Fatalf("port problem %+v, want line 5", p)
	}
}

// A password readable by every user is warned about, saying who can read
// it; one the application's group reads (0640) is the setup that works and
// is quiet.
func TestLoadPermissionWarning(t *testing.T) {
	tests := []struct {
		name    string
		content string
		mode    os.FileMode
		want    string // "" for no warning
	}{
		{name: "password_readable_by_group_and_others_warns", content: "[smtp]\npassword = \"pw\"\n", mode: 0o644,
			want: "holds a password and every user of this machine can read it (mode 0644: its group and all others): run chmod 640 "},
		{name: "default_server_password_readable_by_others_warns", content: "[default_server]\npassword = \"pw\"\n", mode: 0o604,
			want: "holds a password and every user of this machine can read it (mode 0604: all others, not its group): run chmod 600 "},
		{name: "password_readable_by_group_is_quiet", content: "[smtp]\npassword = \"pw\"\n", mode: 0o640},
		{name: "password_private_is_quiet", content: "[smtp]\npassword = \"pw\"\n", mode: 0o600},
		{name: "no_password_is_quiet", content: "[smtp]\npassword_env = \"PW\"\n", mode: 0o644},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, "config.toml", tt.content)
			if err := os.Chmod(path, tt.mode); err != nil {
				t.Fatal(err)
			}
			f, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if len(f.Warnings) != 0 {
					t.Fatalf("unexpected warnings %q", f.Warnings)
				}
				return
			}
			if len(f.Warnings) != 1 || !strings.Contains(f.Warnings[0], tt.want+path) {
				t.Fatalf("warnings %q, want %q", f.Warnings, tt.want+path)
			}
		})
	}
}

func TestLoadRefusesEndlessFiles(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	if _, err := Load("/dev/zero"); err == nil || !strings.Contains(err.Error(), "/dev/zero is a character device, not a regular file") {
		t.Fatalf("Load(/dev/zero) = %v", err)
	}
}

func TestValidateDoesNotReadSpecialFilesAsCA(t *testing.T) {
	c := validCustom()
	c.SMTP.TLSCAFile = "/dev/zero"
	if p := Validate(c).For("tls_ca_file"); len(p) != 1 || !strings.Contains(p[0].Message, "not a regular file") {
		t.Fatalf("got %v", p)
	}
}

func TestKeysAreCaseSensitive(t *testing.T) {
	// TOML keys are case-sensitive: "Password" is not the password, and
	// must not be taken for it (go-toml's struct decoding would).
	f, err := Load(writeTemp(t, "config.toml", "[smtp]\nuse_default = true\nsender = \"a@b.de\"\nPassword = \"x\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Config.SMTP.Password != "" {
		t.Fatalf("Password was read as password")
	}
	ps := f.Validate()
	if len(ps) != 1 || ps[0].Key != "smtp.Password" || ps[0].Line != 4 || !strings.Contains(ps[0].Message, `did you mean "password"?`) {
		t.Fatalf("got:\n%s", ps)
	}
}

// go-toml stops at the first value of the wrong type; the key layout is
// still known, so unknown keys come with the error rather than on a second run.
func TestParseErrorListsOtherProblems(t *testing.T) {
	tests := []struct {
		name, content string
		want          []string // "key:line:severity" of Others, in order
	}{
		{name: "typos_after_a_type_error", content: "[smtp]\nport = \"five\"\nprot = 1\n[default_server]\nhots = \"x\"\n",
			want: []string{"smtp.prot:3:error", "default_server.hots:5:error"}},
		{name: "typo_before_a_type_error", content: "[smtp]\nprot = 1\nport = \"five\"\n", want: []string{"smtp.prot:2:error"}},
		{name: "key_outside_its_table", content: "host = \"h\"\n[smtp]\nport = true\n", want: []string{"host:1:warning"}},
		{name: "type_error_alone", content: "[smtp]\nport = \"five\"\n"},
		{name: "bad_duration_text", content: "[smtp]\ntimeout = \"soon\"\ncolour = 1\n", want: []string{"smtp.colour:3:error"}},
		{name: "syntax_error_reads_no_further", content: "[smtp]\nprot = 1\nport = = 1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeTemp(t, "config.toml", tt.content))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, want a *ParseError", err)
			}
			var got []string
			for _, p := range pe.Others {
				got = append(got, fmt.Sprintf("%s:%d:%s", p.Key, p.Line, p.Severity))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("others %q, want %q", got, tt.want)
			}
		})
	}
}
