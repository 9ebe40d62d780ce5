package tui

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// A server whose greeting, EHLO and refusal carry escape sequences: what the
// program writes to the terminal (and so to every serve session) has none
// of them, only their escaped text.
func TestServerTextReachesTheScreenEscaped(t *testing.T) {
	const hostile = "\x1b[2J\x1b]52;c;aGk=\x07\x1b]0;title\x07\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ \u009b2J\u009d0;t\u009c"
	srv := smtptest.NewServer(t, smtptest.WithoutStartTLS(), smtptest.WithDomain("mail"+hostile),
		smtptest.FailAt(smtptest.StepMail, smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "no " + hostile}))
	tm := startProgram(t, Options{Path: configFor(t, srv, "")})
	waitText(t, tm, "Authentication")
	tm.Send(ctrl('t'))
	waitText(t, tm, "Check connection")
	tm.Send(keyEnter)
	waitText(t, tm, "What to do")
	tm.Send(ctrl('r'))
	waitText(t, tm, "EHLO")
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(tm.FinalOutput(t, teatest.WithFinalTimeout(10*time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	// ESC[2J is left out: the renderer clears the screen itself.
	for _, bad := range []string{"\x1b]52;", "\x1b]0;title", "\x1b]8;;http://evil", "\u009b", "\u009d", "\u009c"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("the terminal got %q raw", bad)
		}
	}
	m := tm.FinalModel(t).(*model)
	if scr := ansi.Strip(m.View().Content); !strings.Contains(scr, `\x1b]52;c;aGk=`) {
		t.Errorf("the server's text is not shown escaped:\n%s", scr)
	}
}
