package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/oauth"
)

// The accessible flow: the same settings, rules, steps and wording as the
// form, as plain prompts one at a time (screen readers, dumb terminals).
// huh's accessible mode ignores hide funcs, so the sequence is built here
// from the answers; every text comes from the draft the form draws from.
//
// No file yet: the first-time steps, each with its sentence. Otherwise:
// every setting that applies, each with its one-line help and its current
// value (Enter keeps it). Then the summary and a menu: save, check the
// connection, send a test e-mail, edit again, quit.

type accessible struct {
	u      *ui
	d      *draft
	ctx    context.Context // the session's; a new one if the admin goes on after Ctrl+C
	cancel context.CancelFunc
	src    *lineSource
	out    io.Writer
	tty    bool
}

func runAccessible(ctx context.Context, opts Options, in io.Reader, out io.Writer) error {
	return runAccessibleWith(ctx, opts, mailerCalls(), in, out)
}

// runAccessibleWith runs the prompts with the given calls to mail servers.
func runAccessibleWith(ctx context.Context, opts Options, net conversations, in io.Reader, out io.Writer) error {
	m := newModel(ctx, opts, net)
	defer m.cancel()
	u := m.u
	u.styles = PlainStyles(true)
	tty := isTerminal(in)
	a := &accessible{
		u: u, d: m.d, ctx: u.ctx, cancel: func() {}, src: newLineSource(in, tty), tty: tty,
		// Plain output: no colour unless the terminal wants it (NO_COLOR, pipes).
		out: colorprofile.NewWriter(out, os.Environ()),
	}
	defer a.src.close()
	defer func() { a.cancel() }()
	if d := opts.Demo; d != nil {
		a.say(strings.Join(demoBanner(a.lang(), d), " · ") + ".")
	}
	var err error
	switch s := m.top().(type) {
	case *fatalScreen:
		return s.err
	case *parseErrorScreen:
		e := s.err
		a.say(a.lang().T("tuiscreen_parse_error", i18n.D{"Path": opts.Path, "Line": e.Line, "Column": e.Column}) + ": " + termsafe.String(e.Text(a.lang())))
		fresh := false
		if err := a.ask(a.yesNo(a.lang().T("tuiaccess_start_fresh", i18n.D{"Path": a.d.file.Path}), &fresh)); err != nil || !fresh {
			return err
		}
		err = a.guided() // as the form's "start fresh" does
	case *wizardScreen:
		err = a.guided()
	default:
		err = a.edit()
	}
	if err != nil {
		return err
	}
	return a.menu()
}

// guided is the first-time setup: the wizard's steps and sentences.
func (a *accessible) guided() error {
	for i := range lastStep {
		if a.d.skipStep(i) { // decided by the answers so far
			continue
		}
		fmt.Fprintln(a.out)
		a.say(a.d.stepHeading(i))
		a.say(wizardSteps[i].explainFor(a.u.lang(), true))
		if err := a.prompts(wizardSteps[i].keys); err != nil {
			return err
		}
		if slices.Contains(wizardSteps[i].keys, "smtp.oauth2_provider") && a.d.needsSignIn() { // the OAuth sign-in step
			if err := a.signIn(true); err != nil {
				return err
			}
		}
		if slices.Contains(wizardSteps[i].keys, "smtp.sender") {
			if err := a.discover(); err != nil {
				return err
			}
		}
	}
	return nil
}

// discover is the first-time setup's search from the sender as prompts:
// offered right after the sender, No by default as Detect is. Each step
// is said as it ends; what answered is offered best first, each with
// where it came from and its notes, with "type the server myself" last.
func (a *accessible) discover() error {
	d := a.d
	sender := d.fields["smtp.sender"].value()
	if !d.visible("smtp.sender") || sender == "" || d.fieldError("smtp.sender") != "" {
		return nil
	}
	l := a.lang()
	look := false
	if err := a.ask(a.yesNo(l.T("tuiaccess_discover_ask", i18n.D{"Sender": sender}), &look)); err != nil || !look {
		return err
	}
	o := discover.Options{
		Timeout: probeOptions(d).Timeout, TLSCAFile: d.cfg.SMTP.TLSCAFile,
		Resolver: a.u.opts.Discovery.Resolver, AllowLoopback: a.u.opts.Discovery.AllowLoopback, Lang: l,
	}
	a.say(l.T("tuiaccess_discover_looking", i18n.D{"Domain": senderDomain(sender)}))
	res, err := a.u.net.discover(a.ctx, sender, o)
	if a.ctx.Err() != nil {
		a.say("✗ " + l.T("tuiaccess_cancelled_nothing_filled", nil))
		return i18n.Wrap("tuiaccess_discover_stopped", nil, a.stopped())
	}
	if err != nil {
		a.say("✗ " + termsafe.String(i18n.Text(err, l)))
		return nil
	}
	for _, ev := range res.Trace {
		// Wrapped between words to plainWidth, as everything said here:
		// a terminal would split a word at its edge ("looku" / "p").
		a.sayBlock(strings.Join(stepLines(a.u, ev, plainWidth), "\n"))
	}
	if len(res.Found) == 0 {
		a.say(l.T("tuiaccess_discover_nothing", nil))
		return nil
	}
	const own = -1
	opts := make([]huh.Option[int], 0, len(res.Found)+1)
	for i, f := range res.Found {
		text := f.Summary()
		for _, n := range f.Notes {
			text += "; " + l.T("tuiaccess_discover_note", i18n.D{"Note": d.relabel(n)})
		}
		opts = append(opts, huh.NewOption(termsafe.String(text), i))
	}
	opts = append(opts, huh.NewOption(l.T("tuiaccess_discover_own", nil), own))
	choice := 0
	if err := a.ask(choose(a, l.T("tuiaccess_discover_found", nil), opts, &choice)); err != nil || choice == own {
		return err
	}
	srv, _ := res.Found[choice].Settings(res.Address)
	d.acceptFound(srv)
	a.say("✓ " + l.T("tuiaccess_discover_filled", i18n.D{"Found": termsafe.String(res.Found[choice].Summary())}))
	return nil
}

// edit prompts for every setting that applies, in the settings page's order.
func (a *accessible) edit() error { return a.prompts(formKeys) }

// prompts asks for each of keys that applies, given the answers so far.
func (a *accessible) prompts(keys []string) error {
	d := a.d
	for _, k := range keys {
		if !d.visible(k) {
			continue
		}
		if err := a.prompt(k); err != nil {
			return err
		}
		switch {
		case k == "smtp.use_default" && d.fields[k].on:
			for _, note := range d.defaultServerNotes(a.u.demo()) {
				a.say(note)
			}
		case k == "smtp.host" && d.fields[k].value() != "" && d.fieldError(k) == "":
			if err := a.detect(); err != nil {
				return err
			}
		}
	}
	return nil
}

// detect is the form's Detect as prompts: offered right after the host,
// No by default so that Enter goes on as before. The probe runs with the
// session's context, so Ctrl+C ends it (and the session) at once; the
// report is the dialog's lines; accepting fills in the connection fields,
// whose prompts then offer the proposal as their current value.
func (a *accessible) detect() error {
	d := a.d
	host, l := d.fields["smtp.host"].value(), a.lang()
	detect := false
	if err := a.ask(a.yesNo(l.T("tuiaccess_detect_ask", i18n.D{"Host": host}), &detect)); err != nil || !detect {
		return err
	}
	a.say(probeAskingIn(l, host))
	r := a.u.net.probe(a.ctx, host, probeOptions(d))
	if a.ctx.Err() != nil {
		a.say("✗ " + l.T("tuiaccess_cancelled_nothing_filled", nil))
		return i18n.Wrap("tuiaccess_detect_stopped", nil, a.stopped())
	}
	// Wrapped to plainWidth ("Prü" / "fen Sie" at a terminal's edge
	// otherwise); the blank line before the proposal is kept.
	for _, l := range probeLines(a.u.styles, d, r, plainWidth, "") {
		fmt.Fprintln(a.out, plain(l))
	}
	if r.Proposal == nil {
		return nil
	}
	use := true
	if err := a.ask(a.yesNo(l.T("tuiaccess_detect_use", nil), &use)); err != nil || !use {
		return err
	}
	d.accept(*r.Proposal)
	var filled []string
	for _, k := range d.visibleKeys([]string{"smtp.protocol", "smtp.port", "smtp.starttls", "smtp.auth"}) {
		filled = append(filled, d.fields[k].label+" "+d.summaryValue(k))
	}
	a.say("✓ " + l.T("tuiaccess_detect_filled", i18n.D{"Host": host, "Settings": strings.Join(filled, ", ")}))
	return nil
}

// Menu choices after the summary.
const (
	menuSave   = "save"
	menuCheck  = "check"
	menuSend   = "send"
	menuEdit   = "edit"
	menuQuit   = "quit"
	menuSignIn = "signin"
)

// menu shows the summary and offers what the form's keys offer, until the
// admin quits.
func (a *accessible) menu() error {
	d, l := a.d, a.lang()
	showSummary := true
	for {
		if showSummary {
			fmt.Fprintln(a.out)
			a.sayBlock(strings.Join(summaryLines(a.u, d, plainWidth), "\n"))
			showSummary = false
		}
		unsaved := !d.nothingToSave() // a new file is unsaved until saved
		var opts []huh.Option[string]
		choice := menuQuit
		if len(d.blocking()) > 0 {
			opts = append(opts, huh.NewOption(l.T("tuiaccess_menu_edit", nil), menuEdit))
			choice = menuEdit
		} else {
			if unsaved {
				opts = append(opts, huh.NewOption(l.T("tuiaccess_menu_save", i18n.D{"Path": d.file.Path}), menuSave))
				choice = menuSave
			}
			if d.needsSignIn() {
				opts = append(opts, huh.NewOption(l.T("tuiaccess_menu_sign_in", i18n.D{"Provider": providerNameIn(l, d.cfg.Effective().OAuth2Provider)}), menuSignIn))
			}
			opts = append(opts,
				huh.NewOption(l.T("tuiaccess_menu_check", nil), menuCheck),
				huh.NewOption(l.T("tuitest_button_send", nil), menuSend),
				huh.NewOption(l.T("tuiaccess_menu_edit", nil), menuEdit))
		}
		quit := l.T("tuiaccess_menu_quit", nil)
		if unsaved {
			quit = l.T("tuiaccess_menu_quit_unsaved", nil)
		}
		opts = append(opts, huh.NewOption(quit, menuQuit))
		fmt.Fprintln(a.out)
		if err := a.ask(choose(a, l.T("tuiaccess_menu_title", i18n.D{"Default": labelOf(opts, choice)}), opts, &choice)); err != nil {
			return err
		}
		var err error
		switch choice {
		case menuSave:
			err = a.save()
		case menuSignIn:
			err = a.signIn(false)
		case menuCheck:
			err = a.runTest(actionCheck)
		case menuSend:
			err = a.runTest(actionSend)
		case menuEdit:
			err = a.edit()
			showSummary = true
		case menuQuit:
			if !unsaved {
				return nil
			}
			sure := false
			if err := a.ask(a.yesNo(l.T("tuiaccess_menu_quit_sure", nil), &sure)); err != nil || sure {
				return err
			}
		}
		if err != nil {
			return err
		}
	}
}

func labelOf(opts []huh.Option[string], value string) string {
	for _, o := range opts {
		if o.Value == value {
			return o.Key
		}
	}
	return value
}

// save saves as the form does; when someone else saved meanwhile it offers
// the form's choices.
func (a *accessible) save() error {
	cmd, ok := saveDraft(a.d, a.u.opts.BeforeSave)
	if !ok {
		if a.d.nothingToSave() {
			a.say(nothingToWrite(a.d).text)
		}
		return nil
	}
	msg := cmd().(savedMsg)
	if errors.Is(msg.err, config.ErrChangedOnDisk) {
		return a.conflict()
	}
	// The form's own words: "✗ Not saved: …", or "✓ Saved to …" with, for
	// a fresh file beside one that does not parse, how to put it in place.
	a.say(savedNews(a.d, msg).String())
	if msg.err == nil && a.u.opts.OnSave != nil {
		a.u.opts.OnSave(msg.file.Path, msg.changed)
	}
	return nil
}

// conflict: someone else saved the file since it was loaded.
func (a *accessible) conflict() error {
	d, l := a.d, a.lang()
	a.say(l.T("tuiscreen_conflict_changed", i18n.D{"Path": d.file.Path}))
	choice := "reapply"
	err := a.ask(choose(a, l.T("tuiaccess_conflict_title", nil), []huh.Option[string]{
		huh.NewOption(l.T("tuiaccess_conflict_reapply", nil), "reapply"),
		huh.NewOption(l.T("tuiaccess_conflict_reload", nil), "reload"),
		huh.NewOption(l.T("tuiaccess_conflict_keep", nil), "keep"),
	}, &choice))
	if err != nil || choice == "keep" {
		return err
	}
	st := reloaded(d, reload(d.file, choice == "reapply")().(reloadedMsg))
	a.say(st.status.String())
	fmt.Fprintln(a.out)
	a.sayBlock(strings.Join(summaryLines(a.u, d, plainWidth), "\n"))
	return nil
}

// runTest checks the connection or sends a test e-mail with the same
// mailer call, step lines and result text as the test screen, printed as
// each step ends.
func (a *accessible) runTest(act testAction) error {
	d, l := a.d, a.lang()
	if err := a.prompts([]string{"smtp.test_recipient"}); err != nil {
		return err
	}
	if errs := d.blocking(); len(errs) > 0 {
		a.say(l.T("tuitest_fix_first", nil))
		for _, e := range errs {
			a.say("✗ " + e)
		}
		return nil
	}
	r := &testRun{action: act, ran: d.runKey()}
	testing := l.T("tuiaccess_testing_saved", i18n.D{"Server": serverLineIn(l, r.ran.srv)})
	if !d.nothingToSave() { // a file not written yet holds nothing saved
		testing = l.T("tuiaccess_testing_unsaved", i18n.D{"Server": serverLineIn(l, r.ran.srv)})
	}
	a.say(testing)
	var transcript strings.Builder
	sv := stepView{st: a.u.styles, lang: l, spinner: "…"} // a spinner frame is noise to a screen reader
	o := a.u.mailerOptions(a.d)
	o.Transcript = &transcript
	o.Progress = func(s mailer.Step) {
		a.sayBlock(hanging(plain(sv.line(s, math.MaxInt32)), stepTextColumn)) // never cut: nothing scrolls here
	}
	res := a.u.net.run(a.ctx, act, r.ran.srv, r.ran.rcpt, o)
	r.result, r.steps, r.transcript = res, res.Steps, transcript.String()
	if a.ctx.Err() != nil {
		return a.stopped()
	}
	if hook := a.u.opts.OnTest; hook != nil {
		hook(act == actionCheck, r.ran.rcpt, res)
	}
	a.sayBlock(strings.Join(resultLines(a.u.styles, d, r, plainWidth, ""), "\n"))
	if res.OK || r.transcript == "" {
		return nil
	}
	show := false
	if err := a.ask(a.yesNo(l.T("tuiaccess_show_transcript", nil), &show)); err != nil || !show {
		return err
	}
	a.sayBlock(newTranscript(a.u, r.transcript).text)
	return nil
}

// plainWidth is what the prompts wrap summaries and results at: a line
// a screen reader reads as one, and a terminal shows whole.
const plainWidth = 78

// signIn is the sign-in screen as plain lines: the address and the code,
// when the code expires (said once: a countdown rewriting itself is noise
// to a screen reader), then how it ended. Ctrl+C ends it with the session.
func (a *accessible) signIn(onlyIfNeeded bool) error {
	srv, l := a.d.cfg.Effective(), a.lang()
	a.say(l.T("tuiaccess_signing_in", i18n.D{"Provider": providerNameIn(l, srv.OAuth2Provider)}))
	already, err := signIn(a.ctx, srv, a.u.mailerOptions(a.d), onlyIfNeeded, func(dc oauth.DeviceCode) {
		a.say(openAddressIn(l) + " " + termsafe.String(dc.VerificationURL))
		a.say(enterCodeIn(l) + " " + termsafe.String(dc.UserCode))
		a.say(signInAsIn(l, dc, srv.Username))
		if !dc.Expiry.IsZero() {
			a.say(l.T("tuiaccess_code_expires", i18n.D{"At": dc.Expiry.Format("15:04:05"), "In": time.Until(dc.Expiry).Round(time.Second).String()}))
		}
	})
	switch {
	case a.ctx.Err() != nil:
		return a.stopped()
	case already:
		a.say("✓ " + l.T("tuiaccess_already_signed_in", i18n.D{"Username": termsafe.String(srv.Username)}))
	case err != nil:
		text, hint := signInFailure(a.d, err, srv)
		a.say(text)
		if hint != "" {
			a.say(l.T("tuiaccess_what_to_do", i18n.D{"Hint": hint}))
		}
	default:
		a.say(signedInTextIn(l, srv, a.d.file.Path))
	}
	return nil
}
