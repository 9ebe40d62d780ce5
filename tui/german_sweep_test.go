package tui

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/i18n/i18ntest"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
	"github.com/smtpconf/smtpconf/oauth"
)

// The sweep: every screen and prompt this package can be brought to,
// rendered in German, must carry no English sentence of ours and no bare
// message ID. The English sentences are the catalogs' own (each
// placeholder matches anything), so a text added in English only, or a
// call that forgets the language, fails here without anyone listing it.

// sweptAreas are the catalogs whose texts reach the screens and prompts.
var sweptAreas = []string{"tuiform", "tuiwizard", "tuikeys", "tuitest", "tuiscreen", "tuiaccess", "config", "mailer", "discover", "oauth"}

// englishSentences are the English messages of areas as patterns
// (i18ntest.Relabelled: placeholders, and the file keys the form turns
// into labels, match anything).
func englishSentences(t *testing.T, areas ...string) *i18ntest.Sentences {
	t.Helper()
	s, err := i18ntest.Relabelled(areas...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// germanSweep collects what a German admin reads, then checks it.
type germanSweep struct {
	t       *testing.T
	english *i18ntest.Sentences
}

func newGermanSweep(t *testing.T) *germanSweep {
	return &germanSweep{t: t, english: englishSentences(t, sweptAreas...)}
}

// boxChars are the borders of dialogs and hint boxes, which a sentence
// wrapped inside a box has at the start and end of its lines.
var boxChars = strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", " ")

// check fails when text, line by line or with its lines joined (a
// sentence wraps), holds an English sentence of ours or a message ID.
func (g *germanSweep) check(what, text string) {
	g.t.Helper()
	text = ansi.Strip(text)
	if id := g.english.FindID(text); id != "" {
		g.t.Errorf("%s shows the message ID %s:\n%s", what, id, text)
	}
	flat := strings.Join(strings.Fields(boxChars.Replace(text)), " ")
	if found := g.english.Find(flat); found != "" {
		g.t.Errorf("%s is English (%s)\n%s", what, found, text)
	}
}

// screens checks the model's screen and the full help of its top screen.
func (g *germanSweep) screen(what string, m *model) {
	g.t.Helper()
	g.check(what, screenText(m))
	if !m.top().Typing() {
		drive(m, tea.KeyPressMsg{Code: '?', Text: "?"})
		g.check(what+" (all keys)", screenText(m))
		drive(m, tea.KeyPressMsg{Code: '?', Text: "?"})
	}
}

// TestGermanScreensSpeakGerman renders in German every screen the goldens
// show and more — the form and its review with each kind of problem, the
// wizard's steps, the test screen before and after a run, Detect's report
// from real servers, the sign-in in each state, the parse error, a file's
// warnings, the conflict and quit dialogs, the transcript — plus every
// German golden on disk, and finds no English sentence of ours in them.
func TestGermanScreensSpeakGerman(t *testing.T) {
	g := newGermanSweep(t)
	de := i18n.German
	open := func(t *testing.T, body string) *model {
		return newSized(t, Options{Path: writeConfig(t, body), Lang: de})
	}

	t.Run("Goldens", func(t *testing.T) {
		var files []string
		err := filepath.WalkDir("testdata", func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() && (strings.HasSuffix(p, "_de.golden") || strings.Contains(p, "/de/") || strings.Contains(p, "German")) {
				files = append(files, p)
			}
			return err
		})
		if err != nil || len(files) < 15 {
			t.Fatalf("only %d German goldens (%v)", len(files), err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			g.check(f, string(b))
		}
	})

	t.Run("FormAndReview", func(t *testing.T) {
		bodies := map[string]string{"Custom": customConfig, "OAuth": m365Config}
		for name, body := range adviceConfigs {
			bodies[name] = body
		}
		for name, body := range bodies {
			m := open(t, body)
			m.d.showAll = true // every field's problems, as after a save attempt
			drive(m, tea.WindowSizeMsg{Width: termW, Height: 200})
			g.screen(name+": form", m)
			drive(m, ctrl('s'))
			g.screen(name+": review", m)
			drive(m, keyEsc, ctrl('t'))
			g.screen(name+": test screen", m)
		}
	})

	t.Run("Wizard", func(t *testing.T) {
		m := open(t, "")
		g.screen("wizard: sender", m)
		typeText(m, "noreply@example.com")
		drive(m, keyEnter, keyEnter)
		g.screen("wizard: look for the server", m)
		typeServerMyself(t, m)
		g.screen("wizard: where mail goes", m)
		drive(m, keySpace, keyEnter) // own server
		for i := 0; i < 12 && topIs[*wizardScreen](m); i++ {
			g.screen("wizard: "+stepTitle(t, m), m)
			drive(m, keyEnter)
		}
		g.screen("wizard: summary", m)
	})

	t.Run("Detect", func(t *testing.T) {
		ports, _, _ := probedPorts(t)
		m := newTestModel(t, Options{Path: writeConfig(t, "[smtp]\nsender = \"app@example.com\"\nhost = \"127.0.0.1\"\n"), Lang: de}, ports)
		r := m.u.net.probe(context.Background(), "127.0.0.1", probeOptions(m.d))
		lines := probeLines(m.u.styles, m.d, r, 76, m.u.lang().T("tuiwizard_detect_keys", nil))
		g.check("Detect's report", probeAskingIn(de, "127.0.0.1")+"\n"+strings.Join(lines, "\n"))
		if r.Reason == "" || r.Proposal == nil {
			t.Fatalf("the probe found nothing to check: %+v", r)
		}
	})

	t.Run("Discovery", func(t *testing.T) {
		// The search as the first-time setup starts it, with its own
		// options, against firma.test's records on loopback.
		calls, disc := discoveryCalls(t)
		m := newModel(context.Background(), Options{Path: writeConfig(t, ""), Lang: de, Discovery: disc}, calls)
		t.Cleanup(m.cancel)
		drive(m, tea.WindowSizeMsg{Width: termW, Height: termH})
		cmd, a := startDiscovery(m.u, m.d, firmaSender, true)
		s := a.push.(*discoveryScreen)
		m.stack = append(m.stack, s)
		p := newPump(t, m)
		p.run(cmd)
		p.until("the search", func() bool { return !s.running })
		if !strings.Contains(screenText(m), "mail.firma.test") {
			t.Fatalf("the search found nothing:\n%s", screenText(m))
		}
		g.screen("the search from the sender", m)
	})

	t.Run("SignIn", func(t *testing.T) {
		m := open(t, m365Config)
		// The sign-in, the checks and the tests talk to the mailer in the
		// session's language: what it words itself comes back German.
		if o := m.u.mailerOptions(m.d); o.Lang != de {
			t.Errorf("the mailer is asked in %q", o.Lang)
		}
		s := &signInScreen{u: m.u, d: m.d, srv: m.d.cfg.Effective(), cancel: func() {}}
		m.stack = append(m.stack, s)
		for _, st := range []signInState{signInAsking, signInWaiting, signInDone, signInFailed} {
			s.state, s.now = st, time.Now()
			s.code = oauth.DeviceCode{VerificationURL: "https://microsoft.com/devicelogin", UserCode: "ABCD-EFGH", Interval: 5 * time.Second, Expiry: s.now.Add(15 * time.Minute)}
			// A provider that cannot be reached: the failure has a hint.
			s.err = i18n.Wrap("tuiwizard_signin_failed_because", nil, &oauth.Error{Provider: s.srv.OAuth2Provider, Flow: s.srv.OAuth2Flow,
				Err: &url.Error{Op: "Post", URL: "https://login.example/devicecode", Err: errors.New("no such host")}})
			drive(m, tea.WindowSizeMsg{Width: termW, Height: termH})
			g.screen("sign-in", m)
		}
	})

	t.Run("Dialogs", func(t *testing.T) {
		m := open(t, customConfig)
		m.stack = append(m.stack, &conflictScreen{u: m.u, d: m.d})
		drive(m, tea.WindowSizeMsg{Width: termW, Height: termH})
		g.screen("conflict", m)
		m = open(t, customConfig)
		m.stack = append(m.stack, newTranscript(m.u, strings.Repeat("S: 250 ok\n", 40)))
		drive(m, tea.WindowSizeMsg{Width: termW, Height: termH})
		g.screen("transcript", m)
		m = open(t, customConfig)
		drive(m, keyTab)
		typeText(m, "x")
		drive(m, keyEsc)
		g.screen("quit", m)
		g.screen("parse error", open(t, "[smtp\nhost = 1\n"))
		g.screen("file warnings", open(t, customConfig+"unknown_thing = 1\n"))
	})

	t.Run("TestRun", func(t *testing.T) {
		for pw, end := range map[string]string{"s3cret": de.T("tuitest_sent", i18n.D{"Recipient": "admin@example.com"}), "wrong": de.T("tuitest_what_to_do", nil)} {
			srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"), smtptest.WithMechanisms("PLAIN"))
			tm := startProgram(t, Options{Path: configFor(t, srv, pw), Lang: de})
			sendTestIn(t, tm, de)
			waitText(t, tm, end)
			m := finalScreen(t, tm)
			g.screen("test run", m)
		}
	})
}

// TestGermanPromptsSpeakGerman: the accessible prompts in German, from a
// first-time setup with Detect against real servers through the menu's
// save, check and test, and on a broken file, carry no English sentence
// of ours.
func TestGermanPromptsSpeakGerman(t *testing.T) {
	g := newGermanSweep(t)
	t.Setenv("NO_COLOR", "1")
	run := func(path string, ports map[int]int, answers ...string) string {
		var out bytes.Buffer
		err := runAccessibleWith(context.Background(), Options{Path: path, Lang: i18n.German}, testCalls(ports), strings.NewReader(strings.Join(answers, "\n")+"\n"), &out)
		if err != nil && !errors.Is(err, errInputEnded) {
			t.Fatalf("%v\n%s", err, out.String())
		}
		return out.String()
	}
	ports, _, _ := probedPorts(t)
	out := run(writeConfig(t, ""), ports,
		"kein Absender",   // step 1: sender refused…
		"app@example.com", // …and asked again
		"",                // sender name
		"",                // look for its server? Enter: no
		"n",               // step 2: not the platform's server
		"127.0.0.1",       // step 3: host
		"j",               // Detect
		"",                // Use these settings? Enter: yes
		"", "", "", "",    // protocol, port, CA file, skip check
		"",                // step 4: sign in with a password
		"",                // authentication: the proposal's
		"app@example.com", // username
		"",                // password: none (the menu says so)
		"",                // step 5: no test recipient
		"9",               // menu: no such entry
		"1",               // menu: save
		"2",               // menu: check the connection (fails: no password)
		"",                // recipient
	)
	g.check("first-time prompts", out)
	// What the prompts decide by state, not by English words: an example
	// is no default Enter takes, and no password is no saved password.
	de := i18n.German
	if ex := de.T("tuiform_example", i18n.D{"Value": ""}); strings.Contains(out, "Enter für "+ex) {
		t.Errorf("the prompts offer an example as what Enter takes (%q):\n%s", ex, out)
	}
	if saved := de.T("tuiaccess_secret_saved_title", i18n.D{"Label": "Kennwort"}); strings.Contains(out, saved) {
		t.Errorf("the prompts say a password is saved when none is (%q):\n%s", saved, out)
	}
	if asked := de.T("tuiaccess_secret_title", i18n.D{"Label": "Kennwort"}); !strings.Contains(out, asked) {
		t.Errorf("the prompts never ask for the password (%q):\n%s", asked, out)
	}
	if !strings.Contains(out, "127.0.0.1") {
		t.Fatalf("the prompts did not get to Detect:\n%s", out)
	}
	// The search from the sender, over firma.test's records on loopback.
	calls, disc := discoveryCalls(t)
	var found bytes.Buffer
	err := runAccessibleWith(context.Background(), Options{Path: writeConfig(t, ""), Lang: i18n.German, Discovery: disc}, calls,
		strings.NewReader(firmaSender+"\n\nj\n1\n"), &found)
	if err != nil && !errors.Is(err, errInputEnded) {
		t.Fatalf("%v\n%s", err, found.String())
	}
	if !strings.Contains(found.String(), "mail.firma.test") {
		t.Fatalf("the prompts found no server:\n%s", found.String())
	}
	g.check("prompts of the search from the sender", found.String())
	g.check("broken file prompts", run(writeConfig(t, "[smtp\nhost = 1\n"), nil, "j", "x"))
	g.check("prompts on a file with problems", run(writeConfig(t, adviceConfigs["InClear"]), nil))
}
