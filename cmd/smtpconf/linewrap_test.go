package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/oauth"
)

// TestWrapProse: long German lines wrap between words within the width,
// continuation lines indented; a word wider than the line stays whole;
// short lines and line breaks stay as they are.
func TestWrapProse(t *testing.T) {
	const url = "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode?code=ABCD-EFGH-IJKL-MNOP"
	for _, c := range []struct {
		name, text string
		width      int
	}{
		{"sigterm note", "smtpconf: durch SIGTERM beendet; nicht gespeicherte Änderungen an Standard-Mailserver der Plattform verwenden, Absenderadresse und SMTP-Port wurden verworfen", 80},
		{"device code", "Melden Sie sich als postfach@firma.de an; smtpconf fragt den Anbieter alle 5s, ob Sie fertig sind.", 80},
		{"long url", "Öffnen Sie zur Anmeldung " + url + " auf einem beliebigen Gerät und geben Sie den Code ABCD-EFGH ein", 60},
		{"two lines", "Fehler: kurz\nHinweis: " + strings.Repeat("ein langes Wort ", 10), 40},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := wrapProse(c.text, c.width, "  ")
			lines := strings.Split(got, "\n")
			if len(lines) < 2 {
				t.Fatalf("not wrapped: %q", got)
			}
			for i, l := range lines {
				if n := utf8.RuneCountInString(l); n > c.width && !strings.Contains(l, url) {
					t.Errorf("line %d is %d columns, more than %d: %q", i, n, c.width, l)
				}
				if i > 0 && !strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "Hinweis:") {
					t.Errorf("line %d continues without indent: %q", i, l)
				}
			}
			if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(c.text), " ") {
				t.Errorf("words lost or split:\n got %q\nwant %q", got, c.text)
			}
		})
	}
	if got := wrapProse("kurz genug", 80, "  "); got != "kurz genug" {
		t.Errorf("a short line changed: %q", got)
	}
}

// TestDeviceCodeFits: login's instructions fit 80 columns without a
// terminal in both languages (German ran to 94 and 112, English to 83),
// with the address, the code and the mailbox whole.
func TestDeviceCodeFits(t *testing.T) {
	dc := oauth.DeviceCode{
		VerificationURL: "https://microsoft.com/devicelogin",
		UserCode:        "ABCD-EFGH",
		Interval:        5 * time.Second,
	}
	const mailbox = "noreply-benachrichtigungen@firma-beispiel.de"
	for _, l := range i18n.Langs() {
		var b bytes.Buffer
		showDeviceCode(&b, dc, mailbox, l)
		for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			if n := utf8.RuneCountInString(line); n > proseWidth {
				t.Errorf("%s: line is %d columns: %q", l, n, line)
			}
		}
		words := strings.Fields(b.String())
		for _, want := range []string{dc.VerificationURL, dc.UserCode, mailbox} {
			if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, want) }) {
				t.Errorf("%s: %q is not whole:\n%s", l, want, b.String())
			}
		}
	}
}
