package tui

import (
	"cmp"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
)

// fieldKind is how a field is edited.
type fieldKind int

const (
	kindText fieldKind = iota
	kindSecret
	kindToggle
	kindChoice
)

// choice is one value of a choice field and how it is shown.
type choice struct{ value, label string }

// field is one setting on screen. It holds the text the admin typed; the
// value only becomes a setting through config.Set, which judges it.
type field struct {
	key         string // dotted config key: "smtp.host"
	label, help string
	kind        fieldKind
	input       textinput.Model
	on          bool
	choices     []choice
	sel         int
	// source says where the value comes from while the field is empty,
	// such as the password's "from $SMTP_PASSWORD"; it shows in place of
	// the placeholder.
	source string
	// example tells that the placeholder is an example ("e.g.
	// mail.example.com"), not the value an empty field stands for.
	example bool
	// col is the label column the page lays the field out with (0: laid
	// out on its own, labelWidth).
	col int
}

// labelWidth is the label column of a field laid out on its own (the
// test screen's recipient), where no page measured its neighbours' labels.
// A page of fields measures them (labelColumn).
const labelWidth = 28

// minValueWidth is the least room a row keeps for its value: a label
// wider than the column this leaves goes on a line of its own.
const minValueWidth = 24

func newField(key string, kind fieldKind) *field {
	f := &field{key: key, kind: kind}
	if kind == kindText || kind == kindSecret {
		f.input = textinput.New()
		f.input.Prompt = ""
		st := f.input.Styles()
		st.Cursor.Blink = false
		f.input.SetStyles(st)
		if kind == kindSecret {
			f.input.EchoMode = textinput.EchoPassword
			f.input.EchoCharacter = '•'
		}
	}
	return f
}

// labelColumn is the width of the label column for fields in a body w
// wide: as wide as the widest label that stands before its value (a
// checkbox's label follows it), so that it fits the language's words, but
// never so wide that a value has less than minValueWidth. Every field
// counts, shown or not, so that the values stay put as fields appear.
func labelColumn(fields map[string]*field, w int) int {
	col := 0
	for _, f := range fields {
		if f.kind != kindToggle {
			col = max(col, lipgloss.Width(f.label))
		}
	}
	return max(1, min(col, w-2-minValueWidth))
}

// value is the field's content as `smtpconf set` would take it.
func (f *field) value() string {
	switch f.kind {
	case kindToggle:
		if f.on {
			return "true"
		}
		return "false"
	case kindChoice:
		if f.sel >= 0 && f.sel < len(f.choices) {
			return f.choices[f.sel].value
		}
		return ""
	case kindText, kindSecret:
		return strings.TrimSpace(f.input.Value())
	}
	return ""
}

// setValue puts a setting's text into the field.
func (f *field) setValue(v string) {
	switch f.kind {
	case kindToggle:
		f.on = v == "true"
	case kindChoice:
		f.sel = 0
		found := false
		for i, c := range f.choices {
			if c.value == v {
				f.sel, found = i, true
			}
		}
		// A value not on offer (a flow its provider's choices, set
		// before the provider, do not list yet) is kept, not replaced by
		// the first choice: whoever offers the choices puts it in order.
		if !found && v != "" {
			f.choices = append(f.choices, choice{v, v})
			f.sel = len(f.choices) - 1
		}
	case kindText, kindSecret:
		f.input.SetValue(v)
		f.input.CursorEnd()
	}
}

func (f *field) focus() {
	if f.kind == kindText || f.kind == kindSecret {
		f.input.Focus()
	}
}

func (f *field) blur() {
	if f.kind == kindText || f.kind == kindSecret {
		f.input.Blur()
	}
}

// update edits the field with one key and tells whether its value changed.
func (f *field) update(msg tea.KeyPressMsg, km KeyMap) bool {
	switch f.kind {
	case kindToggle:
		if key.Matches(msg, km.Toggle, km.Left, km.Right) {
			f.on = !f.on
			return true
		}
	case kindChoice:
		switch {
		case key.Matches(msg, km.Left):
			f.sel = (f.sel + len(f.choices) - 1) % len(f.choices)
			return true
		case key.Matches(msg, km.Right, km.Toggle):
			f.sel = (f.sel + 1) % len(f.choices)
			return true
		}
	case kindText, kindSecret:
		before := f.input.Value()
		f.input, _ = f.input.Update(msg)
		return f.input.Value() != before
	}
	return false
}

// setWidth is the room for a text field's value, which its scrolling
// follows as keys edit it; set by the layout, never by drawing.
func (f *field) setWidth(w int) {
	if f.kind == kindText || f.kind == kindSecret {
		f.input.SetWidth(w - 1)
	}
}

// column is the field's label column.
func (f *field) column() int {
	if f.col > 0 {
		return f.col
	}
	return labelWidth
}

// valueColumn is where the value starts after the marker: after the label
// column, or one column further for a label as wide as the column (a
// space must part them); a label wider than the column stands on a line
// of its own, the value under it at the column.
func (f *field) valueColumn() int {
	col := f.column()
	if lw := lipgloss.Width(f.label); lw == col {
		return col + 1
	}
	return col
}

// ownLine tells whether the label is too wide for the column and stands
// on a line of its own.
func (f *field) ownLine() bool { return lipgloss.Width(f.label) > f.column() }

// rowValueWidth is the room the field's row gives its value in a body w wide.
func (f *field) rowValueWidth(w int) int { return max(10, w-f.valueColumn()-2) }

// paste inserts pasted text into a text field.
func (f *field) paste(msg tea.PasteMsg) bool {
	if f.kind != kindText && f.kind != kindSecret {
		return false
	}
	before := f.input.Value()
	f.input, _ = f.input.Update(msg)
	return f.input.Value() != before
}

// view is the field's row: label, then value.
func (f *field) view(st Styles, focused bool, width int) string {
	marker := "  "
	labelStyle := st.Field.Label
	if focused {
		marker = st.Field.Marker.Render("▸ ")
		labelStyle = st.Field.FocusedLabel
	}
	if f.kind == kindToggle {
		// A checkbox before its label, as web forms have it.
		return marker + f.valueView(st, focused, 4) + " " + labelStyle.Render(f.label)
	}
	// A value too wide for the row goes on under its first column; a
	// label wider than the column (a narrow window) on a line of its own.
	indent := strings.Repeat(" ", f.valueColumn()+2)
	value := f.valueView(st, focused, f.rowValueWidth(width))
	value = strings.ReplaceAll(value, "\n", "\n"+indent)
	if f.ownLine() {
		return marker + labelStyle.Render(f.label) + "\n" + indent + value
	}
	return marker + labelStyle.Render(padRight(f.label, f.column())) + value
}

func (f *field) valueView(st Styles, focused bool, width int) string {
	switch f.kind {
	case kindToggle:
		box := "[ ]"
		if f.on {
			box = "[x]"
		}
		if focused {
			return st.Field.ChoiceFocused.Render(box)
		}
		return st.Field.Value.Render(box)
	case kindChoice:
		parts := make([]string, len(f.choices))
		for i, c := range f.choices {
			switch {
			case i == f.sel && focused:
				parts[i] = st.Field.ChoiceFocused.Render("● " + c.label)
			case i == f.sel:
				parts[i] = st.Field.ChoiceSelected.Render("● " + c.label)
			default:
				parts[i] = st.Field.Choice.Render("○ " + c.label)
			}
		}
		return strings.Join(joinFitting(parts, " ", width), "\n")
	case kindText, kindSecret:
		placeholder := cmp.Or(f.source, f.input.Placeholder)
		if !focused && f.input.Value() == "" {
			if placeholder == "" {
				return st.Field.Placeholder.Render("—")
			}
			lines := wrap(placeholder, width)
			for i, l := range lines {
				lines[i] = st.Field.Placeholder.Render(l)
			}
			return strings.Join(lines, "\n")
		}
		// A copy: drawing sets its styles and placeholder, which are not the
		// field's state. Its width is, and is set by the layout (setWidth).
		in := f.input
		is := in.Styles()
		is.Focused.Text, is.Blurred.Text = st.Field.Value, st.Field.Value
		is.Focused.Placeholder, is.Blurred.Placeholder = st.Field.Placeholder, st.Field.Placeholder
		in.SetStyles(is)
		in.Placeholder = placeholder
		return in.View()
	}
	return ""
}

func padRight(s string, w int) string {
	if n := lipgloss.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s + " "
}

// passwordSourceText says where the password comes from when the file
// takes it from elsewhere than the password key: "from $SMTP_PASSWORD",
// "from command: pass show smtp"; "" when it does not.
func passwordSourceText(l i18n.Lang, s config.Server) string {
	return secretSourceText(l, s.Password, s.PasswordEnv, s.PasswordCommand, l.T("tuiform_saved_password", nil))
}

// secretSourceText says where a secret (the password, the client secret)
// comes from when it is not the value itself; saved names the secret kept
// in the file ("the saved password"). The variable's name and the command
// are not secret and show as they are; a secret never does.
func secretSourceText(l i18n.Lang, value, env, command, saved string) string {
	var from []string
	if env != "" {
		from = append(from, "$"+printable(env))
	}
	if command != "" {
		from = append(from, l.T("tuiform_source_command", i18n.D{"Command": printable(command)}))
	}
	if len(from) == 0 {
		return ""
	}
	if value != "" { // several sources, which config refuses
		from = append([]string{saved}, from...)
	}
	return l.T("tuiform_source_from", i18n.D{"Sources": joinAndIn(l, from)})
}

// secretKeys are the fields whose value is a secret: empty keeps the saved
// one, and nothing shows what it is.
var secretKeys = []string{"smtp.password", "smtp.oauth2_client_secret"}

// passwordSourceKeys are the keys other than password that give the
// password: the form cannot edit them, and a typed password replaces them.
var passwordSourceKeys = []string{"smtp.password_env", "smtp.password_command"}

// clientSecretSourceKeys are the client secret's other sources, which a
// typed client secret replaces the same way.
var clientSecretSourceKeys = []string{"smtp.oauth2_client_secret_env", "smtp.oauth2_client_secret_command"}

// replaceSecretSources unsets a secret's other sources (password_env and
// password_command, or the client secret's) when one is typed: the admin
// replaces where it comes from, and config takes one source only. The form
// has no field for those keys, so otherwise the typed secret could never
// be saved.
func replaceSecretSources(cfg *config.Config, typed string, sources []string) {
	if typed == "" {
		return
	}
	for _, k := range sources {
		_ = cfg.Set(k, "") // empty unsets a key; these never refuse it
	}
}
