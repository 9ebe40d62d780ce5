package mailer

import (
	"testing"
	"time"
)

func TestShortDuration(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{340 * time.Microsecond, "<1ms"},
		{12 * time.Millisecond, "12ms"},
		{1250 * time.Millisecond, "1.2s"},
		{59 * time.Second, "59.0s"},
		{125 * time.Second, "2m5s"},
	} {
		if got := ShortDuration(c.d); got != c.want {
			t.Errorf("ShortDuration(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}
