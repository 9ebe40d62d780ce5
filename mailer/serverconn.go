package mailer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Reply limits. The longest real replies (an EHLO listing every extension,
// a multi-line 5xx with a policy URL) are a few dozen lines and a few KiB;
// these leave room for any of them, yet bound what a hostile or broken
// server streaming an endless reply can make the process hold, whatever the
// timeout. They apply to every reply, at every step, because they live in
// the connection everything reads from (serverConn).
const (
	maxReplyBytes = 64 << 10
	maxReplyLines = 1000
)

// ReplyTooLongError is a reply that went past maxReplyBytes or
// maxReplyLines. The conversation cannot continue after it: the rest of the
// reply was never read.
type ReplyTooLongError struct {
	To    string // the command the reply answered; "" for the greeting
	Limit string // "64 KiB" or "1000 lines"
	// lines is the limit of lines it went past; 0 when it was the bytes.
	lines int
}

func (e *ReplyTooLongError) Error() string { return e.In(i18n.English) }

// In is the error in language l.
func (e *ReplyTooLongError) In(l i18n.Lang) string {
	limit := e.Limit
	if e.lines > 0 {
		limit = l.N("mailer_limit_lines", e.lines, nil)
	}
	if e.To == "" {
		return l.T("mailer_err_greeting_too_long", i18n.D{"Limit": limit})
	}
	return l.T("mailer_err_reply_too_long", i18n.D{"To": e.To, "Limit": limit})
}

// serverConn is the connection as mailer and go-smtp read it: every byte of
// every reply passes here, so the limits hold at every step, including steps
// added later, without each step doing anything.
//
// It also hands out only whole lines. bufio.Reader.ReadLine returns a line
// cut short by a timeout as if it were complete (and drops the error), so a
// greeting "220 mail.exa" followed by silence used to pass as a greeting;
// here the cut line is held back and the timeout is what the reader sees.
//
// go-smtp reads and writes from one goroutine (no pipelining), so there is
// no lock: a Write always comes between two replies.
type serverConn struct {
	net.Conn
	buf   []byte // read from the network, not yet handed out
	whole int    // buf[:whole] ends with a line break and can be handed out
	bytes int    // of the current reply, as read from the network
	lines int
	to    string // the command the current reply answers; "" before any
	err   error  // sticky: once past a limit or failed, every Read says so
}

func newServerConn(c net.Conn) *serverConn { return &serverConn{Conn: c} }

// replay puts bytes back in front of what is still to be read: mailer reads
// the greeting itself as a step of its own, and go-smtp insists on reading
// one before EHLO. They were counted when first read.
func (c *serverConn) replay(b []byte) {
	c.buf = append(bytes.Clone(b), c.buf...)
	c.whole = bytes.LastIndexByte(c.buf, '\n') + 1
}

func (c *serverConn) Read(p []byte) (int, error) {
	for c.whole == 0 {
		if c.err != nil {
			return 0, c.err
		}
		c.fill()
	}
	n := copy(p, c.buf[:c.whole])
	c.buf = c.buf[n:]
	c.whole -= n
	return n, nil
}

// fill reads once from the network, within the limits of the current reply.
func (c *serverConn) fill() {
	switch {
	case c.lines >= maxReplyLines:
		c.err = &ReplyTooLongError{To: c.to, Limit: fmt.Sprintf("%d lines", maxReplyLines), lines: maxReplyLines}
		return
	case c.bytes >= maxReplyBytes:
		c.err = &ReplyTooLongError{To: c.to, Limit: "64 KiB"}
		return
	}
	start, want := len(c.buf), min(maxReplyBytes-c.bytes, 4096)
	c.buf = slices.Grow(c.buf, want)[:start+want]
	n, err := c.Conn.Read(c.buf[start:])
	c.buf = c.buf[:start+n]
	c.bytes += n
	for i := start; i < len(c.buf); i++ {
		if c.buf[i] != '\n' {
			continue
		}
		c.lines++
		c.whole = i + 1
		if c.lines == maxReplyLines {
			// Whatever follows is past the limit: the next fill says so.
			c.buf = c.buf[:i+1]
			return
		}
	}
	switch {
	case err == nil:
	case errors.Is(err, io.EOF) && len(c.buf) > c.whole:
		c.err = i18n.Wrap("mailer_err_hung_up_mid_line", nil, io.ErrUnexpectedEOF)
	default:
		// A line cut short by a timeout is dropped: the timeout is what
		// happened.
		c.err = err
	}
}

// Write starts a new reply: the limits count from here, and the command
// written names the reply in a limit error.
func (c *serverConn) Write(p []byte) (int, error) {
	c.bytes, c.lines = 0, 0
	c.to = commandName(p, c.to)
	return c.Conn.Write(p) //nolint:wrapcheck // a net.Conn's own error, as go-smtp expects it
}

// commandName names the command in p for "the server's reply to X"; what is
// not a command is an AUTH answer while authenticating, or the message.
func commandName(p []byte, prev string) string {
	verb, _, _ := strings.Cut(strings.TrimSpace(string(p[:min(len(p), 16)])), " ")
	switch verb = strings.ToUpper(verb); verb {
	case "EHLO", "HELO", "LHLO", "STARTTLS", "AUTH", "DATA", "BDAT", "RSET", "QUIT", "NOOP", "VRFY":
		return verb
	case "MAIL":
		return "MAIL FROM"
	case "RCPT":
		return "RCPT TO"
	}
	if prev == "AUTH" {
		return prev
	}
	return "the message"
}
