package tui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/oauth"
)

// German screens: goldens beside the English ones (Name_de.golden), and
// the check that at 80 columns no line of them is cut.

// goldenSuffix tells a golden's language: none for English, _de for German.
func goldenSuffix(l i18n.Lang) string {
	if l == i18n.English {
		return ""
	}
	return "_" + string(l)
}

// requireUncut fails when the screen on top draws a line wider than the
// frame gives it: the frame would cut it, losing the end of a label,
// value or sentence.
func requireUncut(t *testing.T, m *model) {
	t.Helper()
	w := m.frameWidth()
	for i, l := range strings.Split(m.top().View(w, m.room), "\n") {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("line %d is %d columns, %d fit; the frame cuts it: %q\n%s", i, lw, w, plain(l), screenText(m))
		}
	}
}

// germanForm is TestForm's settings pages in German.
func germanForm(t *testing.T) {
	de := func(t *testing.T, body string) *model {
		t.Helper()
		return newSized(t, Options{Path: writeConfig(t, body), Lang: i18n.German})
	}
	check := func(t *testing.T, m *model) {
		t.Helper()
		requireScreen(t, m)
		requireUncut(t, m)
	}
	t.Run("DefaultChecked_de", func(t *testing.T) {
		check(t, de(t, "[smtp]\nuse_default = true\nsender = \"noreply@example.com\"\n\n[default_server]\nhost = \"relay.internal\"\nsender = \"platform@example.com\"\n"))
	})
	t.Run("DefaultNeedsSender_de", func(t *testing.T) {
		check(t, de(t, "[smtp]\nuse_default = true\nsender = \"noreply@example.com\"\n"))
	})
	t.Run("CustomRevealed_de", func(t *testing.T) { check(t, de(t, customConfig)) })
	t.Run("ValidationErrors_de", func(t *testing.T) {
		m := de(t, customConfig)
		drive(m, keyTab) // sender
		for range len("noreply@example.com") {
			drive(m, keyBack)
		}
		typeText(m, "not-an-address")
		drive(m, keyTab, keyTab, keyTab, keyTab, keyTab) // sender name, protocol, starttls, host, port
		drive(m, keyBack, keyBack, keyBack)
		typeText(m, "99999")
		drive(m, keyTab)
		if m.d.fieldError("smtp.sender") == "" || m.d.fieldError("smtp.port") == "" {
			t.Fatalf("expected config's errors for sender and port, got %v %v", m.d.setErrs, m.d.problems)
		}
		check(t, m)
	})
	t.Run("HelpShowsAllKeys_de", func(t *testing.T) {
		m := de(t, customConfig)
		typeText(m, "?")
		check(t, m)
	})
}

// withCatalogLabels gives the fields the German labels the config
// catalog holds (config_key_<name>_label), as config.Key.LabelIn will once
// config's translation is in: the layout must fit those words, not only
// the English ones the seam returns today.
func withCatalogLabels(m *model) {
	for k, f := range m.d.fields {
		id := "config_key_" + strings.TrimPrefix(k, "smtp.") + "_label"
		if label := m.d.lang.T(id, nil); label != id {
			f.label = label
		}
	}
	m.relayout()
}

// TestLabelColumnFollowsTheLabels: the values start one column after the
// widest label of the language shown, whatever its length; a label too
// wide for the window goes on a line of its own; nothing is cut.
func TestLabelColumnFollowsTheLabels(t *testing.T) {
	tests := []struct {
		name  string
		width int
		long  string // a label given to the port field
		own   bool   // the port's label stands on a line of its own
	}{
		{"German labels at 80 columns", 80, "", false},
		{"a long label at 80 columns widens the column", 80, "Port des Servers für ausgehende E-Mails", false},
		{"a label too wide for 60 columns goes on its own line", 60, "Port des Servers für ausgehende E-Mails (SMTP)", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: i18n.German})
			withCatalogLabels(m)
			if tt.long != "" {
				m.d.fields["smtp.port"].label = tt.long
			}
			drive(m, tea.WindowSizeMsg{Width: tt.width, Height: 40})
			requireUncut(t, m)
			widest := 0
			for _, f := range m.d.fields {
				if f.kind != kindToggle {
					widest = max(widest, lipgloss.Width(f.label))
				}
			}
			col := min(widest, m.frameWidth()-2-minValueWidth)
			lines := strings.Split(screenText(m), "\n")
			host := m.d.fields["smtp.host"].label
			found := false
			for i, l := range lines {
				switch {
				case strings.HasPrefix(l, "   "+host+" "):
					found = true
					// " " frame, marker "  ", label column, then the value.
					if got := strings.Index(l, "mail.example.com"); lipgloss.Width(l[:got]) != 1+2+col {
						t.Errorf("the host's value starts at column %d, want %d (widest label %d):\n%s", lipgloss.Width(l[:got]), 1+2+col, widest, screenText(m))
					}
				case strings.HasPrefix(l, "   "+m.d.fields["smtp.port"].label):
					onOwn := !strings.Contains(l, "587")
					if onOwn != tt.own {
						t.Errorf("the port's label alone on its line: %v, want %v:\n%s", onOwn, tt.own, screenText(m))
					}
					if onOwn && !strings.Contains(lines[i+1], "587") {
						t.Errorf("the port's value is not under its label:\n%s", screenText(m))
					}
				}
			}
			if !found {
				t.Errorf("no row for %q:\n%s", host, screenText(m))
			}
		})
	}
}

// TestGermanWizardFits: every first-time step, with the German labels
// config's catalog has, fits 80 columns uncut, with the help of the field
// focused showing.
func TestGermanWizardFits(t *testing.T) {
	m := newSized(t, Options{Path: writeConfig(t, ""), Lang: i18n.German})
	withCatalogLabels(m)
	step := func(msgs ...tea.Msg) {
		t.Helper()
		for _, msg := range msgs {
			drive(m, msg)
			requireUncut(t, m)
		}
	}
	requireUncut(t, m)
	typeText(m, "noreply@example.com")
	step(keyEnter, keyEnter)
	typeServerMyself(t, m)
	requireUncut(t, m)
	step(keySpace, keyEnter) // an own server
	typeText(m, "mail.example.com")
	step(keyEnter, keyEnter, keyEnter, keyEnter, keyEnter, keyEnter) // protocol, port, STARTTLS, CA file, skip verify
	if got := stepTitle(t, m); got != "Login" {
		t.Fatalf("step %q, want Login:\n%s", got, screenText(m))
	}
	t.Run("OAuth", func(t *testing.T) {
		// The same login step choosing Microsoft 365, on through every
		// OAuth field (empty ones stop at the step's end).
		o := newSized(t, Options{Path: writeConfig(t, ""), Lang: i18n.German})
		withCatalogLabels(o)
		typeText(o, "noreply@example.com")
		drive(o, keyEnter, keyEnter)
		typeServerMyself(t, o)
		drive(o, keySpace, keyEnter)
		typeText(o, "mail.example.com")
		drive(o, keyEnter, keyEnter, keyEnter, keyEnter, keyEnter, keyEnter, keyRight)
		requireUncut(t, o)
		drive(o, keyEnter, keyEnter) // the authentication it chose, then the mailbox
		typeText(o, "postfach@example.com")
		for range 16 {
			drive(o, keyEnter)
			requireUncut(t, o)
		}
		if got := stepTitle(t, o); got != "OAuth sign-in" {
			t.Errorf("step %q, want OAuth sign-in:\n%s", got, screenText(o))
		}
	})
	step(keyEnter, keyLeft, keyEnter) // a password; no login
	if got := stepTitle(t, m); got != "Test" {
		t.Fatalf("step %q, want Test:\n%s", got, screenText(m))
	}
	typeText(m, "admin@example.com")
	step(keyEnter)
	if got := stepTitle(t, m); got != "Summary" {
		t.Fatalf("step %q, want Summary:\n%s", got, screenText(m))
	}
}

// TestGermanDialogs: Detect's report, the servers found for a sender and
// the sign-in in German, each golden and uncut at 80 columns. Their
// reports are made here: what servers say stays as they said it, and the
// screens' own words are what these show.
func TestGermanDialogs(t *testing.T) {
	open := func(t *testing.T, over func(m *model) screen) *model {
		t.Helper()
		m := newSized(t, Options{Path: writeConfig(t, customConfig), Lang: i18n.German})
		m.stack = append(m.stack, over(m))
		m.relayout()
		return m
	}
	check := func(t *testing.T, m *model) {
		t.Helper()
		requireScreen(t, m)
		requireUncut(t, m)
	}
	proposal := &config.Server{Protocol: config.ProtocolSMTP, StartTLS: true, Port: 587, Auth: config.AuthAuto}
	t.Run("Detect", func(t *testing.T) {
		check(t, open(t, func(m *model) screen {
			return &detectScreen{u: m.u, d: m.d, under: m.top(), host: "mail.example.com", report: &mailer.ProbeReport{
				Host: "mail.example.com",
				Ports: []mailer.PortReport{
					{Port: 465, Protocol: config.ProtocolSMTPS, Err: errors.New("dial tcp 192.0.2.1:465: connect: connection refused")},
					{Port: 587, Protocol: config.ProtocolSMTP, Reachable: true, StartTLS: true, Mechanisms: []string{"PLAIN", "LOGIN"}},
				},
				Proposal: proposal,
				Reason:   "port 587 offers STARTTLS",
			}}
		}))
	})
	t.Run("DetectNothing", func(t *testing.T) {
		check(t, open(t, func(m *model) screen {
			return &detectScreen{u: m.u, d: m.d, under: m.top(), host: "mail.example.com", report: &mailer.ProbeReport{Host: "mail.example.com"}}
		}))
	})
	t.Run("DiscoveryFound", func(t *testing.T) {
		// A real discovery in German (firma.test's records on loopback),
		// so that its summaries and steps are discover's German ones.
		calls, disc := discoveryCalls(t)
		found, err := calls.discover(context.Background(), firmaSender, discover.Options{Timeout: 10 * time.Second, Resolver: disc.Resolver, AllowLoopback: true, Lang: i18n.German})
		if err != nil || len(found.Found) == 0 {
			t.Fatalf("discovery found nothing: %v", err)
		}
		check(t, open(t, func(m *model) screen {
			return &discoveryScreen{u: m.u, d: m.d, sender: firmaSender, res: found, steps: found.Trace}
		}))
	})
	t.Run("DiscoveryNothing", func(t *testing.T) {
		check(t, open(t, func(m *model) screen {
			return &discoveryScreen{u: m.u, d: m.d, sender: "noreply@example.com", res: &discover.Result{}}
		}))
	})
	mailbox := config.Server{OAuth2: config.OAuth2{OAuth2Provider: config.ProviderMicrosoft}, Username: "postfach@example.com"}
	t.Run("SignInWaiting", func(t *testing.T) {
		check(t, open(t, func(m *model) screen {
			at := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
			return &signInScreen{u: m.u, d: m.d, srv: mailbox, state: signInWaiting, now: at, code: oauth.DeviceCode{
				VerificationURL: "https://microsoft.com/devicelogin", UserCode: "ABCD-EFGH",
				Expiry: at.Add(15 * time.Minute), Interval: 5 * time.Second,
			}}
		}))
	})
	t.Run("SignInDone", func(t *testing.T) {
		check(t, open(t, func(m *model) screen {
			return &signInScreen{u: m.u, d: m.d, srv: mailbox, state: signInDone}
		}))
	})
}

// TestHasSecretAgreesWithTheSummary: whether a password is there does not
// depend on the words the summary uses for it, in any language.
func TestHasSecretAgreesWithTheSummary(t *testing.T) {
	tests := []struct {
		name, file string
		want       bool
	}{
		{"no password", "[smtp]\nuse_default = false\nhost = \"mail.example.com\"\n", false},
		{"a saved password", customConfig, true},
		{"a password from a variable", "[smtp]\nuse_default = false\nhost = \"mail.example.com\"\npassword_env = \"SMTP_PASSWORD\"\n", true},
	}
	for _, lang := range i18n.Langs() {
		for _, tt := range tests {
			t.Run(string(lang)+"/"+tt.name, func(t *testing.T) {
				m := newSized(t, Options{Path: writeConfig(t, tt.file), Lang: lang})
				none := "(" + lang.T("tuiform_summary_none", nil) + ")"
				summary := m.d.secretSummary("smtp.password")
				if got := m.d.hasSecret("smtp.password"); got != tt.want || got == (summary == none) {
					t.Errorf("hasSecret = %v, want %v; the summary says %q", got, tt.want, summary)
				}
			})
		}
	}
}
