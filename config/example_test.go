package config_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/smtpconf/smtpconf/config"
)

// Load reads the file smtpconf writes; Validate applies the same rules as
// `smtpconf validate`; Effective is the server mail really goes through
// (the platform's [default_server] when use_default = true), ready for
// mailer.Send.
func ExampleLoad() {
	dir, err := os.MkdirTemp("", "config-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "config.toml")
	const file = `[smtp]
use_default = false
sender = "noreply@example.com"
host = "mail.example.com"
port = 587
starttls = true
auth = "plain"
username = "noreply@example.com"
password_env = "SMTP_PASSWORD"
`
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		fmt.Println(err)
		return
	}

	f, err := config.Load(path)
	if err != nil {
		fmt.Println(err) // missing, unreadable, or a syntax error with its line
		return
	}
	if err := f.Validate().Err(); err != nil {
		fmt.Println(err)
		return
	}
	server := f.Config.Effective()
	fmt.Printf("%s:%d as %s, password from $%s\n", server.Host, server.Port, server.Username, server.PasswordEnv)
	// Output: mail.example.com:587 as noreply@example.com, password from $SMTP_PASSWORD
}
