package postfix

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Accounts. Alice's password is stored in clear text, so Dovecot can
// verify every mechanism with it; Bob's as SHA512-CRYPT, which Dovecot
// cannot use for CRAM-MD5 (it needs the password itself), as on most
// real servers with a hashed password store.
const (
	Domain        = "mail.test"
	PlainUser     = "alice@mail.test"
	PlainPassword = "Alice-Pässword-1"
	HashedUser    = "bob@mail.test"
	// HashedPassword is what bobHash was made from: openssl passwd -6 -salt smtpconf.test Bob-Secr3t
	HashedPassword = "Bob-Secr3t"
	bobHash        = "$6$smtpconf.test$oj0xc9ZeA40RvMDrioAnm7au1pohHGWRiVOGdeiQJcox4ArxBGRO5ad.3xztNIt.U6SRCtvt2D1ogxTdfsJG01"

	// IDNDomain is a second domain the server takes mail for, an
	// internationalised one; Postfix knows it in its IDNA form.
	IDNDomain      = "bücher.test"
	IDNDomainASCII = "xn--bcher-kva.test"

	// MessageSizeLimit is Postfix's message_size_limit, small enough that
	// a test can exceed it.
	MessageSizeLimit = 20000
)

// layout is where one instance keeps everything, under one directory.
type layout struct {
	dir                        string
	conf, queue, data, maildir string
	dovecotConf, dovecotRun    string
	log                        string
}

func newLayout(dir string) layout {
	return layout{
		dir:         dir,
		conf:        filepath.Join(dir, "conf"),
		queue:       filepath.Join(dir, "queue"),
		data:        filepath.Join(dir, "data"),
		maildir:     filepath.Join(dir, "mail"),
		dovecotConf: filepath.Join(dir, "dovecot.conf"),
		dovecotRun:  filepath.Join(dir, "dovecot"),
		log:         filepath.Join(dir, "postfix.log"),
	}
}

// authSocket is Dovecot's listener for Postfix's SASL requests.
func (l layout) authSocket() string { return filepath.Join(l.dovecotRun, "auth-postfix") }

// brokenAuthSocket is brokenAuth's, for the BrokenAuth service.
func (l layout) brokenAuthSocket() string { return filepath.Join(l.dir, "broken-auth") }

// ports are the services' listening ports.
type ports struct {
	Submission, SMTPS, Plain, BrokenAuth int
}

// tlsFiles are the server certificate's files.
type tlsFiles struct{ cert, key string }

// mainCF is Postfix's main.cf: nothing leaves the machine (every transport
// but the local Maildir one is the error transport), mail for Domain goes
// to one Maildir, SASL is Dovecot's, logs go to a file in the directory.
func mainCF(l layout, ids owners, tls tlsFiles, ipv6 bool) string {
	interfaces, protocols := "127.0.0.1", "ipv4"
	if ipv6 {
		interfaces, protocols = "127.0.0.1, [::1]", "all"
	}
	return fmt.Sprintf(`compatibility_level = 3.6
queue_directory = %[1]s
data_directory = %[2]s
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = %[3]s
maillog_file = %[4]s
myhostname = mail.test
mydomain = mail.test
myorigin = mail.test
mydestination =
mynetworks =
inet_interfaces = %[5]s
inet_protocols = %[6]s
smtp_address_preference = ipv4
alias_maps =
alias_database =
biff = no
virtual_mailbox_domains = mail.test, %[15]s
virtual_mailbox_base = %[7]s
virtual_mailbox_maps = texthash:%[8]s/mailboxes
virtual_uid_maps = static:%[9]d
virtual_gid_maps = static:%[10]d
default_transport = error:5.7.1 nothing is relayed from this test server
relay_transport = error:5.7.1 nothing is relayed from this test server
message_size_limit = %[11]d
smtpd_banner = $myhostname ESMTP
smtpd_tls_chain_files = %[12]s, %[13]s
smtpd_tls_security_level = may
smtpd_tls_received_header = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = %[14]s
smtpd_sasl_auth_enable = no
smtpd_sender_login_maps = texthash:%[8]s/senders
smtpd_helo_required = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
`, l.queue, l.data, l.dir, l.log, interfaces, protocols, l.maildir, l.conf, ids.uid, ids.gid,
		MessageSizeLimit, tls.key, tls.cert, l.authSocket(), IDNDomainASCII)
}

// masterCF runs three SMTP services and the daemons they need, none
// chrooted (the queue is not a chroot jail).
func masterCF(l layout, p ports) string {
	submission := strings.Join([]string{
		"-o smtpd_tls_security_level=encrypt",
		"-o smtpd_sasl_auth_enable=yes",
		"-o smtpd_tls_auth_only=yes",
		"-o smtpd_sender_restrictions=reject_sender_login_mismatch",
		"-o smtpd_relay_restrictions=permit_sasl_authenticated,reject",
	}, "\n  ")
	return fmt.Sprintf(`# submission: STARTTLS required, SASL via Dovecot, senders owned by their login
%[1]d inet n - n - - smtpd
  %[4]s
# submissions: implicit TLS (wrapper mode), otherwise as submission
%[2]d inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes
  %[4]s
# a port-25-like service: fully qualified HELO names only, STARTTLS
# offered, not required; AUTH offered in clear too, for tests of what a
# client does without TLS (on loopback, where smtpconf allows it)
%[3]d inet n - n - - smtpd
  -o smtpd_helo_restrictions=reject_non_fqdn_helo_hostname
  -o smtpd_sasl_auth_enable=yes
# as Plain, with an authentication backend that fails (brokenAuth)
%[5]d inet n - n - - smtpd
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_path=%[6]s
tlsmgr    unix  - - n 1000? 1 tlsmgr
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n -  0 cleanup
qmgr      unix  n - n 300 1 qmgr
rewrite   unix  - - n -  - trivial-rewrite
bounce    unix  - - n -  0 bounce
defer     unix  - - n -  0 bounce
trace     unix  - - n -  0 bounce
verify    unix  - - n -  1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -  - proxymap
showq     unix  n - n -  - showq
error     unix  - - n -  - error
retry     unix  - - n -  - error
discard   unix  - - n -  - discard
virtual   unix  - n n -  - virtual
anvil     unix  - - n -  1 anvil
scache    unix  - - n -  1 scache
postlog   unix-dgram n - n - 1 postlogd
`, p.Submission, p.SMTPS, p.Plain, submission, p.BrokenAuth, l.brokenAuthSocket())
}

// dovecotConf runs only Dovecot's authentication service, for Postfix:
// PLAIN, LOGIN and CRAM-MD5 against a passwd-file, with the failure delay
// real servers have (2 s, growing), which finding 6 is about.
func dovecotConf(l layout) string {
	return fmt.Sprintf(`base_dir = %[1]s
state_dir = %[1]s/state
log_path = %[2]s/dovecot.log
protocols =
ssl = no
auth_mechanisms = plain login cram-md5
auth_failure_delay = 2s
disable_plaintext_auth = no
passdb {
  driver = passwd-file
  args = %[2]s/users
}
userdb {
  driver = static
  args = uid=postfix gid=postfix home=%[2]s
}
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
default_internal_user = dovecot
default_login_user = dovenull
`, l.dovecotRun, l.dir)
}

// writeConfig writes every file both servers read and makes the
// directories Postfix expects, owned as postfix(1)'s set-permissions would.
func writeConfig(l layout, ids owners, p ports, tls tlsFiles, ipv6 bool) error {
	files := []struct {
		path, text string
	}{
		{filepath.Join(l.conf, "main.cf"), mainCF(l, ids, tls, ipv6)},
		{filepath.Join(l.conf, "master.cf"), masterCF(l, p)},
		// Every address of the domain lands in one Maildir; a test finds
		// its own messages by recipient (X-Original-To).
		{filepath.Join(l.conf, "mailboxes"), "@mail.test inbox/\n@" + IDNDomainASCII + " inbox/\n"},
		{filepath.Join(l.conf, "senders"), PlainUser + " " + PlainUser + "\n" + HashedUser + " " + HashedUser + "\n"},
		{l.dovecotConf, dovecotConf(l)},
		{filepath.Join(l.dir, "users"), PlainUser + ":{PLAIN}" + PlainPassword + "\n" + HashedUser + ":{SHA512-CRYPT}" + bobHash + "\n"},
	}
	for _, d := range []string{l.conf, l.dovecotRun} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("create %s: %w", d, err)
		}
	}
	// Postfix waits (in steps of 300 ms) until a table or main.cf is a
	// second old, in case an editor is still writing it: dating the files
	// back saves that wait at every start.
	past := time.Now().Add(-time.Minute)
	for _, f := range files {
		if err := os.WriteFile(f.path, []byte(f.text), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", f.path, err)
		}
		if err := os.Chtimes(f.path, past, past); err != nil {
			return fmt.Errorf("date %s back: %w", f.path, err)
		}
	}
	return makeQueue(l, ids)
}

// makeQueue creates the queue directory as Postfix's postfix-files lists
// it: the queue and pid directories root's, the rest postfix's, maildrop
// and public shared with postdrop.
func makeQueue(l layout, ids owners) error {
	dirs := []struct {
		path     string
		mode     os.FileMode
		uid, gid int
	}{
		{l.queue, 0o755, 0, 0},
		{filepath.Join(l.queue, "pid"), 0o755, 0, 0},
		{filepath.Join(l.queue, "maildrop"), 0o730, ids.uid, ids.postdrop},
		{filepath.Join(l.queue, "public"), 0o710, ids.uid, ids.postdrop},
		{l.data, 0o700, ids.uid, ids.gid},
		{l.maildir, 0o700, ids.uid, ids.gid},
	}
	for _, name := range []string{"active", "bounce", "corrupt", "defer", "deferred", "flush", "hold", "incoming", "private", "saved", "trace"} {
		dirs = append(dirs, struct {
			path     string
			mode     os.FileMode
			uid, gid int
		}{filepath.Join(l.queue, name), 0o700, ids.uid, ids.gid})
	}
	for _, d := range dirs {
		if err := os.MkdirAll(d.path, d.mode); err != nil {
			return fmt.Errorf("create %s: %w", d.path, err)
		}
		if err := os.Chown(d.path, d.uid, d.gid); err != nil {
			return fmt.Errorf("chown %s: %w", d.path, err)
		}
		if err := os.Chmod(d.path, d.mode); err != nil {
			return fmt.Errorf("chmod %s: %w", d.path, err)
		}
	}
	return nil
}
