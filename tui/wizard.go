package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// Guided first-time setup: one decision per step, each explained in a
// sentence, back and forward at every step, a summary before saving.

type wizardStep struct {
	// title is the step's English title: it names the step in code and
	// tests; heading is what shows, in the session's language.
	title            string
	heading, explain message
	// plain replaces explain for the accessible prompts where explain
	// names keys of the form.
	plain message
	keys  []string
}

// explainFor is the step's sentence in language l for the form or for
// plain prompts.
func (s wizardStep) explainFor(l i18n.Lang, accessible bool) string {
	if accessible && s.plain.ID != "" {
		return s.plain.in(l)
	}
	return s.explain.in(l)
}

// wizardSteps are the first-time steps. A setting the first-time setup
// asks for goes into one step's keys; it shows there when draft.visible
// says it applies.
var wizardSteps = []wizardStep{
	{title: "Sender", keys: []string{"smtp.sender", "smtp.sender_name"},
		heading: message{ID: "tuiwizard_sender_title"},
		explain: message{ID: "tuiwizard_sender_explain"},
		plain:   message{ID: "tuiwizard_sender_plain"}},
	{title: "Where should mail go?", keys: []string{"smtp.use_default"},
		heading: message{ID: "tuiwizard_where_title"},
		explain: message{ID: "tuiwizard_where_explain"},
		plain:   message{ID: "tuiwizard_where_plain"}},
	{title: "Your mail server", keys: []string{"smtp.host", "smtp.protocol", "smtp.port", "smtp.starttls", "smtp.tls_ca_file", "smtp.tls_skip_verify"},
		heading: message{ID: "tuiwizard_server_title"},
		explain: message{ID: "tuiwizard_server_explain"},
		plain:   message{ID: "tuiwizard_server_plain"}},
	{title: "Login", keys: []string{signInKey, "smtp.auth", "smtp.username", "smtp.password", "smtp.allow_insecure_auth"},
		heading: message{ID: "tuiwizard_login_title"},
		explain: message{ID: "tuiwizard_login_explain"}},
	{title: "OAuth sign-in", keys: []string{
		"smtp.oauth2_provider", "smtp.oauth2_tenant", "smtp.oauth2_flow",
		"smtp.oauth2_client_id", "smtp.oauth2_client_secret",
		"smtp.oauth2_refresh_token_env", "smtp.oauth2_refresh_token_command",
		"smtp.oauth2_token_url", "smtp.oauth2_device_url",
		"smtp.oauth2_service_account_file", "smtp.oauth2_scope"},
		heading: message{ID: "tuiwizard_oauth_title"},
		explain: message{ID: "tuiwizard_oauth_explain"}},
	{title: "Test", keys: []string{"smtp.test_recipient"},
		heading: message{ID: "tuiwizard_test_title"},
		explain: message{ID: "tuiwizard_test_explain"},
		plain:   message{ID: "tuiwizard_test_plain"}},
	{title: "Summary",
		heading: message{ID: "tuiwizard_summary_title"},
		explain: message{ID: "tuiwizard_summary_explain"}},
}

// lastStep is the summary's index.
var lastStep = len(wizardSteps) - 1

// skipStep tells whether a step has nothing to ask: the server and login
// while the platform default is chosen, the sender too when that server
// has its own. The summary is never skipped.
func (d *draft) skipStep(i int) bool {
	return i < lastStep && len(d.visibleKeys(wizardSteps[i].keys)) == 0
}

// stepHeading says where the admin is in the steps they will actually see.
func (d *draft) stepHeading(step int) string {
	n, at := 0, 0
	for i := range wizardSteps {
		if d.skipStep(i) {
			continue
		}
		n++
		if i <= step {
			at = n
		}
	}
	return d.lang.T("tuiwizard_step_heading", i18n.D{"Step": at, "Steps": n, "Title": wizardSteps[step].heading.in(d.lang)})
}

// wizardScreen is the first-time setup.
type wizardScreen struct {
	fieldList
	step int
}

func newWizard(u *ui, d *draft) *wizardScreen {
	s := &wizardScreen{fieldList: fieldList{u: u, d: d}}
	// A new file's platform server brings no sender (config.Default):
	// the first step always asks it.
	s.focusOn("smtp.sender")
	return s
}

// findsServer tells whether leaving this step looks for the server of
// the sender just given.
func (s *wizardScreen) findsServer() bool {
	return slices.Contains(wizardSteps[s.step].keys, "smtp.sender") && s.d.visible("smtp.sender")
}

// stepDone marks the step's fields as visited and tells whether they
// are all valid, as leaving it forward requires.
func (s *wizardScreen) stepDone() bool {
	for _, k := range s.keys() {
		s.d.touched[k] = true
		if s.d.fieldError(k) != "" {
			return false
		}
	}
	return true
}

func (s *wizardScreen) keys() []string { return s.d.visibleKeys(wizardSteps[s.step].keys) }

func (s *wizardScreen) onServerStep() bool { return wizardSteps[s.step].title == "Your mail server" }

func (s *wizardScreen) onOAuthStep() bool { return wizardSteps[s.step].title == "OAuth sign-in" }

// forward leaves the step: after the sender, to the servers found for it;
// after the OAuth step with the device code flow, to the sign-in, unless
// someone has signed in already.
func (s *wizardScreen) forward() (tea.Cmd, action) {
	if s.findsServer() && s.stepDone() {
		return startDiscovery(s.u, s.d, s.d.fields["smtp.sender"].value(), true)
	}
	from := s.step
	leaving := s.onOAuthStep()
	s.gotoStep(1)
	if leaving && s.step != from && s.d.needsSignIn() {
		return startSignIn(s.u, s.d, true)
	}
	return nil, action{}
}

// gotoStep moves by delta steps, over those with nothing to ask; forward
// only when the step's fields have no errors.
func (s *wizardScreen) gotoStep(delta int) {
	if delta > 0 && !s.stepDone() {
		return
	}
	i := s.step + delta
	for i > 0 && i < lastStep && s.d.skipStep(i) {
		i += delta
	}
	if i < 0 || i > lastStep {
		return
	}
	s.step = i
	s.body.top = 0
	keys := s.keys()
	if len(keys) > 0 {
		s.focusOn(keys[0])
	} else {
		s.focusOn("")
	}
}

func (s *wizardScreen) Update(msg tea.Msg) (tea.Cmd, action) {
	k := s.u.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Back, k.StepPrev):
			if s.step == 0 {
				return nil, action{quit: true}
			}
			s.gotoStep(-1)
		case s.step == lastStep && key.Matches(msg, k.Confirm):
			s.d.showAll = true
			if len(s.d.blocking()) > 0 {
				return nil, action{}
			}
			return nil, action{save: true}
		case key.Matches(msg, k.StepNext):
			return s.forward()
		case key.Matches(msg, k.Test):
			s.d.touched[s.focus] = true
			return nil, action{push: newTestScreen(s.u, s.d)}
		case key.Matches(msg, k.Save):
			return nil, review(s.u, s.d)
		case key.Matches(msg, k.Detect) && s.onServerStep() && s.d.visible("smtp.host"):
			return startDetect(s.u, s.d, s)
		case key.Matches(msg, k.Next):
			if !s.move(s.keys(), 1) {
				return s.forward()
			}
		case key.Matches(msg, k.Prev):
			s.move(s.keys(), -1)
		default:
			s.edit(msg)
		}
	case tea.PasteMsg:
		s.paste(msg)
	case bodyMouse:
		s.mouse(msg.MouseMsg, msg.y)
	case focusMsg:
		// A choice made elsewhere (a server found) shows its step.
		for i, st := range wizardSteps {
			if slices.Contains(st.keys, msg.key) && s.d.visible(msg.key) {
				s.step, s.body.top = i, 0
				s.focusOn(msg.key)
			}
		}
	}
	return nil, action{}
}

func (s *wizardScreen) Layout(w, h int) {
	st := s.u.styles
	above := []string{st.Section.Render(s.d.stepHeading(s.step))}
	for _, l := range wrap(wizardSteps[s.step].explainFor(s.u.lang(), false), max(40, w)-2) {
		above = append(above, st.Explain.Render(l))
	}
	above = append(above, "")
	if s.step == lastStep {
		s.keyAt = nil
		s.body.set(append(above, summaryLines(s.u, s.d, w)...), h, -1)
		return
	}
	s.keep(s.keys(), wizardSteps[s.step].keys)
	s.layout(above, s.keys(), w, h)
}

func (s *wizardScreen) View(_, _ int) string { return s.body.viewIn(s.u.styles, s.u.lang()) }

func (s *wizardScreen) Typing() bool { return s.step != lastStep && s.typing() }

func (s *wizardScreen) Help() helpKeys {
	k := s.u.keys
	back := k.Back
	if s.step == 0 {
		back = relabel(k.Back, "esc", s.u.lang().T("tuikeys_quit", nil))
	}
	var short []key.Binding
	if s.step == lastStep {
		short = []key.Binding{k.Confirm, back, k.Test}
	} else {
		next := k.NextStep
		if keys := s.keys(); s.findsServer() && s.focus == keys[len(keys)-1] {
			next = relabel(next, "enter", s.u.lang().T("tuiwizard_find_my_server", nil))
		}
		short = append([]key.Binding{next, back}, s.fieldHelpKeys()...)
		if s.onServerStep() {
			short = append(short, k.Detect)
		}
		short = append(short, k.Test)
	}
	full := [][]key.Binding{{k.Next, k.Prev, k.Toggle, k.Left}, {k.Detect, k.Save, k.Test},
		{k.NextStep, back, k.StepNext, k.StepPrev, k.AllKeys}}
	return helpKeys{short: short, full: full}
}
