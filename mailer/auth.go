package mailer

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-sasl"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// reasonInsecure marks a MechanismError refused because the connection is not encrypted.
func reasonInsecure() *i18n.Error { return i18n.Errorf("mailer_reason_insecure", nil) }

// insecure tells whether the mechanism was refused because the connection
// is not encrypted.
func (e *MechanismError) insecure() bool {
	return e.reason != nil && e.reason.ID == reasonInsecure().ID
}

// The order auth auto tries mechanisms in. This is the one place that
// decides which mechanisms smtpconf speaks and in which order; a new one
// (an OAuth mechanism, say) goes into these lists and into saslClient.
//
// Over TLS the password is already protected, and PLAIN (then LOGIN) works
// with every password store; CRAM-MD5 needs the server to keep the
// password itself, which hashed stores (Dovecot with SHA512-CRYPT, say)
// cannot, so a server may offer it and still fail the right password.
// Without TLS (only where the password may cross in clear) CRAM-MD5 comes
// first, since it never sends the password.
var (
	autoOverTLS    = []string{sasl.Plain, sasl.Login, MechCRAMMD5}
	autoWithoutTLS = []string{MechCRAMMD5, sasl.Plain, sasl.Login}
)

// candidates lists the mechanisms to try, best first: for auth auto every
// usable one the server offers (auth tries the second only after the
// first was refused), otherwise the one asked for. The error says why
// none can be used.
func candidates(want config.Auth, offered []string, secure, allowInsecure bool) ([]string, error) {
	has := func(m string) bool {
		return slices.ContainsFunc(offered, func(o string) bool { return strings.EqualFold(o, m) })
	}
	safe := func(m string) bool { return secure || allowInsecure || m == MechCRAMMD5 }
	if want == config.AuthAuto || want == "" {
		if len(offered) == 0 {
			return nil, ErrNoAuthOffered
		}
		order := autoWithoutTLS
		if secure {
			order = autoOverTLS
		}
		var usable []string
		for _, m := range order {
			if has(m) && safe(m) {
				usable = append(usable, m)
			}
		}
		if len(usable) > 0 {
			return usable, nil
		}
		reason := i18n.Errorf("mailer_reason_none_supported", nil)
		if !secure && (has(sasl.Plain) || has(sasl.Login)) {
			reason = reasonInsecure()
		}
		return nil, mechanismError("auto", offered, reason)
	}
	m := strings.ToUpper(string(want))
	if !has(m) {
		reason := i18n.Errorf("mailer_reason_not_offered", i18n.D{"Auth": string(want)})
		if len(offered) == 0 {
			reason = i18n.Errorf("mailer_reason_no_auth", i18n.D{"Auth": string(want)})
		}
		return nil, mechanismError(m, offered, reason)
	}
	if !safe(m) {
		return nil, mechanismError(m, offered, reasonInsecure())
	}
	return []string{m}, nil
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

// retryWithNext tells whether auth auto tries the next mechanism after
// this refusal: 535 (credentials refused, which with CRAM-MD5 may only mean
// the server cannot check it) and 534 (mechanism too weak). Anything else
// (a timeout, 454, a hang-up) would fail the same way again.
func retryWithNext(err error) bool {
	var r *ReplyError
	return errors.As(err, &r) && (r.Code == 535 || r.Code == 534)
}

// auth logs in with the mechanism the settings ask for or, with auth auto,
// the best the server offers, and once more with the next one if the
// server refused the first (see retryWithNext).
func (c *conversation) auth() error {
	if c.s.Auth == config.AuthNone {
		c.skip(StepAuth, c.opts.Lang.T("mailer_title_login_none", nil), c.opts.Lang.T("mailer_detail_auth_none", nil))
		return nil
	}
	return c.do(StepAuth, c.opts.Lang.T("mailer_title_login", i18n.D{"User": c.s.Username}), func() (string, error) {
		_, params := c.client.Extension("AUTH")
		offered := strings.Fields(params)
		// Cleartext by config's own rule, so the mailer never refuses what
		// validate allows (a loopback host) nor allows what it refuses, on
		// the address actually dialled (clearTextAllowed).
		mechs, err := c.mechanisms(offered)
		if err != nil {
			return "", err
		}
		var refused *authRefusal
		for i, mech := range mechs[:min(len(mechs), 2)] {
			err = c.authenticate(saslClient(mech, c.s.Username, c.pw))
			if err == nil {
				c.res.Mechanism = mech
				l := c.opts.Lang
				detail := l.T("mailer_detail_login", i18n.D{"Mech": mech, "User": c.s.Username})
				if refused != nil {
					detail = l.T("mailer_detail_login_after", i18n.D{"Mech": mech, "User": c.s.Username, "Refused": refused.mech, "Err": i18n.Text(refused.err, l)})
					c.warn(l.T("mailer_warn_auth_auto_second", i18n.D{"Refused": refused.mech, "Err": i18n.Text(refused.err, l), "Mech": mech, "Auth": fmt.Sprintf("%q", strings.ToLower(mech))}))
				}
				return detail, nil
			}
			err = cmdErr("AUTH "+mech, err)
			if refused != nil {
				err = i18n.Wrap("mailer_err_auth_refused_too", i18n.D{"Refused": refused.mech, "Other": refused.err}, err)
			}
			if i > 0 || !retryWithNext(err) {
				break
			}
			refused = &authRefusal{mech: mech, err: errors.Unwrap(err)}
		}
		return "", err
	})
}

// mechanisms are the ones auth tries, best first: the OAuth 2.0 one when
// the settings get a token (one mechanism, no fallback: a refused token
// is not a weak mechanism), else the password candidates.
func (c *conversation) mechanisms(offered []string) ([]string, error) {
	secure, clear := c.tlsHow != "", c.tlsHow == "" && c.clearTextAllowed()
	if c.s.UsesOAuth2() {
		mech, err := chooseOAuth2Mechanism(c.s.Auth, offered, secure, clear)
		if err != nil {
			return nil, err
		}
		return []string{mech}, nil
	}
	return candidates(c.s.Auth, offered, secure, clear)
}

type authRefusal struct {
	mech string
	err  error
}
