package config

import (
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/shellword"
)

// File is a config file: its path, the settings, and what it said when
// loaded, so that Save edits it in place and refuses to overwrite changes
// made by someone else meanwhile.
type File struct {
	Path   string
	Config Config
	// Warnings are about the file itself, such as a password readable by
	// others; they are found by Load and Reload. They are English:
	// WarningsIn gives them in a language.
	Warnings []string
	warnings []*i18n.Error // Warnings as catalog messages
	// Lang is the language of the comment that opens a file smtpconf
	// creates (the zero value is English); saving an existing file never
	// touches its comments.
	Lang i18n.Lang

	loaded *document // what the file said when read; nil for a file not on disk yet
	// removed are the dotted keys Unset removed since the last load or
	// save, which the next save deletes from the file.
	removed map[string]bool
	disk    disk // where Save writes; nil means the real file system
}

// Load reads and decodes a file. A missing file gives an error satisfying
// errors.Is(err, fs.ErrNotExist); a syntax or type error is a *ParseError.
// A file that does not parse gives no *File, so it can never be saved over.
func Load(path string) (*File, error) {
	f := &File{Path: path}
	if err := f.Reload(); err != nil {
		return nil, err
	}
	return f, nil
}

// New is a file not yet on disk, holding Default(). Its Save refuses with
// ErrChangedOnDisk if someone creates the file meanwhile.
func New(path string) *File { return &File{Path: path, Config: Default()} }

// Reload reads the file again, dropping unsaved changes; afterwards Save
// overwrites what is on disk now. On error the File is left as it was.
func (f *File) Reload() error {
	data, err := readConfigFile(f.Path)
	if err != nil {
		return i18n.Wrap("config_load_failed", i18n.D{"Path": f.Path}, err)
	}
	doc, err := parse(f.Path, data)
	if err != nil {
		return err
	}
	f.loaded, f.Config, f.Warnings, f.warnings, f.removed = doc, doc.config, nil, nil, nil
	if info, err := os.Stat(f.Path); err == nil {
		f.warnings = permissionWarnings(f.Path, info.Mode(), doc)
		for _, w := range f.warnings {
			f.Warnings = append(f.Warnings, w.Error())
		}
	}
	return nil
}

// WarningsIn is Warnings in language l.
func (f *File) WarningsIn(l i18n.Lang) []string {
	if len(f.warnings) != len(f.Warnings) {
		return f.Warnings // set by hand: only the English is known
	}
	out := make([]string, len(f.warnings))
	for i, w := range f.warnings {
		out[i] = w.In(l)
	}
	return out
}

// permissionWarnings warns, as ssh and msmtp do, when a file holding a
// password or client secret can be read by every user. A file its group
// reads (0640) is the usual way to let the application read it, and is not
// warned about.
func permissionWarnings(path string, mode fs.FileMode, doc *document) []*i18n.Error {
	if mode.Perm()&0o004 == 0 {
		return nil
	}
	who, fix := i18n.Errorf("config_readable_by_others", nil), "600"
	if mode.Perm()&0o040 != 0 {
		who, fix = i18n.Errorf("config_readable_by_group_and_others", nil), "640"
	}
	for _, k := range knownKeys().list {
		if _, written := doc.name(k.Name); written && k.Secret {
			data := i18n.D{"Mode": fmt.Sprintf("%04o", mode.Perm()), "Who": who, "Fix": fix, "Path": shellword.Quote(path)}
			if strings.HasSuffix(k.Name, "oauth2_client_secret") {
				return []*i18n.Error{i18n.Errorf("config_readable_client_secret", data)}
			}
			return []*i18n.Error{i18n.Errorf("config_readable_password", data)}
		}
	}
	return nil
}

// Validate checks the settings and also the file's own problems (unknown
// keys, keys outside their table), with the line of each key the file sets.
// A problem about a key the file leaves out points at its table's line.
func (f *File) Validate() Problems {
	ps := Validate(f.Config)
	if f.loaded == nil {
		return ps.Sorted()
	}
	for _, p := range f.loaded.problems {
		if !f.removed[p.Key] { // Unset removed the key the file had wrong
			ps = append(ps, p)
		}
	}
	ps = append(ps, f.writtenZeros()...)
	for i := range ps {
		if ps[i].Line == 0 {
			ps[i].Line = f.Line(ps[i].Key)
		}
	}
	return ps.Sorted()
}

// writtenZeros warns about a port or timeout the file writes as 0 and that
// is still 0: it means the default, which an admin reading "port = 0" would
// not guess; the line is best removed.
func (f *File) writtenZeros() Problems {
	var ps Problems
	for _, e := range f.loaded.entries {
		if len(e.path) != 2 || f.loaded.tables[e.path[0]] == nil || e.inInline {
			continue
		}
		key := e.path[0] + "." + e.path[1]
		k, known := lookupKey(key)
		ref, ok := f.Config.field(key)
		if !known || !ok || f.removed[key] || !ref.isZero() || (k.Kind != KindInt && k.Kind != KindDuration) {
			continue
		}
		if raw := strings.Trim(string(f.loaded.data[e.valStart:e.valEnd]), `"'`); raw == "" {
			continue // a blank duration is an error of its own
		}
		m := i18n.Errorf("config_zero_timeout", nil)
		if k.Kind == KindInt {
			m = i18n.Errorf("config_zero_port", nil)
		}
		p := newProblem(key, SeverityWarning, m)
		p.Line = e.line
		ps = append(ps, p)
	}
	return ps
}

// Line is the line of the file that sets a key (a bare key means [smtp]),
// or, for a key it leaves out, the line of the key's [table]; 0 when
// neither is in the file. Lines are as loaded or last saved.
func (f *File) Line(key string) int {
	if f.loaded == nil {
		return 0
	}
	if line := f.loaded.line(QualifiedKey(key)); line > 0 {
		return line
	}
	if k, ok := lookupKey(key); ok {
		for table, span := range f.loaded.tables {
			if span.hasHeader && strings.HasPrefix(k.Name, table+".") {
				return span.headerLine
			}
		}
	}
	return 0
}

// Source says where a key's value comes from, for `smtpconf show`:
// "file:LINE" when the file sets it (as loaded or last saved), else
// "default". A bare key means [smtp].
func (f *File) Source(key string) string {
	if f.loaded != nil {
		if line := f.loaded.line(QualifiedKey(key)); line > 0 {
			return "file:" + strconv.Itoa(line)
		}
	}
	return "default"
}

// ErrChangedOnDisk is returned by Save when someone else changed the file
// since it was loaded (or created it, for a File from New).
var ErrChangedOnDisk error = i18n.Errorf("config_changed_on_disk", nil)
