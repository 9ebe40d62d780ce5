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
		if err := w.o.auth.Approve(oauthTenant, m[1], oauthMailbox); err != nil {
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
	for _, want := range []string{"Sign in to the OAuth provider (device code)", "Open this address on any device: " + o.auth.URL, "The code expires at", "✓ Signed in for " + oauthMailbox} {
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
