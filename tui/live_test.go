package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// Live tests: the test screen and Detect against a real SMTP server on
// loopback (mailer/smtptest), through a running program.

// configFor writes a config file that sends through srv.
func configFor(t *testing.T, srv *smtptest.Server, password string) string {
	t.Helper()
	path := writeConfig(t, "")
	f := config.New(path)
	f.Config.SMTP.UseDefault = false
	f.Config.SMTP.Server = srv.Config()
	if password != "" {
		f.Config.SMTP.Password = password
	}
	f.Config.SMTP.TestRecipient = "admin@example.com"
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return path
}

// sendTest opens the test screen on a program showing the form and
// presses enter on Send test e-mail.
func sendTest(t *testing.T, tm *teatestModel) {
	t.Helper()
	waitText(t, tm, "Authentication")
	tm.Send(ctrl('t'))
	waitText(t, tm, "Check connection")
	tm.Send(keyEnter)
}

func TestLive(t *testing.T) {
	t.Run("Success", func(t *testing.T) {
		srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
		tm := startProgram(t, Options{Path: configFor(t, srv, "")})
		sendTest(t, tm)
		waitText(t, tm, "Test e-mail sent")
		m := finalScreen(t, tm)
		msgs := srv.Messages()
		if len(msgs) != 1 || strings.Join(msgs[0].To, ",") != "admin@example.com" {
			t.Fatalf("server received %+v", msgs)
		}
		requireScreen(t, m)
	})
	t.Run("FailureWithHint", func(t *testing.T) {
		// PLAIN, not CRAM-MD5: its challenge would make the transcript differ per run.
		srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"), smtptest.WithMechanisms("PLAIN"))
		tm := startProgram(t, Options{Path: configFor(t, srv, "wrong")})
		sendTest(t, tm)
		waitText(t, tm, "What to do")
		m := finalScreen(t, tm)
		if len(srv.Messages()) != 0 {
			t.Fatal("a message was delivered with a wrong password")
		}
		requireFailureShown(t, m)
		requireScreen(t, m)

		drive(m, ctrl('r'))
		s := screenText(m)
		if !strings.Contains(s, "AUTH PLAIN") {
			t.Fatalf("ctrl+r does not show the conversation:\n%s", s)
		}
		if strings.Contains(s, "wrong") {
			t.Fatal("the password shows in the transcript")
		}
		t.Run("Transcript", func(t *testing.T) { requireScreen(t, m) })
	})
	t.Run("CertificateFailureKeepsFailedStep", func(t *testing.T) {
		// A certificate for another host at 80×24, under the demo's banner:
		// the failed step, the error and the hint all show, not only the
		// end of a long hint.
		srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"), smtptest.WithWrongHostCert())
		tm := startProgram(t, Options{Path: configFor(t, srv, ""), Demo: demoOpts})
		sendTest(t, tm)
		waitText(t, tm, "What to do")
		m := finalScreen(t, tm)
		requireFailureShown(t, m)
	})
	t.Run("CheckDeliversNothing", func(t *testing.T) {
		srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
		tm := startProgram(t, Options{Path: configFor(t, srv, "")})
		waitText(t, tm, "Authentication")
		tm.Send(ctrl('t'))
		waitText(t, tm, "Check connection")
		tm.Send(keyTab)
		tm.Send(keyEnter)
		waitText(t, tm, "nothing was sent")
		m := finalScreen(t, tm)
		if len(srv.Messages()) != 0 {
			t.Fatal("a check delivered a message")
		}
		requireScreen(t, m)
	})
	t.Run("EscCancelsAtOnce", func(t *testing.T) {
		srv := smtptest.NewServer(t, smtptest.WithDelay(10*time.Second))
		tm := startProgram(t, Options{Path: configFor(t, srv, "")})
		sendTest(t, tm)
		waitText(t, tm, "Server greeting") // waiting for a greeting that comes in 10s
		start := time.Now()
		tm.Send(keyEsc)
		waitText(t, tm, "Cancelled.")
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("cancel took %v", d)
		}
		finalScreen(t, tm)
	})
}

func TestDetect(t *testing.T) {
	smtps := smtptest.NewServer(t, smtptest.WithSecurity(smtptest.ImplicitTLS), smtptest.WithUser("app@example.com", "s3cret"))
	submission := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
	ca := tempDir(t) + "/ca.pem"
	if err := smtps.WriteCA(ca); err != nil {
		t.Fatal(err)
	}
	path := writeConfig(t, "[smtp]\nuse_default = false\nsender = \"app@example.com\"\nhost = \"127.0.0.1\"\ntls_ca_file = \""+ca+"\"\n")
	ports := map[int]int{465: smtps.Port, 587: submission.Port, 25: smtptest.ClosedPort(t)}
	start := func(t *testing.T) *teatestModel {
		tm := newTeatest(t, newTestModel(t, Options{Path: path}, ports))
		waitText(t, tm, "Authentication")
		tm.Send(ctrl('d'))
		waitText(t, tm, "Proposed")
		return tm
	}
	t.Run("Proposal", func(t *testing.T) {
		m := finalScreen(t, start(t))
		scr := screenText(m)
		for _, p := range []int{smtps.Port, submission.Port} {
			scr = strings.ReplaceAll(scr, fmt.Sprint(p), "PORT")
		}
		golden.RequireEqual(t, []byte(scr))
	})
	t.Run("Accept", func(t *testing.T) {
		tm := start(t)
		tm.Send(keyEnter)
		waitText(t, tm, "Filled in")
		m := finalScreen(t, tm)
		if got := m.d.fields["smtp.protocol"].value(); got != "smtps" {
			t.Errorf("protocol %q after accepting the proposal", got)
		}
		if got := m.d.fields["smtp.port"].value(); got != fmt.Sprint(smtps.Port) && got != "465" {
			t.Errorf("port %q after accepting the proposal", got)
		}
	})
}

// requireFailureShown fails unless the screen shows the failed step, the
// mailer's sentence for the failure and its hint whole (Result.Failure).
func requireFailureShown(t *testing.T, m *model) {
	t.Helper()
	s := screenText(m)
	res := shownResult(t, m)
	if res == nil || res.OK {
		t.Fatalf("no failed result:\n%s", s)
	}
	msg, hint := res.Failure()
	if msg == "" || hint == "" {
		t.Fatalf("the mailer gave no message or hint: %q %q", msg, hint)
	}
	flat := strings.NewReplacer("│", "", "╭", "", "╮", "", "╰", "", "╯", "", "─", "").Replace(squeeze(s))
	for what, want := range map[string]string{"the failure": "✗ " + msg, "the hint": m.d.relabel(hint)} {
		if !strings.Contains(flat, squeeze(want)) {
			t.Errorf("%s is not on screen whole: %q\n%s", what, want, s)
		}
	}
	failed := false
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "✗") && strings.Contains(l, "TIME") {
			failed = true // the failed step's line, with its time
		}
	}
	if !failed {
		t.Errorf("the failed step is not on screen:\n%s", s)
	}
}
