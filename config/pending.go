package config

import "github.com/smtpconf/smtpconf/internal/i18n"

// Pending is what Save would do to the file: its bytes as loaded (nil for
// a file New made, which Save would create) and the bytes Save would write.
// Nothing is written. A caller shows the two (a dry run, a diff), or skips
// Save when they are equal so that an unchanged file keeps its inode and
// mtime.
func (f *File) Pending() (before, after []byte, err error) {
	old := f.loaded
	if old == nil {
		if old, err = parse(f.Path, nil); err != nil {
			return nil, nil, i18n.Wrap("config_render_failed", i18n.D{"Path": f.Path}, err)
		}
	} else {
		before = old.data
	}
	after, _, err = render(old, f.Config, f.removed, f.Lang)
	if err != nil {
		return nil, nil, i18n.Wrap("config_render_failed", i18n.D{"Path": f.Path}, err)
	}
	return before, after, nil
}

// Loaded is the settings as the file held them when loaded (the defaults
// for a file New made): with ChangedKeys, what a change touches.
func (f *File) Loaded() Config {
	if f.loaded == nil {
		return Default()
	}
	return f.loaded.config
}
