package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// sourceConfig is customConfig with its password taken from somewhere else.
func sourceConfig(source string) string {
	return strings.Replace(customConfig, `password = "hunter2"`, source, 1)
}

// TestPasswordSource: a password_env or password_command in the file shows
// on the Password field (never a password), its help says typing replaces
// it, and a typed password replaces it so that the settings save.
func TestPasswordSource(t *testing.T) {
	for _, tc := range []struct {
		name, source, shows, key string
	}{
		{"Env", `password_env = "SMTP_PASSWORD"`, "from $SMTP_PASSWORD", "password_env"},
		{"Command", `password_command = "pass show smtp"`, "from command: pass show smtp", "password_command"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeConfig(t, sourceConfig(tc.source))
			m := newSized(t, Options{Path: path})
			if s := screenText(m); !strings.Contains(s, "Password                    "+tc.shows) {
				t.Fatalf("the Password field does not say %q:\n%s", tc.shows, s)
			}
			if got := m.d.secretSummary("smtp.password"); got != tc.shows {
				t.Errorf("the summary's password line is %q, want %q", got, tc.shows)
			}
			for focusOf(m) != "smtp.password" {
				drive(m, keyTab)
			}
			if s := screenText(m); !strings.Contains(s, "replaces") {
				t.Errorf("the Password help does not say typing replaces the source:\n%s", s)
			}
			if tc.name == "Env" {
				requireGoldenNamed(t, "Env/Focused", m)
			}
			typeText(m, "n3w-secret")
			if b := m.d.blocking(); len(b) > 0 {
				t.Fatalf("a typed password blocks saving: %v", b)
			}
			if s := screenText(m); strings.Contains(s, "n3w-secret") {
				t.Fatal("the password is visible on screen")
			}
			if got := m.d.secretSummary("smtp.password"); got != "(new password entered; replaces the password "+tc.shows+")" {
				t.Errorf("the summary's password line is %q after typing", got)
			}
			saveNow(t, m)
			if !topIs[*formScreen](m) || m.d.dirty() {
				t.Fatalf("after save: screen %T dirty %v status %q", m.top(), m.d.dirty(), statusText(m))
			}
			f, err := config.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if f.Config.SMTP.Password != "n3w-secret" || f.Config.SMTP.PasswordEnv != "" || f.Config.SMTP.PasswordCommand != "" {
				t.Errorf("saved password settings: %+v", f.Config.SMTP.Server)
			}
			if err := f.Validate().Err(); err != nil {
				t.Errorf("the saved file does not validate: %v", err)
			}
			data, _ := os.ReadFile(path)
			if strings.Contains(string(data), tc.key) {
				t.Errorf("the saved file still has %s:\n%s", tc.key, data)
			}
		})
	}
}

// TestPasswordSourceKeptUntilTyped: typing and then erasing a password
// brings the file's source back; nothing changes.
func TestPasswordSourceKeptUntilTyped(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, sourceConfig(`password_env = "SMTP_PASSWORD"`))})
	for focusOf(m) != "smtp.password" {
		drive(m, keyTab)
	}
	typeText(m, "x")
	if m.d.cfg.SMTP.PasswordEnv != "" {
		t.Fatalf("password_env %q stays beside a typed password", m.d.cfg.SMTP.PasswordEnv)
	}
	drive(m, keyBack)
	if m.d.cfg.SMTP.PasswordEnv != "SMTP_PASSWORD" || m.d.dirty() {
		t.Fatalf("erasing the password: password_env %q, dirty %v", m.d.cfg.SMTP.PasswordEnv, m.d.dirty())
	}
}

func TestPasswordSourceText(t *testing.T) {
	for _, tc := range []struct {
		s    config.Server
		want string
	}{
		{config.Server{}, ""},
		{config.Server{Password: "hunter2"}, ""},
		{config.Server{PasswordEnv: "SMTP_PASSWORD"}, "from $SMTP_PASSWORD"},
		{config.Server{PasswordCommand: "pass show smtp"}, "from command: pass show smtp"},
		{config.Server{Password: "hunter2", PasswordEnv: "P", PasswordCommand: "cmd"}, "from the saved password, $P and command: cmd"},
	} {
		got := passwordSourceText(i18n.English, tc.s)
		if got != tc.want {
			t.Errorf("passwordSourceText(%+v) = %q, want %q", tc.s, got, tc.want)
		}
		if strings.Contains(got, "hunter2") {
			t.Errorf("the password shows: %q", got)
		}
	}
}

// A typed password replaces the file's source on every path to the
// settings, not only typing: Detect's proposal recomputes them too, and
// the summary says what replaces what.
func TestPasswordSourceReplacedOnEveryPath(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, sourceConfig(`password_command = "pass show smtp"`))})
	for focusOf(m) != "smtp.password" {
		drive(m, keyTab)
	}
	typeText(m, "n3w-Secret")
	m.d.accept(config.Server{Protocol: config.ProtocolSMTPS, Port: 465, Auth: config.AuthAuto})
	if m.d.cfg.SMTP.PasswordCommand != "" || len(m.d.problems.For("smtp.password_command")) > 0 {
		t.Fatalf("after Detect: password_command %q, problems %v", m.d.cfg.SMTP.PasswordCommand, m.d.problems)
	}
	got := m.d.summaryValue("smtp.password")
	if !strings.Contains(got, "replaces the password from command: pass show smtp") || strings.Contains(got, "n3w-Secret") {
		t.Fatalf("summary says %q", got)
	}
}
