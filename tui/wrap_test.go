package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// wrapWords never loses text: a word wider than the width is broken, by
// display width, over as many lines as it needs.
func TestWrapWordsBreaksLongWords(t *testing.T) {
	for _, c := range []struct {
		text string
		w    int
	}{
		{"Password from: sh -c 'pass show mail/noreply-and-some-more-words-to-make-it-wrap-past-the-screen-edge-of-the-form'", 40},
		{"✗ CA certificate file /etc/ssl/private/a/very/long/path/to/some/directory/with/the/ca-bundle.pem does not exist", 30},
		{"lookup mail.a-very-long-subdomain-name.another-long-label.example-provider.example.com: no such host", 25},
		{"宛先 メールサーバー名がとても長いのでこの行は折り返さなければならない", 20},
		{"short words only, nothing long here at all", 12},
		{"x " + strings.Repeat("é", 50), 7},
	} {
		lines := wrap(c.text, c.w)
		for _, l := range lines {
			if ansi.StringWidth(l) > c.w {
				t.Errorf("w=%d: %q is %d wide", c.w, l, ansi.StringWidth(l))
			}
		}
		got := strings.ReplaceAll(strings.Join(lines, ""), " ", "")
		if want := strings.ReplaceAll(c.text, " ", ""); got != want {
			t.Errorf("w=%d: text lost:\n got %q\nwant %q\nlines %q", c.w, got, want, lines)
		}
	}
}

// Words that fit still move to the next line whole.
func TestWrapWordsKeepsWordsWhole(t *testing.T) {
	got := wrap("the quick brown fox jumps over the lazy dog", 10)
	want := []string{"the quick", "brown fox", "jumps over", "the lazy", "dog"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// The Password note names a long password_command whole.
func TestLongPasswordCommandNoteShowsWhole(t *testing.T) {
	cmd := "pass show mail/noreply-and-some-more-words-to-make-it-wrap-past-the-screen-edge-of-the-form-and-beyond"
	cfg := strings.Replace(customConfig, `password = "hunter2"`, `password_command = "`+cmd+`"`, 1)
	m := newSized(t, Options{Path: writeConfig(t, cfg)})
	m.d.showAll = true
	for range formKeys {
		s := screenText(m)
		if strings.Contains(s, "Password") && strings.Contains(s, "noreply-and") {
			break
		}
		drive(m, keyTab)
	}
	s := screenText(m)
	joined := strings.NewReplacer(" ", "", "\n", "", "│", "").Replace(s)
	if !strings.Contains(joined, strings.ReplaceAll(cmd, " ", "")) {
		t.Fatalf("the password command is cut:\n%s", s)
	}
}

// TestWrapKeepsAbbreviations: "z. B." and "d. h." never end one line and
// start the next, and come out with their ordinary space.
func TestWrapKeepsAbbreviations(t *testing.T) {
	for _, c := range []struct {
		text  string
		width int
		want  []string
	}{
		{"Geben Sie die Absenderadresse an, z. B. noreply@example.com", 38, []string{"Geben Sie die Absenderadresse an,", "z. B. noreply@example.com"}},
		{"das heißt, d. h. so", 13, []string{"das heißt,", "d. h. so"}},
	} {
		if got := wrap(c.text, c.width); !slices.Equal(got, c.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

// Wrapping never breaks at a hyphen: German compounds ("SMTP-Port",
// "Standard-Mailserver") and file names ("demo-ca.pem") stay whole; a path
// too long for the line breaks after a slash.
func TestWrapKeepsHyphenatedWordsWhole(t *testing.T) {
	for _, c := range []struct {
		text string
		w    int
		want []string
	}{
		{"Geändert: Absendername, SMTP-Port", 30, []string{"Geändert: Absendername,", "SMTP-Port"}},
		{"Standard-Mailserver der Plattform verwenden", 20, []string{"Standard-Mailserver", "der Plattform", "verwenden"}},
		{"/tmp/smtpconf-demo-879759775/demo-ca.pem", 30, []string{"/tmp/smtpconf-demo-879759775/", "demo-ca.pem"}},
		{"Datei /tmp/x/demo-ca.pem fehlt", 20, []string{"Datei", "/tmp/x/demo-ca.pem", "fehlt"}},
	} {
		got := wrap(c.text, c.w)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", c.text, c.w, got, c.want)
		}
	}
}

// A character wider than the line still moves on: no endless loop.
func TestWrapWideCharacterNarrowLine(t *testing.T) {
	if got := wrap("宛先", 1); strings.Join(got, "") != "宛先" {
		t.Fatalf("got %q", got)
	}
}
