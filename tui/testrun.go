package tui

import (
	"bytes"
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/mailer"
)

// testAction is what the test screen runs.
type testAction int

const (
	actionSend  testAction = iota // deliver a test message
	actionCheck                   // go as far as RCPT TO, deliver nothing
)

// runKey is what a run depends on: the server settings it used and the
// recipient. A result shows only while these are what it ran with.
type runKey struct {
	srv  config.Server
	rcpt string
}

func (d *draft) runKey() runKey {
	// The field, not the setting: a session's own recipient (Options) is
	// not a change to the file.
	return runKey{srv: d.cfg.Effective(), rcpt: d.fields["smtp.test_recipient"].value()}
}

// testRun is one test or check and what came of it.
type testRun struct {
	action     testAction
	ran        runKey
	steps      []mailer.Step
	result     *mailer.Result
	transcript string
	cancelled  bool
}

// step records a step the mailer reports: a running step is replaced by
// its end.
func (r *testRun) step(s mailer.Step) {
	if n := len(r.steps); n > 0 && r.steps[n-1].Name == s.Name && r.steps[n-1].Status == mailer.StatusRunning {
		r.steps[n-1] = s
		return
	}
	r.steps = append(r.steps, s)
}

// stepMsg is one step reported by the mailer while it runs.
type stepMsg struct {
	to   *testScreen
	step mailer.Step
	next <-chan tea.Msg
}

// runDoneMsg is the mailer's result.
type runDoneMsg struct {
	to         *testScreen
	result     *mailer.Result
	transcript string
}

// waitFor is a command that waits for the mailer goroutine's next message.
func waitFor(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-ch }
}

// sendOn hands messages from a goroutine to the screen through ch until
// ctx ends, when nobody waits for them any more.
func sendOn(ctx context.Context, ch chan<- tea.Msg) func(tea.Msg) {
	return func(msg tea.Msg) {
		select {
		case ch <- msg:
		case <-ctx.Done():
		}
	}
}

// startRun runs the mailer in a goroutine under ctx; its progress flows
// through a channel that waitFor turns into messages, so the screen never
// waits on the network. Cancelling ctx (esc, or the session ending) ends
// the conversation and the goroutine at once.
func startRun(ctx context.Context, net conversations, to *testScreen, r *testRun, o mailer.Options) tea.Cmd {
	ch := make(chan tea.Msg)
	var next <-chan tea.Msg = ch
	srv, rcpt, action := r.ran.srv, r.ran.rcpt, r.action
	return func() tea.Msg {
		go func() {
			defer close(ch)
			send := sendOn(ctx, ch)
			var buf bytes.Buffer
			o.Transcript = &buf
			o.Progress = func(s mailer.Step) { send(stepMsg{to: to, step: s, next: next}) }
			res := net.run(ctx, action, srv, rcpt, o)
			send(runDoneMsg{to: to, result: res, transcript: buf.String()})
		}()
		return <-ch
	}
}
