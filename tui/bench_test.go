package tui

import (
	"sync/atomic"
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
		mm, err := New(Options{Path: path})
		if err != nil {
			b.Fatal(err)
		}
		m := mm.(*model)
		_ = m.Init()
		m.Update(tea.WindowSizeMsg{Width: termW, Height: termH})
		_ = m.View()
	}
}

// countingWriter counts what the program writes to the terminal.
type countingWriter struct{ n atomic.Int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n.Add(int64(len(p)))
	return len(p), nil
}

// keystrokeBytes runs a real program writing to a counter, focuses the host
// field, types a 20-character host one key per frame (as a person types)
// and returns the bytes written per keystroke.
func keystrokeBytes(tb testing.TB) float64 {
	tb.Helper()
	path := writeConfig(tb, "[smtp]\nuse_default = false\nsender = \"noreply@example.com\"\n")
	mm, err := New(Options{Path: path})
	if err != nil {
		tb.Fatal(err)
	}
	out := &countingWriter{}
	p := tea.NewProgram(mm, tea.WithInput(nil), tea.WithOutput(out),
		tea.WithWindowSize(termW, termH), tea.WithColorProfile(colorprofile.ANSI256), tea.WithoutSignals())
	done := make(chan struct{})
	var final tea.Model
	go func() { final, _ = p.Run(); close(done) }()
	settle := func() int64 {
		// Wait until nothing more is written for a few frames.
		last, stable := out.n.Load(), 0
		for deadline := time.Now().Add(5 * time.Second); stable < 5 && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
			if n := out.n.Load(); n == last {
				stable++
			} else {
				last, stable = n, 0
			}
		}
		return last
	}
	settle()
	for range 5 { // use_default, sender, sender name, protocol, starttls → host
		p.Send(keyTab)
	}
	start := settle()
	const host = "smtp.mail.example.de" // 20 characters
	for _, r := range host {
		before := out.n.Load()
		p.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
		for deadline := time.Now().Add(time.Second); out.n.Load() == before && time.Now().Before(deadline); {
			time.Sleep(time.Millisecond)
		}
	}
	end := settle()
	p.Quit()
	<-done
	if got := final.(*model).fields["smtp.host"].value(); got != host {
		tb.Fatalf("typed into the wrong field: host is %q", got)
	}
	return float64(end-start) / float64(len(host))
}

func BenchmarkKeystrokeBytes(b *testing.B) {
	var per float64
	for b.Loop() {
		per = keystrokeBytes(b)
	}
	b.ReportMetric(per, "bytes/keystroke")
}

func TestKeystrokeBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a program for about a second")
	}
	per := keystrokeBytes(t)
	t.Logf("%.0f bytes written per keystroke while typing the host", per)
	if per >= 1024 {
		t.Errorf("%.0f bytes per keystroke, budget 1 KiB", per)
	}
}

func TestFirstFrameBudget(t *testing.T) {
	res := testing.Benchmark(BenchmarkFirstFrame)
	ms := float64(res.NsPerOp()) / 1e6
	t.Logf("first frame: %.2f ms (%d allocs)", ms, res.AllocsPerOp())
	if ms >= 50 {
		t.Errorf("first frame takes %.1f ms, budget 50 ms", ms)
	}
}
