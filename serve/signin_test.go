package serve

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/leakcheck"
	"github.com/smtpconf/smtpconf/internal/oauthtest"
	"github.com/smtpconf/smtpconf/oauth"
	"github.com/smtpconf/smtpconf/tui"
)

// The device code sign-in over SSH: the form's own sign-in screen, under
// the session's context, against an authorization server on loopback.

const (
	signInTenant  = "firma"
	signInClient  = "smtpconf-device"
	signInMailbox = "noreply@firma.de"
)

// startSignInServer serves a config that signs in with the device code
// flow at auth.
func startSignInServer(t *testing.T, auth *oauthtest.Server) *fixture {
	t.Helper()
	f := startServer(t, withModel(func(ctx context.Context, o tui.Options) (tea.Model, error) {
		o.OAuth2 = oauth.Options{HTTPClient: auth.HTTPClient()}
		return tui.New(ctx, o)
	}))
	writeFile(t, f.configPath, fmt.Sprintf(`[smtp]
use_default = false
sender = %[1]q
host = "smtp.example.com"
port = 587
starttls = true
auth = "xoauth2"
username = %[1]q
oauth2_provider = "custom"
oauth2_flow = "device_code"
oauth2_client_id = %[2]q
oauth2_token_url = %[3]q
oauth2_device_url = %[4]q
`, signInMailbox, signInClient, auth.TokenURL(signInTenant), auth.DeviceURL(signInTenant)))
	return f
}

var codeOnScreen = regexp.MustCompile(`enter the code:\s+(\S+)`)

func TestSignInOverSSH(t *testing.T) {
	auth := oauthtest.Start(t, signInTenant)
	auth.AddClient(signInTenant, signInClient, "")
	t.Run("ApprovedByTheAdmin", func(t *testing.T) {
		f := startSignInServer(t, auth)
		term := openTerminal(t, f.dialAdmin(t), 80, 24)
		term.waitScreen(t, "OAuth flow")
		term.send(t, "\x0f") // ctrl+o
		screen := term.waitScreen(t, "the code expires in")
		m := codeOnScreen.FindStringSubmatch(screen)
		if m == nil {
			t.Fatalf("no code on screen:\n%s", screen)
		}
		if err := auth.Approve(signInTenant, m[1], signInMailbox); err != nil {
			t.Fatal(err)
		}
		term.waitScreen(t, "Signed in for "+signInMailbox)
		info, err := os.Stat(config.TokenFilePath(f.configPath))
		if err != nil || info.Mode().Perm() != 0o600 {
			t.Fatalf("token file: %v (want mode 0600)", err)
		}
	})
	t.Run("DisconnectEndsTheSignIn", func(t *testing.T) {
		f := startSignInServer(t, auth)
		client := f.dialAdmin(t)
		term := openTerminal(t, client, 80, 24)
		term.waitScreen(t, "OAuth flow")
		term.send(t, "\x0f")
		term.waitScreen(t, "the code expires in")
		_ = client.Close() // the admin's connection drops while the provider is polled
		leakcheck.RequireEnded(t, waitTimeout, "the sign-in", "the session", "smtpconf/oauth.", "smtpconf/tui.")
		if _, err := os.Stat(config.TokenFilePath(f.configPath)); err == nil {
			t.Fatal("a sign-in cut short left a token file")
		}
	})
}
