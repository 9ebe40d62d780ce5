package serve

import (
	"io"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	tea "charm.land/bubbletea/v2"

	"smtpconf/tui"
)

// Input resets the idle timer; output does not reach it at all.
func TestIdleInput(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const after = time.Minute
		r, w := io.Pipe()
		var idle atomic.Bool
		in := newIdleInput(r, after, func() { idle.Store(true) })
		defer in.stop()
		go func() { _, _ = io.Copy(io.Discard, in) }()

		for range 3 { // a key every 50s keeps the session open for 150s
			time.Sleep(50 * time.Second)
			if _, err := w.Write([]byte("x")); err != nil {
				t.Fatal(err)
			}
			synctest.Wait()
			if idle.Load() {
				t.Fatal("idle despite input")
			}
		}
		time.Sleep(after - time.Second)
		synctest.Wait()
		if idle.Load() {
			t.Fatal("idle before the timeout")
		}
		time.Sleep(2 * time.Second)
		synctest.Wait()
		if !idle.Load() {
			t.Fatal("not idle after the timeout without input")
		}
		w.Close()
	})
}

func TestIdleInputNever(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := newIdleInput(io.LimitReader(nil, 0), -1, func() { t.Error("idle with no timeout") })
		time.Sleep(24 * time.Hour)
		in.stop()
	})
}

// A form that panics ends its own session, not the server.
func TestPanickingFormEndsOnlyItsSession(t *testing.T) {
	var panics atomic.Bool
	panics.Store(true)
	f := startServer(t, withModel(func(o tui.Options) (tea.Model, error) {
		if panics.Load() {
			panic("boom")
		}
		return newStandIn(o)
	}))
	term := openTerminal(t, f.dialAdmin(t), 80, 24)
	if code := term.exitStatus(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	term.waitScreen(t, "session closed: internal error")
	f.logLine(t, "session panicked", nil)
	panics.Store(false)
	openTerminal(t, f.dialAdmin(t), 80, 24).waitScreen(t, "stand-in")
}
