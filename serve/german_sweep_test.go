package serve

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/i18n/i18ntest"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// The sweep: everything `serve` says to a German session — its refusals,
// the form it runs, its notices and the line that says why it closed the
// session — carries no English sentence of ours and no bare message ID.
// The English sentences are the catalogs' own, so a text added in English
// only fails here without anyone listing it.

// englishSentences are the English messages of areas as patterns
// (i18ntest.Relabelled: placeholders, and the file keys the form turns
// into labels, match anything).
func englishSentences(t *testing.T, areas ...string) *i18ntest.Sentences {
	t.Helper()
	s, err := i18ntest.Relabelled(areas...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestGermanSessionSpeaksGerman: a server whose sessions speak German
// refuses a command and a session without a terminal in German, runs the
// form in German, and words every notice and every reason it closes a
// session for in German.
func TestGermanSessionSpeaksGerman(t *testing.T) {
	english := englishSentences(t, "serve", "tuiform", "tuiwizard", "tuikeys", "tuiscreen", "tuitest", "config")
	de := i18n.German
	check := func(what, text string) {
		t.Helper()
		if strings.TrimSpace(text) == "" {
			t.Errorf("%s says nothing", what)
		}
		if id := english.FindID(text); id != "" {
			t.Errorf("%s shows the message ID %s: %q", what, id, text)
		}
		if found := english.Find(strings.Join(strings.Fields(text), " ")); found != "" {
			t.Errorf("%s is English (%s)\n%s", what, found, text)
		}
	}

	t.Run("Refusals", func(t *testing.T) {
		f := startServer(t, withModel(newStandIn), withLang(de))
		sess, err := f.dialAdmin(t).NewSession()
		if err != nil {
			t.Fatal(err)
		}
		out, _ := sess.CombinedOutput("smtpconf show")
		check("the refused command", string(out))
		sess, err = f.dialAdmin(t).NewSession()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		sess.Stderr = &stderr
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		_ = sess.Wait()
		check("the refused session without a terminal", stderr.String())
	})

	t.Run("Form", func(t *testing.T) {
		f := startServer(t, withLang(de))
		writeFile(t, f.configPath, customConfig(t))
		term := openTerminal(t, f.dialAdmin(t), 80, 24)
		k, _ := config.LookupKey("smtp.sender")
		check("the form", term.waitScreen(t, k.LabelIn(de)))
		term.send(t, "?")
		check("the form's keys", term.waitScreen(t, "Esc"))
	})

	t.Run("Notices", func(t *testing.T) {
		n := newNotices(de)
		n.setIdle(90 * time.Second)
		check("the idle warning", n.text())
		for _, has := range []bool{true, false} {
			check("the stopping notice", stoppingNotice(time.Now().Add(30*time.Second), has, de))
		}
	})

	t.Run("ClosedBecause", func(t *testing.T) {
		for _, rule := range []*i18n.Error{
			i18n.Errorf("serve_rule_command", nil), i18n.Errorf("serve_rule_no_pty", nil),
			i18n.Errorf("serve_rule_expired", nil), i18n.Errorf("serve_rule_from", nil),
		} {
			check("closed: "+rule.ID, closedText(i18n.Wrap("serve_err_key_not_allowed", nil, rule), de))
		}
		for _, why := range []error{
			errIdle, errShuttingDown, errDisconnected, errInternal, errKeyRemoved,
			i18n.Wrap("serve_err_key_unchecked", nil, os.ErrPermission),
			i18n.Wrap("serve_err_start_form", nil, errors.New("boom")),
			i18n.Wrap("serve_err_form", nil, errors.New("boom")),
		} {
			check("closed: "+why.Error(), closedText(why, de))
		}
	})
}

// TestAuditStaysEnglish: the audit line of a failed test in a German
// session says the failure in English, for the machines and greps that
// read it, while the session itself reads it in German.
func TestAuditStaysEnglish(t *testing.T) {
	mail := smtptest.NewServer(t)
	cfg := mail.Config()
	cfg.Port = smtptest.ClosedPort(t)
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	res := mailer.Check(ctx, cfg, "admin@firma.example", mailer.Options{Lang: i18n.German})
	if res.OK {
		t.Fatal("a check against a closed port succeeded")
	}
	german, _ := res.Failure()
	english, _ := res.FailureIn(i18n.English)
	if german == english {
		t.Fatalf("the failure reads the same in both languages (%q): the test shows nothing", german)
	}
	logs := newWatched()
	(&Server{}).auditTest(slog.New(slog.NewJSONHandler(logs, nil)))(true, "admin@firma.example", res)
	recs := logRecords(t, logs.String(), "tested")
	if len(recs) != 1 || recs[0]["error"] != english {
		t.Errorf("audit %v, want the error %q", recs, english)
	}
}
