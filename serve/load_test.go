package serve

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// loadSessions is how many admins the load benchmark connects at once.
const loadSessions = 50

// BenchmarkSessions connects 50 admins at once, each over its own
// connection to the real form, and reports the time from dialling to the
// first frame (p50, p95) and the heap each open session holds (server and
// the in-process Go client together: an upper bound for the server).
//
//	go test -run '^$' -bench Sessions -benchtime 3x ./serve/
func BenchmarkSessions(b *testing.B) {
	f := startServer(b)
	writeFile(b, f.configPath, customConfig(b))
	var firstFrames []time.Duration
	var heapPerSession []float64
	for b.Loop() {
		waits, heap := openSessionsAtOnce(b, f, loadSessions)
		firstFrames = append(firstFrames, waits...)
		heapPerSession = append(heapPerSession, heap)
	}
	slices.Sort(firstFrames)
	b.ReportMetric(float64(percentile(firstFrames, 50).Microseconds())/1000, "ms-first-frame-p50")
	b.ReportMetric(float64(percentile(firstFrames, 95).Microseconds())/1000, "ms-first-frame-p95")
	slices.Sort(heapPerSession)
	b.ReportMetric(heapPerSession[len(heapPerSession)/2]/1024, "KiB-heap/session")
	b.ReportMetric(0, "ns/op") // one op is 50 sessions; the metrics above say more
}

// openSessionsAtOnce opens n sessions concurrently, waits (bounded) for
// each one's first frame, measures the heap with all of them open, and
// closes them.
func openSessionsAtOnce(b *testing.B, f *fixture, n int) ([]time.Duration, float64) {
	b.Helper()
	before := heapInUse()
	type result struct {
		wait   time.Duration
		client *gossh.Client
		err    error
	}
	results := make([]result, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			start := time.Now()
			c, err := f.dial("admin", gossh.PublicKeys(f.admin))
			if err != nil {
				results[i].err = err
				return
			}
			results[i].client = c
			sess, err := c.NewSession()
			if err != nil {
				results[i].err = err
				return
			}
			out := newWatched()
			sess.Stdout = out
			if err := sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
				results[i].err = err
				return
			}
			if err := sess.Shell(); err != nil {
				results[i].err = err
				return
			}
			if _, err := out.wait("the first frame", func(s string) bool { return strings.Contains(s, "platform's") }); err != nil {
				results[i].err = err
				return
			}
			results[i].wait = time.Since(start)
		})
	}
	wg.Wait()
	heap := float64(heapInUse()-before) / float64(n)
	waits := make([]time.Duration, 0, n)
	for _, r := range results {
		if r.err != nil {
			b.Fatalf("session: %v", r.err)
		}
		waits = append(waits, r.wait)
		r.client.Close()
	}
	return waits, heap
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, len(sorted)*p/100)]
}
