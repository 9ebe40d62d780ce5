package config

// This file pins the package's API so that other packages can be written
// against it while it is being built. Its bodies are placeholders: the config
// work replaces them (and deletes this file) with the real implementation.

import "errors"

// Severity tells whether a problem blocks saving (Error) or only advises (Warning).
type Severity int

const (
	SeverityError Severity = iota
	SeverityWarning
)

// Problem is one thing wrong with the settings: the key it concerns (dotted,
// as in "smtp.port"), what is wrong and what to do, and the file line when known.
type Problem struct {
	Key      string
	Message  string
	Line     int
	Severity Severity
}

func (p Problem) Error() string { return p.Key + ": " + p.Message }

// Problems is the outcome of validation.
type Problems []Problem

// Errors keeps the problems that block saving.
func (ps Problems) Errors() Problems { return nil }

// Warnings keeps the advisory problems.
func (ps Problems) Warnings() Problems { return nil }

// For keeps the problems about one key.
func (ps Problems) For(key string) Problems { return nil }

// Err is nil when no problem blocks saving, else an error listing them.
func (ps Problems) Err() error { return nil }

// Default is the configuration of a new file.
func Default() Config { return Config{} }

// WithDefaults fills what the admin left empty: protocol, port, auth, timeout.
func (s Server) WithDefaults() Server { return s }

// Effective is the server mail really goes through: [default_server] (with its
// own defaults: localhost:25, plain, no auth) when use_default is set, else [smtp].
func (c Config) Effective() Server { return c.SMTP.Server }

// Validate checks the settings as a whole; one function for CLI, TUI and mailer.
func Validate(c Config) Problems { return nil }

// Redacted returns a copy with every secret value replaced.
func (c Config) Redacted() Config { return c }

// Set changes one setting from text, as `smtpconf set KEY=VALUE` does; a bare
// key means [smtp]. It checks the value's type, not the whole config.
func (c *Config) Set(key, value string) error { return errors.New("not implemented") }

// ErrChangedOnDisk is returned by Save when someone else changed the file since it was loaded.
var ErrChangedOnDisk = errors.New("the file changed on disk since it was loaded")

// File is a config file: its path, what it said when loaded and the settings.
type File struct {
	Path   string
	Config Config
}

// Load reads and decodes a file. A missing file gives an error satisfying
// errors.Is(err, fs.ErrNotExist); a syntax or type error is a *ParseError.
func Load(path string) (*File, error) { return nil, errors.New("not implemented") }

// New is a file not yet on disk, holding Default().
func New(path string) *File { return &File{Path: path, Config: Default()} }

// Validate checks the settings and also the file's own problems (unknown keys), with lines.
func (f *File) Validate() Problems { return Validate(f.Config) }

// Save writes the settings atomically (temp file, fsync, rename, 0600), keeping
// what smtpconf does not own; it refuses with ErrChangedOnDisk.
func (f *File) Save() error { return errors.New("not implemented") }

// ParseError is a TOML syntax or type error with its position.
type ParseError struct {
	Path         string
	Line, Column int
	Message      string
}

func (e *ParseError) Error() string { return e.Message }

// DefaultPath is /etc/smtpconf/config.toml for root, else the user config dir's smtpconf/config.toml.
func DefaultPath() string { return "" }
