package main

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/shellword"
)

// A complete, valid custom server; tests change a line or two of it.
const validConfig = `[smtp]
use_default = false
sender = "noreply@example.com"
sender_name = "Example Platform"
protocol = "smtp"
starttls = true
host = "mail.example.com"
port = 587
auth = "plain"
username = "noreply@example.com"
password = "Sup3r-S3cret-PW"
timeout = "10s"
test_recipient = "admin@example.com"

[app]
name = "kept as it is"
`

// secret is the password in validConfig: no output may ever contain it.
const secret = "Sup3r-S3cret-PW"

func TestValidate(t *testing.T) {
	tests := []struct {
		name     string
		config   string
		wantCode int
		// wantLines are regular expressions for stdout, one per line, in
		// order; PATH stands for the config file's path.
		wantLines []string
		// wantStderr is in stderr; PATH stands for the config file's path.
		wantStderr string
	}{
		{
			name:      "valid file says ok",
			config:    validConfig,
			wantCode:  exitOK,
			wantLines: []string{`^PATH: ok$`},
		},
		{
			name:      "port out of range names its line",
			config:    strings.Replace(validConfig, "port = 587", "port = 70000", 1),
			wantCode:  exitConfig,
			wantLines: []string{`^PATH:8: smtp\.port: .+$`},
		},
		{
			name: "every problem is listed, each on its own line",
			config: strings.NewReplacer("port = 587", "port = 70000",
				`sender = "noreply@example.com"`, `sender = "not an address"`).Replace(validConfig),
			wantCode:  exitConfig,
			wantLines: []string{`^PATH:3: smtp\.sender: .+$`, `^PATH:8: smtp\.port: .+$`},
		},
		{
			name:      "tls_skip_verify is only a warning",
			config:    strings.Replace(validConfig, "starttls = true", "starttls = true\ntls_skip_verify = true", 1),
			wantCode:  exitOK,
			wantLines: []string{`^PATH:7: warning: smtp\.tls_skip_verify: .+$`, `^PATH: ok, 1 warning$`},
		},
		{
			name:       "a type error still lists the unknown keys",
			config:     strings.Replace(validConfig, "port = 587", "port = \"587\"\nprot = \"smtp\"", 1) + "\n[default_server]\nhots = \"relay\"\n",
			wantCode:   exitConfig,
			wantLines:  []string{`^PATH:9: smtp\.prot: unknown key "prot" — did you mean "port"\?$`, `^PATH:20: default_server\.hots: .+$`},
			wantStderr: "PATH:8:8: smtp.port: expected an integer",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.writeConfig(tt.config)
			o := e.smtpconf("validate")
			expectCode(t, o, tt.wantCode)
			expectLines(t, o.stdout, e.config, tt.wantLines)
			if want := strings.ReplaceAll(tt.wantStderr, "PATH", e.config); !strings.Contains(o.stderr, want) {
				t.Errorf("stderr should contain %q:\n%s", want, o)
			}
		})
	}
}

// expectLines matches output lines against patterns in which PATH is the
// config file's path; lines not named by any pattern fail the test too.
func expectLines(t *testing.T, output, path string, patterns []string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(output, "\n"), "\n")
	if len(lines) != len(patterns) {
		t.Fatalf("want %d lines, got %d:\n%s", len(patterns), len(lines), output)
	}
	for i, p := range patterns {
		re := regexp.MustCompile(strings.ReplaceAll(p, "PATH", regexp.QuoteMeta(path)))
		if !re.MatchString(lines[i]) {
			t.Errorf("line %d: want %s, got %q", i+1, re, lines[i])
		}
	}
}

func TestUnreadableConfigExits3(t *testing.T) {
	tests := []struct {
		name      string
		config    *string // nil: no file at all
		wantError string  // PATH stands for the config file's path
	}{
		{"missing file says how to create it", nil, "PATH does not exist: create it with `smtpconf set KEY=VALUE...` or `smtpconf configure`"},
		{"syntax error gives line and column", ptr("[smtp]\nhost = \"mail.example.com\"\nport = = 587\n"), "PATH:3:"},
		{"wrong type gives the line", ptr("[smtp]\nport = \"five\"\n"), "PATH:2"},
	}
	for _, tt := range tests {
		for _, command := range []string{"validate", "show", "check", "test"} {
			t.Run(tt.name+"/"+command, func(t *testing.T) {
				e := newEnv(t)
				if tt.config != nil {
					e.writeConfig(*tt.config)
				}
				args := []string{command}
				if command == "check" || command == "test" {
					args = append(args, "--to", "admin@example.com")
				}
				o := e.smtpconf(args...)
				expectCode(t, o, exitConfig)
				if want := strings.ReplaceAll(tt.wantError, "PATH", e.config); !strings.Contains(o.stderr, want) {
					t.Errorf("stderr should contain %q:\n%s", want, o)
				}
			})
		}
	}
}

func ptr[T any](v T) *T { return &v }

func TestSet(t *testing.T) {
	t.Run("creates the file and the result validates", func(t *testing.T) {
		e := newEnv(t)
		o := e.smtpconf("set", "use_default=false", "sender=noreply@example.com", "host=mail.example.com", "port=587",
			"starttls=true", "auth=plain", "username=noreply@example.com", "password_env=SMTP_PASSWORD",
			"test_recipient=admin@example.com")
		expectCode(t, o, exitOK)
		info, err := os.Stat(e.config)
		if err != nil {
			t.Fatal(err)
		}
		if perm := info.Mode().Perm(); perm != 0o600 {
			t.Errorf("a new file must be 0600, is %o", perm)
		}
		expectCode(t, e.smtpconf("validate"), exitOK)
		show := e.smtpconf("show", "--json")
		expectCode(t, show, exitOK)
		var v struct {
			Settings map[string]struct{ Value any } `json:"settings"`
		}
		if err := json.Unmarshal([]byte(show.stdout), &v); err != nil {
			t.Fatalf("show --json: %v\n%s", err, show)
		}
		if got := v.Settings["host"].Value; got != "mail.example.com" {
			t.Errorf("host = %v after set", got)
		}
		if got := v.Settings["password"].Value; got != "from $SMTP_PASSWORD" {
			t.Errorf("password shows as %v, want from $SMTP_PASSWORD", got)
		}
	})

	useDefault := []struct {
		name     string
		existing string // the file before; empty: there is none
		args     []string
		wantCode int
		// wantUseDefault is the file's use_default afterwards; nil: no file.
		wantUseDefault *bool
		// wantNote is in stderr (CONFIG stands for --config PATH as a
		// shell word); empty: stderr must not mention use_default at all.
		wantNote string
	}{
		{name: "a new file with a server of its own implies use_default=false",
			args:     []string{"sender=a@example.com", "host=mail.example.com", "auth=none"},
			wantCode: exitOK, wantUseDefault: ptr(false), wantNote: "is new and the settings name a mail server of its own (host, auth), so use_default = false"},
		{name: "a new file with a password implies use_default=false too",
			args:     []string{"sender=a@example.com", "smtp.host=mail.example.com", "username=u", "password_env=SMTP_PASSWORD"},
			wantCode: exitOK, wantUseDefault: ptr(false), wantNote: "(smtp.host, username, password_env), so use_default = false"},
		{name: "an explicit use_default=true on a new file is kept, with a note",
			args:     []string{"use_default=true", "sender=a@example.com", "host=mail.example.com"},
			wantCode: exitOK, wantUseDefault: ptr(true), wantNote: "the settings just saved (host) have no effect until you run: smtpconf CONFIG set use_default=false"},
		{name: "keys [default_server] inherits name no server",
			args:     []string{"sender=a@example.com", "sender_name=App", "timeout=20s", "test_recipient=b@example.com"},
			wantCode: exitOK, wantUseDefault: ptr(true)},
		{name: "emptying a key names no server",
			args:     []string{"sender=a@example.com", "host="},
			wantCode: exitOK, wantUseDefault: ptr(true)},
		{name: "default_server keys name no custom server",
			args:     []string{"sender=a@example.com", "default_server.host=relay.example.com"},
			wantCode: exitOK, wantUseDefault: ptr(true)},
		{name: "the implied server must validate, and the note says why it is checked",
			args:     []string{"sender=a@example.com", "host=mail.example.com"},
			wantCode: exitConfig, wantNote: "so use_default = false"},
		{name: "an existing file keeps use_default=true and names the command to run",
			existing: "[smtp]\nuse_default = true\nsender = \"a@example.com\"\n",
			args:     []string{"host=mail.example.com", "port=25"},
			wantCode: exitOK, wantUseDefault: ptr(true),
			wantNote: "note: use_default = true, so mail still goes through [default_server] and the settings just saved (host, port) have no effect until you run: smtpconf CONFIG set use_default=false"},
		{name: "no note once use_default is off",
			existing: "[smtp]\nuse_default = false\nsender = \"a@example.com\"\nhost = \"mail.example.com\"\nauth = \"none\"\n",
			args:     []string{"port=25", "test_recipient=b@example.com"},
			wantCode: exitOK, wantUseDefault: ptr(false)},
	}
	for _, tt := range useDefault {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			if tt.existing != "" {
				e.writeConfig(tt.existing)
			}
			o := e.smtpconf(append([]string{"set"}, tt.args...)...)
			expectCode(t, o, tt.wantCode)
			if tt.wantNote == "" && strings.Contains(o.stderr, "use_default") {
				t.Errorf("no note about use_default expected:\n%s", o)
			}
			if want := strings.ReplaceAll(tt.wantNote, "CONFIG", "--config "+shellword.Quote(e.config)); !strings.Contains(o.stderr, want) {
				t.Errorf("stderr should contain %q:\n%s", want, o)
			}
			if strings.Count(o.stderr, "note:") > 1 {
				t.Errorf("one note at most:\n%s", o)
			}
			if tt.wantUseDefault == nil {
				if _, err := os.Stat(e.config); err == nil {
					t.Errorf("the file was written:\n%s", e.readConfig())
				}
				return
			}
			if want := fmt.Sprintf("use_default = %t\n", *tt.wantUseDefault); !strings.Contains(e.readConfig(), want) {
				t.Errorf("the file should say %q:\n%s", want, e.readConfig())
			}
		})
	}

	t.Run("keeps what smtpconf does not own", func(t *testing.T) {
		e := newEnv(t)
		e.writeConfig(validConfig)
		expectCode(t, e.smtpconf("set", "port=465", "protocol=smtps", "starttls=false"), exitOK)
		if got := e.readConfig(); !strings.Contains(got, `name = "kept as it is"`) || !strings.Contains(got, "465") {
			t.Errorf("set lost or did not apply something:\n%s", got)
		}
	})

	invalid := []struct {
		name string
		args []string
	}{
		{"a value of the wrong type", []string{"port=many"}},
		{"an unknown key", []string{"hostname=mail.example.com"}},
		{"a result that does not validate", []string{"port=70000"}},
		{"one bad change among good ones", []string{"host=other.example.com", "auth=rot13"}},
	}
	for _, tt := range invalid {
		t.Run("leaves the file byte-identical after "+tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.writeConfig(validConfig)
			o := e.smtpconf(append([]string{"set"}, tt.args...)...)
			expectCode(t, o, exitConfig)
			if !strings.Contains(o.stderr, e.config+": not saved") {
				t.Errorf("stderr should say the file was not saved:\n%s", o)
			}
			if got := e.readConfig(); got != validConfig {
				t.Errorf("the file changed:\n%s", got)
			}
		})
	}

	t.Run("refuses to overwrite a file that does not parse", func(t *testing.T) {
		e := newEnv(t)
		broken := validConfig + "\nthis is not toml\n"
		e.writeConfig(broken)
		o := e.smtpconf("set", "host=mail.example.com")
		expectCode(t, o, exitConfig)
		if want := e.config + ": not changed: smtpconf does not rewrite a file it cannot read in full; correct line 18 in an editor"; !strings.Contains(o.stderr, want) {
			t.Errorf("stderr should say %q:\n%s", want, o)
		}
		if got := e.readConfig(); got != broken {
			t.Errorf("the file changed:\n%s", got)
		}
	})

	t.Run("password=- reads standard input", func(t *testing.T) {
		e := newEnv(t)
		e.writeConfig(validConfig)
		const newPassword = "N3w-Fr0m-Stdin"
		o := e.run(newPassword+"\n", "--config", e.config, "set", "password=-")
		expectCode(t, o, exitOK)
		if strings.Contains(o.stdout+o.stderr, newPassword) {
			t.Errorf("set printed the password:\n%s", o)
		}
		if got := e.readConfig(); !strings.Contains(got, `"`+newPassword+`"`) {
			t.Errorf("the file does not hold the password from stdin:\n%s", got)
		}
	})

	t.Run("password=- with empty input is a usage error", func(t *testing.T) {
		e := newEnv(t)
		e.writeConfig(validConfig)
		o := e.run("", "--config", e.config, "set", "password=-")
		expectCode(t, o, exitUsage)
		if got := e.readConfig(); got != validConfig {
			t.Errorf("the file changed:\n%s", got)
		}
	})
}

func TestShow(t *testing.T) {
	tests := []struct {
		name         string
		config       string
		env          []string
		wantServer   string
		wantPassword string
		wantHost     string
		wantSources  map[string]string // key → source
	}{
		{
			name:         "custom server, password in the file",
			config:       validConfig,
			wantServer:   "custom",
			wantPassword: "********",
			wantHost:     "mail.example.com",
			wantSources:  map[string]string{"host": "file:7", "port": "file:8", "password": "file:11"},
		},
		{
			name:         "password from the environment",
			config:       strings.Replace(validConfig, `password = "`+secret+`"`, `password_env = "SMTP_PASSWORD"`, 1),
			env:          []string{"SMTP_PASSWORD=" + secret},
			wantServer:   "custom",
			wantPassword: "from $SMTP_PASSWORD",
			wantHost:     "mail.example.com",
		},
		{
			name:         "password from a command",
			config:       strings.Replace(validConfig, `password = "`+secret+`"`, `password_command = "echo `+secret+`"`, 1),
			wantServer:   "custom",
			wantPassword: "from command",
			wantHost:     "mail.example.com",
		},
		{
			name:         "default server with its defaults",
			config:       strings.Replace(validConfig, "use_default = false", "use_default = true", 1),
			wantServer:   "default",
			wantPassword: "",
			wantHost:     "localhost",
			// sender, sender_name and timeout come from [smtp], as Effective inherits them.
			wantSources: map[string]string{"host": "default", "port": "default", "use_default": "file:2",
				"sender": "file:3", "sender_name": "file:4", "timeout": "file:12"},
		},
		{
			name: "default server's own sender wins; an unset timeout is the default",
			config: "[smtp]\nuse_default = true\nsender = \"noreply@example.com\"\n\n" +
				"[default_server]\nhost = \"relay.example.com\"\nsender = \"platform@example.com\"\n",
			wantServer:   "default",
			wantPassword: "",
			wantHost:     "relay.example.com",
			wantSources:  map[string]string{"host": "file:6", "sender": "file:7", "sender_name": "default", "timeout": "default"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t).with(tt.env...)
			e.writeConfig(tt.config)

			text := e.smtpconf("show")
			expectCode(t, text, exitOK)
			if !regexp.MustCompile(`(?m)^server +` + tt.wantServer + ` `).MatchString(text.stdout) {
				t.Errorf("text should say the server is %s:\n%s", tt.wantServer, text)
			}
			if tt.wantPassword != "" && !regexp.MustCompile(`(?m)^password +`+regexp.QuoteMeta(tt.wantPassword)+` `).MatchString(text.stdout) {
				t.Errorf("text should show the password as %q:\n%s", tt.wantPassword, text)
			}
			for key, want := range tt.wantSources {
				if !regexp.MustCompile(`(?m)^` + key + ` +.* ` + want + `$`).MatchString(text.stdout) {
					t.Errorf("text should give the source of %s as %s:\n%s", key, want, text)
				}
			}

			js := e.smtpconf("show", "--json")
			expectCode(t, js, exitOK)
			var v struct {
				File     string `json:"file"`
				Server   string `json:"server"`
				Settings map[string]struct {
					Value  any    `json:"value"`
					Source string `json:"source"`
				} `json:"settings"`
			}
			if err := json.Unmarshal([]byte(js.stdout), &v); err != nil {
				t.Fatalf("show --json is not JSON: %v\n%s", err, js)
			}
			if v.File != e.config || v.Server != tt.wantServer {
				t.Errorf("file/server = %q/%q", v.File, v.Server)
			}
			if got := v.Settings["host"].Value; got != tt.wantHost {
				t.Errorf("host = %v, want %s", got, tt.wantHost)
			}
			if got := v.Settings["password"].Value; got != tt.wantPassword {
				t.Errorf("password = %v, want %q", got, tt.wantPassword)
			}
			for key, want := range tt.wantSources {
				if got := v.Settings[key].Source; got != want {
					t.Errorf("source of %s = %q, want %q", key, got, want)
				}
			}
			for _, o := range []outcome{text, js} {
				if strings.Contains(o.stdout+o.stderr, secret) {
					t.Errorf("show printed the password:\n%s", o)
				}
			}
		})
	}
}

// show is informational and exits 0 on an invalid file too, but says so:
// a note on stderr naming the command that lists the problems, and in
// --json "valid": false with the problems.
func TestShowSaysWhenTheFileIsInvalid(t *testing.T) {
	tests := []struct {
		name        string
		config      string
		wantValid   bool
		wantProblem string // "key:line:severity" in .problems; empty: none
	}{
		{"invalid", strings.Replace(validConfig, "port = 587", "port = 70000", 1), false, "smtp.port:8:error"},
		{"valid", validConfig, true, ""},
		{"only a warning", strings.Replace(validConfig, "starttls = true", "starttls = true\ntls_skip_verify = true", 1), true, "smtp.tls_skip_verify:7:warning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.writeConfig(tt.config)
			note := "note: " + e.config + " is not valid: run `smtpconf --config " + shellword.Quote(e.config) + " validate`"

			text := e.smtpconf("show")
			expectCode(t, text, exitOK)
			if !regexp.MustCompile(`(?m)^host +mail\.example\.com `).MatchString(text.stdout) {
				t.Errorf("the settings should still be shown:\n%s", text)
			}
			js := e.smtpconf("show", "--json")
			expectCode(t, js, exitOK)
			for _, o := range []outcome{text, js} {
				if got := strings.Contains(o.stderr, note); got == tt.wantValid {
					t.Errorf("note on stderr: %v, want %v (%q):\n%s", got, !tt.wantValid, note, o)
				}
			}
			var v struct {
				Valid    *bool         `json:"valid"`
				Problems []problemJSON `json:"problems"`
			}
			decodeOne(t, js, &v)
			if v.Valid == nil || *v.Valid != tt.wantValid || v.Problems == nil {
				t.Fatalf("want \"valid\": %v and a problems list:\n%s", tt.wantValid, js)
			}
			var got []string
			for _, p := range v.Problems {
				if p.Message != "" {
					got = append(got, fmt.Sprintf("%s:%d:%s", p.Key, p.Line, p.Severity))
				}
			}
			if want := strings.Fields(tt.wantProblem); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("problems %v, want %v:\n%s", got, want, js)
			}
		})
	}
}
