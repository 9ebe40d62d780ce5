package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"charm.land/huh/v2"
)

// One prompt of the accessible flow: asking, reading the answer, noticing
// the end of the input and the session's end.

var errInputEnded = errors.New("the input ended before every question was answered")

// lineReader hands out at most one line per Read, so that huh, which reads
// each prompt through its own buffer, does not swallow the answers to the
// next prompts; and it notes the end of the input (Ctrl+D on a terminal),
// which huh would take for Enter.
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
		if k == 0 { // a terminal's Ctrl+D: the end of the input
			l.eof = true
			return n, io.EOF
		}
		if p[n-1] == '\n' {
			break
		}
	}
	return n, nil
}

// ask runs one prompt. It returns at once when the session's context ends
// (Ctrl+C, SIGTERM), leaving the prompt to the process's end, and fails
// when the input ended instead of answering it.
func (a *accessible) ask(f huh.Field) error {
	done := make(chan error, 1)
	go func() {
		err := huh.NewForm(huh.NewGroup(f)).WithAccessible(true).WithInput(a.in).WithOutput(a.out).Run()
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("prompt: %w", err)
		}
	case <-a.ctx.Done():
		return a.stopped()
	}
	if a.in.eof {
		return errInputEnded
	}
	return nil
}

// stopped is the error for a session its context ended, naming what it
// threw away.
func (a *accessible) stopped() error {
	err := &StoppedError{Cause: context.Cause(a.ctx), Discarded: a.d.labels(a.d.changes())}
	fmt.Fprintln(a.out)
	a.say(err.Error() + ".")
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
		if err := a.ask(huh.NewConfirm().Title(f.label + "?").Value(&v)); err != nil {
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
	case f.kind == kindSecret && (current != "" || a.d.saved.SMTP.Password != ""):
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

// say prints text without styling, one line per line.
func (a *accessible) say(s string) {
	if s = plain(s); s != "" {
		fmt.Fprintln(a.out, s)
	}
}
