// Package shellword quotes text as one word of a POSIX shell command line,
// for commands smtpconf prints for the admin to paste (chmod 600 FILE,
// mv NEW OLD, smtpconf --config FILE ...).
package shellword

import "strings"

// safe are the bytes a word may hold unquoted: none of them means anything
// to a shell in the middle of an argument.
const safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:@%=,"

// Quote returns s as it is when a shell would read it back unchanged,
// otherwise in single quotes; an empty s becomes a pair of them.
func Quote(s string) string {
	if s != "" && strings.Trim(s, safe) == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
