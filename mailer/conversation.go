package mailer

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/oauth"
)

// conversation is one connection to a server, step by step. Every step is
// reported to Options.Progress, bounded by the timeout and cut short when
// the context is cancelled (the connection is closed, so a blocked read
// returns at once).
type conversation struct {
	ctx     context.Context
	s       config.Server // as the mailer uses them (withFallbacks)
	given   config.Server // as the caller gave them, for validateSettings
	opts    Options
	res     *Result
	t       target
	tr      *transcript
	timeout time.Duration

	raw    net.Conn    // the TCP connection
	conn   net.Conn    // raw, or TLS on top of it
	reader *serverConn // conn, as every reply is read: with the reply limits
	client *smtp.Client
	tlsHow string // "STARTTLS" or "implicit TLS" once secured
	helo   string // the name given in EHLO, chosen once (localName)
	pw     string // read at the settings step when the settings log in
	stop   func() bool

	finished bool

	// verifyAnyway checks the certificate after a handshake that skipped
	// it (Probe wants the certificate even when it is not trusted).
	verifyAnyway bool
	verifyErr    error

	// tlsConfig makes the handshake's configuration: tlsConfig, or one
	// shared by Probe's conversations, which read tls_ca_file once.
	tlsConfig func(config.Server) (*tls.Config, error)

	// tokens gives the OAuth 2.0 token source (and the secrets it read); nil
	// means one for this conversation alone (a Sender keeps one).
	tokens func(context.Context) (*oauth.Source, []string, error)
}

// withFallbacks applies the defaults mailer needs whatever config did, and
// takes the host as the network wants it (see bareHost; an
// internationalised name in its IDNA form).
func withFallbacks(s config.Server) config.Server {
	s.Host = bareHost(s.Host)
	if a, err := config.ASCIIName(s.Host); err == nil {
		s.Host = a
	}
	if s.Protocol == "" {
		s.Protocol = config.ProtocolSMTP
	}
	if s.Port == 0 {
		s.Port = config.DefaultPort(s.Protocol)
	}
	if s.Timeout.Duration <= 0 {
		s.Timeout.Duration = config.DefaultTimeout
	}
	if s.Auth == "" {
		s.Auth = config.AuthNone
		if s.Username != "" {
			s.Auth = config.AuthAuto
		}
	}
	return s
}

// bareHost takes the brackets off an IPv6 address, which config accepts
// with or without them ("[::1]" or "::1"): the mailer dials it as [::1]:port
// (net.JoinHostPort adds them back), checks it against the certificate's IP
// addresses and sends no SNI for it (crypto/tls does both for an address),
// and a lookup never sees it. Anything else is returned as it is.
func bareHost(h string) string {
	inner, ok := strings.CutPrefix(h, "[")
	if !ok {
		return h
	}
	inner, ok = strings.CutSuffix(inner, "]")
	if a, err := netip.ParseAddr(inner); ok && err == nil && a.Is6() {
		return inner
	}
	return h
}

func newConversation(ctx context.Context, given config.Server, opts Options) *conversation {
	s := withFallbacks(given)
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Resolver == nil {
		opts.Resolver = net.DefaultResolver
	}
	return &conversation{
		ctx: ctx, s: s, given: given, opts: opts, res: &Result{lang: langOf(opts.Lang)},
		t:         target{Host: s.Host, Port: s.Port, Timeout: s.Timeout.Duration, SMTPS: s.Protocol == config.ProtocolSMTPS, StartTLS: s.StartTLS, CAFile: s.TLSCAFile},
		tr:        newTranscript(opts.Transcript),
		timeout:   s.Timeout.Duration,
		tlsConfig: tlsConfig,
	}
}

func (c *conversation) emit(st Step) {
	if c.opts.Progress != nil {
		c.opts.Progress(st)
	}
}

// do runs one step: reports it running, runs it, classifies a failure, and
// reports how it ended.
func (c *conversation) do(name StepName, title string, fn func() (string, error)) error {
	return c.doAbout(name, title, "", fn)
}

// doAbout is do for a step about one recipient among several: a refusal
// of that recipient names it, since the server's reply often does not. A
// refusal about something else (Postfix reports a refused sender or HELO
// name at RCPT TO) is left as the server said it.
func (c *conversation) doAbout(name StepName, title, subject string, fn func() (string, error)) error {
	st := Step{Name: name, Title: title, Status: StatusRunning, Started: time.Now()}
	c.emit(st)
	var (
		detail string
		err    error
	)
	if cerr := c.ctx.Err(); cerr != nil {
		err = cerr
	} else {
		detail, err = fn()
	}
	st.Duration = time.Since(st.Started)
	st.Detail = termsafe.String(c.tr.scrub(detail))
	if err == nil {
		st.Status = StatusOK
		c.res.Steps = append(c.res.Steps, st)
		c.emit(st)
		return nil
	}
	e := classify(c.ctx, name, err, c.t)
	c.refineAuthHint(e)
	if subject != "" && e.Kind == KindRecipientRejected && !strings.Contains(e.Err.Error(), subject) {
		e.Err = cmdErr("<"+subject+">", e.Err)
	}
	c.scrub(e)
	st.Status, st.Err = StatusFailed, e
	c.res.Steps = append(c.res.Steps, st)
	c.res.Err, c.res.Hint = e, e.Hint
	c.emit(st)
	return e
}

// skip reports a step that does not apply.
func (c *conversation) skip(name StepName, title, why string) {
	st := Step{Name: name, Title: title, Status: StatusSkipped, Started: time.Now(), Detail: why}
	c.res.Steps = append(c.res.Steps, st)
	c.emit(st)
}

// scrub makes sure no secret leaves in an error or its hint, whatever a
// server echoed: hints quote what the server sent (certificate names,
// mechanisms), and a hostile server could put a password it knew there.
func (c *conversation) scrub(e *Error) {
	if msg := e.Err.Error(); c.tr.scrub(msg) != msg {
		e.Err = errors.New(c.tr.scrub(msg))
	}
	if e.hint != nil {
		c.scrubData(e.hint)
		e.Hint, e.lang = e.hint.In(c.opts.Lang), langOf(c.opts.Lang)
	}
	e.Hint = termsafe.String(c.tr.scrub(e.Hint))
}

// scrubData scrubs the values a message quotes, so that the message
// worded later in another language (ExplainIn) carries no secret either.
func (c *conversation) scrubData(m *i18n.Error) {
	for k, v := range m.Data {
		switch v := v.(type) {
		case string:
			m.Data[k] = termsafe.String(c.tr.scrub(v))
		case *i18n.Error:
			c.scrubData(v)
		}
	}
}

// warn adds warnings, made safe to print: they quote certificates, names
// and replies (auth auto's refused mechanism), so the secrets are scrubbed
// from them too.
func (c *conversation) warn(w ...string) {
	for _, s := range w {
		c.res.Warnings = append(c.res.Warnings, termsafe.String(c.tr.scrub(s)))
	}
}

// finish closes the connection and settles the result.
func (c *conversation) finish() *Result {
	if c.finished {
		return c.res
	}
	c.finished = true
	if c.stop != nil {
		c.stop()
	}
	if c.client != nil {
		_ = c.client.Close()
	} else if c.conn != nil {
		_ = c.conn.Close()
	}
	c.res.OK = c.res.Err == nil
	return c.res
}

func (c *conversation) addr() string { return net.JoinHostPort(c.s.Host, strconv.Itoa(c.s.Port)) }

// open goes from nothing to an authenticated session: check the settings
// and read the password, resolve, connect, TLS (smtps), greeting, EHLO,
// STARTTLS and EHLO again, AUTH.
func (c *conversation) open() error {
	if err := validateSettings(c.given); err != nil {
		return c.do(StepSettings, c.opts.Lang.T("mailer_title_settings", nil), func() (string, error) { return "", err })
	}
	if w := senderDomainWarning(c.s, c.opts.Lang); w != "" {
		c.warn(w)
	}
	if err := c.readPassword(); err != nil {
		return err
	}
	if err := c.greet(); err != nil {
		return err
	}
	return c.secureAndAuth()
}

// readPassword reads the password when the settings log in, as part of the
// settings step: a variable that is not set or a password_command that
// fails is the settings' problem, found before any connection, not a
// failed login. The command runs with the timeout and stops when the
// context is cancelled. The step is reported only when it fails.
func (c *conversation) readPassword() error {
	if c.s.Auth == config.AuthNone {
		return nil
	}
	if c.s.UsesOAuth2() {
		return c.readToken()
	}
	pw, err := password(c.ctx, c.s, c.timeout)
	if err == nil {
		c.pw = pw
		c.tr.addSecret(pw)
		c.tr.addSecret("\x00" + c.s.Username + "\x00" + pw)
		return nil
	}
	return c.do(StepSettings, c.opts.Lang.T("mailer_title_read_password", nil), func() (string, error) {
		return "", i18n.Wrap("mailer_err_password_unread", nil, err)
	})
}

// greet goes as far as the first EHLO. The settings have been checked:
// by config.Validate in open, by checkProbeTarget in Probe.
func (c *conversation) greet() error {
	l := c.opts.Lang
	if err := c.do(StepResolve, l.T("mailer_title_resolve", i18n.D{"Host": c.s.Host}), func() (string, error) {
		addrs, err := resolve(c.ctx, c.opts.Resolver, c.s.Host, c.timeout)
		return addrList(addrs), err
	}); err != nil {
		return err
	}
	if err := c.do(StepConnect, l.T("mailer_title_connect", i18n.D{"Addr": c.addr()}), func() (string, error) {
		conn, err := connect(c.ctx, c.opts.Resolver, c.opts.Dial, c.s.Host, c.s.Port, c.timeout)
		if err != nil {
			return "", err
		}
		c.raw, c.conn, c.reader = conn, conn, newServerConn(conn)
		c.stop = context.AfterFunc(c.ctx, func() { _ = conn.Close() })
		return l.T("mailer_detail_connected", i18n.D{"Addr": conn.RemoteAddr().String()}), nil
	}); err != nil {
		return err
	}
	if c.s.Protocol == config.ProtocolSMTPS {
		if err := c.do(StepTLS, l.T("mailer_title_tls", nil), func() (string, error) { return c.handshake("implicit TLS") }); err != nil {
			return err
		}
	}
	if err := c.do(StepGreeting, l.T("mailer_title_greeting", nil), c.readGreeting); err != nil {
		return err
	}
	return c.hello(StepHello, "EHLO "+c.localName())
}

// secure runs STARTTLS when the settings ask for it, and logs in.
func (c *conversation) secureAndAuth() error {
	switch {
	case c.s.Protocol == config.ProtocolSMTPS:
	case c.s.StartTLS:
		if err := c.do(StepStartTLS, "STARTTLS", c.startTLS); err != nil {
			return err
		}
		if err := c.hello(StepHelloTLS, c.opts.Lang.T("mailer_title_ehlo_tls", nil)); err != nil {
			return err
		}
	default:
		c.warn(c.opts.Lang.T("mailer_warn_not_encrypted", nil))
	}
	return c.auth()
}

// readReply reads one reply directly from the connection, bounded by the
// timeout, and hands back what was read beyond it.
func (c *conversation) readReply(expect int) (code int, msg string, rest []byte, err error) {
	_ = c.conn.SetDeadline(time.Now().Add(c.timeout))
	defer func() { _ = c.conn.SetDeadline(time.Time{}) }()
	br := bufio.NewReader(c.reader)
	code, msg, err = textproto.NewReader(br).ReadResponse(expect)
	for i, l := range strings.Split(msg, "\n") {
		sep := " "
		if i < strings.Count(msg, "\n") {
			sep = "-"
		}
		if code != 0 {
			c.tr.server(fmt.Sprintf("%03d%s%s", code, sep, l))
		}
	}
	var perr textproto.ProtocolError
	if errors.As(err, &perr) {
		return code, msg, nil, i18n.Wrap("mailer_err_not_smtp_detail", i18n.D{"Detail": perr.Error()}, errNotSMTP)
	}
	if err != nil && code == 0 && errors.Is(err, io.EOF) {
		return code, msg, nil, i18n.Wrap("mailer_err_closed_without_word", nil, err)
	}
	rest, _ = br.Peek(br.Buffered())
	return code, msg, rest, err
}

// readGreeting reads the 220 greeting as a step of its own and sets up
// go-smtp to continue from there.
func (c *conversation) readGreeting() (string, error) {
	code, msg, rest, err := c.readReply(220)
	if err != nil {
		return "", err
	}
	first, _, _ := strings.Cut(msg, "\n")
	c.newClient(first, rest)
	return fmt.Sprintf("%d %s", code, first), nil
}

// newClient hands the connection to go-smtp, replaying a greeting it has to
// read first (mailer read the real one itself).
func (c *conversation) newClient(greeting string, rest []byte) {
	line := "220 " + greeting
	c.tr.skip = append(c.tr.skip, line)
	c.reader.replay(append([]byte(line+"\r\n"), rest...))
	c.client = smtp.NewClient(c.reader)
	c.client.CommandTimeout = c.timeout
	c.client.SubmissionTimeout = c.timeout
	c.client.DebugWriter = c.tr
}

func (c *conversation) hello(name StepName, title string) error {
	return c.do(name, title, func() (string, error) {
		c.tr.sawHELO = false
		if err := c.client.Hello(c.localName()); err != nil {
			return "", cmdErr("EHLO", err)
		}
		c.learn()
		if c.tr.sawHELO {
			return c.opts.Lang.T("mailer_detail_helo_fallback", nil), nil
		}
		return c.extensions(), nil
	})
}

// extensions lists what the server announced that matters here.
func (c *conversation) extensions() string {
	var got []string
	for _, ext := range []string{"STARTTLS", "AUTH", "8BITMIME", "SMTPUTF8", "SIZE", "PIPELINING"} {
		if ok, param := c.client.Extension(ext); ok {
			got = append(got, strings.TrimSpace(ext+" "+param))
		}
	}
	if len(got) == 0 {
		return c.opts.Lang.T("mailer_detail_no_extensions", nil)
	}
	return strings.Join(got, ", ")
}
