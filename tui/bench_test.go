package tui

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// Budgets: the first frame within 50 ms, under 1 KiB written per keystroke
// while typing (what an SSH session pays per key).

// BenchmarkFirstFrame is New + Init + the first View at 80×24, loading a
// real file.
func BenchmarkFirstFrame(b *testing.B) {
	path := writeConfig(b, customConfig)
	b.ReportAllocs()
	for b.Loop() {
		mm, err := New(context.Background(), Options{Path: path})
		if err != nil {
			b.Fatal(err)
		}
		m := mm.(*model)
		_ = m.Init()
		m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
		_ = m.View()
	}
}

// frameWriter keeps what the program writes to the terminal, one entry per
// Write: bubbletea's renderer writes each frame in a single Write, so the
// entries are frames. Waiting is on writes, never on time.
type frameWriter struct {
	mu      sync.Mutex
	frames  [][]byte
	written chan struct{} // closed, and replaced, by every Write
}

func newFrameWriter() *frameWriter { return &frameWriter{written: make(chan struct{})} }

func (w *frameWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.frames = append(w.frames, bytes.Clone(p))
	close(w.written)
	w.written = make(chan struct{})
	return len(p), nil
}

// waitFrame waits for a frame at index from or later that satisfies ok and
// returns the index after it. The timer only turns a hang into a failure.
func (w *frameWriter) waitFrame(tb testing.TB, from int, what string, ok func([]byte) bool) int {
	tb.Helper()
	timeout := time.NewTimer(10 * time.Second)
	defer timeout.Stop()
	for {
		w.mu.Lock()
		for i := from; i < len(w.frames); i++ {
			if ok(w.frames[i]) {
				w.mu.Unlock()
				return i + 1
			}
		}
		written := w.written
		w.mu.Unlock()
		select {
		case <-written:
		case <-timeout.C:
			tb.Fatalf("no frame with %s", what)
		}
	}
}

// size is the bytes of frames [from, to).
func (w *frameWriter) size(from, to int) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, f := range w.frames[from:to] {
		n += len(f)
	}
	return n
}

// keystrokeBytes runs a real program writing to a frameWriter with the
// host field focused, types a 20-character host one key per frame (as a
// person types: each key is sent once the previous key's frame, the one
// that shows its character, has been written) and returns the bytes
// written per keystroke. Nothing else redraws meanwhile (no spinner, no
// blinking cursor), so the frames counted are exactly the keys' frames.
func keystrokeBytes(tb testing.TB) float64 {
	tb.Helper()
	path := writeConfig(tb, "[smtp]\nuse_default = false\nsender = \"noreply@example.com\"\n")
	mm, err := New(context.Background(), Options{Path: path})
	if err != nil {
		tb.Fatal(err)
	}
	mm.(*model).top().(*formScreen).focusOn("smtp.host")
	out := newFrameWriter()
	p := tea.NewProgram(mm, tea.WithInput(nil), tea.WithOutput(out),
		tea.WithWindowSize(termW, termH), tea.WithColorProfile(colorprofile.ANSI256), tea.WithoutSignals())
	done := make(chan struct{})
	var final tea.Model
	go func() { final, _ = p.Run(); close(done) }()
	next := out.waitFrame(tb, 0, "the form", func(f []byte) bool { return bytes.Contains(f, []byte("Authentication")) })
	start := next
	const host = "smtp.mail.example.de" // 20 characters, no letter twice in a row
	for _, r := range host {
		p.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
		next = out.waitFrame(tb, next, fmt.Sprintf("%q", r), func(f []byte) bool { return bytes.ContainsRune(f, r) })
	}
	total := out.size(start, next)
	p.Quit()
	<-done
	if got := final.(*model).d.fields["smtp.host"].value(); got != host {
		tb.Fatalf("typed into the wrong field: host is %q", got)
	}
	return float64(total) / float64(len(host))
}

func BenchmarkKeystrokeBytes(b *testing.B) {
	var per float64
	for b.Loop() {
		per = keystrokeBytes(b)
	}
	b.ReportMetric(per, "bytes/keystroke")
}

// TestKeystrokeBudget asserts bytes only: the time it takes is the
// renderer's frame rate, not something to judge.
func TestKeystrokeBudget(t *testing.T) {
	per := keystrokeBytes(t)
	t.Logf("%.0f bytes written per keystroke while typing the host", per)
	if per >= 1024 {
		t.Errorf("%.0f bytes per keystroke, budget 1 KiB", per)
	}
}
