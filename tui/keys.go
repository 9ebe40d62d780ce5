package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// KeyMap is every key the configurator answers to. Each screen matches
// keys with key.Matches against these bindings and builds its help from
// the same bindings, so the help cannot drift from what the keys do.
type KeyMap struct {
	// Fields (the settings page and the first-time steps).
	Next, Prev, Toggle, Left, Right  key.Binding
	Save, Test, Detect, SignIn, Quit key.Binding
	StepNext, StepPrev, NextStep     key.Binding
	// Everywhere.
	Help, HelpAnywhere, AllKeys, Back, Cancel, Confirm, Interrupt key.Binding
	// The test screen and its transcript.
	Run, NextControl, PrevControl, Transcript key.Binding
	PageUp, PageDown, LineUp, LineDown        key.Binding
	ResultsUp, ResultsDown                    key.Binding
	Home, End, CloseTranscript                key.Binding
	// Dialogs.
	Accept, Dismiss, Reload, Reapply, KeepEditing key.Binding
	Fresh, OpenEarlier, QuitNow                   key.Binding
	SaveAndQuit, Discard, Stay                    key.Binding
}

// KeyMapIn is the configurator's keys with their help in language l. The
// keys themselves are the same in every language, and so are their help
// names here (ctrl+s, esc, pgdn), which helpRank reads: the footer shows
// them in l (keynames.go: Strg+S, Esc, Bild↓ in German).
func KeyMapIn(l i18n.Lang) KeyMap {
	// Set directly rather than through NewBinding's options: a session
	// builds these once, and the options' closures cost as much again.
	b := func(keys []string, helpKey, desc string) (k key.Binding) {
		k.SetKeys(keys...)
		k.SetHelp(helpKey, desc)
		return k
	}
	quit, allKeys, keepEditing := l.T("tuikeys_quit", nil), l.T("tuikeys_all_keys", nil), l.T("tuikeys_keep_editing", nil)
	return KeyMap{
		Next:     b([]string{"tab", "down", "enter"}, "tab/↓", l.T("tuikeys_next_field", nil)),
		Prev:     b([]string{"shift+tab", "up"}, "shift+tab/↑", l.T("tuikeys_previous_field", nil)),
		Toggle:   b([]string{"space", "x"}, "space", l.T("tuikeys_toggle", nil)),
		Left:     b([]string{"left", "h"}, "←/→", l.T("tuikeys_choose", nil)),
		Right:    b([]string{"right", "l"}, "", ""),
		Save:     b([]string{"ctrl+s"}, "ctrl+s", l.T("tuikeys_save", nil)),
		Test:     b([]string{"ctrl+t"}, "ctrl+t", l.T("tuikeys_test", nil)),
		Detect:   b([]string{"ctrl+d"}, "ctrl+d", l.T("tuikeys_detect", nil)),
		SignIn:   b([]string{"ctrl+o"}, "ctrl+o", l.T("tuikeys_sign_in", nil)),
		Quit:     b([]string{"esc"}, "esc", quit),
		StepNext: b([]string{"ctrl+n", "pgdown"}, "ctrl+n", l.T("tuikeys_next_step", nil)),
		StepPrev: b([]string{"ctrl+p", "pgup"}, "ctrl+p", l.T("tuikeys_previous_step", nil)),
		NextStep: b([]string{"enter"}, "enter", l.T("tuikeys_next", nil)),

		Help:         b([]string{"?"}, "?", allKeys),
		HelpAnywhere: b([]string{"f1"}, "f1", allKeys),
		AllKeys:      b([]string{"?", "f1"}, "?/f1", allKeys), // the full help's entry for both
		Back:         b([]string{"esc"}, "esc", l.T("tuikeys_back", nil)),
		Cancel:       b([]string{"esc"}, "esc", l.T("tuikeys_cancel", nil)),
		Confirm:      b([]string{"enter"}, "enter", l.T("tuikeys_save", nil)),
		Interrupt:    b([]string{"ctrl+c"}, "ctrl+c", quit),

		Run:             b([]string{"enter"}, "enter", l.T("tuikeys_run", nil)),
		NextControl:     b([]string{"tab", "down"}, "tab", l.T("tuikeys_next", nil)),
		PrevControl:     b([]string{"shift+tab", "up"}, "shift+tab", l.T("tuikeys_previous", nil)),
		Transcript:      b([]string{"ctrl+r"}, "ctrl+r", l.T("tuikeys_transcript", nil)),
		PageUp:          b([]string{"pgup"}, "pgup", l.T("tuikeys_page_up", nil)),
		ResultsUp:       b([]string{"pgup"}, "pgup", l.T("tuikeys_results_up", nil)),
		ResultsDown:     b([]string{"pgdown"}, "pgdn", l.T("tuikeys_results_down", nil)), // not space: it is typed into the recipient
		PageDown:        b([]string{"pgdown", "space"}, "pgdn", l.T("tuikeys_page_down", nil)),
		LineUp:          b([]string{"up", "k"}, "↑", l.T("tuikeys_line_up", nil)),
		LineDown:        b([]string{"down", "j"}, "↓", l.T("tuikeys_line_down", nil)),
		Home:            b([]string{"home"}, "home", l.T("tuikeys_home", nil)),
		End:             b([]string{"end"}, "end", l.T("tuikeys_end", nil)),
		CloseTranscript: b([]string{"esc", "ctrl+r"}, "esc", l.T("tuikeys_close", nil)),

		Accept:      b([]string{"enter", "y"}, "enter", l.T("tuikeys_accept", nil)),
		Dismiss:     b([]string{"esc", "n"}, "esc", l.T("tuikeys_dismiss", nil)),
		Reload:      b([]string{"r"}, "r", l.T("tuikeys_reload", nil)),
		Reapply:     b([]string{"a"}, "a", l.T("tuikeys_reapply", nil)),
		KeepEditing: b([]string{"k", "esc"}, "k", keepEditing),
		Fresh:       b([]string{"n"}, "n", l.T("tuikeys_fresh", nil)),
		OpenEarlier: b([]string{"o"}, "o", l.T("tuikeys_open_earlier", nil)),
		QuitNow:     b([]string{"q", "esc"}, "q", quit),
		SaveAndQuit: b([]string{"s"}, "s", l.T("tuikeys_save_and_quit", nil)),
		Discard:     b([]string{"d", "ctrl+c"}, "d", l.T("tuikeys_discard", nil)),
		Stay:        b([]string{"esc", "n"}, "esc", keepEditing),
	}
}

// relabel is b with other help text, for a screen where the same keys
// mean something more specific ("enter" saves on the summary).
func relabel(b key.Binding, helpKey, desc string) key.Binding {
	b.SetHelp(helpKey, desc)
	return b
}

// joined is one help entry for bindings that go together (↑/↓ scroll),
// answering to all their keys.
func joined(helpKey, desc string, bs ...key.Binding) key.Binding {
	var keys []string
	for _, b := range bs {
		keys = append(keys, b.Keys()...)
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
}

// helpKeys adapts a screen's bindings to help.KeyMap.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

// hasMore tells whether the full help shows a binding the short one
// does not: only then does the bar offer "? more" (the quit dialog's three
// keys are all it has, and in German "? mehr" took a line of its own).
func (h helpKeys) hasMore() bool {
	for _, group := range h.full {
		for _, b := range group {
			if !slices.ContainsFunc(h.short, func(s key.Binding) bool { return s.Help() == b.Help() }) {
				return true
			}
		}
	}
	return false
}

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
