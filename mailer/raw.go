package mailer

import (
	"bytes"
	"net/mail"
	"time"
	"unicode/utf8"

	"github.com/smtpconf/smtpconf/internal/header"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Errors about a message given whole (Message.Raw) that cannot be sent as
// it is; they are KindMessage. errors.Is finds them.
var (
	ErrNeeds8BitMIME error = i18n.Errorf("mailer_err_needs_8bitmime", nil)
	ErrNeedsSMTPUTF8 error = i18n.Errorf("mailer_err_needs_smtputf8", nil)
	ErrLineTooLong   error = i18n.Errorf("mailer_err_line_too_long", i18n.D{"Max": maxLine})
)

// rawEnvelope readies a message the caller wrote whole: it adds Date,
// Message-ID and From when the header lacks them (From as the settings'
// sender and sender_name), and keeps every other byte. It refuses what the
// server cannot take unchanged rather than re-encode the caller's message:
// 8-bit text without 8BITMIME, non-ASCII headers or addresses without
// SMTPUTF8 (RFC 6531), and lines over 998 octets.
func rawEnvelope(m Message, c composition, utf8OK bool) (*envelope, error) {
	from, to, _, err := addresses(m, c)
	if err != nil {
		return nil, err
	}

	msg := header.Split(m.Raw)
	if !msg.Has("From") {
		// String encodes a non-ASCII name (RFC 2047).
		msg.Prepend("From", (&mail.Address{Name: c.FromName, Address: from.Address}).String())
	}
	if !msg.Has("Message-ID") {
		id, err := messageID(from.Address)
		if err != nil {
			return nil, err
		}
		msg.Prepend("Message-ID", id)
	}
	if !msg.Has("Date") {
		msg.Prepend("Date", c.Date.Format(time.RFC1123Z))
	}
	data := msg.Bytes()

	env := &envelope{From: from.Address, To: to, Data: data}
	headerEnd := len(data) - len(msg.Body)
	needUTF8 := !isASCII(data[:headerEnd]) || !isASCII(env.From)
	for _, a := range to {
		needUTF8 = needUTF8 || !isASCII(a)
	}
	switch {
	case needUTF8 && !utf8OK:
		return nil, ErrNeedsSMTPUTF8
	case !isASCII(msg.Body) && !c.EightBitOK:
		return nil, ErrNeeds8BitMIME
	}
	for line := range bytes.Lines(data) {
		if len(bytes.TrimRight(line, "\r\n")) > maxLine {
			return nil, ErrLineTooLong
		}
	}
	env.UTF8 = needUTF8
	return env, nil
}

func isASCII[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
