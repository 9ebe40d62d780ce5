package tui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// Finding the server from the sender address (package discover): each
// step live as it runs and ends, then what answered, best first, each
// with where it came from, and "type the server myself". The first-time
// setup opens it after the sender; Detect opens it when the sender is
// known and no server is typed yet.

type discoveryScreen struct {
	u      *ui
	d      *draft
	sender string
	// wizard tells where a choice leads: the first-time setup's next
	// steps, or back to the settings page.
	wizard  bool
	running bool
	cancel  context.CancelFunc
	steps   []discover.Event // each step as last reported, in the order they started
	res     *discover.Result
	err     error
	choice  int // an index into res.Found; len(res.Found) is "type the server myself"
	body    page
	// paged: the admin scrolled the page, which no longer follows the choice.
	paged bool
}

// discoveryStepMsg is a step of a running discovery, as it starts or
// ends, and the command that waits for the next one.
type discoveryStepMsg struct {
	to   *discoveryScreen
	ev   discover.Event
	next tea.Cmd
}

// discoveryDoneMsg is a discovery's result.
type discoveryDoneMsg struct {
	to  *discoveryScreen
	res *discover.Result
	err error
}

// startDiscovery opens the screen and starts the discovery for sender
// under the session's context. Its steps come from several goroutines
// (discover traces them so) through a channel the screen listens on.
func startDiscovery(u *ui, d *draft, sender string, wizard bool) (tea.Cmd, action) {
	ctx, cancel := context.WithCancel(u.ctx)
	events := make(chan discover.Event, 16)
	s := &discoveryScreen{u: u, d: d, sender: sender, wizard: wizard, running: true, cancel: cancel}
	o := discover.Options{
		Timeout:       probeOptions(d).Timeout,
		TLSCAFile:     d.cfg.SMTP.TLSCAFile,
		Resolver:      u.opts.Discovery.Resolver,
		AllowLoopback: u.opts.Discovery.AllowLoopback,
		Lang:          d.lang,
		Trace: func(ev discover.Event) {
			select {
			case events <- ev:
			case <-ctx.Done(): // nobody listens any more
			}
		},
	}
	find := u.net.discover
	run := func() tea.Msg {
		res, err := find(ctx, sender, o)
		return discoveryDoneMsg{to: s, res: res, err: err}
	}
	return tea.Batch(u.spin.Tick, run, listen(s, ctx, events)), action{push: s}
}

// listen waits for the next step of the discovery for s, or for ctx to
// end: one step at a time, each message bringing the next wait.
func listen(s *discoveryScreen, ctx context.Context, events <-chan discover.Event) tea.Cmd {
	return func() tea.Msg {
		select {
		case ev := <-events:
			return discoveryStepMsg{to: s, ev: ev, next: listen(s, ctx, events)}
		case <-ctx.Done():
			return nil
		}
	}
}

func (s *discoveryScreen) busy() bool { return s.running }

func (s *discoveryScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	switch msg := msg.(type) {
	case discoveryStepMsg:
		if msg.to == s && s.running {
			s.step(msg.ev)
			return msg.next, action{}
		}
	case discoveryDoneMsg:
		if msg.to == s && s.running {
			s.cancel() // the listener too
			s.running, s.res, s.err = false, msg.res, msg.err
			if s.res != nil {
				s.steps = s.res.Trace
			}
		}
	case tea.KeyPressMsg:
		switch {
		case s.running && key.Matches(msg, k.Cancel):
			s.cancel()
			return nil, action{pop: true, status: &status{kind: statusInfo, text: s.u.lang().T("tuiwizard_discovery_stopped", i18n.D{"Sender": termsafe.String(s.sender)})}}
		case s.running:
		case key.Matches(msg, k.LineUp, k.PrevControl):
			s.choice, s.paged = max(0, s.choice-1), false
		case key.Matches(msg, k.LineDown, k.NextControl):
			s.choice, s.paged = min(len(s.found()), s.choice+1), false
		case key.Matches(msg, k.PageUp):
			s.body.scroll(-max(1, s.body.room-1))
			s.paged = true
		case key.Matches(msg, k.ResultsDown): // pgdown; space is not a choice here
			s.body.scroll(max(1, s.body.room-1))
			s.paged = true
		case key.Matches(msg, k.Accept):
			return nil, s.choose()
		case key.Matches(msg, k.Back):
			return nil, action{pop: true}
		}
	}
	return nil, action{}
}

// step records a step's news: a step that ends replaces its running line.
func (s *discoveryScreen) step(ev discover.Event) {
	for i, old := range s.steps {
		if old.Step == ev.Step && old.Title == ev.Title {
			s.steps[i] = ev
			return
		}
	}
	s.steps = append(s.steps, ev)
}

func (s *discoveryScreen) found() []discover.Probed {
	if s.res == nil {
		return nil
	}
	return s.res.Found
}

// choose carries out the highlighted choice: a server found fills the
// fields and shows them, still editable; "type the server myself" goes
// on to where the admin does.
func (s *discoveryScreen) choose() action {
	found := s.found()
	if s.choice >= len(found) {
		if s.wizard {
			return action{pop: true, focus: "smtp.use_default"}
		}
		return action{pop: true, focus: "smtp.host"}
	}
	f := found[s.choice]
	srv, _ := f.Settings(s.res.Address)
	s.d.acceptFound(srv)
	text := "✓ " + s.u.lang().T("tuiwizard_discovery_filled_in", i18n.D{"Server": termsafe.String(f.Summary())})
	return action{pop: true, focus: "smtp.host", status: &status{kind: statusOK, text: text}}
}

// acceptFound fills the server fields from a discovered server: the
// admin's own server, its host, what the probe proposes and the login the
// source suggests.
func (d *draft) acceptFound(s config.Server) {
	d.fields["smtp.use_default"].setValue("false")
	d.fields["smtp.host"].setValue(s.Host)
	d.touched["smtp.use_default"], d.touched["smtp.host"] = true, true
	if s.Username != "" {
		d.fields["smtp.username"].setValue(s.Username)
	}
	d.accept(s)
}

func (s *discoveryScreen) Layout(w, h int) {
	st := s.u.styles
	width := max(40, w) - 2
	domain := senderDomain(s.sender)
	l := s.u.lang()
	heading := l.T("tuiwizard_discovery_looking", i18n.D{"Domain": domain})
	if !s.running {
		heading = l.T("tuiwizard_discovery_heading", i18n.D{"Domain": domain})
	}
	lines := []string{st.Section.Render(termsafe.String(heading)), ""}
	focusAt := -1
	if !s.running {
		var chosen int
		lines, chosen = s.choiceLines(lines, width)
		if !s.paged {
			focusAt = chosen
		}
		lines = append(lines, "", st.Field.Help.Render(l.T("tuiwizard_discovery_how_found", nil)))
	}
	for _, ev := range s.steps {
		lines = append(lines, stepLines(s.u, ev, width)...)
	}
	s.body.set(lines, h, focusAt)
}

// choiceLines adds the choices to lines, and says at which line the
// highlighted one is.
func (s *discoveryScreen) choiceLines(lines []string, width int) ([]string, int) {
	st, lang := s.u.styles, s.u.lang()
	found := s.found()
	switch {
	case s.err != nil:
		for _, l := range wrap(termsafe.String(i18n.Text(s.err, lang)), width) {
			lines = append(lines, st.Field.Error.Render(l))
		}
		lines = append(lines, "")
	case len(found) == 0:
		for _, l := range wrap(lang.T("tuiwizard_discovery_nothing", nil), width) {
			lines = append(lines, st.Field.Warning.Render(l))
		}
		lines = append(lines, "")
	default:
		lines = append(lines, lang.T("tuiwizard_discovery_found", nil))
	}
	chosen := len(lines)
	entry := func(i int, text string, notes []string) {
		mark, style := "  ", st.Field.Choice
		if i == s.choice {
			mark, style, chosen = st.Field.Marker.Render("> "), st.Field.ChoiceFocused, len(lines)
		}
		for j, l := range wrap(termsafe.String(text), width-2) {
			if j == 0 {
				lines = append(lines, mark+style.Render(l))
			} else {
				lines = append(lines, "  "+style.Render(l))
			}
		}
		for _, n := range notes {
			for _, l := range wrap(s.d.relabel(termsafe.String(n)), width-4) {
				lines = append(lines, "    "+st.Field.Note.Render(l))
			}
		}
	}
	for i, f := range found {
		entry(i, f.Summary(), f.Notes)
	}
	entry(len(found), lang.T("tuiwizard_discovery_type_myself", nil), nil)
	return lines, chosen
}

// stepLines is one step: a mark for how it stands, its title and what it
// found. The screen draws them; the accessible prompts print them.
func stepLines(u *ui, ev discover.Event, width int) []string {
	st := u.styles
	var mark string
	switch ev.Status {
	case discover.StatusRunning:
		mark = u.spin.View()
	case discover.StatusFound:
		mark = st.Step.OK.Render("✓")
	case discover.StatusNothing:
		mark = st.Step.Skipped.Render("-")
	case discover.StatusFailed:
		mark = st.Step.Failed.Render("✗")
	case discover.StatusRefused:
		mark = st.Field.Warning.Render("!")
	}
	var lines []string
	for i, l := range wrap(termsafe.String(stepText(ev)), width-2) {
		if i == 0 {
			lines = append(lines, mark+" "+st.Step.Title.Render(l))
		} else {
			lines = append(lines, "  "+st.Step.Detail.Render(l))
		}
	}
	return lines
}

// overflow tells whether the page is taller than its room: then the
// help offers scrolling (helpAfterLayout).
func (s *discoveryScreen) overflow() bool { return len(s.body.lines) > s.body.room }

func (s *discoveryScreen) View(_, _ int) string { return s.body.viewIn(s.u.styles, s.u.lang()) }

func (s *discoveryScreen) Typing() bool { return false }

func (s *discoveryScreen) Help() helpKeys {
	k, l := s.u.keys, s.u.lang()
	var short []key.Binding
	if s.running {
		short = []key.Binding{k.Cancel}
	} else {
		short = []key.Binding{relabel(k.Accept, "enter", l.T("tuiwizard_discovery_take", nil)), joined("↑/↓", l.T("tuikeys_choose", nil), k.LineUp, k.LineDown), k.Back}
		if s.overflow() {
			short = append(short, joined("pgup/pgdn", l.T("tuiwizard_scroll", nil), k.PageUp, k.ResultsDown))
		}
	}
	return helpKeys{short: short, full: [][]key.Binding{short}}
}

// stepText is a step's title and what it found.
func stepText(ev discover.Event) string {
	if ev.Detail == "" {
		return ev.Title
	}
	return ev.Title + ": " + ev.Detail
}

// senderDomain is the domain of a sender address as typed, for the
// admin's eyes (discover works on its ASCII form).
func senderDomain(sender string) string { return sender[strings.LastIndex(sender, "@")+1:] }
