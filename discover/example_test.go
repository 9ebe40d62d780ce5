package discover_test

import (
	"context"
	"fmt"
	"time"

	"github.com/smtpconf/smtpconf/discover"
)

// A caller such as the wizard streams the steps as they end and offers
// what answered, best first, each with where it came from; accepting one
// fills the settings. (Not run: it asks the real DNS.)
func ExampleDiscover() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // esc in the TUI: the discovery stops at once
	res, err := discover.Discover(ctx, "noreply@firma.de", discover.Options{
		Timeout: 15 * time.Second,
		Trace: func(ev discover.Event) {
			if ev.Status != discover.StatusRunning {
				fmt.Println(ev.Status, ev.Title, ev.Detail)
			}
		},
	})
	if err != nil {
		fmt.Println(err) // the address itself is unusable
		return
	}
	for _, f := range res.Found {
		fmt.Println("We found:", f.Summary()) // smtp.office365.com, port 587, STARTTLS (from the MX records of firma.de: Microsoft 365)
		for _, note := range f.Notes {
			fmt.Println("  note:", note)
		}
	}
	if len(res.Found) > 0 {
		s, _ := res.Found[0].Settings(res.Address) // host, port, protocol, starttls, auth, username, sender
		fmt.Println(s.Host, s.Port)
	}
}
