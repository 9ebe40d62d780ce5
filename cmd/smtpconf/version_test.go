package main

import (
	"runtime/debug"
	"testing"
)

// make stamps the version; `go install ...@v0.1.0` leaves it to the build
// info; a checkout build says devel and the commit.
func TestVersionText(t *testing.T) {
	info := func(version string, settings ...debug.BuildSetting) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			return &debug.BuildInfo{Main: debug.Module{Path: "github.com/smtpconf/smtpconf", Version: version}, Settings: settings}, true
		}
	}
	none := func() (*debug.BuildInfo, bool) { return nil, false }
	rev := debug.BuildSetting{Key: "vcs.revision", Value: "0123456789abcdef0123"}
	dirty := debug.BuildSetting{Key: "vcs.modified", Value: "true"}
	tests := []struct {
		name, stamped string
		info          func() (*debug.BuildInfo, bool)
		want          string
	}{
		{"make_build_stamped", "v0.1.0", info("v0.2.0"), "v0.1.0"},
		{"go_install_at_a_tag", "", info("v0.1.0"), "v0.1.0"},
		{"go_install_pseudo_version", "", info("v0.1.1-0.20261130120000-0123456789ab"), "v0.1.1-0.20261130120000-0123456789ab"},
		{"checkout_with_vcs_info", "", info("(devel)", rev), "devel-0123456789ab"},
		{"checkout_with_changes", "", info("(devel)", rev, dirty), "devel-0123456789ab-dirty"},
		{"checkout_without_vcs_info", "", info("(devel)"), "devel"},
		{"no_build_info", "", none, "devel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionText(tt.stamped, tt.info); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
