package tui

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// The screens this package words itself, in English and German at 80×24:
// goldens of each language, and checks that German, whose words are
// longer, still fits without a line cut at the window's edge. Texts of
// other packages (config's labels, the mailer's steps and hints) follow
// the language as far as their catalogs do.

// TestScreensInBothLanguages: the test screen after a delivery and after a
// refused login (against a real server on loopback), the review before
// saving and the quit dialog, each a golden per language.
func TestScreensInBothLanguages(t *testing.T) {
	for _, lang := range i18n.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			t.Run("TestSuccess", func(t *testing.T) {
				srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
				tm := startProgram(t, Options{Path: configFor(t, srv, ""), Lang: lang})
				sendTestIn(t, tm, lang)
				waitText(t, tm, lang.T("tuitest_sent", i18n.D{"Recipient": "admin@example.com"}))
				m := finalScreen(t, tm)
				if n := len(srv.Messages()); n != 1 {
					t.Fatalf("server received %d messages, want 1", n)
				}
				requireFits(t, m)
				requireScreen(t, m)
			})
			t.Run("TestFailureWithHint", func(t *testing.T) {
				srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"), smtptest.WithMechanisms("PLAIN"))
				tm := startProgram(t, Options{Path: configFor(t, srv, "wrong"), Lang: lang})
				sendTestIn(t, tm, lang)
				waitText(t, tm, lang.T("tuitest_what_to_do", nil))
				m := finalScreen(t, tm)
				res := shownResult(t, m)
				if res == nil || res.OK {
					t.Fatalf("no failed result:\n%s", screenText(m))
				}
				// The failure and its hint whole, in the session's language.
				msg, hint := failureIn(res, lang)
				flat := strings.NewReplacer("│", "", "╭", "", "╮", "", "╰", "", "╯", "", "─", "").Replace(squeeze(screenText(m)))
				for _, want := range []string{"✗ " + msg, m.d.relabel(hint), lang.T("tuitest_what_to_do", nil)} {
					if !strings.Contains(flat, squeeze(want)) {
						t.Errorf("%q is not on screen whole:\n%s", want, screenText(m))
					}
				}
				requireFits(t, m)
				requireScreen(t, m)
			})
			t.Run("Review", func(t *testing.T) {
				m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: lang})
				drive(m, keyTab, keyTab)
				typeText(m, " GmbH")
				drive(m, ctrl('s'))
				if !topIs[*summaryScreen](m) {
					t.Fatalf("screen %T, want the review", m.top())
				}
				if s := screenText(m); !strings.Contains(s, lang.T("tuiscreen_review_title", nil)) {
					t.Fatalf("the review is not in %s:\n%s", lang, s)
				}
				requireFits(t, m)
				requireScreen(t, m)
			})
			t.Run("ReviewBlocked", func(t *testing.T) {
				m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: lang})
				drive(m, keyTab)
				typeText(m, "@@")
				drive(m, ctrl('s'))
				if s := screenText(m); !strings.Contains(s, lang.N("tuiscreen_cannot_save", 1, nil)) {
					t.Fatalf("the review does not say what blocks saving in %s:\n%s", lang, s)
				}
				requireFits(t, m)
				requireScreen(t, m)
			})
			t.Run("QuitDialog", func(t *testing.T) {
				m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: lang})
				drive(m, keyTab)
				typeText(m, "x")
				drive(m, keyTab)
				typeText(m, "y")
				drive(m, keyEsc)
				if !topIs[*quitScreen](m) {
					t.Fatalf("screen %T, want the quit dialog", m.top())
				}
				if s := screenText(m); !strings.Contains(s, lang.T("tuiscreen_quit_title", nil)) {
					t.Fatalf("the quit dialog is not in %s:\n%s", lang, s)
				}
				requireFits(t, m)
				requireScreen(t, m)
			})
		})
	}
}

// sendTestIn opens the test screen on a program showing the form and
// presses enter on Send test e-mail, waiting for the words of lang.
func sendTestIn(t *testing.T, tm *teatestModel, lang i18n.Lang) {
	t.Helper()
	waitText(t, tm, "config.toml") // the header: the form is drawn
	tm.Send(ctrl('t'))
	waitText(t, tm, lang.T("tuitest_button_check", nil))
	tm.Send(keyEnter)
}

// requireFits fails when a line of the top screen's body, the header or
// the footer is wider than the window gives it: the frame would cut it.
func requireFits(t *testing.T, m *model) {
	t.Helper()
	w := m.frameWidth()
	lines := append(append(strings.Split(m.top().View(w, m.room), "\n"), m.header...), m.footer...)
	for _, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("a line is %d columns wide, more than %d:\n%s", lipgloss.Width(l), w, ansi.Strip(l))
		}
	}
}

// TestGermanFitsEveryScreen: every screen this package words, opened in
// German at 80×24, draws no line wider than the window.
func TestGermanFitsEveryScreen(t *testing.T) {
	de := Options{Lang: i18n.German}
	for _, c := range []struct {
		name string
		open func(t *testing.T) *model
	}{
		{"test screen", func(t *testing.T) *model {
			de.Path = writeConfig(t, customConfig)
			m := newSized(t, de)
			drive(m, ctrl('t'))
			return m
		}},
		{"test screen, unsaved", func(t *testing.T) *model {
			de.Path = writeConfig(t, customConfig)
			m := newSized(t, de)
			drive(m, keyTab, keyTab)
			typeText(m, "x")
			drive(m, ctrl('t'))
			return m
		}},
		{"conflict", func(t *testing.T) *model {
			de.Path = writeConfig(t, customConfig)
			m := newSized(t, de)
			m.stack = append(m.stack, &conflictScreen{u: m.u, d: m.d})
			m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
			return m
		}},
		{"transcript", func(t *testing.T) *model {
			de.Path = writeConfig(t, customConfig)
			m := newSized(t, de)
			m.stack = append(m.stack, newTranscript(m.u, strings.Repeat("S: 250 ok\n", 40)))
			m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
			return m
		}},
		{"parse error", func(t *testing.T) *model {
			de.Path = writeConfig(t, "[smtp\nhost = 1\n")
			return newSized(t, de)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := c.open(t)
			requireFits(t, m)
			if s := screenText(m); strings.Contains(s, "…\n") {
				t.Errorf("a line is cut:\n%s", s)
			}
		})
	}
}

// TestAccessibleGerman: the prompts in German from the first question to
// the last, driven by scripted answers against a real server that refuses
// the password: German yes/no answers (j), German complaints about answers
// that are none, the test's steps and result, the transcript offered and
// shown. The whole transcript is a golden.
func TestAccessibleGerman(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"), smtptest.WithMechanisms("PLAIN"))
	path := configFor(t, srv, "wrong-password")
	fixedLengthCA(t, path)
	answers := make([]string, 0, 24)
	for range visiblePrompts(t, path) {
		answers = append(answers, "") // every setting kept, Detect declined
	}
	answers = append(answers,
		"9", "2", // menu: no such entry, then send a test e-mail
		"",                // recipient kept
		"vielleicht", "j", // show the conversation? not an answer, then yes
		"4", // quit
	)
	var out bytes.Buffer
	err := runAccessibleWith(context.Background(), Options{Path: path, Lang: i18n.German}, testCalls(nil),
		strings.NewReader(strings.Join(answers, "\n")+"\n"), &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	got := out.String()
	de := i18n.German
	for _, want := range []string{
		de.T("tuiaccess_menu_title", i18n.D{"Default": de.T("tuiaccess_menu_quit", nil)}),
		"2. " + de.T("tuitest_button_send", nil),
		de.T("tuiaccess_choose_number", i18n.D{"Last": 4}),
		de.T("tuiaccess_choose_invalid", i18n.D{"Last": 4}),
		de.T("tuiaccess_testing_saved", i18n.D{"Server": serverLineIn(de, srv.Config())}),
		"✗ ",
		de.T("tuitest_what_to_do", nil),
		de.T("tuiaccess_show_transcript", nil) + " [j/N]",
		de.T("tuiaccess_yes_no_invalid", nil),
		"AUTH PLAIN",
	} {
		if !strings.Contains(oneLine(got), oneLine(want)) { // prompts wrap at plainWidth
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	for _, english := range []string{"[y/N]", "Enter a number", "What next?", "Testing the saved settings", "What to do"} {
		if strings.Contains(got, english) {
			t.Errorf("English %q in the German prompts:\n%s", english, got)
		}
	}
	if strings.Contains(got, "wrong-password") {
		t.Error("the password was shown")
	}
	// The server's port and CA directory differ per run.
	got = regexp.MustCompile(`\b`+strconv.Itoa(srv.Port)+`\b`).ReplaceAllString(got, "PORT")
	got = regexp.MustCompile(`smtptest-ca-\d+`).ReplaceAllString(got, "smtptest-ca-N")
	golden.RequireEqual(t, []byte(stableText(got)))
}

// stableText is printed text as the goldens hold it: temp paths, ports,
// durations and queue ids replaced, trailing blanks dropped.
func stableText(s string) string {
	s = reTmp.ReplaceAllString(s, "$$TMP/")
	s = rePort.ReplaceAllString(s, "127.0.0.1:PORT")
	s = reQueue.ReplaceAllString(s, "queued as ID")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = reDuration.ReplaceAllString(strings.TrimRight(l, " "), "$1  TIME ")
	}
	return strings.Join(lines, "\n")
}

// TestYesNoAnswers: a yes/no prompt takes y/yes/n/no in every language and
// the language's own words (j, ja, nein in German); Enter keeps the
// default; anything else is asked again with the language's complaint.
func TestYesNoAnswers(t *testing.T) {
	for _, c := range []struct {
		lang    i18n.Lang
		input   string
		initial bool
		want    bool
		asks    int // how many times the question was put
	}{
		{i18n.English, "y\n", false, true, 1},
		{i18n.English, "no\n", true, false, 1},
		{i18n.English, "\n", true, true, 1},
		{i18n.English, "ja\ny\n", false, true, 2},
		{i18n.German, "j\n", false, true, 1},
		{i18n.German, "Ja\n", false, true, 1},
		{i18n.German, "nein\n", true, false, 1},
		{i18n.German, "yes\n", false, true, 1},
		{i18n.German, "\n", false, false, 1},
		{i18n.German, "vielleicht\nn\n", true, false, 2},
	} {
		t.Run(string(c.lang)+"/"+strings.ReplaceAll(c.input, "\n", "⏎"), func(t *testing.T) {
			v := c.initial
			q := yesNoField{lang: c.lang, title: "Q?", value: &v}
			var out bytes.Buffer
			if err := q.RunAccessible(&out, strings.NewReader(c.input)); err != nil {
				t.Fatal(err)
			}
			if v != c.want {
				t.Errorf("value %v, want %v", v, c.want)
			}
			if n := strings.Count(out.String(), "Q? "); n != c.asks {
				t.Errorf("asked %d times, want %d:\n%s", n, c.asks, out.String())
			}
			if c.asks > 1 && !strings.Contains(out.String(), c.lang.T("tuiaccess_yes_no_invalid", nil)) {
				t.Errorf("no complaint about the answer:\n%s", out.String())
			}
		})
	}
}

// TestStoppedErrorInGerman: the error Run returns when the session was
// stopped from outside reads in the admin's language through i18n.Text,
// and stays English in Error().
func TestStoppedErrorInGerman(t *testing.T) {
	err := &StoppedError{Cause: ErrInterrupted, Discarded: []string{"Absenderadresse", "SMTP-Server"}}
	if got, want := i18n.Text(err, i18n.German), "beendet (unterbrochen): ungespeicherte Änderungen an „Absenderadresse“ und „SMTP-Server“ wurden verworfen"; got != want {
		t.Errorf("German: %q, want %q", got, want)
	}
	if got, want := err.Error(), "stopped (interrupted): unsaved changes to Absenderadresse and SMTP-Server were discarded"; got != want {
		t.Errorf("English: %q, want %q", got, want)
	}
	clean := &StoppedError{Cause: context.Canceled}
	if got, want := i18n.Text(clean, i18n.German), "beendet (context canceled); es gab keine ungespeicherten Änderungen"; got != want {
		t.Errorf("German, nothing lost: %q, want %q", got, want)
	}
}

// TestRunsSpeakTheSessionsLanguage: every test and check the configurator
// asks of the mailer, from the test screen and from the prompts, carries
// the session's language, so the steps, details and hints come in it.
func TestRunsSpeakTheSessionsLanguage(t *testing.T) {
	for _, lang := range i18n.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			asked := make(chan i18n.Lang, 4)
			calls := testCalls(nil)
			calls.run = func(_ context.Context, _ testAction, _ config.Server, _ string, o mailer.Options) *mailer.Result {
				asked <- o.Lang
				return &mailer.Result{OK: true}
			}
			path := writeConfig(t, customConfig)

			m := newModel(context.Background(), Options{Path: path, Lang: lang}, calls)
			t.Cleanup(m.cancel)
			m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
			drive(m, ctrl('t'))
			runAll(press(m, keyEnter))
			if got := <-asked; got != lang {
				t.Errorf("the test screen ran the mailer in %q, want %q", got, lang)
			}

			answers := make([]string, 0, 20)
			for range visiblePrompts(t, path) {
				answers = append(answers, "")
			}
			answers = append(answers, "1", "", "4") // check the connection (recipient kept), quit
			var out bytes.Buffer
			if err := runAccessibleWith(context.Background(), Options{Path: path, Lang: lang}, calls,
				strings.NewReader(strings.Join(answers, "\n")+"\n"), &out); err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			if got := <-asked; got != lang {
				t.Errorf("the prompts ran the mailer in %q, want %q", got, lang)
			}
		})
	}
}

// runAll runs a command and the commands of a batch it returns, for
// their effects (the spinner's tick comes back at once).
func runAll(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if batch, ok := cmd().(tea.BatchMsg); ok {
		for _, c := range batch {
			runAll(c)
		}
	}
}

// TestReviewLongLabel: a label too long for the review's label column (as
// German ones can be) stands on a line of its own with its value in the
// column under it, rather than pushing the value past the window's edge.
func TestReviewLongLabel(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: i18n.German})
	long := "Standard-Mailserver der Plattform verwenden (sehr lang)"
	m.d.fields["smtp.use_default"].label = long
	w := m.frameWidth()
	lines := summaryLines(m.u, m.d, w)
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			t.Errorf("line %d is %d columns wide, more than %d: %q", i, lipgloss.Width(l), w, ansi.Strip(l))
		}
		if strings.TrimSpace(ansi.Strip(l)) != long {
			continue
		}
		if i+1 >= len(lines) {
			t.Fatal("the long label has no value under it")
		}
		next := ansi.Strip(lines[i+1])
		if want := strings.Repeat(" ", 2+labelColumn(m.d.fields, w)); !strings.HasPrefix(next, want) || strings.TrimSpace(next) == "" {
			t.Errorf("the value under the long label is not in the value column: %q", next)
		}
		return
	}
	t.Fatalf("the long label is not on a line of its own:\n%s", ansi.Strip(strings.Join(lines, "\n")))
}

// TestAccessibleBrokenFileGerman: a file that does not parse is named in
// German with its line and column, and "nein" to starting fresh leaves.
func TestAccessibleBrokenFileGerman(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	path := writeConfig(t, "[smtp\nhost = 1\n")
	var out bytes.Buffer
	err := runAccessibleWith(context.Background(), Options{Path: path, Lang: i18n.German}, testCalls(nil), strings.NewReader("nein\n"), &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	de := i18n.German
	for _, want := range []string{
		de.T("tuiscreen_parse_error", i18n.D{"Path": path, "Line": 1, "Column": 6}),
		de.T("tuiaccess_start_fresh", i18n.D{"Path": path + ".new"}) + " [j/N]",
	} {
		if !strings.Contains(oneLine(out.String()), oneLine(want)) { // prompts wrap at plainWidth
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "Sender address") || strings.Contains(out.String(), "Absenderadresse") {
		t.Errorf("nein started fresh all the same:\n%s", out.String())
	}
}
