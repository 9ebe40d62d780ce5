// Package mailer sends mail with smtpconf's settings and explains, step by
// step, why a server works or does not. A server application imports it.
//
// Check, SendTest and Send first check the settings with config.Validate,
// the rules smtpconf validate applies: settings it refuses fail at
// StepSettings, as KindConfig, before anything reaches the network.
//
// A server is not trusted: every reply is cut at 64 KiB or 1,000 lines
// (ReplyTooLongError, KindReplyTooLong), and whatever it said reaches the
// caller — step details, errors, Explain, warnings, the transcript, JSON —
// with its control characters escaped, safe to print or log.
package mailer

import (
	"cmp"
	"context"
	"os"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Check goes as far as MAIL FROM / RCPT TO, then RSET and QUIT: nothing is delivered.
// An empty rcpt skips the RCPT step. MAIL FROM announces the size of the
// test message SendTest would send, and the step says how it compares with
// the server's limit.
func Check(ctx context.Context, s config.Server, rcpt string, opts Options) *Result {
	c := newConversation(ctx, s, opts)
	defer c.finish()
	if c.open() != nil {
		return c.finish()
	}
	// The envelope as SendTest's would be: domains in IDNA form, SMTPUTF8
	// when an address needs it (an error here when the server lacks it).
	comp := c.composition()
	from, to, _, err := addresses(Message{To: []string{cmp.Or(rcpt, c.s.Sender)}}, comp)
	var utf8 bool
	if err == nil {
		utf8, err = needsUTF8(from.Address, to, comp.UTF8OK)
	}
	if err != nil {
		_ = c.do(StepMail, c.opts.Lang.T("mailer_title_check_addresses", nil), func() (string, error) { return "", err })
		return c.finish()
	}
	// The size matters only to a server that announced a limit (SIZE
	// 20000, not a bare SIZE): composing the test message is skipped
	// otherwise.
	size := 0
	if c.t.SizeLimit > 0 {
		if env, err := buildMessage(c.testMessage(cmp.Or(rcpt, c.s.Sender)), comp); err == nil {
			size = len(env.Data)
		}
	}
	if c.mail(from.Address, &smtp.MailOptions{Size: int64(size), UTF8: utf8}, c.sizeVerdict(size)) != nil {
		return c.finish()
	}
	if rcpt == "" {
		c.skip(StepRcpt, "RCPT TO", c.opts.Lang.T("mailer_detail_no_recipient", nil))
	} else if c.rcpt(to) != nil {
		return c.finish()
	}
	c.quit(true)
	return c.finish()
}

// SendTest sends a test message to one address, saying how it was sent.
func SendTest(ctx context.Context, s config.Server, to string, opts Options) *Result {
	c := newConversation(ctx, s, opts)
	defer c.finish()
	if c.open() != nil {
		return c.finish()
	}
	msg := c.testMessage(to)
	if to == "" {
		msg.To = nil
	}
	c.send(msg)
	return c.finish()
}

// testMessage is the message SendTest sends, saying how it was sent.
func (c *conversation) testMessage(to string) Message {
	host, _ := os.Hostname()
	if host == "" {
		host = c.localName()
	}
	l := c.opts.Lang
	login := l.T("mailer_test_login_none", nil)
	if c.res.Mechanism != "" {
		login = l.T("mailer_detail_login", i18n.D{"Mech": c.res.Mechanism, "User": c.s.Username})
	}
	return testMessage(l, to, c.opts.Now(), host, c.addr(), security(l, c.tlsHow, c.res.TLS), login)
}

// Send delivers a message with the given settings. The error is an *Error
// (see Explain) when the server or the network failed. Settings that log in
// with OAuth 2.0 get a new token for each call, and device_code finds no
// token file: an application that sends more than once keeps a Sender.
func Send(ctx context.Context, s config.Server, msg Message) error {
	return SendWith(ctx, s, msg, Options{})
}

// SendWith is Send with options: a resolver for a split-horizon DNS
// server, a dialer, a transcript.
// It is a Sender used once, so every conversation goes one way.
func SendWith(ctx context.Context, s config.Server, msg Message, opts Options) error {
	return NewSender(s, opts).Send(ctx, msg)
}

// send composes the message for this server (or readies one given whole)
// and delivers it.
func (c *conversation) send(msg Message) {
	comp := c.composition()
	var (
		env *envelope
		err error
	)
	if msg.Raw != nil {
		env, err = rawEnvelope(msg, comp, comp.UTF8OK)
	} else {
		env, err = buildMessage(msg, comp)
	}
	if err != nil {
		_ = c.do(StepMail, c.opts.Lang.T("mailer_title_compose", nil), func() (string, error) { return "", err })
		return
	}
	if c.mail(env.From, &smtp.MailOptions{Size: int64(len(env.Data)), UTF8: env.UTF8}, "") != nil || c.rcpt(env.To) != nil || c.data(env.Data) != nil {
		return
	}
	c.quit(false)
}
