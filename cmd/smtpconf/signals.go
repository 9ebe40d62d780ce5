package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/tui"
)

// Exit statuses after a signal, as a shell reports a process it killed:
// 128 + the signal's number.
const (
	exitInterrupted = 128 + int(syscall.SIGINT)  // 130: Ctrl+C
	exitTerminated  = 128 + int(syscall.SIGTERM) // 143: kill, systemctl stop
)

// stoppedBy is the cause of a context that a signal cancelled.
type stoppedBy struct{ sig os.Signal }

func (s stoppedBy) Error() string { return s.In(i18n.English) }

// In is the cause in language l, for the lines that name it.
func (s stoppedBy) In(l i18n.Lang) string {
	if s.sig == syscall.SIGTERM {
		return l.T("cli_stopped_by_sigterm", nil)
	}
	return l.T("cli_stopped_by_sigint", nil)
}

// Is makes Ctrl+C tui.ErrInterrupted: the prompts ask before they throw
// unsaved changes away.
func (s stoppedBy) Is(target error) bool {
	return target == tui.ErrInterrupted && s.sig == os.Interrupt
}

// exitCode is the status a shell gives a process the signal killed.
func (s stoppedBy) exitCode() int {
	if s.sig == syscall.SIGTERM {
		return exitTerminated
	}
	return exitInterrupted
}

// cancelOnSignal returns a context that SIGINT or SIGTERM cancels, with the
// signal as its cause, so that a command in flight (a check, a send) stops
// at once and says so; signalExit then turns the cause into 130 or 143.
// A second signal ends the process at once, for a command stuck where the
// context does not reach. stop releases the signals.
func cancelOnSignal(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-signals:
			cause := stoppedBy{sig}
			cancel(cause)
			select {
			case <-signals:
				os.Exit(cause.exitCode())
			case <-done:
			}
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(signals)
		close(done)
		cancel(nil)
	}
}

// signalExit is the exit status when a signal cancelled ctx: 130 or 143,
// whatever the command made of its cancelled context.
func signalExit(ctx context.Context) (int, bool) {
	var s stoppedBy
	if errors.As(context.Cause(ctx), &s) {
		return s.exitCode(), true
	}
	return 0, false
}
