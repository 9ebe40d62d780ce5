package serve

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"runtime/debug"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/ssh"

	"smtpconf/tui"
)

// Messages for the admin; \r\n because the client's terminal is raw.
const (
	msgNoPTY   = "smtpconf serve needs an interactive terminal: %s\r\n"
	msgCommand = "smtpconf serve runs no commands, only the settings form: connect without one: %s\r\n"
	msgClosing = "\r\nsmtpconf serve: session closed: %v\r\n"
)

// handleSession runs the form for one session, or explains why not.
func (s *Server) handleSession(sess ssh.Session) {
	log := s.log.With("user", sess.User(), "key", fingerprintOf(sess), "remote", remoteOf(sess.RemoteAddr()))
	// The key the client proved it holds, looked up again: it names the
	// admin in the audit, and a key removed since login opens no new form.
	key := sess.PublicKey()
	if key == nil { // cannot happen: keys are the only way in
		refuse(sess, "smtpconf serve: public keys only\r\n")
		return
	}
	a, ok, err := s.admins.lookup(key)
	if err != nil || !ok {
		log.Warn("refused", "reason", "key no longer in authorized_keys")
		refuse(sess, "smtpconf serve: your key is no longer authorised\r\n")
		return
	}
	if a.comment != "" {
		log = log.With("key_comment", a.comment)
	}
	target := sshCommand(sess)
	if cmd := sess.RawCommand(); cmd != "" {
		// Only the length: a command line can carry a secret
		// (ssh host 'smtpconf set password=…'), and logs travel further than
		// the config file.
		log.Warn("refused", "reason", "command requested", "command_bytes", len(cmd))
		refuse(sess, fmt.Sprintf(msgCommand, target))
		return
	}
	pty, windows, ok := sess.Pty()
	if !ok {
		log.Warn("refused", "reason", "no terminal requested")
		refuse(sess, fmt.Sprintf(msgNoPTY, target))
		return
	}
	conn, _ := sess.Context().Value(connKey{}).(*connState)
	if !s.beginSession(conn) {
		refuse(sess, fmt.Sprintf(msgClosing, errShuttingDown))
		return
	}
	defer s.endSession(conn)

	log.Info("session opened", "term", pty.Term, "width", pty.Window.Width, "height", pty.Window.Height)
	started := time.Now()
	err = s.runFormSafely(sess, windows, log)
	switch {
	case err == nil:
		log.Info("session closed", "after", time.Since(started).Round(time.Second))
		_ = sess.Exit(0)
	default:
		log.Info("session closed", "after", time.Since(started).Round(time.Second), "reason", err.Error())
		_, _ = fmt.Fprintf(sess, msgClosing, err)
		_ = sess.Exit(1)
	}
}

// refuse tells the client why and ends the session with exit status 1.
func refuse(sess ssh.Session, msg string) {
	_, _ = io.WriteString(sess.Stderr(), msg)
	_ = sess.Exit(1)
}

// runFormSafely is runForm where a panic ends this session, not the server
// with every other admin's session. (Panics in the form's own updates and
// commands are already caught by bubbletea.)
func (s *Server) runFormSafely(sess ssh.Session, windows <-chan ssh.Window, log *slog.Logger) (err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("session panicked", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = errInternal
		}
	}()
	return s.runForm(sess, windows, log)
}

// runForm runs one form until the admin quits (nil), or it is stopped:
// idle, server shutdown, or a dropped connection.
func (s *Server) runForm(sess ssh.Session, windows <-chan ssh.Window, log *slog.Logger) error {
	ctx, cancel := context.WithCancelCause(sess.Context())
	defer cancel(nil)
	stopOnShutdown := context.AfterFunc(s.stopped, func() { cancel(context.Cause(s.stopped)) })
	defer stopOnShutdown()

	// Warnings on the form's notice line: the server stopping, the idle
	// timeout near (withdrawn by the next key).
	warn := newNotices()
	defer s.watchNotices(warn)()
	input := newIdleInput(sess, s.opts.IdleTimeout, idleHooks{
		warn:   func(left time.Duration) { warn.setIdle(fmt.Sprintf(noticeIdle, humanDuration(left))) },
		active: func() { warn.setIdle("") },
		idle:   func() { cancel(errIdle) },
	})
	defer input.stop()

	model, err := s.opts.NewModel(tui.Options{
		Path:   s.opts.ConfigPath,
		Input:  input,
		Output: sess,
		OnSave: s.auditSave(log),
	})
	if err != nil {
		return fmt.Errorf("start the form: %w", err)
	}
	// MakeOptions sets this session's size, environment and colour profile
	// (from its TERM and env); then our input, which tracks idleness. The
	// program must not catch the server's SIGINT/SIGTERM: the server decides
	// when sessions end.
	opts := append(bubbletea.MakeOptions(sess),
		tea.WithInput(input),
		tea.WithContext(ctx),
		tea.WithoutSignalHandler(),
	)
	program := tea.NewProgram(model, opts...)
	go forwardResizes(ctx, windows, program)
	go warn.deliver(ctx, program.Send)
	_, err = program.Run()
	if ctx.Err() != nil {
		if sess.Context().Err() != nil {
			return errDisconnected
		}
		return context.Cause(ctx)
	}
	if err != nil {
		return fmt.Errorf("form: %w", err)
	}
	return nil
}

// forwardResizes tells the program about the client's window changes.
func forwardResizes(ctx context.Context, windows <-chan ssh.Window, program *tea.Program) {
	for {
		select {
		case <-ctx.Done():
			return
		case w, ok := <-windows:
			if !ok {
				return
			}
			program.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
	}
}

// idleInput is the session's input; time without any ends the session,
// after a warning. Output does not count: a form that redraws is not an
// admin at work.
type idleInput struct {
	r     io.Reader
	after time.Duration
	lead  time.Duration // the warning comes this long before the end
	hooks idleHooks

	mu        sync.Mutex
	idleTimer *time.Timer
	warnTimer *time.Timer
	lastInput time.Time
	warned    bool
}

// idleHooks are what an idleInput calls: warn when the timeout is lead
// away, active on the first input after a warning, idle at the timeout.
// They run on timer or reader goroutines and must not block.
type idleHooks struct {
	warn   func(left time.Duration)
	active func()
	idle   func()
}

// newIdleInput reads r; a non-positive after never times out.
func newIdleInput(r io.Reader, after time.Duration, hooks idleHooks) *idleInput {
	in := &idleInput{r: r, after: after, lead: idleWarningLead(after), hooks: hooks, lastInput: time.Now()}
	if after > 0 {
		in.idleTimer = time.AfterFunc(after, in.fireIdle)
		if in.lead > 0 && hooks.warn != nil {
			in.warnTimer = time.AfterFunc(after-in.lead, in.fireWarn)
		}
	}
	return in
}

func (in *idleInput) Read(p []byte) (int, error) {
	n, err := in.r.Read(p)
	if n > 0 && in.idleTimer != nil {
		in.mu.Lock()
		in.lastInput = time.Now()
		in.idleTimer.Reset(in.after)
		if in.warnTimer != nil {
			in.warnTimer.Reset(in.after - in.lead)
		}
		warned := in.warned
		in.warned = false
		in.mu.Unlock()
		if warned && in.hooks.active != nil {
			in.hooks.active()
		}
	}
	return n, err //nolint:wrapcheck // a reader passes its source's errors through
}

// fireWarn and fireIdle ignore a timer that fired while input reset it.
func (in *idleInput) fireWarn() {
	in.mu.Lock()
	if time.Since(in.lastInput) < in.after-in.lead {
		in.mu.Unlock()
		return
	}
	in.warned = true
	in.mu.Unlock()
	in.hooks.warn(in.lead)
}

func (in *idleInput) fireIdle() {
	in.mu.Lock()
	stale := time.Since(in.lastInput) < in.after
	in.mu.Unlock()
	if !stale && in.hooks.idle != nil {
		in.hooks.idle()
	}
}

func (in *idleInput) stop() {
	if in.idleTimer != nil {
		in.idleTimer.Stop()
	}
	if in.warnTimer != nil {
		in.warnTimer.Stop()
	}
}

// sshCommand is how this admin connects with a terminal, for the hints.
func sshCommand(sess ssh.Session) string {
	host, port, err := net.SplitHostPort(remoteOf(sess.LocalAddr()))
	if err != nil {
		return "ssh -t " + sess.User() + "@HOST"
	}
	if port == "22" {
		return "ssh -t " + sess.User() + "@" + host
	}
	return "ssh -t -p " + port + " " + sess.User() + "@" + host
}
