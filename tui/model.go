package tui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// model is the configurator's root: the window's size, the server's
// notice, the status line and a stack of screens over a shared draft.
// It routes messages to the screens and carries out what they ask; what
// each screen shows and does is in its own type.
type model struct {
	u      *ui
	d      *draft
	cancel context.CancelFunc
	help   help.Model
	dark   bool

	width, height int
	notice        string // what the SSH server told this session (Notice)
	status        status
	stack         []screen
	fatal         error    // the file cannot be read: Run returns it
	stoppedBy     stopMsg  // why the session was stopped from outside, if it was
	discarded     []string // the unsaved changes a stop threw away (labels)

	// The frame, computed by relayout after every message.
	header, footer []string
	room           int
}

// bodyMouse is a mouse event for the top screen, at row y of its body.
type bodyMouse struct {
	tea.MouseMsg
	y int
}

// focusMsg asks a page to focus a field (a re-applied conflict's).
type focusMsg struct{ key string }

// interruptible is a screen that takes ctrl+c itself while it runs
// something ctrl+c should stop (a sign-in), rather than the session.
type interruptible interface{ takesInterrupt() bool }

// busy is a screen whose spinner must keep turning.
type busy interface{ busy() bool }

func newModel(ctx context.Context, opts Options, net conversations) *model {
	ctx, cancel := context.WithCancel(ctx)
	u := &ui{
		ctx: ctx, opts: opts, net: net, keys: KeyMapIn(opts.Lang),
		spin: spinner.New(spinner.WithSpinner(spinner.Spinner{Frames: []string{"⣾", "⣽", "⣻", "⢿", "⡿", "⣟", "⣯", "⣷"}, FPS: time.Second / 10})),
	}
	m := &model{u: u, d: newDraft(), cancel: cancel, help: help.New(), dark: true, width: 80, height: 24}
	m.d.sessionRecipient = opts.TestRecipient
	m.d.lang = opts.Lang
	m.setStyles()
	found, err := m.d.load(opts.Path)
	switch found {
	case loadedFile:
		m.stack = []screen{newForm(u, m.d)}
		if warnings := m.d.file.WarningsIn(opts.Lang); len(warnings) > 0 {
			m.status = status{kind: statusWarning, text: "! " + termsafe.String(m.d.file.Path+": "+strings.Join(warnings, "; "))}
		}
	case loadedNone:
		m.stack = []screen{newWizard(u, m.d)}
	case loadedBroken:
		m.stack = []screen{newParseError(u, m.d, opts.Path, err.(*config.ParseError))}
	case loadedFailed:
		m.fatal = err
		m.stack = []screen{&fatalScreen{u: u, err: err}}
	}
	return m // laid out by the first message (the window's size)
}

func (m *model) setStyles() {
	m.u.styles = NewStyles(m.dark)
	m.help.Styles = m.u.styles.Help
	m.u.spin.Style = m.u.styles.Step.Running
}

func (m *model) top() screen { return m.stack[len(m.stack)-1] }

// Init asks the terminal for its background; size and colour profile
// arrive on their own.
func (m *model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update handles one message, then lays the frame and the top screen out
// again: View only draws what this computed.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	m.relayout()
	return m, cmd
}

func (m *model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width - 2)
		return nil
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.setStyles()
		return nil
	case spinner.TickMsg:
		if !m.busy() {
			return nil
		}
		var cmd tea.Cmd
		m.u.spin, cmd = m.u.spin.Update(msg)
		m.broadcast(msg) // a waiting step's clock moves on with it
		return cmd
	case Notice:
		m.notice = msg.Text
		return nil
	case stopMsg:
		m.stoppedBy, m.discarded = msg, m.d.labels(m.d.changes())
		return m.exit()
	case savedMsg:
		return m.onSaved(msg)
	case tea.KeyPressMsg:
		if key.Matches(msg, m.u.keys.HelpAnywhere) || key.Matches(msg, m.u.keys.Help) && !m.top().Typing() {
			m.help.ShowAll = !m.help.ShowAll
			return nil
		}
		if key.Matches(msg, m.u.keys.Interrupt) {
			_, asking := m.top().(*quitScreen)
			if t, ok := m.top().(interruptible); !asking && (!ok || !t.takesInterrupt()) {
				return m.quit()
			}
		}
		return m.toTop(msg)
	case tea.PasteMsg:
		return m.toTop(msg)
	case tea.MouseMsg:
		mouse := msg.Mouse()
		if y := mouse.Y - len(m.header); y >= 0 && y < m.room {
			return m.toTop(bodyMouse{MouseMsg: msg, y: y})
		}
		return nil
	}
	// News for a screen (a step of a test, a probe's report): whichever it
	// is for takes it, even under a dialog; only the top one acts.
	return m.broadcast(msg)
}

func (m *model) busy() bool {
	for _, s := range m.stack {
		if b, ok := s.(busy); ok && b.busy() {
			return true
		}
	}
	return false
}

// toTop gives a message to the top screen and carries out its action.
func (m *model) toTop(msg tea.Msg) tea.Cmd {
	cmd, a := m.top().Update(msg)
	return tea.Batch(cmd, m.apply(a))
}

// broadcast gives a message to every screen; the top one's action counts.
func (m *model) broadcast(msg tea.Msg) tea.Cmd {
	top := m.top()
	cmds := make([]tea.Cmd, 0, len(m.stack)+1)
	for _, s := range m.stack {
		cmd, a := s.Update(msg)
		cmds = append(cmds, cmd)
		if s == top {
			cmds = append(cmds, m.apply(a))
		}
	}
	return tea.Batch(cmds...)
}

// apply carries out a screen's action.
func (m *model) apply(a action) tea.Cmd {
	moved := a.pop || a.push != nil || a.replace != nil
	switch {
	case a.status != nil:
		m.status = *a.status
	case moved:
		m.status = status{} // news about the page left behind
	}
	if a.replace != nil {
		m.stack = []screen{a.replace}
	}
	if a.pop && len(m.stack) > 1 {
		m.stack = m.stack[:len(m.stack)-1]
	}
	if a.push != nil {
		m.stack = append(m.stack, a.push)
	}
	var cmd tea.Cmd
	if a.focus != "" {
		cmd, _ = m.top().Update(focusMsg{key: a.focus})
	}
	switch {
	case a.exit:
		return m.exit()
	case a.quit:
		return m.quit()
	case a.save:
		return m.save()
	}
	return cmd
}

// quit leaves, asking first when there are unsaved changes.
func (m *model) quit() tea.Cmd {
	switch m.top().(type) {
	case *parseErrorScreen, *fatalScreen:
		return m.exit()
	}
	if m.d.dirty() {
		m.stack = append(m.stack, &quitScreen{u: m.u, d: m.d})
		return nil
	}
	return m.exit()
}

// exit ends the session and everything it started.
func (m *model) exit() tea.Cmd {
	m.cancel()
	return tea.Quit
}

// View draws the frame relayout computed around the top screen's body.
func (m *model) View() tea.View {
	if m.header == nil {
		return tea.NewView("") // before the first message: nothing laid out yet
	}
	w := m.frameWidth()
	body := strings.Split(m.top().View(w, m.room), "\n")
	for i, l := range body {
		body[i] = truncate(l, w)
	}
	if len(body) > m.room {
		body = body[:m.room] // a screen that does not scroll, in a tiny window
	}
	for len(body) < m.room {
		body = append(body, "")
	}
	all := append(append(append(make([]string, 0, m.height), m.header...), body...), m.footer...)
	v := tea.NewView(m.u.styles.App.Render(strings.Join(all, "\n")))
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "smtpconf"
	return v
}
