package i18n

import "strconv"

// Quoted is v escaped as %q escapes it, without the quotes: a message
// puts the quotes around it itself, "…" in English and „…“ in German, so
// that a value in a sentence reads as the language quotes and a control
// character in it still never reaches the terminal raw.
func Quoted(v string) string {
	q := strconv.Quote(v)
	return q[1 : len(q)-1]
}
