package config

import (
	"os"
	"path/filepath"
	"strings"
)

// EnvConfig names the environment variable that chooses the config file.
const EnvConfig = "SMTPCONF_CONFIG"

// systemPath is the file for root: a server-wide setting lives in /etc.
const systemPath = "/etc/smtpconf/config.toml"

// DefaultPath is /etc/smtpconf/config.toml for root, else the user config
// dir's smtpconf/config.toml (~/.config/smtpconf/config.toml on Linux).
func DefaultPath() string {
	return defaultPathFor(os.Geteuid(), os.UserConfigDir)
}

// defaultPathFor is DefaultPath with the process's identity passed in. When
// the user has no config dir (no $HOME), it falls back to the system path,
// where saving will fail with a clear permission error rather than write
// somewhere surprising.
func defaultPathFor(euid int, userConfigDir func() (string, error)) string {
	if euid == 0 {
		return systemPath
	}
	dir, err := userConfigDir()
	if err != nil || dir == "" {
		return systemPath
	}
	return filepath.Join(dir, "smtpconf", "config.toml")
}

// Sources of the config path, as ResolvePath reports them.
const (
	PathFromFlag    = "--config"
	PathFromEnv     = EnvConfig
	PathFromDefault = "default"
)

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
	return DefaultPath(), PathFromDefault
}

// TokenFilePath is where the OAuth 2.0 device_code flow keeps its refresh
// token: beside the config file, named after it (config.toml →
// config.oauth2-token.json), so that each config has its own sign-in.
func TokenFilePath(configPath string) string {
	base := filepath.Base(configPath)
	return filepath.Join(filepath.Dir(configPath), strings.TrimSuffix(base, filepath.Ext(base))+".oauth2-token.json")
}
