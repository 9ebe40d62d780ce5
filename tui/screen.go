package tui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
)

// screen is one page of the configurator: the settings page, a first-time
// step, Detect, the test screen, the summary, a dialog. The root keeps a
// stack of them; the top one gets the keys. A screen changes the shared
// draft and itself, and asks the root for everything else with an action:
// it never reaches into another screen.
type screen interface {
	// Update handles one message. Keys, pastes and clicks come only to the
	// top screen; other messages (a step of a running test) to every screen.
	Update(msg tea.Msg) (tea.Cmd, action)
	// Layout computes what View draws for a body of w×h cells: called on
	// a resize, a screen change and after every update. View never does.
	Layout(w, h int)
	// View draws the body Layout computed. It changes nothing.
	View(w, h int) string
	// Help is the screen's keys now, short and full.
	Help() helpKeys
	// Typing tells whether a printable key goes into a text field (then
	// "?" is typed, and f1 shows all keys).
	Typing() bool
}

// action is what a screen asks of the root after a message.
type action struct {
	pop     bool   // close this screen (it goes back to the one under it)
	push    screen // then open this one over what is left
	replace screen // instead, make this the only screen
	quit    bool   // leave, asking first when there are unsaved changes
	exit    bool   // leave now
	save    bool   // save the draft (the root reports the outcome)
	status  *status
	focus   string // then focus this field on the page on top
}

// news is an action that only sets the status line.
func news(kind statusKind, text string) action {
	return action{status: &status{kind: kind, text: text}}
}

// statusKind is what a status line says: how it is drawn.
type statusKind int

const (
	statusInfo statusKind = iota
	statusOK
	statusWarning
	statusError
)

// status is the one line of news under a screen, such as "✓ Saved to …";
// note is a warning under it. It is data: styled only when drawn, with the
// styles of the terminal's background as known then.
type status struct {
	kind statusKind
	text string
	note string
}

func (s status) empty() bool { return s.text == "" && s.note == "" }

// view draws the status with st.
func (s status) view(st Styles) string {
	style := st.Field.Help
	switch s.kind {
	case statusOK:
		style = st.Step.OK
	case statusWarning:
		style = st.Field.Warning
	case statusError:
		style = st.Field.Error
	case statusInfo:
	}
	var lines []string
	if s.text != "" {
		lines = append(lines, style.Render(s.text))
	}
	if s.note != "" {
		lines = append(lines, st.Field.Warning.Render(s.note))
	}
	return lipgloss.JoinVertical(lipgloss.Left, lines...)
}

// String is the status as plain text, for the prompts.
func (s status) String() string {
	if s.note == "" {
		return s.text
	}
	return s.text + "\n" + s.note
}

// ui is what every screen shares with the root: the session's context,
// options and mail-server calls, and how to draw (styles for the
// terminal's background, keys, the spinner). The root changes it; screens
// read it.
type ui struct {
	ctx    context.Context
	opts   Options
	net    conversations
	styles Styles
	keys   KeyMap
	spin   spinner.Model
}

// lang is the language every screen speaks.
func (u *ui) lang() i18n.Lang { return u.opts.Lang }

// listAnd joins the labels "a", "b", "c" as "a, b and c" in language l,
// for a sentence that names them: German puts each in „…“, since a label
// such as „Standard-Mailserver der Plattform verwenden“ would otherwise
// read as part of the sentence.
func listAnd(l i18n.Lang, labels []string) string {
	parts := make([]string, len(labels))
	for i, label := range labels {
		parts[i] = l.T("tuiscreen_label_named", i18n.D{"Label": label})
	}
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return l.T("tuiscreen_list_and", i18n.D{"List": strings.Join(parts[:len(parts)-1], ", "), "Last": parts[len(parts)-1]})
}

// conversations are the calls to mail servers the configurator makes:
// the mailer's, or in tests the mailer's with the EHLO name and the ports
// pinned, given to newModel like any other dependency.
type conversations struct {
	run   func(ctx context.Context, a testAction, srv config.Server, rcpt string, o mailer.Options) *mailer.Result
	probe func(ctx context.Context, host string, o mailer.ProbeOptions) *mailer.ProbeReport
	// discover finds the server for a sender address; tests add their
	// DNS server, routes and CA to the options.
	discover func(ctx context.Context, sender string, o discover.Options) (*discover.Result, error)
}

// mailerCalls talk to real servers.
func mailerCalls() conversations {
	return conversations{run: runTest, probe: mailer.ProbeWith, discover: discover.Discover}
}

// runTest is the one place a test or check calls the mailer, for the test
// screen and the accessible prompts alike.
func runTest(ctx context.Context, a testAction, srv config.Server, rcpt string, o mailer.Options) *mailer.Result {
	if a == actionSend {
		return mailer.SendTest(ctx, srv, rcpt, o)
	}
	return mailer.Check(ctx, srv, rcpt, o)
}

// demo tells whether the session is `smtpconf demo`'s.
func (u *ui) demo() bool { return u.opts.Demo != nil }
