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

	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/tui"
)

// handleSession runs the form for one session, or explains why not.
func (s *Server) handleSession(sess ssh.Session) {
	log := s.log.With("user", loggedUser(sess.User()), "key", fingerprintOf(sess), "remote", remoteOf(sess.RemoteAddr()))
	lang := sessionLang(sess, s.opts.Lang)
	// The key the client proved it holds, looked up again: it names the
	// admin in the audit, and a key removed since login opens no new form.
	key := sess.PublicKey()
	if key == nil { // cannot happen: keys are the only way in
		refuse(sess, lang.T("serve_refused_public_keys_only", nil))
		return
	}
	a, ok, err := s.admins.lookup(key)
	if err != nil || !ok {
		log.Warn("refused", "reason", "key no longer in authorized_keys")
		refuse(sess, lang.T("serve_refused_key_gone", nil))
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
		refuse(sess, lang.T("serve_refused_command", i18n.D{"Command": target}))
		return
	}
	pty, windows, ok := sess.Pty()
	if !ok {
		log.Warn("refused", "reason", "no terminal requested")
		refuse(sess, lang.T("serve_refused_no_pty", i18n.D{"Command": target}))
		return
	}
	conn, _ := sess.Context().Value(connKey{}).(*connState)
	warn := newNotices(lang)
	if !s.beginSession(conn, warn) {
		refuse(sess, "\r\n"+closedText(errShuttingDown, lang))
		return
	}
	defer s.endSession(conn, warn)

	log.Info("session opened", "term", pty.Term, "width", pty.Window.Width, "height", pty.Window.Height)
	started := time.Now()
	err = s.runFormSafely(sess, windows, warn, log, recipientOf(a.comment), lang)
	switch {
	case err == nil:
		log.Info("session closed", "after", time.Since(started).Round(time.Second))
		_ = sess.Exit(0)
	default:
		log.Info("session closed", "after", time.Since(started).Round(time.Second), "reason", err.Error())
		_, _ = io.WriteString(sess, "\r\n"+closedText(err, lang)+"\r\n")
		_ = sess.Exit(1)
	}
}

// refuse tells the client why (a line of its own: \r\n, because the
// client's terminal may be raw) and ends the session with exit status 1.
func refuse(sess ssh.Session, msg string) {
	_, _ = io.WriteString(sess.Stderr(), msg+"\r\n")
	_ = sess.Exit(1)
}

// closedText is the session's last line: why the server ended it.
func closedText(why error, lang i18n.Lang) string {
	return termsafe.String(lang.T("serve_session_closed", i18n.D{"Reason": i18n.Text(why, lang)}))
}

// runFormSafely is runForm where a panic ends this session, not the server
// with every other admin's session. (Panics in the form's own updates and
// commands are already caught by bubbletea.)
func (s *Server) runFormSafely(sess ssh.Session, windows <-chan ssh.Window, warn *notices, log *slog.Logger, rcpt string, lang i18n.Lang) (err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("session panicked", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = errInternal
		}
	}()
	return s.runForm(sess, windows, warn, log, rcpt, lang)
}

// runForm runs one form until the admin quits (nil), or it is stopped:
// idle, server shutdown, or a dropped connection. warn carries the
// warnings for its notice line: the server stopping (set by Shutdown),
// the idle timeout near (withdrawn by the next key). rcpt is where the
// session's test e-mails go unless the admin types another address; lang
// is the session's language.
func (s *Server) runForm(sess ssh.Session, windows <-chan ssh.Window, warn *notices, log *slog.Logger, rcpt string, lang i18n.Lang) error {
	ctx, cancel := context.WithCancelCause(sess.Context())
	defer cancel(nil)
	stopOnShutdown := context.AfterFunc(s.stopped, func() { cancel(context.Cause(s.stopped)) })
	defer stopOnShutdown()

	input := newIdleInput(sess, s.opts.IdleTimeout, idleHooks{
		warn:   func(left time.Duration) { warn.setIdle(left) },
		active: func() { warn.clearIdle() },
		idle:   func() { cancel(errIdle) },
	})
	defer input.stop()

	release := s.holdKey(sess.PublicKey(), sess.RemoteAddr(), cancel)
	defer release()

	model, err := s.opts.NewModel(ctx, tui.Options{
		Path:       s.opts.ConfigPath,
		Input:      input,
		Output:     sess,
		OnSave:     s.auditSave(log),
		OnTest:     s.auditTest(log),
		BeforeSave: s.checkKeyBeforeSave(sess.PublicKey(), sess.RemoteAddr(), cancel),
		// The test e-mail goes to whoever is logged in, when their key says
		// who that is; else to the file's test recipient.
		TestRecipient: rcpt,
		Discovery:     s.opts.Discovery,
		Lang:          lang,
	})
	if err != nil {
		return i18n.Wrap("serve_err_start_form", nil, err)
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
		return i18n.Wrap("serve_err_form", nil, err)
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
//
// One timer serves the warning and the timeout, and input does not touch
// it: a key only notes its time. When the timer fires it counts from the
// last input, and re-arms for the warning or the timeout if that moved on.
// Input only ever moves them later, so the timer never fires late.
type idleInput struct {
	r     io.Reader
	after time.Duration
	lead  time.Duration // the warning comes this long before the end (0: no warning)
	hooks idleHooks
	timer *time.Timer // nil: no timeout

	mu        sync.Mutex
	lastInput time.Time
	warned    bool
	stopped   bool
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
	in := &idleInput{r: r, after: after, hooks: hooks, lastInput: time.Now()}
	if after > 0 {
		if hooks.warn != nil {
			in.lead = idleWarningLead(after)
		}
		in.mu.Lock() // fire may run before the assignment is done
		in.timer = time.AfterFunc(after-in.lead, in.fire)
		in.mu.Unlock()
	}
	return in
}

func (in *idleInput) Read(p []byte) (int, error) {
	n, err := in.r.Read(p)
	if n > 0 && in.timer != nil {
		in.mu.Lock()
		in.lastInput = time.Now()
		warned := in.warned
		in.warned = false
		in.mu.Unlock()
		if warned && in.hooks.active != nil {
			in.hooks.active()
		}
	}
	return n, err //nolint:wrapcheck // a reader passes its source's errors through
}

// fire is the timer: it warns, ends the session, or, after input since it
// was armed, re-arms for what comes next.
func (in *idleInput) fire() {
	in.mu.Lock()
	if in.stopped {
		in.mu.Unlock()
		return
	}
	quiet := time.Since(in.lastInput)
	var hook func()
	switch {
	case !in.warned && quiet < in.after-in.lead:
		in.timer.Reset(in.after - in.lead - quiet)
	case !in.warned && in.lead > 0:
		in.warned = true
		in.timer.Reset(in.after - quiet)
		hook = func() { in.hooks.warn(in.lead) }
	case quiet < in.after:
		in.timer.Reset(in.after - quiet)
	default:
		hook = in.hooks.idle
	}
	in.mu.Unlock()
	if hook != nil {
		hook()
	}
}

func (in *idleInput) stop() {
	if in.timer == nil {
		return
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	in.stopped = true
	in.timer.Stop()
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
