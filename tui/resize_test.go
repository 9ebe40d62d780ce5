package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
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
			run := startFakeRun(m, actionSend)
			for _, s := range okSteps {
				drive(m, stepMsg{run: run, step: s})
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
