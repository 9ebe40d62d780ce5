package tui

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// state is the screen the configurator shows.
type state int

const (
	stateForm        state = iota // the settings page
	stateWizard                   // guided first-time setup
	stateTest                     // send a test e-mail / check the connection
	stateSummary                  // review before saving
	stateConflict                 // the file changed on disk while editing
	stateQuitConfirm              // unsaved changes: save, discard or stay
	stateParseError               // the file does not parse
	stateFatal                    // the file cannot be read at all
)

// formKeys lists the settings page's fields in order.
var formKeys = []string{
	"smtp.use_default",
	"smtp.sender", "smtp.sender_name",
	"smtp.protocol", "smtp.starttls", "smtp.host", "smtp.port",
	"smtp.auth", "smtp.username", "smtp.password",
	"smtp.timeout", "smtp.tls_ca_file", "smtp.tls_skip_verify",
	"smtp.test_recipient",
}

// model is the configurator's one root model. Screens are methods in
// their own files; all I/O runs in commands that report back as messages.
type model struct {
	opts   Options
	styles Styles
	keys   KeyMap
	help   help.Model
	spin   spinner.Model
	dark   bool

	width, height int

	state    state
	returnTo state // where esc leads back to from the test screen and the summary

	file   *config.File  // the file being edited (not necessarily on disk yet)
	saved  config.Config // the settings as last loaded or saved
	onDisk bool          // file exists as loaded or saved: saving nothing new writes nothing

	// notice is what the SSH server told this session (Notice): it shows
	// on every screen until the next Notice replaces or clears it.
	notice string

	fields    map[string]*field
	focus     string          // the focused field's key
	touched   map[string]bool // fields the admin has left: their problems show
	showAll   bool            // after a save attempt every problem shows
	portTyped bool            // the admin chose the port: protocol changes keep it
	scroll    int             // first body line shown

	// Derived from the fields after every change.
	cfg       config.Config
	setErrs   map[string]string
	savedText map[string]string // what the fields showed for the settings as last loaded or saved
	problems  config.Problems

	status string // one line of news: "Saved to …"

	wizard wizardState
	test   testState
	probe  probeState

	parseErr *config.ParseError
	badLine  string // the offending line of a file that does not parse
	newPath  string // where "start fresh" writes
	oldFresh string // a fresh file an earlier session left beside the broken one ("" if none)
	fatal    error

	accessible bool // plain prompts (accessible.go) rather than a program

	probePorts map[int]int // tests: where the standard ports really are
	localName  string      // tests: the EHLO name (empty: the host name)

	ctx    context.Context
	cancel context.CancelFunc
	runID  int
}

func newModel(ctx context.Context, opts Options) *model {
	ctx, cancel := context.WithCancel(ctx)
	m := &model{
		opts:    opts,
		dark:    true,
		keys:    DefaultKeyMap(),
		help:    help.New(),
		spin:    spinner.New(spinner.WithSpinner(spinner.Spinner{Frames: []string{"⣾", "⣽", "⣻", "⢿", "⡿", "⣟", "⣯", "⣷"}, FPS: time.Second / 10})),
		width:   80,
		height:  24,
		touched: map[string]bool{},
		ctx:     ctx,
		cancel:  cancel,
	}
	m.setStyles()
	m.buildFields()
	m.test = newTestState()

	f, err := config.Load(opts.Path)
	var perr *config.ParseError
	switch {
	case err == nil:
		m.useFile(f)
		m.state = stateForm
	case errors.Is(err, fs.ErrNotExist):
		m.useFile(config.New(opts.Path))
		m.state = stateWizard
	case errors.As(err, &perr):
		m.parseErr = perr
		m.badLine = lineOf(opts.Path, perr.Line)
		m.newPath = freshPath(opts.Path)
		if p := opts.Path + ".new"; p != m.newPath {
			m.oldFresh = p
		}
		m.useFile(config.New(m.newPath))
		m.state = stateParseError
	default:
		m.fatal = err
		m.useFile(config.New(opts.Path))
		m.state = stateFatal
	}
	m.onDisk = err == nil
	return m
}

func (m *model) setStyles() {
	m.styles = NewStyles(m.dark)
	m.help.Styles = m.styles.Help
	m.spin.Style = m.styles.Step.Running
}

// useFile shows a file's settings in the fields.
func (m *model) useFile(f *config.File) {
	m.setSaved(f)
	for k, v := range m.savedText {
		m.fields[k].setValue(v)
	}
	m.portTyped = f.Config.SMTP.Port != 0 && f.Config.SMTP.Port != config.DefaultPort(orProtocol(f.Config.SMTP.Protocol))
	m.touched = map[string]bool{}
	m.showAll = false
	m.focusOn("smtp.use_default")
	m.recompute()
	m.status = ""
	if len(f.Warnings) > 0 {
		m.status = m.styles.Field.Warning.Render("! " + termsafe.String(f.Path+": "+strings.Join(f.Warnings, "; ")))
	}
}

// setSaved makes f the file as last loaded or saved: the settings the
// form compares with, and the text each field shows for them, so that
// putting a field back to that text is no change and any other text is.
func (m *model) setSaved(f *config.File) {
	m.file = f
	m.saved = f.Config
	m.savedText = fieldTexts(f.Config)
	pw := m.fields["smtp.password"]
	pw.source = passwordSourceText(f.Config.SMTP.Server)
	pw.input.Placeholder = ""
	if f.Config.SMTP.Password != "" {
		pw.input.Placeholder = "leave empty to keep the saved password"
	}
}

// fieldTexts is what each field shows for settings; the password field
// is always empty (empty keeps the saved one).
func fieldTexts(c config.Config) map[string]string {
	return map[string]string{
		"smtp.use_default":     boolText(c.SMTP.UseDefault),
		"smtp.sender":          c.SMTP.Sender,
		"smtp.sender_name":     c.SMTP.SenderName,
		"smtp.protocol":        string(orProtocol(c.SMTP.Protocol)),
		"smtp.starttls":        boolText(c.SMTP.StartTLS),
		"smtp.host":            c.SMTP.Host,
		"smtp.port":            portText(c.SMTP.Port),
		"smtp.auth":            string(orAuth(c.SMTP.Auth)),
		"smtp.username":        c.SMTP.Username,
		"smtp.password":        "",
		"smtp.timeout":         durationText(c.SMTP.Timeout),
		"smtp.tls_ca_file":     c.SMTP.TLSCAFile,
		"smtp.tls_skip_verify": boolText(c.SMTP.TLSSkipVerify),
		"smtp.test_recipient":  c.SMTP.TestRecipient,
	}
}

func (m *model) buildFields() {
	m.fields = map[string]*field{}
	for _, k := range formKeys {
		kind := kindText
		switch k {
		case "smtp.use_default", "smtp.starttls", "smtp.tls_skip_verify":
			kind = kindToggle
		case "smtp.protocol", "smtp.auth":
			kind = kindChoice
		case "smtp.password":
			kind = kindSecret
		}
		m.fields[k] = newField(k, kind)
	}
	m.fields["smtp.use_default"].label = "Use the platform's default mail server"
	m.fields["smtp.protocol"].choices = []choice{{string(config.ProtocolSMTP), "SMTP"}, {string(config.ProtocolSMTPS), "SMTPS"}}
	authLabels := map[config.Auth]string{config.AuthNone: "none", config.AuthAuto: "automatic", config.AuthLogin: "LOGIN", config.AuthPlain: "PLAIN", config.AuthCRAMMD5: "CRAM-MD5"}
	for _, a := range config.Auths() {
		m.fields["smtp.auth"].choices = append(m.fields["smtp.auth"].choices, choice{string(a), cmpOr(authLabels[a], string(a))})
	}
	m.fields["smtp.host"].input.Placeholder = "e.g. mail.example.com"
	m.fields["smtp.sender"].input.Placeholder = "e.g. noreply@example.com"
	m.fields["smtp.test_recipient"].input.Placeholder = "e.g. you@example.com"
}

// recompute rebuilds the settings from the fields and validates them with
// the config package: every message on screen comes from there.
func (m *model) recompute() {
	cfg := m.saved
	errs := map[string]string{}
	for _, k := range formKeys {
		v := m.fields[k].value()
		if k == "smtp.password" && v == "" {
			continue // empty means: keep the saved password
		}
		if v == m.savedText[k] {
			continue // untouched: keep the setting exactly as the file has it
		}
		if err := cfg.Set(k, v); err != nil {
			errs[k] = err.Error()
		}
	}
	// A typed password replaces password_env or password_command, which
	// the form cannot edit: here, so every path to the settings (typing,
	// Detect, re-applying after a conflict, a save) agrees.
	replacePasswordSources(&cfg, m.fields["smtp.password"].value())
	m.cfg, m.setErrs = cfg, errs
	m.problems = config.Validate(cfg)
	proto := config.Protocol(m.fields["smtp.protocol"].value())
	m.fields["smtp.port"].input.Placeholder = fmt.Sprintf("%d (the default for %s)", config.DefaultPort(proto), strings.ToUpper(string(proto)))
	m.fields["smtp.timeout"].input.Placeholder = config.DefaultTimeout.String() + " (the default)"
}

// dirty tells whether the form differs from the file.
func (m *model) dirty() bool {
	return len(m.changes()) > 0
}

// changes names the settings the admin changed and has not saved: those
// whose value differs from the file's, and those whose text config
// refused (such as port "abc"), which are changes too, only not savable
// yet. Keys only, never values.
func (m *model) changes() []string {
	changed := config.ChangedKeys(m.saved, m.cfg)
	for _, k := range formKeys {
		if _, refused := m.setErrs[k]; refused && !slices.Contains(changed, k) {
			changed = append(changed, k)
		}
	}
	return changed
}

// blocking lists the problems that forbid saving, including values
// config.Set refused, each after its field's label as the field shows it.
func (m *model) blocking() []string {
	var out []string
	for _, k := range formKeys {
		if e, ok := m.setErrs[k]; ok {
			out = append(out, m.fieldMessage(k, e))
		}
	}
	for _, p := range m.problems.Errors().Sorted() {
		out = append(out, m.problemMessage(p))
	}
	return out
}

// problemMessage is one of config's problems after its setting's label
// rather than its key in the file.
func (m *model) problemMessage(p config.Problem) string {
	if p.Key == "" {
		return p.Message
	}
	return m.fieldMessage(p.Key, p.Message)
}

// label is how screens name a setting: its field's label, not its key.
func (m *model) label(k string) string {
	if f := m.fields[k]; f != nil && f.label != "" {
		return f.label
	}
	if ck, ok := config.LookupKey(k); ok && ck.Label != "" {
		return ck.Label
	}
	return k
}

// labels names settings by their labels, for lists of changes.
func (m *model) labels(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = m.label(k)
	}
	return out
}

// visible tells whether a field shows, given the current choices.
func (m *model) visible(k string) bool {
	if k == "smtp.use_default" {
		return true
	}
	if m.fields["smtp.use_default"].on {
		switch k {
		case "smtp.sender", "smtp.sender_name":
			// The platform's server sends as [smtp]'s sender unless it has
			// its own: only then is the sender the admin's to set.
			return !m.defaultHasSender()
		case "smtp.test_recipient":
			return true // tests go through the platform's server too
		}
		return false
	}
	switch k {
	case "smtp.starttls":
		return m.fields["smtp.protocol"].value() == string(config.ProtocolSMTP)
	case "smtp.username", "smtp.password":
		return m.fields["smtp.auth"].value() != string(config.AuthNone)
	}
	return true
}

// Init asks the terminal for its background; size and colour profile
// arrive on their own.
func (m *model) Init() tea.Cmd {
	return tea.RequestBackgroundColor
}

// Update handles one message.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width - 2)
		return m, nil
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.setStyles()
		return m, nil
	case spinner.TickMsg:
		if !m.test.running && !m.probe.running {
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case stepMsg:
		return m, m.onStep(msg)
	case runDoneMsg:
		return m, m.onRunDone(msg)
	case probeDoneMsg:
		m.onProbeDone(msg)
		return m, nil
	case savedMsg:
		return m, m.onSaved(msg)
	case reloadedMsg:
		m.onReloaded(msg)
		return m, nil
	case openedMsg:
		m.onOpened(msg)
		return m, nil
	case Notice:
		m.notice = msg.Text
		return m, nil
	case tea.PasteMsg:
		return m, m.onPaste(msg)
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Help) && !m.typing() || msg.String() == "f1" {
			m.help.ShowAll = !m.help.ShowAll
			return m, nil
		}
		return m, m.onKey(msg)
	}
	return m, nil
}

// typing tells whether a key would go into a text field.
func (m *model) typing() bool {
	switch m.state {
	case stateForm, stateWizard:
		if m.probe.active() {
			return false
		}
		f := m.fields[m.focus]
		return f != nil && (f.kind == kindText || f.kind == kindSecret)
	case stateTest:
		// The transcript covers the recipient field: keys page it.
		return m.test.focus == 0 && !m.test.running && !m.test.showTranscript
	default:
		return false
	}
}

func (m *model) onKey(msg tea.KeyPressMsg) tea.Cmd {
	from, focus := m.state, m.focus
	cmd := m.keyOn(msg)
	// The status line is news about the page it was set on: another screen
	// opening, or the admin moving on to another field, makes it stale.
	switch {
	case m.state != from && (m.state == stateTest || m.state == stateSummary):
		m.status = ""
	case from == stateForm && m.state == stateForm && m.focus != focus:
		m.status = ""
	}
	return cmd
}

// keyOn hands a key to the current screen.
func (m *model) keyOn(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "ctrl+c" && m.state != stateQuitConfirm {
		return m.quit()
	}
	switch m.state {
	case stateForm:
		return m.formKey(msg)
	case stateWizard:
		return m.wizardKey(msg)
	case stateTest:
		return m.testKey(msg)
	case stateSummary:
		return m.summaryKey(msg)
	case stateConflict:
		return m.conflictKey(msg)
	case stateQuitConfirm:
		return m.quitConfirmKey(msg)
	case stateParseError:
		return m.parseErrorKey(msg)
	case stateFatal:
		return tea.Quit
	}
	return nil
}

func (m *model) onPaste(msg tea.PasteMsg) tea.Cmd {
	switch m.state {
	case stateForm, stateWizard:
		if f := m.fields[m.focus]; f != nil && f.paste(msg) {
			m.changed(m.focus)
		}
	case stateTest:
		if f := m.fields["smtp.test_recipient"]; m.test.focus == 0 && f.paste(msg) {
			m.changed("smtp.test_recipient")
		}
	default:
	}
	return nil
}

// quit leaves, asking first when there are unsaved changes.
func (m *model) quit() tea.Cmd {
	if m.dirty() && m.state != stateParseError && m.state != stateFatal {
		m.returnTo = m.state
		m.state = stateQuitConfirm
		return nil
	}
	return m.exit()
}

func (m *model) exit() tea.Cmd {
	m.cancel()
	return tea.Quit
}

// View draws the current screen.
func (m *model) View() tea.View {
	var body string
	switch m.state {
	case stateForm:
		body = m.formView()
	case stateWizard:
		body = m.wizardView()
	case stateTest:
		body = m.testView()
	case stateSummary:
		body = m.summaryView()
	case stateConflict:
		body = m.conflictView()
	case stateQuitConfirm:
		body = m.quitConfirmView()
	case stateParseError:
		body = m.parseErrorView()
	case stateFatal:
		body = m.styles.Field.Error.Render("✗ "+m.fatal.Error()) + "\n\n" + m.styles.Field.Help.Render("press any key to quit")
	}
	v := tea.NewView(m.frame(body))
	v.AltScreen = true
	v.WindowTitle = "smtpconf"
	return v
}

// frame puts a screen's body between the header and the help bar, cut to
// the window: the body scrolls so that the line marked focusMark shows.
func (m *model) frame(body string) string {
	st := m.styles
	w := m.frameWidth()
	header, footer := m.chrome(w)

	lines := strings.Split(body, "\n")
	for i, l := range lines {
		lines[i] = truncate(l, w)
	}
	room := m.roomBetween(header, footer)
	focusAt := -1
	for i, l := range lines {
		if strings.Contains(l, focusMark) {
			focusAt = i
			lines[i] = strings.ReplaceAll(l, focusMark, "")
		}
	}
	if len(lines) > room {
		if focusAt >= 0 {
			if focusAt < m.scroll {
				m.scroll = focusAt
			}
			if focusAt+3 >= m.scroll+room {
				m.scroll = focusAt + 3 - room + 1
			}
		}
		m.scroll = max(0, min(m.scroll, len(lines)-room))
		lines = lines[m.scroll : m.scroll+room]
		if m.scroll > 0 {
			lines[0] = st.Field.Help.Render("  ↑ more")
		}
		if m.scroll+room < len(strings.Split(body, "\n")) {
			lines[len(lines)-1] = st.Field.Help.Render("  ↓ more")
		}
	} else {
		m.scroll = 0
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	all := append(header, lines...)
	all = append(all, footer...)
	return st.App.Render(strings.Join(all, "\n"))
}

// frameWidth is the width frame gives a body's lines: wider ones are cut.
func (m *model) frameWidth() int { return max(20, m.width-2) }

// chrome is what frame puts around a screen's body: the header (title,
// demo banner, notice, a blank line) and the footer (status, help).
func (m *model) chrome(w int) (header, footer []string) {
	st := m.styles
	path := m.file.Path
	if m.state == stateParseError {
		path = m.opts.Path
	}
	header = []string{m.headerLine(path, w)}
	if d := m.opts.Demo; d != nil {
		// Wrapped between its parts rather than cut: the login is what a
		// newcomer needs from it, and at 80 columns it would be cut short.
		for _, l := range joinFitting(demoBanner(d), " · ", w) {
			header = append(header, truncate(st.Header.Demo.Render(l), w))
		}
	}
	if m.notice != "" {
		// The SSH server's word (Notice): prominent, whole, on every screen.
		for _, l := range wrapWords("! "+m.notice, w) {
			header = append(header, truncate(st.Notice.Render(l), w))
		}
	}
	header = append(header, "")

	if m.status != "" {
		footer = append(footer, strings.Split(lipgloss.NewStyle().Width(w).Render(m.status), "\n")...)
	}
	var helpView string
	if keys := m.helpKeys(); m.help.ShowAll {
		helpView = m.help.View(keys)
	} else { // the short help, fitted rather than cut
		helpView = m.help.ShortHelpView(fitHelp(m.help, keys.ShortHelp(), w))
	}
	for _, l := range strings.Split(helpView, "\n") {
		footer = append(footer, truncate(l, w))
	}
	return header, footer
}

// roomBetween is how many rows of body fit between header and footer.
func (m *model) roomBetween(header, footer []string) int {
	return max(3, m.height-len(header)-lipgloss.Height(strings.Join(footer, "\n"))-1)
}

// headerLine is the title, the file's path and, with unsaved changes, a
// badge. Narrow windows lose the least first: the badge's second word,
// then the title, then the start of the path; the badge always shows.
func (m *model) headerLine(path string, w int) string {
	st := m.styles
	var badges []string
	if m.dirty() {
		badges = []string{"● unsaved changes", "● unsaved"}
	} else {
		badges = []string{""}
	}
	line := func(title, path, badge string) string {
		l := st.Header.Path.Render(path)
		if title != "" {
			l = st.Header.Title.Render(title) + " " + l
		}
		if badge != "" {
			l += "  " + st.Header.Badge.Render(badge)
		}
		return l
	}
	for _, title := range []string{"smtpconf", ""} {
		for _, b := range badges {
			if l := line(title, path, b); lipgloss.Width(l) <= w {
				return l
			}
		}
	}
	badge := badges[len(badges)-1]
	room := w - lipgloss.Width(line("", "", badge))
	if room < 8 {
		return truncate(line("", "", badge), w)
	}
	// The end of the path names the file: keep that.
	r := []rune(path)
	return truncate(line("", "…"+string(r[len(r)-(room-1):]), badge), w)
}

// fitHelp keeps the short help within w columns by dropping the bindings
// that matter least (last first among equals) rather than cutting the
// line, so that the way out and "? more" always show.
func fitHelp(h help.Model, bindings []key.Binding, w int) []key.Binding {
	h.SetWidth(0) // measure uncut
	out := slices.Clone(bindings)
	for lipgloss.Width(h.ShortHelpView(out)) > w {
		drop, lowest := -1, helpPinned
		for i, b := range out {
			if r := helpRank(b); r <= lowest && r < helpPinned {
				drop, lowest = i, r
			}
		}
		if drop < 0 {
			break // only what must show is left: the frame cuts it
		}
		out = slices.Delete(out, drop, drop+1)
	}
	return out
}

// helpPinned ranks the bindings the short help never drops.
const helpPinned = 3

// helpRank is how much a binding matters in the short help: the way out
// and the key to all keys are pinned; saving, testing, running and
// choosing come next; moving between fields and detecting go first.
func helpRank(b key.Binding) int {
	k, desc := b.Help().Key, b.Help().Desc
	switch {
	case desc == "more", strings.Contains(desc, "quit"), desc == "back", desc == "cancel", k == "esc":
		return helpPinned
	case k == "tab/↓", k == "ctrl+d", k == "↑/↓", k == "ctrl+n", k == "ctrl+p":
		return 0
	case k == "ctrl+s", k == "ctrl+t", k == "enter":
		return 2
	}
	return 1
}

// demoBanner is what `smtpconf demo` says about its server, in parts.
func demoBanner(d *Demo) []string {
	parts := []string{"Demo server " + d.Addr}
	if d.CAFile != "" {
		parts = append(parts, "CA "+d.CAFile)
	}
	return append(parts, "login "+d.Username+" / "+d.Password, "nothing leaves this machine")
}

// joinFitting joins parts with sep into as few lines of at most w columns
// as it can, never breaking inside a part.
func joinFitting(parts []string, sep string, w int) []string {
	var lines []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case lipgloss.Width(line+sep+p) <= w:
			line += sep + p
		default:
			lines = append(lines, line)
			line = p
		}
	}
	return append(lines, line)
}

// focusMark marks the body line that must stay in view; frame removes it.
const focusMark = "\x00"

func truncate(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	return lipgloss.NewStyle().MaxWidth(w).Render(s)
}

func (m *model) helpKeys() help.KeyMap {
	k := m.keys
	var short []key.Binding
	switch m.state {
	case stateForm:
		short = m.formHelp()
	case stateWizard:
		short = m.wizardHelp()
	case stateTest:
		short = m.testHelp()
	case stateSummary:
		short = []key.Binding{bind("enter", "save"), k.Back, bind("↑/↓", "scroll")}
		if len(m.blocking()) > 0 {
			short = []key.Binding{k.Back, bind("↑/↓", "scroll")}
		}
	case stateConflict:
		short = []key.Binding{k.Reapply, k.Reload, k.KeepEditing}
	case stateQuitConfirm:
		short = []key.Binding{bind("s", "save and quit"), k.Discard, bind("esc", "keep editing")}
	case stateParseError:
		short = []key.Binding{k.Fresh, bind("q", "quit")}
		if m.oldFresh != "" {
			short = []key.Binding{bind("o", "open "+filepath.Base(m.oldFresh)), k.Fresh, bind("q", "quit")}
		}
	case stateFatal:
		short = []key.Binding{bind("any key", "quit")}
	}
	full := [][]key.Binding{short}
	if m.state == stateTest {
		full = m.testFullHelp()
	}
	if (m.state == stateForm || m.state == stateWizard) && !m.probe.active() {
		full = [][]key.Binding{{k.Next, k.Prev, k.Toggle, k.Left}, {k.Detect, k.Save, k.Test}, {k.Quit, bind("?/f1", "all keys")}}
		if m.state == stateWizard {
			full[2] = append([]key.Binding{bind("enter", "next"), bind("esc", "back"), k.StepNext, k.StepPrev}, full[2]...)
		}
	}
	if !m.help.ShowAll {
		if m.typing() {
			short = append(short, bind("f1", "more")) // "?" would be typed
		} else {
			short = append(short, bind("?", "more"))
		}
	}
	return helpKeys{short: short, full: full}
}

func bind(keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
}

func keyIs(msg tea.KeyPressMsg, bs ...key.Binding) bool { return key.Matches(msg, bs...) }

// Small conversions between settings and field text.

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func portText(p int) string {
	if p == 0 {
		return ""
	}
	return fmt.Sprint(p)
}

func durationText(d config.Duration) string {
	if d.Duration == 0 {
		return ""
	}
	return d.String()
}

func orProtocol(p config.Protocol) config.Protocol {
	if p == "" {
		return config.ProtocolSMTP
	}
	return p
}

func orAuth(a config.Auth) config.Auth {
	if a == "" {
		return config.AuthNone
	}
	return a
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// lineOf reads one line of a file, for showing where it does not parse.
func lineOf(path string, n int) string {
	data, err := os.ReadFile(path)
	if err != nil || n < 1 {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// freshPath is a new file beside one that does not parse: path.new, or
// path.new.2 and so on if that exists too. The broken file is never touched.
func freshPath(path string) string {
	p := path + ".new"
	for i := 2; ; i++ {
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p
		}
		p = fmt.Sprintf("%s.new.%d", path, i)
	}
}

func ansiStrip(s string) string { return ansi.Strip(s) }
