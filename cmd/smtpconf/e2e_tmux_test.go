package main

// The configurator end to end, as an administrator uses it: the built binary
// in a real terminal (tmux), driven by keystrokes, against a real SMTP
// server on loopback. tmux is required when SMTPCONF_REQUIRE_EXTERNAL=1
// (make test installs it), else the test is skipped without it.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/external"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// tmuxPane is one tmux session on a private server socket.
type tmuxPane struct {
	t      *testing.T
	socket string
}

func startTmux(t *testing.T, command string) *tmuxPane {
	t.Helper()
	external.Program(t, "tmux", "tmux")
	p := &tmuxPane{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock")}
	p.run("new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", command)
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", p.socket, "kill-server").Run() })
	return p
}

func (p *tmuxPane) run(args ...string) string {
	p.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", p.socket}, args...)...).CombinedOutput()
	if err != nil {
		p.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// keys sends tmux key names (Tab, Enter, C-s, …).
func (p *tmuxPane) keys(keys ...string) {
	p.t.Helper()
	p.run(append([]string{"send-keys", "-t", "e2e"}, keys...)...)
}

// typeText sends text literally.
func (p *tmuxPane) typeText(s string) {
	p.t.Helper()
	p.run("send-keys", "-t", "e2e", "-l", s)
}

func (p *tmuxPane) screen() string {
	p.t.Helper()
	return p.run("capture-pane", "-p", "-t", "e2e")
}

// waitFor polls the screen until it shows s, failing after a deadline. s
// may be wrapped over lines on screen (prompts and messages wrap between
// words).
func (p *tmuxPane) waitFor(s string) string {
	p.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	oneLine := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for {
		scr := p.screen()
		if strings.Contains(scr, s) || strings.Contains(oneLine(scr), oneLine(s)) {
			return scr
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("the screen never showed %q; last screen:\n%s", s, scr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The same session in English (LANG=C) and in German (LANG=de_DE.UTF-8):
// keystrokes do not change with the language, the texts waited for are
// the catalogs' (see onScreen).
func TestConfigureInTmux(t *testing.T) {
	for _, tt := range []struct {
		locale string
		lang   i18n.Lang
	}{{"C", i18n.English}, {"de_DE.UTF-8", i18n.German}} {
		t.Run("LANG="+tt.locale, func(t *testing.T) { testConfigureInTmux(t, tt.locale, tt.lang) })
	}
}

// onScreen is message id as the screen shows it in lang, filled with data
// and cut where a value is cutHere (the rest, a path, may be cut short by
// the screen's width). Every message is in both catalogs: one missing is
// a failure here, not an English text waited for instead.
func onScreen(t *testing.T, lang i18n.Lang, id string, data i18n.D) string {
	t.Helper()
	text := lang.T(id, data)
	if text == id {
		t.Fatalf("message %s is in no catalog", id)
	}
	text, _, _ = strings.Cut(text, cutHere)
	return text
}

const cutHere = "\x00"

// label is a config key's label as the form shows it in lang.
func label(t *testing.T, lang i18n.Lang, name string) string {
	t.Helper()
	k, ok := config.LookupKey(name)
	if !ok {
		t.Fatalf("no config key %s", name)
	}
	return k.LabelIn(lang)
}

func testConfigureInTmux(t *testing.T, locale string, lang i18n.Lang) {
	srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"), smtptest.RequireAuth())
	dir := t.TempDir()
	ca := filepath.Join(dir, "ca.pem")
	if err := srv.WriteCA(ca); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "config.toml")
	start := fmt.Sprintf("[smtp]\nuse_default = false\ntls_ca_file = %q\n", ca)
	if err := os.WriteFile(path, []byte(start), 0o600); err != nil {
		t.Fatal(err)
	}
	command := fmt.Sprintf("env HOME=%s LANG=%s LC_ALL= LC_MESSAGES= GORACE=atexit_sleep_ms=0 %s configure --config %s; echo \"smtpconf exited with $?\"; sleep 60",
		dir, locale, binary, path)
	p := startTmux(t, command)

	senderLabel := label(t, lang, "smtp.sender")
	p.waitFor(senderLabel)
	p.keys("Tab")
	p.typeText("app@example.com")
	p.keys("Tab", "Tab", "Tab") // sender name, protocol, STARTTLS
	p.keys("Space")             // require STARTTLS
	p.keys("Tab")
	p.typeText("127.0.0.1")
	p.keys("Tab")
	p.typeText(fmt.Sprint(srv.Port))
	p.keys("Tab", "Right") // authentication: automatic
	p.waitFor(label(t, lang, "smtp.username"))
	p.keys("Tab")
	p.typeText("app@example.com")
	p.keys("Tab")
	p.typeText("s3cret")
	p.keys("Tab", "Tab", "Tab", "Tab") // timeout, CA file, skip verify, test recipient
	p.typeText("admin@example.com")
	scr := p.waitFor("admin@example.com")
	if strings.Contains(scr, "s3cret") {
		t.Fatalf("the password shows on screen:\n%s", scr)
	}

	p.keys("C-s")
	p.waitFor(onScreen(t, lang, "tuiscreen_review_title", nil))
	p.keys("Enter")
	p.waitFor(onScreen(t, lang, "tuiscreen_saved_to", i18n.D{"Path": cutHere}))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`sender = "app@example.com"`, "starttls = true", `host = "127.0.0.1"`, fmt.Sprintf("port = %d", srv.Port),
		`auth = "auto"`, `username = "app@example.com"`, `password = "s3cret"`, `test_recipient = "admin@example.com"`,
		fmt.Sprintf("tls_ca_file = %q", ca),
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %s:\n%s", want, data)
		}
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("saved file mode: %v %v", fi.Mode(), err)
	}

	p.keys("C-t")
	p.waitFor(onScreen(t, lang, "tuitest_button_send", nil))
	p.keys("Enter")
	p.waitFor(onScreen(t, lang, "tuitest_sent", i18n.D{"Recipient": "admin@example.com"}))
	msgs := srv.Messages()
	if len(msgs) != 1 || msgs[0].From != "app@example.com" || strings.Join(msgs[0].To, ",") != "admin@example.com" {
		t.Fatalf("the server received %+v", msgs)
	}

	p.keys("Escape") // back to the form
	p.waitFor(senderLabel)
	p.keys("Escape") // quit: everything is saved, so no question
	p.waitFor("smtpconf exited with 0")
}
