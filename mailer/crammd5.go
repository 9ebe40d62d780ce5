package mailer

import (
	"crypto/hmac"
	"crypto/md5" //nolint:gosec // CRAM-MD5 is defined with MD5 (RFC 2195)
	"encoding/hex"

	"github.com/emersion/go-sasl"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// MechCRAMMD5 is the CRAM-MD5 mechanism name (RFC 2195).
const MechCRAMMD5 = "CRAM-MD5"

// cramMD5Client answers the server's challenge with
// "username hex(HMAC-MD5(password, challenge))", so the password itself
// never crosses the wire. go-sasl has no CRAM-MD5 client.
type cramMD5Client struct {
	username, password string
	answered           bool
}

func newCRAMMD5Client(username, password string) sasl.Client {
	return &cramMD5Client{username: username, password: password}
}

func (c *cramMD5Client) Start() (mech string, ir []byte, err error) {
	return MechCRAMMD5, nil, nil
}

func (c *cramMD5Client) Next(challenge []byte) ([]byte, error) {
	if c.answered {
		return nil, i18n.Errorf("mailer_err_crammd5_challenge", nil)
	}
	c.answered = true
	mac := hmac.New(md5.New, []byte(c.password))
	mac.Write(challenge)
	return []byte(c.username + " " + hex.EncodeToString(mac.Sum(nil))), nil
}
