package main

import (
	"testing"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

func TestChooseLang(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want i18n.Lang
	}{
		{"no flag, no locale: English", []string{"check"}, nil, i18n.English},
		{"the locale decides", []string{"check"}, map[string]string{"LANG": "de_DE.UTF-8"}, i18n.German},
		{"--lang de wins over LANG=C", []string{"--lang", "de", "check"}, map[string]string{"LANG": "C"}, i18n.German},
		{"--lang=en wins over a German locale", []string{"check", "--lang=en"}, map[string]string{"LC_ALL": "de_AT.UTF-8"}, i18n.English},
		{"an unknown --lang falls back to the locale (cobra then refuses it)", []string{"--lang", "fr"}, map[string]string{"LANG": "de"}, i18n.German},
		{"after -- it is an argument, not the flag", []string{"sendmail", "--", "--lang", "de"}, nil, i18n.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chooseLang(tt.args, func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("chooseLang(%q, %v) = %q, want %q", tt.args, tt.env, got, tt.want)
			}
		})
	}
}

func TestUnknownLangIsAUsageError(t *testing.T) {
	if code := run([]string{"--lang", "fr", "version"}); code != exitUsage {
		t.Errorf("--lang fr: exit %d, want %d", code, exitUsage)
	}
}
