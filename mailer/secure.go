package mailer

import (
	"crypto/tls"
	"io"
	"time"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// handshake secures the connection and records what it is.
func (c *conversation) handshake(how string) (string, error) {
	cfg, err := c.tlsConfig(c.s)
	if err != nil {
		return "", err
	}
	tc := tls.Client(c.raw, cfg)
	_ = c.raw.SetDeadline(time.Now().Add(c.timeout))
	defer func() { _ = c.raw.SetDeadline(time.Time{}) }()
	if err := tc.HandshakeContext(c.ctx); err != nil {
		// What the server presented, when that was the trouble, so the
		// admin can tell whose certificate it is and who issued it.
		c.res.TLS = failedTLSInfo(err)
		if c.res.TLS != nil {
			c.res.TLS.lang = c.opts.Lang
		}
		return "", &handshakeError{err: err}
	}
	c.conn, c.reader, c.tlsHow = tc, newServerConn(tc), how
	verified := !c.s.TLSSkipVerify
	if c.verifyAnyway {
		c.verifyErr = verifyAfter(tc.ConnectionState(), c.s.Host, cfg)
		verified = c.verifyErr == nil
	}
	info := tlsInfo(tc.ConnectionState(), verified)
	info.lang = c.opts.Lang
	c.res.TLS = info
	c.warn(tlsWarnings(info, c.s.Host, c.opts.Now(), c.opts.Lang)...)
	c.tr.note(c.opts.Lang.T("mailer_transcript_tls", i18n.D{"Version": info.Version, "Cipher": info.CipherSuite, "Subject": info.Subject, "Issuer": info.Issuer}))
	detail := info.Version + ", " + info.CipherSuite
	if !info.Verified {
		detail = c.opts.Lang.T("mailer_detail_tls_not_verified", i18n.D{"Version": info.Version, "Cipher": info.CipherSuite})
	}
	return detail, nil
}

// handshakeError is a failure in the TLS handshake itself: with STARTTLS,
// after the server's 220 said it was ready. A hang-up there is a TLS
// problem; one before the 220 is a dropped connection.
type handshakeError struct{ err error }

func (e *handshakeError) Error() string { return e.In(i18n.English) }
func (e *handshakeError) In(l i18n.Lang) string {
	return l.T("mailer_err_handshake", i18n.D{"Err": i18n.Text(e.err, l)})
}
func (e *handshakeError) Unwrap() error { return e.err }

// startTLS upgrades the connection. go-smtp does not export this step, so
// mailer speaks it on the wire itself and then hands the secured connection
// to a new go-smtp client. It never continues in clear text.
func (c *conversation) startTLS() (string, error) {
	if ok, _ := c.client.Extension("STARTTLS"); !ok {
		return "", ErrStartTLSNotOffered
	}
	c.tr.client("STARTTLS")
	_ = c.raw.SetDeadline(time.Now().Add(c.timeout))
	if _, err := io.WriteString(c.reader, "STARTTLS\r\n"); err != nil {
		return "", i18n.Wrap("mailer_err_send_starttls", nil, err)
	}
	if _, _, _, err := c.readReply(220); err != nil {
		return "", cmdErr("STARTTLS", err)
	}
	detail, err := c.handshake("STARTTLS")
	if err != nil {
		return "", err
	}
	c.newClient(c.s.Host+" (secured)", nil)
	return detail, nil
}
