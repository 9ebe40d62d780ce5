package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/smtpconf/smtpconf/config"
	"github.com/smtpconf/smtpconf/internal/i18n"
	"github.com/smtpconf/smtpconf/internal/termsafe"
	"github.com/smtpconf/smtpconf/mailer"
)

func newImportCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "import",
		Example: "  smtpconf import msmtprc ~/.msmtprc",
		Args:    cobra.NoArgs,
	}
	var account string
	msmtp := &cobra.Command{
		Use:     "msmtprc FILE",
		Example: "  smtpconf import msmtprc ~/.msmtprc\n  smtpconf import msmtprc --account work /etc/msmtprc",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImportMsmtprc(cmd, g, args[0], account)
		},
	}
	msmtp.Flags().StringVar(&account, "account", "", "")
	cmd.AddCommand(msmtp)
	g.describe(func(lang i18n.Lang) {
		cmd.Short = lang.T("help_import_short", nil)
		msmtp.Short = lang.T("help_import_msmtprc_short", nil)
		msmtp.Use = lang.T("help_import_msmtprc_use", nil)
		msmtp.Long = lang.T("help_import_msmtprc_long", nil)
		describeFlag(msmtp, "account", lang.T("help_flag_import_account", nil))
	})
	return cmd
}

// msmtpAccount is one account's commands after defaults and inheritance.
type msmtpAccount map[string]string

// parseMsmtprc reads every account of an msmtprc, each with the defaults
// in force where it starts and the accounts it names after a colon.
func parseMsmtprc(data string) (map[string]msmtpAccount, []string, error) {
	accounts := map[string]msmtpAccount{}
	var order []string
	defaults := msmtpAccount{}
	current := defaults
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cmd, arg := line, ""
		if i := strings.IndexAny(line, " \t"); i >= 0 {
			cmd, arg = line[:i], strings.TrimSpace(line[i+1:])
		}
		if len(arg) >= 2 && arg[0] == '"' && arg[len(arg)-1] == '"' {
			arg = arg[1 : len(arg)-1]
		}
		switch cmd {
		case "defaults":
			defaults = msmtpAccount{}
			current = defaults
		case "account":
			name, parents, hasParents := strings.Cut(arg, ":")
			name = strings.TrimSpace(name)
			if name == "" {
				return nil, nil, i18n.Errorf("cli_import_account_no_name", i18n.D{"Line": n})
			}
			acc := msmtpAccount{}
			for k, v := range defaults {
				acc[k] = v
			}
			if hasParents {
				for _, p := range strings.Split(parents, ",") {
					parent, ok := accounts[strings.TrimSpace(p)]
					if !ok {
						return nil, nil, i18n.Errorf("cli_import_account_parent_missing", i18n.D{"Line": n, "Account": i18n.Quoted(name), "Parent": i18n.Quoted(strings.TrimSpace(p))})
					}
					for k, v := range parent {
						acc[k] = v
					}
				}
			}
			if _, dup := accounts[name]; !dup {
				order = append(order, name)
			}
			accounts[name] = acc
			current = acc
		default:
			// An account's own password source replaces the one it
			// inherited, rather than leaving two that contradict.
			switch cmd {
			case "password":
				delete(current, "passwordeval")
			case "passwordeval":
				delete(current, "password")
			}
			current[cmd] = arg
		}
	}
	return accounts, order, sc.Err()
}

// pickAccount chooses the account as msmtp would send with it.
func pickAccount(accounts map[string]msmtpAccount, order []string, want string) (string, msmtpAccount, error) {
	switch {
	case want != "":
		if a, ok := accounts[want]; ok {
			return want, a, nil
		}
		return "", nil, i18n.Errorf("cli_import_no_such_account", i18n.D{"Account": i18n.Quoted(want), "Accounts": strings.Join(order, ", ")})
	case accounts["default"] != nil:
		return "default", accounts["default"], nil
	case len(order) == 1:
		return order[0], accounts[order[0]], nil
	case len(order) == 0:
		return "", nil, i18n.Errorf("cli_import_no_account", nil)
	}
	return "", nil, i18n.Errorf("cli_import_several_accounts", i18n.D{"Accounts": strings.Join(order, ", ")})
}

// msmtpSettings turns an account into smtpconf assignments, in msmtp's
// defaults where the account says nothing (port 25, or 465 for TLS from
// the start; auth off), and lists the commands smtpconf does not use.
func msmtpSettings(a msmtpAccount) ([]assignment, []string, error) {
	on := func(key string) bool { v, ok := a[key]; return ok && (v == "" || v == "on") }
	set := map[string]string{"host": a["host"], "sender": a["from"], "username": a["user"], "password": a["password"],
		"password_env": "", "password_command": "", "tls_ca_file": "", "tls_skip_verify": "false", "timeout": "",
		"protocol": "smtp", "starttls": "false", "port": a["port"], "auth": "none", "allow_insecure_auth": "false"}
	if on("tls") {
		set["starttls"] = "true"
		if v, ok := a["tls_starttls"]; ok && v == "off" {
			set["protocol"], set["starttls"] = "smtps", "false"
		}
	}
	if set["port"] == "" {
		set["port"] = "25"
		if set["protocol"] == "smtps" {
			set["port"] = "465"
		}
	}
	if f := a["tls_trust_file"]; f != "" && f != "system" {
		set["tls_ca_file"] = f
	}
	if a["tls_certcheck"] == "off" {
		set["tls_skip_verify"] = "true"
	}
	switch auth, given := a["auth"]; {
	case !given || auth == "off":
	case auth == "" || auth == "on":
		set["auth"] = "auto"
	case slices.Contains([]string{"plain", "login", "cram-md5"}, auth):
		set["auth"] = auth
	case auth == "xoauth2" || auth == "oauthbearer":
		// msmtp's token comes from passwordeval, which smtpconf cannot renew.
		return nil, nil, i18n.Errorf("cli_import_auth_oauth2", i18n.D{"Auth": auth})
	default:
		return nil, nil, i18n.Errorf("cli_import_auth_unknown", i18n.D{"Auth": auth})
	}
	if cmd := a["passwordeval"]; cmd != "" {
		set["password_command"] = passwordCommand(cmd)
	}
	if t := a["timeout"]; t != "" && t != "off" {
		set["timeout"] = t + "s"
	}
	if p := a["protocol"]; p != "" && p != "smtp" {
		return nil, nil, i18n.Errorf("cli_import_protocol", i18n.D{"Protocol": p})
	}
	// Everything else (logfile, aliases, tls_fingerprint, tls_cert_file,
	// dsn_notify, ...) has no smtpconf setting: named in a warning.
	var unused []string
	for k := range a {
		if !slices.Contains([]string{"host", "port", "from", "user", "password", "passwordeval", "tls", "tls_starttls",
			"tls_trust_file", "tls_certcheck", "auth", "timeout", "protocol"}, k) {
			unused = append(unused, k)
		}
	}
	slices.Sort(unused)
	var as []assignment
	for _, k := range []string{"sender", "protocol", "starttls", "host", "port", "auth", "username", "password",
		"password_env", "password_command", "allow_insecure_auth", "tls_ca_file", "tls_skip_verify", "timeout"} {
		if k == "sender" && set[k] == "" {
			continue // keep the file's sender: msmtp may take it from -f
		}
		as = append(as, assignment{key: k, value: set[k]})
	}
	// An older server's OAuth 2.0 settings would outrank the imported
	// password (auth on becomes auto, which logs in with OAuth 2.0 while
	// oauth2_provider is set): emptied like every other server key.
	for _, k := range config.Keys() {
		if name, ok := strings.CutPrefix(k.Name, "smtp."); ok && strings.HasPrefix(name, "oauth2_") {
			as = append(as, assignment{key: name, value: ""})
		}
	}
	return append([]assignment{{key: "use_default", value: "false"}}, as...), unused, nil
}

// passwordCommand keeps a passwordeval as password_command: as it is when
// smtpconf splits it into the same words a shell would, else through sh -c.
func passwordCommand(cmd string) string {
	if _, err := mailer.PasswordCommandArgs(cmd); err == nil && !strings.ContainsAny(cmd, "$`|;&<>*?()~{}\\\"'") {
		return cmd
	}
	return "sh -c '" + strings.ReplaceAll(cmd, "'", `'\''`) + "'"
}

func runImportMsmtprc(cmd *cobra.Command, g *globals, file, want string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return hinted(exitConfig, i18n.Wrap("cli_cannot_read", i18n.D{"File": file}, ioCause(err)), "")
	}
	accounts, order, err := parseMsmtprc(string(data))
	if err == nil {
		var name string
		var acc msmtpAccount
		if name, acc, err = pickAccount(accounts, order, want); err == nil {
			return importAccount(cmd, g, file, name, acc)
		}
	}
	// Names and values from the file reach the terminal: made safe first.
	return hinted(exitConfig, errors.New(termsafe.String(file+": "+i18n.Text(err, g.lang))), "")
}

func importAccount(cmd *cobra.Command, g *globals, file, name string, acc msmtpAccount) error {
	assignments, unused, err := msmtpSettings(acc)
	if err != nil {
		return hinted(exitConfig, errors.New(termsafe.String(g.lang.T("cli_import_account_error", i18n.D{"File": file, "Account": name, "Err": i18n.Text(err, g.lang)}))), "")
	}
	path, _ := g.configPath()
	f, err := config.Load(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f = config.New(path)
		f.Lang = g.lang
	case err != nil:
		return notRewritten(cmd.ErrOrStderr(), path, loadError(path, err, g.lang), g.lang)
	}
	errOut := cmd.ErrOrStderr()
	for _, a := range assignments {
		if err := f.Config.Set(a.key, a.value); err != nil {
			_, _ = fmt.Fprintln(errOut, termsafe.String(g.lang.T("cli_import_account_error", i18n.D{"File": file, "Account": name, "Err": i18n.Text(err, g.lang)})))
			return reported(exitConfig)
		}
	}
	if len(unused) > 0 {
		printMessage(errOut, termsafe.String(g.lang.T("cli_line_warning", i18n.D{"Text": g.lang.T("cli_import_unused",
			i18n.D{"File": file, "Account": name, "Options": strings.Join(unused, ", ")})})))
	}
	if ps := f.Validate(); printProblems(errOut, f.Path, ps, g.lang) {
		_, _ = fmt.Fprintln(errOut, g.lang.T("cli_not_saved", i18n.D{"File": f.Path}))
		return reported(exitConfig)
	}
	if err := f.Save(); err != nil {
		return saveError(f.Path, err, g.lang)
	}
	_, _ = fmt.Fprintln(cmd.OutOrStdout(), termsafe.String(g.lang.T("cli_import_saved",
		i18n.D{"File": f.Path, "Account": name, "From": file, "Host": f.Config.SMTP.Host, "Port": f.Config.SMTP.Port})))
	return nil
}
