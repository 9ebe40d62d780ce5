package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"slices"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/discover"
	"github.com/smtpconf/smtpconf/internal/header"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
	"github.com/smtpconf/smtpconf/oauth"
)

// Exit codes of sendmail mode: sysexits.h, which cron, PHP, git and mail
// clients read from a sendmail (75 means "try again later").
const (
	exUsage       = 64 // EX_USAGE: the command line is wrong
	exDataErr     = 65 // EX_DATAERR: the message is wrong
	exUnavailable = 69 // EX_UNAVAILABLE: the server refused for good (5xx)
	exTempFail    = 75 // EX_TEMPFAIL: 4xx, timeout, refused connection: retry later
	exNoPerm      = 77 // EX_NOPERM: the login was refused
	exConfig      = 78 // EX_CONFIG: the settings are invalid or unreadable
)

// maxMessage bounds what sendmail mode reads from stdin; it is held in memory.
const maxMessage = 64 << 20

func newSendmailCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:                "sendmail [-ti] [RCPT...]",
		Example:            "  printf 'Subject: hi\\n\\nhello\\n' | smtpconf sendmail -i admin@example.com\n  ln -s /usr/bin/smtpconf /usr/sbin/sendmail",
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			code := runSendmail(cmd, g, args)
			if code == 0 {
				return nil
			}
			return reported(code)
		},
	}
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_sendmail_short", nil)
		cmd.Long = lang.T("help_sendmail_long", nil)
	})
	return cmd
}

// sendmailArgs is a sendmail command line.
type sendmailArgs struct {
	config   string
	fromHdrs bool // -t
	dotEnds  bool // without -i: a line "." ends the message
	from     string
	fullName string
	rcpts    []string
	help     bool
}

// sendmailValueLetters take a value, in the same word or the next one, as
// sendmail's getopt does; sendmailFlagLetters take none.
const (
	sendmailValueLetters = "fFrNRVXBOobhpCLAq"
	sendmailFlagLetters  = "tivmnUGI"
)

// parseSendmailArgs reads sendmail's options the way sendmail and msmtp
// do: clustered letters (-ti), values glued or apart (-fX, -f X), -oX
// options, and recipients anywhere. What smtpconf has no use for is
// accepted and ignored, as long as sending still means what the caller meant.
func parseSendmailArgs(args []string) (sendmailArgs, error) {
	a := sendmailArgs{dotEnds: true}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case arg == "--":
			a.rcpts = append(a.rcpts, args[i+1:]...)
			return a, nil
		case arg == "--help":
			a.help = true
			continue
		case arg == "--config":
			if i+1 >= len(args) {
				return a, i18n.Errorf("cli_sendmail_config_needs_file", nil)
			}
			i++
			a.config = args[i]
			continue
		case strings.HasPrefix(arg, "--config="):
			a.config = strings.TrimPrefix(arg, "--config=")
			continue
		case arg == "--lang" || strings.HasPrefix(arg, "--lang="):
			// The global --lang, already applied (lang.go): only checked.
			value, glued := strings.CutPrefix(arg, "--lang=")
			if !glued {
				if i+1 >= len(args) {
					return a, i18n.Errorf("cli_sendmail_lang_needs_value", nil)
				}
				i++
				value = args[i]
			}
			if _, err := i18n.ParseLang(value); err != nil {
				return a, i18n.Errorf("cli_lang_unknown", i18n.D{"Value": quotedInner(value)})
			}
			continue
		case strings.HasPrefix(arg, "--"):
			return a, i18n.Errorf("cli_sendmail_unknown_option", i18n.D{"Option": arg})
		case !strings.HasPrefix(arg, "-") || arg == "-":
			a.rcpts = append(a.rcpts, arg)
			continue
		}
		for j := 1; j < len(arg); j++ {
			letter := arg[j]
			if strings.IndexByte(sendmailFlagLetters, letter) >= 0 {
				switch letter {
				case 't':
					a.fromHdrs = true
				case 'i':
					a.dotEnds = false
				case 'I':
					return a, i18n.Errorf("cli_sendmail_no_aliases", nil)
				}
				continue
			}
			if strings.IndexByte(sendmailValueLetters, letter) < 0 {
				return a, i18n.Errorf("cli_sendmail_unknown_option", i18n.D{"Option": "-" + string(letter)})
			}
			value := arg[j+1:]
			if value == "" {
				if i+1 >= len(args) {
					return a, i18n.Errorf("cli_sendmail_needs_value", i18n.D{"Option": "-" + string(letter)})
				}
				i++
				value = args[i]
			}
			if err := a.option(letter, value); err != nil {
				return a, err
			}
			break
		}
	}
	return a, nil
}

// option applies one option that takes a value.
func (a *sendmailArgs) option(letter byte, value string) error {
	switch letter {
	case 'f', 'r':
		a.from = value
	case 'F':
		a.fullName = value
	case 'C':
		a.config = value
	case 'o':
		if value == "i" {
			a.dotEnds = false
		}
	case 'b':
		if value != "m" {
			return i18n.Errorf("cli_sendmail_mode_unsupported", i18n.D{"Option": "-b" + value})
		}
	case 'q':
		return i18n.Errorf("cli_sendmail_no_queue", nil)
	}
	return nil
}

// runSendmail is sendmail mode; it prints its own errors and returns the
// sysexits code.
func runSendmail(cmd *cobra.Command, g *globals, args []string) int {
	errOut := cmd.ErrOrStderr()
	l := g.lang
	fail := func(code int, msg, hint string) int {
		_, _ = fmt.Fprintf(errOut, "smtpconf sendmail: %s\n", termsafe.String(msg))
		if hint != "" {
			printMessage(errOut, l.T("cli_line_hint", i18n.D{"Text": termsafe.String(hint)}))
		}
		return code
	}
	a, err := parseSendmailArgs(args)
	if err != nil {
		return fail(exUsage, i18n.Text(err, l), usageHint("smtpconf sendmail", l))
	}
	if a.help {
		_ = cmd.Help()
		return 0
	}
	if len(a.rcpts) == 0 && !a.fromHdrs {
		return fail(exUsage, l.T("cli_sendmail_no_recipients", nil), l.T("cli_sendmail_no_recipients_hint", nil))
	}
	if a.from != "" {
		if err := config.CheckAddress(a.from); err != nil {
			return fail(exUsage, "-f: "+i18n.Text(err, l), "")
		}
	}
	if strings.ContainsAny(a.fullName, "\r\n") {
		return fail(exUsage, l.T("cli_sendmail_name_one_line", nil), "")
	}
	rcpts := recipientList{lang: l}
	for _, r := range a.rcpts {
		if err := rcpts.add(l.T("cli_sendmail_where_recipient", nil), r); err != nil {
			return fail(exUsage, i18n.Text(err, l), "")
		}
	}
	raw, err := readMessage(cmd.InOrStdin(), a.dotEnds)
	if err != nil {
		return fail(exDataErr, i18n.Text(err, l), "")
	}
	msg := header.Split(raw)
	if a.fromHdrs {
		if err := rcpts.addFields(msg); err != nil {
			return fail(exDataErr, i18n.Text(err, l), "")
		}
	}
	// Bcc is removed with or without -t, as msmtp and Postfix do: left in,
	// it would show every recipient the hidden ones.
	if msg.Has("Bcc") {
		msg.Remove("Bcc")
		raw = msg.Bytes()
	}

	if a.config != "" {
		g.configFlag = a.config
	}
	f, err := g.loadConfig(cmd)
	if err != nil {
		var e *exitError
		if errors.As(err, &e) && e.err != nil {
			return fail(exConfig, i18n.Text(e.err, l), e.hint)
		}
		return fail(exConfig, i18n.Text(err, l), "")
	}
	if printProblems(errOut, f.Path, f.Validate().Errors(), l) {
		return fail(exConfig, l.T("cli_sendmail_invalid", i18n.D{"File": f.Path}), l.T("cli_fix_file_first_short", nil))
	}
	server := f.Config.Effective()
	if a.from != "" {
		server.Sender = a.from
	}
	if a.fullName != "" {
		server.SenderName = a.fullName
	}
	// SMTPCONF_RESOLVER: the relay's name is looked up where check and
	// probe look it up (split horizon), or check passes and sendmail fails.
	resolver, err := discover.NewResolver(g.getenv(discover.EnvResolver))
	if err != nil {
		return fail(exConfig, i18n.Text(err, l), l.T("cli_sendmail_resolver_hint", nil))
	}
	// A Sender, for device_code's token file beside the config.
	sender := mailer.NewSender(server, mailer.Options{Resolver: resolver, OAuth2: oauth.Options{TokenFile: config.TokenFilePath(f.Path)}, Lang: l})
	err = sender.Send(cmd.Context(), mailer.Message{To: rcpts.addrs, Raw: raw})
	if err == nil {
		return 0
	}
	message, hint := mailer.ExplainIn(err, l)
	return fail(sendmailExit(err), message, hint)
}

// readMessage reads the message from stdin; without -i a line holding a
// single dot ends it, as in sendmail.
func readMessage(in io.Reader, dotEnds bool) ([]byte, error) {
	r := bufio.NewReader(io.LimitReader(in, maxMessage+1))
	var b bytes.Buffer
	for {
		line, err := r.ReadBytes('\n')
		if dotEnds && (string(line) == ".\n" || string(line) == ".\r\n") {
			break
		}
		b.Write(line)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, i18n.Wrap("cli_sendmail_read_failed", nil, err)
		}
		if b.Len() > maxMessage {
			break
		}
	}
	if b.Len() > maxMessage {
		return nil, i18n.Errorf("cli_sendmail_too_large", i18n.D{"MiB": maxMessage >> 20})
	}
	// Never nil, even for empty input: a nil Raw would make mailer
	// compose a message of its own (To, Subject, MIME headers) instead.
	return append([]byte{}, b.Bytes()...), nil
}

// recipientList is the envelope's recipients, each once (ignoring case).
type recipientList struct {
	addrs []string
	seen  map[string]bool
	lang  i18n.Lang // of where, in add
}

// add takes a list of addresses, such as one argument or a To field's value.
func (l *recipientList) add(where, list string) error {
	if strings.TrimSpace(list) == "" {
		return nil
	}
	if !strings.ContainsAny(list, "@<:") {
		// cron mails the crontab's owner by user name (root) when MAILTO
		// is unset; a user name has no spaces, so "bad addr" is no name
		// but a mistyped address.
		if slices.ContainsFunc(strings.Split(list, ","), func(part string) bool {
			return strings.ContainsFunc(strings.TrimSpace(part), unicode.IsSpace)
		}) {
			return i18n.Errorf("clisendmail_not_an_address", i18n.D{"Where": where, "List": i18n.Quoted(list)})
		}
		return i18n.Errorf("cli_sendmail_local_user", i18n.D{"Where": where, "List": i18n.Quoted(list)})
	}
	addrs, err := mail.ParseAddressList(list)
	if err != nil {
		return i18n.Wrap("cli_sendmail_not_addresses", i18n.D{"Where": where, "List": i18n.Quoted(list)}, err)
	}
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	for _, ad := range addrs {
		if key := strings.ToLower(ad.Address); !l.seen[key] {
			l.seen[key] = true
			l.addrs = append(l.addrs, ad.Address)
		}
	}
	return nil
}

// addFields takes the recipients of the To, Cc and Bcc fields (-t).
func (l *recipientList) addFields(msg *header.Message) error {
	for _, name := range []string{"To", "Cc", "Bcc"} {
		for _, v := range msg.Values(name) {
			if err := l.add(l.lang.T("cli_sendmail_where_header", i18n.D{"Name": name}), v); err != nil {
				return err
			}
		}
	}
	if len(l.addrs) == 0 {
		return i18n.Errorf("cli_sendmail_no_header_recipients", nil)
	}
	return nil
}

// sendmailExit is the sysexits code for a failed send: 75 where the same
// message may go through later, 69 where the server refused it for good,
// 77 for a refused login, 78 where the settings must change first, 65
// where the message must.
func sendmailExit(err error) int {
	var e *mailer.Error
	if !errors.As(err, &e) {
		return exUnavailable
	}
	switch e.Kind {
	case mailer.KindTemporary, mailer.KindTimeout, mailer.KindRefused, mailer.KindUnreachable,
		mailer.KindDNSFailure, mailer.KindNoGreeting, mailer.KindDropped, mailer.KindCanceled:
		return exTempFail
	case mailer.KindAuthFailed, mailer.KindAuthRequired:
		return exNoPerm
	case mailer.KindTokenClient, mailer.KindTokenConsent, mailer.KindTokenSignIn:
		// The provider refused the app or wants a sign-in: the settings
		// (or `smtpconf login`) must change before a retry can work.
		return exConfig
	case mailer.KindToken:
		return exTempFail
	case mailer.KindConfig, mailer.KindPassword, mailer.KindDNS, mailer.KindNotSMTP, mailer.KindNotTLS,
		mailer.KindCertUntrusted, mailer.KindCertWrongHost, mailer.KindStartTLSMissing,
		mailer.KindMechanismMissing, mailer.KindInsecureAuth:
		return exConfig
	case mailer.KindMessage:
		return exDataErr
	}
	return exUnavailable
}
