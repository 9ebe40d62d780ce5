package tui

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// One prompt of the accessible flow: asking, reading the answer, noticing
// the end of the input and the session's end.

var errInputEnded error = i18n.Errorf("tuiaccess_input_ended", nil)

// ErrInterrupted, as the cause of the context Run is given (errors.Is), says
// the admin pressed Ctrl+C: the prompts then ask before they throw unsaved
// changes away. Any other end of the context (SIGTERM) ends them at once.
var ErrInterrupted error = i18n.Errorf("tuiaccess_interrupted", nil)

// lineSource reads the answers, one line when a prompt asks for one, so
// that huh, which reads each prompt through a buffer of its own, cannot
// swallow the answers to the next prompts; a prompt that is interrupted
// leaves its line to the next. It notes the end of the input (Ctrl+D on a
// terminal), which huh would take for Enter.
type lineSource struct {
	want    chan struct{}
	lines   chan []byte // closed at the end of the input
	stop    chan struct{}
	pending bool // a line was asked for and has not come yet
	eof     bool
	fd      uintptr // the terminal's, for passwords, if tty
	tty     bool
}

func newLineSource(in io.Reader, tty bool) *lineSource {
	s := &lineSource{want: make(chan struct{}), lines: make(chan []byte), stop: make(chan struct{})}
	if f, ok := in.(interface{ Fd() uintptr }); ok && tty {
		s.fd, s.tty = f.Fd(), true // often 0: stdin
	}
	go s.read(bufio.NewReader(in))
	return s
}

func (s *lineSource) read(r *bufio.Reader) {
	for {
		select {
		case <-s.want:
		case <-s.stop:
			return
		}
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			select {
			case s.lines <- line:
			case <-s.stop:
				return
			}
		}
		if err != nil {
			close(s.lines)
			return
		}
	}
}

// close ends the reading, but for a read already waiting on the input.
func (s *lineSource) close() { close(s.stop) }

// promptInput is one prompt's input: the lines of a lineSource until done
// is closed, then the end of the input.
type promptInput struct {
	src  *lineSource
	done <-chan struct{}
	rest []byte
}

func (p *promptInput) Read(b []byte) (int, error) {
	if len(p.rest) == 0 {
		if p.src.eof {
			return 0, io.EOF
		}
		if !p.src.pending {
			select {
			case p.src.want <- struct{}{}:
				p.src.pending = true
			case <-p.done:
				return 0, io.EOF
			}
		}
		select {
		case line, ok := <-p.src.lines:
			p.src.pending = false
			if !ok {
				p.src.eof = true
				return 0, io.EOF
			}
			p.rest = line
		case <-p.done:
			return 0, io.EOF
		}
	}
	n := copy(b, p.rest)
	p.rest = p.rest[n:]
	return n, nil
}

// ttyPromptInput is a prompt's input on a terminal: huh reads passwords
// from its file descriptor, without echo.
type ttyPromptInput struct {
	*promptInput
	fd uintptr
}

func (t ttyPromptInput) Fd() uintptr { return t.fd }

// input is a prompt's input, ending when done is closed.
func (s *lineSource) input(done <-chan struct{}) io.Reader {
	p := &promptInput{src: s, done: done}
	if s.tty {
		return ttyPromptInput{promptInput: p, fd: s.fd}
	}
	return p
}

// ask runs one prompt. When the session's context ends meanwhile, the
// prompt gives way at once: Ctrl+C with unsaved changes asks whether to
// throw them away (no: the question comes again), anything else ends the
// session. It fails when the input ended instead of answering.
func (a *accessible) ask(f huh.Field) error {
	for {
		err := a.run(f, a.ctx.Done())
		if a.ctx.Err() != nil {
			goOn, stopErr := a.interrupted()
			if !goOn {
				return stopErr
			}
			continue
		}
		if err != nil {
			return i18n.Wrap("tuiaccess_prompt_failed", nil, err)
		}
		if a.src.eof {
			return errInputEnded
		}
		return nil
	}
}

// run shows one prompt until it is answered or done is closed.
func (a *accessible) run(f huh.Field, done <-chan struct{}) error {
	return huh.NewForm(huh.NewGroup(f)).WithAccessible(true).WithInput(a.src.input(done)).WithOutput(a.out).Run() //nolint:wrapcheck // ask wraps it
}

// interrupted handles the end of the session's context: Ctrl+C with
// unsaved changes asks first, and on "no" the session goes on under a new
// context (a second Ctrl+C is the process's own again, and ends it).
func (a *accessible) interrupted() (goOn bool, err error) {
	changed := a.d.labels(a.d.changes())
	if !errors.Is(context.Cause(a.ctx), ErrInterrupted) || len(changed) == 0 {
		return false, a.stopped()
	}
	fmt.Fprintln(a.out)
	quit := false
	q := a.yesNo(a.lang().T("tuiaccess_interrupt_quit", i18n.D{"Labels": listAnd(a.lang(), changed)}), &quit)
	if err := a.run(q, nil); err != nil || quit || a.src.eof {
		return false, a.stopped()
	}
	a.ctx, a.cancel = context.WithCancel(context.WithoutCancel(a.ctx))
	return true, nil
}

// stopped is the error for a session its context ended, naming what it
// threw away.
func (a *accessible) stopped() error {
	err := &StoppedError{Cause: context.Cause(a.ctx), Discarded: a.d.labels(a.d.changes())}
	fmt.Fprintln(a.out)
	a.say(err.In(a.lang()) + ".")
	return err
}

// prompt asks for one setting: its help first (huh's accessible prompts
// print only the title), then the label with the current value, which
// Enter keeps. The password is never shown, only whether one is saved.
func (a *accessible) prompt(k string) error {
	d := a.d
	f := d.fields[k]
	current := f.value()
	if help := d.fieldHelp(k); help != "" {
		a.say(help)
	}
	// accept sets a value as the form would and returns config's verdict.
	// Only a real change goes through d.changed, which also moves the port
	// and STARTTLS with the protocol: keeping a value must change nothing.
	accept := func(v string) error {
		if v != f.value() {
			f.setValue(v)
			d.changed(k)
		}
		d.touched[k] = true
		if e := d.fieldError(k); e != "" {
			return errors.New(e)
		}
		return nil
	}
	switch f.kind {
	case kindToggle:
		v := f.on
		if err := a.ask(a.yesNo(a.lang().T("tuiaccess_toggle_title", i18n.D{"Label": f.label}), &v)); err != nil {
			return err
		}
		a.sayProblem(accept(strconv.FormatBool(v)))
		return nil
	case kindChoice:
		v := current
		var opts []huh.Option[string]
		for _, c := range f.choices {
			opts = append(opts, huh.NewOption(c.label, c.value))
		}
		title := a.lang().T("tuiaccess_choice_title", i18n.D{"Label": f.label, "Now": f.choices[f.sel].label})
		if err := a.ask(choose(a, title, opts, &v)); err != nil {
			return err
		}
		// A choice's problem is often fixed by a later answer (the port
		// after the protocol): say it and go on; the summary blocks saving.
		a.sayProblem(accept(v))
		return nil
	case kindText, kindSecret:
		v := current
		in := huh.NewInput().Title(fitPlain(a.inputTitle(f, current))).Value(&v).Validate(func(input string) error {
			input = strings.TrimSpace(input)
			switch {
			case input == "":
				input = current // Enter keeps what is there
			case input == "-" && f.kind == kindText:
				input = "" // the one way to empty a field
			}
			if err := accept(input); err != nil {
				return errors.New(fitPlain(err.Error())) // huh prints it as it is
			}
			return nil
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
	l := a.lang()
	switch {
	case f.kind == kindSecret && (current != "" || a.d.hasSecret(f.key)):
		return l.T("tuiaccess_secret_saved_title", i18n.D{"Label": f.label})
	case f.kind == kindSecret:
		return l.T("tuiaccess_secret_title", i18n.D{"Label": f.label})
	case current != "":
		return l.T("tuiaccess_input_now_title", i18n.D{"Label": f.label, "Now": current})
	case f.input.Placeholder != "" && !f.example:
		return l.T("tuiaccess_input_default_title", i18n.D{"Label": f.label, "Default": f.input.Placeholder})
	default:
		return l.T("tuiaccess_input_empty_title", i18n.D{"Label": f.label})
	}
}

func (a *accessible) lang() i18n.Lang { return a.u.lang() }

func (a *accessible) sayProblem(err error) {
	if err != nil {
		a.say("✗ " + i18n.Text(err, a.lang()))
	}
}

// say prints text without styling, one line per line, each wrapped
// between words to plainWidth: a terminal would split a word at its edge.
func (a *accessible) say(s string) {
	if s = plain(s); s != "" {
		fmt.Fprintln(a.out, fitPlain(s))
	}
}

// sayBlock prints lines laid out already (the summary's columns, the
// test's steps, a transcript) without styling, as they are.
func (a *accessible) sayBlock(s string) {
	if s = plain(s); s != "" {
		fmt.Fprintln(a.out, s)
	}
}

// stepTextColumn is where a step line's title starts (stepView.line):
// "  ✓ " and the duration's column of 6, then two spaces.
const stepTextColumn = 12

// hanging wraps a line wider than plainWidth between words, the lines
// after the first indented to column indent, under the text they go on.
func hanging(s string, indent int) string {
	if lipgloss.Width(s) <= plainWidth {
		return s
	}
	first := wrap(s, plainWidth)
	out := first[:1]
	for _, l := range wrap(strings.Join(first[1:], " "), plainWidth-indent) {
		out = append(out, strings.Repeat(" ", indent)+l)
	}
	return strings.Join(out, "\n")
}

// fitPlain wraps the lines of s wider than plainWidth between words; the
// trailing spaces of a prompt (the answer is typed after them) are kept.
func fitPlain(s string) string {
	body := strings.TrimRight(s, " ")
	// "- empties it" is one phrase: the dash stays with its word.
	lines := strings.Split(strings.ReplaceAll(body, " - ", " -\u00a0"), "\n")
	var out []string
	for _, l := range lines {
		if lipgloss.Width(l) <= plainWidth {
			out = append(out, l)
			continue
		}
		out = append(out, wrap(l, plainWidth)...)
	}
	return strings.ReplaceAll(strings.Join(out, "\n"), "-\u00a0", "- ") + s[len(body):]
}
