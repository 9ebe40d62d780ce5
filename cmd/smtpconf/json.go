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
	body, err := json.Marshal(res)
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
