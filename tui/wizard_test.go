package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestWizard walks the first-time setup in each language: the goldens
// are Step.golden in English and Step_de.golden in German, the keys and
// the file saved the same.
func TestWizard(t *testing.T) {
	for _, lang := range i18n.Langs() {
		walkWizard(t, lang, goldenSuffix(lang))
	}
}

func walkWizard(t *testing.T, lang i18n.Lang, suffix string) {
	path := writeConfig(t, "") // no file yet: first-time setup
	m := newSized(t, Options{Path: path, Lang: lang})
	if !topIs[*wizardScreen](m) {
		t.Fatalf("screen %T, want wizard", m.top())
	}
	golden := func(name string) {
		t.Helper()
		t.Run(name+suffix, func(t *testing.T) {
			requireScreen(t, m)
			if lang != i18n.English {
				requireUncut(t, m)
			}
		})
	}
	golden("Sender")

	drive(m, keyEnter, keyEnter) // leaving the step with no sender is refused
	if stepTitle(t, m) != "Sender" {
		t.Fatalf("went on to %q without a sender", stepTitle(t, m))
	}
	golden("SenderRequired")
	drive(m, keyShiftTab)
	typeText(m, "noreply@example.com")
	drive(m, keyEnter, keyEnter)
	typeServerMyself(t, m)
	golden("ChooseServer")

	drive(m, keySpace, keyEnter) // own server
	golden("OwnServer")
	typeText(m, "mail.example.com")
	drive(m, keyEnter, keyRight) // protocol → SMTPS
	if got := m.d.fields["smtp.port"].value(); got != "465" {
		t.Errorf("port %q after choosing SMTPS", got)
	}
	drive(m, keyEnter, keyEnter, keyEnter, keyEnter) // port, CA file, skip verify, then the next step (STARTTLS hidden for SMTPS)
	golden("Login")
	drive(m, keyEnter)           // sign in with a password
	drive(m, keyRight, keyEnter) // automatic → LOGIN
	typeText(m, "noreply@example.com")
	drive(m, keyEnter)
	typeText(m, "hunter2")
	drive(m, keyEnter)
	golden("Test")
	typeText(m, "admin@example.com")
	drive(m, keyEnter)
	golden("Summary")

	// Back and forward keep what was typed.
	drive(m, keyEsc)
	if stepTitle(t, m) != "Test" {
		t.Log(screenText(m))
		t.Fatalf("esc from the summary went to %q", stepTitle(t, m))
	}
	drive(m, ctrl('n'))

	drive(m, press(m, keyEnter)())
	if !topIs[*formScreen](m) {
		t.Fatalf("after saving: screen %T (status %q)", m.top(), statusText(m))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"use_default = false", `host = "mail.example.com"`, `protocol = "smtps"`, "port = 465", `auth = "login"`, `password = "hunter2"`, `test_recipient = "admin@example.com"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %s:\n%s", want, data)
		}
	}
	golden("SettingsPageAfterwards")
}

func TestWizardPlatformDefault(t *testing.T) {
	path := writeConfig(t, "")
	m := newSized(t, Options{Path: path})
	typeText(m, "noreply@example.com")
	drive(m, keyEnter, keyEnter)
	typeServerMyself(t, m)
	drive(m, keyEnter) // keep the platform's server
	if got := stepTitle(t, m); got != "Test" {
		t.Fatalf("step %q, want Test (server and login skipped)", got)
	}
	drive(m, keyEnter)
	if got := stepTitle(t, m); got != "Summary" {
		t.Fatalf("step %q, want Summary", got)
	}
	t.Run("Summary", func(t *testing.T) { requireScreen(t, m) })
}
