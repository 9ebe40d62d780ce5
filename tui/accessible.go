package tui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer"
)

// The accessible flow: the same settings, rules, steps and wording as the
// form, as plain prompts one at a time (screen readers, dumb terminals).
// huh's accessible mode ignores hide funcs, so the sequence is built here
// from the answers; every text comes from the model the form draws from.
//
// No file yet: the first-time steps, each with its sentence. Otherwise:
// every setting that applies, each with its one-line help and its current
// value (Enter keeps it). Then the summary and a menu: save, check the
// connection, send a test e-mail, edit again, quit.

func runAccessible(ctx context.Context, opts Options, in io.Reader, out io.Writer) error {
	m := newModel(ctx, opts)
	defer m.cancel()
	return runAccessibleModel(ctx, m, in, out)
}

// runAccessibleModel runs the prompts on a model built from its options
// (tests set what Options do not carry, such as where probes go).
func runAccessibleModel(ctx context.Context, m *model, in io.Reader, out io.Writer) error {
	opts := m.opts
	// Plain output: no colour unless the terminal wants it (NO_COLOR, pipes).
	out = colorprofile.NewWriter(out, os.Environ())
	tty := isTerminal(in)
	if !tty {
		// huh reads each prompt through its own buffer: hand it one line at
		// a time so that piped answers are not swallowed by the first prompt.
		in = &lineReader{r: in}
	}
	m.accessible = true
	m.styles = PlainStyles(true)
	a := &accessible{m: m, ctx: ctx, in: in, out: out, tty: tty}
	if d := opts.Demo; d != nil {
		a.say(strings.Join(demoBanner(d), " · ") + ".")
	}
	switch m.state {
	case stateFatal:
		return m.fatal
	case stateParseError:
		e := m.parseErr
		a.say(fmt.Sprintf("%s does not parse: line %d, column %d: %s", opts.Path, e.Line, e.Column, e.Message))
		fresh := false
		if err := a.ask(huh.NewConfirm().Title("Start fresh in " + m.newPath + "? The broken file is left as it is.").Value(&fresh)); err != nil || !fresh {
			return err
		}
		m.state = stateWizard // as the form's "start fresh" does
	default:
	}
	var err error
	if m.state == stateWizard {
		err = a.guided()
	} else {
		err = a.edit()
	}
	if err != nil {
		return err
	}
	return a.menu()
}

type accessible struct {
	m   *model
	ctx context.Context
	in  io.Reader
	out io.Writer
	tty bool
}

var errInputEnded = errors.New("the input ended before every question was answered")

// lineReader hands out at most one line per Read.
type lineReader struct {
	r   io.Reader
	eof bool
}

func (l *lineReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		k, err := l.r.Read(p[n : n+1])
		n += k
		if err != nil {
			if errors.Is(err, io.EOF) {
				l.eof = true
			}
			if n > 0 {
				return n, nil
			}
			return 0, err //nolint:wrapcheck // io.EOF must reach the caller as is
		}
		if k == 1 && p[n-1] == '\n' {
			break
		}
	}
	return n, nil
}

// say prints text without styling, one line per line.
func (a *accessible) say(s string) {
	if s = plain(s); s != "" {
		fmt.Fprintln(a.out, s)
	}
}

// ask runs one prompt. huh answers a prompt with its default when the
// input ends, so that must be noticed here or a menu would loop forever.
func (a *accessible) ask(f huh.Field) error {
	if err := ask(a.in, a.out, f); err != nil {
		return err
	}
	if lr, ok := a.in.(*lineReader); ok && lr.eof {
		return errInputEnded
	}
	return nil
}

// guided is the first-time setup: the wizard's steps and sentences.
func (a *accessible) guided() error {
	m := a.m
	last := len(wizardSteps) - 1
	for i := range last {
		if m.skipStep(i) { // decided by the answers so far
			continue
		}
		m.wizard.step = i
		fmt.Fprintln(a.out)
		a.say(m.stepHeading())
		a.say(wizardSteps[i].explainFor(true))
		if err := a.prompts(wizardSteps[i].keys); err != nil {
			return err
		}
	}
	m.wizard.step = last
	return nil
}

// edit prompts for every setting that applies, in the settings page's order.
func (a *accessible) edit() error {
	return a.prompts(formKeys)
}

// prompts asks for each of keys that applies, given the answers so far.
func (a *accessible) prompts(keys []string) error {
	m := a.m
	for _, k := range keys {
		if !m.visible(k) {
			continue
		}
		if err := a.prompt(k); err != nil {
			return err
		}
		switch {
		case k == "smtp.use_default" && m.fields[k].on:
			for _, note := range m.defaultServerNotes() {
				a.say(note)
			}
		case k == "smtp.host" && m.fields[k].value() != "" && m.fieldError(k) == "":
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
	m := a.m
	host := m.fields["smtp.host"].value()
	detect := false
	if err := a.ask(huh.NewConfirm().Title("Detect which ports and security " + host + " offers?").Value(&detect)); err != nil || !detect {
		return err
	}
	a.say(probeAsking(host))
	r := mailer.ProbeWith(a.ctx, host, m.probeOptions())
	if err := a.ctx.Err(); err != nil {
		a.say("✗ Cancelled; nothing was filled in.")
		return fmt.Errorf("detect: %w", err)
	}
	for _, l := range m.probeLines(r, math.MaxInt32, "") { // never cut: nothing scrolls here
		fmt.Fprintln(a.out, plain(l)) // the blank line before the proposal too
	}
	if r.Proposal == nil {
		return nil
	}
	use := true
	if err := a.ask(huh.NewConfirm().Title("Use these settings?").Value(&use)); err != nil || !use {
		return err
	}
	m.accept(*r.Proposal)
	var filled []string
	for _, k := range m.visibleKeys([]string{"smtp.protocol", "smtp.port", "smtp.starttls", "smtp.auth"}) {
		filled = append(filled, m.fields[k].label+" "+m.summaryValue(k))
	}
	a.say(m.status + ": " + strings.Join(filled, ", ") + ".")
	return nil
}

// prompt asks for one setting: its help first (huh's accessible prompts
// print only the title), then the label with the current value, which
// Enter keeps. The password is never shown, only whether one is saved.
func (a *accessible) prompt(k string) error {
	m := a.m
	f := m.fields[k]
	current := f.value()
	if f.help != "" {
		a.say(f.help)
	}
	// accept sets a value as the form would and returns config's verdict.
	// Only a real change goes through m.changed, which also moves the port
	// and STARTTLS with the protocol: keeping a value must change nothing.
	accept := func(v string) error {
		if v != f.value() {
			f.setValue(v)
			m.changed(k)
		}
		m.touched[k] = true
		if e := m.fieldError(k); e != "" {
			return errors.New(e)
		}
		return nil
	}
	switch f.kind {
	case kindToggle:
		v := f.on
		if err := a.ask(huh.NewConfirm().Title(f.label + "?").Value(&v)); err != nil {
			return err
		}
		a.sayProblem(accept(boolText(v)))
		return nil
	case kindChoice:
		v := current
		var opts []huh.Option[string]
		for _, c := range f.choices {
			opts = append(opts, huh.NewOption(c.label, c.value))
		}
		title := f.label + " (now " + f.choices[f.sel].label + "; Enter keeps it)"
		if err := a.ask(huh.NewSelect[string]().Title(title).Options(opts...).Value(&v)); err != nil {
			return err
		}
		// A choice's problem is often fixed by a later answer (the port
		// after the protocol): say it and go on; the summary blocks saving.
		a.sayProblem(accept(v))
		return nil
	case kindText, kindSecret:
		v := current
		in := huh.NewInput().Title(a.inputTitle(f, current)).Value(&v).Validate(func(input string) error {
			input = strings.TrimSpace(input)
			switch {
			case input == "":
				input = current // Enter keeps what is there
			case input == "-" && f.kind == kindText:
				input = "" // the one way to empty a field
			}
			return accept(input)
		})
		if f.kind == kindSecret && a.tty {
			in = in.EchoMode(huh.EchoModePassword)
		}
		return a.ask(in)
	}
	return nil
}

// inputTitle is a text field's label with what Enter does.
func (a *accessible) inputTitle(f *field, current string) string {
	switch {
	case f.kind == kindSecret && (current != "" || a.m.saved.SMTP.Password != ""):
		return f.label + " (saved; Enter keeps it):"
	case f.kind == kindSecret:
		return f.label + ":"
	case current != "":
		return f.label + " (now " + current + "; Enter keeps it, - empties it):"
	case f.input.Placeholder != "" && !strings.HasPrefix(f.input.Placeholder, "e.g."):
		return f.label + " (Enter for " + f.input.Placeholder + "):"
	default:
		return f.label + " (Enter leaves it empty):"
	}
}

func (a *accessible) sayProblem(err error) {
	if err != nil {
		a.say("✗ " + err.Error())
	}
}

// Menu choices after the summary.
const (
	menuSave  = "save"
	menuCheck = "check"
	menuSend  = "send"
	menuEdit  = "edit"
	menuQuit  = "quit"
)

// menu shows the summary and offers what the form's keys offer, until the
// admin quits.
func (a *accessible) menu() error {
	m := a.m
	showSummary := true
	for {
		if showSummary {
			fmt.Fprintln(a.out)
			a.say(m.settingsSummary())
			showSummary = false
		}
		unsaved := !m.nothingToSave() // a new file is unsaved until saved
		var opts []huh.Option[string]
		choice := menuQuit
		if len(m.blocking()) > 0 {
			opts = append(opts, huh.NewOption("Edit the settings again", menuEdit))
			choice = menuEdit
		} else {
			if unsaved {
				opts = append(opts, huh.NewOption("Save to "+m.file.Path, menuSave))
				choice = menuSave
			}
			opts = append(opts,
				huh.NewOption("Check connection (delivers nothing)", menuCheck),
				huh.NewOption("Send test e-mail", menuSend),
				huh.NewOption("Edit the settings again", menuEdit))
		}
		quit := "Quit"
		if unsaved {
			quit = "Quit without saving"
		}
		opts = append(opts, huh.NewOption(quit, menuQuit))
		fmt.Fprintln(a.out)
		if err := a.ask(huh.NewSelect[string]().Title("What next? (Enter: " + labelOf(opts, choice) + ")").Options(opts...).Value(&choice)); err != nil {
			return err
		}
		var err error
		switch choice {
		case menuSave:
			err = a.save()
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
			if err := a.ask(huh.NewConfirm().Title("Quit without saving your changes?").Value(&sure)); err != nil || sure {
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
	m := a.m
	cmd := m.save()
	if cmd == nil {
		if m.nothingToSave() {
			a.say(m.status) // "Nothing to save", as the form says
		}
		return nil
	}
	msg := cmd().(savedMsg)
	m.onSaved(msg)
	if errors.Is(msg.err, config.ErrChangedOnDisk) {
		return a.conflict()
	}
	// The form's own words: "✗ Not saved: …", or "✓ Saved to …" with, for
	// a fresh file beside one that does not parse, how to put it in place.
	a.say(m.status)
	return nil
}

// conflict: someone else saved the file since it was loaded.
func (a *accessible) conflict() error {
	m := a.m
	a.say("Someone else changed " + m.file.Path + " since it was loaded, so it was not saved over.")
	choice := "reapply"
	err := a.ask(huh.NewSelect[string]().Title("What now? (Enter: reload and re-apply my changes)").Options(
		huh.NewOption("Reload and re-apply my changes (where you both changed a setting, theirs is kept)", "reapply"),
		huh.NewOption("Reload and drop my changes", "reload"),
		huh.NewOption("Keep my settings (saving asks again)", "keep"),
	).Value(&choice))
	if err != nil {
		return err
	}
	switch choice {
	case "reapply", "reload":
		m.onReloaded(m.reload(choice == "reapply")().(reloadedMsg))
		a.say(m.status)
		fmt.Fprintln(a.out)
		a.say(m.settingsSummary())
	default:
		m.state = m.returnTo
	}
	return nil
}

// runTest checks the connection or sends a test e-mail with the same
// mailer call, step lines and result text as the test screen, printed as
// each step ends.
func (a *accessible) runTest(action testAction) error {
	m := a.m
	from := m.state
	m.state = stateTest // the test recipient applies here
	defer func() { m.state = from }()
	if err := a.prompts([]string{"smtp.test_recipient"}); err != nil {
		return err
	}
	if errs := m.blocking(); len(errs) > 0 {
		a.say("Fix these first:")
		for _, e := range errs {
			a.say("✗ " + e)
		}
		return nil
	}
	which := "the saved settings"
	if !m.nothingToSave() { // a file not written yet holds nothing saved
		which = "the settings entered, not saved yet"
	}
	srv := m.cfg.Effective()
	a.say("Testing " + which + ". Server: " + serverLine(srv))
	m.test = testState{action: action, running: true}
	var transcript bytes.Buffer
	res := runTest(a.ctx, action, srv, m.cfg.SMTP.TestRecipient, mailer.Options{
		Transcript: &transcript,
		LocalName:  m.localName,
		Progress: func(s mailer.Step) {
			a.say(m.stepLine(s, math.MaxInt32)) // never cut: nothing scrolls here
		},
	})
	m.test.running, m.test.result, m.test.steps, m.test.transcript = false, res, res.Steps, transcript.String()
	a.say(m.resultView(res, m.width-2))
	if res.OK || m.test.transcript == "" {
		return nil
	}
	show := false
	if err := a.ask(huh.NewConfirm().Title("Show the conversation with the server (passwords hidden)?").Value(&show)); err != nil || !show {
		return err
	}
	a.say(m.test.transcript)
	return nil
}

// fieldError is the first blocking problem config finds with one field.
func (m *model) fieldError(k string) string {
	if e, ok := m.setErrs[k]; ok {
		return m.fieldMessage(k, e)
	}
	if errs := m.problems.For(k).Errors(); len(errs) > 0 {
		return m.fieldMessage(k, errs[0].Message)
	}
	return ""
}

func ask(in io.Reader, out io.Writer, f huh.Field) error {
	err := huh.NewForm(huh.NewGroup(f)).WithAccessible(true).WithInput(in).WithOutput(out).Run()
	if err != nil {
		return fmt.Errorf("prompt: %w", err)
	}
	return nil
}

// plain strips styling for the accessible output.
func plain(s string) string {
	return strings.TrimRight(ansiStrip(s), "\n")
}
