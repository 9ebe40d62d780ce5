package config

import (
	"errors"
	"slices"
	"testing"
)

func TestDefaultPathFor(t *testing.T) {
	home := func() (string, error) { return "/home/ada/.config", nil }
	noHome := func() (string, error) { return "", errors.New("$HOME is not defined") }
	const own, system = "/home/ada/.config/smtpconf/config.toml", "/etc/smtpconf/config.toml"
	existing := func(paths ...string) func(string) bool {
		return func(p string) bool { return slices.Contains(paths, p) }
	}
	tests := []struct {
		name       string
		euid       int
		dir        func() (string, error)
		exists     func(string) bool
		want, from string
	}{
		{name: "root_uses_etc", euid: 0, dir: home, exists: existing(own), want: system, from: PathFromDefault},
		{name: "user_uses_config_dir", euid: 1000, dir: home, exists: existing(own, system), want: own, from: PathFromDefault},
		{name: "user_without_files_gets_own_path_to_create", euid: 1000, dir: home, exists: existing(), want: own, from: PathFromDefault},
		{name: "user_without_own_file_reads_the_system_one", euid: 1000, dir: home, exists: existing(system), want: system, from: PathFromSystemFallback},
		{name: "user_without_home_falls_back_to_etc", euid: 1000, dir: noHome, exists: existing(), want: system, from: PathFromDefault},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, from := defaultPathFor(tt.euid, tt.dir, tt.exists); got != tt.want || from != tt.from {
				t.Fatalf("got (%q, %q), want (%q, %q)", got, from, tt.want, tt.from)
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
