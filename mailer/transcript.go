package mailer

import (
	"bytes"
	"encoding/base64"
	"io"
	"slices"
	"strings"

	"github.com/smtpconf/smtpconf/internal/termsafe"
)

const redacted = "<redacted>"

// transcript writes the SMTP dialogue as "C: " and "S: " lines with every
// AUTH payload replaced by <redacted>. go-smtp hands it both directions
// through one DebugWriter, in chunks; it splits them into lines and tells
// them apart by shape: a server reply starts with three digits and a space
// or dash (or is just three digits), which no client command or base64
// response can (base64 from Go is padded to a multiple of four).
type transcript struct {
	out     io.Writer // nil: only track state
	partial []byte
	inAuth  bool
	inData  bool // between 354 and the lone dot: every line is the client's
	sawHELO bool
	// ehlo is the last EHLO reply's extension lines ("SIZE 10240000",
	// "AUTH PLAIN LOGIN"), without the first line (the server's name):
	// go-smtp answers Extension for one name at a time, and Probe reports
	// them all. inEHLO is true from EHLO to the reply's last line.
	ehlo     []string
	inEHLO   bool
	ehloSeen int      // lines of the EHLO reply so far
	skip     []string // server lines already written by mailer itself
	secrets  []string
}

func newTranscript(out io.Writer) *transcript { return &transcript{out: out} }

// minEchoed is the shortest secret looked for in what the server sent.
// A shorter one would be found by chance: a password "250" would turn every
// reply code into <redacted>, and a shared transcript would give the
// password away by what vanished. What the client sends is redacted by
// position (client), whatever its length.
const minEchoed = 8

// addSecret makes sure the secret, and its base64 form, never come back
// through what the server sends (an error echoing it, say), where they
// appear verbatim and are not too short to be there by chance.
//
// Server text is made safe to print where it enters (termsafe), so a
// secret with control bytes in it (AUTH PLAIN's "\x00user\x00password")
// stands there escaped: that form is looked for too, or a short password
// echoed in it would show.
func (t *transcript) addSecret(s string) {
	for _, form := range []string{s, termsafe.String(s), base64.StdEncoding.EncodeToString([]byte(s))} {
		if len(form) >= minEchoed && !slices.Contains(t.secrets, form) {
			t.secrets = append(t.secrets, form)
		}
	}
}

// Write takes raw protocol bytes from go-smtp.
func (t *transcript) Write(b []byte) (int, error) {
	t.partial = append(t.partial, b...)
	for {
		i := bytes.IndexByte(t.partial, '\n')
		if i < 0 {
			break
		}
		line := strings.TrimRight(string(t.partial[:i]), "\r")
		t.partial = t.partial[i+1:]
		t.line(line)
	}
	return len(b), nil
}

func isReplyLine(l string) bool {
	if len(l) < 3 || !isDigit(l[0]) || !isDigit(l[1]) || !isDigit(l[2]) {
		return false
	}
	return len(l) == 3 || l[3] == ' ' || l[3] == '-'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (t *transcript) line(l string) {
	if t.inData {
		if l == "." {
			t.inData = false
		}
		t.emit("C: ", l)
		return
	}
	if isReplyLine(l) {
		t.server(l)
	} else {
		t.client(l)
	}
}

// client records a line the client sent.
func (t *transcript) client(l string) {
	upper := strings.ToUpper(l)
	switch {
	case strings.HasPrefix(upper, "AUTH "):
		t.inAuth = true
		fields := strings.Fields(l)
		if len(fields) > 2 {
			l = fields[0] + " " + fields[1] + " " + redacted
		}
	case t.inAuth:
		l = redacted
	case strings.HasPrefix(upper, "HELO "):
		t.sawHELO = true
	case strings.HasPrefix(upper, "EHLO "):
		t.inEHLO, t.ehlo, t.ehloSeen = true, nil, 0
	}
	t.emit("C: ", l)
}

// server records a reply line.
func (t *transcript) server(l string) {
	for i, s := range t.skip {
		if s == l {
			t.skip = append(t.skip[:i], t.skip[i+1:]...)
			return
		}
	}
	if t.inAuth && !strings.HasPrefix(l, "334") {
		t.inAuth = false
	}
	if strings.HasPrefix(l, "354") {
		t.inData = true
	}
	t.ehloLine(l)
	t.emit("S: ", l)
}

// ehloLine keeps a line of the EHLO reply, the first one (the server's
// name) aside, up to a bound: a server sending endless lines must not
// grow the list for ever.
func (t *transcript) ehloLine(l string) {
	const maxExtensions = 64
	if !t.inEHLO {
		return
	}
	if !strings.HasPrefix(l, "250") {
		t.inEHLO, t.ehlo = false, nil
		return
	}
	if t.ehloSeen > 0 && len(l) > 4 && len(t.ehlo) < maxExtensions {
		t.ehlo = append(t.ehlo, strings.TrimSpace(l[4:]))
	}
	t.ehloSeen++
	t.inEHLO = len(l) > 3 && l[3] == '-'
}

// note records something that is not protocol text, such as the TLS handshake.
func (t *transcript) note(l string) { t.emit("-- ", l) }

// emit writes one line, made safe to print (termsafe). The server's lines and notes (which quote the
// server's certificate) are scrubbed of the secrets; the client's own are
// not: its AUTH payloads are already redacted by position, and a short
// secret would otherwise eat the client's addresses too.
func (t *transcript) emit(prefix, l string) {
	if t.out == nil {
		return
	}
	if prefix != "C: " {
		l = t.scrub(l)
	}
	_, _ = io.WriteString(t.out, prefix+termsafe.String(l)+"\n")
}

// scrub removes the secrets from a text that leaves the package.
func (t *transcript) scrub(s string) string {
	for _, sec := range t.secrets {
		s = strings.ReplaceAll(s, sec, redacted)
	}
	return s
}
