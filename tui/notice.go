package tui

// Notice is a message from outside the program for the admin at the
// screen, such as the SSH server's "the server is stopping: save your
// changes within 30s" or an idle warning. Send it to the running program:
//
//	p.Send(tui.Notice{Text: "The server is stopping: save your changes within 30s"})
//
// The text shows as a prominent warning line under the header, on every
// screen (form, first-time setup, test, summary, dialogs), wrapped to the
// window rather than cut, and stays there while the admin works: it is
// not cleared by keys, saves or screen changes. The next Notice replaces
// it; a Notice with empty Text removes it. Only the latest one shows, so
// a sender with several warnings decides which matters most and sends
// that one.
//
// Text is shown as given (one sentence, no trailing newline, no styling:
// the configurator styles it and marks it with "!"). It must not carry
// secrets: it is drawn like any other screen text.
//
// Sending a Notice is safe from any goroutine (tea.Program.Send), but
// Send blocks until the program takes the message (or has ended), so
// send from a goroutine of your own rather than from a timer that must
// not stall.
type Notice struct {
	Text string
}
