package main

import (
	"errors"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// reapplyWait bounds how long set and unset keep re-reading a file that
// other processes keep changing. Each save takes milliseconds; twenty
// `smtpconf set` started at once by a provisioning script all finish well
// within it.
const reapplyWait = 5 * time.Second

// saveReapplying saves f. When another process saved the file since it was
// loaded (a second `set` running at the same time), it reads the file
// again, makes the same change on what is there now and saves again,
// instead of failing: set and unset change single keys, so the other
// process's keys are kept. reapply makes the change and says whether the
// result may be saved. It gives up after wait (reapplyWait).
func saveReapplying(f *config.File, wait time.Duration, reapply func(*config.File) error) error {
	deadline := time.Now().Add(wait)
	for {
		err := f.Save()
		if !errors.Is(err, config.ErrChangedOnDisk) || time.Now().After(deadline) {
			return err //nolint:wrapcheck // config's error names the file; saveError words it
		}
		if err := f.Reload(); err != nil {
			return i18n.Wrap("cli_reread_failed", i18n.D{"File": f.Path}, err)
		}
		if err := reapply(f); err != nil {
			return err
		}
	}
}
