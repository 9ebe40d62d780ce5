package mailer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// received parses the only message the server got, as a mail client would.
func received(t *testing.T, srv *smtptest.Server) (msg *mail.Message, raw []byte, body string) {
	t.Helper()
	msgs := srv.Messages()
	if len(msgs) != 1 {
		t.Fatalf("server received %d messages, want 1", len(msgs))
	}
	raw = msgs[0].Data
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("received message does not parse: %v\n%s", err, raw)
	}
	var r io.Reader = msg.Body
	switch cte := msg.Header.Get("Content-Transfer-Encoding"); cte {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "7bit", "8bit":
	default:
		t.Fatalf("Content-Transfer-Encoding %q", cte)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decode body: %v", err)
	}
	return msg, raw, string(b)
}

// checkWellFormed holds every message to what RFC 5322, RFC 5321 and MIME
// demand whatever its content: CRLF only, no line over 998 octets, the
// headers a mail client relies on.
func checkWellFormed(t *testing.T, msg *mail.Message, raw []byte, senderDomain string) {
	t.Helper()
	for i, line := range bytes.Split(raw, []byte("\r\n")) {
		if bytes.ContainsAny(line, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, line)
		}
		if len(line) > maxLine {
			t.Errorf("line %d is %d octets long, over SMTP's %d", i+1, len(line), maxLine)
		}
	}
	if _, err := msg.Header.Date(); err != nil {
		t.Errorf("Date %q: %v", msg.Header.Get("Date"), err)
	}
	if id := msg.Header.Get("Message-ID"); !regexp.MustCompile(`^<[0-9a-f]{32}@` + regexp.QuoteMeta(senderDomain) + `>$`).MatchString(id) {
		t.Errorf("Message-ID %q, want <hex@%s>", id, senderDomain)
	}
	for k, want := range map[string]string{"MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8"} {
		if got := msg.Header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
}

func TestSendTestMessageSaysWhenWhereAndHow(t *testing.T) {
	cases := []struct {
		name     string
		server   []smtptest.Option
		auth     config.Auth
		security string
		login    string
	}{
		{"starttls_with_cram_md5", nil, config.AuthCRAMMD5, "STARTTLS, TLS 1.3", "CRAM-MD5 as " + testUser},
		{"smtps_with_plain", []smtptest.Option{smtptest.WithSecurity(smtptest.ImplicitTLS)}, config.AuthPlain, "implicit TLS, TLS 1.3", "PLAIN as " + testUser},
		{"clear_text_without_login", []smtptest.Option{smtptest.WithoutStartTLS()}, config.AuthNone, "none (clear text)", "none"},
	}
	host, err := os.Hostname()
	if err != nil {
		t.Fatal(err)
	}
	sent := time.Date(2025, 3, 14, 15, 9, 26, 0, time.FixedZone("CET", 3600))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv, cfg := newServer(t, c.server...)
			cfg.Auth = c.auth
			r := SendTest(timeoutCtx(t), cfg, "Admin <admin@example.net>", Options{LocalName: "client.test", Now: func() time.Time { return sent }})
			mustOK(t, r)
			msg, raw, body := received(t, srv)
			checkWellFormed(t, msg, raw, "example.com")
			if d, _ := msg.Header.Date(); !d.Equal(sent) {
				t.Errorf("Date = %v, want %v", d, sent)
			}
			if got, want := msg.Header.Get("Subject"), "smtpconf test message from "+host; got != want {
				t.Errorf("Subject = %q, want %q", got, want)
			}
			if to, err := msg.Header.AddressList("To"); err != nil || len(to) != 1 || to[0].Address != "admin@example.net" || to[0].Name != "Admin" {
				t.Errorf("To = %v, %v", to, err)
			}
			for _, want := range []string{
				"Sent:      " + sent.Format(time.RFC1123Z) + "\r\n",
				"From host: " + host + "\r\n",
				"Server:    " + srv.Addr + "\r\n",
				"Security:  " + c.security + "\r\n",
				"Login:     " + c.login + "\r\n",
			} {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q:\n%s", want, body)
				}
			}
		})
	}
}

func TestSendComposesAWellFormedMessage(t *testing.T) {
	// RefuseEHLO leaves the client with HELO, so no 8BITMIME: the one way
	// to meet a server that takes only 7-bit with go-smtp's server.
	without8BitMIME := []smtptest.Option{smtptest.WithoutStartTLS(), smtptest.RefuseEHLO()}
	cases := []struct {
		name       string
		server     []smtptest.Option
		senderName string
		msg        Message
		encoding   string
		check      func(t *testing.T, msg *mail.Message, raw []byte)
	}{
		{name: "plain_ascii_name_and_body", senderName: "Billing",
			msg: Message{To: []string{"a@example.net"}, Subject: "Invoice 42", Body: "Hello.\n"}, encoding: "7bit",
			check: func(t *testing.T, msg *mail.Message, raw []byte) {
				if !bytes.Contains(raw, []byte("\r\nFrom: \"Billing\" <app@example.com>\r\n")) {
					t.Errorf("From is not the quoted name:\n%s", raw)
				}
			}},
		{name: "ascii_name_with_specials_is_quoted", senderName: `Acme, Inc. <"Support"> \ Team`,
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: "b"}, encoding: "7bit"},
		{name: "non_ascii_name_is_rfc2047_encoded", senderName: "Jörg Müller",
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: "b"}, encoding: "7bit",
			check: func(t *testing.T, msg *mail.Message, raw []byte) {
				if !bytes.Contains(raw, []byte("From: =?utf-8?q?J=C3=B6rg_M=C3=BCller?= <app@example.com>\r\n")) {
					t.Errorf("From is not an RFC 2047 encoded word:\n%s", raw)
				}
			}},
		{name: "non_ascii_subject_is_rfc2047_encoded",
			msg: Message{To: []string{"a@example.net"}, Subject: "Grüße aus Köln — 東京", Body: "b"}, encoding: "7bit"},
		{name: "long_non_ascii_subject_stays_under_the_line_limit",
			msg: Message{To: []string{"a@example.net"}, Subject: strings.Repeat("Überweisung erhalten ", 60) + "Ende", Body: "b"}, encoding: "7bit"},
		{name: "long_ascii_subject_stays_under_the_line_limit",
			msg: Message{To: []string{"a@example.net"}, Subject: strings.Repeat("payment received ", 80) + "in full", Body: "b"}, encoding: "7bit"},
		{name: "runs_of_spaces_survive_folding",
			msg: Message{To: []string{"a@example.net"}, Subject: strings.Repeat("payment  received   in full ", 12) + "end", Body: "b"}, encoding: "7bit"},
		{name: "a_hundred_recipients_fold_the_to_header",
			msg: Message{To: hundredRecipients(), Subject: "s", Body: "b"}, encoding: "7bit"},
		{name: "long_sender_name_folds", senderName: strings.Repeat("Customer Care ", 90) + "Team",
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: "b"}, encoding: "7bit"},
		{name: "several_recipients_and_reply_to",
			msg: Message{To: []string{"a@example.net", "Bea Bauer <b@example.net>", "Çelik <c@example.net>"}, Subject: "s", Body: "b", ReplyTo: "Help Desk <help@example.com>"}, encoding: "7bit"},
		{name: "eight_bit_body_as_8bit_when_the_server_has_8bitmime",
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: "Grüße\nÄpfel und Öl\n"}, encoding: "8bit"},
		{name: "eight_bit_body_as_quoted_printable_without_8bitmime", server: without8BitMIME,
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: "Grüße\nÄpfel und Öl\n"}, encoding: "quoted-printable",
			check: func(t *testing.T, _ *mail.Message, raw []byte) {
				for i, b := range raw {
					if b >= 0x80 {
						t.Fatalf("octet %d is %#x: 8-bit data sent to a server that did not announce 8BITMIME", i, b)
					}
				}
			}},
		{name: "line_over_998_octets_is_quoted_printable",
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: strings.Repeat("x", 2000) + "\n"}, encoding: "quoted-printable"},
		{name: "lone_dots_arrive_intact",
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: "first\n.\n..\n.hidden\nlast\n."}, encoding: "7bit"},
		{name: "lone_dot_in_a_quoted_printable_body", server: without8BitMIME,
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: "ä\n.\nb"}, encoding: "quoted-printable"},
		{name: "lf_and_cr_line_endings_become_crlf",
			msg: Message{To: []string{"a@example.net"}, Subject: "s", Body: "unix\nmac\rdos\r\nend"}, encoding: "7bit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := append([]smtptest.Option{}, c.server...)
			srv, cfg := newServer(t, opts...)
			cfg.SenderName = c.senderName
			if c.server != nil {
				cfg.Auth = config.AuthNone
			}
			if err := Send(timeoutCtx(t), cfg, c.msg); err != nil {
				t.Fatal(err)
			}
			msg, raw, body := received(t, srv)
			checkWellFormed(t, msg, raw, "example.com")

			from, err := msg.Header.AddressList("From")
			if err != nil || len(from) != 1 || from[0].Address != testUser || from[0].Name != c.senderName {
				t.Errorf("From = %v, %v; want %q <%s>", from, err, c.senderName, testUser)
			}
			to, err := msg.Header.AddressList("To")
			if err != nil || len(to) != len(c.msg.To) {
				t.Fatalf("To = %v, %v; want %d addresses", to, err, len(c.msg.To))
			}
			envelope := srv.Messages()[0].To
			for i, raw := range c.msg.To {
				want, _ := mail.ParseAddress(raw)
				if to[i].Address != want.Address || to[i].Name != want.Name || envelope[i] != want.Address {
					t.Errorf("recipient %d: header %v, envelope %q; want %v", i, to[i], envelope[i], want)
				}
			}
			if c.msg.ReplyTo != "" {
				want, _ := mail.ParseAddress(c.msg.ReplyTo)
				if rt, err := msg.Header.AddressList("Reply-To"); err != nil || len(rt) != 1 || *rt[0] != *want {
					t.Errorf("Reply-To = %v, %v; want %v", rt, err, want)
				}
			} else if _, ok := msg.Header["Reply-To"]; ok {
				t.Error("Reply-To set though the message has none")
			}
			subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
			if err != nil || subject != c.msg.Subject {
				t.Errorf("Subject decodes to %q, %v; want %q", subject, err, c.msg.Subject)
			}
			if got := msg.Header.Get("Content-Transfer-Encoding"); got != c.encoding {
				t.Errorf("Content-Transfer-Encoding = %q, want %q", got, c.encoding)
			}
			if want := normalizeNewlines(c.msg.Body); strings.TrimSuffix(body, "\r\n") != strings.TrimSuffix(want, "\r\n") {
				t.Errorf("body arrived as\n%q\nwant\n%q", body, want)
			}
			if c.check != nil {
				c.check(t, msg, raw)
			}
		})
	}
}

func hundredRecipients() []string {
	to := make([]string, 100)
	for i := range to {
		to[i] = fmt.Sprintf("Recipient %d <r%d@example.net>", i, i)
	}
	return to
}

// A word no folding can shorten would break SMTP's line limit: refused
// with a reason rather than sent cut or refused by the server.
func TestSubjectWithAWordOverTheLineLimitIsRefused(t *testing.T) {
	srv, cfg := newServer(t)
	err := Send(timeoutCtx(t), cfg, Message{To: []string{"a@example.net"}, Subject: strings.Repeat("x", 1000), Body: "b"})
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindConfig || !strings.Contains(e.Error(), "Subject header has a word longer than a line may be") {
		t.Fatalf("err = %v, want a config error naming the Subject", err)
	}
	if len(srv.Messages()) != 0 {
		t.Fatal("the message was delivered")
	}
}

func TestEveryMessageHasItsOwnMessageID(t *testing.T) {
	srv, cfg := newServer(t)
	seen := map[string]bool{}
	for range 5 {
		if err := Send(timeoutCtx(t), cfg, Message{To: []string{"a@example.net"}, Subject: "s", Body: "b"}); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range srv.Messages() {
		msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
		if err != nil {
			t.Fatal(err)
		}
		id := msg.Header.Get("Message-ID")
		if seen[id] {
			t.Fatalf("Message-ID %s used twice", id)
		}
		seen[id] = true
	}
	if len(seen) != 5 {
		t.Fatalf("%d distinct Message-IDs, want 5", len(seen))
	}
}

func TestHeaderInjectionIsRefusedBeforeAnythingIsSent(t *testing.T) {
	const bcc = "\r\nBcc: victim@example.org"
	ok := Message{To: []string{"a@example.net"}, Subject: "s", Body: "b"}
	cases := []struct {
		name       string
		senderName string
		edit       func(m *Message)
	}{
		{name: "crlf_in_subject", edit: func(m *Message) { m.Subject += bcc }},
		{name: "lf_in_subject", edit: func(m *Message) { m.Subject += "\nBcc: victim@example.org" }},
		{name: "cr_in_subject", edit: func(m *Message) { m.Subject += "\rBcc: victim@example.org" }},
		{name: "crlf_in_sender_name", senderName: "Shop" + bcc, edit: func(*Message) {}},
		{name: "crlf_after_recipient", edit: func(m *Message) { m.To = []string{"a@example.net" + bcc} }},
		{name: "crlf_in_recipient_name", edit: func(m *Message) { m.To = []string{"\"A" + bcc + "\" <a@example.net>"} }},
		{name: "crlf_in_reply_to", edit: func(m *Message) { m.ReplyTo = "help@example.com" + bcc }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv, cfg := newServer(t)
			cfg.SenderName = c.senderName
			m := ok
			c.edit(&m)
			err := Send(timeoutCtx(t), cfg, m)
			var e *Error
			if !errors.As(err, &e) || e.Kind != KindConfig {
				t.Fatalf("err = %v, want a config error", err)
			}
			if len(srv.Messages()) != 0 {
				t.Fatalf("a message was delivered: %q", srv.Messages()[0].Data)
			}
		})
	}
}

func TestTestMessageStatesWhenSentInTheReadersLanguage(t *testing.T) {
	when := time.Date(2026, 12, 1, 1, 4, 13, 0, time.UTC)
	cases := []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.English, "Sent:      Tue, 01 Dec 2026 01:04:13 +0000\n"},
		{i18n.German, "Gesendet:      Di., 01.12.2026, 01:04:13 +0000\n"},
	}
	for _, c := range cases {
		t.Run(string(c.lang), func(t *testing.T) {
			m := testMessage(c.lang, "admin@example.net", when, "host", "srv:25", "none", "none")
			if !strings.Contains(m.Body, c.want) {
				t.Errorf("body lacks %q:\n%s", c.want, m.Body)
			}
		})
	}
}
