package smtptest_test

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

type cram struct{ user, pass string }

func (c cram) Start() (string, []byte, error) { return "CRAM-MD5", nil, nil }
func (c cram) Next(ch []byte) ([]byte, error) {
	m := hmac.New(md5.New, []byte(c.pass))
	m.Write(ch)
	return []byte(c.user + " " + hex.EncodeToString(m.Sum(nil))), nil
}

func dial(t *testing.T, s *smtptest.Server, sec smtptest.Security) *smtp.Client {
	t.Helper()
	var (
		c   *smtp.Client
		err error
	)
	switch sec {
	case smtptest.ImplicitTLS:
		c, err = smtp.DialTLS(s.Addr, s.ClientTLSConfig())
	case smtptest.StartTLS:
		c, err = smtp.DialStartTLS(s.Addr, s.ClientTLSConfig())
	default:
		c, err = smtp.Dial(s.Addr)
	}
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestServerAcceptsEachMechanismOverEachSecurity(t *testing.T) {
	securities := map[string]smtptest.Security{"plain": smtptest.Plain, "starttls": smtptest.StartTLS, "implicit": smtptest.ImplicitTLS}
	mechs := map[string]sasl.Client{
		"PLAIN":    sasl.NewPlainClient("", "u@example.com", "pw"),
		"LOGIN":    sasl.NewLoginClient("u@example.com", "pw"),
		"CRAM-MD5": cram{"u@example.com", "pw"},
	}
	for sname, sec := range securities {
		for mname, mech := range mechs {
			t.Run(sname+"/"+mname, func(t *testing.T) {
				s := smtptest.NewServer(t, smtptest.WithSecurity(sec), smtptest.WithUser("u@example.com", "pw"), smtptest.RequireAuth())
				c := dial(t, s, sec)
				if !c.SupportsAuth(mname) {
					t.Fatalf("%s not advertised", mname)
				}
				if err := c.Auth(mech); err != nil {
					t.Fatalf("auth: %v", err)
				}
				if err := c.SendMail("u@example.com", []string{"r@example.net"}, strings.NewReader("Subject: hi\r\n\r\nbody\r\n")); err != nil {
					t.Fatalf("send: %v", err)
				}
				msgs := s.Messages()
				if len(msgs) != 1 || msgs[0].From != "u@example.com" || msgs[0].User != "u@example.com" || !strings.Contains(string(msgs[0].Data), "body") {
					t.Fatalf("messages = %+v", msgs)
				}
			})
		}
	}
}

func TestServerRejectsWrongPassword(t *testing.T) {
	s := smtptest.NewServer(t, smtptest.WithUser("u", "pw"))
	for _, mech := range []sasl.Client{sasl.NewPlainClient("", "u", "bad"), sasl.NewLoginClient("u", "bad"), cram{"u", "bad"}} {
		c := dial(t, s, smtptest.StartTLS)
		var se *smtp.SMTPError
		if err := c.Auth(mech); !errors.As(err, &se) || se.Code != 535 {
			t.Fatalf("auth err = %v, want 535", err)
		}
	}
}

func TestServerMisbehavesOnDemand(t *testing.T) {
	t.Run("fail_at_rcpt", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.FailAt(smtptest.StepRcpt, smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "no such user"}))
		c := dial(t, s, smtptest.StartTLS)
		_ = c.Mail("a@example.com", nil)
		var se *smtp.SMTPError
		if err := c.Rcpt("b@example.com", nil); !errors.As(err, &se) || se.Code != 550 || se.EnhancedCode != (smtp.EnhancedCode{5, 1, 1}) {
			t.Fatalf("rcpt err = %v", err)
		}
	})
	t.Run("allowed_senders", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.AllowSenders("ok@example.com"))
		c := dial(t, s, smtptest.StartTLS)
		var se *smtp.SMTPError
		if err := c.Mail("other@example.com", nil); !errors.As(err, &se) || se.Code != 553 {
			t.Fatalf("mail err = %v", err)
		}
		if err := c.Mail("ok@example.com", nil); err != nil {
			t.Fatalf("allowed sender: %v", err)
		}
	})
	t.Run("no_greeting", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.WithNoGreeting())
		conn, err := net.Dial("tcp", s.Addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		_ = conn.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		var ne net.Error
		if _, err := conn.Read(make([]byte, 1)); !errors.As(err, &ne) || !ne.Timeout() {
			t.Fatalf("read = %v, want a timeout", err)
		}
	})
	t.Run("close_after", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.WithoutStartTLS(), smtptest.CloseAfter(2))
		c := dial(t, s, smtptest.Plain)
		if err := c.Hello("x"); err != nil {
			t.Fatalf("hello: %v", err)
		}
		if err := c.Mail("a@example.com", nil); err == nil {
			t.Fatal("MAIL answered, want a hang-up")
		}
	})
	t.Run("refuse_ehlo_allows_helo", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.WithoutStartTLS(), smtptest.RefuseEHLO())
		c := dial(t, s, smtptest.Plain)
		if err := c.Hello("x"); err != nil {
			t.Fatalf("hello: %v", err)
		}
		if ok, _ := c.Extension("8BITMIME"); ok {
			t.Fatal("extensions after HELO")
		}
	})
	t.Run("implicit_tls_with_wrappers", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.WithSecurity(smtptest.ImplicitTLS), smtptest.CloseAfter(10), smtptest.WithUser("u", "p"), smtptest.AuthOnlyOverTLS())
		c := dial(t, s, smtptest.ImplicitTLS)
		if !c.SupportsAuth("PLAIN") {
			t.Fatal("AUTH hidden on a TLS session")
		}
	})
	t.Run("reject_one_recipient", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.RejectRecipients("bad@example.net"))
		c := dial(t, s, smtptest.StartTLS)
		if err := c.Mail("a@example.com", nil); err != nil {
			t.Fatal(err)
		}
		var se *smtp.SMTPError
		if err := c.Rcpt("BAD@example.net", nil); !errors.As(err, &se) || se.Code != 550 {
			t.Fatalf("rcpt of the rejected address = %v, want 550", err)
		}
		if err := c.Rcpt("good@example.net", nil); err != nil {
			t.Fatalf("rcpt of another address: %v", err)
		}
	})
	t.Run("hang_at_mail", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.HangAt(smtptest.StepMail))
		c := dial(t, s, smtptest.StartTLS)
		c.CommandTimeout = 300 * time.Millisecond
		got := make(chan error, 1)
		go func() { got <- c.Mail("a@example.com", nil) }()
		if step := <-s.Hanging(); step != smtptest.StepMail {
			t.Fatalf("hanging at %s, want mail", step)
		}
		var ne net.Error
		if err := <-got; !errors.As(err, &ne) || !ne.Timeout() {
			t.Fatalf("MAIL = %v, want no answer (a timeout)", err)
		}
	})
	t.Run("expired_cert", func(t *testing.T) {
		s := smtptest.NewServer(t, smtptest.WithSecurity(smtptest.ImplicitTLS), smtptest.WithExpiredCert())
		var ce *tls.CertificateVerificationError
		if _, err := smtp.DialTLS(s.Addr, s.ClientTLSConfig()); !errors.As(err, &ce) {
			t.Fatalf("dial = %v, want a verification error", err)
		}
	})
}

// A test that fails before its server got going still closes it in
// Cleanup: Close must not wait for a Serve that starts after it.
func TestCloseRightAfterStartReturns(t *testing.T) {
	for range 200 {
		s, err := smtptest.Start()
		if err != nil {
			t.Fatal(err)
		}
		closed := make(chan struct{})
		go func() {
			s.Close()
			close(closed)
		}()
		select {
		case <-closed:
		case <-time.After(10 * time.Second):
			t.Fatal("Close did not return: Serve started after it and accepts forever")
		}
	}
}
