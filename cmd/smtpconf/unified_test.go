package main

import "testing"

func TestUnifiedDiff(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"equal texts give no diff", "a = 1\n", "a = 1\n", ""},
		{"a changed line with its context",
			"[smtp]\nhost = \"a\"\nport = 587\n", "[smtp]\nhost = \"a\"\nport = 2525\n",
			"--- old\n+++ new\n@@ -1,3 +1,3 @@\n [smtp]\n host = \"a\"\n-port = 587\n+port = 2525\n"},
		{"a new file is all additions",
			"", "[smtp]\nport = 25\n",
			"--- old\n+++ new\n@@ -0,0 +1,2 @@\n+[smtp]\n+port = 25\n"},
		{"a last line without a newline ends with one",
			"port = 1", "port = 2",
			"--- old\n+++ new\n@@ -1 +1 @@\n-port = 1\n+port = 2\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unifiedDiff("old", "new", tt.a, tt.b); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
