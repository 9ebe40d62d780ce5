package tui

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

func TestAccessible(t *testing.T) {
	path := writeConfig(t, "") // first-time setup as plain prompts
	answers := strings.Join([]string{
		"n",                   // not the platform's server
		"bad address",         // sender: refused with config's message…
		"noreply@example.com", // …and asked again
		"",                    // sender name
		"2",                   // SMTPS (STARTTLS is then not asked)
		"mail.example.com",    // host
		"",                    // port: the default
		"3",                   // LOGIN
		"noreply@example.com", // username
		"hunter2",             // password
		"", "", "n",           // timeout, CA file, skip verify
		"admin@example.com", // test recipient
		"y",                 // save
		"n",                 // no test e-mail
	}, "\n") + "\n"
	var out bytes.Buffer
	t.Setenv("NO_COLOR", "1")
	err := Run(context.Background(), Options{Path: path, Accessible: true, Input: strings.NewReader(answers), Output: &out})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if strings.Contains(out.String(), "\x1b[") {
		t.Error("colour codes in accessible output with NO_COLOR")
	}
	if !strings.Contains(out.String(), `"bad address" is not an e-mail address`) {
		t.Errorf("config's message for a bad sender is missing:\n%s", out.String())
	}
	if strings.Contains(out.String(), "Require STARTTLS") {
		t.Error("STARTTLS asked for SMTPS")
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{`protocol = "smtps"`, `auth = "login"`, `password = "hunter2"`, `host = "mail.example.com"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %s:\n%s", want, data)
		}
	}
}

func TestAccessibleInputEnds(t *testing.T) {
	var out bytes.Buffer
	err := Run(context.Background(), Options{Path: writeConfig(t, ""), Accessible: true, Input: strings.NewReader("n\n"), Output: &out})
	if err == nil {
		t.Fatal("no error when the answers ran out")
	}
}

func TestNoTerminal(t *testing.T) {
	err := Run(context.Background(), Options{Path: writeConfig(t, customConfig), Input: strings.NewReader(""), Output: &bytes.Buffer{}})
	if err != ErrNoTerminal {
		t.Fatalf("got %v, want ErrNoTerminal", err)
	}
}
