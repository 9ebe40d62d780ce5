package mailer

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
)

// maxStderr bounds how much of a failing password_command's stderr goes
// into the error.
const maxStderr = 512

// maxStdout bounds what is kept of password_command's output: a password
// is one line, and `yes` would otherwise fill memory until the timeout
// (341 MB in 2 s). The command gets a broken pipe past it.
const maxStdout = 64 << 10

// password gets the password from where the settings say: password itself,
// password_env, or the first line password_command prints. Errors name the
// source and never carry the password.
func password(ctx context.Context, s config.Server, timeout time.Duration) (string, error) {
	switch {
	case s.Password != "":
		return s.Password, nil
	case s.PasswordEnv != "":
		v, ok := os.LookupEnv(s.PasswordEnv)
		if !ok {
			return "", &PasswordError{Source: "password_env", Name: s.PasswordEnv, Unset: true, Err: i18n.Errorf("mailer_err_env_unset", i18n.D{"Name": s.PasswordEnv})}
		}
		if v == "" {
			return "", &PasswordError{Source: "password_env", Name: s.PasswordEnv, Err: i18n.Errorf("mailer_err_env_empty", i18n.D{"Name": s.PasswordEnv})}
		}
		return v, nil
	case s.PasswordCommand != "":
		return passwordFromCommand(ctx, s.PasswordCommand, timeout)
	}
	return "", nil
}

func passwordFromCommand(ctx context.Context, command string, timeout time.Duration) (string, error) {
	argv, err := splitCommand(command)
	if err != nil {
		return "", &PasswordError{Source: "password_command", Err: i18n.Wrap("mailer_err_command_syntax", nil, err)}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...) //nolint:gosec // argv from the admin's own config, no shell
	stdout, stderr := &cappedBuffer{max: maxStdout}, &cappedBuffer{max: maxStdout}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = time.Second
	inOwnGroup(cmd)
	runErr := cmd.Run()
	first, _, lineEnded := strings.Cut(stdout.String(), "\n")
	first = strings.TrimRight(first, "\r")
	if stdout.full && lineEnded {
		// It printed its line and more: the broken pipe that stopped it
		// is no failure of its.
		runErr = nil
	}
	errText := strings.TrimSpace(stderr.String())
	if first != "" {
		errText = strings.ReplaceAll(errText, first, redacted)
	}
	if len(errText) > maxStderr {
		// Cut on a character, not inside one: the error ends up in JSON
		// and on terminals, where half a character is garbage.
		cut := maxStderr
		for cut > 0 && !utf8.RuneStart(errText[cut]) {
			cut--
		}
		errText = errText[:cut] + "…"
	}
	switch {
	case ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded):
		return "", &PasswordError{Source: "password_command", Name: argv[0], Err: i18n.Errorf("mailer_err_command_timeout", i18n.D{"Name": argv[0], "Timeout": timeout})}
	case stdout.full && !lineEnded:
		return "", &PasswordError{Source: "password_command", Name: argv[0], Err: i18n.Errorf("mailer_err_command_no_line", i18n.D{"Name": argv[0]})}
	case runErr != nil:
		var exitErr *exec.ExitError
		var status any = runErr.Error()
		if errors.As(runErr, &exitErr) {
			status = i18n.Errorf("mailer_err_exit_status", i18n.D{"Code": exitErr.ExitCode()})
		}
		d := i18n.D{"Name": argv[0], "Status": status}
		if errText != "" {
			d["Stderr"] = firstLines(errText, 3)
			return "", &PasswordError{Source: "password_command", Name: argv[0], Err: i18n.Errorf("mailer_err_command_failed_stderr", d)}
		}
		return "", &PasswordError{Source: "password_command", Name: argv[0], Err: i18n.Errorf("mailer_err_command_failed", d)}
	case first == "":
		return "", &PasswordError{Source: "password_command", Name: argv[0], Err: i18n.Errorf("mailer_err_command_empty", i18n.D{"Name": argv[0]})}
	}
	return first, nil
}

// firstLines joins the first n lines of a child's stderr, each made safe
// to print: it ends up on the admin's terminal, in JSON and in the form.
func firstLines(s string, n int) string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() && len(out) < n {
		out = append(out, termsafe.String(sc.Text()))
	}
	return strings.Join(out, " / ")
}

// cappedBuffer keeps the first max bytes written to it and then refuses
// more, so the copy from the child stops and the child gets a broken pipe.
// The buffer is a field, not embedded: embedded, its ReadFrom would let
// io.Copy go around Write and the cap.
type cappedBuffer struct {
	buf  bytes.Buffer
	max  int
	full bool
}

func (b *cappedBuffer) String() string { return b.buf.String() }

var errCapped = errors.New("output past the limit")

func (b *cappedBuffer) Write(p []byte) (int, error) {
	room := b.max - b.buf.Len()
	if len(p) <= room {
		return b.buf.Write(p) //nolint:wrapcheck // bytes.Buffer does not fail
	}
	b.full = true
	_, _ = b.buf.Write(p[:room])
	return room, errCapped
}

// ReadPassword gets the password the settings log in with, from wherever
// they keep it, as a conversation would (within the settings' timeout). It
// is for tools that hand the settings to another program that needs the
// password itself, such as a Postfix password map; "" when there is none.
func ReadPassword(ctx context.Context, s config.Server) (string, error) {
	return password(ctx, s, withFallbacks(s).Timeout.Duration)
}
