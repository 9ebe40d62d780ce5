package serve

import (
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

func TestRecipientOf(t *testing.T) {
	for comment, want := range map[string]string{
		"admin@firma.example":  "admin@firma.example",
		" admin@firma.example": "admin@firma.example",
		"alice@laptop":         "", // OpenSSH's user@host: not a mailbox
		"laptop key":           "",
		"":                     "",
		"a@b.example\r\nRCPT":  "",
	} {
		if got := recipientOf(comment); got != want {
			t.Errorf("recipientOf(%q) = %q, want %q", comment, got, want)
		}
	}
}

// TestTestEmailGoesToTheAdminLoggedIn: over SSH the test e-mail goes to
// the address the admin's key names, not to the file's test recipient
// (which stays as it is), and serve's audit log records it.
func TestTestEmailGoesToTheAdminLoggedIn(t *testing.T) {
	mail := smtptest.NewServer(t)
	f := startServer(t)
	writeFile(t, f.authorizedKeys, authorizedLine(f.admin, "admin@firma.example"))
	file := config.New(f.configPath)
	file.Config.SMTP.UseDefault = false
	file.Config.SMTP.Server = mail.Config()
	file.Config.SMTP.TestRecipient = "file@firma.example"
	if err := file.Save(); err != nil {
		t.Fatal(err)
	}
	before := f.requireConfigHas(t, `test_recipient = "file@firma.example"`)

	term := openTerminal(t, f.dialAdmin(t), 100, 30)
	term.waitScreen(t, "Authentication")
	term.send(t, "\x14") // ctrl+t
	term.waitScreen(t, "admin@firma.example")
	term.send(t, "\r")
	term.waitScreen(t, "Test e-mail sent to admin@firma.example")
	if msgs := mail.Messages(); len(msgs) != 1 || strings.Join(msgs[0].To, ",") != "admin@firma.example" {
		t.Fatalf("the mail server received %+v", msgs)
	}
	f.logLine(t, "tested", func(rec map[string]any) bool {
		return rec["recipient"] == "admin@firma.example" && rec["ok"] == true && rec["what"] == "test e-mail"
	})
	term.send(t, "\x1b") // back to the form
	term.waitScreen(t, "Sender address")
	term.send(t, "\x1b") // quit: the session's recipient is no change to the file
	if code := term.exitStatus(t); code != 0 {
		t.Errorf("exit status %d", code)
	}
	if after := f.requireConfigHas(t); after != before {
		t.Errorf("the file changed:\n%s", after)
	}
}
