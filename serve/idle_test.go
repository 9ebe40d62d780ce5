package serve

import (
	"context"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/tui"
)

// Input resets the idle timer; output does not reach it at all.
func TestIdleInput(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const after = time.Minute
		r, w := io.Pipe()
		var idle atomic.Bool
		in := newIdleInput(r, after, idleHooks{idle: func() { idle.Store(true) }})
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

// The warning comes a minute before the timeout; a key withdraws it and
// starts the count again.
func TestIdleInputWarns(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const after = 15 * time.Minute
		r, w := io.Pipe()
		var mu sync.Mutex
		var events []string
		record := func(e string) { mu.Lock(); events = append(events, e); mu.Unlock() }
		got := func() string { mu.Lock(); defer mu.Unlock(); return strings.Join(events, " ") }
		in := newIdleInput(r, after, idleHooks{
			warn:   func(left time.Duration) { record("warn " + humanDuration(left)) },
			active: func() { record("active") },
			idle:   func() { record("idle") },
		})
		defer in.stop()
		go func() { _, _ = io.Copy(io.Discard, in) }()

		time.Sleep(14*time.Minute - time.Second)
		synctest.Wait()
		if got() != "" {
			t.Fatalf("before the warning: %q", got())
		}
		time.Sleep(time.Second)
		synctest.Wait()
		if got() != "warn 1m" {
			t.Fatalf("at 14m: %q, want the warning", got())
		}
		time.Sleep(30 * time.Second)
		if _, err := w.Write([]byte("x")); err != nil {
			t.Fatal(err)
		}
		synctest.Wait()
		if got() != "warn 1m active" {
			t.Fatalf("after a key: %q, want the warning withdrawn", got())
		}
		time.Sleep(time.Minute) // past the first timeout: the key restarted it
		if _, err := w.Write([]byte("x")); err != nil {
			t.Fatal(err)
		}
		synctest.Wait()
		if got() != "warn 1m active" {
			t.Fatalf("a key with no warning out: %q", got())
		}
		time.Sleep(after)
		synctest.Wait()
		if got() != "warn 1m active warn 1m idle" {
			t.Fatalf("after the timeout: %q, want a warning, then idle", got())
		}
		w.Close()
	})
}

func TestIdleWarningText(t *testing.T) {
	tests := []struct {
		timeout  time.Duration
		wantLead string
	}{
		{15 * time.Minute, "1m"},
		{4 * time.Minute, "1m"},
		{2 * time.Minute, "30s"},
		{90 * time.Second, "23s"},
		{2 * time.Second, "500ms"},
		{400 * time.Millisecond, "100ms"},
	}
	for _, tt := range tests {
		if got := humanDuration(idleWarningLead(tt.timeout)); got != tt.wantLead {
			t.Errorf("timeout %v: warned %s before, want %s", tt.timeout, got, tt.wantLead)
		}
	}
	for d, want := range map[time.Duration]string{
		30 * time.Second: "30s", time.Minute: "1m", 90 * time.Second: "1m30s",
		time.Hour: "1h", 2*time.Second - time.Microsecond: "2s", -time.Second: "0s",
	} {
		if got := humanDuration(d); got != want {
			t.Errorf("humanDuration(%v) = %s, want %s", d, got, want)
		}
	}
}

func TestStoppingNotice(t *testing.T) {
	tests := []struct {
		lang             i18n.Lang
		withGrace, isNow string
	}{
		{i18n.English, "The server is stopping: save your changes within 30s", "The server is stopping: save your changes now"},
		{i18n.German, "Der Server wird beendet: Bitte speichern Sie innerhalb von 30 s", "Der Server wird beendet: Bitte speichern Sie jetzt"},
	}
	for _, tt := range tests {
		if got := stoppingNotice(time.Now().Add(30*time.Second), true, tt.lang); got != tt.withGrace {
			t.Errorf("%s, with a grace period: %q, want %q", tt.lang, got, tt.withGrace)
		}
		if got := stoppingNotice(time.Time{}, false, tt.lang); got != tt.isNow {
			t.Errorf("%s, without a deadline: %q, want %q", tt.lang, got, tt.isNow)
		}
	}
}

// German writes durations with SI symbols and spaces; "1m" would read as
// a metre.
func TestDurationInGerman(t *testing.T) {
	for d, want := range map[time.Duration]string{
		30 * time.Second: "30 s", time.Minute: "1 min", 90 * time.Second: "1 min 30 s",
		time.Hour + 2*time.Second: "1 h 2 s", 500 * time.Millisecond: "500 ms", -time.Second: "0 ms",
		2*time.Second - time.Microsecond: "2 s", time.Second - time.Microsecond: "1 s",
	} {
		if got := durationIn(d, i18n.German); got != want {
			t.Errorf("durationIn(%v, de) = %q, want %q", d, got, want)
		}
		if got, en := durationIn(d, i18n.English), humanDuration(d); got != en {
			t.Errorf("durationIn(%v, en) = %q, want humanDuration's %q", d, got, en)
		}
	}
}

func TestIdleInputNever(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := newIdleInput(io.LimitReader(nil, 0), -1, idleHooks{
			warn: func(time.Duration) { t.Error("warned with no timeout") },
			idle: func() { t.Error("idle with no timeout") },
		})
		time.Sleep(24 * time.Hour)
		in.stop()
	})
}

// A form that panics ends its own session, not the server.
func TestPanickingFormEndsOnlyItsSession(t *testing.T) {
	var panics atomic.Bool
	panics.Store(true)
	f := startServer(t, withModel(func(ctx context.Context, o tui.Options) (tea.Model, error) {
		if panics.Load() {
			panic("boom")
		}
		return newStandIn(ctx, o)
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

// The notices are one line of the form's frame at 80 columns in both
// languages (the frame shows them as "! " + text and wraps what is longer).
func TestNoticesFitOneLine(t *testing.T) {
	for _, lang := range i18n.Langs() {
		n := newNotices(lang)
		texts := []string{stoppingNotice(time.Time{}, false, lang)}
		for _, d := range []time.Duration{30 * time.Second, 90 * time.Second, 59*time.Minute + 59*time.Second} {
			texts = append(texts, stoppingNotice(time.Now().Add(d), true, lang))
			n.setIdle(d)
			texts = append(texts, n.text())
		}
		for _, text := range texts {
			if w := utf8.RuneCountInString("! " + text); w > 78 {
				t.Errorf("%s: %q is %d columns, more than a line at 80", lang, text, w)
			}
		}
	}
}
