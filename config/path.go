package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// EnvConfig names the environment variable that chooses the config file.
const EnvConfig = "SMTPCONF_CONFIG"

// systemPath is the file for root: a server-wide setting lives in /etc.
const systemPath = "/etc/smtpconf/config.toml"

// DefaultPath is /etc/smtpconf/config.toml for root, else the user config
// dir's smtpconf/config.toml (~/.config/smtpconf/config.toml on Linux) —
// unless that file does not exist and /etc/smtpconf/config.toml does: the
// application's own user then reads the system-wide file without --config.
func DefaultPath() string {
	path, _ := defaultPathFor(os.Geteuid(), os.UserConfigDir, fileExists)
	return path
}

// fileExists tells whether path names something that exists; a file that
// cannot be checked counts as existing, so its error surfaces on use.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return !errors.Is(err, fs.ErrNotExist)
}

// defaultPathFor is DefaultPath with the process's identity and the file
// system passed in; source is PathFromDefault, or PathFromSystemFallback
// when a user's own file is missing and the system-wide one is used. When
// the user has no config dir (no $HOME), it is the system path too, where
// saving fails with a clear permission error rather than write somewhere
// surprising.
func defaultPathFor(euid int, userConfigDir func() (string, error), exists func(string) bool) (path, source string) {
	if euid == 0 {
		return systemPath, PathFromDefault
	}
	dir, err := userConfigDir()
	if err != nil || dir == "" {
		return systemPath, PathFromDefault
	}
	own := filepath.Join(dir, "smtpconf", "config.toml")
	if !exists(own) && exists(systemPath) {
		return systemPath, PathFromSystemFallback
	}
	return own, PathFromDefault
}

// Sources of the config path, as ResolvePath reports them.
const (
	PathFromFlag    = "--config"
	PathFromEnv     = EnvConfig
	PathFromDefault = "default"
	// PathFromSystemFallback: a user without a file of their own reads
	// the system-wide one.
	PathFromSystemFallback = "system-wide fallback"
)

// PathReason says in language l why ResolvePath chose a file, from the
// source it returned: "from --config", "from $SMTPCONF_CONFIG", "default"
// or, for the system-wide fallback, that the user has no file of their own.
// --help and `show` print it after the path.
func PathReason(source string, l i18n.Lang) string {
	switch source {
	case PathFromFlag:
		return l.T("config_path_flag", nil)
	case PathFromEnv:
		return l.T("config_path_env", i18n.D{"Env": EnvConfig})
	case PathFromSystemFallback:
		return l.T("config_path_fallback", nil)
	case PathFromDefault:
		return l.T("config_path_default", nil)
	}
	return source
}

// ResolvePath picks the config file: the --config flag, then
// $SMTPCONF_CONFIG, then DefaultPath(). source says which one won, so that
// --help and `show` can say which file is used and why.
func ResolvePath(flag string, getenv func(string) string) (path, source string) {
	if flag != "" {
		return flag, PathFromFlag
	}
	if getenv != nil {
		if env := getenv(EnvConfig); env != "" {
			return env, PathFromEnv
		}
	}
	return defaultPathFor(os.Geteuid(), os.UserConfigDir, fileExists)
}

// TokenFilePath is where the OAuth 2.0 device_code flow keeps its refresh
// token: beside the config file, named after it (config.toml →
// config.oauth2-token.json), so that each config has its own sign-in.
func TokenFilePath(configPath string) string {
	base := filepath.Base(configPath)
	return filepath.Join(filepath.Dir(configPath), strings.TrimSuffix(base, filepath.Ext(base))+".oauth2-token.json")
}
