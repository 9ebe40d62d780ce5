package mailer

import "testing"

func TestSmoke(t *testing.T) {
	srv, cfg := newServer(t)
	var rec recorder
	r := SendTest(timeoutCtx(t), cfg, "admin@example.net", rec.options())
	mustOK(t, r)
	t.Log(stepNames(r))
	for _, s := range r.Steps {
		t.Logf("%s %q %s %v", s.Name, s.Title, s.Detail, s.Duration)
	}
	t.Log(rec.transcript.String())
	t.Log(string(srv.Messages()[0].Data))
}
