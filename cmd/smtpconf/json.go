package main

import (
	"encoding/json"
	"io"

	"smtpconf/mailer"
)

// writeResultJSON prints a check or test result as one JSON object:
// {"ok":bool,"steps":[...],"error":"...","hint":"..."} in mailer's own
// JSON form, plus "cancelled" when Ctrl+C ended it.
func writeResultJSON(w io.Writer, res *mailer.Result, cancelled bool) error {
	var form any = res
	if _, ok := form.(json.Marshaler); !ok {
		// Until mailer has its own JSON form.
		form = jsonResult(res)
	}
	body, err := json.Marshal(form)
	if err != nil {
		return err
	}
	if cancelled {
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(body, &fields); err != nil {
			return err
		}
		fields["cancelled"] = json.RawMessage("true")
		if body, err = json.Marshal(fields); err != nil {
			return err
		}
	}
	body = append(body, '\n')
	_, err = w.Write(body)
	return err
}

// jsonResult is the JSON form of a result for a mailer without MarshalJSON.
func jsonResult(res *mailer.Result) any {
	type step struct {
		Name       string  `json:"name"`
		Title      string  `json:"title"`
		Status     string  `json:"status"`
		DurationMS float64 `json:"duration_ms"`
		Detail     string  `json:"detail,omitempty"`
		Error      string  `json:"error,omitempty"`
	}
	out := struct {
		OK        bool     `json:"ok"`
		Steps     []step   `json:"steps"`
		Mechanism string   `json:"mechanism,omitempty"`
		Reply     string   `json:"reply,omitempty"`
		Warnings  []string `json:"warnings,omitempty"`
		Error     string   `json:"error,omitempty"`
		Hint      string   `json:"hint,omitempty"`
	}{OK: res.OK, Steps: []step{}, Mechanism: res.Mechanism, Reply: res.Reply, Warnings: res.Warnings, Hint: res.Hint}
	for _, s := range res.Steps {
		js := step{Name: string(s.Name), Title: s.Title, Status: string(s.Status),
			DurationMS: float64(s.Duration.Microseconds()) / 1000, Detail: s.Detail}
		if s.Err != nil {
			js.Error = s.Err.Error()
		}
		out.Steps = append(out.Steps, js)
	}
	if res.Err != nil {
		out.Error = res.Err.Error()
	}
	return out
}
