package tui

import "charm.land/bubbles/v2/key"

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

// DefaultKeyMap is the configurator's keys.
func DefaultKeyMap() KeyMap {
	// Set directly rather than through NewBinding's options: a session
	// builds these once, and the options' closures cost as much again.
	b := func(keys []string, helpKey, desc string) (k key.Binding) {
		k.SetKeys(keys...)
		k.SetHelp(helpKey, desc)
		return k
	}
	return KeyMap{
		Next:     b([]string{"tab", "down", "enter"}, "tab/↓", "next field"),
		Prev:     b([]string{"shift+tab", "up"}, "shift+tab/↑", "previous field"),
		Toggle:   b([]string{"space", "x"}, "space", "switch on/off"),
		Left:     b([]string{"left", "h"}, "←/→", "choose"),
		Right:    b([]string{"right", "l"}, "", ""),
		Save:     b([]string{"ctrl+s"}, "ctrl+s", "save"),
		Test:     b([]string{"ctrl+t"}, "ctrl+t", "test"),
		Detect:   b([]string{"ctrl+d"}, "ctrl+d", "detect settings"),
		SignIn:   b([]string{"ctrl+o"}, "ctrl+o", "sign in (OAuth)"),
		Quit:     b([]string{"esc"}, "esc", "quit"),
		StepNext: b([]string{"ctrl+n", "pgdown"}, "ctrl+n", "next step"),
		StepPrev: b([]string{"ctrl+p", "pgup"}, "ctrl+p", "previous step"),
		NextStep: b([]string{"enter"}, "enter", "next"),

		Help:         b([]string{"?"}, "?", "all keys"),
		HelpAnywhere: b([]string{"f1"}, "f1", "all keys"),
		AllKeys:      b([]string{"?", "f1"}, "?/f1", "all keys"), // the full help's entry for both
		Back:         b([]string{"esc"}, "esc", "back"),
		Cancel:       b([]string{"esc"}, "esc", "cancel"),
		Confirm:      b([]string{"enter"}, "enter", "save"),
		Interrupt:    b([]string{"ctrl+c"}, "ctrl+c", "quit"),

		Run:             b([]string{"enter"}, "enter", "run"),
		NextControl:     b([]string{"tab", "down"}, "tab", "next"),
		PrevControl:     b([]string{"shift+tab", "up"}, "shift+tab", "previous"),
		Transcript:      b([]string{"ctrl+r"}, "ctrl+r", "transcript"),
		PageUp:          b([]string{"pgup"}, "pgup", "page up"),
		ResultsUp:       b([]string{"pgup"}, "pgup", "earlier results"),
		ResultsDown:     b([]string{"pgdown"}, "pgdn", "later results"), // not space: it is typed into the recipient
		PageDown:        b([]string{"pgdown", "space"}, "pgdn", "page down"),
		LineUp:          b([]string{"up", "k"}, "↑", "scroll up"),
		LineDown:        b([]string{"down", "j"}, "↓", "scroll down"),
		Home:            b([]string{"home"}, "home", "start"),
		End:             b([]string{"end"}, "end", "end"),
		CloseTranscript: b([]string{"esc", "ctrl+r"}, "esc", "close"),

		Accept:      b([]string{"enter", "y"}, "enter", "use these settings"),
		Dismiss:     b([]string{"esc", "n"}, "esc", "dismiss"),
		Reload:      b([]string{"r"}, "r", "reload, drop mine"),
		Reapply:     b([]string{"a"}, "a", "reload, re-apply mine"),
		KeepEditing: b([]string{"k", "esc"}, "k", "keep editing"),
		Fresh:       b([]string{"n"}, "n", "start fresh in a new file"),
		OpenEarlier: b([]string{"o"}, "o", "open the earlier fresh file"),
		QuitNow:     b([]string{"q", "esc"}, "q", "quit"),
		SaveAndQuit: b([]string{"s"}, "s", "save and quit"),
		Discard:     b([]string{"d", "ctrl+c"}, "d", "quit without saving"),
		Stay:        b([]string{"esc", "n"}, "esc", "keep editing"),
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

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
