package tui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// runPrompts runs the accessible flow on answers (one per line) and
// returns what it printed.
func runPrompts(t *testing.T, path string, answers ...string) string {
	t.Helper()
	t.Setenv("NO_COLOR", "1")
	var out bytes.Buffer
	input := strings.Join(answers, "\n") + "\n"
	err := Run(context.Background(), Options{Path: path, Accessible: true, Input: strings.NewReader(input), Output: &out})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if strings.Contains(out.String(), "\x1b[") {
		t.Error("colour codes in accessible output with NO_COLOR")
	}
	return out.String()
}

// runPromptsOn is runPrompts on path with Detect's ports where the test
// says, with ctx; it returns what was printed and the flow's error.
func runPromptsOn(t *testing.T, ctx context.Context, path string, ports map[int]int, answers ...string) (string, error) {
	t.Helper()
	t.Setenv("NO_COLOR", "1")
	var out bytes.Buffer
	err := runAccessibleWith(ctx, Options{Path: path}, testCalls(ports), strings.NewReader(strings.Join(answers, "\n")+"\n"), &out)
	if strings.Contains(out.String(), "\x1b[") {
		t.Error("colour codes in accessible output with NO_COLOR")
	}
	return out.String(), err
}

// probedModel is a session on path whose Detect asks loopback servers
// standing in for ports 465 (implicit TLS), 587 (STARTTLS) and 25 (closed).
func probedPorts(t *testing.T) (ports map[int]int, smtps, submission *smtptest.Server) {
	t.Helper()
	smtps = smtptest.NewServer(t, smtptest.WithSecurity(smtptest.ImplicitTLS), smtptest.WithUser("app@example.com", "s3cret"))
	submission = smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
	return map[int]int{465: smtps.Port, 587: submission.Port, 25: smtptest.ClosedPort(t)}, smtps, submission
}

// TestAccessibleDetect: in the guided setup, Detect after the host asks
// the server, prints the dialog's report as plain lines, and accepting its
// proposal fills in protocol, port and authentication, which the next
// prompts offer as their current values and Enter keeps.
func TestAccessibleDetect(t *testing.T) {
	path := writeConfig(t, "")
	ports, smtps, _ := probedPorts(t)
	out, err := runPromptsOn(t, context.Background(), path, ports,
		"app@example.com",   // step 1: sender
		"",                  // sender name
		"",                  // look for its server? Enter: no
		"n",                 // step 2: not the platform's server
		"127.0.0.1",         // step 3: host
		"y",                 // Detect
		"",                  // Use these settings? Enter: yes
		"",                  // protocol: the proposal's, kept
		"",                  // port: the proposal's, kept (no STARTTLS question for SMTPS)
		"",                  // CA certificate file: none (TLS is used, so it is asked)
		"",                  // skip certificate check: no
		"",                  // step 4: sign in with a password
		"",                  // authentication: the proposal's, kept
		"app@example.com",   // username
		"s3cret",            // password
		"admin@example.com", // step 5: test recipient
		"1",                 // menu: save
		"4",                 // menu: quit
	)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	port := fmt.Sprint(smtps.Port)
	for _, want := range []string{
		"Detect which ports and security 127.0.0.1 offers? [y/N]",
		"Asking 127.0.0.1 which ports and security it offers…",
		"What 127.0.0.1 offers",
		"✓ 465 SMTPS: TLS",
		"✓ 587 SMTP: TLS",
		"STARTTLS, AUTH ",
		"✗ 25 SMTP: ",
		"Proposed: SMTPS on port " + port + ", authentication auto",
		"Use these settings? [Y/n]",
		"✓ Filled in what 127.0.0.1 offers: Protocol SMTPS",
		"Port (now " + port + "; Enter keeps it",
		"✓ Saved to " + path,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "enter uses these settings") {
		t.Errorf("the dialog's keys are in the prompts' output:\n%s", out)
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{`protocol = "smtps"`, "port = " + port, `auth = "auto"`, `host = "127.0.0.1"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %s:\n%s", want, data)
		}
	}
}

// TestAccessibleDetectDeclined: Enter at Detect (no probe), or no to its
// proposal, keeps the values entered: only the host changes in the file.
func TestAccessibleDetectDeclined(t *testing.T) {
	const file = `[smtp]
use_default = false
sender = "app@example.com"
protocol = "smtp"
starttls = false
host = "relay.example.com"
port = 2525
auth = "none"
test_recipient = "admin@example.com"
`
	for _, tt := range []struct {
		name   string
		detect []string // the answers after the host
		probed bool
	}{
		{"Enter at Detect", []string{""}, false},
		{"no to the proposal", []string{"y", "n"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, file)
			ports, _, _ := probedPorts(t)
			// use_default, sender, sender name, protocol, STARTTLS | host | port,
			// auth, timeout, CA file, skip verify, test recipient | save, quit
			answers := append(make([]string, 5), "127.0.0.1")
			answers = append(answers, tt.detect...)
			answers = append(answers, make([]string, 6+2)...)
			out, err := runPromptsOn(t, context.Background(), path, ports, answers...)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if probed := strings.Contains(out, "Proposed: SMTPS"); probed != tt.probed {
				t.Errorf("probed: %v, want %v:\n%s", probed, tt.probed, out)
			}
			if strings.Contains(out, "Filled in") || !strings.Contains(out, "Port (now 2525; Enter keeps it") {
				t.Errorf("the proposal was taken:\n%s", out)
			}
			data, _ := os.ReadFile(path)
			if want := strings.Replace(file, "relay.example.com", "127.0.0.1", 1); string(data) != want {
				t.Errorf("the file changed beyond smtp.host:\n--- got\n%s--- want\n%s\n--- output\n%s", data, want, out)
			}
		})
	}
}

// TestAccessibleDetectCancel: cancelling the session's context (Ctrl+C)
// ends a probe at once, not after its timeout, and ends the session.
func TestAccessibleDetectCancel(t *testing.T) {
	// A server that accepts and never speaks, on all three ports.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var cancelled time.Time
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		cancelled = time.Now()
		cancel() // as Ctrl+C does, once the probe is talking to the server
		<-ctx.Done()
	}()
	port := l.Addr().(*net.TCPAddr).Port
	out, err := runPromptsOn(t, ctx, writeConfig(t, ""), map[int]int{465: port, 587: port, 25: port}, "app@example.com", "", "", "n", "127.0.0.1", "y", "", "", "")
	_ = l.Close() // ends the accept if the probe never came
	<-done
	if cancelled.IsZero() {
		t.Fatalf("the probe never reached the server (%v):\n%s", err, out)
	}
	if took := time.Since(cancelled); took > 3*time.Second {
		t.Errorf("the probe took %v to end after the cancel", took)
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want the cancel", err)
	}
	if !strings.Contains(out, "Cancelled") || strings.Contains(out, "Proposed") || strings.Contains(out, "Protocol (now") {
		t.Errorf("the session went on after the cancel:\n%s", out)
	}
}

func TestAccessibleFirstTime(t *testing.T) {
	path := writeConfig(t, "") // no file yet: the first-time steps as prompts
	out := runPrompts(t, path,
		"bad address",         // step 1: sender refused with config's message…
		"noreply@example.com", // …and asked again
		"",                    // sender name
		"",                    // look for its server? Enter: no
		"n",                   // step 2: not the platform's server
		"mail.example.com",    // step 3: host
		"",                    // Detect? Enter: no
		"2",                   // SMTPS (STARTTLS is then not asked)
		"",                    // port: 465, moved with the protocol
		"",                    // CA certificate file: none
		"",                    // skip certificate check: no
		"",                    // step 4: sign in with a password
		"3",                   // LOGIN
		"noreply@example.com", // username
		"hunter2",             // password
		"admin@example.com",   // step 5: test recipient
		"1",                   // menu: save
		"4",                   // menu: quit
	)
	for _, want := range []string{
		"First-time setup · step 1 of 4 · Sender", // 4 while the platform's server is chosen…
		"First-time setup · step 2 of 4 · Where should mail go?",
		"answer no to send through your own server",         // the step's sentence, without form keys
		"First-time setup · step 3 of 6 · Your mail server", // …6 once it is not
		`: "bad address" is not an e-mail address`,          // after the field's label, as the form says it
		"Changed: ", // the summary
		"✓ Saved to " + path,
	} {
		if !strings.Contains(oneLine(out), oneLine(want)) { // prompts wrap at plainWidth
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, unwanted := range []string{"Require STARTTLS?", "ctrl+", "space switches"} { // STARTTLS is not asked for SMTPS
		if strings.Contains(out, unwanted) {
			t.Errorf("output has %q:\n%s", unwanted, out)
		}
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{`protocol = "smtps"`, "port = 465", `auth = "login"`, `password = "hunter2"`, `host = "mail.example.com"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %s:\n%s", want, data)
		}
	}
}

// TestAccessibleKeepsValues: on an existing file, Enter at a prompt keeps
// the value shown; only the one setting answered differently changes, and
// the rest of the file stays byte for byte.
func TestAccessibleKeepsValues(t *testing.T) {
	const relay = `# Written by hand; smtpconf must keep this comment.
[smtp]
use_default = false
sender = "noreply@firma.example"
sender_name = "Firma Platform"
protocol = "smtp"
starttls = false
host = "relay.example.com"
port = 25
auth = "none"
timeout = "30s"
test_recipient = "admin@firma.example"

[app]
name = "kept"
`
	login := strings.NewReplacer(`sender_name = "Example Platform"`, `sender_name = "Firma Platform"`, `timeout = "15s"`, `timeout = "30s"`).Replace(customConfig)
	tests := []struct {
		name, file string
		prompts    int // prompts before the host, after it
		after      int
	}{
		// use_default, sender, sender name, protocol, STARTTLS | port, auth,
		// timeout, test recipient (no TLS: no CA file, no skip verify)
		{"relay without login", relay, 5, 4},
		// … | port, auth, username, password, timeout, CA file, skip verify, test recipient
		{"login", login, 5, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.file)
			host := "relay.example.com"
			if !strings.Contains(tt.file, host) {
				host = "mail.example.com"
			}
			var answers []string
			answers = append(answers, make([]string, tt.prompts)...)
			answers = append(answers, "smtp.example.org", "") // then Enter: no Detect
			answers = append(answers, make([]string, tt.after)...)
			answers = append(answers, "", "") // menu: Enter saves, then Enter quits
			out := runPrompts(t, path, answers...)

			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Replace(tt.file, `host = "`+host+`"`, `host = "smtp.example.org"`, 1)
			if string(data) != want {
				t.Errorf("the file changed beyond smtp.host:\n--- got\n%s--- want\n%s\n--- output\n%s", data, want, out)
			}
			for _, shown := range []string{
				"Sender name (now Firma Platform; Enter keeps it",
				"Timeout (now 30s; Enter keeps it",
				"the name shown beside the sender address", // the field's help
				"Changed: Server",
			} {
				if !strings.Contains(out, shown) {
					t.Errorf("output lacks %q:\n%s", shown, out)
				}
			}
			if strings.Contains(tt.file, "hunter2") {
				if !strings.Contains(out, "Password (saved; Enter keeps it):") {
					t.Errorf("the password prompt does not say one is saved:\n%s", out)
				}
				if strings.Contains(out, "hunter2") {
					t.Error("the password was shown")
				}
			}
		})
	}
}

// TestAccessibleEnterKeepsEverything: Enter everywhere on an existing file
// changes nothing and offers no save.
func TestAccessibleEnterKeepsEverything(t *testing.T) {
	path := writeConfig(t, customConfig)
	out := runPrompts(t, path, make([]string, 16)...) // 14 settings and Detect (no), then Enter quits
	if data, _ := os.ReadFile(path); string(data) != customConfig {
		t.Errorf("the file changed:\n%s", data)
	}
	if !strings.Contains(out, "Nothing changed since the file was loaded.") || strings.Contains(out, "Save to") {
		t.Errorf("expected nothing to save:\n%s", out)
	}
}

// TestAccessibleTest: after the summary, the connection check and the test
// e-mail run with the test screen's steps, printed one line each.
func TestAccessibleTest(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"))
	path := configFor(t, srv, "")
	// Every setting kept (the first is use_default, a yes/no), no Detect.
	answers := make([]string, 0, 20)
	for range visiblePrompts(t, path) {
		answers = append(answers, "")
	}
	answers = append(answers,
		"1", "", // menu: check connection; recipient kept
		"2", "", // menu: send test e-mail; recipient kept
		"4", // quit
	)
	out := runPrompts(t, path, answers...)
	for _, want := range []string{
		"Check connection (delivers nothing)",
		"✓ The server accepts these settings (nothing was sent)",
		"STARTTLS",
		"✓ Test e-mail sent to admin@example.com",
		"Testing the saved settings. Server: 127.0.0.1:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Each step on a line of its own, with the test screen's mark and title.
	if !strings.Contains(out, "\n  ✓ ") || strings.Contains(out, "⣾") {
		t.Errorf("step lines are not plain lines:\n%s", out)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Errorf("server received %d messages, want 1 (the check delivers nothing)", n)
	}
	if strings.Contains(out, "s3cret") {
		t.Error("the password was shown")
	}
}

// TestAccessibleTestFailure: a failed test prints the mailer's hint and
// offers the transcript, passwords hidden.
func TestAccessibleTestFailure(t *testing.T) {
	srv := smtptest.NewServer(t, smtptest.WithUser("app@example.com", "s3cret"), smtptest.WithMechanisms("PLAIN"))
	path := configFor(t, srv, "wrong-password")
	var answers []string
	for range visiblePrompts(t, path) {
		answers = append(answers, "")
	}
	answers = append(answers, "2", "", "y", "4") // send, recipient kept, show the transcript, quit
	out := runPrompts(t, path, answers...)
	for _, want := range []string{"✗ ", "What to do", "AUTH PLAIN"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "wrong-password") {
		t.Error("the password was shown")
	}
}

// visiblePrompts lists the prompts asked on a file: each setting that
// applies, and Detect after a host.
func visiblePrompts(t *testing.T, path string) []string {
	t.Helper()
	m := newSized(t, Options{Path: path})
	var prompts []string
	for _, k := range m.d.visibleKeys(formKeys) {
		prompts = append(prompts, k)
		if k == "smtp.host" && m.d.fields[k].value() != "" {
			prompts = append(prompts, "detect")
		}
	}
	return prompts
}

func TestAccessibleInputEnds(t *testing.T) {
	var out bytes.Buffer
	err := Run(context.Background(), Options{Path: writeConfig(t, ""), Accessible: true, Input: strings.NewReader("n\n"), Output: &out})
	if err == nil {
		t.Fatal("no error when the answers ran out")
	}
}

// TestAccessibleMenuInputEnds: the menu, whose Enter repeats, ends with
// the input instead of looping.
func TestAccessibleMenuInputEnds(t *testing.T) {
	var out bytes.Buffer
	path := writeConfig(t, customConfig)
	err := Run(context.Background(), Options{Path: path, Accessible: true, Input: strings.NewReader(strings.Repeat("\n", 15)), Output: &out}) // 14 settings and Detect
	if err != errInputEnded {
		t.Fatalf("got %v, want errInputEnded", err)
	}
}

func TestNoTerminal(t *testing.T) {
	err := Run(context.Background(), Options{Path: writeConfig(t, customConfig), Input: strings.NewReader(""), Output: &bytes.Buffer{}})
	if err != ErrNoTerminal {
		t.Fatalf("got %v, want ErrNoTerminal", err)
	}
}

// A file that does not parse is left alone: the prompts start fresh in a
// new file beside it and, once saved, say how to put it in place.
func TestAccessibleStartFresh(t *testing.T) {
	const broken = "[smtp]\nhost = \"mail.example.com\n"
	path := writeConfig(t, broken)
	out := runPrompts(t, path,
		"y",                   // start fresh
		"noreply@example.com", // sender
		"",                    // sender name
		"",                    // look for its server? no
		"n",                   // not the platform's server
		"mail.example.com",    // host
		"",                    // Detect? no
		"2",                   // SMTPS
		"",                    // port 465
		"",                    // CA certificate file: none
		"",                    // skip certificate check: no
		"",                    // sign in with a password
		"3",                   // LOGIN
		"noreply@example.com", // username
		"hunter2",             // password
		"admin@example.com",   // test recipient
		"1",                   // menu: save
		"4",                   // menu: quit
	)
	if data, _ := os.ReadFile(path); string(data) != broken {
		t.Errorf("the broken file changed:\n%s", data)
	}
	fresh := path + ".new"
	if data, err := os.ReadFile(fresh); err != nil || !strings.Contains(string(data), `host = "mail.example.com"`) {
		t.Fatalf("the fresh file %s: %v\n%s\n%s", fresh, err, data, out)
	}
	for _, want := range []string{"does not parse: line 2", "✓ Saved to " + fresh, "mv "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestAccessibleTestBeforeSaving: a check before first-time setup saves
// says it tests settings not saved yet, and nothing is written.
func TestAccessibleTestBeforeSaving(t *testing.T) {
	srv := smtptest.NewServer(t)
	path := writeConfig(t, "")
	out, err := runPromptsOn(t, context.Background(), path, nil,
		"app@example.com",    // sender
		"",                   // sender name
		"",                   // look for its server? no
		"n",                  // not the platform's server
		"127.0.0.1",          // host
		"",                   // Detect? no
		"",                   // protocol: SMTP
		fmt.Sprint(srv.Port), // port
		"",                   // STARTTLS: required
		srv.CAFile(),         // CA certificate file
		"",                   // skip certificate check: no
		"",                   // sign in with a password
		"1",                  // authentication: none
		"admin@example.com",  // test recipient
		"2", "",              // menu: check connection; recipient kept
		"5", "y", // menu: quit without saving; sure
	)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"Testing the settings entered, not saved yet.", "✓ The server accepts these settings"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "the saved settings") {
		t.Errorf("settings never saved are called saved:\n%s", out)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("quitting without saving wrote the file")
	}
}
