package postfix

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"net/smtp"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

// The harness itself: each service speaks as its configuration says, and
// mail for the domain reaches the Maildir. The mailer's own tests are in
// mailer/postfix_test.go.
func TestServicesSpeakAsConfigured(t *testing.T) {
	s := Shared(t)
	t.Logf("Postfix + Dovecot started in %s", s.StartTime)
	pem, err := os.ReadFile(s.CAFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	tlsCfg := &tls.Config{RootCAs: pool, ServerName: "localhost"}

	c, err := smtp.Dial(net.JoinHostPort(s.Host, strconv.Itoa(s.Port(Submission))))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Hello("client.example.org"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := c.Extension("AUTH"); ok {
		t.Error("submission offers AUTH before STARTTLS")
	}
	if err := c.StartTLS(tlsCfg); err != nil {
		t.Fatalf("STARTTLS: %v\n%s", err, s.Logs())
	}
	ok, mechs := c.Extension("AUTH")
	if !ok || !strings.Contains(mechs, "CRAM-MD5") || !strings.Contains(mechs, "PLAIN") {
		t.Fatalf("AUTH after STARTTLS = %v %q, want PLAIN LOGIN CRAM-MD5", ok, mechs)
	}
	if err := c.Auth(smtp.PlainAuth("", PlainUser, PlainPassword, s.Host)); err != nil {
		t.Fatalf("AUTH PLAIN as %s: %v\n%s", PlainUser, err, s.Logs())
	}
	rcpt := "harness-" + strconv.Itoa(os.Getpid()) + "@" + Domain
	if err := c.Mail(PlainUser); err != nil {
		t.Fatal(err)
	}
	if err := c.Rcpt(rcpt); err != nil {
		t.Fatal(err)
	}
	w, err := c.Data()
	if err != nil {
		t.Fatal(err)
	}
	_, _ = w.Write([]byte("Subject: harness\r\n\r\nhello\r\n"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	_ = c.Quit()
	m, err := s.WaitMessage(t.Context(), rcpt)
	if err != nil {
		t.Fatal(err)
	}
	if m.Head.Get("Subject") != "harness" {
		t.Errorf("delivered Subject = %q", m.Head.Get("Subject"))
	}
}
