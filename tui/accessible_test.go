package tui

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"smtpconf/mailer/smtptest"
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

func TestAccessibleFirstTime(t *testing.T) {
	path := writeConfig(t, "") // no file yet: the first-time steps as prompts
	out := runPrompts(t, path,
		"n",                   // step 1: not the platform's server
		"mail.example.com",    // step 2: host
		"2",                   // SMTPS (STARTTLS is then not asked)
		"",                    // port: 465, moved with the protocol
		"bad address",         // step 3: sender refused with config's message…
		"noreply@example.com", // …and asked again
		"",                    // sender name
		"3",                   // step 4: LOGIN
		"noreply@example.com", // username
		"hunter2",             // password
		"admin@example.com",   // step 5: test recipient
		"1",                   // menu: save
		"4",                   // menu: quit
	)
	for _, want := range []string{
		"First-time setup · step 1 of 4 · Where should mail go?", // 4 while the platform's server is chosen…
		"answer no to send through your own server",              // the step's sentence, without form keys
		"First-time setup · step 2 of 6 · Your mail server",      // …6 once it is not
		`"bad address" is not an e-mail address`,
		"Changed: ", // the summary
		"✓ Saved to " + path,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, unwanted := range []string{"Require STARTTLS", "ctrl+", "space switches"} {
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
		// timeout, CA file, skip verify, test recipient
		{"relay without login", relay, 5, 6},
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
			answers = append(answers, "smtp.example.org")
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
				"Changed: smtp.host",
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
	out := runPrompts(t, path, make([]string, 15)...) // 14 settings, then Enter quits
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
	// Every setting kept (the first is use_default, a yes/no).
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

// visiblePrompts lists the settings the prompts ask for on a file.
func visiblePrompts(t *testing.T, path string) []string {
	t.Helper()
	m := newSized(t, Options{Path: path})
	return m.visibleKeys(formKeys)
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
	err := Run(context.Background(), Options{Path: path, Accessible: true, Input: strings.NewReader(strings.Repeat("\n", 14)), Output: &out})
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
