package serve

import (
	"context"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/tui"
)

// notices is what one session is being warned about, on a line of its
// own (tui.Notice) while the admin can still act on it, in the session's
// language. Changes wake its deliver loop, which sends the program the
// line to show: sending from the timers or from Shutdown directly could
// block them on a busy form.
type notices struct {
	lang     i18n.Lang
	mu       sync.Mutex
	stopping string // the server is shutting down
	idle     string // the idle timeout is near
	wake     chan struct{}
}

func newNotices(lang i18n.Lang) *notices {
	return &notices{lang: lang, wake: make(chan struct{}, 1)}
}

// setStopping warns that the server stops at deadline (none: has is false).
func (n *notices) setStopping(deadline time.Time, has bool) {
	text := stoppingNotice(deadline, has, n.lang)
	n.set(func() { n.stopping = text })
}

// setIdle warns that the idle timeout ends the session in left.
func (n *notices) setIdle(left time.Duration) {
	text := n.lang.T("serve_notice_idle", i18n.D{"Time": durationIn(left, n.lang)})
	n.set(func() { n.idle = text })
}

// clearIdle withdraws the idle warning: the admin pressed a key.
func (n *notices) clearIdle() { n.set(func() { n.idle = "" }) }

func (n *notices) set(change func()) {
	n.mu.Lock()
	change()
	n.mu.Unlock()
	select {
	case n.wake <- struct{}{}:
	default: // a wake is pending; deliver reads the latest state
	}
}

// text is the line to show. The shutdown wins: it ends the session whatever
// the admin presses, so it is the one to act on.
func (n *notices) text() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stopping != "" {
		return n.stopping
	}
	return n.idle
}

// deliver sends the program each new line (an empty one clears it) until
// ctx ends. Only the latest state is sent: a warning withdrawn before it
// was shown is never shown.
func (n *notices) deliver(ctx context.Context, send func(tea.Msg)) {
	shown := ""
	for {
		select {
		case <-ctx.Done():
			return
		case <-n.wake:
		}
		if text := n.text(); text != shown {
			send(tui.Notice{Text: text})
			shown = text
		}
	}
}

// stoppingNotice is the shutdown warning in lang for a grace period
// ending at deadline (none: ctx has no deadline).
func stoppingNotice(deadline time.Time, ok bool, lang i18n.Lang) string {
	if !ok {
		return lang.T("serve_notice_stop_now", nil)
	}
	return lang.T("serve_notice_stopping", i18n.D{"Time": durationIn(time.Until(deadline), lang)})
}

// idleWarningLead is how long before the idle timeout the admin is
// warned: a minute, or a quarter of a timeout shorter than four minutes.
func idleWarningLead(timeout time.Duration) time.Duration {
	return min(time.Minute, timeout/4)
}

// humanDuration writes d as an admin reads it: "30s", "1m", "1m30s";
// under a second, in milliseconds.
func humanDuration(d time.Duration) string {
	if d < time.Second {
		return max(d, 0).Round(time.Millisecond).String()
	}
	s := d.Round(time.Second).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
