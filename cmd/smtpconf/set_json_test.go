package main

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// The contract configuration management builds on: set and unset say
// which keys changed, write nothing when nothing changes or on --dry-run.
func TestSetAndUnsetReportChangesAndWriteOnlyChanges(t *testing.T) {
	e := newEnv(t)
	steps := []struct {
		name        string
		args        []string
		wantCode    int
		wantChanged []string
		wantWrite   bool
	}{
		{name: "a new file", args: []string{"set", "--json", "host=mail.example.com", "sender=a@example.com", "auth=none"}, wantChanged: []string{"host", "sender", "auth"}, wantWrite: true},
		{name: "the same again changes nothing", args: []string{"set", "--json", "host=mail.example.com", "auth=none"}, wantChanged: []string{}},
		{name: "a dry run writes nothing", args: []string{"set", "--json", "--dry-run", "port=2525", "host=mail.example.com"}, wantChanged: []string{"port"}},
		{name: "a change", args: []string{"set", "--json", "port=2525"}, wantChanged: []string{"port"}, wantWrite: true},
		{name: "unset dry run", args: []string{"unset", "--json", "--dry-run", "port"}, wantChanged: []string{"port"}},
		{name: "unset", args: []string{"unset", "--json", "port"}, wantChanged: []string{"port"}, wantWrite: true},
		{name: "unset again changes nothing", args: []string{"unset", "--json", "port"}, wantChanged: []string{}},
		{name: "an invalid change", args: []string{"set", "--json", "auth=rot13"}, wantCode: exitConfig, wantChanged: []string{}},
	}
	for _, st := range steps {
		before, _ := os.ReadFile(e.config)
		o := e.smtpconf(st.args...)
		expectCode(t, o, st.wantCode)
		var r setReport
		if err := json.Unmarshal([]byte(o.stdout), &r); err != nil {
			t.Fatalf("%s: not one JSON object: %v\n%s", st.name, err, o)
		}
		if r.Schema != 1 || r.OK != (st.wantCode == 0) || !slices.Equal(r.Changed, st.wantChanged) {
			t.Errorf("%s: %+v, want changed %q", st.name, r, st.wantChanged)
		}
		after, _ := os.ReadFile(e.config)
		if wrote := string(after) != string(before); wrote != st.wantWrite {
			t.Errorf("%s: file written = %t, want %t", st.name, wrote, st.wantWrite)
		}
	}
}
