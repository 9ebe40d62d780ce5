package tui

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Layout at 80×24 in both languages: the screens a reviewer found cut or
// broken mid-word in German.

// TestFatalScreenWraps: the reason a file cannot be read is wrapped, never
// cut: its end ("is a directory") is what the admin needs.
func TestFatalScreenWraps(t *testing.T) {
	for _, l := range i18n.Langs() {
		t.Run(string(l), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "a-config-directory-with-a-long-name", "dirconf")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			m := newSized(t, Options{Path: dir, Lang: l})
			if !topIs[*fatalScreen](m) {
				t.Fatalf("screen %T, want the fatal screen", m.top())
			}
			requireUncut(t, m)
			joined := strings.Join(strings.Fields(screenText(m)), " ")
			if !strings.Contains(joined, "is a directory") {
				t.Errorf("the reason is cut:\n%s", screenText(m))
			}
		})
	}
}

// TestHelpShowsEveryBinding: at 80 columns, in both languages, the short
// help shows every binding it keeps whole ("? more" included) and the full
// help every binding of every column: what does not fit on one line goes
// to the next, never cut off (German lost "? mehr" in the quit dialog and
// the wizard's third column).
func TestHelpShowsEveryBinding(t *testing.T) {
	keyF1 := tea.KeyPressMsg{Code: tea.KeyF1}
	for _, l := range i18n.Langs() {
		for _, c := range []struct {
			name string
			open func(t *testing.T) *model
		}{
			{"form", func(t *testing.T) *model {
				return newSized(t, Options{Path: writeConfig(t, customConfig), Lang: l})
			}},
			{"wizard", func(t *testing.T) *model {
				return newSized(t, Options{Path: writeConfig(t, ""), Lang: l})
			}},
			{"quit dialog", func(t *testing.T) *model {
				m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: l})
				drive(m, keyTab)
				typeText(m, "x")
				drive(m, keyEsc)
				if !topIs[*quitScreen](m) {
					t.Fatalf("screen %T, want the quit dialog", m.top())
				}
				return m
			}},
			{"review", func(t *testing.T) *model {
				m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: l})
				drive(m, keyTab, keyTab)
				typeText(m, " GmbH")
				drive(m, ctrl('s'))
				return m
			}},
		} {
			for _, full := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%s/full=%v", l, c.name, full), func(t *testing.T) {
					m := c.open(t)
					if full {
						drive(m, keyF1)
						if !m.help.ShowAll {
							t.Fatal("f1 did not show all keys")
						}
					}
					footer := squeeze(ansi.Strip(strings.Join(m.footer, " ")))
					var want []key.Binding
					if full {
						for _, col := range m.top().Help().full {
							want = append(want, col...)
						}
					} else {
						want = m.shortHelp(m.frameWidth())
					}
					for _, b := range want {
						if b.Enabled() && !strings.Contains(footer, squeeze(b.Help().Desc)) {
							t.Errorf("the help lacks %q %q:\n%s", b.Help().Key, b.Help().Desc, screenText(m))
						}
					}
					requireFits(t, m)
				})
			}
		}
	}
}

// valueColumnOf is the column where the value of the row labelled label
// starts on screen, or -1.
func valueColumnOf(screen, label, value string) int {
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, label); i >= 0 {
			if j := strings.Index(l[i+len(label):], value); j >= 0 {
				return lipgloss.Width(l[:i+len(label)+j])
			}
		}
	}
	return -1
}

// TestReviewAlignsWithForm: the review's values stand in the form's value
// column, in both languages: the same label column, measured from the
// language's labels; a label too wide for it (a checkbox's) stands on a
// line of its own with its value under it in that column.
func TestReviewAlignsWithForm(t *testing.T) {
	for _, l := range i18n.Langs() {
		t.Run(string(l), func(t *testing.T) {
			m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: l})
			form := screenText(m)
			host := m.d.fields["smtp.host"].label
			want := valueColumnOf(form, host, "mail.example.com")
			if want < 0 {
				t.Fatalf("no server row on the form:\n%s", form)
			}
			drive(m, keyTab, keyTab)
			typeText(m, " GmbH")
			drive(m, ctrl('s'))
			review := screenText(m)
			if got := valueColumnOf(review, host, "mail.example.com"); got != want {
				t.Errorf("review value column %d, form's %d:\nform:\n%s\nreview:\n%s", got, want, form, review)
			}
			// The platform default's label is wider than the column in
			// both languages: its value under it, in the column.
			lines := strings.Split(review, "\n")
			label := m.d.fields["smtp.use_default"].label
			for i, line := range lines {
				if strings.TrimSpace(line) != label {
					continue
				}
				no := strings.TrimSpace(lines[i+1])
				if c := strings.Index(lines[i+1], no); no == "" || c != want {
					t.Errorf("the value under %q is at column %d, want %d:\n%s", label, c, want, review)
				}
				return
			}
			t.Errorf("%q is not on a line of its own:\n%s", label, review)
		})
	}
}

// TestReviewWrapsWhole: in the review a path too long for the value
// column breaks after a slash, never at a hyphen inside a name, and the
// list of changed settings wraps between labels, never inside one
// ("SMTP-" / "Port").
func TestReviewWrapsWhole(t *testing.T) {
	const ca = "/tmp/smtpconf-demo-879759775/a-rather-long-directory/demo-ca.pem"
	for _, l := range i18n.Langs() {
		t.Run(string(l), func(t *testing.T) {
			body := strings.Replace(customConfig, "timeout = \"15s\"\n", "timeout = \"15s\"\ntls_ca_file = \""+ca+"\"\n", 1)
			m := newSized(t, Options{Path: writeConfig(t, body), Lang: l})
			for k, v := range map[string]string{
				"smtp.sender": "info@example.org", "smtp.sender_name": "Firma", "smtp.host": "smtp.example.org",
				"smtp.port": "2525", "smtp.username": "info@example.org", "smtp.timeout": "20s",
				"smtp.test_recipient": "ops@example.org",
			} {
				setField(t, m, k, v)
			}
			drive(m, ctrl('s'))
			if !topIs[*summaryScreen](m) {
				t.Fatalf("screen %T, want the review", m.top())
			}
			lines := summaryLines(m.u, m.d, m.frameWidth())
			plainLines := make([]string, len(lines))
			for i, line := range lines {
				plainLines[i] = ansi.Strip(line)
			}
			text := strings.Join(plainLines, "\n")
			for _, lb := range m.d.labels(m.d.changes()) {
				if !strings.Contains(text, lb) {
					t.Errorf("the changed label %q is broken over lines:\n%s", lb, text)
				}
			}
			for i, line := range plainLines {
				if strings.HasSuffix(strings.TrimSpace(line), "-") {
					t.Errorf("line %d breaks at a hyphen: %q\n%s", i, line, text)
				}
			}
			if !strings.Contains(squeeze(text), ca) {
				t.Errorf("the CA file is not shown whole:\n%s", text)
			}
		})
	}
}

// oneLine is text with its line breaks and runs of spaces as one space:
// what a wrapped line says.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// fixedLengthCA moves the CA file the config at path names to a path of
// the same length in every run: prompts wrap at plainWidth, so a golden
// of them must not depend on os.MkdirTemp's random suffix, whose number
// of digits varies.
func fixedLengthCA(t *testing.T, path string) {
	t.Helper()
	f, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	pem, err := os.ReadFile(f.Config.SMTP.TLSCAFile)
	if err != nil {
		t.Fatal(err)
	}
	var dir string
	for i := 0; ; i++ {
		dir = filepath.Join(os.TempDir(), fmt.Sprintf("smtptest-ca-%012d", os.Getpid()*1000+i))
		if err = os.Mkdir(dir, 0o700); err == nil {
			break
		}
		if !os.IsExist(err) {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	ca := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(ca, pem, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := f.Config.Set("smtp.tls_ca_file", ca); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestAccessiblePromptsFit: the prompts wrap their help, questions and
// complaints between words within plainWidth in both languages, first
// time (the wizard's step texts) and on an existing file, so that no
// terminal splits a word at its edge ("der daneben e" / "rscheint").
func TestAccessiblePromptsFit(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	for _, l := range i18n.Langs() {
		for name, body := range map[string]string{"first time": "", "existing file": customConfig} {
			t.Run(string(l)+"/"+name, func(t *testing.T) {
				path := writeConfig(t, body)
				var answers []string
				for range 40 {
					answers = append(answers, "-") // empties what it can: complaints
				}
				var out bytes.Buffer
				_ = runAccessibleWith(context.Background(), Options{Path: path, Lang: l}, testCalls(nil),
					&echoReader{lines: answers, out: &out}, &out)
				if out.Len() == 0 {
					t.Fatal("no output")
				}
				for i, line := range strings.Split(out.String(), "\n") {
					if w := lipgloss.Width(line); w > plainWidth && len(strings.Fields(line)) > 1 {
						t.Errorf("line %d is %d columns, more than %d: %q", i, w, plainWidth, line)
					}
				}
			})
		}
	}
}

// echoReader gives one answer per read and echoes it to out, as a
// terminal shows what is typed: the prompt's line ends there.
type echoReader struct {
	lines []string
	out   io.Writer
}

func (r *echoReader) Read(b []byte) (int, error) {
	if len(r.lines) == 0 {
		return 0, io.EOF
	}
	line := r.lines[0] + "\n"
	r.lines = r.lines[1:]
	_, _ = io.WriteString(r.out, line)
	return copy(b, line), nil
}

// TestQuitDialogFitsEightyColumns: at 80×24 in both languages the quit
// dialog's keys break between entries, never inside one ("Esc weiter" /
// "bearbeiten"), and the help bar under it is one line ("? mehr" spilled
// onto a second in German).
func TestQuitDialogFitsEightyColumns(t *testing.T) {
	for _, l := range i18n.Langs() {
		t.Run(string(l), func(t *testing.T) {
			m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: l})
			drive(m, keyTab)
			typeText(m, "x")
			drive(m, keyEsc)
			if !topIs[*quitScreen](m) {
				t.Fatalf("screen %T, want the quit dialog", m.top())
			}
			k := m.u.keys
			screen := ansi.Strip(screenText(m))
			for _, b := range []key.Binding{k.SaveAndQuit, k.Discard, k.Stay} {
				entry := keyName(l, b.Help().Key) + " " + b.Help().Desc
				if !strings.Contains(screen, "│ "+entry) && !strings.Contains(screen, "· "+entry) {
					t.Errorf("the dialog splits %q:\n%s", entry, screen)
				}
			}
			if n := len(shortHelpLines(m.help, keysIn(l, m.shortHelp(m.frameWidth())), m.frameWidth())); n != 1 {
				t.Errorf("the help bar takes %d lines:\n%s", n, screen)
			}
			requireFits(t, m)
		})
	}
}
