package tui

import (
	tea "charm.land/bubbletea/v2"
	"strings"
	"testing"
)

// fileWords are the file's keys that config's advice names: the form says
// its labels instead.
var fileWords = []string{"starttls", "tls_ca_file", "allow_insecure_auth", "tls_skip_verify", "smtp.", "sender_name", "use_default"}

// TestCrossFieldErrorShowsWhereTheAdminLooks: switching STARTTLS off with a
// login to a host that is not loopback makes Authentication wrong; the
// error shows under STARTTLS at once, not only once Authentication is
// focused, in the form's words, and the setting it recommends has a field.
func TestCrossFieldErrorShowsWhereTheAdminLooks(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	drive(m, tea.WindowSizeMsg{Width: 100, Height: 40})
	for focusOf(m) != "smtp.starttls" {
		drive(m, keyTab)
	}
	if m.d.visible("smtp.allow_insecure_auth") {
		t.Fatal("Allow password without TLS shows while STARTTLS is on")
	}
	drive(m, keySpace) // STARTTLS off
	s := screenText(m)
	lines := strings.Split(s, "\n")
	at := -1
	for i, l := range lines {
		if strings.Contains(l, "[ ] Require STARTTLS") {
			at = i
		}
	}
	if at < 0 || at+1 >= len(lines) || !strings.Contains(strings.Join(lines[at+1:at+4], " "), "✗ Authentication") {
		t.Errorf("the error the change made does not show under the field changed:\n%s", s)
	}
	flat := strings.Join(strings.Fields(s), " ")
	for _, want := range []string{"switch Require STARTTLS on", "Protocol SMTPS", "switch Allow password without TLS on"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the advice lacks %q:\n%s", want, s)
		}
	}
	for _, w := range fileWords {
		if strings.Contains(s, w) {
			t.Errorf("the screen names the file's %q:\n%s", w, s)
		}
	}
	if !m.d.visible("smtp.allow_insecure_auth") || !strings.Contains(s, "Allow password without TLS") {
		t.Errorf("the advice recommends a setting the form has no field for:\n%s", s)
	}
	// The summary names it too.
	drive(m, ctrl('s'))
	if s := screenText(m); !strings.Contains(s, "✗ Authentication") {
		t.Errorf("the summary does not show the error:\n%s", s)
	}
}

// TestWizardOffersCAFile: wherever TLS is used, the first-time server step
// offers the CA certificate file, and switching certificate checks off
// says loudly what that means.
func TestWizardOffersCAFile(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, "")})
	typeText(m, "noreply@example.com")
	drive(m, keyEnter, keyEnter)
	typeServerMyself(t, m)
	drive(m, keySpace, keyEnter) // own server
	if got := stepTitle(t, m); got != "Your mail server" {
		t.Fatalf("step %q", got)
	}
	for _, want := range []string{"CA certificate file", "Skip certificate check"} {
		if !strings.Contains(screenText(m), want) {
			t.Errorf("the server step lacks %q:\n%s", want, screenText(m))
		}
	}
	typeText(m, "mail.example.com")
	for focusOf(m) != "smtp.tls_skip_verify" {
		drive(m, keyTab)
	}
	drive(m, keySpace)
	if s := strings.Join(strings.Fields(screenText(m)), " "); !strings.Contains(s, "! Skip certificate check is on: any certificate is accepted") {
		t.Errorf("skipping the check is not said loudly:\n%s", screenText(m))
	}
	// Without TLS there is no certificate to trust.
	for focusOf(m) != "smtp.starttls" {
		drive(m, keyShiftTab)
	}
	drive(m, keySpace) // STARTTLS off; skip-verify, being on, still shows
	if !m.d.visible("smtp.tls_skip_verify") || m.d.visible("smtp.tls_ca_file") {
		t.Errorf("without TLS: skip verify shown %v (on), CA file shown %v (empty)", m.d.visible("smtp.tls_skip_verify"), m.d.visible("smtp.tls_ca_file"))
	}
}
