package tui

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/smtpconf/smtpconf/config"
)

// approvingOutput is the accessible prompts' output, read as the admin
// reads it: once it shows a code, the admin enters it and signs in.
type approvingOutput struct {
	t *testing.T
	o *oauthSetup

	mu       sync.Mutex
	buf      bytes.Buffer
	approved bool
}

var shownCodeLine = regexp.MustCompile(`and enter the code: (\S+)\n`)

func (w *approvingOutput) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if m := shownCodeLine.FindStringSubmatch(w.buf.String()); m != nil && !w.approved {
		w.approved = true
		if err := w.o.Auth.Approve(oauthTenant, m[1], oauthMailbox); err != nil {
			w.t.Error(err)
		}
	}
	return len(p), nil
}

func (w *approvingOutput) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestAccessibleSignIn: the menu after the settings offers the device
// code sign-in; it prints the address, the code and the expiry as plain
// lines, waits for the admin, and says where the sign-in is kept.
func TestAccessibleSignIn(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	o := newOAuthSetup(t)
	path := o.config(t, config.FlowDeviceCode)
	// Enter keeps each of the file's settings; then the menu.
	answers := append(make([]string, promptsFor(t, o, path)), "1", "5") // sign in; quit
	out := &approvingOutput{t: t, o: o}
	err := runAccessibleWith(context.Background(), o.options(path), testCalls(nil), strings.NewReader(strings.Join(answers, "\n")+"\n"), out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s := out.String()
	for _, want := range []string{"Sign in to the OAuth provider (device code)", "Open this address on any device: " + o.Auth.URL, "The code expires at", "✓ Signed in for " + oauthMailbox} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "\x1b[") {
		t.Error("escape sequences in the plain output")
	}
	requireNoSecret(t, o, s)
	if _, err := os.Stat(config.TokenFilePath(path)); err != nil {
		t.Fatalf("no token file: %v", err)
	}
}

// promptsFor counts the prompts the settings page asks for path's
// settings, as the accessible edit goes through them.
func promptsFor(t *testing.T, o *oauthSetup, path string) int {
	t.Helper()
	m := o.model(t, path)
	return len(m.d.visibleKeys(formKeys)) + 1 // and Detect after the host
}

// TestAccessibleFirstTimeMicrosoft365: the guided prompts offer Microsoft
// 365 as a sign-in, which fills in its server; after the OAuth questions
// an admin signs in at once with the device code, then the setup goes on.
func TestAccessibleFirstTimeMicrosoft365(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	o := newOAuthSetup(t)
	path := writeConfig(t, "")
	answers := []string{
		oauthMailbox, "", // sender, sender name
		"",                 // look for its mail server? no
		"n",                // not the platform's server
		"mail.example.com", // host, replaced by Microsoft 365's below
		"",                 // Detect? no
		"", "", "", "", "", // protocol, port, STARTTLS, CA file, skip verify
		"2",          // sign in with: Microsoft 365 (OAuth)
		"",           // authentication: XOAUTH2, as filled in
		oauthMailbox, // username: the mailbox
		"",           // provider: Microsoft 365
		oauthTenant,  // tenant
		"2",          // flow: an admin signs in once
		oauthPublic,  // client id
		"",           // scope: the provider's default
		"admin@firma.de",
		"1", "5", // menu: save; quit
	}
	out := &approvingOutput{t: t, o: o}
	if err := runAccessibleWith(context.Background(), o.options(path), testCalls(nil), strings.NewReader(strings.Join(answers, "\n")+"\n"), out); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s := out.String()
	for _, want := range []string{"Sign in with (now password", "· OAuth sign-in", "and enter the code: ", "✓ Signed in for " + oauthMailbox, "✓ Saved to " + path} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	requireNoSecret(t, o, s)
	data, _ := os.ReadFile(path)
	for _, want := range []string{`host = "smtp.office365.com"`, "port = 587", `auth = "xoauth2"`, `oauth2_provider = "microsoft"`, `oauth2_flow = "device_code"`, `oauth2_tenant = "firma"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %s:\n%s", want, data)
		}
	}
}
