package serve

import (
	"context"
	"fmt"
	"strings"
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

// On shutdown every open form is told at once how long it has to save,
// and an admin who saves and quits within the grace period loses nothing;
// a form still open at its end is closed as before.
func TestShutdownWarnsSessions(t *testing.T) {
	const grace = 3 * time.Second
	f := startServer(t, withModel(newStandIn), withGrace(grace))
	c := f.dialAdmin(t)
	terms := []*terminal{openTerminal(t, c, 80, 24), openTerminal(t, c, 80, 24)}
	var warned []*screenWatch
	for _, term := range terms {
		term.waitScreen(t, "stand-in")
		warned = append(warned, term.screen.watchFor("notice: The server is stopping: save your changes within 3s"))
	}
	start := time.Now()
	f.cancel()
	for _, w := range warned {
		w.wait(t)
	}
	if d := time.Since(start); d >= grace {
		t.Errorf("warned %v after the shutdown began, grace %v: too late to act on", d, grace)
	}
	terms[0].send(t, "q")
	if code := terms[0].exitStatus(t); code != 0 {
		t.Errorf("quitting within the grace period: exit status %d, want 0", code)
	}
	if code := terms[1].exitStatus(t); code != 1 {
		t.Errorf("left open: exit status %d, want 1", code)
	}
	terms[1].waitScreen(t, "session closed: the server is shutting down")
	if err := f.stop(t); err != nil {
		t.Fatalf("Serve: %v", err)
	}
}

// Before the idle timeout closes a session the admin is warned; a key
// withdraws the warning and starts the count again.
func TestIdleSessionWarned(t *testing.T) {
	const idle = 2 * time.Second // warned 500ms before
	const warning = "notice: Idle: this session closes in 500ms unless you press a key"
	f := startServer(t, withModel(newStandIn), withIdle(idle))
	start := time.Now()
	term := openTerminal(t, f.dialAdmin(t), 80, 24)
	warned := term.screen.watchFor(warning)
	term.waitScreen(t, "stand-in")
	warned.wait(t)
	if d := time.Since(start); d < idle-idle/4 {
		t.Errorf("warned %v after opening, want no sooner than %v", d, idle-idle/4)
	}

	withdrawn := term.screen.watch("the warning withdrawn", func(s string) bool {
		return strings.Contains(s, "stand-in") && !strings.Contains(s, "notice:")
	})
	keyAt := time.Now()
	term.send(t, "x")
	withdrawn.wait(t)
	warnedAgain := term.screen.watchFor(warning)
	warnedAgain.wait(t)
	if d := time.Since(keyAt); d < idle-idle/4 {
		t.Errorf("warned again %v after a key, want no sooner than %v", d, idle-idle/4)
	}
	if code := term.exitStatus(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	term.waitScreen(t, "session closed: no input for the idle timeout")
}

// The real form shows the shutdown warning, and the admin who heeds it
// saves and quits before the grace period ends: nothing is lost, and the
// server does not wait out the rest of the period.
func TestShutdownWarningInForm(t *testing.T) {
	const grace = 30 * time.Second
	f := startServer(t, withGrace(grace))
	writeFile(t, f.configPath, customConfig(t))
	term := openTerminal(t, f.dialAdmin(t), 100, 40)
	term.waitScreen(t, "Sender address")
	warned := term.screen.watchFor("The server is stopping: save your changes within 30s")

	start := time.Now()
	f.cancel()
	warned.wait(t)
	term.send(t, editServer("a.example.com"))
	term.send(t, keyCtrlS)
	term.waitScreen(t, "Review before saving")
	term.send(t, keyEnter)
	screen := term.waitScreen(t, "Saved to")
	if !strings.Contains(screen, "The server is stopping") {
		t.Errorf("the warning left the screen before the session ended:\n%s", screen)
	}
	term.send(t, keyCtrlC)
	if code := term.exitStatus(t); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	if err := f.stop(t); err != nil {
		t.Fatalf("Serve: %v", err)
	}
	if d := time.Since(start); d >= grace {
		t.Errorf("Serve returned %v after the shutdown began: it waited out the grace period", d)
	}
	f.requireConfigHas(t, `host = "a.example.com"`) // the save within the grace period
	f.logLine(t, "saved", func(r map[string]any) bool { return fmt.Sprint(r["changed"]) == "[smtp.host]" })
}
