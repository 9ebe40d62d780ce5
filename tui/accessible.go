package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"

	"smtpconf/mailer"
)

// The accessible flow: the same settings, rules and steps as plain
// prompts, one at a time (screen readers, dumb terminals). huh's accessible
// mode ignores hide funcs, so the sequence is built here from the answers.

func runAccessible(ctx context.Context, opts Options, in io.Reader, out io.Writer) error {
	// Plain output: no colour unless the terminal wants it (NO_COLOR, pipes).
	out = colorprofile.NewWriter(out, os.Environ())
	tty := isTerminal(in)
	if !tty {
		// huh reads each prompt through its own buffer: hand it one line at
		// a time so that piped answers are not swallowed by the first prompt.
		in = &lineReader{r: in}
	}
	m := newModel(opts)
	switch m.state {
	case stateFatal:
		return m.fatal
	case stateParseError:
		e := m.parseErr
		fmt.Fprintf(out, "%s does not parse: line %d, column %d: %s\n", opts.Path, e.Line, e.Column, e.Message)
		fresh := false
		if err := ask(in, out, huh.NewConfirm().Title("Start fresh in "+m.newPath+"? The broken file is left as it is.").Value(&fresh)); err != nil || !fresh {
			return err
		}
	default:
	}
	a := &accessible{m: m, in: in, out: out, tty: tty}
	for {
		if err := a.edit(); err != nil {
			return err
		}
		if lr, ok := in.(*lineReader); ok && lr.eof {
			return errInputEnded
		}
		fmt.Fprintln(out, plain(m.settingsSummary()))
		if len(m.blocking()) > 0 {
			again := true
			if err := ask(in, out, huh.NewConfirm().Title("These settings cannot be saved. Edit them again?").Value(&again)); err != nil || !again {
				return err
			}
			continue
		}
		break
	}
	if m.dirty() || m.file != nil && m.state == stateWizard {
		save := true
		if err := ask(in, out, huh.NewConfirm().Title("Save to "+m.file.Path+"?").Value(&save)); err != nil {
			return err
		}
		if save {
			if msg := m.save()().(savedMsg); msg.err != nil {
				fmt.Fprintln(out, "Not saved: "+msg.err.Error())
			} else {
				m.onSaved(msg)
				fmt.Fprintln(out, "Saved to "+msg.file.Path+".")
			}
		}
	}
	test := false
	if err := ask(in, out, huh.NewConfirm().Title("Send a test e-mail to "+cmpOr(m.cfg.SMTP.TestRecipient, "the test recipient")+" now?").Value(&test)); err != nil || !test {
		return err
	}
	res := mailer.SendTest(ctx, m.cfg.Effective(), m.cfg.SMTP.TestRecipient, mailer.Options{Progress: func(s mailer.Step) {
		switch s.Status {
		case mailer.StatusRunning:
			fmt.Fprintln(out, s.Title+"…")
		case mailer.StatusOK:
			fmt.Fprintf(out, "OK: %s (%s) %s\n", s.Title, formatDuration(s.Duration), s.Detail)
		case mailer.StatusFailed:
			fmt.Fprintf(out, "FAILED: %s: %v\n", s.Title, s.Err)
		case mailer.StatusSkipped:
		}
	}})
	if res.OK {
		fmt.Fprintln(out, "Test e-mail sent. "+res.Reply)
		return nil
	}
	fmt.Fprintf(out, "Test failed: %v\n", res.Err)
	if h := hintOf(res); h != "" {
		fmt.Fprintln(out, "What to do: "+h)
	}
	return nil
}

type accessible struct {
	m   *model
	in  io.Reader
	out io.Writer
	tty bool
}

var errInputEnded = errors.New("the input ended before every setting was answered")

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

// edit prompts for every setting that applies, in the settings page's order.
func (a *accessible) edit() error {
	m := a.m
	for _, k := range formKeys {
		if !m.visible(k) {
			continue
		}
		if err := a.prompt(k); err != nil {
			return err
		}
		if k == "smtp.use_default" && m.fields[k].on {
			for _, note := range m.defaultServerNotes() {
				fmt.Fprintln(a.out, note)
			}
		}
	}
	return nil
}

func (a *accessible) prompt(k string) error {
	m := a.m
	f := m.fields[k]
	validate := func(v string) error {
		f.setValue(v)
		m.changed(k)
		if e := m.fieldError(k); e != "" {
			return errors.New(e)
		}
		return nil
	}
	switch f.kind {
	case kindToggle:
		v := f.on
		if err := ask(a.in, a.out, huh.NewConfirm().Title(f.label+"?").Description(f.help).Value(&v)); err != nil {
			return err
		}
		return validate(boolText(v))
	case kindChoice:
		v := f.value()
		var opts []huh.Option[string]
		for _, c := range f.choices {
			opts = append(opts, huh.NewOption(c.label, c.value))
		}
		if err := ask(a.in, a.out, huh.NewSelect[string]().Title(f.label).Description(f.help).Options(opts...).Value(&v)); err != nil {
			return err
		}
		return validate(v)
	case kindText, kindSecret:
		v := f.value()
		in := huh.NewInput().Title(f.label).Description(f.help).Value(&v).Validate(validate)
		if f.kind == kindSecret {
			if a.tty {
				in = in.EchoMode(huh.EchoModePassword)
			}
			if m.saved.SMTP.Password != "" {
				in = in.Description("leave empty to keep the saved password")
			}
		}
		return ask(a.in, a.out, in)
	}
	return nil
}

// fieldError is the first blocking problem config finds with one field.
func (m *model) fieldError(k string) string {
	if e, ok := m.setErrs[k]; ok {
		return e
	}
	if errs := m.problems.For(k).Errors(); len(errs) > 0 {
		return errs[0].Message
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
