package mailer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-sasl"

	"smtpconf/config"
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

// cleartextAllowed tells whether the settings let PLAIN or LOGIN send the
// password without TLS: allow_insecure_auth, or config's rule that a
// loopback host is fine (the password never reaches the network there).
// config does not export that rule, so it is asked through Validate, the
// one set of rules, with settings that differ only in sending a password
// in clear to this host: the mailer can never allow what validate refuses,
// nor refuse what it allows.
func cleartextAllowed(s config.Server) bool {
	if s.AllowInsecureAuth {
		return true
	}
	probe := config.Server{
		Sender: "probe@example.com", Host: s.Host, Protocol: config.ProtocolSMTP, Port: config.PortSubmission,
		Auth: config.AuthPlain, Username: "probe", Password: "probe", Timeout: config.Duration{Duration: config.DefaultTimeout},
	}
	ps := config.Validate(config.Config{SMTP: config.SMTP{Server: probe}})
	return len(ps.Errors().For("auth")) == 0
}

func saslClient(mech, username, password string) sasl.Client {
	switch mech {
	case MechCRAMMD5:
		return newCRAMMD5Client(username, password)
	case sasl.Login:
		return newLoginClient(username, password)
	default:
		return sasl.NewPlainClient("", username, password)
	}
}
