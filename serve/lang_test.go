package serve

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/tui"
)

// langProbe is a model that shows the language serve gave it
// (tui.Options.Lang) and the server's notice, and quits on q.
type langProbe struct {
	lang   i18n.Lang
	notice string
}

func newLangProbe(_ context.Context, opts tui.Options) (tea.Model, error) {
	return langProbe{lang: opts.Lang}, nil
}

func (m langProbe) Init() tea.Cmd { return nil }

func (m langProbe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return m, tea.Quit
		}
	case tui.Notice:
		m.notice = msg.Text
	}
	return m, nil
}

func (m langProbe) View() tea.View {
	return tea.NewView(fmt.Sprintf("form lang=%q\nnotice: %s", m.lang, m.notice))
}

func withLang(l i18n.Lang) fixtureOption { return func(o *Options) { o.Lang = l } }

// The real OpenSSH client chooses the session's language with the locale
// it sends (SetEnv here, SendEnv LANG LC_* in Debian's ssh_config); a
// client that sends none gets the server's. Both what serve says itself (a
// refusal) and the form (tui.Options.Lang) follow it.
func TestOpenSSHSessionLanguage(t *testing.T) {
	requireExternal(t, "ssh", "tmux")
	tests := []struct {
		name   string
		server i18n.Lang
		setEnv string // -o SetEnv=…; "" sends nothing
		want   i18n.Lang
	}{
		{"client sends a German LANG to an English server", i18n.English, "LANG=de_DE.UTF-8", i18n.German},
		{"client sends a German LC_ALL to an English server", i18n.English, "LC_ALL=de_AT.UTF-8", i18n.German},
		{"client sends LANG=C to a German server", i18n.German, "LANG=C", i18n.English},
		{"client sends nothing to a German server", i18n.German, "", i18n.German},
		{"client sends nothing to an English server", i18n.English, "", i18n.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := startServer(t, withModel(newLangProbe), withLang(tt.server))
			o := newOpenSSH(t, f)
			var env []string
			if tt.setEnv != "" {
				env = []string{"-o", "SetEnv=" + tt.setEnv}
			}

			code, stderr := o.run(t, append(o.args(append(env, "-T")...), "admin@127.0.0.1")...)
			refusal := tt.want.T("serve_refused_no_pty", i18n.D{"Command": "ssh -t -p " + o.port + " admin@127.0.0.1"})
			if code != 1 || !strings.Contains(stderr, refusal) {
				t.Errorf("without a terminal: exit %d, stderr %q; want exit 1 and %q", code, stderr, refusal)
			}

			sshLine := "ssh -tt " + strings.Join(o.args(env...), " ") + " admin@127.0.0.1"
			pane := newTmuxPane(t, 80, 24, sshLine+`; echo "ssh exited $?"`)
			pane.wait(fmt.Sprintf("form lang=%q", tt.want))
			pane.keys(true, "q")
			pane.wait("ssh exited 0")
		})
	}
}

// A German session is warned in German that the server stops, and told in
// German why it was closed, while the server itself (and its log) is
// English.
func TestOpenSSHShutdownInGerman(t *testing.T) {
	requireExternal(t, "ssh", "tmux")
	const grace = 3 * time.Second
	f := startServer(t, withModel(newLangProbe), withLang(i18n.English), func(o *Options) { o.Grace = grace })
	o := newOpenSSH(t, f)
	sshLine := "ssh -tt " + strings.Join(o.args("-o", "SetEnv=LANG=de_DE.UTF-8"), " ") + " admin@127.0.0.1"
	pane := newTmuxPane(t, 80, 24, sshLine+`; echo "ssh exited $?"`)
	pane.wait(`form lang="de"`)

	f.cancel() // SIGTERM, as far as Serve is concerned
	// The time left is whatever the clock says when the notice is made:
	// everything up to it.
	notice, _, _ := strings.Cut(i18n.German.T("serve_notice_stopping", i18n.D{"Time": "\x00"}), "\x00")
	if notice == "" || strings.HasPrefix(notice, "The server") {
		t.Fatalf("no German stopping notice in the catalog: %q", notice)
	}
	pane.wait("notice: " + notice)
	screen := pane.wait("ssh exited 1")
	if want := "smtpconf serve: Sitzung beendet: der Server wird beendet"; !strings.Contains(screen, want) {
		t.Errorf("the closing line is not German %q:\n%s", want, screen)
	}
	if err := f.stop(t); err != nil {
		t.Fatal(err)
	}
	// Machines read the log: it stays English.
	f.logLine(t, "session closed", func(r map[string]any) bool { return r["reason"] == "the server is shutting down" })
}

// The real form, for a client that sends a German locale, is German from
// its first screen: a config label (config's catalog) and the form's own
// text (tui's), both from catalogs that have every message: a missing
// one fails rather than being waited for in English.
func TestOpenSSHFormInGerman(t *testing.T) {
	requireExternal(t, "ssh", "tmux")
	f := startServer(t)
	writeFile(t, f.configPath, customConfig(t))
	o := newOpenSSH(t, f)
	sshLine := "ssh -tt " + strings.Join(o.args("-o", "SetEnv=LANG=de_DE.UTF-8"), " ") + " admin@127.0.0.1"
	pane := newTmuxPane(t, 80, 24, sshLine+`; echo "ssh exited $?"`)

	k, ok := config.LookupKey("smtp.sender")
	if !ok {
		t.Fatal("no key smtp.sender")
	}
	pane.wait(k.LabelIn(i18n.German))
	useDefault := i18n.German.T("tuiform_use_default_label", nil)
	if useDefault == "tuiform_use_default_label" {
		t.Fatal("tuiform_use_default_label is in no catalog")
	}
	pane.wait(useDefault)
	pane.keys(false, "C-c")
	pane.wait("ssh exited 0")
}
