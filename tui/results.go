package tui

import (
	"cmp"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

// How a run's steps and outcome read, on the test screen and in the
// prompts alike. Everything the server said goes through termsafe.

// stepView is what a step line needs besides the step.
type stepView struct {
	st      Styles
	lang    i18n.Lang
	spinner string        // the running mark ("…" in the prompts)
	now     time.Time     // for a running step's elapsed time
	timeout time.Duration // each step's limit, for the time left
}

// line is one step: mark, duration, title and, when it went well, detail;
// cut at w with "…" (the transcript has everything). A running step says
// how long it has waited and how long it will wait at most.
func (v stepView) line(s mailer.Step, w int) string {
	st := v.st
	var mark string
	switch s.Status {
	case mailer.StatusOK:
		mark = st.Step.OK.Render("✓")
	case mailer.StatusFailed:
		mark = st.Step.Failed.Render("✗")
	case mailer.StatusRunning:
		mark = v.spinner
	case mailer.StatusSkipped:
		mark = st.Step.Skipped.Render("–")
	}
	// The duration comes first, in a column of its own: the steps line up
	// and a long detail is cut at the same place whatever the timing.
	dur := strings.Repeat(" ", 6)
	if s.Status == mailer.StatusOK || s.Status == mailer.StatusFailed {
		dur = fmt.Sprintf("%6s", mailer.ShortDuration(s.Duration))
	}
	line := "  " + mark + " " + st.Step.Duration.Render(dur) + "  " + st.Step.Title.Render(termsafe.String(cmp.Or(s.Title, string(s.Name))))
	switch {
	case s.Detail != "" && s.Status == mailer.StatusOK:
		line += st.Step.Detail.Render(" · " + termsafe.String(s.Detail))
	case s.Status == mailer.StatusRunning && !s.Started.IsZero() && !v.now.IsZero() && v.timeout > 0:
		waited := max(0, v.now.Sub(s.Started))
		left := max(0, v.timeout-waited)
		line += st.Step.Detail.Render(" · " + v.lang.T("tuitest_step_waiting", i18n.D{
			"Waited": mailer.ShortDuration(waited), "Left": left.Round(time.Second).String()}))
	}
	if ansi.StringWidth(line) > w {
		line = ansi.Truncate(line, w, "…")
	}
	return line
}

// resultLines are a run's outcome: what was sent and how, or what failed
// and what to do about it (the mailer's words, Result.Failure, with the
// form's labels for the settings it names).
func resultLines(st Styles, d *draft, r *testRun, w int, transcriptKey string) []string {
	res, l := r.result, d.lang
	lines := []string{""}
	help := func(s string) { lines = append(lines, wrapIndent(st.Field.Help, s, "  ", w)...) }
	if res.OK {
		if r.action == actionSend {
			lines = append(lines, st.Step.OK.Render("✓ "+l.T("tuitest_sent", i18n.D{"Recipient": r.ran.rcpt})))
			if res.Reply != "" && !stepsSay(r.steps, res.Reply) {
				help(l.T("tuitest_server_reply", i18n.D{"Reply": termsafe.String(res.Reply)}))
			}
		} else {
			lines = append(lines, st.Step.OK.Render("✓ "+l.T("tuitest_check_ok", nil)))
		}
		if res.Mechanism != "" {
			help(l.T("tuitest_logged_in_with", i18n.D{"Mechanism": res.Mechanism}))
		}
		if res.TLS != nil {
			help(tlsLine(l, res.TLS))
		}
		for _, warn := range res.Warnings {
			lines = append(lines, wrapIndent(st.Field.Warning, "! "+termsafe.String(warn), "  ", w)...)
		}
		return lines
	}
	msg, hint := failureIn(res, l)
	lines = append(lines, wrapIndent(st.Step.Failed, "✗ "+termsafe.String(cmp.Or(msg, l.T("tuitest_failed", nil))), "", w)...)
	if hint != "" {
		box := min(w, 76)
		lines = append(lines, strings.Split(st.Hint.Width(box).Render(st.Field.Warning.Render(l.T("tuitest_what_to_do", nil))+"\n"+
			strings.Join(wrap(d.relabel(termsafe.String(hint)), box-4), "\n")), "\n")...)
	}
	// After the hint: at 80×24 the failed step, the error and what to do
	// come first (TestLive/CertificateFailureKeepsFailedStep).
	if res.TLS != nil && !res.TLS.Verified {
		// Whose certificate it was and who issued it: what tls_ca_file must hold.
		for _, cl := range res.TLS.CertificateLines() {
			lines = append(lines, wrapIndent(st.Field.Help, l.T("tuitest_certificate_line", i18n.D{"Line": termsafe.String(cl)}), "  ", w)...)
		}
	}
	if r.transcript != "" && transcriptKey != "" {
		lines = append(lines, st.Field.Help.Render(l.T("tuitest_transcript_offer", i18n.D{"Key": keyName(l, transcriptKey)})))
	}
	return lines
}

// failureIn is Result.Failure in language l: the mailer's explanation of
// the error through its language seam, and the run's own hint (made in
// the language the run was given) when it has one.
func failureIn(res *mailer.Result, l i18n.Lang) (message, hint string) {
	message, hint = mailer.ExplainIn(res.Err, l)
	if res.Hint != "" {
		hint = res.Hint
	}
	return message, hint
}

// stepsSay tells whether a step already shows this text.
func stepsSay(steps []mailer.Step, text string) bool {
	for _, s := range steps {
		if s.Detail == text || s.Err != nil && s.Err.Error() == text {
			return true
		}
	}
	return false
}

func tlsLine(l i18n.Lang, t *mailer.TLSInfo) string {
	s := l.T("tuitest_tls_encrypted", i18n.D{"Version": t.Version, "Cipher": t.CipherSuite})
	if t.Subject != "" {
		s += " · " + l.T("tuitest_tls_certificate_for", i18n.D{"Subject": termsafe.String(t.Subject)})
	}
	if t.Issuer != "" {
		s += " " + l.T("tuitest_tls_issued_by", i18n.D{"Issuer": termsafe.String(t.Issuer)})
	}
	if !t.Verified {
		s += " " + l.T("tuitest_tls_not_verified", nil)
	}
	return s
}

// serverLineIn is the server as the settings give it, in language l: the
// host as typed with its port (once, if the host names one already, as an
// invalid host may) and the login the auth setting asks for.
func serverLineIn(l i18n.Lang, s config.Server) string {
	sec := "SMTP"
	switch {
	case s.Protocol == config.ProtocolSMTPS:
		sec = "SMTPS"
	case s.StartTLS:
		sec = "SMTP + STARTTLS"
	}
	addr := net.JoinHostPort(strings.TrimSuffix(strings.TrimPrefix(s.Host, "["), "]"), strconv.Itoa(s.Port))
	if _, port, err := net.SplitHostPort(s.Host); err == nil {
		addr = s.Host
		if port != strconv.Itoa(s.Port) {
			addr += " " + l.T("tuitest_server_port", i18n.D{"Port": s.Port})
		}
	}
	mech := strings.ToUpper(string(s.Auth))
	var login string
	switch {
	case s.Auth == config.AuthNone:
		login = l.T("tuitest_login_none", nil)
	case s.Auth == config.AuthAuto && s.Username != "":
		login = l.T("tuitest_login_auto_as", i18n.D{"Username": s.Username})
	case s.Auth == config.AuthAuto:
		login = l.T("tuitest_login_auto_nobody", nil)
	case s.Username != "":
		login = l.T("tuitest_login_as_with", i18n.D{"Username": s.Username, "Mechanism": mech})
	default:
		login = l.T("tuitest_login_with_nobody", i18n.D{"Mechanism": mech})
	}
	return fmt.Sprintf("%s (%s, %s)", printable(addr), sec, printable(login))
}
