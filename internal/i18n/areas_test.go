package i18n

import "testing"

// TestAreasUsedCountsLookups: every lookup counts under its area, T, N and
// an *Error's text alike, and only under its own.
func TestAreasUsedCountsLookups(t *testing.T) {
	before := AreasUsed()
	German.T("help_root_short", nil)
	English.N("cli_validate_warnings", 2, D{"File": "x.toml"})
	_ = Errorf("cli_file_missing", D{"File": "x.toml"}).In(German)
	after := AreasUsed()
	want := map[string]int64{"help": 1, "cli": 2}
	for area, n := range want {
		if got := after[area] - before[area]; got != n {
			t.Errorf("%s: %d lookups counted, want %d", area, got, n)
		}
	}
	for area, n := range after {
		if _, ok := want[area]; !ok && n != before[area] {
			t.Errorf("%s: %d lookups counted, want none", area, n-before[area])
		}
	}
}
