package i18n

import (
	"strings"
	"sync"
	"sync/atomic"
)

// lookups counts, per catalog area, the messages this process has looked
// up (T, N, and Error's text through them). Like the parsed catalog it is
// a record of what the process has done, not a setting: nothing the
// program does depends on it. It exists so that a test can prove a run
// shows no text it does not need: `smtpconf version` or `validate` must
// not look up a single "help" message (issue 13: start-up counts, and a
// lookup not made costs nothing).
var lookups sync.Map // area → *atomic.Int64

// noteLookup counts a lookup of message id under its area (the ID's part
// before the first "_").
func noteLookup(id string) {
	area, _, _ := strings.Cut(id, "_")
	n, ok := lookups.Load(area)
	if !ok {
		n, _ = lookups.LoadOrStore(area, new(atomic.Int64))
	}
	n.(*atomic.Int64).Add(1)
}

// AreasUsed is how many messages of each catalog area ("help", "cli", …)
// this process has looked up so far. It is for tests: one that reads it
// before and after a run sees which areas that run used.
func AreasUsed() map[string]int64 {
	used := map[string]int64{}
	lookups.Range(func(area, n any) bool {
		used[area.(string)] = n.(*atomic.Int64).Load()
		return true
	})
	return used
}
