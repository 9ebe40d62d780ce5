package smtptest

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Mechanism names the server can advertise.
const (
	MechPlain   = sasl.Plain
	MechLogin   = sasl.Login
	MechCRAMMD5 = "CRAM-MD5"
)

// loginServer is the server side of the LOGIN mechanism, which go-sasl only
// has as a client. It accepts the username as initial response, as go-sasl's
// client sends it, or asks for it with the customary "Username:" challenge.
type loginServer struct {
	check    func(user, pass string) error
	user     string
	haveUser bool
}

func (s *loginServer) Next(response []byte) (challenge []byte, done bool, err error) {
	switch {
	case !s.haveUser && response == nil:
		return []byte("Username:"), false, nil
	case !s.haveUser:
		s.user, s.haveUser = string(response), true
		return []byte("Password:"), false, nil
	default:
		return nil, true, s.check(s.user, string(response))
	}
}

// cramServer is the server side of CRAM-MD5 (RFC 2195): it sends a unique
// challenge and expects "user hex(HMAC-MD5(password, challenge))".
type cramServer struct {
	password  func(user string) (string, bool)
	challenge []byte
}

func newCRAMServer(password func(user string) (string, bool), domain string) (*cramServer, error) {
	var nonce [8]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, fmt.Errorf("make CRAM-MD5 challenge: %w", err)
	}
	return &cramServer{password: password, challenge: []byte(fmt.Sprintf("<%x@%s>", nonce, domain))}, nil
}

func (s *cramServer) Next(response []byte) (challenge []byte, done bool, err error) {
	if response == nil {
		return s.challenge, false, nil
	}
	user, digest, ok := strings.Cut(string(response), " ")
	if !ok {
		return nil, true, smtp.ErrAuthFailed
	}
	pass, known := s.password(user)
	mac := hmac.New(md5.New, []byte(pass))
	mac.Write(s.challenge)
	want := hex.EncodeToString(mac.Sum(nil))
	if !known || !hmac.Equal([]byte(want), []byte(strings.ToLower(digest))) {
		return nil, true, smtp.ErrAuthFailed
	}
	return nil, true, nil
}
