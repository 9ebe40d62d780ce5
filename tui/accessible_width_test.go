package tui

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// TestAccessibleSaysEverythingWithinWidth: every line accessible mode
// prints — the search's trace, Detect's report, a test's steps, a
// certificate's fingerprint, a long CA path — is wrapped within plainWidth
// in both languages, words whole (a fingerprint after its colons), so that
// no terminal cuts one at its edge ("looku" / "p firma.de", "B0:3" / "D:7B").
// splitPair is a line that ends or starts inside a fingerprint's byte.
var splitPair = regexp.MustCompile(`[0-9A-F]{2}:[0-9A-F]$|^\s*[0-9A-F]:[0-9A-F]{2}`)

func TestAccessibleSaysEverythingWithinWidth(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	check := func(t *testing.T, out string) {
		t.Helper()
		for i, line := range strings.Split(out, "\n") {
			// A prompt's trailing space is where the answer is typed.
			if w := lipgloss.Width(strings.TrimRight(line, " ")); w > plainWidth {
				t.Errorf("line %d is %d columns, more than %d: %q", i, w, plainWidth, line)
			}
			if splitPair.MatchString(line) {
				t.Errorf("line %d breaks a fingerprint between its colons: %q", i, line)
			}
		}
	}
	for _, l := range i18n.Langs() {
		t.Run(string(l)+"/search_and_detect", func(t *testing.T) {
			calls, disc := discoveryCalls(t)
			ports, _, _ := probedPorts(t)
			probe := testCalls(ports).probe
			calls.probe = probe
			answers := []string{
				firmaSender, "", "y", // sender, name, look for its server
				"1",         // the first found
				"", "", "y", // own server: as chosen; host kept; Detect
			}
			for range 20 {
				answers = append(answers, "")
			}
			var out strings.Builder
			_ = runAccessibleWith(context.Background(), Options{Path: writeConfig(t, ""), Discovery: disc, Lang: l}, calls,
				&echoReader{lines: answers, out: &out}, &out)
			if !strings.Contains(out.String(), "firma.test") {
				t.Fatalf("no search trace:\n%s", out.String())
			}
			check(t, out.String())
		})
		t.Run(string(l)+"/untrusted_certificate", func(t *testing.T) {
			srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
			path := configFor(t, srv, "s3cret")
			f, err := config.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			// No CA: the server's certificate is not trusted, and its
			// fingerprint is shown; a long path of a missing CA file too.
			f.Config.SMTP.TLSCAFile = ""
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			var answers []string
			for range visiblePrompts(t, path) {
				answers = append(answers, "")
			}
			answers = append(answers, "1", "", "4")
			var out strings.Builder
			_ = runAccessibleWith(context.Background(), Options{Path: path, Lang: l}, testCalls(nil),
				&echoReader{lines: answers, out: &out}, &out)
			if !strings.Contains(out.String(), "SHA-256") {
				t.Fatalf("no fingerprint shown:\n%s", out.String())
			}
			check(t, out.String())
		})
	}
}
