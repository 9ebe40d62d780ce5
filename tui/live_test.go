package tui

import (
	"fmt"
	"github.com/charmbracelet/x/exp/golden"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

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

func TestLive(t *testing.T) {
	t.Run("Success", func(t *testing.T) {
		srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
		tm := startProgram(t, Options{Path: configFor(t, srv, "")})
		waitText(t, tm, "Authentication")
		tm.Send(ctrl('t'))
		waitText(t, tm, "Check connection")
		tm.Send(keyEnter)
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
		waitText(t, tm, "Authentication")
		tm.Send(ctrl('t'))
		waitText(t, tm, "Check connection")
		tm.Send(keyEnter)
		waitText(t, tm, "What to do")
		tm.Send(ctrl('r'))
		waitText(t, tm, "AUTH")
		m := finalScreen(t, tm)
		if len(srv.Messages()) != 0 {
			t.Fatal("a message was delivered with a wrong password")
		}
		if strings.Contains(screenText(m), "wrong") {
			t.Fatal("the password shows in the transcript")
		}
		requireScreen(t, m)
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
		waitText(t, tm, "Authentication")
		tm.Send(ctrl('t'))
		waitText(t, tm, "Check connection")
		tm.Send(keyEnter)
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

func startProgramModel(t *testing.T, m tea.Model) *teatestModel {
	t.Helper()
	return newTeatest(t, m)
}
