package serve

import (
	"context"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func withGrace(d time.Duration) fixtureOption  { return func(o *Options) { o.Grace = d } }
func withIdle(d time.Duration) fixtureOption   { return func(o *Options) { o.IdleTimeout = d } }
func (f *fixture) serveReturned() <-chan error { return f.served }

// Shutdown stops accepting at once and lets an open session finish.
func TestShutdownLetsSessionsFinish(t *testing.T) {
	f := startServer(t, withModel(newStandIn), withGrace(time.Minute))
	term := openTerminal(t, f.dialAdmin(t), 80, 24)
	term.waitScreen(t, "stand-in")

	f.cancel()
	f.logLine(t, "shutting down: no new connections, waiting for open sessions", nil)
	if c, err := f.dial("admin", gossh.PublicKeys(f.admin)); err == nil {
		c.Close()
		t.Fatal("a new connection was accepted during shutdown")
	}
	select {
	case err := <-f.serveReturned():
		t.Fatalf("Serve returned (%v) while a session was open", err)
	default:
	}

	start := time.Now()
	term.send(t, "q")
	if code := term.exitStatus(t); code != 0 {
		t.Errorf("exit status %d", code)
	}
	if err := f.stop(t); err != nil {
		t.Fatalf("Serve: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Serve returned %v after the last session ended", d)
	}
}

// After the grace period the remaining sessions are told and closed, and
// Serve returns nil (exit 0) soon after.
func TestShutdownClosesSessionsAfterGrace(t *testing.T) {
	const grace = 300 * time.Millisecond
	f := startServer(t, withModel(newStandIn), withGrace(grace))
	c := f.dialAdmin(t)
	terms := []*terminal{openTerminal(t, c, 80, 24), openTerminal(t, c, 80, 24)}
	for _, term := range terms {
		term.waitScreen(t, "stand-in")
	}
	start := time.Now()
	f.cancel()
	if err := f.stop(t); err != nil {
		t.Fatalf("Serve: %v", err)
	}
	if d := time.Since(start); d < grace || d > grace+sessionStopTimeout+2*time.Second {
		t.Errorf("Serve returned after %v, want the grace period (%v) and little more", d, grace)
	}
	for _, term := range terms {
		if code := term.exitStatus(t); code != 1 {
			t.Errorf("exit status %d, want 1", code)
		}
		term.waitScreen(t, "session closed: the server is shutting down")
	}
}

// Shutdown with a context: what the CLI's grace period does, for callers
// that own the listener.
func TestShutdownWithoutSessions(t *testing.T) {
	f := startServer(t, withModel(newStandIn))
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := f.srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.stop(t); err != nil {
		t.Fatalf("Serve: %v", err)
	}
}

// A session without input for the idle timeout is closed with a message
// (TestIdleInput shows that input keeps it open).
func TestIdleSessionClosed(t *testing.T) {
	const idle = 400 * time.Millisecond
	f := startServer(t, withModel(newStandIn), withIdle(idle))
	term := openTerminal(t, f.dialAdmin(t), 80, 24)
	term.waitScreen(t, "stand-in")
	start := time.Now()
	if code := term.exitStatus(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if d := time.Since(start); d > idle+5*time.Second {
		t.Errorf("closed after %v, idle timeout %v", d, idle)
	}
	term.waitScreen(t, "session closed: no input for the idle timeout")
	f.logLine(t, "session closed", func(r map[string]any) bool { return r["reason"] == errIdle.Error() })
}
