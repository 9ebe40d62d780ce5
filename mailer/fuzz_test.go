package mailer

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/smtpconf/smtpconf/config"
)

// knownKinds is every Kind a caller may switch on. A new Kind belongs here
// too, or FuzzClassify reports it as unknown.
var knownKinds = map[Kind]bool{
	KindConfig: true, KindPassword: true, KindDNS: true, KindDNSFailure: true, KindRefused: true,
	KindUnreachable: true, KindTimeout: true, KindNoGreeting: true, KindNotSMTP: true, KindNotTLS: true,
	KindTLS: true, KindCertUntrusted: true, KindCertWrongHost: true, KindCertExpired: true,
	KindStartTLSMissing: true, KindMechanismMissing: true, KindInsecureAuth: true, KindAuthFailed: true,
	KindAuthRequired: true, KindSenderRejected: true, KindRecipientRejected: true, KindMessageRejected: true,
	KindTemporary: true, KindDropped: true, KindCanceled: true, KindServer: true, KindMessage: true,
	KindStartTLSRequired: true, KindHELORejected: true, KindMessageTooBig: true, KindAuthDisabled: true,
	KindAuthTemporary: true, KindGreylisted: true, KindRateLimited: true,
}

var fuzzSteps = []StepName{StepSettings, StepResolve, StepConnect, StepTLS, StepGreeting, StepHello, StepHelloTLS, StepStartTLS,
	StepAuth, StepMail, StepRcpt, StepData, StepQuit}

// Commands a step wraps its error with, as conversation.go does.
var fuzzVerbs = map[StepName]string{StepHello: "EHLO", StepHelloTLS: "EHLO", StepStartTLS: "STARTTLS", StepAuth: "AUTH PLAIN",
	StepMail: "MAIL FROM", StepRcpt: "RCPT TO", StepData: "end of message", StepQuit: "QUIT"}

// errnos a dial, read or write can fail with.
var fuzzErrnos = []syscall.Errno{syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.ENETUNREACH,
	syscall.EHOSTUNREACH, syscall.EPIPE, syscall.ECONNABORTED, syscall.ETIMEDOUT, syscall.EACCES}

type fuzzTimeout struct{}

func (fuzzTimeout) Error() string   { return "i/o timeout" }
func (fuzzTimeout) Timeout() bool   { return true }
func (fuzzTimeout) Temporary() bool { return true }

// parseEnhanced turns "5.7.8" into go-smtp's code; anything else is "none".
func parseEnhanced(s string) smtp.EnhancedCode {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return smtp.NoEnhancedCode
	}
	var c smtp.EnhancedCode
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return smtp.NoEnhancedCode
		}
		c[i] = n
	}
	return c
}

// fuzzError builds one of the shapes of error a step can fail with, from
// the server's words (code, enhanced, text) or a raw error's text. The
// certificate and the AUTH mechanisms advertised are built from pre, what
// the server said before the client sent a password (see FuzzClassify).
func fuzzError(shape uint8, code int, enhanced, text, raw, pre string) error {
	cert := &x509.Certificate{DNSNames: strings.Fields(pre), Subject: pkix.Name{CommonName: pre},
		NotBefore: time.Unix(int64(code), 0), NotAfter: time.Unix(int64(code)+86400, 0)}
	switch shape % 20 {
	case 0:
		return &smtp.SMTPError{Code: code, EnhancedCode: parseEnhanced(enhanced), Message: text}
	case 1:
		return &textproto.Error{Code: code, Msg: text}
	case 2:
		return &ReplyError{Code: code, EnhancedCode: enhanced, Text: text}
	case 3:
		return errors.New(raw)
	case 4:
		return fmt.Errorf("%s: %w", raw, io.EOF)
	case 5:
		errno := fuzzErrnos[uint(code)%uint(len(fuzzErrnos))]
		return &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError(raw, errno)}
	case 6:
		return &net.DNSError{Err: raw, Name: text, IsNotFound: code&1 != 0, IsTimeout: code&2 != 0}
	case 7:
		return &MechanismError{Wanted: raw, Offered: strings.Fields(pre), Reason: raw}
	case 8:
		return &PasswordError{Source: raw, Err: errors.New(text)}
	case 9:
		return tls.RecordHeaderError{Msg: raw}
	case 10:
		return &tls.CertificateVerificationError{Err: x509.HostnameError{Certificate: cert, Host: raw}}
	case 11:
		return &tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{Cert: cert}}
	case 12:
		return &tls.CertificateVerificationError{Err: x509.CertificateInvalidError{Cert: cert, Reason: x509.InvalidReason(code % 16), Detail: raw}}
	case 13:
		return tls.AlertError(uint8(code))
	case 14:
		return &net.OpError{Op: "read", Net: "tcp", Err: fuzzTimeout{}}
	case 15:
		return fmt.Errorf("%w: %s", errNotSMTP, raw)
	case 16:
		return fmt.Errorf("%w: %s", errBadConfig, raw)
	case 17:
		return []error{ErrStartTLSNotOffered, ErrNoAuthOffered, ErrNoHost, ErrNoSender, ErrNoRecipient}[uint(code)%5]
	case 18:
		return &smtp.SMTPError{Code: code, EnhancedCode: smtp.NoEnhancedCode, Message: text}
	default:
		return errors.Join(errors.New(raw), &smtp.SMTPError{Code: code, Message: text}, io.ErrUnexpectedEOF)
	}
}

// fuzzUser is the account FuzzClassify's conversations log in as.
const fuzzUser = "app@example.com"

// FuzzClassify feeds whatever a server could say, at every step, and every
// shape of error the network, TLS or the settings produce, through the
// classifier as a conversation runs it (do: classify, then scrub). It
// holds that nothing panics, every failure gets a known Kind and a hint,
// and the password from the settings never leaves in the error, the hint,
// the step's detail, Explain's sentence or the transcript, even when the
// server echoes it (some do, after a failed AUTH).
func FuzzClassify(f *testing.F) {
	// Replies real servers gave (Postfix, Exim, Gmail, Microsoft 365,
	// Sendmail), at the step they answer.
	seeds := []struct {
		step     StepName
		code     int
		enhanced string
		text     string
	}{
		{StepGreeting, 554, "", "mail.example.com ESMTP not accepting messages"},
		{StepGreeting, 421, "4.3.2", "Service not available, closing transmission channel"},
		{StepHello, 502, "5.5.2", "Error: command not recognized"},
		{StepHello, 501, "5.5.4", "Syntactically invalid EHLO argument(s)"},
		{StepStartTLS, 454, "4.7.0", "TLS not available due to local problem"},
		{StepAuth, 535, "5.7.8", "Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials"},
		{StepAuth, 535, "5.7.139", "Authentication unsuccessful, the user credentials were incorrect."},
		{StepAuth, 535, "5.7.3", "Authentication unsuccessful"},
		{StepAuth, 534, "5.7.9", "Application-specific password required."},
		{StepAuth, 504, "5.5.4", "Unrecognized authentication type"},
		{StepAuth, 454, "4.7.0", "Temporary authentication failure"},
		{StepAuth, 538, "5.7.11", "Encryption required for requested authentication mechanism"},
		{StepMail, 530, "5.7.0", "Authentication required"},
		{StepMail, 530, "5.7.57", "Client not authenticated to send mail."},
		{StepMail, 553, "5.7.1", "<app@example.com>: Sender address rejected: not owned by user app@example.com"},
		{StepMail, 550, "5.7.60", "SMTP; Client does not have permissions to send as this sender"},
		{StepMail, 452, "4.3.1", "Insufficient system storage"},
		{StepMail, 421, "4.7.0", "Try again later, closing connection. (MAIL)"},
		{StepRcpt, 550, "5.1.1", "<admin@example.net>: Recipient address rejected: User unknown in virtual mailbox table"},
		{StepRcpt, 554, "5.7.1", "<admin@example.net>: Relay access denied"},
		{StepRcpt, 450, "4.2.1", "The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered."},
		{StepRcpt, 451, "4.7.1", "Greylisted, see https://postgrey.schweikert.ch/help/example.net.html"},
		{StepData, 554, "5.6.0", "Message rejected: content"},
		{StepData, 552, "5.3.4", "Message size exceeds fixed maximum message size"},
		{StepData, 550, "5.7.1", "Message rejected as spam by Content Filtering."},
		{StepQuit, 221, "2.0.0", "Bye"},
		{StepAuth, 535, "", "authentication failed: " + "\x00" + fuzzUser + "\x00hunter2-secret"},
	}
	for i, s := range seeds {
		// One shape per seed, cycling, so every shape starts from a real reply.
		f.Add(uint8(slices.Index(fuzzSteps, s.step)), uint8(i), s.code, s.enhanced, s.text, "dial tcp 192.0.2.1:587: connect: connection refused", "hunter2-secret", uint8(0), uint8(0))
	}
	f.Add(uint8(3), uint8(15), 0, "", "", "\x16\x03\x01 not smtp", "pw", uint8(1), uint8(0))
	f.Add(uint8(7), uint8(0), 535, "5.7.8", "bad password SECRET", "", "SECRET", uint8(2), uint8(0))

	f.Fuzz(func(t *testing.T, stepIdx, shape uint8, code int, enhanced, text, raw, pwTail string, echo, ctxState uint8) {
		step := fuzzSteps[int(stepIdx)%len(fuzzSteps)]
		// The prefix keeps the password from being a word the hints use
		// anyway ("the", "server"): only an echo can put it in the output.
		// It is minEchoed long: a shorter password echoed back as it is
		// stays (by design: hiding short strings wherever they stand gives
		// them away, see minEchoed); in AUTH PLAIN's form it is long enough.
		password := "S3cret-x" + pwTail
		// The certificate and the mechanisms advertised come before the
		// password is sent, so a server cannot echo it there; they are
		// built from the words as fuzzed, before any echo.
		pre := text
		switch echo % 4 {
		case 1: // the server repeats the password
			text += " " + password
			raw += " " + password
		case 2: // or what AUTH PLAIN sent, decoded or not
			text = "\x00" + fuzzUser + "\x00" + password + text
			raw += base64.StdEncoding.EncodeToString([]byte("\x00" + fuzzUser + "\x00" + password))
		case 3: // or the password base64-encoded, as AUTH LOGIN sent it
			text += base64.StdEncoding.EncodeToString([]byte(password))
		}

		ctx := context.Background()
		switch ctxState % 3 {
		case 1:
			c, cancel := context.WithCancel(ctx)
			cancel()
			ctx = c
		case 2:
			c, cancel := context.WithDeadline(ctx, time.Unix(0, 0))
			defer cancel()
			ctx = c
		}
		cause := fuzzError(shape, code, enhanced, text, raw, pre)
		if verb, ok := fuzzVerbs[step]; ok && shape%2 == 0 {
			cause = fmt.Errorf("%s: %w", verb, cause)
		}

		// The classifier alone: a kind, a hint, and the step it was given.
		tgt := target{Host: "mail.example.com", Port: 587, Timeout: 15 * time.Second, StartTLS: true}
		e := classify(ctx, step, cause, tgt)
		checkClassified(t, e, step)
		// Classifying again changes nothing (a step's error may pass
		// through classify twice, as Probe's does).
		if again := classify(ctx, step, e, tgt); again != e {
			t.Fatalf("classify of an *Error made a new one: %+v", again)
		}

		// As a conversation runs it, with the password in the settings and
		// registered as AUTH registers it.
		var transcript bytes.Buffer
		cfg := config.Server{Host: "mail.example.com", Port: 587, StartTLS: true, Auth: config.AuthPlain,
			Username: fuzzUser, Password: password, Sender: fuzzUser, Timeout: config.Duration{Duration: 15 * time.Second}}
		c := newConversation(ctx, cfg, Options{Transcript: &transcript})
		c.tr.addSecret(password)
		c.tr.addSecret("\x00" + fuzzUser + "\x00" + password)
		c.tr.server(fmt.Sprintf("%03d %s %s", code, enhanced, text))
		if err := c.do(step, "fuzz "+string(step), func() (string, error) { return text, cause }); err == nil {
			t.Fatal("do returned nil for a failing step")
		}
		res := c.finish()
		var got *Error
		if !errors.As(res.Err, &got) {
			t.Fatalf("Result.Err = %T, want *Error", res.Err)
		}
		checkClassified(t, got, step)
		msg, hint := Explain(res.Err)
		last := res.Steps[len(res.Steps)-1]
		leaked := map[string]string{
			"error": res.Err.Error(), "hint": res.Hint, "explained": msg, "explained hint": hint,
			"detail": last.Detail, "step error": last.Err.Error(), "transcript": transcript.String(),
		}
		for _, secret := range []string{password, base64.StdEncoding.EncodeToString([]byte(password))} {
			for where, s := range leaked {
				if strings.Contains(s, secret) {
					t.Fatalf("the password leaks in the %s: %q", where, s)
				}
			}
		}
	})
}

func checkClassified(t *testing.T, e *Error, step StepName) {
	t.Helper()
	switch {
	case e == nil:
		t.Fatal("classify returned nil for an error")
	case !knownKinds[e.Kind]:
		t.Fatalf("kind %q is not a known Kind", e.Kind)
	case strings.TrimSpace(e.Hint) == "":
		t.Fatalf("%s at %s: empty hint", e.Kind, e.Step)
	case e.Step != step:
		t.Fatalf("step %s, want %s", e.Step, step)
	case e.Err == nil:
		t.Fatal("no underlying error")
	case e.Error() == "":
		t.Fatal("empty error text")
	}
}
