package main

import (
	"smtpconf/config"
	"smtpconf/mailer"
)

// loadWarnings is what config says about the file as a file (permissions).
// TODO: call (*config.File).Warnings once config has it.
func loadWarnings(f *config.File) []string {
	_ = f
	return nil
}

// settableKeys lists the keys `set` accepts, for shell completion.
// TODO: use config.Keys() once config has it.
func settableKeys() []string {
	keys := []string{"use_default", "test_recipient"}
	for _, k := range serverKeys {
		keys = append(keys, k)
	}
	for _, k := range serverKeys {
		keys = append(keys, "default_server."+k)
	}
	return keys
}

var serverKeys = []string{"sender", "sender_name", "protocol", "starttls", "host", "port", "auth",
	"username", "password", "password_env", "password_command", "allow_insecure_auth",
	"tls_ca_file", "tls_skip_verify", "timeout"}

// jsonResult is the JSON form of a result.
// TODO: mailer's own MarshalJSON once it has one.
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
		OK    bool   `json:"ok"`
		Steps []step `json:"steps"`
		Error string `json:"error,omitempty"`
		Hint  string `json:"hint,omitempty"`
	}{OK: res.OK, Hint: res.Hint, Steps: []step{}}
	for _, s := range res.Steps {
		js := step{Name: string(s.Name), Title: s.Title, Status: string(s.Status), DurationMS: float64(s.Duration.Microseconds()) / 1000, Detail: s.Detail}
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

// sourceInFile is "file:LINE" for a key the file sets.
// TODO: config's line lookup once it has one.
func sourceInFile(f *config.File, key string) string {
	_, _ = f, key
	return "file"
}
