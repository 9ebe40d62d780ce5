package mailer

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// hostile is what a server (or anyone on the path before STARTTLS) can put
// in its replies to act on the admin's terminal: clear the screen, write
// the clipboard (OSC 52), set the title, open a link (OSC 8), and C1
// controls that some terminals take as CSI, OSC and ST.
const hostile = "\x1b[2J\x1b]52;c;aGk=\x07\x1b]0;title\x07\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ \u009b2J\u009d0;t\u009c \x7f"

// Everything the mailer lets out — step details and errors, warnings,
// the error and hint, JSON and the transcript — is safe to print, at
// every step where a server can say something.
func TestServerTextIsMadeSafeToPrintEverywhere(t *testing.T) {
	tests := []struct {
		name     string
		greeting rawReply
		replies  map[string]rawReply
	}{
		{"greeting", say("220 mail " + hostile), nil},
		{"EHLO", say("220 raw.test"), map[string]rawReply{"EHLO": say("250-raw.test "+hostile, "250 AUTH PLAIN "+hostile)}},
		{"refused greeting", say("554 go away " + hostile), nil},
		{"refused MAIL FROM", say("220 raw.test"), map[string]rawReply{"MAIL": say("550 5.7.1 no " + hostile)}},
		{"not SMTP at all", say("HTTP/1.1 400 " + hostile), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := rawServer(t, tt.greeting, tt.replies)
			var rec recorder
			r := Check(timeoutCtx(t), s, "admin@example.net", rec.options())
			shown := everythingShown(t, r, rec.transcript.String())
			for _, st := range rec.events {
				shown["progress "+string(st.Name)] += st.Detail
			}
			escaped := false
			for where, text := range shown {
				if !termsafe.Safe(strings.ReplaceAll(text, "\n", " ")) {
					t.Errorf("%s is not safe to print: %q", where, text)
				}
				escaped = escaped || strings.Contains(text, `\x1b]52;c;aGk=`)
			}
			if !escaped {
				t.Errorf("the server's text is not shown escaped anywhere: %v", shown)
			}
		})
	}
}

// A certificate's names are the server's text too: with tls_skip_verify
// (or for Probe, which reports untrusted certificates) they are shown.
func TestCertificateNamesAreMadeSafeToPrint(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "mail" + hostile},
		DNSNames:     []string{"mail\x1b]8;;http://evil\x1b\\.example"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() { _ = ln.Close(); <-done })
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		serveRaw(c, say("220 raw.test"), nil)
	}()
	s := config.Server{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, Protocol: config.ProtocolSMTPS, TLSSkipVerify: true,
		Sender: "app@example.com", Auth: config.AuthNone, Timeout: config.Duration{Duration: 10 * time.Second}}
	var rec recorder
	r := Check(timeoutCtx(t), s, "", rec.options())
	mustOK(t, r)
	shown := everythingShown(t, r, rec.transcript.String())
	shown["tls subject"], shown["tls names"] = r.TLS.Subject, strings.Join(r.TLS.DNSNames, " ")
	for where, text := range shown {
		if !termsafe.Safe(strings.ReplaceAll(text, "\n", " ")) {
			t.Errorf("%s is not safe to print: %q", where, text)
		}
	}
	if !strings.Contains(r.TLS.Subject, `\x1b]52;c;aGk=`) {
		t.Errorf("subject %q is not shown escaped", r.TLS.Subject)
	}
}
