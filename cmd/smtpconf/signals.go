package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"

	"github.com/smtpconf/smtpconf/tui"
)

// stopSignal is the cause of a run's context that a signal ended: commands
// report it with the exit status a shell gives a process the signal
// killed (130 for SIGINT, 143 for SIGTERM), after saying what it stopped.
type stopSignal struct{ sig os.Signal }

func (s stopSignal) Error() string {
	switch s.sig {
	case os.Interrupt:
		return "SIGINT (Ctrl+C)"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.sig.String()
}

// Is makes Ctrl+C tui.ErrInterrupted: the prompts ask before they throw
// unsaved changes away.
func (s stopSignal) Is(target error) bool {
	return target == tui.ErrInterrupted && s.sig == os.Interrupt
}

func (s stopSignal) exitCode() int {
	if n, ok := s.sig.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return exitFailed
}

// notifyContext is signal.NotifyContext with the signal as the context's
// cause, so that a command can tell which one stopped it. A second signal
// after the first is the process's again: it ends a run that hangs.
func notifyContext(parent context.Context, sigs ...os.Signal) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(stopSignal{sig: s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// signalExit is the exit status for a run a signal stopped.
func signalExit(ctx context.Context) (int, bool) {
	var s stopSignal
	if errors.As(context.Cause(ctx), &s) {
		return s.exitCode(), true
	}
	return 0, false
}
