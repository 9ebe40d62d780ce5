package mailer

import (
	"strings"

	"github.com/smtpconf/smtpconf/internal/i18n"
)

// splitCommand splits a password_command into argv the way a POSIX shell
// splits words, without running one: single quotes keep everything literal,
// double quotes allow \" \\ \$ and \` escapes, a backslash outside quotes
// escapes the next character. Nothing is expanded, so no configuration can
// inject a command.
func splitCommand(s string) ([]string, error) {
	var (
		args    []string
		cur     strings.Builder
		inWord  bool
		quote   rune // 0, '\'' or '"'
		escaped bool
	)
	for _, r := range s {
		switch {
		case escaped:
			if quote == '"' && !strings.ContainsRune("\"\\$`", r) {
				cur.WriteRune('\\')
			}
			cur.WriteRune(r)
			escaped = false
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case quote == '"':
			switch r {
			case '"':
				quote = 0
			case '\\':
				escaped = true
			default:
				cur.WriteRune(r)
			}
		case r == '\\':
			escaped, inWord = true, true
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t' || r == '\n':
			if inWord {
				args = append(args, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	switch {
	case escaped:
		return nil, i18n.Errorf("mailer_err_argv_backslash", nil)
	case quote != 0:
		return nil, i18n.Errorf("mailer_err_argv_quote", i18n.D{"Quote": string(quote)})
	}
	if inWord {
		args = append(args, cur.String())
	}
	if len(args) == 0 {
		return nil, i18n.Errorf("mailer_err_argv_empty", nil)
	}
	return args, nil
}

// PasswordCommandArgs is the argv a password_command runs, split as the
// mailer splits it, for a tool that must run the very same command through
// a shell (an msmtp passwordeval) and so must quote each word.
func PasswordCommandArgs(command string) ([]string, error) { return splitCommand(command) }
