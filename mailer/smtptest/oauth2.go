package smtptest

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// OAuth 2.0 mechanism names the server can advertise.
const (
	MechXOAuth2     = "XOAUTH2"
	MechOAuthBearer = sasl.OAuthBearer
)

// TokenCheck decides whether a token lets its bearer send as the mailbox
// (the user the client names). A *smtp.SMTPError it returns is the
// server's final reply, given at once, as Exchange Online answers "535
// 5.7.3 Authentication unsuccessful"; any other error is answered as RFC
// 7628 and Gmail do: a JSON error challenge, then 535 5.7.8.
type TokenCheck func(mailbox, token string) error

// WithOAuth2 makes the server take XOAUTH2 and OAUTHBEARER, each token
// judged by check (typically against the authorization server's keys),
// and advertise them after the other mechanisms.
func WithOAuth2(check TokenCheck) Option {
	return func(o *settings) {
		o.tokenCheck = check
		o.mechanisms = append(o.mechanisms, MechXOAuth2, MechOAuthBearer)
	}
}

// tokenServer is the server side of XOAUTH2 and OAUTHBEARER.
type tokenServer struct {
	mech   string
	check  TokenCheck
	ok     func(mailbox string)
	failed error // the final reply, after the client answered the error challenge
}

var errBadTokenResponse = &smtp.SMTPError{Code: 501, EnhancedCode: smtp.EnhancedCode{5, 5, 2}, Message: "Malformed token response"}

func (s *tokenServer) Next(response []byte) ([]byte, bool, error) {
	switch {
	case s.failed != nil:
		return nil, true, s.failed
	case response == nil:
		return []byte{}, false, nil
	}
	mailbox, token, ok := parseTokenResponse(s.mech, string(response))
	if !ok {
		return nil, true, errBadTokenResponse
	}
	err := s.check(mailbox, token)
	var final *smtp.SMTPError
	switch {
	case err == nil:
		s.ok(mailbox)
		return nil, true, nil
	case errors.As(err, &final):
		return nil, true, final
	}
	s.failed = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Username and Password not accepted"}
	challenge, _ := json.Marshal(map[string]string{"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"})
	return challenge, false, nil
}

// parseTokenResponse reads the mailbox and token of an initial response:
// XOAUTH2's "user=U^Aauth=Bearer T^A^A" or OAUTHBEARER's GS2 header
// "n,a=U," followed by the same key-value pairs.
func parseTokenResponse(mech, r string) (mailbox, token string, ok bool) {
	if mech == MechOAuthBearer {
		header, rest, found := strings.Cut(r, "\x01")
		if !found {
			return "", "", false
		}
		for _, f := range strings.Split(header, ",") {
			if v, isUser := strings.CutPrefix(f, "a="); isUser {
				mailbox = v
			}
		}
		r = rest
	}
	for _, kv := range strings.Split(r, "\x01") {
		switch k, v, _ := strings.Cut(kv, "="); k {
		case "user":
			mailbox = v
		case "auth":
			scheme, t, found := strings.Cut(v, " ")
			if !found || !strings.EqualFold(scheme, "Bearer") {
				return "", "", false
			}
			token = t
		}
	}
	return mailbox, token, mailbox != "" && token != ""
}
