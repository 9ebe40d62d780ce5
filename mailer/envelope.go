package mailer

import (
	"cmp"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// mail sends MAIL FROM; detail, when set, is what the step found beyond
// the sender being accepted.
func (c *conversation) mail(from string, opts *smtp.MailOptions, detail string) error {
	return c.do(StepMail, "MAIL FROM:<"+from+">", func() (string, error) {
		if err := c.client.Mail(from, opts); err != nil {
			return "", cmdErr("MAIL FROM", err)
		}
		return cmp.Or(detail, c.opts.Lang.T("mailer_detail_sender_accepted", nil)), nil
	})
}

func (c *conversation) rcpt(to []string) error {
	for _, r := range to {
		if err := c.doAbout(StepRcpt, "RCPT TO:<"+r+">", r, func() (string, error) {
			if err := c.client.Rcpt(r, nil); err != nil {
				return "", cmdErr("RCPT TO", err)
			}
			return c.opts.Lang.T("mailer_detail_recipient_accepted", nil), nil
		}); err != nil {
			return err
		}
	}
	return nil
}

func (c *conversation) data(msg []byte) error {
	return c.do(StepData, c.opts.Lang.T("mailer_title_data", nil), func() (string, error) {
		w, err := c.client.Data()
		if err != nil {
			return "", cmdErr("DATA", err)
		}
		_ = c.conn.SetDeadline(time.Now().Add(c.timeout))
		if _, err := w.Write(msg); err != nil {
			return "", i18n.Wrap("mailer_err_write_message", nil, err)
		}
		resp, err := w.CloseWithResponse()
		if err != nil {
			return "", i18n.Wrap("mailer_err_end_of_message", nil, err)
		}
		// Scrubbed here, not only as the step's detail: Result.Reply goes
		// to JSON and the TUI as it is, and a server may echo a secret.
		c.res.Reply = "250 " + termsafe.String(c.tr.scrub(resp.StatusText))
		return c.res.Reply, nil
	})
}

// quit ends politely. A failure here does not undo what was done before, so
// it is a warning, not the result's error.
func (c *conversation) quit(reset bool) {
	title := "QUIT"
	if reset {
		title = c.opts.Lang.T("mailer_title_rset_quit", nil)
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
		c.warn(c.opts.Lang.T("mailer_warn_quit", i18n.D{"Err": e.In(c.opts.Lang)}))
	}
	c.res.Steps = append(c.res.Steps, st)
	c.emit(st)
}

// composition is how a message from the sender is written for this server.
func (c *conversation) composition() composition {
	eightBit, _ := c.client.Extension("8BITMIME")
	utf8, _ := c.client.Extension("SMTPUTF8")
	return composition{From: c.s.Sender, FromName: c.s.SenderName, Date: c.opts.Now(), EightBitOK: eightBit, UTF8OK: utf8}
}

// sizeVerdict says how a message of size bytes compares with the limit the
// server announced, and warns when it is over.
func (c *conversation) sizeVerdict(size int) string {
	limit := c.t.SizeLimit
	switch {
	case size == 0 || limit == 0:
		return ""
	case int64(size) > limit:
		c.warn(c.opts.Lang.T("mailer_warn_over_size", i18n.D{"Size": size, "Limit": limit}))
		return c.opts.Lang.T("mailer_detail_over_size", i18n.D{"Size": size, "Limit": limit})
	}
	return c.opts.Lang.T("mailer_detail_size", i18n.D{"Size": size, "Limit": limit})
}
