package mailer

import (
	"github.com/emersion/go-sasl"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// loginClient speaks AUTH LOGIN: the username as the initial response, the
// password as the answer to the server's next challenge, whatever that
// challenge says. go-sasl's client insists on the text "Password:", but the
// mechanism's draft (draft-murchison-sasl-login) tells clients to ignore
// it, and servers word it as they like: aiosmtpd sends "Password\x00", so
// with go-sasl's client every LOGIN to it failed with "unexpected server
// challenge" before the password was even sent.
type loginClient struct {
	username, password string
	answered           bool
}

func newLoginClient(username, password string) sasl.Client {
	return &loginClient{username: username, password: password}
}

func (c *loginClient) Start() (mech string, ir []byte, err error) {
	return sasl.Login, []byte(c.username), nil
}

func (c *loginClient) Next(_ []byte) ([]byte, error) {
	if c.answered {
		return nil, i18n.Errorf("mailer_err_login_challenge", nil)
	}
	c.answered = true
	return []byte(c.password), nil
}
