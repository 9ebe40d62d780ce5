package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles is every style the configurator draws with. It is built for one
// background (dark or light); the program downsamples the colours to what
// the terminal supports (NO_COLOR, 16 or 256 colours), so no style here
// depends on the colour profile.
type Styles struct {
	App    lipgloss.Style
	Header struct {
		Title, Path, Badge, Demo lipgloss.Style
	}
	Field struct {
		Label, FocusedLabel, Value, Placeholder, Help, Cursor lipgloss.Style
		Marker, Choice, ChoiceSelected, ChoiceFocused         lipgloss.Style
		Error, Warning, Note                                  lipgloss.Style
	}
	Section lipgloss.Style
	Notice  lipgloss.Style // what the SSH server tells the session (Notice)
	Dialog  lipgloss.Style
	Hint    lipgloss.Style
	Step    struct {
		OK, Failed, Running, Skipped, Title, Duration, Detail lipgloss.Style
	}
	Button, ButtonFocused lipgloss.Style
	Transcript            lipgloss.Style
	Explain               lipgloss.Style
	Help                  help.Styles
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	var (
		accent = ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#7571F9"))
		text   = ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#DDDDDD"))
		muted  = ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8A8A"))
		green  = ld(lipgloss.Color("#02A660"), lipgloss.Color("#02BF87"))
		red    = ld(lipgloss.Color("#D32F2F"), lipgloss.Color("#FF5F5F"))
		yellow = ld(lipgloss.Color("#A66A00"), lipgloss.Color("#F0C05A"))
	)
	var s Styles
	s.App = lipgloss.NewStyle().Padding(0, 1)
	s.Header.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Header.Path = lipgloss.NewStyle().Foreground(muted)
	s.Header.Badge = lipgloss.NewStyle().Foreground(yellow)
	s.Header.Demo = lipgloss.NewStyle().Foreground(green)

	s.Field.Label = lipgloss.NewStyle().Foreground(text)
	s.Field.FocusedLabel = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Field.Value = lipgloss.NewStyle().Foreground(text)
	s.Field.Placeholder = lipgloss.NewStyle().Foreground(muted)
	s.Field.Help = lipgloss.NewStyle().Foreground(muted)
	s.Field.Cursor = lipgloss.NewStyle().Reverse(true)
	s.Field.Marker = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Field.Choice = lipgloss.NewStyle().Foreground(muted)
	s.Field.ChoiceSelected = lipgloss.NewStyle().Foreground(text).Bold(true)
	s.Field.ChoiceFocused = lipgloss.NewStyle().Foreground(accent).Bold(true).Underline(true)
	s.Field.Error = lipgloss.NewStyle().Foreground(red)
	s.Field.Warning = lipgloss.NewStyle().Foreground(yellow)
	s.Field.Note = lipgloss.NewStyle().Foreground(muted).Italic(true)

	s.Section = lipgloss.NewStyle().Bold(true).Foreground(text)
	s.Notice = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#1A1A1A")).Background(yellow)
	s.Dialog = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.Hint = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(yellow).Padding(0, 1)

	s.Step.OK = lipgloss.NewStyle().Foreground(green)
	s.Step.Failed = lipgloss.NewStyle().Foreground(red)
	s.Step.Running = lipgloss.NewStyle().Foreground(accent)
	s.Step.Skipped = lipgloss.NewStyle().Foreground(muted)
	s.Step.Title = lipgloss.NewStyle().Foreground(text)
	s.Step.Duration = lipgloss.NewStyle().Foreground(muted)
	s.Step.Detail = lipgloss.NewStyle().Foreground(muted)

	s.Button = lipgloss.NewStyle().Foreground(text).Padding(0, 1)
	s.ButtonFocused = lipgloss.NewStyle().Foreground(lipgloss.Color("#FFFDF5")).Background(accent).Bold(true).Padding(0, 1)
	s.Transcript = lipgloss.NewStyle().Foreground(muted).Border(lipgloss.NormalBorder(), false, false, false, true).BorderForeground(muted).PaddingLeft(1)
	s.Explain = lipgloss.NewStyle().Foreground(text)

	s.Help = help.DefaultStyles(dark)
	return s
}

// PlainStyles are the styles for the accessible prompts: the same colours
// (the writer drops them where the terminal has none), but no borders or
// padding, which a screen reader would read out as noise.
func PlainStyles(dark bool) Styles {
	s := NewStyles(dark)
	unboxed := func(st lipgloss.Style) lipgloss.Style {
		return st.UnsetBorderStyle().UnsetBorderTop().UnsetBorderBottom().UnsetBorderLeft().UnsetBorderRight().UnsetPadding()
	}
	s.Dialog, s.Hint, s.Transcript = unboxed(s.Dialog), unboxed(s.Hint), unboxed(s.Transcript)
	s.Button, s.ButtonFocused, s.App = unboxed(s.Button), unboxed(s.ButtonFocused), unboxed(s.App)
	return s
}
