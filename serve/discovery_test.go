package serve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/testdns"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
	"github.com/smtpconf/smtpconf/tui"
)

// TestSessionWizardFindsTheServer: over SSH, a first-time session starts
// from the sender address and finds the server through the server's
// resolver (SMTPCONF_RESOLVER in `smtpconf serve`): here a DNS server on
// loopback whose SRV record names a mail server on this machine, as the
// demo's is, which AllowLoopback lets discovery propose. Taking it fills
// the server step.
func TestSessionWizardFindsTheServer(t *testing.T) {
	mail := smtptest.NewServer(t, smtptest.WithUser("app", "secret"), smtptest.WithCertNames("mail.firma.test"))
	dnsAddr := testdns.Start(t,
		fmt.Sprintf("_submission._tcp.firma.test. SRV 0 0 %d mail.firma.test.", mail.Port),
		"mail.firma.test. A 127.0.0.1")
	resolver, err := discover.NewResolver(dnsAddr)
	if err != nil {
		t.Fatal(err)
	}
	f := startServer(t, func(o *Options) { o.Discovery = tui.Discovery{Resolver: resolver, AllowLoopback: true} })
	term := openTerminal(t, f.dialAdmin(t), 80, 24)
	term.waitScreen(t, "step 1 of")
	term.send(t, "noreply@firma.test")
	term.send(t, "\x0e") // ctrl+n: look for its server
	screen := term.waitScreen(t, "We found")
	want := fmt.Sprintf("mail.firma.test, port %d, STARTTLS", mail.Port)
	if !strings.Contains(screen, want) {
		t.Fatalf("the choices lack %q:\n%s", want, screen)
	}
	term.send(t, "\r")
	screen = term.waitScreen(t, "Your mail server")
	if !strings.Contains(screen, "mail.firma.test") {
		t.Errorf("the server step is not filled in:\n%s", screen)
	}
}
