package mailer

import "testing"

// Servers word LOGIN's challenge as they like; the client answers the
// password to whichever comes, once.
func TestLoginClientIgnoresTheChallengeText(t *testing.T) {
	for _, challenge := range []string{"Password:", "Password\x00", "password:", "", "Passwort:"} {
		t.Run(challenge, func(t *testing.T) {
			c := newLoginClient("user@example.com", "pw")
			mech, ir, err := c.Start()
			if mech != "LOGIN" || string(ir) != "user@example.com" || err != nil {
				t.Fatalf("Start = %q, %q, %v; want LOGIN with the username", mech, ir, err)
			}
			resp, err := c.Next([]byte(challenge))
			if string(resp) != "pw" || err != nil {
				t.Fatalf("Next(%q) = %q, %v; want the password", challenge, resp, err)
			}
			if _, err := c.Next([]byte(challenge)); err == nil {
				t.Fatal("a challenge after the password was answered")
			}
		})
	}
}
