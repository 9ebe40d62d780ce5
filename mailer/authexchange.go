package mailer

import (
	"encoding/base64"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-sasl"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// maxChallenges bounds the 334 challenges of one AUTH exchange: none of
// the mechanisms mailer speaks needs more than two.
const maxChallenges = 4

// authenticate runs one AUTH exchange on the wire itself rather than with
// go-smtp's Client.Auth, which (v0.25.1, emersion/go-smtp#316) sends "*"
// after the server's final reply to a failed login: "*" may only answer a
// 334 challenge, and Postfix answers it with "221 2.7.0 Error: I can break
// rules, too. Goodbye.", Exim counts a protocol error. Here "*" is sent only
// when the mechanism cannot answer a challenge, and the exchange ends at
// the first reply that is not 334.
//
// The exchange runs between two commands of go-smtp's client, whose reader
// holds nothing then (the server says nothing unasked); anything read past
// the final reply is handed back to it.
//
// The timeout bounds each reply, not the exchange, so the number of
// challenges is bounded too (maxChallenges): the token mechanisms answer
// every challenge, and a server answering 334 to everything would
// otherwise keep the exchange going for ever.
func (c *conversation) authenticate(a sasl.Client) error {
	mech, ir, err := a.Start()
	if err != nil {
		return err
	}
	line := "AUTH " + mech
	if ir != nil {
		line += " " + encode64(ir)
	}
	for challenges := 0; ; challenges++ {
		code, msg, err := c.exchange(line)
		if err != nil {
			return err
		}
		switch code {
		case 235:
			return nil
		case 334:
		default:
			return replyFrom(code, msg)
		}
		if challenges == maxChallenges {
			if _, _, xerr := c.exchange("*"); xerr != nil {
				return xerr
			}
			return i18n.Errorf("mailer_err_too_many_challenges", i18n.D{"Max": maxChallenges, "Mech": mech})
		}
		challenge, derr := base64.StdEncoding.DecodeString(strings.TrimSpace(msg))
		var resp []byte
		if derr == nil {
			resp, err = a.Next(challenge)
		}
		if derr != nil || err != nil {
			// Cancel as RFC 4954 says, with "*" in answer to the 334,
			// and read the server's 501.
			if _, _, xerr := c.exchange("*"); xerr != nil {
				return xerr
			}
			if derr != nil {
				return i18n.Wrap("mailer_err_challenge_base64", nil, derr)
			}
			return err
		}
		line = encode64(resp)
	}
}

// exchange sends one line of the AUTH dialogue and reads the reply, within
// the timeout. The transcript redacts the payloads (transcript.client).
func (c *conversation) exchange(line string) (int, string, error) {
	c.tr.client(line)
	_ = c.conn.SetDeadline(time.Now().Add(c.timeout))
	// Through the reader, so the reply limits count from this line.
	if _, err := io.WriteString(c.reader, line+"\r\n"); err != nil {
		return 0, "", i18n.Wrap("mailer_err_send", nil, err)
	}
	code, msg, rest, err := c.readReply(0)
	c.reader.replay(rest)
	if err != nil {
		return 0, "", err
	}
	return code, msg, nil
}

func encode64(b []byte) string {
	if len(b) == 0 {
		return "="
	}
	return base64.StdEncoding.EncodeToString(b)
}

// replyFrom makes a refusal from a reply, with its enhanced status code
// (RFC 3463) split off as go-smtp does.
func replyFrom(code int, msg string) *ReplyError {
	r := &ReplyError{Code: code, Text: msg}
	first, rest, _ := strings.Cut(msg, " ")
	if isEnhancedCode(first, code) {
		r.EnhancedCode, r.Text = first, rest
		// Every line of a multi-line reply repeats it.
		r.Text = strings.ReplaceAll(r.Text, "\n"+first+" ", "\n")
	}
	return r
}

// isEnhancedCode tells whether s is an RFC 3463 code for a reply of class
// code/100: "5.7.8" for a 535.
func isEnhancedCode(s string, code int) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 3 || len(parts[0]) != 1 || int(parts[0][0]-'0') != code/100 {
		return false
	}
	for _, p := range parts[1:] {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
