package mailer

import (
	"encoding/json"
	"slices"
	"sort"
	"testing"

	"github.com/smtpconf/smtpconf/mailer/smtptest"
)

// The JSON is what scripts read (docs/cli.md): its keys and types are a
// promise, so they are checked by decoding, not against a golden file.
func TestResultJSONShape(t *testing.T) {
	cases := []struct {
		name   string
		server []smtptest.Option
		ok     bool
		// keys the object must have, beyond those every result has.
		keys []string
		kind Kind
		step StepName
		code float64
	}{
		{name: "success", ok: true, keys: []string{"tls", "mechanism", "reply"}},
		{name: "refusal_with_codes", server: []smtptest.Option{smtptest.FailAt(smtptest.StepRcpt, smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "No such user"})},
			keys: []string{"tls", "mechanism", "error", "hint", "kind", "failed_step", "code", "enhanced_code"}, kind: KindRecipientRejected, step: StepRcpt, code: 550},
		{name: "network_failure_without_codes", server: []smtptest.Option{smtptest.DropAt(smtptest.StepMail)},
			keys: []string{"tls", "mechanism", "error", "hint", "kind", "failed_step"}, kind: KindDropped, step: StepMail},
	}
	always := []string{"ok", "steps", "warnings"}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, cfg := newServer(t, c.server...)
			r := SendTest(timeoutCtx(t), cfg, "admin@example.net", Options{LocalName: "client.test"})
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var got map[string]any
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("%v: %s", err, b)
			}
			keys := make([]string, 0, len(got))
			for k := range got {
				keys = append(keys, k)
			}
			want := append(slices.Clone(always), c.keys...)
			sort.Strings(keys)
			sort.Strings(want)
			if !slices.Equal(keys, want) {
				t.Errorf("keys = %q, want %q\n%s", keys, want, b)
			}
			if got["ok"] != c.ok {
				t.Errorf("ok = %v, want %v", got["ok"], c.ok)
			}
			if _, isList := got["warnings"].([]any); !isList {
				t.Errorf("warnings = %#v, want a list (never null)", got["warnings"])
			}
			steps, _ := got["steps"].([]any)
			if len(steps) != len(r.Steps) {
				t.Fatalf("%d steps in JSON, %d in the result", len(steps), len(r.Steps))
			}
			for i, raw := range steps {
				s := raw.(map[string]any)
				if s["name"] != string(r.Steps[i].Name) || s["title"] != r.Steps[i].Title || s["status"] != string(r.Steps[i].Status) {
					t.Errorf("step %d = %v, want %+v", i, s, r.Steps[i])
				}
				if d, isNumber := s["duration_ms"].(float64); !isNumber || d < 0 {
					t.Errorf("step %d duration_ms = %#v", i, s["duration_ms"])
				}
				_, hasErr := s["error"]
				if hasErr != (r.Steps[i].Err != nil) {
					t.Errorf("step %d: error in JSON %v, in the result %v", i, hasErr, r.Steps[i].Err)
				}
			}
			if tls, isObject := got["tls"].(map[string]any); !isObject || tls["version"] != "TLS 1.3" || tls["verified"] != true || tls["fingerprint_sha256"] == "" {
				t.Errorf("tls = %#v", got["tls"])
			}
			if c.ok {
				return
			}
			msg, hint := Explain(r.Err)
			if got["error"] != msg || got["hint"] != hint || hint == "" {
				t.Errorf("error, hint = %q, %q; want Explain's %q, %q", got["error"], got["hint"], msg, hint)
			}
			if got["kind"] != string(c.kind) || got["failed_step"] != string(c.step) {
				t.Errorf("kind, failed_step = %v, %v; want %s, %s", got["kind"], got["failed_step"], c.kind, c.step)
			}
			if c.code != 0 && (got["code"] != c.code || got["enhanced_code"] != "5.1.1") {
				t.Errorf("code, enhanced_code = %v, %v", got["code"], got["enhanced_code"])
			}
		})
	}
}

// A result that never got going still marshals to the documented shape:
// scripts read "steps" and "warnings" as lists whatever happened.
func TestEmptyResultJSONHasListsNotNull(t *testing.T) {
	b, err := json.Marshal(&Result{})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"ok":false,"steps":[],"warnings":[]}` {
		t.Fatalf("JSON = %s", b)
	}
}

// A front end that embeds a Result by value in its own output must get the
// same JSON as one holding a pointer, not Go's field names.
func TestResultMarshalsTheSameByValueAndByPointer(t *testing.T) {
	_, cfg := newServer(t)
	r := Check(timeoutCtx(t), cfg, "", Options{})
	byPointer, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	byValue, err := json.Marshal(struct{ Result Result }{*r})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"Result":` + string(byPointer) + `}`; string(byValue) != want {
		t.Fatalf("by value:\n%s\nwant\n%s", byValue, want)
	}
}
