package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestFitsTheWindow: every screen fits the window exactly, at 80×24 and
// after resizing smaller and larger; nothing wraps or scrolls the terminal.
func TestFitsTheWindow(t *testing.T) {
	screens := map[string]func(t *testing.T) *model{
		"form": func(t *testing.T) *model { return newSized(t, Options{Path: writeConfig(t, customConfig)}) },
		"errors": func(t *testing.T) *model {
			m := newSized(t, Options{Path: writeConfig(t, customConfig)})
			drive(m, keyTab)
			typeText(m, "@@ a very long and wrong sender address that goes on and on and on")
			drive(m, keyTab, ctrl('s'))
			return m
		},
		"wizard": func(t *testing.T) *model { return newSized(t, Options{Path: writeConfig(t, "")}) },
		"test": func(t *testing.T) *model {
			m := newSized(t, Options{Path: writeConfig(t, customConfig)})
			drive(m, ctrl('t'))
			run := startFakeRun(t, m, actionSend)
			for _, s := range okSteps {
				drive(m, stepMsg{to: run, step: s})
			}
			return m
		},
		"help": func(t *testing.T) *model {
			m := newSized(t, Options{Path: writeConfig(t, customConfig)})
			drive(m, tea.KeyPressMsg{Code: '?', Text: "?"})
			return m
		},
	}
	for name, build := range screens {
		for _, size := range [][2]int{{80, 24}, {60, 16}, {132, 43}, {80, 24}} {
			t.Run(fmt.Sprintf("%s/%dx%d", name, size[0], size[1]), func(t *testing.T) {
				m := build(t)
				drive(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				view := m.View().Content
				if h := lipgloss.Height(view); h > size[1] {
					t.Errorf("%d lines in a %d-line window", h, size[1])
				}
				for i, l := range strings.Split(view, "\n") {
					if w := lipgloss.Width(l); w > size[0] {
						t.Errorf("line %d is %d wide in a %d-column window: %q", i, w, size[0], l)
					}
				}
			})
		}
	}
}

// TestDemoBannerFits: the demo's address and login show whole at 80
// columns (and narrower), wrapped between parts instead of cut.
func TestDemoBannerFits(t *testing.T) {
	demo := &Demo{Addr: "127.0.0.1:65535", Username: "demo", Password: "demo-password"}
	for _, width := range []int{80, 60, 120} {
		m := newSized(t, Options{Path: writeConfig(t, customConfig), Demo: demo})
		m.Update(tea.WindowSizeMsg{Width: width, Height: termH})
		s := ansi.Strip(m.View().Content)
		for _, part := range []string{"Demo server 127.0.0.1:65535", "login demo / demo-password", "nothing leaves this machine"} {
			if !strings.Contains(s, part) {
				t.Errorf("at %d columns the banner lacks %q:\n%s", width, part, s)
			}
		}
		for _, l := range strings.Split(s, "\n") {
			if lipgloss.Width(l) > width {
				t.Errorf("at %d columns a line is %d wide: %q", width, lipgloss.Width(l), l)
			}
		}
	}
}
