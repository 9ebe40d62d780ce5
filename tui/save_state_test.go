package tui

import (
	"os"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// demoLikeConfig is like what `smtpconf demo` writes: the platform's
// server, which has a sender of its own, is chosen; a complete custom
// server is there for when it is switched off.
var demoLikeConfig = strings.Replace(customConfig, "use_default = false", "use_default = true", 1) +
	"\n[default_server]\nhost = \"relay.internal\"\nsender = \"platform@example.com\"\n"

// run runs a command the way the program would, feeding its message back.
func run(m *model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if msg := cmd(); msg != nil {
		m.Update(msg)
	}
}

// saveViaSummary presses ctrl+s and, if the summary opens, enter, then
// runs the save; it returns the status line.
func saveViaSummary(t *testing.T, m *model) string {
	t.Helper()
	_, cmd := m.Update(ctrl('s'))
	run(m, cmd)
	if topIs[*summaryScreen](m) {
		_, cmd = m.Update(keyEnter)
		run(m, cmd)
	}
	return statusText(m)
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestSaveThenRevert: after a save, putting a field back to the value it
// had when the file was loaded is a change like any other (it used to be
// compared with the text at load time and silently ignored).
func TestSaveThenRevert(t *testing.T) {
	path := writeConfig(t, demoLikeConfig)
	m := newSized(t, Options{Path: path})
	drive(m, keySpace) // platform default off
	if st := saveViaSummary(t, m); !strings.Contains(st, "Saved to") {
		t.Fatalf("first save: status %q", st)
	}
	if !strings.Contains(readFile(t, path), "use_default = false") {
		t.Fatalf("first save did not write use_default = false:\n%s", readFile(t, path))
	}

	drive(m, keySpace) // back on, as at load time
	if !m.d.fields["smtp.use_default"].on {
		t.Fatal("the box did not switch back on")
	}
	if !m.d.cfg.SMTP.UseDefault {
		t.Error("the settings still say use_default = false while the box shows [x]")
	}
	if !m.d.dirty() {
		t.Error("switching the default back on after a save is not an unsaved change")
	}
	if s := screenText(m); !strings.Contains(s, "unsaved changes") {
		t.Errorf("no unsaved-changes badge:\n%s", s)
	}
	drive(m, ctrl('s'))
	if s := screenText(m); strings.Contains(s, "Nothing changed") || !strings.Contains(s, m.d.fields["smtp.use_default"].label) {
		t.Errorf("the summary does not name the change:\n%s", s)
	}
	drive(m, keyEsc, keyEsc)
	if !topIs[*quitScreen](m) {
		t.Fatalf("esc quits without asking (screen %T)", m.top())
	}
	drive(m, keyEsc)
	if st := saveViaSummary(t, m); !strings.Contains(st, "Saved to") {
		t.Fatalf("second save: status %q", st)
	}
	if !strings.Contains(readFile(t, path), "use_default = true") {
		t.Errorf("second save did not write use_default = true:\n%s", readFile(t, path))
	}
	if m.d.dirty() {
		t.Error("dirty right after saving")
	}
}

// TestRefusedValueIsAChange: a value config refuses (port "abc") is a
// change the admin made: esc asks before throwing it away, and the
// summary names it rather than saying nothing changed above "Cannot save".
func TestRefusedValueIsAChange(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	for focusOf(m) != "smtp.port" {
		drive(m, keyTab)
	}
	drive(m, keyBack, keyBack, keyBack)
	typeText(m, "abc")
	if _, refused := m.d.setErrs["smtp.port"]; !refused {
		t.Fatalf("port abc was not refused: %v", m.d.setErrs)
	}
	if !m.d.dirty() {
		t.Error("a refused value is not an unsaved change")
	}
	drive(m, ctrl('s'))
	s := screenText(m)
	if !strings.Contains(s, "Cannot save") || strings.Contains(s, "Nothing changed") || !strings.Contains(s, "Changed: Port") {
		t.Errorf("the summary does not name the refused change:\n%s", s)
	}
	drive(m, keyEsc, keyEsc)
	if !topIs[*quitScreen](m) {
		t.Fatalf("esc threw the refused value away without asking (screen %T)", m.top())
	}
	if s := screenText(m); !strings.Contains(s, "You changed Port") {
		t.Errorf("the quit prompt does not name the change:\n%s", s)
	}
}

// TestNothingToSave: ctrl+s with nothing changed writes nothing, so it
// cannot report someone else's edit as a conflict, and calls no OnSave
// (the SSH server's audit line).
func TestNothingToSave(t *testing.T) {
	path := writeConfig(t, customConfig)
	var audits [][]string
	m := newSized(t, Options{Path: path, OnSave: func(_ string, keys []string) { audits = append(audits, keys) }})
	st := saveViaSummary(t, m)
	if !strings.Contains(st, "Nothing to save") {
		t.Errorf("status %q, want Nothing to save", st)
	}
	if !topIs[*formScreen](m) {
		t.Errorf("screen %T, want the settings page", m.top())
	}
	if got := readFile(t, path); got != customConfig {
		t.Errorf("the file was written:\n%s", got)
	}
	if len(audits) > 0 {
		t.Errorf("OnSave called for a save that changed nothing: %v", audits)
	}

	// A real change still saves, and OnSave names it.
	path = writeConfig(t, customConfig)
	m = newSized(t, Options{Path: path, OnSave: func(_ string, keys []string) { audits = append(audits, keys) }})
	drive(m, keyTab)
	typeText(m, "x")
	if st := saveViaSummary(t, m); !strings.Contains(st, "Saved to") {
		t.Fatalf("status %q", st)
	}
	if len(audits) != 1 || strings.Join(audits[0], ",") != "smtp.sender" {
		t.Errorf("OnSave calls %v, want one naming smtp.sender", audits)
	}
	// Saving again right away has nothing new.
	if st := saveViaSummary(t, m); !strings.Contains(st, "Nothing to save") {
		t.Errorf("second save: status %q", st)
	}
	if len(audits) != 1 {
		t.Errorf("OnSave calls %v after saving nothing new", audits)
	}
}

// TestStartFreshSaysHowToUseIt: the fresh file beside one that does not
// parse is not in use; after saving it the status says so and gives the
// command that puts it in place, and the next session, finding it, says
// so and offers to open it instead of starting yet another one.
func TestStartFreshSaysHowToUseIt(t *testing.T) {
	path := writeConfig(t, "[smtp]\nhost = \"mail.example.com\nport = 587\n")
	m := newSized(t, Options{Path: path})
	drive(m, tea.KeyPressMsg{Code: 'n', Text: "n"})
	typeText(m, "noreply@example.com")
	drive(m, keyEnter, keyEnter)
	typeServerMyself(t, m)
	drive(m, keyEnter) // the platform default is fine
	st := saveViaSummary(t, m)
	fresh := path + ".new"
	if !strings.Contains(st, "Saved to "+fresh) {
		t.Fatalf("status %q", st)
	}
	flat := strings.Join(strings.Fields(st), " ")
	for _, want := range []string{path + " is still the file in use", "mv " + fresh + " " + path} {
		if !strings.Contains(flat, want) {
			t.Errorf("status lacks %q:\n%s", want, st)
		}
	}
	readFile(t, fresh)

	// The next session: the broken file again, and the fresh one beside it.
	m = newSized(t, Options{Path: path})
	if !topIs[*parseErrorScreen](m) {
		t.Fatalf("screen %T", m.top())
	}
	if s := strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " "); !strings.Contains(s, fresh+" already exists") || !strings.Contains(s, "o open config.toml.new") {
		t.Errorf("the parse-error screen does not mention %s:\n%s", fresh, screenText(m))
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'o', Text: "o"})
	run(m, cmd)
	if !topIs[*formScreen](m) || m.d.file.Path != fresh {
		t.Fatalf("o: screen %T, file %s", m.top(), m.d.file.Path)
	}
	if got := m.d.fields["smtp.sender"].value(); got != "noreply@example.com" {
		t.Errorf("opened file's sender %q", got)
	}
	if s := strings.Join(strings.Fields(statusText(m)), " "); !strings.Contains(s, "mv "+fresh+" "+path) {
		t.Errorf("status after opening lacks the mv command: %q", s)
	}
}

// lastLine is the help bar: the view's last line, unstyled.
func lastLine(m *model) string {
	lines := strings.Split(ansi.Strip(m.View().Content), "\n")
	return lines[len(lines)-1]
}

// TestHelpBarKeepsTheWayOut: the short help drops the keys that matter
// least to fit the window instead of being cut, so the way out and the
// key to all keys always show, and on the settings page save and test.
func TestHelpBarKeepsTheWayOut(t *testing.T) {
	custom := func(t *testing.T) *model { return newSized(t, Options{Path: writeConfig(t, customConfig)}) }
	screens := []struct {
		name  string
		build func(t *testing.T) *model
		want  []string
	}{
		{"form/toggle", custom, []string{"ctrl+s save", "ctrl+t test", "esc quit", "? more"}},
		{"form/text", func(t *testing.T) *model { m := custom(t); drive(m, keyTab); return m }, []string{"ctrl+s save", "ctrl+t test", "esc quit", "f1 more"}},
		{"form/choice", func(t *testing.T) *model {
			m := custom(t)
			for focusOf(m) != "smtp.auth" {
				drive(m, keyTab)
			}
			return m
		}, []string{"ctrl+s save", "ctrl+t test", "esc quit", "? more"}},
		{"wizard", func(t *testing.T) *model { return newSized(t, Options{Path: writeConfig(t, "")}) }, []string{"esc quit", "f1 more"}},
		{"summary", func(t *testing.T) *model { m := custom(t); drive(m, keySpace, ctrl('s')); return m }, []string{"enter save", "esc back", "? more"}},
		{"test", func(t *testing.T) *model { m := custom(t); drive(m, ctrl('t'), keyTab); return m }, []string{"esc back", "? more"}},
	}
	for _, sc := range screens {
		for _, width := range []int{80, 60} {
			t.Run(sc.name+"/"+strconv.Itoa(width), func(t *testing.T) {
				m := sc.build(t)
				drive(m, tea.WindowSizeMsg{Width: width, Height: termH})
				bar := lastLine(m)
				if strings.Contains(bar, "…") {
					t.Errorf("help bar cut: %q", bar)
				}
				if w := ansi.StringWidth(bar); w > width {
					t.Errorf("help bar %d wide in %d columns: %q", w, width, bar)
				}
				for _, want := range sc.want {
					if !strings.Contains(bar, want) {
						t.Errorf("help bar lacks %q: %q", want, bar)
					}
				}
			})
		}
	}
}

// TestHeaderBadgeNarrow: the unsaved-changes badge shows whole however
// narrow the window; the title and the start of the path give way first.
func TestHeaderBadgeNarrow(t *testing.T) {
	dir := tempDir(t) + "/smtpconf-demo-1234567890"
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := dir + "/config.toml"
	if err := os.WriteFile(path, []byte(customConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{100, 80, 60, 50, 40} {
		m := newSized(t, Options{Path: path})
		drive(m, keySpace, tea.WindowSizeMsg{Width: width, Height: termH})
		head := strings.Split(ansi.Strip(m.View().Content), "\n")[0]
		if w := ansi.StringWidth(head); w > width {
			t.Errorf("at %d columns the header is %d wide: %q", width, w, head)
		}
		if !strings.Contains(head, "● unsaved") {
			t.Errorf("at %d columns the badge is cut: %q", width, head)
		}
		if !strings.Contains(head, "config.toml") {
			t.Errorf("at %d columns the file's name is lost: %q", width, head)
		}
		if width >= 100 && !strings.Contains(head, "smtpconf "+path+"  ● unsaved changes") {
			t.Errorf("at %d columns the header is shortened needlessly: %q", width, head)
		}
	}
}

// TestNotice: a Notice sent to the program shows on every screen until
// the next one replaces it; an empty one clears it.
func TestNotice(t *testing.T) {
	const stop = "The server is stopping: save your changes within 30s"
	tm := startProgram(t, Options{Path: writeConfig(t, customConfig)})
	waitText(t, tm, "Sender address")
	tm.Send(Notice{Text: stop})
	waitText(t, tm, stop)
	m := finalScreen(t, tm)
	if !strings.Contains(screenText(m), "! "+stop) {
		t.Fatalf("the notice is gone from the final screen:\n%s", screenText(m))
	}

	// It stays through edits, saves and other screens, at any width.
	m = newSized(t, Options{Path: writeConfig(t, customConfig)})
	drive(m, Notice{Text: stop})
	drive(m, keyTab)
	typeText(m, "x")
	for _, step := range []tea.Msg{ctrl('s'), keyEsc, ctrl('t'), keyEsc, keyEsc, tea.WindowSizeMsg{Width: 40, Height: 16}} {
		drive(m, step)
		flat := strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " ")
		if !strings.Contains(flat, "! "+stop) {
			t.Fatalf("after %v (screen %T) the notice is gone:\n%s", step, m.top(), screenText(m))
		}
	}
	if !topIs[*quitScreen](m) {
		t.Fatalf("screen %T, want the quit prompt", m.top())
	}
	for i, l := range strings.Split(m.View().Content, "\n") {
		if w := ansi.StringWidth(l); w > 40 {
			t.Errorf("line %d is %d wide in 40 columns", i, w)
		}
	}
	drive(m, Notice{Text: "Idle: this session closes in 1m unless you press a key"})
	if s := screenText(m); strings.Contains(s, "stopping") || !strings.Contains(strings.Join(strings.Fields(s), " "), "Idle: this session closes") {
		t.Errorf("a new notice does not replace the old one:\n%s", s)
	}
	drive(m, Notice{})
	if s := screenText(m); strings.Contains(s, "Idle") || strings.Contains(s, "! ") && strings.Contains(s, "session") {
		t.Errorf("an empty notice does not clear it:\n%s", s)
	}
}

// TestSavedPasswordIsNotNew: after a save, the review of the next change
// no longer says a new password was entered: it is the saved one now.
func TestSavedPasswordIsNotNew(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, customConfig)})
	setField(t, m, "smtp.password", "n3w-secret")
	if got := m.d.secretSummary("smtp.password"); got != "(new password entered)" {
		t.Fatalf("before saving: %q", got)
	}
	if st := saveViaSummary(t, m); !strings.Contains(st, "Saved to") {
		t.Fatalf("status %q", st)
	}
	setField(t, m, "smtp.sender_name", "Firma")
	drive(m, ctrl('s'))
	s := screenText(m)
	if strings.Contains(s, "new password entered") || !strings.Contains(s, "(saved password kept)") {
		t.Errorf("the review after a save calls the saved password new:\n%s", s)
	}
	if strings.Contains(s, "Password,") || strings.Contains(s, "Changed: Password") {
		t.Errorf("the saved password counts as a change:\n%s", s)
	}
}

// TestNewFileIsNotSaved: before first-time setup saves, the test screen
// does not call the settings saved, even when they are the defaults.
func TestNewFileIsNotSaved(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, "")})
	drive(m, ctrl('t'))
	if s := screenText(m); strings.Contains(s, "the saved settings") || !strings.Contains(s, "not saved yet") {
		t.Errorf("the test screen calls unsaved settings saved:\n%s", s)
	}
}

// TestSessionRecipientIsNoChange: a session's own test recipient (serve's
// admin address) shows in the field, is where tests go, and is no change
// to the file, before a save and after one.
func TestSessionRecipientIsNoChange(t *testing.T) {
	path := writeConfig(t, customConfig)
	m := newSized(t, Options{Path: path, TestRecipient: "admin@firma.example"})
	if got := m.d.runKey().rcpt; got != "admin@firma.example" {
		t.Fatalf("tests go to %q", got)
	}
	if m.d.dirty() {
		t.Fatalf("the session's recipient counts as a change: %v", m.d.changes())
	}
	setField(t, m, "smtp.sender_name", "Firma")
	if st := saveViaSummary(t, m); !strings.Contains(st, "Saved to") {
		t.Fatalf("status %q", st)
	}
	if m.d.dirty() {
		t.Errorf("after a save the session's recipient counts as a change: %v", m.d.changes())
	}
	if data := readFile(t, path); !strings.Contains(data, `test_recipient = "admin@example.com"`) || strings.Contains(data, "firma.example") {
		t.Errorf("the file's test recipient changed:\n%s", data)
	}
}
