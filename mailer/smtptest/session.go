package smtptest

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// session is one client's conversation with the test server.
type session struct {
	srv   *Server
	conn  *smtp.Conn
	user  string
	from  string
	rcpts []string
	opts  smtp.MailOptions
}

func (s *Server) newSession(c *smtp.Conn) (smtp.Session, error) {
	if s.set.hangAt[StepHello] {
		s.hang(StepHello)
	}
	if r, ok := s.set.failAt[StepHello]; ok {
		return nil, r.err()
	}
	return &session{srv: s, conn: c}, nil
}

func (r Reply) err() *smtp.SMTPError {
	e := &smtp.SMTPError{Code: r.Code, Message: r.Text, EnhancedCode: smtp.NoEnhancedCode}
	if r.Enhanced != "" {
		e.EnhancedCode = smtp.EnhancedCode{}
		for i, part := range strings.SplitN(r.Enhanced, ".", 3) {
			e.EnhancedCode[i], _ = strconv.Atoi(part)
		}
	}
	return e
}

// misbehave returns the error the settings ask for at this step, after
// hanging up if they ask for that.
func (s *session) misbehave(step Step) error {
	if s.srv.set.hangAt[step] {
		s.srv.hang(step)
	}
	if s.srv.set.dropAt[step] {
		_ = s.conn.Conn().Close()
		return errors.New("smtptest: dropped as asked")
	}
	if r, ok := s.srv.set.failAt[step]; ok {
		return r.err()
	}
	return nil
}

func (s *session) AuthMechanisms() []string {
	if len(s.srv.set.users) == 0 {
		return nil
	}
	return s.srv.set.mechanisms
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	if err := s.misbehave(StepAuth); err != nil {
		return nil, err
	}
	if !slices.Contains(s.srv.set.mechanisms, mech) {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	check := func(user, pass string) error {
		want, ok := s.srv.set.users[user]
		if !ok || want != pass {
			return smtp.ErrAuthFailed
		}
		s.user = user
		return nil
	}
	switch mech {
	case MechPlain:
		return sasl.NewPlainServer(func(_, user, pass string) error { return check(user, pass) }), nil
	case MechLogin:
		return &loginServer{check: check}, nil
	case MechCRAMMD5:
		cs, err := newCRAMServer(func(user string) (string, bool) {
			p, ok := s.srv.set.users[user]
			if ok {
				s.user = user
			}
			return p, ok
		}, s.srv.set.domain)
		if err != nil {
			return nil, err
		}
		return cs, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

func (s *session) Mail(from string, opts *smtp.MailOptions) error {
	if err := s.misbehave(StepMail); err != nil {
		return err
	}
	if s.srv.set.requireAuth && s.user == "" {
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}
	}
	if len(s.srv.set.senders) > 0 && !slices.ContainsFunc(s.srv.set.senders, func(a string) bool { return strings.EqualFold(a, from) }) {
		return &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 7, 1},
			Message: fmt.Sprintf("Sender address rejected: not owned by user %s", s.user)}
	}
	s.from = from
	if opts != nil {
		s.opts = *opts
	}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := s.misbehave(StepRcpt); err != nil {
		return err
	}
	if slices.ContainsFunc(s.srv.set.badRcpts, func(a string) bool { return strings.EqualFold(a, to) }) {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "Mailbox unavailable"}
	}
	s.rcpts = append(s.rcpts, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read message: %w", err)
	}
	if err := s.misbehave(StepData); err != nil {
		return err
	}
	s.srv.record(Message{From: s.from, To: slices.Clone(s.rcpts), Data: data, User: s.user,
		EightBitMIME: s.opts.Body == smtp.Body8BitMIME, UTF8: s.opts.UTF8})
	return nil
}

func (s *session) Reset() { s.from, s.rcpts, s.opts = "", nil, smtp.MailOptions{} }

func (s *session) Logout() error { return nil }
