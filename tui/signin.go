package tui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
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
			return nil, news(statusWarning, "! "+d.lang.T("tuiwizard_signin_before", i18n.D{"Problem": d.problemMessage(p)}))
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
		return false, i18n.Wrap("tuiwizard_signin_prepare_failed", nil, err)
	}
	if onlyIfNeeded {
		if ok, err := src.SignedIn(); err == nil && ok {
			return true, nil
		}
	}
	if err := src.Login(ctx, show); err != nil {
		return false, i18n.Wrap("tuiwizard_signin_failed_because", nil, err)
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
			return nil, action{pop: true, status: &status{kind: statusOK, text: "✓ " + s.u.lang().T("tuiwizard_signin_already", i18n.D{"Mailbox": termsafe.String(s.srv.Username)})}}
		case msg.err != nil:
			s.state, s.err = signInFailed, msg.err
		default:
			s.state = signInDone
		}
	case tea.KeyPressMsg:
		switch {
		case s.takesInterrupt() && key.Matches(msg, k.Cancel, k.Interrupt):
			s.cancel()
			return nil, action{pop: true, status: &status{kind: statusWarning, text: "! " + s.u.lang().T("tuiwizard_signin_cancelled", nil)}}
		case s.state == signInDone && key.Matches(msg, k.Back, k.Confirm):
			return nil, action{pop: true, status: &status{kind: statusOK, text: signedInTextIn(s.u.lang(), s.srv, s.d.file.Path)}}
		case s.state == signInFailed && key.Matches(msg, k.Back, k.Confirm):
			return nil, action{pop: true}
		}
	}
	return nil, action{}
}

// signedInTextIn says who signed in and where the sign-in is kept.
func signedInTextIn(l i18n.Lang, srv config.Server, configPath string) string {
	return "✓ " + l.T("tuiwizard_signin_done", i18n.D{"Mailbox": termsafe.String(srv.Username), "File": termsafe.String(config.TokenFilePath(configPath))})
}

// What the sign-in says about the code, on the screen and in the prompts
// alike. The address and the code go on lines of their own, so that
// wrapping never breaks the code at its hyphen (the prompts print the
// code after the words, on one line).
//
// openAddressIn is what comes before the address to open, in language l.
func openAddressIn(l i18n.Lang) string { return l.T("tuiwizard_signin_open_address", nil) }

// enterCodeIn is what comes before the code to enter, in language l.
func enterCodeIn(l i18n.Lang) string { return l.T("tuiwizard_signin_enter_code", nil) }

// signInAsIn says whom to sign in as and how often the provider is asked.
func signInAsIn(l i18n.Lang, dc oauth.DeviceCode, mailbox string) string {
	return l.T("tuiwizard_signin_as", i18n.D{"Mailbox": termsafe.String(mailbox), "Interval": dc.Interval.String()})
}

// signInFailure is a failed sign-in in the user's words and what to do.
// The hint quotes settings from the file (tenant, client id, mailbox), so
// it is made safe to print, and names settings by the form's labels, as
// the test screen's hints do.
func signInFailure(d *draft, err error, srv config.Server) (text, hint string) {
	_, hint = mailer.TokenHintIn(err, srv, d.lang)
	return "✗ " + d.lang.T("tuiwizard_signin_failed", i18n.D{"Err": termsafe.String(i18n.Text(err, d.lang))}), d.relabel(termsafe.String(hint))
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
	l := s.u.lang()
	lines = append(lines, st.Section.Render(l.T("tuiwizard_signin_title", i18n.D{"Provider": providerNameIn(l, s.srv.OAuth2Provider)})), "")
	switch s.state {
	case signInAsking:
		add(st.Step.Running.Render, s.u.spin.View()+" "+l.T("tuiwizard_signin_asking", nil))
	case signInWaiting:
		// The provider's address and code are made safe to print first.
		add(st.Explain.Render, openAddressIn(l))
		lines = append(lines, "  "+st.Section.Render(termsafe.String(s.code.VerificationURL)))
		add(st.Explain.Render, enterCodeIn(l))
		lines = append(lines, "  "+st.Section.Render(termsafe.String(s.code.UserCode)))
		add(st.Explain.Render, signInAsIn(l, s.code, s.srv.Username))
		left := max(s.code.Expiry.Sub(s.now).Round(time.Second), 0)
		countdown := l.T("tuiwizard_signin_waiting_expires", i18n.D{"Left": left.String()})
		if s.code.Expiry.IsZero() {
			countdown = l.T("tuiwizard_signin_waiting", nil)
		}
		// The QR code only whole, with the countdown under it.
		if qr := qrtext.Fitting(qrTarget(s.code), w, h-len(lines)-3); qr != "" {
			lines = append(append(append(lines, ""), strings.Split(qr, "\n")...), "")
		} else {
			lines = append(lines, "")
		}
		add(st.Step.Running.Render, countdown)
	case signInDone:
		add(st.Step.OK.Render, signedInTextIn(l, s.srv, s.d.file.Path))
	case signInFailed:
		text, hint := signInFailure(s.d, s.err, s.srv)
		add(st.Step.Failed.Render, text)
		if hint != "" {
			lines = append(lines, "")
			add(st.Explain.Render, l.T("tuiwizard_signin_what_to_do", i18n.D{"Hint": hint}))
		}
	}
	s.body.set(lines, h, -1)
}

func (s *signInScreen) View(_, _ int) string { return s.body.viewIn(s.u.styles, s.u.lang()) }

func (s *signInScreen) Typing() bool { return false }

func (s *signInScreen) Help() helpKeys {
	k := s.u.keys
	short := []key.Binding{relabel(k.Back, "enter/esc", s.u.lang().T("tuikeys_close", nil))}
	if s.takesInterrupt() {
		short = []key.Binding{k.Cancel}
	}
	return helpKeys{short: short, full: [][]key.Binding{short, {k.AllKeys}}}
}

// providerNameIn is how a provider is called on screen.
func providerNameIn(l i18n.Lang, p string) string {
	switch p {
	case config.ProviderMicrosoft:
		return "Microsoft 365"
	case config.ProviderGoogle:
		return "Google"
	}
	return l.T("tuiwizard_provider_other_name", nil)
}

// providerChoiceIn is a provider as the form's choice shows it.
func providerChoiceIn(l i18n.Lang, p string) string {
	if p == config.ProviderCustom {
		return l.T("tuiwizard_provider_other_choice", nil)
	}
	return providerNameIn(l, p)
}
