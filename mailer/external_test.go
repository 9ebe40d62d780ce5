package mailer

// These tests run mailer against aiosmtpd (Debian's python3-aiosmtpd), a
// server written independently of go-smtp. smtptest is go-smtp too, so a
// misreading of the protocol shared by client and server would pass there;
// here the other side has its own idea of SMTP, STARTTLS and SASL.

import (
	"bytes"
	"encoding/base64"
	"errors"
	"mime"
	"net/mail"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/aiosmtpd"
)

const externalRcpt = "admin@example.net"

// externalAccount is the server's one account; the password is not ASCII
// so that its encoding is tested against a server not written in Go.
var externalAccount = aiosmtpd.Options{Username: testUser, Password: testPass}

func withMode(o aiosmtpd.Options, m aiosmtpd.Mode) aiosmtpd.Options {
	o.Mode = m
	return o
}

func TestIndependentServerReceivesWhatCheckSendTestAndSendSay(t *testing.T) {
	cases := []struct {
		name     string
		server   aiosmtpd.Options
		auth     config.Auth
		steps    string // of the way in, before MAIL FROM
		mech     string
		security string // as the test message words it
	}{
		{"plain_no_auth", aiosmtpd.Options{Mode: aiosmtpd.Plain}, config.AuthNone, "resolve connect greeting ehlo auth(skipped)", "", "none (clear text)"},
		{"starttls_auth_plain", withMode(externalAccount, aiosmtpd.StartTLS), config.AuthPlain, "resolve connect greeting ehlo starttls ehlo_tls auth", "PLAIN", "STARTTLS, TLS 1.3"},
		{"starttls_auth_login", withMode(externalAccount, aiosmtpd.StartTLS), config.AuthLogin, "resolve connect greeting ehlo starttls ehlo_tls auth", "LOGIN", "STARTTLS, TLS 1.3"},
		// aiosmtpd offers LOGIN and PLAIN (no CRAM-MD5): auto takes PLAIN.
		{"starttls_auth_auto", withMode(externalAccount, aiosmtpd.StartTLS), config.AuthAuto, "resolve connect greeting ehlo starttls ehlo_tls auth", "PLAIN", "STARTTLS, TLS 1.3"},
		{"smtps_auth_auto", withMode(externalAccount, aiosmtpd.SMTPS), config.AuthAuto, "resolve connect tls greeting ehlo auth", "PLAIN", "implicit TLS, TLS 1.3"},
		{"smtps_auth_login", withMode(externalAccount, aiosmtpd.SMTPS), config.AuthLogin, "resolve connect tls greeting ehlo auth", "LOGIN", "implicit TLS, TLS 1.3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			srv := aiosmtpd.Start(t, c.server)
			cfg := srv.Config()
			cfg.Auth = c.auth
			secure := c.server.Mode != aiosmtpd.Plain

			var rec recorder
			check := Check(timeoutCtx(t), cfg, externalRcpt, rec.options())
			mustOK(t, check)
			if got, want := stepNames(check), c.steps+" mail rcpt quit"; got != want {
				t.Errorf("check steps = %q, want %q", got, want)
			}
			if check.Mechanism != c.mech {
				t.Errorf("mechanism = %q, want %q", check.Mechanism, c.mech)
			}
			if secure && (check.TLS == nil || !check.TLS.Verified || check.TLS.Issuer != "aiosmtpd test CA") {
				t.Errorf("TLS = %+v, want verified, issued by the server's CA", check.TLS)
			}
			if secure && len(check.Warnings) != 0 {
				t.Errorf("warnings = %q, want none over verified TLS", check.Warnings)
			}
			if !secure && !slices.ContainsFunc(check.Warnings, func(w string) bool { return strings.Contains(w, "not encrypted") }) {
				t.Errorf("warnings = %q, want one that says the connection is not encrypted", check.Warnings)
			}
			expectNoPassword(t, rec.transcript.String(), cfg)
			if msgs := externalMessages(t, srv); len(msgs) != 0 {
				t.Fatalf("Check delivered %d messages", len(msgs))
			}

			send := SendTest(timeoutCtx(t), cfg, externalRcpt, Options{LocalName: "client.test"})
			mustOK(t, send)
			if got, want := stepNames(send), c.steps+" mail rcpt data quit"; got != want {
				t.Errorf("send steps = %q, want %q", got, want)
			}
			// The queue id is aiosmtpd's, so the reply was read, not made up.
			if !strings.HasPrefix(send.Reply, "250 2.0.0 Ok: queued as AIO") {
				t.Errorf("reply = %q, want aiosmtpd's queue id", send.Reply)
			}
			msgs := externalMessages(t, srv)
			if len(msgs) != 1 {
				t.Fatalf("after SendTest the server has %d messages, want 1", len(msgs))
			}
			m := msgs[0]
			expectEnvelope(t, m, cfg, secure, externalRcpt)
			msg := parseMail(t, m.Data)
			expectAddress(t, msg.Header, "From", cfg.Sender)
			expectAddress(t, msg.Header, "To", externalRcpt)
			if s := msg.Header.Get("Subject"); !strings.HasPrefix(s, "smtpconf test message from ") {
				t.Errorf("Subject = %q", s)
			}
			if id := msg.Header.Get("Message-Id"); !strings.HasPrefix(id, "<") || !strings.HasSuffix(id, "@example.com>") {
				t.Errorf("Message-ID = %q, want one in the sender's domain", id)
			}
			if d, err := msg.Header.Date(); err != nil || time.Since(d).Abs() > time.Minute {
				t.Errorf("Date = %v (%v), want now", d, err)
			}
			login := "none"
			if c.mech != "" {
				login = c.mech + " as " + cfg.Username
			}
			body := readBody(t, msg)
			for _, want := range []string{"Server:    " + srv.Addr, "Security:  " + c.security, "Login:     " + login} {
				if !strings.Contains(body, want+"\r\n") {
					t.Errorf("test message lacks the line %q:\n%s", want, body)
				}
			}

			// The application's own message: names and subject that need
			// RFC 2047, an 8-bit body, and lines that need dot-stuffing.
			err := Send(timeoutCtx(t), cfg, Message{
				To:      []string{"Zoë Beispiel <zoe@example.net>", "b@example.net"},
				Subject: "Grüße aus dem Test",
				Body:    "Hallo Welt, äöü\n.dot line\n..two dots\n",
				ReplyTo: "help@example.com",
			})
			if err != nil {
				msg, hint := Explain(err)
				t.Fatalf("Send: %s (hint: %s)", msg, hint)
			}
			msgs = externalMessages(t, srv)
			if len(msgs) != 2 {
				t.Fatalf("after Send the server has %d messages, want 2", len(msgs))
			}
			m = msgs[1]
			expectEnvelope(t, m, cfg, secure, "zoe@example.net", "b@example.net")
			msg = parseMail(t, m.Data)
			to, err := msg.Header.AddressList("To")
			if err != nil || len(to) != 2 || to[0].Name != "Zoë Beispiel" || to[0].Address != "zoe@example.net" || to[1].Address != "b@example.net" {
				t.Errorf("To = %v (%v)", to, err)
			}
			if s, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject")); err != nil || s != "Grüße aus dem Test" {
				t.Errorf("Subject decodes to %q (%v)", s, err)
			}
			expectAddress(t, msg.Header, "Reply-To", "help@example.com")
			// aiosmtpd announces 8BITMIME, so the body goes as it is.
			if cte := msg.Header.Get("Content-Transfer-Encoding"); cte != "8bit" {
				t.Errorf("Content-Transfer-Encoding = %q, want 8bit", cte)
			}
			if got, want := readBody(t, msg), "Hallo Welt, äöü\r\n.dot line\r\n..two dots\r\n"; got != want {
				t.Errorf("body as received = %q, want %q", got, want)
			}
		})
	}
}

// externalFailure is how a conversation must fail: where, how classified,
// what the server said, and a piece of the hint that names the fix.
type externalFailure struct {
	step     StepName
	kind     Kind
	code     int
	enhanced string
	is       error // a sentinel the error must match, if any
	hint     string
}

func (w externalFailure) check(t *testing.T, what string, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Errorf("%s: error = %v, want an *Error", what, err)
		return
	}
	if e.Step != w.step || e.Kind != w.kind || e.Code != w.code || e.EnhancedCode != w.enhanced {
		t.Errorf("%s failed at %s as %s (%d %s), want %s as %s (%d %s): %v",
			what, e.Step, e.Kind, e.Code, e.EnhancedCode, w.step, w.kind, w.code, w.enhanced, e)
	}
	if w.is != nil && !errors.Is(err, w.is) {
		t.Errorf("%s: errors.Is(%v, %v) = false", what, err, w.is)
	}
	msg, hint := Explain(err)
	if msg == "" || hint != e.Hint || !strings.Contains(hint, w.hint) {
		t.Errorf("%s: Explain = %q, hint %q; want a hint containing %q", what, msg, hint, w.hint)
	}
}

func TestIndependentServerFailuresAreClassifiedWithTheirHint(t *testing.T) {
	starttls := withMode(externalAccount, aiosmtpd.StartTLS)
	cases := []struct {
		name   string
		server aiosmtpd.Options
		edit   func(*config.Server)
		want   externalFailure
	}{
		{"wrong_password_plain", starttls,
			func(s *config.Server) { s.Auth, s.Password = config.AuthPlain, "not-the-password" },
			externalFailure{step: StepAuth, kind: KindAuthFailed, code: 535, enhanced: "5.7.8", hint: "rejected the username or password"}},
		{"wrong_password_login", starttls,
			func(s *config.Server) { s.Auth, s.Password = config.AuthLogin, "not-the-password" },
			externalFailure{step: StepAuth, kind: KindAuthFailed, code: 535, enhanced: "5.7.8", hint: "rejected the username or password"}},
		{"rejected_sender", aiosmtpd.Options{Mode: aiosmtpd.StartTLS, Username: testUser, Password: testPass, RejectSender: testUser},
			func(*config.Server) {},
			externalFailure{step: StepMail, kind: KindSenderRejected, code: 553, enhanced: "5.7.1", hint: "sender address must be one this server lets this user send as"}},
		{"auth_required", starttls,
			func(s *config.Server) { s.Auth = config.AuthNone },
			externalFailure{step: StepMail, kind: KindAuthRequired, code: 530, enhanced: "5.7.0", hint: "wants a login before it takes mail"}},
		// aiosmtpd has no CRAM-MD5, so asking for it must say what it has.
		{"cram_md5_not_offered", starttls,
			func(s *config.Server) { s.Auth = config.AuthCRAMMD5 },
			externalFailure{step: StepAuth, kind: KindMechanismMissing, hint: "set auth to one the server offers: login, plain (or auto)"}},
		{"starttls_required_but_not_offered", aiosmtpd.Options{Mode: aiosmtpd.Plain},
			func(s *config.Server) { s.StartTLS = true },
			externalFailure{step: StepStartTLS, kind: KindStartTLSMissing, is: ErrStartTLSNotOffered, hint: "does not offer STARTTLS"}},
		{"untrusted_certificate_starttls", starttls,
			func(s *config.Server) { s.TLSCAFile = "" },
			externalFailure{step: StepStartTLS, kind: KindCertUntrusted, hint: "set tls_ca_file"}},
		{"untrusted_certificate_smtps", withMode(externalAccount, aiosmtpd.SMTPS),
			func(s *config.Server) { s.TLSCAFile = "" },
			externalFailure{step: StepTLS, kind: KindCertUntrusted, hint: "set tls_ca_file"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			srv := aiosmtpd.Start(t, c.server)
			cfg := srv.Config()
			c.edit(&cfg)

			var rec recorder
			check := Check(timeoutCtx(t), cfg, externalRcpt, rec.options())
			if check.OK {
				t.Fatalf("Check succeeded; steps: %s", stepNames(check))
			}
			c.want.check(t, "Check", check.Err)
			if last := check.Steps[len(check.Steps)-1]; last.Name != c.want.step || last.Status != StatusFailed || check.Hint == "" {
				t.Errorf("Check: last step %s %s, hint %q; want %s failed with a hint", last.Name, last.Status, check.Hint, c.want.step)
			}
			expectNoPassword(t, rec.transcript.String(), cfg)

			send := SendTest(timeoutCtx(t), cfg, externalRcpt, Options{LocalName: "client.test"})
			if send.OK {
				t.Fatalf("SendTest succeeded; steps: %s", stepNames(send))
			}
			c.want.check(t, "SendTest", send.Err)
			c.want.check(t, "Send", Send(timeoutCtx(t), cfg, Message{To: []string{externalRcpt}, Subject: "x", Body: "x"}))

			if msgs := externalMessages(t, srv); len(msgs) != 0 {
				t.Errorf("the server received %d messages, want none", len(msgs))
			}
		})
	}
}

func externalMessages(t *testing.T, srv *aiosmtpd.Server) []aiosmtpd.Message {
	t.Helper()
	msgs, err := srv.Messages()
	if err != nil {
		t.Fatal(err)
	}
	return msgs
}

// expectEnvelope checks what the server recorded beside the message.
func expectEnvelope(t *testing.T, m aiosmtpd.Message, cfg config.Server, secure bool, to ...string) {
	t.Helper()
	if m.From != cfg.Sender || !slices.Equal(m.To, to) || m.User != cfg.Username || m.TLS != secure {
		t.Errorf("envelope from %q to %q, user %q, TLS %v; want from %q to %q, user %q, TLS %v",
			m.From, m.To, m.User, m.TLS, cfg.Sender, to, cfg.Username, secure)
	}
}

func parseMail(t *testing.T, data []byte) *mail.Message {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the received message does not parse: %v\n%s", err, data)
	}
	return msg
}

func readBody(t *testing.T, msg *mail.Message) string {
	t.Helper()
	var b bytes.Buffer
	if _, err := b.ReadFrom(msg.Body); err != nil {
		t.Fatalf("read the body: %v", err)
	}
	return b.String()
}

func expectAddress(t *testing.T, h mail.Header, key, want string) {
	t.Helper()
	list, err := h.AddressList(key)
	if err != nil || len(list) != 1 || list[0].Address != want {
		t.Errorf("%s = %v (%v), want %s", key, list, err, want)
	}
}

// expectNoPassword checks that the password is in the transcript in no form
// the client sent: as itself (LOGIN's reply is its base64) or in PLAIN's blob.
func expectNoPassword(t *testing.T, transcript string, cfg config.Server) {
	t.Helper()
	if cfg.Password == "" {
		return
	}
	b64 := base64.StdEncoding.EncodeToString
	for _, form := range []string{cfg.Password, b64([]byte(cfg.Password)), b64([]byte("\x00" + cfg.Username + "\x00" + cfg.Password))} {
		if strings.Contains(transcript, form) {
			t.Errorf("the transcript holds the password (as %q):\n%s", form, transcript)
		}
	}
}
