package mailer

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// target is what a hint needs to know about the conversation to name the fix.
type target struct {
	Host     string
	Port     int
	Timeout  time.Duration
	SMTPS    bool
	StartTLS bool
	CAFile   string // tls_ca_file, if set

	// Learnt on the way.
	HELOName       string // the name given in EHLO
	OffersStartTLS bool   // the last EHLO offered STARTTLS
	Secured        bool   // TLS is on (smtps or after STARTTLS)
	SizeLimit      int64  // what SIZE announced, 0 for no limit or none announced
}

func (t target) addr() string { return net.JoinHostPort(t.Host, fmt.Sprint(t.Port)) }

// classify turns any failure at a step into an *Error with its kind and
// hint. It never returns nil for a non-nil err and never panics, whatever
// the server sent (FuzzClassify holds it to that).
func classify(ctx context.Context, step StepName, err error, t target) *Error {
	var done *Error
	if errors.As(err, &done) {
		return done
	}
	e := &Error{Step: step, Err: err, Kind: KindServer}
	if ctx != nil && ctx.Err() != nil {
		// The conversation was cut short by the caller; whatever the network
		// said after that is only a consequence.
		e.Kind = KindCanceled
		if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(context.Cause(ctx), context.DeadlineExceeded) {
			e.Kind = KindTimeout
		}
		e.Err = &stopError{cause: context.Cause(ctx), err: err}
		e.setHint(hintFor(e, t))
		return e
	}

	var (
		replyHint *i18n.Error // what a well-known reply calls for
		reply     *ReplyError
		smtpErr   *smtp.SMTPError
		tpErr     *textproto.Error
		dnsErr    *net.DNSError
		mechErr   *MechanismError
		pwErr     *PasswordError
		recErr    tls.RecordHeaderError
		unknown   x509.UnknownAuthorityError
		hostErr   x509.HostnameError
		invalid   x509.CertificateInvalidError
		netErr    net.Error
		tooLong   *ReplyTooLongError
	)
	switch {
	case errors.As(err, &smtpErr):
		reply = replyOf(smtpErr)
		e.Err = reply
	case errors.As(err, &tpErr):
		reply = &ReplyError{Code: tpErr.Code, Text: tpErr.Msg}
		e.Err = reply
	case errors.As(err, &reply):
	}

	switch {
	case reply != nil:
		e.Code, e.EnhancedCode = reply.Code, reply.EnhancedCode
		e.Kind, replyHint = replyKind(step, reply)
	case errors.As(err, &tooLong):
		// The command's wrapper ("EHLO: ") would only repeat what the
		// limit error names.
		e.Err, e.Kind = tooLong, KindReplyTooLong
	case errors.As(err, &pwErr):
		e.Kind = KindPassword
	case errors.As(err, &mechErr):
		e.Kind = KindMechanismMissing
		if mechErr.insecure() {
			e.Kind = KindInsecureAuth
		}
	case errors.Is(err, ErrStartTLSNotOffered):
		e.Kind = KindStartTLSMissing
	case errors.Is(err, ErrNoAuthOffered):
		e.Kind = KindMechanismMissing
	case errors.Is(err, ErrNeeds8BitMIME), errors.Is(err, ErrNeedsSMTPUTF8), errors.Is(err, ErrLineTooLong):
		e.Kind = KindMessage
	case errors.Is(err, ErrNoHost), errors.Is(err, ErrNoSender), errors.Is(err, ErrNoRecipient), errors.Is(err, errBadConfig):
		e.Kind = KindConfig
	case errors.As(err, &dnsErr):
		e.Kind = KindDNSFailure
		if dnsErr.IsNotFound {
			e.Kind = KindDNS
		} else if dnsErr.IsTimeout {
			e.Kind = KindTimeout
		}
	case errors.As(err, &recErr):
		e.Kind = KindNotTLS
	case errors.As(err, &hostErr):
		e.Kind = KindCertWrongHost
	case errors.As(err, &unknown):
		e.Kind = KindCertUntrusted
	case errors.As(err, &invalid):
		e.Kind = KindTLS
		if invalid.Reason == x509.Expired {
			e.Kind = KindCertExpired
		}
	case errors.As(err, &netErr) && netErr.Timeout(), errors.Is(err, os.ErrDeadlineExceeded):
		e.Kind = KindTimeout
		if step == StepGreeting {
			e.Kind = KindNoGreeting
		}
	case errors.Is(err, syscall.ECONNREFUSED):
		e.Kind = KindRefused
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		e.Kind = KindUnreachable
	case errors.Is(err, errNotSMTP):
		e.Kind = KindNotSMTP
	case isHangUp(err):
		e.Kind = KindDropped
		if step == StepGreeting {
			e.Kind = KindNotSMTP
		}
		// A server that hangs up on the handshake may speak only older
		// TLS; one that hangs up on the STARTTLS command, before its 220,
		// dropped the connection like at any other command.
		var hs *handshakeError
		if step == StepTLS || (step == StepStartTLS && errors.As(err, &hs)) {
			e.Kind = KindTLS
		}
	case isTLSAlert(err):
		e.Kind = KindTLS
	}
	if replyHint == nil {
		replyHint = hintFor(e, t)
	}
	e.setHint(replyHint)
	return e
}

// errNotSMTP is a greeting that is not an SMTP reply at all.
var errNotSMTP error = i18n.Errorf("mailer_err_not_smtp", nil)

// errBadConfig marks settings that cannot work as written.
var errBadConfig = errors.New("invalid settings")

// badConfig marks e as settings that cannot work as written (errors.Is
// finds errBadConfig), keeping its cause.
func badConfig(e *i18n.Error) error {
	e.Err = errors.Join(errBadConfig, e.Err)
	return e
}

// stopError is a conversation cut short by its context: why it stopped,
// and what the network said then.
type stopError struct{ cause, err error }

func (e *stopError) Error() string { return fmt.Sprintf("%v (%v)", e.cause, e.err) }
func (e *stopError) In(l i18n.Lang) string {
	cause := i18n.Text(e.cause, l)
	switch e.cause {
	case context.Canceled:
		cause = l.T("mailer_err_context_canceled", nil)
	case context.DeadlineExceeded:
		cause = l.T("mailer_err_context_deadline", nil)
	}
	return cause + " (" + i18n.Text(e.err, l) + ")"
}
func (e *stopError) Unwrap() error { return e.cause }

func replyOf(e *smtp.SMTPError) *ReplyError {
	r := &ReplyError{Code: e.Code, Text: e.Message}
	if c := e.EnhancedCode; c != (smtp.EnhancedCode{}) && c != smtp.NoEnhancedCode {
		r.EnhancedCode = fmt.Sprintf("%d.%d.%d", c[0], c[1], c[2])
	}
	return r
}

func isHangUp(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNABORTED)
}

func isTLSAlert(err error) bool {
	var alert tls.AlertError
	return errors.As(err, &alert) || strings.Contains(err.Error(), "tls: ")
}
