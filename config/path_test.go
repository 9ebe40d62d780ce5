package config

import (
	"errors"
	"testing"
)

func TestDefaultPathFor(t *testing.T) {
	home := func() (string, error) { return "/home/ada/.config", nil }
	noHome := func() (string, error) { return "", errors.New("$HOME is not defined") }
	tests := []struct {
		name string
		euid int
		dir  func() (string, error)
		want string
	}{
		{name: "root_uses_etc", euid: 0, dir: home, want: "/etc/smtpconf/config.toml"},
		{name: "user_uses_config_dir", euid: 1000, dir: home, want: "/home/ada/.config/smtpconf/config.toml"},
		{name: "user_without_home_falls_back_to_etc", euid: 1000, dir: noHome, want: "/etc/smtpconf/config.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := defaultPathFor(tt.euid, tt.dir); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestResolvePath(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "SMTPCONF_CONFIG" {
				return v
			}
			return ""
		}
	}
	tests := []struct {
		name, flag, env      string
		wantPath, wantSource string
	}{
		{name: "flag_wins", flag: "/a.toml", env: "/b.toml", wantPath: "/a.toml", wantSource: "--config"},
		{name: "env_before_default", env: "/b.toml", wantPath: "/b.toml", wantSource: "SMTPCONF_CONFIG"},
		{name: "default_last", wantPath: DefaultPath(), wantSource: "default"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, source := ResolvePath(tt.flag, env(tt.env))
			if path != tt.wantPath || source != tt.wantSource {
				t.Fatalf("got (%q, %q), want (%q, %q)", path, source, tt.wantPath, tt.wantSource)
			}
		})
	}
	if path, source := ResolvePath("", nil); path != DefaultPath() || source != "default" {
		t.Fatalf("nil getenv: got (%q, %q)", path, source)
	}
}
