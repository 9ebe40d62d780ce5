// Package mailer sends mail with smtpconf's settings and explains, step by
// step, why a server works or does not. A server application imports it.
//
// Check, SendTest and Send first check the settings with config.Validate,
// the rules smtpconf validate applies: settings it refuses fail at
// StepSettings, as KindConfig, before anything reaches the network.
package mailer

import (
	"context"
	"os"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/config"
)

// Check goes as far as MAIL FROM / RCPT TO, then RSET and QUIT: nothing is delivered.
// An empty rcpt skips the RCPT step.
func Check(ctx context.Context, s config.Server, rcpt string, opts Options) *Result {
	c := newConversation(ctx, s, opts)
	defer c.finish()
	if c.open() != nil || c.mail(c.s.Sender, nil) != nil {
		return c.finish()
	}
	if rcpt == "" {
		c.skip(StepRcpt, "RCPT TO", "no recipient given")
	} else if c.rcpt([]string{rcpt}) != nil {
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
	host, _ := os.Hostname()
	if host == "" {
		host = c.localName()
	}
	login := "none"
	if c.res.Mechanism != "" {
		login = c.res.Mechanism + " as " + c.s.Username
	}
	msg := testMessage(to, c.opts.Now(), host, c.addr(), security(c.tlsHow, c.res.TLS), login)
	if to == "" {
		msg.To = nil
	}
	c.send(msg)
	return c.finish()
}

// Send delivers a message with the given settings. The error is an *Error
// (see Explain) when the server or the network failed.
func Send(ctx context.Context, s config.Server, msg Message) error {
	return SendWith(ctx, s, msg, Options{})
}

// SendWith is Send with options: a resolver for a split-horizon DNS
// server, a dialer, a transcript.
func SendWith(ctx context.Context, s config.Server, msg Message, opts Options) error {
	c := newConversation(ctx, s, opts)
	defer c.finish()
	if c.open() != nil {
		return c.finish().Err
	}
	c.send(msg)
	return c.finish().Err
}

// send composes the message for this server (or readies one given whole)
// and delivers it.
func (c *conversation) send(msg Message) {
	eightBit, _ := c.client.Extension("8BITMIME")
	comp := composition{From: c.s.Sender, FromName: c.s.SenderName, Date: c.opts.Now(), EightBitOK: eightBit}
	var (
		env *envelope
		err error
	)
	if msg.Raw != nil {
		utf8OK, _ := c.client.Extension("SMTPUTF8")
		env, err = rawEnvelope(msg, comp, utf8OK)
	} else {
		env, err = buildMessage(msg, comp)
	}
	if err != nil {
		_ = c.do(StepMail, "Compose the message", func() (string, error) { return "", err })
		return
	}
	if c.mail(env.From, &smtp.MailOptions{UTF8: env.UTF8}) != nil || c.rcpt(env.To) != nil || c.data(env.Data) != nil {
		return
	}
	c.quit(false)
}
