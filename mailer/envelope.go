package mailer

import (
	"cmp"
	"fmt"
	"net/mail"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/config"
)

// mail sends MAIL FROM with the message's size (SIZE=, when the server
// announced SIZE) and SMTPUTF8 when an address needs it; size is 0 when
// there is no message (check), detail says what the step found.
func (c *conversation) mail(from string, size int, utf8 bool, detail string) error {
	return c.do(StepMail, "MAIL FROM:<"+from+">", func() (string, error) {
		if err := c.client.Mail(from, &smtp.MailOptions{Size: int64(size), UTF8: utf8}); err != nil {
			return "", fmt.Errorf("MAIL FROM: %w", err)
		}
		return cmp.Or(detail, "sender accepted"), nil
	})
}

func (c *conversation) rcpt(to []string) error {
	for _, r := range to {
		if err := c.doAbout(StepRcpt, "RCPT TO:<"+r+">", r, func() (string, error) {
			if err := c.client.Rcpt(r, nil); err != nil {
				return "", fmt.Errorf("RCPT TO: %w", err)
			}
			return "recipient accepted", nil
		}); err != nil {
			return err
		}
	}
	return nil
}

func (c *conversation) data(msg []byte) error {
	return c.do(StepData, "Send the message", func() (string, error) {
		w, err := c.client.Data()
		if err != nil {
			return "", fmt.Errorf("DATA: %w", err)
		}
		_ = c.conn.SetDeadline(time.Now().Add(c.timeout))
		if _, err := w.Write(msg); err != nil {
			return "", fmt.Errorf("write message: %w", err)
		}
		resp, err := w.CloseWithResponse()
		if err != nil {
			return "", fmt.Errorf("end of message: %w", err)
		}
		c.res.Reply = "250 " + resp.StatusText
		return c.res.Reply, nil
	})
}

// quit ends politely. A failure here does not undo what was done before, so
// it is a warning, not the result's error.
func (c *conversation) quit(reset bool) {
	title := "QUIT"
	if reset {
		title = "RSET and QUIT (nothing is sent)"
	}
	st := Step{Name: StepQuit, Title: title, Status: StatusRunning, Started: time.Now()}
	c.emit(st)
	var err error
	if reset {
		err = c.client.Reset()
	}
	if err == nil {
		err = c.client.Quit()
	}
	st.Duration = time.Since(st.Started)
	st.Status = StatusOK
	if err != nil {
		e := classify(c.ctx, StepQuit, err, c.t)
		c.scrub(e)
		st.Status, st.Err = StatusFailed, e
		c.warn("the server did not end the session cleanly: " + e.Error())
	}
	c.res.Steps = append(c.res.Steps, st)
	c.emit(st)
}

func (c *conversation) composition(from string) composition {
	eightBit, _ := c.client.Extension("8BITMIME")
	return composition{From: from, FromName: c.s.SenderName, Date: c.opts.Now(), EightBitOK: eightBit}
}

// addresses gives the envelope's sender and recipients as SMTP carries
// them, bare and with their domains in IDNA form, and the recipients as
// the message's To header shows them (names kept, domains in IDNA form).
// utf8 tells whether an address needs SMTPUTF8 (a non-ASCII local part);
// when the server does not offer it, that is an error before anything is
// sent.
func (c *conversation) addresses(from string, to []string) (sender string, rcpts, header []string, utf8 bool, err error) {
	convert := func(raw string) (*mail.Address, error) {
		a, err := mail.ParseAddress(raw)
		if err != nil {
			return nil, fmt.Errorf("%w: %q: %w", errBadConfig, raw, err)
		}
		if config.NeedsSMTPUTF8(a.Address) {
			if ok, _ := c.client.Extension("SMTPUTF8"); !ok {
				return nil, fmt.Errorf("%w: <%s> has non-ASCII letters before the @", ErrNoSMTPUTF8, a.Address)
			}
			utf8 = true
		}
		if a.Address, err = config.ASCIIAddress(a.Address); err != nil {
			return nil, fmt.Errorf("%w: %w", errBadConfig, err)
		}
		return a, nil
	}
	s, err := convert(from)
	if err != nil {
		return "", nil, nil, false, err
	}
	for _, raw := range to {
		a, err := convert(raw)
		if err != nil {
			return "", nil, nil, false, err
		}
		rcpts, header = append(rcpts, a.Address), append(header, a.String())
	}
	return s.Address, rcpts, header, utf8, nil
}

// sizeVerdict says how a message of size bytes compares with the limit the
// server announced, and warns when it is over.
func (c *conversation) sizeVerdict(size int) string {
	limit := c.t.SizeLimit
	switch {
	case size == 0 || limit == 0:
		return ""
	case int64(size) > limit:
		c.warn(fmt.Sprintf("the test message (%d bytes) is larger than the %d bytes the server takes (SIZE): it would be refused", size, limit))
		return fmt.Sprintf("sender accepted; the test message (%d bytes) is over the server's limit of %d bytes", size, limit)
	}
	return fmt.Sprintf("sender accepted; the server takes messages up to %d bytes (the test message has %d)", limit, size)
}
