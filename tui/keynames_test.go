package tui

import (
	"slices"
	"testing"

	"charm.land/bubbles/v2/key"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// TestKeyHelpNamesKeysInGerman: the German key help names keys as a German
// keyboard does (and as --help, the man pages and the wizard's prose write
// them); English keeps the terminal's names, and no binding answers to
// other keys than before.
func TestKeyHelpNamesKeysInGerman(t *testing.T) {
	for _, tc := range []struct{ key, de string }{
		{"ctrl+s", "Strg+S"},
		{"ctrl+t", "Strg+T"},
		{"space", "Leertaste"},
		{"esc", "Esc"},
		{"enter", "Eingabe"},
		{"tab/↓", "Tab/↓"},
		{"shift+tab/↑", "Umschalt+Tab/↑"},
		{"pgup/pgdn", "Bild↑/Bild↓"},
		{"pgup/dn", "Bild↑/Bild↓"},
		{"home/end", "Pos1/Ende"},
		{"f1", "F1"},
		{"?", "?"},
		{"r", "r"},
		{"↑/↓", "↑/↓"},
	} {
		if got := keyName(i18n.German, tc.key); got != tc.de {
			t.Errorf("German name of %q = %q, want %q", tc.key, got, tc.de)
		}
		if got := keyName(i18n.English, tc.key); got != tc.key {
			t.Errorf("English name of %q = %q, want it as it is", tc.key, got)
		}
	}
	km := KeyMapIn(i18n.German)
	bindings := []struct {
		name string
		keys []string
	}{{"Save", km.Save.Keys()}, {"Toggle", km.Toggle.Keys()}, {"Quit", km.Quit.Keys()}}
	shown := keysIn(i18n.German, []key.Binding{km.Save, km.Toggle, km.Quit})
	for i, b := range shown {
		if !slices.Equal(b.Keys(), bindings[i].keys) {
			t.Errorf("%s answers to %v after translating its help, want %v", bindings[i].name, b.Keys(), bindings[i].keys)
		}
	}
	if got := []string{shown[0].Help().Key, shown[1].Help().Key, shown[2].Help().Key}; !slices.Equal(got, []string{"Strg+S", "Leertaste", "Esc"}) {
		t.Errorf("German key help shows %v", got)
	}
	if km.Save.Help().Key != "ctrl+s" {
		t.Errorf("translating the help changed the binding itself: %q", km.Save.Help().Key)
	}
}

// TestListAndQuotesLabelsInGerman: a sentence naming changed settings puts
// each label in „…“ in German, so that a label such as „Standard-Mailserver
// der Plattform verwenden“ does not read as part of the sentence.
func TestListAndQuotesLabelsInGerman(t *testing.T) {
	labels := []string{"Standard-Mailserver der Plattform verwenden", "SMTP-Server", "SMTP-Port"}
	for _, tc := range []struct {
		lang   i18n.Lang
		labels []string
		want   string
	}{
		{i18n.German, labels, "„Standard-Mailserver der Plattform verwenden“, „SMTP-Server“ und „SMTP-Port“"},
		{i18n.German, labels[:1], "„Standard-Mailserver der Plattform verwenden“"},
		{i18n.English, []string{"Use the platform's mail server", "SMTP server"}, "Use the platform's mail server and SMTP server"},
	} {
		if got := listAnd(tc.lang, tc.labels); got != tc.want {
			t.Errorf("listAnd(%s, %q) = %q, want %q", tc.lang, tc.labels, got, tc.want)
		}
	}
}
