package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Guided first-time setup: one decision per step, each explained in a
// sentence, back and forward at every step, a summary before saving.

type wizardStep struct {
	title, explain string
	// plain replaces explain for the accessible prompts where explain
	// names keys of the form.
	plain string
	keys  []string
}

// explainFor is the step's sentence for the form or for plain prompts.
func (s wizardStep) explainFor(accessible bool) string {
	if accessible && s.plain != "" {
		return s.plain
	}
	return s.explain
}

var wizardSteps = []wizardStep{
	{title: "Where should mail go?", keys: []string{"smtp.use_default"},
		explain: "The platform has a mail server of its own. Keep it (space switches), or switch it off to send through your own server, such as your provider's.",
		plain:   "The platform has a mail server of its own. Keep it, or answer no to send through your own server, such as your provider's."},
	{title: "Your mail server", keys: []string{"smtp.host", "smtp.protocol", "smtp.port", "smtp.starttls"},
		explain: "Type the server's name, then press ctrl+d: smtpconf asks the server which security and port it supports and fills them in.",
		plain:   "The server's name, then how to reach it: protocol, port and, for SMTP, whether STARTTLS is required."},
	{title: "Sender", keys: []string{"smtp.sender", "smtp.sender_name"},
		explain: "The address your mail comes from, and optionally the name shown beside it."},
	{title: "Login", keys: []string{"smtp.auth", "smtp.username", "smtp.password"},
		explain: "Most servers want a username and password. \"automatic\" picks the best method the server offers."},
	{title: "Test", keys: []string{"smtp.test_recipient"},
		explain: "Your own address, for test e-mails. Press ctrl+t to send one now and see each step; or go on.",
		plain:   "Your own address, for test e-mails: after the summary you can send one and hear each step."},
	{title: "Summary", explain: "Everything you chose. Enter saves it; esc goes back to change something."},
}

type wizardState struct {
	step int
}

func (m *model) wizardStep() wizardStep { return wizardSteps[m.wizard.step] }

// skipStep tells whether a step has nothing to ask: the server and login
// while the platform default is chosen, the sender too when that server
// has its own. The summary is never skipped.
func (m *model) skipStep(i int) bool {
	return i < len(wizardSteps)-1 && len(m.visibleKeys(wizardSteps[i].keys)) == 0
}

// stepProblems are the blocking problems of the current step's fields.
func (m *model) stepProblems() bool {
	for _, k := range m.pageKeys() {
		if _, bad := m.setErrs[k]; bad {
			return true
		}
		if len(m.problems.For(k).Errors()) > 0 {
			return true
		}
	}
	return false
}

func (m *model) gotoStep(delta int) {
	if delta > 0 {
		for _, k := range m.pageKeys() {
			m.touched[k] = true
		}
		if m.stepProblems() {
			return
		}
	}
	i := m.wizard.step + delta
	for i > 0 && i < len(wizardSteps)-1 && m.skipStep(i) {
		i += delta
	}
	if i < 0 || i >= len(wizardSteps) {
		return
	}
	m.wizard.step = i
	m.scroll = 0
	if keys := m.pageKeys(); len(keys) > 0 {
		m.focusOn(keys[0])
	} else {
		m.focusOn("")
	}
}

func (m *model) wizardKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.probe.active() {
		return m.probeKey(msg)
	}
	k := m.keys
	last := m.wizard.step == len(wizardSteps)-1
	switch {
	case keyIs(msg, k.Back), keyIs(msg, k.StepPrev):
		if m.wizard.step == 0 {
			return m.quit()
		}
		m.gotoStep(-1)
		return nil
	case last && msg.String() == "enter":
		m.showAll = true
		if len(m.blocking()) > 0 {
			return nil
		}
		return m.save()
	case keyIs(msg, k.StepNext):
		m.gotoStep(1)
		return nil
	case keyIs(msg, k.Test):
		return m.openTest(stateWizard)
	case keyIs(msg, k.Save):
		return m.review(stateWizard)
	case keyIs(msg, k.Detect) && m.visible("smtp.host") && m.wizardStep().title == "Your mail server":
		return m.startProbe()
	case keyIs(msg, k.Next):
		if !m.moveFocus(1) {
			m.gotoStep(1)
		}
		return nil
	case keyIs(msg, k.Prev):
		m.moveFocus(-1)
		return nil
	}
	m.editFocused(msg)
	return nil
}

func (m *model) wizardHelp() []key.Binding {
	k := m.keys
	if m.probe.active() {
		return m.probeHelp()
	}
	if m.wizard.step == len(wizardSteps)-1 {
		return []key.Binding{bind("enter", "save"), bind("esc", "back"), k.Test}
	}
	back := bind("esc", "back")
	if m.wizard.step == 0 {
		back = bind("esc", "quit")
	}
	b := []key.Binding{bind("enter", "next"), back}
	if f := m.fields[m.focus]; f != nil && f.kind == kindToggle {
		b = append(b, k.Toggle)
	}
	if f := m.fields[m.focus]; f != nil && f.kind == kindChoice {
		b = append(b, k.Left)
	}
	if m.wizardStep().title == "Your mail server" {
		b = append(b, k.Detect)
	}
	return append(b, k.Test)
}

func (m *model) wizardView() string {
	st := m.styles
	w := max(40, m.width-2)
	step := m.wizardStep()
	var b strings.Builder
	b.WriteString(st.Section.Render(m.stepHeading()) + "\n")
	for _, l := range wrapWords(step.explain, w-2) {
		b.WriteString(st.Explain.Render(l) + "\n")
	}
	b.WriteString("\n")
	if m.probe.active() {
		b.WriteString(m.probeView() + "\n\n")
	}
	if m.wizard.step == len(wizardSteps)-1 {
		b.WriteString(m.settingsSummary())
		return b.String()
	}
	b.WriteString(m.fieldsView(m.pageKeys()))
	return b.String()
}

// stepHeading says where the admin is in the steps they will actually see.
func (m *model) stepHeading() string {
	n, at := 0, 0
	for i := range wizardSteps {
		if m.skipStep(i) {
			continue
		}
		n++
		if i <= m.wizard.step {
			at = n
		}
	}
	return "First-time setup · step " + itoa(at) + " of " + itoa(n) + " · " + m.wizardStep().title
}

func itoa(i int) string { return strconv.Itoa(i) }
