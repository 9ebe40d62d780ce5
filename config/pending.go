package config

import "fmt"

// Pending is what Save would do to the file: its bytes as loaded (nil for
// a file New made, which Save would create) and the bytes Save would write.
// Nothing is written. A caller shows the two (a dry run, a diff), or skips
// Save when they are equal so that an unchanged file keeps its inode and
// mtime.
func (f *File) Pending() (before, after []byte, err error) {
	old := f.loaded
	if old == nil {
		if old, err = parse(f.Path, nil); err != nil {
			return nil, nil, fmt.Errorf("render %s: %w", f.Path, err)
		}
	} else {
		before = old.data
	}
	after, _, err = render(old, f.Config, f.removed)
	if err != nil {
		return nil, nil, fmt.Errorf("render %s: %w", f.Path, err)
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
