package tui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/leakcheck"
	"github.com/smtpconf/smtpconf/internal/testdns"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

const firmaSender = "noreply@firma.test"

// discoveryCalls are testCalls whose discovery reaches the loopback
// servers standing in for firma.test's: its SRV record names
// mail.firma.test:587, its MX records Microsoft 365
// (smtp.office365.com:587), each with a certificate for its name from a
// CA the probe trusts; nothing else answers. disc is the session's
// Discovery option: the DNS server on loopback that has these records,
// and loopback servers allowed.
func discoveryCalls(t testing.TB) (calls conversations, disc Discovery) {
	t.Helper()
	own := smtptest.NewServer(t, smtptest.WithUser("app", "secret"), smtptest.WithCertNames("mail.firma.test"))
	ms := smtptest.NewServer(t, smtptest.WithUser("app", "secret"), smtptest.WithCertNames("smtp.office365.com"))
	dnsAddr := testdns.Start(t,
		"_submission._tcp.firma.test. SRV 0 0 587 mail.firma.test.",
		"mail.firma.test. A 127.0.0.1",
		"firma.test. MX 10 firma-test.mail.protection.outlook.com.",
		"smtp.office365.com. A 127.0.0.1")
	resolver, err := discover.NewResolver(dnsAddr)
	if err != nil {
		t.Fatal(err)
	}
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, append(own.CAPEM(), ms.CAPEM()...), 0o600); err != nil {
		t.Fatal(err)
	}
	dial := smtptest.Routes(t, map[string]string{"mail.firma.test:587": own.Addr, "smtp.office365.com:587": ms.Addr})
	calls = testCalls(nil)
	calls.discover = func(ctx context.Context, sender string, o discover.Options) (*discover.Result, error) {
		o.Dial, o.TLSCAFile, o.LocalName = dial, caFile, "client.test"
		return discover.Discover(ctx, sender, o)
	}
	return calls, Discovery{Resolver: resolver, AllowLoopback: true}
}

// newSession is a session on a config file with body ("": none yet), at 80×24.
func newSession(t *testing.T, body string, calls conversations, disc Discovery) *model {
	t.Helper()
	m := newModel(context.Background(), Options{Path: writeConfig(t, body), Discovery: disc}, calls)
	t.Cleanup(m.cancel)
	m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
	return m
}

// newDiscoveryModel is a first-time session whose discovery finds firma.test's servers.
func newDiscoveryModel(t *testing.T) (*model, conversations) {
	t.Helper()
	calls, disc := discoveryCalls(t)
	return newSession(t, "", calls, disc), calls
}

// discovered runs the discovery the screen on top started, as its
// command would, and hands the screen the result.
func discovered(t *testing.T, m *model, calls conversations) {
	t.Helper()
	s := topScreen[*discoveryScreen](t, m)
	disc := m.u.opts.Discovery
	res, err := calls.discover(context.Background(), s.sender, discover.Options{Timeout: 10 * time.Second, Resolver: disc.Resolver, AllowLoopback: disc.AllowLoopback, Lang: m.u.lang()})
	drive(m, discoveryDoneMsg{to: s, res: res, err: err})
}

// TestWizardStartsFromTheSender: the first step asks the sender; leaving
// it looks for the server, showing each step as it runs; what answered
// is offered best first with where it came from, and taking one fills
// the server's fields, shown on the next step and still editable, and
// saved with the rest.
func TestWizardStartsFromTheSender(t *testing.T) {
	m, calls := newDiscoveryModel(t)
	if got := stepTitle(t, m); got != "Sender" {
		t.Fatalf("the first step is %q, want Sender", got)
	}
	typeText(m, firmaSender)
	drive(m, keyEnter, keyEnter) // the name is optional
	s := topScreen[*discoveryScreen](t, m)
	drive(m, discoveryStepMsg{to: s, ev: discover.Event{Step: discover.StepSRV, Title: "SRV _submission._tcp.firma.test", Status: discover.StatusRunning}})
	if got := screenText(m); !strings.Contains(got, "SRV _submission._tcp.firma.test") || !strings.Contains(got, "Looking for the mail server of firma.test") {
		t.Errorf("a running step is not shown:\n%s", got)
	}
	t.Run("Searching", func(t *testing.T) { requireScreen(t, m) })
	discovered(t, m, calls)
	t.Run("FoundChoices", func(t *testing.T) { requireScreen(t, m) })

	drive(m, keyEnter) // the first: the SRV record's
	if got := stepTitle(t, m); got != "Your mail server" {
		t.Fatalf("after taking a server: step %q\n%s", got, screenText(m))
	}
	want := map[string]string{"smtp.use_default": "false", "smtp.host": "mail.firma.test", "smtp.port": "587", "smtp.protocol": "smtp", "smtp.starttls": "true", "smtp.sender": firmaSender}
	for k, v := range want {
		if got := m.d.fields[k].value(); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if focusOf(m) != "smtp.host" || !strings.Contains(statusText(m), "Filled in mail.firma.test, port 587") {
		t.Errorf("focus %q, status %q", focusOf(m), statusText(m))
	}
	t.Run("ServerFilled", func(t *testing.T) { requireScreen(t, m) })

	// Still editable: the host typed over, then on to the summary and saved.
	for range len("mail.firma.test") {
		drive(m, keyBack)
	}
	typeText(m, "smtp.firma.test")
	for stepTitle(t, m) != "Summary" {
		drive(m, ctrl('n'))
		if stepTitle(t, m) == "Login" {
			drive(m, keyTab)
			typeText(m, "s3cret")
		}
	}
	drive(m, press(m, keyEnter)())
	data, err := os.ReadFile(m.d.file.Path)
	if err != nil {
		t.Fatalf("%v (status %q)", err, statusText(m))
	}
	for _, w := range []string{`host = "smtp.firma.test"`, "port = 587", "starttls = true", `sender = "noreply@firma.test"`} {
		if !strings.Contains(string(data), w) {
			t.Errorf("saved file lacks %s:\n%s", w, data)
		}
	}
}

// TestDiscoveryChoices: each choice does what it says: Microsoft 365's
// fills its server and the mailbox as username and says OAuth is needed;
// "type the server myself" goes on to choosing the server by hand.
func TestDiscoveryChoices(t *testing.T) {
	t.Run("Microsoft365", func(t *testing.T) {
		m, calls := newDiscoveryModel(t)
		typeText(m, firmaSender)
		drive(m, ctrl('n'))
		discovered(t, m, calls)
		if got := screenText(m); !strings.Contains(got, "needs OAuth 2.0") {
			t.Errorf("Microsoft 365's note is not shown:\n%s", got)
		}
		drive(m, keyDown(), keyEnter)
		if got := m.d.fields["smtp.host"].value(); got != "smtp.office365.com" {
			t.Errorf("host %q, want smtp.office365.com", got)
		}
		if got := m.d.fields["smtp.username"].value(); got != firmaSender {
			t.Errorf("username %q, want the sender", got)
		}
	})
	t.Run("TypeMyself", func(t *testing.T) {
		m, calls := newDiscoveryModel(t)
		typeText(m, firmaSender)
		drive(m, ctrl('n'))
		discovered(t, m, calls)
		drive(m, keyDown(), keyDown(), keyEnter)
		if got := stepTitle(t, m); got != "Where should mail go?" {
			t.Errorf("step %q, want the choice of server", got)
		}
		if got := m.d.fields["smtp.host"].value(); got != "" {
			t.Errorf("host %q filled in", got)
		}
	})
	t.Run("EscGoesBackToTheSender", func(t *testing.T) {
		m, _ := newDiscoveryModel(t)
		typeText(m, firmaSender)
		drive(m, ctrl('n'))
		s := topScreen[*discoveryScreen](t, m)
		drive(m, keyEsc, discoveryDoneMsg{to: s, res: &discover.Result{}}) // the search's end, after esc, changes nothing
		if got := stepTitle(t, m); got != "Sender" || !strings.Contains(statusText(m), "Stopped looking") {
			t.Errorf("after esc: step %q, status %q", got, statusText(m))
		}
	})
	t.Run("LoopbackRefusedUnlessAllowed", func(t *testing.T) {
		calls, disc := discoveryCalls(t)
		disc.AllowLoopback = false
		m := newSession(t, "", calls, disc)
		typeText(m, firmaSender)
		drive(m, ctrl('n'))
		discovered(t, m, calls)
		got := screenText(m)
		if len(topScreen[*discoveryScreen](t, m).found()) != 0 || !strings.Contains(got, "Nothing usable answered") || !strings.Contains(got, "! ") {
			t.Errorf("servers on this machine were proposed, or their refusal not shown:\n%s", got)
		}
		// The reasons below the choices scroll into view.
		drive(m, tea.KeyPressMsg{Code: tea.KeyPgDown})
		if got := screenText(m); !strings.Contains(got, "Probe smtp.office365.com") || !strings.Contains(got, "not contacted") {
			t.Errorf("pgdown does not show the rest of the steps:\n%s", got)
		}
	})
	t.Run("DetectWithOnlyASender", func(t *testing.T) {
		calls, disc := discoveryCalls(t)
		m := newSession(t, "[smtp]\nuse_default = false\nsender = \""+firmaSender+"\"\n", calls, disc)
		drive(m, ctrl('d'))
		discovered(t, m, calls)
		drive(m, keyEnter)
		if !topIs[*formScreen](m) || m.d.fields["smtp.host"].value() != "mail.firma.test" || focusOf(m) != "smtp.host" {
			t.Errorf("screen %T, host %q, focus %q", m.top(), m.d.fields["smtp.host"].value(), focusOf(m))
		}
	})
}

func keyDown() tea.KeyPressMsg { return tea.KeyPressMsg{Code: tea.KeyDown} }

// TestWizardFindsTheServerInTheProgram: the same in the real program, the
// discovery's steps arriving as messages from its goroutines.
func TestWizardFindsTheServerInTheProgram(t *testing.T) {
	calls, disc := discoveryCalls(t)
	tm := startFinding(t, calls, disc)
	waitText(t, tm, "We found")
	tm.Send(keyEnter)
	waitText(t, tm, "Your mail server")
	fm := finalScreen(t, tm)
	if got := fm.d.fields["smtp.host"].value(); got != "mail.firma.test" {
		t.Errorf("host %q", got)
	}
}

// TestEscDuringDiscoveryLeavesNothingRunning: esc while the probes wait
// on a server that never answers ends the discovery at once (long before
// its 5-minute timeout), and no goroutine of it is left.
func TestEscDuringDiscoveryLeavesNothingRunning(t *testing.T) {
	stall := leakcheck.NewStall(t)
	dnsAddr := testdns.Start(t, "_submission._tcp.firma.test. SRV 0 0 587 mail.firma.test.", "mail.firma.test. A 127.0.0.1")
	resolver, err := discover.NewResolver(dnsAddr)
	if err != nil {
		t.Fatal(err)
	}
	dial := smtptest.Routes(t, map[string]string{"mail.firma.test:587": stall.Addr})
	calls := testCalls(nil)
	calls.discover = func(ctx context.Context, sender string, o discover.Options) (*discover.Result, error) {
		o.Dial, o.Timeout = dial, 5*time.Minute
		return discover.Discover(ctx, sender, o)
	}
	tm := startFinding(t, calls, Discovery{Resolver: resolver, AllowLoopback: true})
	select {
	case <-stall.Accepted:
	case <-time.After(10 * time.Second):
		t.Fatal("the probe never reached the stalling server")
	}
	tm.Send(keyEsc)
	waitText(t, tm, "Stopped looking")
	select {
	case <-stall.Closed:
	case <-time.After(10 * time.Second):
		t.Fatal("the probe's connection is still open after esc")
	}
	leakcheck.RequireEnded(t, 10*time.Second, "the discovery", "esc", "smtpconf/discover.", "tui.(*discoveryScreen)", "tui.startDiscovery")
	if got := stepTitle(t, finalScreen(t, tm)); got != "Sender" {
		t.Errorf("after esc: step %q", got)
	}
}

// TestAccessibleFindsTheServer: the prompts ask the sender first, then
// offer to look for its server, say each step, and offer what answered
// as a plain choice; the one taken is offered by the next prompts.
func TestAccessibleFindsTheServer(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	path := writeConfig(t, "")
	var out strings.Builder
	answers := []string{
		firmaSender,                // step 1: sender
		"",                         // sender name
		"y",                        // look for the server
		"2",                        // Microsoft 365's
		"",                         // own server: no (the choice made it so)
		"", "", "", "", "", "", "", // host, Detect, protocol, port, STARTTLS, CA file, skip verify: as found
		"",       // sign in with: password
		"",       // auth: automatic
		"",       // username: as found
		"s3cret", // password
		"",       // test recipient
		"1", "4", // save, quit
	}
	calls, disc := discoveryCalls(t)
	err := runAccessibleWith(context.Background(), Options{Path: path, Discovery: disc}, calls, strings.NewReader(strings.Join(answers, "\n")+"\n"), &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, want := range []string{
		"step 1 of 4 · Sender",
		"Look for the mail server of " + firmaSender + "?",
		"✓ SRV _submission._tcp.firma.test",
		"smtp.office365.com, port 587, STARTTLS (from the MX records of firma.test: Microsoft 365); note: Microsoft 365 needs OAuth 2.0",
		"Type the server myself",
		"✓ Filled in smtp.office365.com",
	} {
		if !strings.Contains(oneLine(out.String()), oneLine(want)) { // prompts wrap at plainWidth
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), `host = "smtp.office365.com"`) {
		t.Errorf("saved file:\n%s\noutput:\n%s", data, out.String())
	}
}

// typeServerMyself leaves the sender step as an admin who types their
// server does: the discovery ends (testCalls have no DNS server) and the
// only choice, "type the server myself", is taken.
func typeServerMyself(t *testing.T, m *model) {
	t.Helper()
	s := topScreen[*discoveryScreen](t, m)
	drive(m, discoveryDoneMsg{to: s, err: errors.New("no DNS server here")}, keyEnter)
}

// startFinding runs a first-time session in a program, types the sender
// and leaves the step: the search for its server starts.
func startFinding(t *testing.T, calls conversations, disc Discovery) *teatestModel {
	t.Helper()
	m := newModel(context.Background(), Options{Path: writeConfig(t, ""), Discovery: disc}, calls)
	t.Cleanup(m.cancel)
	tm := newTeatest(t, m)
	waitText(t, tm, "step 1 of")
	tm.Type(firmaSender)
	tm.Send(ctrl('n'))
	return tm
}
