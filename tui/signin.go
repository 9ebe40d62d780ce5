package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/qrtext"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/oauth"
)

// The device code sign-in (oauth2_flow = device_code), as `smtpconf
// login` does it: the provider gives an address and a code, an admin signs
// in on any device, and the refresh token lands in the token file beside
// the config. The screen shows the code and a countdown; the accessible
// prompts print the same lines.

// signInState is where a sign-in is.
type signInState int

const (
	signInAsking  signInState = iota // asking the provider for a code
	signInWaiting                    // the code shows; the provider is polled
	signInDone
	signInFailed
)

type signInScreen struct {
	u      *ui
	d      *draft
	srv    config.Server
	cancel context.CancelFunc
	state  signInState
	code   oauth.DeviceCode
	now    time.Time // the clock as of the last tick, for the countdown
	err    error
	body   page
}

// deviceCodeMsg is the code to show, for the screen that asked.
type deviceCodeMsg struct {
	to   *signInScreen
	code oauth.DeviceCode
	next <-chan tea.Msg
}

// signInDoneMsg ends a sign-in: signed in, already signed in, or err.
type signInDoneMsg struct {
	to      *signInScreen
	already bool
	err     error
}

// signInTickMsg moves the countdown on.
type signInTickMsg struct {
	to *signInScreen
	at time.Time
}

// startSignIn opens the sign-in over the page it was asked from, unless
// the settings cannot sign in yet; onlyIfNeeded closes it again at once
// when someone has signed in for these settings already.
func startSignIn(u *ui, d *draft, onlyIfNeeded bool) (tea.Cmd, action) {
	for _, p := range d.problems.Errors() {
		if isOAuthKey(p.Key) || p.Key == "smtp.username" {
			return nil, news(statusWarning, "! Before signing in: "+d.problemMessage(p))
		}
	}
	ctx, cancel := context.WithCancel(u.ctx)
	s := &signInScreen{u: u, d: d, srv: d.cfg.Effective(), cancel: cancel}
	ch := make(chan tea.Msg)
	var next <-chan tea.Msg = ch
	o := u.mailerOptions(d)
	srv := s.srv
	return tea.Batch(u.spin.Tick, func() tea.Msg {
		go func() {
			defer close(ch)
			send := sendOn(ctx, ch)
			already, err := signIn(ctx, srv, o, onlyIfNeeded, func(dc oauth.DeviceCode) {
				send(deviceCodeMsg{to: s, code: dc, next: next})
			})
			send(signInDoneMsg{to: s, already: already, err: err})
		}()
		return <-ch
	}), action{push: s}
}

// signIn builds the token source for srv and signs in with the device
// code flow, handing the code to show; with onlyIfNeeded it first looks
// whether the token file already holds a sign-in for these settings.
func signIn(ctx context.Context, srv config.Server, o mailer.Options, onlyIfNeeded bool, show func(oauth.DeviceCode)) (already bool, err error) {
	src, _, err := mailer.NewTokenSource(ctx, srv, o)
	if err != nil {
		return false, fmt.Errorf("prepare the sign-in: %w", err)
	}
	if onlyIfNeeded {
		if ok, err := src.SignedIn(); err == nil && ok {
			return true, nil
		}
	}
	if err := src.Login(ctx, show); err != nil {
		return false, fmt.Errorf("sign in: %w", err)
	}
	return false, nil
}

// signInTick is the countdown's next second.
func (s *signInScreen) tick() tea.Cmd {
	return tea.Tick(time.Second, func(t time.Time) tea.Msg { return signInTickMsg{to: s, at: t} })
}

func (s *signInScreen) busy() bool { return s.state == signInAsking }

// takesInterrupt makes ctrl+c cancel the sign-in rather than the session.
func (s *signInScreen) takesInterrupt() bool {
	return s.state == signInAsking || s.state == signInWaiting
}

func (s *signInScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	switch msg := msg.(type) {
	case deviceCodeMsg:
		if msg.to != s {
			return nil, action{}
		}
		s.state, s.code, s.now = signInWaiting, msg.code, time.Now()
		return tea.Batch(waitFor(msg.next), s.tick()), action{}
	case signInTickMsg:
		if msg.to != s || s.state != signInWaiting {
			return nil, action{}
		}
		s.now = msg.at
		return s.tick(), action{}
	case signInDoneMsg:
		if msg.to != s {
			return nil, action{}
		}
		s.cancel()
		switch {
		case msg.already:
			return nil, action{pop: true, status: &status{kind: statusOK, text: "✓ Already signed in for " + termsafe.String(s.srv.Username) + "."}}
		case msg.err != nil:
			s.state, s.err = signInFailed, msg.err
		default:
			s.state = signInDone
		}
	case tea.KeyPressMsg:
		switch {
		case s.takesInterrupt() && key.Matches(msg, k.Cancel, k.Interrupt):
			s.cancel()
			return nil, action{pop: true, status: &status{kind: statusWarning, text: "! Sign-in cancelled: nothing was saved."}}
		case s.state == signInDone && key.Matches(msg, k.Back, k.Confirm):
			return nil, action{pop: true, status: &status{kind: statusOK, text: signedInText(s.srv, s.d.file.Path)}}
		case s.state == signInFailed && key.Matches(msg, k.Back, k.Confirm):
			return nil, action{pop: true}
		}
	}
	return nil, action{}
}

// signedInText says who signed in and where the sign-in is kept.
func signedInText(srv config.Server, configPath string) string {
	return "✓ Signed in for " + termsafe.String(srv.Username) + ". The refresh token is kept in " +
		termsafe.String(config.TokenFilePath(configPath)) + " (mode 0600); checks, tests and the mailer use it from now on."
}

// What the sign-in says about the code, on the screen and in the prompts
// alike. The address and the code go on lines of their own, so that
// wrapping never breaks the code at its hyphen.
const (
	openAddressText = "Open this address on any device:"
	enterCodeText   = "and enter the code:"
)

// signInAs says whom to sign in as and how often the provider is asked.
func signInAs(dc oauth.DeviceCode, mailbox string) string {
	return "Sign in as " + termsafe.String(mailbox) + "; smtpconf asks the provider every " + dc.Interval.String() + " whether you are done."
}

// signInFailure is a failed sign-in in the user's words and what to do.
// The hint quotes settings from the file (tenant, client id, mailbox), so
// it is made safe to print, and names settings by the form's labels, as
// the test screen's hints do.
func signInFailure(d *draft, err error, srv config.Server) (text, hint string) {
	_, hint = mailer.TokenHint(err, srv)
	return "✗ Sign-in failed: " + termsafe.String(err.Error()), d.relabel(termsafe.String(hint))
}

// qrTarget is the address a QR code carries: the one with the code in it
// when the provider gives one.
func qrTarget(dc oauth.DeviceCode) string {
	if dc.CompleteURL != "" {
		return dc.CompleteURL
	}
	return dc.VerificationURL
}

func (s *signInScreen) Layout(w, h int) {
	st := s.u.styles
	w = max(40, w)
	var lines []string
	add := func(style func(...string) string, text string) {
		for _, l := range wrap(text, w-2) {
			lines = append(lines, style(l))
		}
	}
	lines = append(lines, st.Section.Render("Sign in to "+providerName(s.srv.OAuth2Provider)), "")
	switch s.state {
	case signInAsking:
		add(st.Step.Running.Render, s.u.spin.View()+" Asking the provider for a code…")
	case signInWaiting:
		// The provider's address and code are made safe to print first.
		add(st.Explain.Render, openAddressText)
		lines = append(lines, "  "+st.Section.Render(termsafe.String(s.code.VerificationURL)))
		add(st.Explain.Render, enterCodeText)
		lines = append(lines, "  "+st.Section.Render(termsafe.String(s.code.UserCode)))
		add(st.Explain.Render, signInAs(s.code, s.srv.Username))
		left := max(s.code.Expiry.Sub(s.now).Round(time.Second), 0)
		countdown := "Waiting for the sign-in… the code expires in " + left.String() + "."
		if s.code.Expiry.IsZero() {
			countdown = "Waiting for the sign-in…"
		}
		// The QR code only whole, with the countdown under it.
		if qr := qrtext.Fitting(qrTarget(s.code), w, h-len(lines)-3); qr != "" {
			lines = append(append(append(lines, ""), strings.Split(qr, "\n")...), "")
		} else {
			lines = append(lines, "")
		}
		add(st.Step.Running.Render, countdown)
	case signInDone:
		add(st.Step.OK.Render, signedInText(s.srv, s.d.file.Path))
	case signInFailed:
		text, hint := signInFailure(s.d, s.err, s.srv)
		add(st.Step.Failed.Render, text)
		if hint != "" {
			lines = append(lines, "")
			add(st.Explain.Render, "What to do: "+hint)
		}
	}
	s.body.set(lines, h, -1)
}

func (s *signInScreen) View(_, _ int) string { return s.body.view(s.u.styles) }

func (s *signInScreen) Typing() bool { return false }

func (s *signInScreen) Help() helpKeys {
	k := s.u.keys
	short := []key.Binding{relabel(k.Back, "enter/esc", "close")}
	if s.takesInterrupt() {
		short = []key.Binding{k.Cancel}
	}
	return helpKeys{short: short, full: [][]key.Binding{short, {k.AllKeys}}}
}

// providerName is how a provider is called on screen.
func providerName(p string) string {
	switch p {
	case config.ProviderMicrosoft:
		return "Microsoft 365"
	case config.ProviderGoogle:
		return "Google"
	}
	return "the OAuth provider"
}

// providerChoice is a provider as the form's choice shows it.
func providerChoice(p string) string {
	if p == config.ProviderCustom {
		return "other"
	}
	return providerName(p)
}
