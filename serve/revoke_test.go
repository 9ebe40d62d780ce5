package serve

import (
	"os"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// A key removed from authorized_keys while its admin has the form open:
// the save is refused, the admin is told why, and the session ends.
func TestARemovedKeyCannotSave(t *testing.T) {
	f := startServer(t)
	config := customConfig(t)
	writeFile(t, f.configPath, config)
	alice := openTerminal(t, f.dialAdmin(t), 100, 40)
	alice.waitScreen(t, "Sender address")

	writeFile(t, f.authorizedKeys, authorizedLine(newSigner(t), "someone@else"))
	alice.send(t, editServer("a.example.com")+keyCtrlS)
	alice.waitScreen(t, "Review before saving")
	alice.send(t, keyEnter)
	alice.waitScreen(t, "your key was removed from authorized_keys")
	if code := alice.exitStatus(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if data, _ := os.ReadFile(f.configPath); string(data) != config {
		t.Errorf("the file changed:\n%s", data)
	}
	if recs := logRecords(t, f.log.String(), "saved"); len(recs) != 0 {
		t.Errorf("an audit line for a refused save: %v", recs)
	}
	f.logLine(t, "session closed", func(r map[string]any) bool { return r["reason"] == errKeyRemoved.Error() })
}

// Each time the server reads authorized_keys anew (here: because another
// admin logs in), the forms of keys no longer in it end, with a word why;
// the others go on.
func TestARemovedKeysFormEndsWhenTheFileIsReadAgain(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	bob, bobClient := f.addBob(t)
	bobTerm := openTerminal(t, bobClient, 80, 24)
	bobTerm.waitScreen(t, "smtpconf stand-in")
	alice := openTerminal(t, f.dialAdmin(t), 80, 24)
	alice.waitScreen(t, "smtpconf stand-in")

	writeFile(t, f.authorizedKeys, authorizedLine(bob, "bob@desk"))
	again, err := f.dial("bob", gossh.PublicKeys(bob)) // reads the file anew
	if err != nil {
		t.Fatal(err)
	}
	again.Close()
	alice.waitScreen(t, "your key was removed from authorized_keys")
	if code := alice.exitStatus(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	bobTerm.send(t, "q")
	if code := bobTerm.exitStatus(t); code != 0 {
		t.Errorf("bob's session: exit status %d, want 0 (his key is still there)", code)
	}
	if strings.Contains(bobTerm.screen.Text(), "removed") {
		t.Error("bob was told his key was removed")
	}
}
