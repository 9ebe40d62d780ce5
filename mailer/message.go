package mailer

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// maxLine is the longest line SMTP allows (RFC 5321 4.5.3.1.6), without CRLF.
const maxLine = 998

// envelope is one message ready for the wire: who it is from and to, and
// its RFC 5322 bytes with CRLF line endings. Dot-stuffing is go-smtp's job.
type envelope struct {
	From string
	To   []string
	Data []byte
	// UTF8 asks for SMTPUTF8 at MAIL FROM: the header or an address is not ASCII.
	UTF8 bool
}

// composition is what buildMessage needs beyond the Message.
type composition struct {
	From, FromName string
	Date           time.Time
	EightBitOK     bool // the server announced 8BITMIME
	UTF8OK         bool // the server announced SMTPUTF8
}

// buildMessage writes a complete text/plain message: Date, Message-ID in
// the sender's domain, From with the display name RFC 2047-encoded when not
// ASCII, To, Subject, MIME headers, and the body in 7bit, 8bit (only when
// the server takes it) or quoted-printable.
func buildMessage(m Message, c composition) (*envelope, error) {
	from, to, toHeader, err := addresses(m, c)
	if err != nil {
		return nil, err
	}
	utf8, err := needsUTF8(from.Address, to, c.UTF8OK)
	if err != nil {
		return nil, err
	}
	if strings.ContainsAny(m.Subject, "\r\n") || strings.ContainsAny(c.FromName, "\r\n") {
		return nil, badConfig(i18n.Errorf("mailer_err_one_line", nil))
	}
	id, err := messageID(from.Address)
	if err != nil {
		return nil, err
	}

	body := normalizeNewlines(m.Body)
	encoding := bodyEncoding(body, c.EightBitOK)

	var (
		b       bytes.Buffer
		tooLong error
	)
	header := func(k, v string) {
		if err := writeHeader(&b, k, v); err != nil && tooLong == nil {
			tooLong = err
		}
	}
	header("Date", c.Date.Format(time.RFC1123Z))
	header("Message-ID", id)
	header("From", (&mail.Address{Name: c.FromName, Address: from.Address}).String())
	header("To", strings.Join(toHeader, ", "))
	if m.ReplyTo != "" {
		rt, err := mail.ParseAddress(m.ReplyTo)
		if err != nil {
			return nil, badConfig(i18n.Wrap("mailer_err_reply_to", i18n.D{"Value": i18n.Quoted(m.ReplyTo)}, err))
		}
		header("Reply-To", rt.String())
	}
	header("Subject", mime.QEncoding.Encode("UTF-8", m.Subject))
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=UTF-8")
	header("Content-Transfer-Encoding", encoding)
	if tooLong != nil {
		return nil, tooLong
	}
	b.WriteString("\r\n")
	if encoding == "quoted-printable" {
		w := quotedprintable.NewWriter(&b)
		_, _ = w.Write([]byte(body))
		_ = w.Close()
	} else {
		b.WriteString(body)
	}
	if !bytes.HasSuffix(b.Bytes(), []byte("\r\n")) {
		b.WriteString("\r\n")
	}
	return &envelope{From: from.Address, To: to, Data: b.Bytes(), UTF8: utf8}, nil
}

// needsUTF8 tells whether the envelope needs SMTPUTF8 (RFC 6531): an
// address with non-ASCII letters before the @ (the domains are in IDNA
// form already). Without it on offer, that is an error before anything is
// sent.
func needsUTF8(from string, to []string, offered bool) (bool, error) {
	need := config.NeedsSMTPUTF8(from)
	for _, a := range to {
		need = need || config.NeedsSMTPUTF8(a)
	}
	if need && !offered {
		return false, ErrNeedsSMTPUTF8
	}
	return need, nil
}

// addresses parses the sender and the recipients: bare for the envelope,
// and the recipients also as a To header names them; every domain in its
// IDNA form (bücher.example as xn--bcher-kva.example), as DNS and a server
// without SMTPUTF8 take it.
func addresses(m Message, c composition) (from *mail.Address, to, toHeader []string, err error) {
	if len(m.To) == 0 {
		return nil, nil, nil, ErrNoRecipient
	}
	if c.From == "" {
		return nil, nil, nil, ErrNoSender
	}
	from, err = mail.ParseAddress(c.From)
	if err == nil {
		from.Address, err = config.ASCIIAddress(from.Address)
	}
	if err != nil {
		return nil, nil, nil, badConfig(i18n.Wrap("mailer_err_sender", i18n.D{"Value": i18n.Quoted(c.From)}, err))
	}
	to = make([]string, 0, len(m.To))
	toHeader = make([]string, 0, len(m.To))
	for _, raw := range m.To {
		a, err := mail.ParseAddress(raw)
		if err == nil {
			a.Address, err = config.ASCIIAddress(a.Address)
		}
		if err != nil {
			return nil, nil, nil, badConfig(i18n.Wrap("mailer_err_recipient", i18n.D{"Value": i18n.Quoted(raw)}, err))
		}
		to = append(to, a.Address)
		toHeader = append(toHeader, a.String())
	}
	return from, to, toHeader, nil
}

// foldAt is the line length RFC 5322 (2.1.1) asks headers to stay within.
const foldAt = 78

// writeHeader writes one header field, folded before spaces so its lines
// stay within 78 octets where the value allows (RFC 5322 2.2.3): a long
// subject (encoded words included) or a long list of recipients would
// otherwise exceed SMTP's 998-octet line limit, and servers refuse or cut
// such lines. Unfolding gives the value back. It folds only where one
// space stands between two words: many readers (Go's net/textproto among
// them) unfold by joining trimmed lines with one space, so a fold beside a
// run of spaces would shorten it.
func writeHeader(b *bytes.Buffer, k, v string) error {
	line := k + ":"
	for _, word := range strings.Split(v, " ") {
		piece := " " + word
		between := word != "" && !strings.HasSuffix(line, " ") && line != k+":"
		if len(line)+len(piece) > foldAt && between {
			b.WriteString(line + "\r\n")
			line = ""
		}
		line += piece
		if len(line) > maxLine {
			return badConfig(i18n.Errorf("mailer_err_header_word", i18n.D{"Header": k, "Max": maxLine}))
		}
	}
	b.WriteString(line + "\r\n")
	return nil
}

// normalizeNewlines makes every line end in CRLF, whatever the caller used.
func normalizeNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// bodyEncoding picks the lightest transfer encoding that is safe: 7bit for
// ASCII with short lines, 8bit for UTF-8 when the server announced 8BITMIME,
// quoted-printable otherwise.
func bodyEncoding(body string, eightBitOK bool) string {
	ascii, short := true, true
	for _, line := range strings.Split(body, "\r\n") {
		if len(line) > maxLine {
			short = false
		}
		for i := 0; i < len(line); i++ {
			if line[i] >= utf8.RuneSelf || line[i] == 0 {
				ascii = false
			}
		}
	}
	switch {
	case ascii && short:
		return "7bit"
	case short && eightBitOK && utf8.ValidString(body) && !strings.ContainsRune(body, 0):
		return "8bit"
	}
	return "quoted-printable"
}

// messageID makes a unique Message-ID in the sender's domain.
func messageID(sender string) (string, error) {
	var r [16]byte
	if _, err := rand.Read(r[:]); err != nil {
		return "", fmt.Errorf("make Message-ID: %w", err)
	}
	domain := "localhost"
	if i := strings.LastIndexByte(sender, '@'); i >= 0 && i < len(sender)-1 {
		domain = sender[i+1:]
	}
	return "<" + hex.EncodeToString(r[:]) + "@" + domain + ">", nil
}

// testMessage is what SendTest sends: it says when, from where and how it
// was sent, so the admin reading it knows which settings worked.
// It is written in the language of the conversation (Options.Lang).
func testMessage(l i18n.Lang, to string, when time.Time, fromHost, server, securityText, login string) Message {
	body := l.T("mailer_test_body", i18n.D{"Host": fromHost, "Sent": sentDate(l, when), "Server": server, "Security": securityText, "Login": login})
	return Message{To: []string{to}, Subject: l.T("mailer_test_subject", i18n.D{"Host": fromHost}), Body: body}
}

// germanWeekdays are the abbreviations a German date starts with (Duden:
// with a full stop), Sunday first as time.Weekday counts.
var germanWeekdays = [7]string{"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."}

// sentDate is when, as the test message's body states it: German prose
// gets a German date („Di., 01.12.2026, 01:04:13 +0000“); English keeps
// RFC 1123 (the headers stay RFC 5322 in both).
func sentDate(l i18n.Lang, when time.Time) string {
	if l == i18n.German {
		return germanWeekdays[when.Weekday()] + ", " + when.Format("02.01.2006, 15:04:05 -0700")
	}
	return when.Format(time.RFC1123Z)
}
