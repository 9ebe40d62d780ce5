package serve

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// screen is a small terminal emulator for tests: it keeps what a w×h
// terminal would show after the bytes written to it, so tests can read the
// form as an admin sees it. The renderer only redraws changed cells, which
// is why reading the raw stream is not enough. It knows the sequences
// bubbletea's renderer uses (cursor moves, erases, insert/delete, scroll
// regions, repeat); colours and modes are ignored.
type screen struct {
	mu      sync.Mutex
	changed chan struct{}

	w, h         int
	cells        [][]rune
	x, y         int
	wrapNext     bool
	top, bottom  int // scroll region, inclusive
	savedX       int
	savedY       int
	last         rune
	parser       *ansi.Parser
	state        byte
	pending      []byte // an incomplete sequence at the end of a write
	bytesWritten int
	watches      []*screenWatch
}

// screenWatch catches a screen state however briefly it shows: it is
// checked after every write, not when a waiting test gets to look.
type screenWatch struct {
	what string
	cond func(string) bool
	seen chan struct{}
	text string // the screen when cond first held
}

func newScreen(w, h int) *screen {
	s := &screen{changed: make(chan struct{}), parser: ansi.NewParser()}
	s.resize(w, h)
	return s
}

func (s *screen) resize(w, h int) {
	cells := make([][]rune, h)
	for y := range cells {
		cells[y] = []rune(strings.Repeat(" ", w))
		if y < len(s.cells) {
			copy(cells[y], s.cells[y])
		}
	}
	s.w, s.h, s.cells = w, h, cells
	s.top, s.bottom = 0, h-1
	s.x, s.y = min(s.x, w-1), min(s.y, h-1)
}

// Resize is a window change, as the client's terminal does it.
func (s *screen) Resize(w, h int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resize(w, h)
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bytesWritten += len(p)
	b := append(s.pending, p...)
	s.pending = nil
	for len(b) > 0 {
		seq, width, n, state := ansi.DecodeSequence(b, s.state, s.parser)
		if n == len(b) && state != 0 && state != s.state {
			// The sequence continues in the next write.
			s.pending = append([]byte(nil), b...)
			break
		}
		s.state = state
		s.apply(seq, width)
		b = b[n:]
	}
	if len(s.watches) > 0 {
		text := s.text()
		pending := s.watches[:0]
		for w := range slices.Values(s.watches) {
			if w.cond(text) {
				w.text = text
				close(w.seen)
				continue
			}
			pending = append(pending, w)
		}
		s.watches = pending
	}
	close(s.changed)
	s.changed = make(chan struct{})
	return len(p), nil
}

// watch starts looking for a screen that satisfies cond, from now on
// (the screen as it is now included); wait for it with screenWatch.wait.
func (s *screen) watch(what string, cond func(string) bool) *screenWatch {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := &screenWatch{what: what, cond: cond, seen: make(chan struct{})}
	if text := s.text(); cond(text) {
		w.text = text
		close(w.seen)
		return w
	}
	s.watches = append(s.watches, w)
	return w
}

// watchFor is watch for a screen showing want.
func (s *screen) watchFor(want string) *screenWatch {
	return s.watch(fmt.Sprintf("%q", want), func(text string) bool { return strings.Contains(text, want) })
}

// wait waits (bounded) until the watched state showed, and returns that screen.
func (w *screenWatch) wait(t testing.TB) string {
	t.Helper()
	select {
	case <-w.seen:
		return w.text
	case <-time.After(waitTimeout):
		t.Fatalf("timed out after %v waiting for the screen to show %s", waitTimeout, w.what)
		return ""
	}
}

func (s *screen) apply(seq []byte, width int) {
	switch {
	case width > 0:
		s.print([]rune(string(seq))[0], width)
	case len(seq) == 1 && seq[0] < 0x20:
		s.control(seq[0])
	case len(seq) >= 2 && seq[0] == 0x1b && seq[1] == '[':
		s.csi(ansi.Cmd(s.parser.Command()), s.parser.Params())
	case len(seq) == 2 && seq[0] == 0x1b:
		s.esc(seq[1])
	}
}

func (s *screen) print(r rune, width int) {
	if s.wrapNext {
		s.x, s.wrapNext = 0, false
		s.lineFeed()
	}
	s.cells[s.y][s.x] = r
	for i := 1; i < width && s.x+i < s.w; i++ {
		s.cells[s.y][s.x+i] = 0 // the right half of a wide character
	}
	s.last = r
	if s.x+width >= s.w {
		s.x, s.wrapNext = s.w-1, true
		return
	}
	s.x += width
}

func (s *screen) control(b byte) {
	switch b {
	case '\r':
		s.x, s.wrapNext = 0, false
	case '\n', '\v', '\f':
		s.lineFeed()
	case '\b':
		s.x, s.wrapNext = max(0, s.x-1), false
	case '\t':
		s.x = min(s.w-1, (s.x/8+1)*8)
	}
}

func (s *screen) esc(b byte) {
	switch b {
	case '7':
		s.savedX, s.savedY = s.x, s.y
	case '8':
		s.x, s.y, s.wrapNext = s.savedX, s.savedY, false
	case 'D':
		s.lineFeed()
	case 'E':
		s.x = 0
		s.lineFeed()
	case 'M':
		if s.y == s.top {
			s.scrollDown(1)
		} else {
			s.y = max(0, s.y-1)
		}
	}
}

func (s *screen) lineFeed() {
	if s.y == s.bottom {
		s.scrollUp(1)
		return
	}
	s.y = min(s.h-1, s.y+1)
}

func (s *screen) csi(cmd ansi.Cmd, params ansi.Params) {
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		if cmd.Prefix() == '?' && (cmd.Final() == 'h' || cmd.Final() == 'l') {
			for _, p := range params {
				if p.Param(0) == 1049 || p.Param(0) == 47 || p.Param(0) == 1047 {
					s.clear(0, 0, s.w, s.h) // switching screens shows a blank one
				}
			}
		}
		return
	}
	n := func(i int) int { v, _, _ := params.Param(i, 1); return max(1, v) }
	raw := func(i, def int) int { v, _, _ := params.Param(i, def); return v }
	s.wrapNext = false
	switch cmd.Final() {
	case 'A':
		s.y = max(s.top, s.y-n(0))
	case 'B':
		s.y = min(s.bottom, s.y+n(0))
	case 'C':
		s.x = min(s.w-1, s.x+n(0))
	case 'D':
		s.x = max(0, s.x-n(0))
	case 'E':
		s.x, s.y = 0, min(s.bottom, s.y+n(0))
	case 'F':
		s.x, s.y = 0, max(s.top, s.y-n(0))
	case 'G', '`':
		s.x = min(s.w-1, n(0)-1)
	case 'd':
		s.y = min(s.h-1, n(0)-1)
	case 'H', 'f':
		s.y, s.x = min(s.h-1, n(0)-1), min(s.w-1, n(1)-1)
	case 'J':
		switch raw(0, 0) {
		case 0:
			s.clear(s.x, s.y, s.w, s.y+1)
			s.clear(0, s.y+1, s.w, s.h)
		case 1:
			s.clear(0, 0, s.w, s.y)
			s.clear(0, s.y, s.x+1, s.y+1)
		default:
			s.clear(0, 0, s.w, s.h)
		}
	case 'K':
		switch raw(0, 0) {
		case 0:
			s.clear(s.x, s.y, s.w, s.y+1)
		case 1:
			s.clear(0, s.y, s.x+1, s.y+1)
		default:
			s.clear(0, s.y, s.w, s.y+1)
		}
	case 'X':
		s.clear(s.x, s.y, min(s.w, s.x+n(0)), s.y+1)
	case 'b':
		for range n(0) {
			s.print(s.last, 1)
		}
	case '@':
		row := s.cells[s.y]
		k := min(n(0), s.w-s.x)
		copy(row[s.x+k:], row[s.x:s.w-k])
		s.clear(s.x, s.y, s.x+k, s.y+1)
	case 'P':
		row := s.cells[s.y]
		k := min(n(0), s.w-s.x)
		copy(row[s.x:], row[s.x+k:])
		s.clear(s.w-k, s.y, s.w, s.y+1)
	case 'L':
		if s.y >= s.top && s.y <= s.bottom {
			top := s.top
			s.top = s.y
			s.scrollDown(n(0))
			s.top = top
		}
	case 'M':
		if s.y >= s.top && s.y <= s.bottom {
			top := s.top
			s.top = s.y
			s.scrollUp(n(0))
			s.top = top
		}
	case 'S':
		s.scrollUp(n(0))
	case 'T':
		s.scrollDown(n(0))
	case 'r':
		s.top, s.bottom = n(0)-1, min(s.h, raw(1, s.h))-1
		if raw(1, 0) == 0 {
			s.bottom = s.h - 1
		}
		s.x, s.y = 0, 0
	}
}

func (s *screen) clear(x0, y0, x1, y1 int) {
	for y := max(0, y0); y < min(s.h, y1); y++ {
		for x := max(0, x0); x < min(s.w, x1); x++ {
			s.cells[y][x] = ' '
		}
	}
}

// scrollUp moves the scroll region's lines up by k, blank lines below.
func (s *screen) scrollUp(k int) {
	for range k {
		copy(s.cells[s.top:s.bottom], s.cells[s.top+1:s.bottom+1])
		s.cells[s.bottom] = []rune(strings.Repeat(" ", s.w))
	}
}

func (s *screen) scrollDown(k int) {
	for range k {
		copy(s.cells[s.top+1:s.bottom+1], s.cells[s.top:s.bottom])
		s.cells[s.top] = []rune(strings.Repeat(" ", s.w))
	}
}

// Text is the screen's lines, trailing spaces trimmed.
func (s *screen) Text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.text()
}

func (s *screen) text() string {
	lines := make([]string, s.h)
	for y, row := range s.cells {
		lines[y] = strings.TrimRight(strings.ReplaceAll(string(row), "\x00", ""), " ")
	}
	return strings.Join(lines, "\n")
}

// waitFor waits until the screen shows want.
func (s *screen) waitFor(t testing.TB, want string) string {
	t.Helper()
	return s.waitUntil(t, fmt.Sprintf("%q", want), func(text string) bool { return strings.Contains(text, want) })
}

// waitUntil waits until the screen's text satisfies cond.
func (s *screen) waitUntil(t testing.TB, what string, cond func(string) bool) string {
	t.Helper()
	deadline := time.NewTimer(waitTimeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		text, changed := s.text(), s.changed
		s.mu.Unlock()
		if cond(text) {
			return text
		}
		select {
		case <-changed:
		case <-deadline.C:
			t.Fatalf("timed out after %v waiting for the screen to show %s; it shows:\n%s", waitTimeout, what, text)
		}
	}
}

func TestScreen(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"text and newline", "ab\r\ncd", "ab\ncd\n"},
		{"cursor position and erase line", "hello\x1b[1;3Hy\x1b[K", "hey\n\n"},
		{"skip unchanged cells", "abcdef\x1b[1;1Hx\x1b[2Cz", "xbczef\n\n"},
		{"repeat and erase chars", "a\x1b[3b\x1b[1;2H\x1b[2X", "a  a\n\n"},
		{"clear screen", "abc\r\ndef\x1b[2J\x1b[Hz", "z\n\n"},
		{"wide characters", "✓ 日本", "✓ 日本\n\n"},
		{"split sequence", "a\x1b", "a\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newScreen(8, 3)
			_, _ = s.Write([]byte(tt.in))
			if got := s.Text(); got != tt.want {
				t.Errorf("screen %q, want %q", got, tt.want)
			}
		})
	}
}
