package mailer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-sasl"

	"github.com/smtpconf/smtpconf/config"
)

// reasonInsecure marks a MechanismError refused because the connection is not encrypted.
const reasonInsecure = "refusing to send the password over a connection that is not encrypted"

// strongestFirst is the order auth auto prefers: CRAM-MD5 never sends the
// password itself; PLAIN and LOGIN do, so they need TLS.
var strongestFirst = []string{MechCRAMMD5, sasl.Plain, sasl.Login}

// chooseMechanism picks the mechanism to use from what the server
// advertises, or says why none can be used.
func chooseMechanism(want config.Auth, offered []string, secure, allowInsecure bool) (string, error) {
	has := func(m string) bool {
		return slices.ContainsFunc(offered, func(o string) bool { return strings.EqualFold(o, m) })
	}
	safe := func(m string) bool { return secure || allowInsecure || m == MechCRAMMD5 }
	if want == config.AuthAuto || want == "" {
		if len(offered) == 0 {
			return "", ErrNoAuthOffered
		}
		for _, m := range strongestFirst {
			if has(m) && safe(m) {
				return m, nil
			}
		}
		reason := "none of the mechanisms offered is supported"
		if !secure && (has(sasl.Plain) || has(sasl.Login)) {
			reason = reasonInsecure
		}
		return "", &MechanismError{Wanted: "auto", Offered: offered, Reason: reason}
	}
	m := strings.ToUpper(string(want))
	if !has(m) {
		reason := fmt.Sprintf("auth %s is not offered", want)
		if len(offered) == 0 {
			reason = fmt.Sprintf("auth %s is set, but the server offers no AUTH", want)
		}
		return "", &MechanismError{Wanted: m, Offered: offered, Reason: reason}
	}
	if !safe(m) {
		return "", &MechanismError{Wanted: m, Offered: offered, Reason: reasonInsecure}
	}
	return m, nil
}

// saslClient is the client of a mechanism; for XOAUTH2 and OAUTHBEARER
// the password is the access token.
func saslClient(mech, username, password string) sasl.Client {
	switch mech {
	case MechCRAMMD5:
		return newCRAMMD5Client(username, password)
	case sasl.Login:
		return newLoginClient(username, password)
	case MechXOAuth2, MechOAuthBearer:
		return &tokenClient{mech: mech, user: username, token: password}
	default:
		return sasl.NewPlainClient("", username, password)
	}
}
