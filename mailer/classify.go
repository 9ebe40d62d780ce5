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
)

// target is what a hint needs to know about the conversation to name the fix.
type target struct {
	Host     string
	Port     int
	Timeout  time.Duration
	SMTPS    bool
	StartTLS bool
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
		e.Err = fmt.Errorf("%w (%v)", context.Cause(ctx), err)
		e.Hint = hintFor(e, t)
		return e
	}

	var (
		reply   *ReplyError
		smtpErr *smtp.SMTPError
		tpErr   *textproto.Error
		dnsErr  *net.DNSError
		mechErr *MechanismError
		pwErr   *PasswordError
		recErr  tls.RecordHeaderError
		unknown x509.UnknownAuthorityError
		hostErr x509.HostnameError
		invalid x509.CertificateInvalidError
		netErr  net.Error
		tooLong *ReplyTooLongError
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
		e.Kind = replyKind(step, reply)
	case errors.As(err, &tooLong):
		// The command's wrapper ("EHLO: ") would only repeat what the
		// limit error names.
		e.Err, e.Kind = tooLong, KindReplyTooLong
	case errors.As(err, &pwErr):
		e.Kind = KindPassword
	case errors.As(err, &mechErr):
		e.Kind = KindMechanismMissing
		if mechErr.Reason == reasonInsecure {
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
	e.Hint = hintFor(e, t)
	return e
}

// errNotSMTP is a greeting that is not an SMTP reply at all.
var errNotSMTP = errors.New("the server's first words are not an SMTP greeting")

// errBadConfig marks settings that cannot work as written.
var errBadConfig = errors.New("invalid settings")

func replyOf(e *smtp.SMTPError) *ReplyError {
	r := &ReplyError{Code: e.Code, Text: e.Message}
	if c := e.EnhancedCode; c != (smtp.EnhancedCode{}) && c != smtp.NoEnhancedCode {
		r.EnhancedCode = fmt.Sprintf("%d.%d.%d", c[0], c[1], c[2])
	}
	return r
}

// replyKind classifies a server's refusal by the step it answered and its
// codes; the enhanced code (RFC 3463) wins where it is specific.
func replyKind(step StepName, r *ReplyError) Kind {
	switch {
	case r.Code == 535 || r.EnhancedCode == "5.7.8":
		return KindAuthFailed
	case r.Code == 530 || r.EnhancedCode == "5.7.0" && step == StepMail && strings.Contains(strings.ToLower(r.Text), "auth"):
		return KindAuthRequired
	case r.Code/100 == 4:
		return KindTemporary
	}
	switch step {
	case StepMail:
		return KindSenderRejected
	case StepRcpt:
		return KindRecipientRejected
	case StepData:
		return KindMessageRejected
	case StepAuth:
		if r.Code == 504 {
			return KindMechanismMissing
		}
		return KindAuthFailed
	case StepGreeting:
		if r.Code == 554 {
			return KindServer
		}
	}
	return KindServer
}

func isHangUp(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNABORTED)
}

func isTLSAlert(err error) bool {
	var alert tls.AlertError
	return errors.As(err, &alert) || strings.Contains(err.Error(), "tls: ")
}
