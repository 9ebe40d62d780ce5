package main

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// hostileText is what a server, a file or a child process could send to act
// on the admin's terminal: clear the screen, write the clipboard (OSC 52),
// set the title, open a link (OSC 8), and C1 controls (CSI, OSC, ST).
const hostileText = "\x1b[2J\x1b]52;c;aGk=\x07\x1b]0;title\x07\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ \u009b2J\u009d0;t\u009c"

// expectPrintable fails when the output holds a control character other
// than line breaks and tab, or does not show the hostile text in its
// escaped form (want: `\x1b]52` in text, `\u001b]52` in JSON).
func expectPrintable(t *testing.T, o outcome, want string) {
	t.Helper()
	for name, out := range map[string]string{"stdout": o.stdout, "stderr": o.stderr} {
		if !termsafe.Safe(strings.ReplaceAll(out, "\n", "")) {
			t.Errorf("%s carries control characters: %q", name, out)
		}
	}
	if !strings.Contains(o.stdout+o.stderr, want) {
		t.Errorf("the output lacks %q:\n%s", want, o)
	}
}

// A server's greeting, EHLO and refusal carrying escape sequences reach
// neither the step lines, the error and hint, the transcript nor JSON raw.
func TestServerTextNeverReachesTheTerminalRaw(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithoutStartTLS(), smtptest.WithDomain("mail"+hostileText),
		smtptest.FailAt(smtptest.StepMail, smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "no " + hostileText}))
	e := newEnv(t)
	e.writeConfig(configFor(srv, false, "none", ""))
	for _, args := range [][]string{{"check", "--transcript"}, {"check", "--json"}, {"test", "--to", "admin@example.com", "--transcript"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			o := e.smtpconf(args...)
			expectCode(t, o, exitFailed)
			want := `\x1b]52;c;aGk=`
			if args[1] == "--json" {
				want = `\\x1b]52;c;aGk=` // the mailer's escaped text, JSON-quoted
			}
			expectPrintable(t, o, want)
		})
	}
}

// A config value with control characters is refused by validate, naming
// the key, and show prints it escaped.
func TestControlCharactersInTheFileAreRefusedAndShownEscaped(t *testing.T) {
	e := newEnv(t)
	e.writeConfig(`[smtp]
host = "mail.example.com"
sender = "app@example.com"
sender_name = "Firma \u001b]52;c;aGk=\u0007 \u009b2J"
`)
	o := e.smtpconf("validate")
	expectCode(t, o, exitConfig)
	expectPrintable(t, o, `smtp.sender_name: contains a control character (\x1b, \x07, \u009b)`)
	expectPrintable(t, e.smtpconf("show"), `Firma \x1b]52;c;aGk=\x07 \u009b2J`)
	expectPrintable(t, e.smtpconf("show", "--json"), `Firma \u001b]52;c;aGk=\u0007 \u009b2J`)
}
