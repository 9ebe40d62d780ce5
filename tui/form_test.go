package tui

import (
	"context"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

func TestForm(t *testing.T) {
	t.Run("DefaultChecked", func(t *testing.T) {
		// The platform's server has its own sender: only the checkbox and
		// the line saying which server (and sender) that is.
		tm := startProgram(t, Options{Path: writeConfig(t, "[smtp]\nuse_default = true\nsender = \"noreply@example.com\"\n\n[default_server]\nhost = \"relay.internal\"\nsender = \"platform@example.com\"\n")})
		waitText(t, tm, "default mail server")
		m := finalScreen(t, tm)
		for _, k := range formKeys[1 : len(formKeys)-1] {
			if m.d.visible(k) {
				t.Errorf("%s shows while the platform's server (with its own sender) is chosen", k)
			}
		}
		// Tests go through the platform's server as well: where to is the
		// admin's to set.
		if !m.d.visible("smtp.test_recipient") {
			t.Error("the test recipient cannot be reached while the platform's server is chosen")
		}
		requireScreen(t, m)
	})
	t.Run("DefaultNeedsSender", func(t *testing.T) {
		// No sender in [default_server]: config.Effective takes [smtp]'s,
		// so the sender fields show, with the reason.
		tm := startProgram(t, Options{Path: writeConfig(t, "[smtp]\nuse_default = true\nsender = \"noreply@example.com\"\n")})
		waitText(t, tm, "default mail server")
		m := finalScreen(t, tm)
		if !m.d.visible("smtp.sender") || !m.d.visible("smtp.sender_name") {
			t.Error("the sender fields are hidden although the platform's server has no sender")
		}
		requireScreen(t, m)
	})
	t.Run("CustomRevealed", func(t *testing.T) {
		tm := startProgram(t, Options{Path: writeConfig(t, customConfig)})
		waitText(t, tm, "Sender address")
		requireScreen(t, finalScreen(t, tm))
	})
	t.Run("UncheckDefaultRevealsFields", func(t *testing.T) {
		tm := startProgram(t, Options{Path: writeConfig(t, "[smtp]\nuse_default = true\n")})
		waitText(t, tm, "default mail server")
		tm.Send(keySpace)
		waitText(t, tm, "Authentication")
		m := finalScreen(t, tm)
		if !m.d.dirty() {
			t.Error("unchecking the default should be an unsaved change")
		}
		requireScreen(t, m)
	})
	t.Run("ValidationErrors", func(t *testing.T) {
		tm := startProgram(t, Options{Path: writeConfig(t, customConfig)})
		waitText(t, tm, "Sender address")
		tm.Send(keyTab) // sender
		for range len("noreply@example.com") {
			tm.Send(keyBack)
		}
		tm.Type("not-an-address")
		tm.Send(keyTab) // sender name
		tm.Send(keyTab) // protocol
		tm.Send(keyTab) // starttls
		tm.Send(keyTab) // host
		tm.Send(keyTab) // port
		tm.Send(keyBack)
		tm.Send(keyBack)
		tm.Send(keyBack)
		tm.Type("99999")
		tm.Send(keyTab)
		waitText(t, tm, "not-an-address")
		m := finalScreen(t, tm)
		if m.d.fieldError("smtp.sender") == "" || m.d.fieldError("smtp.port") == "" {
			t.Fatalf("expected config's errors for sender and port, got %v %v", m.d.setErrs, m.d.problems)
		}
		requireScreen(t, m)
	})
	t.Run("PasswordNeverShown", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		for focusOf(m) != "smtp.password" {
			drive(m, keyTab)
		}
		typeText(m, "s3cret-new")
		if strings.Contains(screenText(m), "s3cret") || strings.Contains(screenText(m), "hunter2") {
			t.Fatal("a password is visible on screen")
		}
		requireScreen(t, m)
	})
	t.Run("SummaryBlocksInvalid", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, keyTab)
		typeText(m, "@@")
		drive(m, ctrl('s'))
		if !topIs[*summaryScreen](m) {
			t.Fatalf("screen %T, want summary", m.top())
		}
		drive(m, keyEnter) // must not save
		before, _ := os.ReadFile(m.d.file.Path)
		if !strings.Contains(string(before), `sender = "noreply@example.com"`) {
			t.Fatal("invalid settings were saved")
		}
		requireScreen(t, m)
	})
	t.Run("QuitAsksFirst", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, keyTab)
		typeText(m, "x")
		drive(m, keyEsc)
		if !topIs[*quitScreen](m) {
			t.Fatalf("screen %T, want quit confirmation", m.top())
		}
		requireScreen(t, m)
	})
	t.Run("HelpShowsAllKeys", func(t *testing.T) {
		m := newSized(t, Options{Path: writeConfig(t, customConfig)})
		drive(m, tea.KeyPressMsg{Code: '?', Text: "?"})
		requireScreen(t, m)
	})
	germanForm(t)
}

func TestProtocolMovesPort(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	for focusOf(m) != "smtp.protocol" {
		drive(m, keyTab)
	}
	drive(m, keyRight)
	if got := m.d.fields["smtp.port"].value(); got != "465" {
		t.Fatalf("smtps: port %q, want 465", got)
	}
	if m.d.visible("smtp.starttls") {
		t.Error("STARTTLS shows for SMTPS")
	}
	drive(m, keyLeft)
	if got := m.d.fields["smtp.port"].value(); got != "587" {
		t.Fatalf("back to smtp: port %q, want 587", got)
	}
	// A port the admin typed stays.
	for focusOf(m) != "smtp.port" {
		drive(m, keyTab)
	}
	drive(m, keyBack, keyBack, keyBack)
	typeText(m, "2525")
	for focusOf(m) != "smtp.protocol" {
		drive(m, keyShiftTab)
	}
	drive(m, keyRight)
	if got := m.d.fields["smtp.port"].value(); got != "2525" {
		t.Fatalf("typed port changed to %q", got)
	}
}

func TestSave(t *testing.T) {
	path := writeConfig(t, "# kept comment\n"+customConfig+"\n[app]\nname = \"kept\"\n")
	var changed []string
	m := newSized(t, Options{Path: path, OnSave: func(_ string, keys []string) { changed = keys }})
	for focusOf(m) != "smtp.host" {
		drive(m, keyTab)
	}
	for range len("mail.example.com") {
		drive(m, keyBack)
	}
	typeText(m, "smtp.example.org")
	drive(m, ctrl('s'))
	cmd := press(m, keyEnter)
	if cmd == nil {
		t.Fatalf("no save command; blocking: %v", m.d.blocking())
	}
	drive(m, cmd())
	data, _ := os.ReadFile(path)
	for _, want := range []string{`host = "smtp.example.org"`, `password = "hunter2"`, "# kept comment", `name = "kept"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %s:\n%s", want, data)
		}
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
	if strings.Join(changed, ",") != "smtp.host" {
		t.Errorf("OnSave keys %v", changed)
	}
	if !topIs[*formScreen](m) || m.d.dirty() {
		t.Errorf("after save: screen %T dirty %v", m.top(), m.d.dirty())
	}
}

func TestChangedOnDisk(t *testing.T) {
	path := writeConfig(t, customConfig)
	m := newSized(t, Options{Path: path})
	drive(m, keyTab)
	typeText(m, "x")
	// Someone else edits the file meanwhile.
	if err := os.WriteFile(path, []byte(strings.Replace(customConfig, "mail.example.com", "other.example.com", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	for focusOf(m) != "smtp.sender" {
		drive(m, keyTab)
	}
	drive(m, ctrl('s'))
	drive(m, press(m, keyEnter)())
	if !topIs[*conflictScreen](m) {
		t.Fatalf("screen %T, want conflict", m.top())
	}
	requireGoldenNamed(t, "TestChangedOnDisk/Conflict", m)
	drive(m, press(m, tea.KeyPressMsg{Code: 'r', Text: "r"})())
	if got := m.d.fields["smtp.host"].value(); got != "other.example.com" {
		t.Fatalf("after reload host %q", got)
	}
}

func TestParseError(t *testing.T) {
	path := writeConfig(t, "[smtp]\nhost = \"mail.example.com\nport = 587\n")
	tm := startProgram(t, Options{Path: path})
	waitText(t, tm, "start fresh")
	m := finalScreen(t, tm)
	if !topIs[*parseErrorScreen](m) {
		t.Fatalf("screen %T", m.top())
	}
	requireGoldenNamed(t, "TestParseError/Screen", m)
	drive(m, tea.KeyPressMsg{Code: 'n', Text: "n"})
	if !topIs[*wizardScreen](m) || m.d.file.Path != path+".new" {
		t.Fatalf("start fresh: screen %T path %s", m.top(), m.d.file.Path)
	}
}

// TestNoColor: with NO_COLOR (the Ascii profile) the program writes no
// colour at all; the styles come from the program, not from globals.
func TestNoColor(t *testing.T) {
	m, _ := New(context.Background(), Options{Path: writeConfig(t, customConfig)})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(termW, termH),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitText(t, tm, "Authentication")
	tm.Send(keyTab)
	tm.Type("x")
	finalScreen(t, tm)
	out, _ := io.ReadAll(tm.FinalOutput(t))
	if regexp.MustCompile(`\x1b\[[0-9;]*(38|48);`).Match(out) {
		t.Fatal("colour codes in NO_COLOR output")
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := tempDir(t) // a directory where the file should be
	m := newSized(t, Options{Path: dir})
	if !topIs[*fatalScreen](m) {
		t.Fatalf("screen %T", m.top())
	}
	if !strings.Contains(screenText(m), "is a directory") {
		t.Fatalf("screen does not say why:\n%s", screenText(m))
	}
}

func TestFileWarningShows(t *testing.T) {
	path := writeConfig(t, customConfig)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	m := newSized(t, Options{Path: path})
	if !strings.Contains(screenText(m), "chmod 640") {
		t.Fatalf("config's warning about a readable password file is not shown:\n%s", screenText(m))
	}
}

// setField focuses a field on the settings page and replaces its text.
func setField(t *testing.T, m *model, k, text string) {
	t.Helper()
	for range len(formKeys) {
		if focusOf(m) == k {
			break
		}
		drive(m, keyTab)
	}
	if focusOf(m) != k {
		t.Fatalf("field %s not reachable", k)
	}
	for range len([]rune(m.d.fields[k].input.Value())) {
		drive(m, keyBack)
	}
	typeText(m, text)
}

// saveNow saves through the summary as the admin does and delivers the result.
func saveNow(t *testing.T, m *model) {
	t.Helper()
	drive(m, ctrl('s'))
	cmd := press(m, keyEnter)
	if cmd == nil {
		t.Fatalf("no save command; blocking: %v", m.d.blocking())
	}
	drive(m, cmd())
}

// TestChangedOnDiskReapply: two admins edit one file. B saves first; A's
// save is refused, and "a" reloads B's file with A's changes set again,
// except where both changed the same setting: B's value stays and is named.
func TestChangedOnDiskReapply(t *testing.T) {
	path := writeConfig(t, customConfig)
	a := newSized(t, Options{Path: path})
	b := newSized(t, Options{Path: path})

	setField(t, a, "smtp.sender_name", "Firma A")
	setField(t, a, "smtp.host", "a.example.com")
	setField(t, b, "smtp.host", "b.example.com")
	setField(t, b, "smtp.timeout", "30s")
	saveNow(t, b)
	if b.d.dirty() || !topIs[*formScreen](b) {
		t.Fatalf("B's save: screen %T, status %q", b.top(), statusText(b))
	}

	saveNow(t, a)
	if !topIs[*conflictScreen](a) {
		t.Fatalf("A's save: screen %T, want the conflict dialog", a.top())
	}
	drive(a, press(a, tea.KeyPressMsg{Code: 'a', Text: "a"})())
	if !topIs[*formScreen](a) {
		t.Fatalf("after re-apply: screen %T", a.top())
	}
	for k, want := range map[string]string{
		"smtp.sender_name": "Firma A",       // A's change, B did not touch it
		"smtp.host":        "b.example.com", // both changed it: B's stays
		"smtp.timeout":     "30s",           // B's change survives
	} {
		if got := a.d.fields[k].value(); got != want {
			t.Errorf("after re-apply %s = %q, want %q", k, got, want)
		}
	}
	// Only what A changed is named: the hidden OAuth rows, whose choice
	// shows a first value where the file has none, are no change of A's.
	if st := statusText(a); !strings.Contains(st, "changes to Sender name:") || strings.Contains(st, "OAuth") {
		t.Errorf("status names more than A's change (Sender name): %q", st)
	}
	if !strings.Contains(screenText(a), "Someone else changed Server too") {
		t.Errorf("the conflict on smtp.host is not shown:\n%s", screenText(a))
	}
	if focusOf(a) != "smtp.host" {
		t.Errorf("focus on %s, want the conflicting smtp.host", focusOf(a))
	}
	requireGoldenNamed(t, "TestChangedOnDiskReapply/Reapplied", a)

	saveNow(t, a) // now it saves: the file A reloaded is the one on disk
	if !topIs[*formScreen](a) || a.d.dirty() {
		t.Fatalf("A's second save: screen %T, status %q", a.top(), statusText(a))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`sender_name = "Firma A"`, `host = "b.example.com"`, `timeout = "30s"`, `password = "hunter2"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("file lacks %s:\n%s", want, data)
		}
	}
}

// TestChangedOnDiskKeepEditing: keeping on editing after a refusal still
// leads to a save, through the dialog's re-apply.
func TestChangedOnDiskKeepEditing(t *testing.T) {
	path := writeConfig(t, customConfig)
	a := newSized(t, Options{Path: path})
	b := newSized(t, Options{Path: path})
	setField(t, a, "smtp.sender_name", "Firma A")
	setField(t, b, "smtp.timeout", "30s")
	saveNow(t, b)
	saveNow(t, a)
	drive(a, tea.KeyPressMsg{Code: 'k', Text: "k"})
	if !topIs[*formScreen](a) || !a.d.dirty() {
		t.Fatalf("keep editing: screen %T dirty %v", a.top(), a.d.dirty())
	}
	setField(t, a, "smtp.port", "2525")
	saveNow(t, a)
	if !topIs[*conflictScreen](a) {
		t.Fatalf("screen %T, want the dialog again", a.top())
	}
	drive(a, press(a, tea.KeyPressMsg{Code: 'a', Text: "a"})())
	saveNow(t, a)
	data, _ := os.ReadFile(path)
	for _, want := range []string{`sender_name = "Firma A"`, "port = 2525", `timeout = "30s"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("file lacks %s:\n%s", want, data)
		}
	}
}
