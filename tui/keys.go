package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the configurator answers to. Bindings are enabled per
// screen by (*model).updateKeys, so the help bar only shows what works now.
type KeyMap struct {
	Next, Prev, Toggle, Left, Right key.Binding
	Save, Test, Detect, Quit, Help  key.Binding
	Confirm, Back, Cancel           key.Binding
	Send, Check, Transcript         key.Binding
	Accept, Reload, Reapply         key.Binding
	KeepEditing, Fresh              key.Binding
	Discard, StepNext, StepPrev     key.Binding
}

// DefaultKeyMap is the configurator's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Next:        key.NewBinding(key.WithKeys("tab", "down", "enter"), key.WithHelp("tab/↓", "next field")),
		Prev:        key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab/↑", "previous field")),
		Toggle:      key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "switch on/off")),
		Left:        key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/→", "choose")),
		Right:       key.NewBinding(key.WithKeys("right", "l")),
		Save:        key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Test:        key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "test")),
		Detect:      key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "detect settings")),
		Quit:        key.NewBinding(key.WithKeys("ctrl+c", "esc"), key.WithHelp("esc", "quit")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys")),
		Confirm:     key.NewBinding(key.WithKeys("enter", "y"), key.WithHelp("enter", "confirm")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Cancel:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Send:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "run")),
		Check:       key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "send ↔ check")),
		Transcript:  key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "transcript")),
		Accept:      key.NewBinding(key.WithKeys("enter", "y"), key.WithHelp("enter", "use these settings")),
		Reload:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reload, drop mine")),
		Reapply:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "reload, re-apply mine")),
		KeepEditing: key.NewBinding(key.WithKeys("k", "esc"), key.WithHelp("k", "keep editing")),
		Fresh:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "start fresh in a new file")),
		Discard:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "quit without saving")),
		StepNext:    key.NewBinding(key.WithKeys("ctrl+n", "pgdown"), key.WithHelp("ctrl+n", "next step")),
		StepPrev:    key.NewBinding(key.WithKeys("ctrl+p", "pgup"), key.WithHelp("ctrl+p", "previous step")),
	}
}

// helpKeys adapts a list of bindings to help.KeyMap.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
