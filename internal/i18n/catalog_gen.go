// Code generated from locales/*.toml by `go generate ./internal/i18n`; DO NOT EDIT.

package i18n

import goi18n "github.com/nicksnyder/go-i18n/v2/i18n"

// messageEN is message id of the en catalog, or nil.
func messageEN(id string) *goi18n.Message {
	switch id {
	case "cli_args_at_least":
		return &goi18n.Message{ID: "cli_args_at_least", One: "requires at least {{.Count}} arg(s), only received {{.Received}}", Other: "requires at least {{.Count}} arg(s), only received {{.Received}}"}
	case "cli_args_at_most":
		return &goi18n.Message{ID: "cli_args_at_most", One: "accepts at most {{.Count}} arg(s), received {{.Received}}", Other: "accepts at most {{.Count}} arg(s), received {{.Received}}"}
	case "cli_args_between":
		return &goi18n.Message{ID: "cli_args_between", One: "accepts between {{.Min}} and {{.Count}} arg(s), received {{.Received}}", Other: "accepts between {{.Min}} and {{.Count}} arg(s), received {{.Received}}"}
	case "cli_args_exactly":
		return &goi18n.Message{ID: "cli_args_exactly", One: "accepts {{.Count}} arg(s), received {{.Received}}", Other: "accepts {{.Count}} arg(s), received {{.Received}}"}
	case "cli_args_none":
		return &goi18n.Message{ID: "cli_args_none", Other: "unknown command \"{{.Name}}\" for \"{{.Command}}\""}
	case "cli_cancelled":
		return &goi18n.Message{ID: "cli_cancelled", Other: "cancelled"}
	case "cli_cannot_read":
		return &goi18n.Message{ID: "cli_cannot_read", Other: "cannot read {{.File}}: {{.Err}}"}
	case "cli_cannot_read_directory_hint":
		return &goi18n.Message{ID: "cli_cannot_read_directory_hint", Other: "give the path of the config file itself"}
	case "cli_cannot_read_permission_hint":
		return &goi18n.Message{ID: "cli_cannot_read_permission_hint", Other: "run as the file's owner or root, or fix its permissions ({{.Command}})"}
	case "cli_cannot_save":
		return &goi18n.Message{ID: "cli_cannot_save", Other: "cannot save {{.File}}: {{.Err}}"}
	case "cli_cannot_save_changed":
		return &goi18n.Message{ID: "cli_cannot_save_changed", Other: "cannot save {{.File}}: {{.Reason}}"}
	case "cli_cannot_save_changed_hint":
		return &goi18n.Message{ID: "cli_cannot_save_changed_hint", Other: "another program kept changing it for {{.Wait}}, and each time smtpconf read it again: run the command again once it is done"}
	case "cli_change_removed":
		return &goi18n.Message{ID: "cli_change_removed", Other: "{{.File}}: removed {{.Keys}}"}
	case "cli_change_saved":
		return &goi18n.Message{ID: "cli_change_saved", Other: "{{.File}}: saved {{.Keys}}"}
	case "cli_change_unchanged":
		return &goi18n.Message{ID: "cli_change_unchanged", Other: "{{.File}}: unchanged"}
	case "cli_change_would_remove":
		return &goi18n.Message{ID: "cli_change_would_remove", Other: "{{.File}}: would be removed: {{.Keys}} (dry run: nothing written)"}
	case "cli_change_would_save":
		return &goi18n.Message{ID: "cli_change_would_save", Other: "{{.File}}: would be saved: {{.Keys}} (dry run: nothing written)"}
	case "cli_complete_unknown_key":
		return &goi18n.Message{ID: "cli_complete_unknown_key", Other: "not a setting smtpconf knows: check the spelling, or remove it"}
	case "cli_configure_no_terminal":
		return &goi18n.Message{ID: "cli_configure_no_terminal", Other: "the form needs a terminal; from a script use `smtpconf set KEY=VALUE`, `smtpconf check` and `smtpconf test`, or run `smtpconf configure --accessible` for plain prompts"}
	case "cli_demo_error":
		return &goi18n.Message{ID: "cli_demo_error", Other: "demo: {{.Err}}"}
	case "cli_demo_no_config":
		return &goi18n.Message{ID: "cli_demo_no_config", Other: "demo always works on a temporary file, so --config does not apply; `smtpconf --config PATH configure` opens the form on a file of yours"}
	case "cli_demo_no_subject":
		return &goi18n.Message{ID: "cli_demo_no_subject", Other: "(no subject)"}
	case "cli_demo_no_terminal":
		return &goi18n.Message{ID: "cli_demo_no_terminal", Other: "the demo needs a terminal (or --accessible for plain prompts)"}
	case "cli_demo_received":
		return &goi18n.Message{ID: "cli_demo_received", One: "The demo server received {{.Count}} message:", Other: "The demo server received {{.Count}} messages:"}
	case "cli_demo_received_message":
		return &goi18n.Message{ID: "cli_demo_received_message", Other: "from {{.From}} to {{.To}}: {{.Subject}}"}
	case "cli_demo_received_none":
		return &goi18n.Message{ID: "cli_demo_received_none", Other: "The demo server received no messages."}
	case "cli_demo_server_failed":
		return &goi18n.Message{ID: "cli_demo_server_failed", Other: "demo: start the mail server: {{.Err}}"}
	case "cli_demo_subject":
		return &goi18n.Message{ID: "cli_demo_subject", Other: "\"{{.Subject}}\""}
	case "cli_demo_tempdir_failed":
		return &goi18n.Message{ID: "cli_demo_tempdir_failed", Other: "demo: temporary directory: {{.Err}}"}
	case "cli_demo_unreadable_message":
		return &goi18n.Message{ID: "cli_demo_unreadable_message", Other: "(unreadable message)"}
	case "cli_diff_secret_changed":
		return &goi18n.Message{ID: "cli_diff_secret_changed", Other: "{{.Redaction}} (changed)"}
	case "cli_error_header":
		return &goi18n.Message{ID: "cli_error_header", Other: "ERROR"}
	case "cli_exit_status":
		return &goi18n.Message{ID: "cli_exit_status", Other: "exit status {{.Code}}"}
	case "cli_export_format_required":
		return &goi18n.Message{ID: "cli_export_format_required", Other: "--format is required: msmtprc, postfix or json"}
	case "cli_export_format_unknown":
		return &goi18n.Message{ID: "cli_export_format_unknown", Other: "--format \"{{.Format}}\" is not known: give msmtprc, postfix or json"}
	case "cli_export_invalid":
		return &goi18n.Message{ID: "cli_export_invalid", Other: "{{.File}} is not valid: nothing exported"}
	case "cli_export_msmtprc_made":
		return &goi18n.Message{ID: "cli_export_msmtprc_made", Other: "msmtp account made by `{{.Command}}` from {{.File}}"}
	case "cli_export_msmtprc_password_left_out":
		return &goi18n.Message{ID: "cli_export_msmtprc_password_left_out", Other: "password: not exported; give --include-secrets, or keep it in password_env or password_command"}
	case "cli_export_msmtprc_trust_file":
		return &goi18n.Message{ID: "cli_export_msmtprc_trust_file", Other: "msmtp trusts only this file, where smtpconf adds it to the system's CAs"}
	case "cli_export_needs_secrets":
		return &goi18n.Message{ID: "cli_export_needs_secrets", Other: "--sasl-passwd writes the password in clear: add --include-secrets"}
	case "cli_export_needs_secrets_hint":
		return &goi18n.Message{ID: "cli_export_needs_secrets_hint", Other: "the map must hold the password itself; it is written mode 0600"}
	case "cli_export_oauth2":
		return &goi18n.Message{ID: "cli_export_oauth2", Other: "{{.File}} logs in with an OAuth 2.0 token (auth = {{.Auth}}, oauth2_provider = {{.Provider}}), which {{.Program}} cannot obtain: nothing exported"}
	case "cli_export_oauth2_hint":
		return &goi18n.Message{ID: "cli_export_oauth2_hint", Other: "let the programs send through `smtpconf sendmail`, which fetches the token, or export settings that log in with a password"}
	case "cli_export_password_command":
		return &goi18n.Message{ID: "cli_export_password_command", Other: "password_command {{.Err}}"}
	case "cli_export_password_in_clear":
		return &goi18n.Message{ID: "cli_export_password_in_clear", Other: "the password is printed in clear: write it to a file with --output instead"}
	case "cli_export_placeholder_file":
		return &goi18n.Message{ID: "cli_export_placeholder_file", Other: "FILE"}
	case "cli_export_placeholder_password":
		return &goi18n.Message{ID: "cli_export_placeholder_password", Other: "PASSWORD"}
	case "cli_export_postfix_apply":
		return &goi18n.Message{ID: "cli_export_postfix_apply", Other: "apply: {{.Command}}; then {{.Reload}}"}
	case "cli_export_postfix_made":
		return &goi18n.Message{ID: "cli_export_postfix_made", Other: "Postfix relay settings made by `{{.Command}}` from {{.File}}"}
	case "cli_export_postfix_map_line":
		return &goi18n.Message{ID: "cli_export_postfix_map_line", Other: "{{.File}} must hold the line: {{.Line}} (mode 0600);"}
	case "cli_export_postfix_map_written_by":
		return &goi18n.Message{ID: "cli_export_postfix_map_written_by", Other: "smtpconf writes it with {{.Flags}}"}
	case "cli_export_sasl_needs_postfix":
		return &goi18n.Message{ID: "cli_export_sasl_needs_postfix", Other: "--sasl-passwd goes with --format postfix"}
	case "cli_file_error":
		return &goi18n.Message{ID: "cli_file_error", Other: "{{.File}}: {{.Err}}"}
	case "cli_file_invalid":
		return &goi18n.Message{ID: "cli_file_invalid", Other: "{{.File}} is not valid"}
	case "cli_file_missing":
		return &goi18n.Message{ID: "cli_file_missing", Other: "{{.File}} does not exist"}
	case "cli_file_missing_hint":
		return &goi18n.Message{ID: "cli_file_missing_hint", Other: "create it with `smtpconf set KEY=VALUE...` or `smtpconf configure`"}
	case "cli_fix_file_first":
		return &goi18n.Message{ID: "cli_fix_file_first", Other: "fix the file first: `smtpconf validate` lists the problems, `smtpconf set` or `smtpconf configure` changes them"}
	case "cli_fix_file_first_short":
		return &goi18n.Message{ID: "cli_fix_file_first_short", Other: "fix the file first: `smtpconf validate` lists the problems"}
	case "cli_flag_bad_syntax":
		return &goi18n.Message{ID: "cli_flag_bad_syntax", Other: "bad flag syntax: {{.Flag}}"}
	case "cli_flag_expects_bool":
		return &goi18n.Message{ID: "cli_flag_expects_bool", Other: "expected true or false"}
	case "cli_flag_expects_duration":
		return &goi18n.Message{ID: "cli_flag_expects_duration", Other: "expected a duration such as 30s, 2m or 1m30s"}
	case "cli_flag_expects_integer":
		return &goi18n.Message{ID: "cli_flag_expects_integer", Other: "expected a whole number"}
	case "cli_flag_invalid_value":
		return &goi18n.Message{ID: "cli_flag_invalid_value", Other: "invalid argument \"{{.Value}}\" for \"{{.Flag}}\" flag: {{.Err}}"}
	case "cli_flag_needs_value":
		return &goi18n.Message{ID: "cli_flag_needs_value", Other: "flag needs an argument: {{.Flag}}"}
	case "cli_flag_needs_value_shorthand":
		return &goi18n.Message{ID: "cli_flag_needs_value_shorthand", Other: "flag needs an argument: '{{.Char}}' in {{.Group}}"}
	case "cli_flag_unknown":
		return &goi18n.Message{ID: "cli_flag_unknown", Other: "unknown flag: {{.Flag}}"}
	case "cli_flag_unknown_shorthand":
		return &goi18n.Message{ID: "cli_flag_unknown_shorthand", Other: "unknown shorthand flag: '{{.Char}}' in {{.Group}}"}
	case "cli_import_account_error":
		return &goi18n.Message{ID: "cli_import_account_error", Other: "{{.File}}: account {{.Account}}: {{.Err}}"}
	case "cli_import_account_no_name":
		return &goi18n.Message{ID: "cli_import_account_no_name", Other: "line {{.Line}}: account needs a name"}
	case "cli_import_account_parent_missing":
		return &goi18n.Message{ID: "cli_import_account_parent_missing", Other: "line {{.Line}}: account \"{{.Account}}\" inherits from \"{{.Parent}}\", which is not defined above it"}
	case "cli_import_auth_oauth2":
		return &goi18n.Message{ID: "cli_import_auth_oauth2", Other: "auth {{.Auth}}: msmtp takes the OAuth 2.0 token from passwordeval, while smtpconf fetches it itself; set auth and the oauth2_* keys with `smtpconf set` (or `smtpconf configure`) instead"}
	case "cli_import_auth_unknown":
		return &goi18n.Message{ID: "cli_import_auth_unknown", Other: "auth {{.Auth}}: smtpconf logs in with plain, login or cram-md5 (or on, for the best offered)"}
	case "cli_import_no_account":
		return &goi18n.Message{ID: "cli_import_no_account", Other: "the file has no account"}
	case "cli_import_no_such_account":
		return &goi18n.Message{ID: "cli_import_no_such_account", Other: "no account \"{{.Account}}\" (the file has: {{.Accounts}})"}
	case "cli_import_protocol":
		return &goi18n.Message{ID: "cli_import_protocol", Other: "protocol {{.Protocol}}: smtpconf speaks SMTP only"}
	case "cli_import_saved":
		return &goi18n.Message{ID: "cli_import_saved", Other: "{{.File}}: saved account {{.Account}} of {{.From}} (host {{.Host}}, port {{.Port}})"}
	case "cli_import_several_accounts":
		return &goi18n.Message{ID: "cli_import_several_accounts", Other: "the file has several accounts and no default: give --account (one of {{.Accounts}})"}
	case "cli_import_unused":
		return &goi18n.Message{ID: "cli_import_unused", Other: "{{.File}}: account {{.Account}}: smtpconf has no use for these msmtp options, which are not imported: {{.Options}}"}
	case "cli_lang_unknown":
		return &goi18n.Message{ID: "cli_lang_unknown", Other: "unknown language \"{{.Value}}\": use en or de"}
	case "cli_line_certificate":
		return &goi18n.Message{ID: "cli_line_certificate", Other: "certificate {{.Text}}"}
	case "cli_line_error":
		return &goi18n.Message{ID: "cli_line_error", Other: "error: {{.Text}}"}
	case "cli_line_hint":
		return &goi18n.Message{ID: "cli_line_hint", Other: "hint: {{.Text}}"}
	case "cli_line_note":
		return &goi18n.Message{ID: "cli_line_note", Other: "note: {{.Text}}"}
	case "cli_line_warning":
		return &goi18n.Message{ID: "cli_line_warning", Other: "warning: {{.Text}}"}
	case "cli_login_cancelled":
		return &goi18n.Message{ID: "cli_login_cancelled", Other: "cancelled: nothing was saved"}
	case "cli_login_client_secret_hint":
		return &goi18n.Message{ID: "cli_login_client_secret_hint", Other: "fix the client secret's setting as the message says"}
	case "cli_login_expires_at":
		return &goi18n.Message{ID: "cli_login_expires_at", Other: "The code expires at {{.Time}} (in {{.Left}})."}
	case "cli_login_not_device_code":
		return &goi18n.Message{ID: "cli_login_not_device_code", Other: "nothing to sign in to: these settings do not use oauth2_flow = \"device_code\""}
	case "cli_login_not_device_code_hint":
		return &goi18n.Message{ID: "cli_login_not_device_code_hint", Other: "login is for a delegated sign-in; client_credentials, refresh_token and service_account need none (`smtpconf check` tries them)"}
	case "cli_login_open":
		return &goi18n.Message{ID: "cli_login_open", Other: "To sign in, open {{.URL}} on any device and enter the code {{.Code}}"}
	case "cli_login_sign_in_as":
		return &goi18n.Message{ID: "cli_login_sign_in_as", Other: "Sign in as {{.Mailbox}}; smtpconf asks the provider every {{.Interval}} whether you are done."}
	case "cli_login_signed_in":
		return &goi18n.Message{ID: "cli_login_signed_in", Other: "Signed in for {{.Mailbox}}. The refresh token is kept in {{.File}} (mode 0600); check, test and the mailer use it from now on."}
	case "cli_login_waiting":
		return &goi18n.Message{ID: "cli_login_waiting", Other: "Waiting for the sign-in… the code expires in {{.Left}} (Ctrl+C cancels)"}
	case "cli_man_epoch_not_number":
		return &goi18n.Message{ID: "cli_man_epoch_not_number", Other: "{{.Setting}} is not a number of seconds"}
	case "cli_man_epoch_unset":
		return &goi18n.Message{ID: "cli_man_epoch_unset", Other: "SOURCE_DATE_EPOCH is not set"}
	case "cli_man_epoch_unset_hint":
		return &goi18n.Message{ID: "cli_man_epoch_unset_hint", Other: "set it to the last commit's time: {{.Command}}, as make does"}
	case "cli_man_write_failed":
		return &goi18n.Message{ID: "cli_man_write_failed", Other: "man pages: {{.Err}}"}
	case "cli_no_recipient":
		return &goi18n.Message{ID: "cli_no_recipient", Other: "no recipient"}
	case "cli_no_recipient_hint":
		return &goi18n.Message{ID: "cli_no_recipient_hint", Other: "pass --to ADDRESS or set one with `smtpconf set test_recipient=ADDRESS`"}
	case "cli_not_regular_file":
		return &goi18n.Message{ID: "cli_not_regular_file", Other: "cannot read {{.File}}: it is {{.What}}, not a regular file"}
	case "cli_not_regular_file_hint":
		return &goi18n.Message{ID: "cli_not_regular_file_hint", Other: "give the path of the config file itself: smtpconf reads and writes only regular files"}
	case "cli_not_rewritten":
		return &goi18n.Message{ID: "cli_not_rewritten", Other: "{{.File}}: not changed: smtpconf does not rewrite a file it cannot read in full; correct line {{.Line}} in an editor, then run the command again"}
	case "cli_not_saved":
		return &goi18n.Message{ID: "cli_not_saved", Other: "{{.File}}: not saved"}
	case "cli_parse_hint":
		return &goi18n.Message{ID: "cli_parse_hint", Other: "correct the file in an editor: `smtpconf validate` lists its problems"}
	case "cli_parse_line_hint":
		return &goi18n.Message{ID: "cli_parse_line_hint", Other: "correct line {{.Line}} in an editor: `smtpconf validate` lists the file's problems"}
	case "cli_probe_and_login":
		return &goi18n.Message{ID: "cli_probe_and_login", Other: "and the login: username=LOGIN password=- (the password is read from stdin)"}
	case "cli_probe_auth_tls":
		return &goi18n.Message{ID: "cli_probe_auth_tls", Other: "AUTH after TLS: {{.After}}; before TLS: {{.Before}}"}
	case "cli_probe_bad_port":
		return &goi18n.Message{ID: "cli_probe_bad_port", Other: "--port {{.Port}} is not a port: give a number from 1 to 65535"}
	case "cli_probe_certificate":
		return &goi18n.Message{ID: "cli_probe_certificate", Other: "certificate: {{.Subject}}, issued by {{.Issuer}}, valid until {{.NotAfter}}, names {{.Names}}; {{.Trust}}"}
	case "cli_probe_from_invalid":
		return &goi18n.Message{ID: "cli_probe_from_invalid", Other: "--from: {{.Err}}"}
	case "cli_probe_host_and_from":
		return &goi18n.Message{ID: "cli_probe_host_and_from", Other: "give a HOST or --from ADDRESS, not both"}
	case "cli_probe_looking":
		return &goi18n.Message{ID: "cli_probe_looking", Other: "Looking for the server of {{.Address}} …"}
	case "cli_probe_no_answer":
		return &goi18n.Message{ID: "cli_probe_no_answer", Other: "no answer"}
	case "cli_probe_no_host":
		return &goi18n.Message{ID: "cli_probe_no_host", Other: "no host given"}
	case "cli_probe_no_host_hint":
		return &goi18n.Message{ID: "cli_probe_no_host_hint", Other: "give the server's name (smtpconf probe mail.example.com) or the sender address (smtpconf probe --from noreply@example.com)"}
	case "cli_probe_none_offered":
		return &goi18n.Message{ID: "cli_probe_none_offered", Other: "none offered"}
	case "cli_probe_not_trusted":
		return &goi18n.Message{ID: "cli_probe_not_trusted", Other: "NOT trusted here"}
	case "cli_probe_nothing_found":
		return &goi18n.Message{ID: "cli_probe_nothing_found", Other: "nothing usable found for {{.Domain}}: no candidate answered; give the server's name instead (smtpconf probe HOST)"}
	case "cli_probe_nothing_usable":
		return &goi18n.Message{ID: "cli_probe_nothing_usable", Other: "nothing usable: {{.Reason}}"}
	case "cli_probe_port_with_from":
		return &goi18n.Message{ID: "cli_probe_port_with_from", Other: "--port goes with a HOST: --from probes the ports its sources name"}
	case "cli_probe_probing":
		return &goi18n.Message{ID: "cli_probe_probing", Other: "Probing {{.Host}} on ports {{.Ports}} …"}
	case "cli_probe_proposed":
		return &goi18n.Message{ID: "cli_probe_proposed", Other: "proposed: {{.Reason}}"}
	case "cli_probe_size":
		return &goi18n.Message{ID: "cli_probe_size", Other: "SIZE: {{.Bytes}} bytes ({{.MiB}} MiB)"}
	case "cli_probe_starttls_offered":
		return &goi18n.Message{ID: "cli_probe_starttls_offered", Other: "STARTTLS offered"}
	case "cli_probe_trusted":
		return &goi18n.Message{ID: "cli_probe_trusted", Other: "trusted here"}
	case "cli_read_terminal_failed":
		return &goi18n.Message{ID: "cli_read_terminal_failed", Other: "reading from the terminal: {{.Err}}"}
	case "cli_reread_failed":
		return &goi18n.Message{ID: "cli_reread_failed", Other: "read {{.File}} again: {{.Err}}"}
	case "cli_save_directory_permission_hint":
		return &goi18n.Message{ID: "cli_save_directory_permission_hint", Other: "saving writes a temporary file beside it, so its directory must be writable: run as the directory's owner or root, or fix its permissions ({{.Command}})"}
	case "cli_save_no_directory_hint":
		return &goi18n.Message{ID: "cli_save_no_directory_hint", Other: "its directory {{.Dir}} does not exist and cannot be created: create it as root ({{.Command}}), or give another --config"}
	case "cli_sendmail_config_needs_file":
		return &goi18n.Message{ID: "cli_sendmail_config_needs_file", Other: "--config needs a file"}
	case "cli_sendmail_invalid":
		return &goi18n.Message{ID: "cli_sendmail_invalid", Other: "{{.File}} is not valid: nothing was sent"}
	case "cli_sendmail_lang_needs_value":
		return &goi18n.Message{ID: "cli_sendmail_lang_needs_value", Other: "--lang needs de or en"}
	case "cli_sendmail_local_user":
		return &goi18n.Message{ID: "cli_sendmail_local_user", Other: "{{.Where}} \"{{.List}}\" is a local user name: smtpconf delivers nothing locally, only to full addresses (set MAILTO=admin@example.com in a crontab, or give the full address)"}
	case "cli_sendmail_mode_unsupported":
		return &goi18n.Message{ID: "cli_sendmail_mode_unsupported", Other: "{{.Option}} is not supported: smtpconf only sends a message (-bm)"}
	case "cli_sendmail_name_one_line":
		return &goi18n.Message{ID: "cli_sendmail_name_one_line", Other: "-F: the name must be one line"}
	case "cli_sendmail_needs_value":
		return &goi18n.Message{ID: "cli_sendmail_needs_value", Other: "{{.Option}} needs a value"}
	case "cli_sendmail_no_aliases":
		return &goi18n.Message{ID: "cli_sendmail_no_aliases", Other: "-I (newaliases) is not supported: smtpconf has no aliases"}
	case "cli_sendmail_no_header_recipients":
		return &goi18n.Message{ID: "cli_sendmail_no_header_recipients", Other: "-t: the message has no recipients in To, Cc or Bcc"}
	case "cli_sendmail_no_queue":
		return &goi18n.Message{ID: "cli_sendmail_no_queue", Other: "-q: smtpconf has no queue to run"}
	case "cli_sendmail_no_recipients":
		return &goi18n.Message{ID: "cli_sendmail_no_recipients", Other: "no recipients"}
	case "cli_sendmail_no_recipients_hint":
		return &goi18n.Message{ID: "cli_sendmail_no_recipients_hint", Other: "give the addresses as arguments, or -t to read them from To, Cc and Bcc"}
	case "cli_sendmail_not_addresses":
		return &goi18n.Message{ID: "cli_sendmail_not_addresses", Other: "{{.Where}}: \"{{.List}}\" is not a list of addresses: {{.Err}}"}
	case "cli_sendmail_read_failed":
		return &goi18n.Message{ID: "cli_sendmail_read_failed", Other: "reading the message: {{.Err}}"}
	case "cli_sendmail_resolver_hint":
		return &goi18n.Message{ID: "cli_sendmail_resolver_hint", Other: "unset it, or give the DNS server's address"}
	case "cli_sendmail_too_large":
		return &goi18n.Message{ID: "cli_sendmail_too_large", Other: "the message is larger than {{.MiB}} MiB"}
	case "cli_sendmail_unknown_option":
		return &goi18n.Message{ID: "cli_sendmail_unknown_option", Other: "unknown option {{.Option}}"}
	case "cli_sendmail_where_header":
		return &goi18n.Message{ID: "cli_sendmail_where_header", Other: "the {{.Name}} header"}
	case "cli_sendmail_where_recipient":
		return &goi18n.Message{ID: "cli_sendmail_where_recipient", Other: "recipient"}
	case "cli_serve_authorized_keys_required":
		return &goi18n.Message{ID: "cli_serve_authorized_keys_required", Other: "serve: --authorized-keys is required"}
	case "cli_serve_fingerprint":
		return &goi18n.Message{ID: "cli_serve_fingerprint", Other: "host key fingerprint: {{.Fingerprint}}"}
	case "cli_serve_grace_not_positive":
		return &goi18n.Message{ID: "cli_serve_grace_not_positive", Other: "serve: --grace must be positive"}
	case "cli_serve_host_key_required":
		return &goi18n.Message{ID: "cli_serve_host_key_required", Other: "serve: --host-key is required (it is created on first start)"}
	case "cli_serve_idle_timeout_negative":
		return &goi18n.Message{ID: "cli_serve_idle_timeout_negative", Other: "serve: --idle-timeout must not be negative"}
	case "cli_serve_listen_failed":
		return &goi18n.Message{ID: "cli_serve_listen_failed", Other: "serve: {{.Err}}"}
	case "cli_serve_unix_only":
		return &goi18n.Message{ID: "cli_serve_unix_only", Other: "serve runs on Linux and macOS only"}
	case "cli_serve_unix_only_hint":
		return &goi18n.Message{ID: "cli_serve_unix_only_hint", Other: "run it on the server, or use `smtpconf configure` here"}
	case "cli_set_hint_unset":
		return &goi18n.Message{ID: "cli_set_hint_unset", Other: "run `{{.Command}}` to remove the keys smtpconf does not know"}
	case "cli_set_new_file_custom_server":
		return &goi18n.Message{ID: "cli_set_new_file_custom_server", Other: "{{.File}} is new and the settings name a mail server of its own ({{.Keys}}), so use_default = false: mail goes through that server (give use_default=true to send through [default_server] instead)"}
	case "cli_set_not_assignment":
		return &goi18n.Message{ID: "cli_set_not_assignment", Other: "\"{{.Arg}}\" is not KEY=VALUE (write key= to empty a setting)"}
	case "cli_set_not_saved_changed_meanwhile":
		return &goi18n.Message{ID: "cli_set_not_saved_changed_meanwhile", Other: "{{.File}}: not saved: another program changed it meanwhile, and with its change the settings above are wrong"}
	case "cli_set_secret_prompt":
		return &goi18n.Message{ID: "cli_set_secret_prompt", Other: "{{.Label}}: "}
	case "cli_set_stdin_failed":
		return &goi18n.Message{ID: "cli_set_stdin_failed", Other: "reading {{.Key}} from standard input: {{.Err}}"}
	case "cli_set_stdin_twice":
		return &goi18n.Message{ID: "cli_set_stdin_twice", Other: "only one value can come from standard input, not both {{.First}} and {{.Second}}"}
	case "cli_set_still_default_server":
		return &goi18n.Message{ID: "cli_set_still_default_server", Other: "use_default = true, so mail still goes through [default_server] and the settings just saved ({{.Keys}}) have no effect until you run: {{.Command}}"}
	case "cli_show_invalid":
		return &goi18n.Message{ID: "cli_show_invalid", Other: "{{.File}} is not valid: run `{{.Command}}`"}
	case "cli_show_not_signed_in":
		return &goi18n.Message{ID: "cli_show_not_signed_in", Other: "not signed in: run smtpconf login"}
	case "cli_show_row_file":
		return &goi18n.Message{ID: "cli_show_row_file", Other: "file"}
	case "cli_show_row_server":
		return &goi18n.Message{ID: "cli_show_row_server", Other: "server"}
	case "cli_show_secret_from_command":
		return &goi18n.Message{ID: "cli_show_secret_from_command", Other: "from command"}
	case "cli_show_secret_from_env":
		return &goi18n.Message{ID: "cli_show_secret_from_env", Other: "from {{.Var}}"}
	case "cli_show_server_custom":
		return &goi18n.Message{ID: "cli_show_server_custom", Other: "custom"}
	case "cli_show_server_default":
		return &goi18n.Message{ID: "cli_show_server_default", Other: "default"}
	case "cli_show_signed_in":
		return &goi18n.Message{ID: "cli_show_signed_in", Other: "signed in, refresh token in {{.File}}"}
	case "cli_show_source_default":
		return &goi18n.Message{ID: "cli_show_source_default", Other: "default"}
	case "cli_show_source_file_line":
		return &goi18n.Message{ID: "cli_show_source_file_line", Other: "file:{{.Line}}"}
	case "cli_show_token_unreadable":
		return &goi18n.Message{ID: "cli_show_token_unreadable", Other: "token file unreadable: {{.Err}}"}
	case "cli_stdin_empty":
		return &goi18n.Message{ID: "cli_stdin_empty", Other: "standard input is empty"}
	case "cli_stopped_by_sigint":
		return &goi18n.Message{ID: "cli_stopped_by_sigint", Other: "stopped by SIGINT (Ctrl+C)"}
	case "cli_stopped_by_sigterm":
		return &goi18n.Message{ID: "cli_stopped_by_sigterm", Other: "stopped by SIGTERM"}
	case "cli_timeout_out_of_range":
		return &goi18n.Message{ID: "cli_timeout_out_of_range", Other: "--timeout {{.Timeout}} is out of range"}
	case "cli_timeout_range_hint":
		return &goi18n.Message{ID: "cli_timeout_range_hint", Other: "give a value from {{.Min}} to {{.Max}}"}
	case "cli_to_invalid":
		return &goi18n.Message{ID: "cli_to_invalid", Other: "--to: {{.Err}}"}
	case "cli_unset_absent":
		return &goi18n.Message{ID: "cli_unset_absent", Other: "{{.File}} does not set {{.Keys}}: nothing to remove"}
	case "cli_unset_not_saved_changed_meanwhile":
		return &goi18n.Message{ID: "cli_unset_not_saved_changed_meanwhile", Other: "{{.File}}: not saved: another program changed it meanwhile, and removing {{.Keys}} now would add the errors above"}
	case "cli_unset_still_invalid":
		return &goi18n.Message{ID: "cli_unset_still_invalid", Other: "{{.File}}: saved, but still invalid: fix the problems above with `smtpconf set` or `smtpconf unset`"}
	case "cli_unset_would_add_errors":
		return &goi18n.Message{ID: "cli_unset_would_add_errors", Other: "{{.File}}: not saved: removing {{.Keys}} would add the errors above"}
	case "cli_usage_hint":
		return &goi18n.Message{ID: "cli_usage_hint", Other: "run '{{.Command}} --help' for usage"}
	case "cli_usage_line":
		return &goi18n.Message{ID: "cli_usage_line", Other: "Run '{{.Command}} --help' for usage."}
	case "cli_validate_ok":
		return &goi18n.Message{ID: "cli_validate_ok", Other: "{{.File}}: ok"}
	case "cli_validate_warnings":
		return &goi18n.Message{ID: "cli_validate_warnings", One: "{{.File}}: ok, {{.Count}} warning", Other: "{{.File}}: ok, {{.Count}} warnings"}
	case "cli_write_failed":
		return &goi18n.Message{ID: "cli_write_failed", Other: "writing {{.File}}: {{.Err}}"}
	case "cli_write_result_failed":
		return &goi18n.Message{ID: "cli_write_result_failed", Other: "writing the result: {{.Err}}"}
	case "clisendmail_not_an_address":
		return &goi18n.Message{ID: "clisendmail_not_an_address", Other: "{{.Where}} \"{{.List}}\" is not a valid address: an address has no spaces and needs an @ (give the full address, such as admin@example.com)"}
	case "config_action_save":
		return &goi18n.Message{ID: "config_action_save", Other: "Save"}
	case "config_action_send_test":
		return &goi18n.Message{ID: "config_action_send_test", Other: "Send test e-mail"}
	case "config_address_invalid":
		return &goi18n.Message{ID: "config_address_invalid", Other: "\"{{.Value}}\" is not an e-mail address: write it like noreply@example.com"}
	case "config_address_line_break":
		return &goi18n.Message{ID: "config_address_line_break", Other: "contains a line break or NUL character, which could inject SMTP commands: remove it"}
	case "config_address_only":
		return &goi18n.Message{ID: "config_address_only", Other: "write only the address ({{.Address}}), without a name or brackets"}
	case "config_address_sender_name":
		return &goi18n.Message{ID: "config_address_sender_name", Other: "write only the address ({{.Address}}); put the name in sender_name"}
	case "config_address_spaces":
		return &goi18n.Message{ID: "config_address_spaces", Other: "\"{{.Value}}\" has spaces around it: remove them"}
	case "config_as_is":
		return &goi18n.Message{ID: "config_as_is", Other: "{{.Err}}"}
	case "config_at_key":
		return &goi18n.Message{ID: "config_at_key", Other: "{{.Key}}: {{.Err}}"}
	case "config_auth_invalid":
		return &goi18n.Message{ID: "config_auth_invalid", Other: "\"{{.Value}}\" is not an auth method: use one of {{.Choices}}{{.Suggest}}"}
	case "config_auth_none_unused":
		return &goi18n.Message{ID: "config_auth_none_unused", Other: "is \"none\", so username and password are not used: set auth = \"auto\" to log in"}
	case "config_bare_bool":
		return &goi18n.Message{ID: "config_bare_bool", Other: "write true or false, in lower case and without quotes ({{.Name}} = true)"}
	case "config_bare_int":
		return &goi18n.Message{ID: "config_bare_int", Other: "write a whole number without quotes ({{.Name}} = 587)"}
	case "config_bare_no_value":
		return &goi18n.Message{ID: "config_bare_no_value", Other: "has no value: write one after the =, or remove the line"}
	case "config_bare_text":
		return &goi18n.Message{ID: "config_bare_text", Other: "text needs double quotes: write {{.Name}} = {{.Value}}"}
	case "config_bare_text_hidden":
		return &goi18n.Message{ID: "config_bare_text_hidden", Other: "text needs double quotes: write {{.Name}} = \"...\""}
	case "config_ca_file_bad_cert":
		return &goi18n.Message{ID: "config_ca_file_bad_cert", Other: "{{.Path}} holds a certificate that does not parse: {{.Err}}"}
	case "config_ca_file_no_cert":
		return &goi18n.Message{ID: "config_ca_file_no_cert", Other: "{{.Path}} holds no PEM certificate (-----BEGIN CERTIFICATE-----): point it at the CA's certificate in PEM form"}
	case "config_ca_file_relative":
		return &goi18n.Message{ID: "config_ca_file_relative", Other: "\"{{.Path}}\" is relative, so it depends on the directory smtpconf runs in: use an absolute path"}
	case "config_ca_file_unreadable":
		return &goi18n.Message{ID: "config_ca_file_unreadable", Other: "cannot be read: {{.Err}}"}
	case "config_ca_file_unused":
		return &goi18n.Message{ID: "config_ca_file_unused", Other: "is not used while tls_skip_verify = true: set tls_skip_verify = false so that the CA file is checked"}
	case "config_changed_created":
		return &goi18n.Message{ID: "config_changed_created", Other: "someone created the file after smtpconf started"}
	case "config_changed_edited":
		return &goi18n.Message{ID: "config_changed_edited", Other: "someone edited the file since it was loaded"}
	case "config_changed_on_disk":
		return &goi18n.Message{ID: "config_changed_on_disk", Other: "the file changed on disk since it was loaded"}
	case "config_changed_removed":
		return &goi18n.Message{ID: "config_changed_removed", Other: "someone removed the file since it was loaded"}
	case "config_choice_invalid":
		return &goi18n.Message{ID: "config_choice_invalid", Other: "\"{{.Value}}\" is not one of {{.Choices}}{{.Suggest}}"}
	case "config_default_server_help":
		return &goi18n.Message{ID: "config_default_server_help", Other: "platform default server: {{.Help}}"}
	case "config_did_you_mean":
		return &goi18n.Message{ID: "config_did_you_mean", Other: " — did you mean \"{{.Name}}\"?"}
	case "config_dns_bad_char":
		return &goi18n.Message{ID: "config_dns_bad_char", Other: "\"{{.Value}}\" contains {{.Char}}, which a server name cannot have"}
	case "config_dns_empty_label":
		return &goi18n.Message{ID: "config_dns_empty_label", Other: "\"{{.Value}}\" has an empty part between dots: remove the extra dot"}
	case "config_dns_hyphen":
		return &goi18n.Message{ID: "config_dns_hyphen", Other: "\"{{.Value}}\" has a part that starts or ends with a hyphen, which DNS does not allow: check the spelling"}
	case "config_dns_ipv4_invalid":
		return &goi18n.Message{ID: "config_dns_ipv4_invalid", Other: "\"{{.Value}}\" is not a valid IPv4 address: it needs four numbers from 0 to 255, e.g. 192.0.2.25, or write the server's name"}
	case "config_dns_label_too_long":
		return &goi18n.Message{ID: "config_dns_label_too_long", Other: "\"{{.Value}}\" has a part longer than the 63 characters DNS allows between dots: check the name"}
	case "config_dns_non_ascii":
		return &goi18n.Message{ID: "config_dns_non_ascii", Other: "\"{{.Value}}\" has non-ASCII letters: write the name in its xn-- (punycode) form"}
	case "config_dns_too_long":
		return &goi18n.Message{ID: "config_dns_too_long", Other: "\"{{.Value}}\" is longer than the 253 characters a DNS name may have: check the name"}
	case "config_duration_invalid":
		return &goi18n.Message{ID: "config_duration_invalid", Other: "\"{{.Value}}\" is not a duration: write it like \"15s\" or \"1m\""}
	case "config_endpoint_http":
		return &goi18n.Message{ID: "config_endpoint_http", Other: "\"{{.Value}}\" is http: the client secret and tokens would cross the network in clear; use https (http is accepted only on this machine)"}
	case "config_endpoint_not_https":
		return &goi18n.Message{ID: "config_endpoint_not_https", Other: "\"{{.Value}}\" is not an https URL: write it like https://auth.example.com/oauth/token"}
	case "config_endpoint_not_url":
		return &goi18n.Message{ID: "config_endpoint_not_url", Other: "\"{{.Value}}\" is not a URL: write it like https://auth.example.com/oauth/token"}
	case "config_endpoint_userinfo":
		return &goi18n.Message{ID: "config_endpoint_userinfo", Other: "holds a user name or password: the client id and secret go in their own keys, not in the URL"}
	case "config_file_not_regular":
		return &goi18n.Message{ID: "config_file_not_regular", Other: "{{.Path}} is not a regular file"}
	case "config_file_too_big":
		return &goi18n.Message{ID: "config_file_too_big", Other: "larger than {{.MiB}} MiB, which no smtpconf file is"}
	case "config_file_too_large":
		return &goi18n.Message{ID: "config_file_too_large", Other: "{{.Path}} is larger than {{.MiB}} MiB"}
	case "config_got_array":
		return &goi18n.Message{ID: "config_got_array", Other: "an array"}
	case "config_got_bool":
		return &goi18n.Message{ID: "config_got_bool", Other: "a boolean"}
	case "config_got_float":
		return &goi18n.Message{ID: "config_got_float", Other: "a decimal number"}
	case "config_got_int":
		return &goi18n.Message{ID: "config_got_int", Other: "an integer"}
	case "config_got_other":
		return &goi18n.Message{ID: "config_got_other", Other: "a {{.Kind}}"}
	case "config_got_string":
		return &goi18n.Message{ID: "config_got_string", Other: "a string"}
	case "config_got_table":
		return &goi18n.Message{ID: "config_got_table", Other: "a table"}
	case "config_got_time":
		return &goi18n.Message{ID: "config_got_time", Other: "a date or time"}
	case "config_helo_idna":
		return &goi18n.Message{ID: "config_helo_idna", Other: "\"{{.Value}}\" is not a valid internationalised name: write its xn-- form"}
	case "config_helo_ipv4_brackets":
		return &goi18n.Message{ID: "config_helo_ipv4_brackets", Other: "\"{{.Value}}\": an address goes in brackets in EHLO: write [{{.Address}}]"}
	case "config_helo_ipv6_brackets":
		return &goi18n.Message{ID: "config_helo_ipv6_brackets", Other: "\"{{.Value}}\": an address goes in brackets in EHLO: write [IPv6:{{.Address}}]"}
	case "config_helo_ipv6_literal":
		return &goi18n.Message{ID: "config_helo_ipv6_literal", Other: "\"{{.Value}}\" is not an IPv6 address literal: write it like [IPv6:2001:db8::10]"}
	case "config_helo_ipv6_prefix":
		return &goi18n.Message{ID: "config_helo_ipv6_prefix", Other: "\"{{.Value}}\": an IPv6 address literal starts with IPv6:, e.g. [IPv6:{{.Address}}]"}
	case "config_helo_literal_invalid":
		return &goi18n.Message{ID: "config_helo_literal_invalid", Other: "\"{{.Value}}\" is not an address literal: write [192.0.2.10] or [IPv6:2001:db8::10]"}
	case "config_helo_short":
		return &goi18n.Message{ID: "config_helo_short", Other: "\"{{.Value}}\" is a short name, which many servers refuse (need fully-qualified hostname): write the full name, e.g. {{.Name}}.example.com, or an address literal such as [192.0.2.10]"}
	case "config_helo_unclosed":
		return &goi18n.Message{ID: "config_helo_unclosed", Other: "\"{{.Value}}\" is not an address literal: close the bracket, e.g. [192.0.2.10]"}
	case "config_host_brackets_invalid":
		return &goi18n.Message{ID: "config_host_brackets_invalid", Other: "\"{{.Value}}\" is not an IPv6 address in brackets: write the address, e.g. [2001:db8::25], or the server's name"}
	case "config_host_brackets_ipv4":
		return &goi18n.Message{ID: "config_host_brackets_ipv4", Other: "\"{{.Value}}\": brackets are only for IPv6 addresses: write {{.Address}}"}
	case "config_host_idna":
		return &goi18n.Message{ID: "config_host_idna", Other: "\"{{.Host}}\" is an internationalised name: smtpconf connects to {{.ASCII}}, its ASCII (IDNA) form"}
	case "config_host_idna_invalid":
		return &goi18n.Message{ID: "config_host_idna_invalid", Other: "\"{{.Value}}\" is not a valid internationalised name: check the spelling, or write its xn-- form"}
	case "config_host_ipv6_invalid":
		return &goi18n.Message{ID: "config_host_ipv6_invalid", Other: "\"{{.Value}}\" is not a valid IPv6 address or server name: write a name such as mail.example.com, or a full IPv6 address such as 2001:db8::25"}
	case "config_host_missing":
		return &goi18n.Message{ID: "config_host_missing", Other: "is not set: set the mail server's name or IP address, e.g. mail.example.com"}
	case "config_host_port":
		return &goi18n.Message{ID: "config_host_port", Other: "\"{{.Value}}\" includes a port: set host = \"{{.Host}}\" and port = {{.Port}}"}
	case "config_host_spaces":
		return &goi18n.Message{ID: "config_host_spaces", Other: "\"{{.Value}}\" contains spaces: write only the server name, e.g. mail.example.com"}
	case "config_host_url":
		return &goi18n.Message{ID: "config_host_url", Other: "\"{{.Value}}\" is a URL: write only the server name; the protocol goes in protocol and the port in port"}
	case "config_idna_invalid":
		return &goi18n.Message{ID: "config_idna_invalid", Other: "\"{{.Value}}\" is not a valid internationalised name: {{.Err}}"}
	case "config_in_clear_password":
		return &goi18n.Message{ID: "config_in_clear_password", Other: "the password would cross the network in clear: set starttls = true, use smtps, or set allow_insecure_auth = true (or auth = \"cram-md5\", which never sends the password, if the server offers it)"}
	case "config_in_clear_token":
		return &goi18n.Message{ID: "config_in_clear_token", Other: "the token would cross the network in clear: set starttls = true, use smtps, or set allow_insecure_auth = true"}
	case "config_insecure_password":
		return &goi18n.Message{ID: "config_insecure_password", Other: "is on: the password crosses the network to {{.Host}} in clear, readable by anyone on the path"}
	case "config_insecure_token":
		return &goi18n.Message{ID: "config_insecure_token", Other: "is on: the token crosses the network to {{.Host}} in clear, readable by anyone on the path"}
	case "config_key_allow_insecure_auth_help":
		return &goi18n.Message{ID: "config_key_allow_insecure_auth_help", Other: "send the password over an unencrypted connection to a remote server (not recommended)"}
	case "config_key_allow_insecure_auth_label":
		return &goi18n.Message{ID: "config_key_allow_insecure_auth_label", Other: "Allow password without TLS"}
	case "config_key_auth_help":
		return &goi18n.Message{ID: "config_key_auth_help", Other: "how to log in: none, auto (the best the server offers), plain, login, cram-md5, or xoauth2 or oauthbearer (OAuth 2.0)"}
	case "config_key_auth_label":
		return &goi18n.Message{ID: "config_key_auth_label", Other: "Authentication"}
	case "config_key_helo_name_help":
		return &goi18n.Message{ID: "config_key_helo_name_help", Other: "the name this machine gives in EHLO: a fully qualified name such as app.example.com or an address literal such as [192.0.2.10] (default: the host's full name, else its address)"}
	case "config_key_helo_name_label":
		return &goi18n.Message{ID: "config_key_helo_name_label", Other: "HELO name"}
	case "config_key_host_help":
		return &goi18n.Message{ID: "config_key_host_help", Other: "the mail server's name or IP address, e.g. mail.example.com"}
	case "config_key_host_label":
		return &goi18n.Message{ID: "config_key_host_label", Other: "Server"}
	case "config_key_oauth2_client_id_help":
		return &goi18n.Message{ID: "config_key_oauth2_client_id_help", Other: "the application (client) id of the app registered with the provider"}
	case "config_key_oauth2_client_id_label":
		return &goi18n.Message{ID: "config_key_oauth2_client_id_label", Other: "OAuth client id"}
	case "config_key_oauth2_client_secret_command_help":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_command_help", Other: "a command that prints the client secret, e.g. pass show smtp-oauth"}
	case "config_key_oauth2_client_secret_command_label":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_command_label", Other: "OAuth client secret command"}
	case "config_key_oauth2_client_secret_env_help":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_env_help", Other: "the name of an environment variable that holds the client secret, e.g. SMTP_OAUTH_SECRET"}
	case "config_key_oauth2_client_secret_env_label":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_env_label", Other: "OAuth client secret variable"}
	case "config_key_oauth2_client_secret_help":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_help", Other: "the app's client secret, stored in this file (or use oauth2_client_secret_env or oauth2_client_secret_command)"}
	case "config_key_oauth2_client_secret_label":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_label", Other: "OAuth client secret"}
	case "config_key_oauth2_device_url_help":
		return &goi18n.Message{ID: "config_key_oauth2_device_url_help", Other: "custom, device_code: the device authorization endpoint (https)"}
	case "config_key_oauth2_device_url_label":
		return &goi18n.Message{ID: "config_key_oauth2_device_url_label", Other: "OAuth device URL"}
	case "config_key_oauth2_flow_help":
		return &goi18n.Message{ID: "config_key_oauth2_flow_help", Other: "how the token is obtained: client_credentials (the app itself), device_code (smtpconf login once), refresh_token or service_account (Google)"}
	case "config_key_oauth2_flow_label":
		return &goi18n.Message{ID: "config_key_oauth2_flow_label", Other: "OAuth flow"}
	case "config_key_oauth2_provider_help":
		return &goi18n.Message{ID: "config_key_oauth2_provider_help", Other: "who issues the OAuth 2.0 token: microsoft (Microsoft 365), google (Google Workspace) or custom"}
	case "config_key_oauth2_provider_label":
		return &goi18n.Message{ID: "config_key_oauth2_provider_label", Other: "OAuth provider"}
	case "config_key_oauth2_refresh_token_command_help":
		return &goi18n.Message{ID: "config_key_oauth2_refresh_token_command_help", Other: "refresh_token flow: a command that prints the refresh token"}
	case "config_key_oauth2_refresh_token_command_label":
		return &goi18n.Message{ID: "config_key_oauth2_refresh_token_command_label", Other: "OAuth refresh token command"}
	case "config_key_oauth2_refresh_token_env_help":
		return &goi18n.Message{ID: "config_key_oauth2_refresh_token_env_help", Other: "refresh_token flow: the name of an environment variable that holds the refresh token"}
	case "config_key_oauth2_refresh_token_env_label":
		return &goi18n.Message{ID: "config_key_oauth2_refresh_token_env_label", Other: "OAuth refresh token variable"}
	case "config_key_oauth2_scope_help":
		return &goi18n.Message{ID: "config_key_oauth2_scope_help", Other: "the scopes to ask for, space-separated; empty means the provider's default for sending mail"}
	case "config_key_oauth2_scope_label":
		return &goi18n.Message{ID: "config_key_oauth2_scope_label", Other: "OAuth scope"}
	case "config_key_oauth2_service_account_file_help":
		return &goi18n.Message{ID: "config_key_oauth2_service_account_file_help", Other: "google service_account: the JSON key file; the username is the mailbox it acts as"}
	case "config_key_oauth2_service_account_file_label":
		return &goi18n.Message{ID: "config_key_oauth2_service_account_file_label", Other: "Service account key file"}
	case "config_key_oauth2_tenant_help":
		return &goi18n.Message{ID: "config_key_oauth2_tenant_help", Other: "microsoft: the tenant's name or id, e.g. example.onmicrosoft.com"}
	case "config_key_oauth2_tenant_label":
		return &goi18n.Message{ID: "config_key_oauth2_tenant_label", Other: "OAuth tenant"}
	case "config_key_oauth2_token_url_help":
		return &goi18n.Message{ID: "config_key_oauth2_token_url_help", Other: "custom: the token endpoint (https; http only on this machine); microsoft and google know theirs"}
	case "config_key_oauth2_token_url_label":
		return &goi18n.Message{ID: "config_key_oauth2_token_url_label", Other: "OAuth token URL"}
	case "config_key_password_command_help":
		return &goi18n.Message{ID: "config_key_password_command_help", Other: "a command that prints the password, e.g. pass show smtp"}
	case "config_key_password_command_label":
		return &goi18n.Message{ID: "config_key_password_command_label", Other: "Password command"}
	case "config_key_password_env_help":
		return &goi18n.Message{ID: "config_key_password_env_help", Other: "the name of an environment variable that holds the password, e.g. SMTP_PASSWORD"}
	case "config_key_password_env_label":
		return &goi18n.Message{ID: "config_key_password_env_label", Other: "Password variable"}
	case "config_key_password_help":
		return &goi18n.Message{ID: "config_key_password_help", Other: "the login password, stored in this file (or use password_env or password_command)"}
	case "config_key_password_label":
		return &goi18n.Message{ID: "config_key_password_label", Other: "Password"}
	case "config_key_port_help":
		return &goi18n.Message{ID: "config_key_port_help", Other: "the server's port: 587 for smtp with STARTTLS, 465 for smtps, 25 for server-to-server"}
	case "config_key_port_label":
		return &goi18n.Message{ID: "config_key_port_label", Other: "Port"}
	case "config_key_protocol_help":
		return &goi18n.Message{ID: "config_key_protocol_help", Other: "smtp (ports 25/587, upgraded with STARTTLS) or smtps (TLS from the start, port 465)"}
	case "config_key_protocol_label":
		return &goi18n.Message{ID: "config_key_protocol_label", Other: "Protocol"}
	case "config_key_sender_help":
		return &goi18n.Message{ID: "config_key_sender_help", Other: "the address mail comes from, e.g. noreply@example.com (the name goes in sender_name)"}
	case "config_key_sender_label":
		return &goi18n.Message{ID: "config_key_sender_label", Other: "Sender address"}
	case "config_key_sender_name_help":
		return &goi18n.Message{ID: "config_key_sender_name_help", Other: "the name shown beside the sender address, e.g. Example Platform"}
	case "config_key_sender_name_label":
		return &goi18n.Message{ID: "config_key_sender_name_label", Other: "Sender name"}
	case "config_key_starttls_help":
		return &goi18n.Message{ID: "config_key_starttls_help", Other: "smtp only: refuse to send anything before the connection is encrypted with STARTTLS"}
	case "config_key_starttls_label":
		return &goi18n.Message{ID: "config_key_starttls_label", Other: "Require STARTTLS"}
	case "config_key_test_recipient_help":
		return &goi18n.Message{ID: "config_key_test_recipient_help", Other: "where `smtpconf test` sends its test message, e.g. admin@example.com"}
	case "config_key_test_recipient_label":
		return &goi18n.Message{ID: "config_key_test_recipient_label", Other: "Test recipient"}
	case "config_key_timeout_help":
		return &goi18n.Message{ID: "config_key_timeout_help", Other: "how long each network step may take, e.g. 15s (1s to 5m)"}
	case "config_key_timeout_label":
		return &goi18n.Message{ID: "config_key_timeout_label", Other: "Timeout"}
	case "config_key_tls_ca_file_help":
		return &goi18n.Message{ID: "config_key_tls_ca_file_help", Other: "a PEM file of extra CA certificates to trust, for an internal CA or a self-signed server"}
	case "config_key_tls_ca_file_label":
		return &goi18n.Message{ID: "config_key_tls_ca_file_label", Other: "CA certificate file"}
	case "config_key_tls_skip_verify_help":
		return &goi18n.Message{ID: "config_key_tls_skip_verify_help", Other: "accept any server certificate: only for testing, anyone on the path could read the mail and password"}
	case "config_key_tls_skip_verify_label":
		return &goi18n.Message{ID: "config_key_tls_skip_verify_label", Other: "Skip certificate check"}
	case "config_key_use_default_help":
		return &goi18n.Message{ID: "config_key_use_default_help", Other: "send through the server in [default_server] (the local mail system unless the platform sets one); the other [smtp] settings are then ignored"}
	case "config_key_use_default_label":
		return &goi18n.Message{ID: "config_key_use_default_label", Other: "Use the platform's mail server"}
	case "config_key_username_help":
		return &goi18n.Message{ID: "config_key_username_help", Other: "the login name on the mail server, often the sender address"}
	case "config_key_username_label":
		return &goi18n.Message{ID: "config_key_username_label", Other: "Username"}
	case "config_kind_bool":
		return &goi18n.Message{ID: "config_kind_bool", Other: "true or false"}
	case "config_kind_duration":
		return &goi18n.Message{ID: "config_kind_duration", Other: "a duration in quotes such as \"15s\""}
	case "config_kind_int":
		return &goi18n.Message{ID: "config_kind_int", Other: "an integer"}
	case "config_kind_string":
		return &goi18n.Message{ID: "config_kind_string", Other: "a string in quotes"}
	case "config_load_failed":
		return &goi18n.Message{ID: "config_load_failed", Other: "load {{.Path}}: {{.Err}}"}
	case "config_lock_timeout":
		return &goi18n.Message{ID: "config_lock_timeout", Other: "another program has held the lock on {{.Dir}} for more than {{.Wait}} (an smtpconf saving there, stuck?): try again"}
	case "config_m365_password":
		return &goi18n.Message{ID: "config_m365_password", Other: "is \"{{.Auth}}\": Microsoft 365 turns password logins for SMTP off at the end of December 2026 (MC786329): use auth = \"xoauth2\" with oauth2_provider = \"microsoft\" (README: Microsoft 365 and Google)"}
	case "config_new_file_header":
		return &goi18n.Message{ID: "config_new_file_header", Other: "Outgoing mail settings, written by smtpconf (`smtpconf set --help` explains the keys)."}
	case "config_not_regular":
		return &goi18n.Message{ID: "config_not_regular", Other: "{{.Path}} is {{.What}}, not a regular file"}
	case "config_oauth_client_id_missing":
		return &goi18n.Message{ID: "config_oauth_client_id_missing", Other: "is not set, but oauth2_flow = \"{{.Flow}}\" needs one: set the application (client) id of the app registered with the provider"}
	case "config_oauth_client_secret_blank":
		return &goi18n.Message{ID: "config_oauth_client_secret_blank", Other: "is blank: set the command that prints the client secret, or remove the key"}
	case "config_oauth_client_secret_missing":
		return &goi18n.Message{ID: "config_oauth_client_secret_missing", Other: "is not set, but this flow needs the client secret: set oauth2_client_secret, oauth2_client_secret_env or oauth2_client_secret_command"}
	case "config_oauth_client_secret_twice":
		return &goi18n.Message{ID: "config_oauth_client_secret_twice", Other: "is set as well as {{.First}}: keep only one client secret source"}
	case "config_oauth_custom_sa":
		return &goi18n.Message{ID: "config_oauth_custom_sa", Other: "service_account is Google's domain-wide delegation: with a custom provider use client_credentials, device_code or refresh_token"}
	case "config_oauth_device_only":
		return &goi18n.Message{ID: "config_oauth_device_only", Other: "is used only by oauth2_flow = \"device_code\": remove it"}
	case "config_oauth_device_url_missing":
		return &goi18n.Message{ID: "config_oauth_device_url_missing", Other: "is not set, but oauth2_flow = \"device_code\" with a custom provider needs the device authorization endpoint, e.g. https://auth.example.com/oauth/device_authorization"}
	case "config_oauth_env_invalid":
		return &goi18n.Message{ID: "config_oauth_env_invalid", Other: "\"{{.Value}}\" is not an environment variable name: use letters, digits and _, e.g. SMTP_OAUTH_SECRET"}
	case "config_oauth_flow_missing":
		return &goi18n.Message{ID: "config_oauth_flow_missing", Other: "is not set, but OAuth 2.0 needs to know how the token is obtained: set one of {{.Choices}}"}
	case "config_oauth_google_cc":
		return &goi18n.Message{ID: "config_oauth_google_cc", Other: "google has no client_credentials grant for Gmail: use service_account (Workspace domain-wide delegation) or refresh_token"}
	case "config_oauth_google_device":
		return &goi18n.Message{ID: "config_oauth_google_device", Other: "google does not allow Gmail's scope in its device flow: use service_account (Workspace domain-wide delegation) or refresh_token"}
	case "config_oauth_microsoft_sa":
		return &goi18n.Message{ID: "config_oauth_microsoft_sa", Other: "service_account is Google's domain-wide delegation: with microsoft use client_credentials (an app with Exchange's SMTP.SendAsApp permission) or device_code"}
	case "config_oauth_password_unused":
		return &goi18n.Message{ID: "config_oauth_password_unused", Other: "is not used: auth = \"{{.Auth}}\" logs in with an OAuth 2.0 token, not a password: remove it"}
	case "config_oauth_provider_missing":
		return &goi18n.Message{ID: "config_oauth_provider_missing", Other: "is not set, but OAuth 2.0 needs to know who issues the token: set one of {{.Choices}}"}
	case "config_oauth_refresh_only":
		return &goi18n.Message{ID: "config_oauth_refresh_only", Other: "is used only by oauth2_flow = \"refresh_token\": remove it"}
	case "config_oauth_refresh_token_blank":
		return &goi18n.Message{ID: "config_oauth_refresh_token_blank", Other: "is blank: set the command that prints the refresh token, or remove the key"}
	case "config_oauth_refresh_token_missing":
		return &goi18n.Message{ID: "config_oauth_refresh_token_missing", Other: "is not set, but this flow needs the refresh token: set oauth2_refresh_token_env or oauth2_refresh_token_command"}
	case "config_oauth_refresh_token_twice":
		return &goi18n.Message{ID: "config_oauth_refresh_token_twice", Other: "is set as well as {{.First}}: keep only one refresh token source"}
	case "config_oauth_sa_file_missing":
		return &goi18n.Message{ID: "config_oauth_sa_file_missing", Other: "is not set, but oauth2_flow = \"service_account\" needs the service account's JSON key file"}
	case "config_oauth_sa_only":
		return &goi18n.Message{ID: "config_oauth_sa_only", Other: "is used only by oauth2_flow = \"service_account\": remove it"}
	case "config_oauth_sa_unused":
		return &goi18n.Message{ID: "config_oauth_sa_unused", Other: "is not used by the service_account flow, which takes the client from oauth2_service_account_file: remove it"}
	case "config_oauth_tenant_missing":
		return &goi18n.Message{ID: "config_oauth_tenant_missing", Other: "is not set, but oauth2_provider = \"microsoft\" needs the tenant's name or id, e.g. example.onmicrosoft.com (Entra admin center → Overview → Tenant ID)"}
	case "config_oauth_tenant_only":
		return &goi18n.Message{ID: "config_oauth_tenant_only", Other: "is used only by oauth2_provider = \"microsoft\": remove it"}
	case "config_oauth_token_url_missing":
		return &goi18n.Message{ID: "config_oauth_token_url_missing", Other: "is not set, but oauth2_provider = \"custom\" needs the token endpoint, e.g. https://auth.example.com/oauth/token"}
	case "config_oauth_unused":
		return &goi18n.Message{ID: "config_oauth_unused", Other: "the oauth2_* settings are not used with auth = \"{{.Auth}}\": set auth = \"xoauth2\" (or \"auto\" with oauth2_provider) to log in with OAuth 2.0, or remove them"}
	case "config_oauth_username_missing":
		return &goi18n.Message{ID: "config_oauth_username_missing", Other: "is not set, but auth = \"{{.Auth}}\" needs the mailbox the token is for: set username to the mailbox's address"}
	case "config_outside_smtp":
		return &goi18n.Message{ID: "config_outside_smtp", Other: "is outside [smtp], so smtpconf ignores it: move it under the [smtp] line"}
	case "config_parse_expected":
		return &goi18n.Message{ID: "config_parse_expected", Other: "expected {{.Want}}"}
	case "config_parse_not_table":
		return &goi18n.Message{ID: "config_parse_not_table", Other: "{{.Table}} must be a table: write [{{.Table}}] on a line of its own with its keys below it"}
	case "config_parse_table_twice":
		return &goi18n.Message{ID: "config_parse_table_twice", Other: "[{{.Table}}] appears twice: keep one [{{.Table}}] line and put all its keys below it"}
	case "config_parse_wrong_kind":
		return &goi18n.Message{ID: "config_parse_wrong_kind", Other: "expected {{.Want}}, got {{.Got}}; write it like {{.Example}}"}
	case "config_password_command_blank":
		return &goi18n.Message{ID: "config_password_command_blank", Other: "is blank: set the command that prints the password, or remove the key"}
	case "config_password_env_invalid":
		return &goi18n.Message{ID: "config_password_env_invalid", Other: "\"{{.Value}}\" is not an environment variable name: use letters, digits and _, e.g. SMTP_PASSWORD"}
	case "config_password_missing":
		return &goi18n.Message{ID: "config_password_missing", Other: "is not set, but auth = \"{{.Auth}}\" needs one: set password, password_env or password_command"}
	case "config_password_sources":
		return &goi18n.Message{ID: "config_password_sources", Other: "is set as well as {{.First}}: keep only one password source"}
	case "config_path_default":
		return &goi18n.Message{ID: "config_path_default", Other: "default"}
	case "config_path_env":
		return &goi18n.Message{ID: "config_path_env", Other: "from ${{.Env}}"}
	case "config_path_fallback":
		return &goi18n.Message{ID: "config_path_fallback", Other: "default: you have no file of your own, so the system-wide one"}
	case "config_path_flag":
		return &goi18n.Message{ID: "config_path_flag", Other: "from --config"}
	case "config_port_465_smtp":
		return &goi18n.Message{ID: "config_port_465_smtp", Other: "port 465 expects implicit TLS: use protocol smtps, or port 587 with protocol smtp and starttls = true"}
	case "config_port_plain_smtps":
		return &goi18n.Message{ID: "config_port_plain_smtps", Other: "port {{.Port}} speaks plain SMTP, not TLS from the start: use port 465, or protocol smtp with starttls = true"}
	case "config_port_range":
		return &goi18n.Message{ID: "config_port_range", Other: "{{.Port}} is not a port: it must be between 1 and 65535 (587 for smtp, 465 for smtps)"}
	case "config_problems_many":
		return &goi18n.Message{ID: "config_problems_many", One: "{{.Count}} problem: {{.List}}", Other: "{{.Count}} problems: {{.List}}"}
	case "config_protocol_invalid":
		return &goi18n.Message{ID: "config_protocol_invalid", Other: "\"{{.Value}}\" is not a protocol: use \"smtp\" (ports 25/587, with starttls) or \"smtps\" (TLS from the start, port 465)"}
	case "config_readable_by_group_and_others":
		return &goi18n.Message{ID: "config_readable_by_group_and_others", Other: "its group and all others"}
	case "config_readable_by_others":
		return &goi18n.Message{ID: "config_readable_by_others", Other: "all others, not its group"}
	case "config_readable_client_secret":
		return &goi18n.Message{ID: "config_readable_client_secret", Other: "holds an OAuth client secret and every user of this machine can read it (mode {{.Mode}}: {{.Who}}): run chmod {{.Fix}} {{.Path}}"}
	case "config_readable_password":
		return &goi18n.Message{ID: "config_readable_password", Other: "holds a password and every user of this machine can read it (mode {{.Mode}}: {{.Who}}): run chmod {{.Fix}} {{.Path}}"}
	case "config_reencode_encode":
		return &goi18n.Message{ID: "config_reencode_encode", Other: "encode the settings: {{.Err}}"}
	case "config_reencode_read":
		return &goi18n.Message{ID: "config_reencode_read", Other: "re-read the file's other settings: {{.Err}}"}
	case "config_render_failed":
		return &goi18n.Message{ID: "config_render_failed", Other: "render {{.Path}}: {{.Err}}"}
	case "config_render_not_utf8":
		return &goi18n.Message{ID: "config_render_not_utf8", Other: "{{.Key}} is not valid UTF-8"}
	case "config_sa_not_json":
		return &goi18n.Message{ID: "config_sa_not_json", Other: "{{.Path}} is not JSON: point it at the service account's JSON key file"}
	case "config_sa_not_key":
		return &goi18n.Message{ID: "config_sa_not_key", Other: "{{.Path}} is not a service account key (it needs \"type\": \"service_account\", client_email and private_key): create a JSON key for the service account in the Google Cloud console"}
	case "config_sa_unreadable":
		return &goi18n.Message{ID: "config_sa_unreadable", Other: "cannot be read: {{.Err}}: point it at the JSON key downloaded from the Google Cloud console (IAM → Service accounts → Keys)"}
	case "config_save_changed_on_disk":
		return &goi18n.Message{ID: "config_save_changed_on_disk", Other: "save {{.Path}}: {{.Reason}}; nothing was written: reload it and apply the change again"}
	case "config_save_chmod_temp":
		return &goi18n.Message{ID: "config_save_chmod_temp", Other: "chmod temp file: {{.Err}}"}
	case "config_save_close_temp":
		return &goi18n.Message{ID: "config_save_close_temp", Other: "close temp file: {{.Err}}"}
	case "config_save_create_temp":
		return &goi18n.Message{ID: "config_save_create_temp", Other: "create temp file: {{.Err}}"}
	case "config_save_failed":
		return &goi18n.Message{ID: "config_save_failed", Other: "save {{.Path}}: {{.Err}}"}
	case "config_save_mkdir":
		return &goi18n.Message{ID: "config_save_mkdir", Other: "create directory: {{.Err}}"}
	case "config_save_remove_temp":
		return &goi18n.Message{ID: "config_save_remove_temp", Other: "remove temp file: {{.Err}}"}
	case "config_save_rename":
		return &goi18n.Message{ID: "config_save_rename", Other: "replace the file: {{.Err}}"}
	case "config_save_sync_dir":
		return &goi18n.Message{ID: "config_save_sync_dir", Other: "sync directory {{.Dir}}: {{.Err}}"}
	case "config_save_sync_temp":
		return &goi18n.Message{ID: "config_save_sync_temp", Other: "sync temp file: {{.Err}}"}
	case "config_save_write_temp":
		return &goi18n.Message{ID: "config_save_write_temp", Other: "write temp file: {{.Err}}"}
	case "config_sender_domain":
		return &goi18n.Message{ID: "config_sender_domain", Other: "the sender's domain ({{.SenderDomain}}) is not the login's ({{.LoginDomain}}): many servers let a login send only from its own addresses and refuse this sender; use an address at {{.LoginDomain}} unless the server allows it"}
	case "config_sender_missing":
		return &goi18n.Message{ID: "config_sender_missing", Other: "is not set: set the address mail is sent from, e.g. noreply@example.com"}
	case "config_set_bool":
		return &goi18n.Message{ID: "config_set_bool", Other: "{{.Key}} must be true or false, not \"{{.Value}}\""}
	case "config_set_int":
		return &goi18n.Message{ID: "config_set_int", Other: "{{.Key}} must be a whole number such as 587, not \"{{.Value}}\""}
	case "config_set_port_zero":
		return &goi18n.Message{ID: "config_set_port_zero", Other: "{{.Key}}: 0 is not a port: give 1 to 65535, or unset {{.Given}} for the protocol's default (587 for smtp, 465 for smtps)"}
	case "config_set_timeout_zero":
		return &goi18n.Message{ID: "config_set_timeout_zero", Other: "{{.Key}}: 0 is not a timeout: give 1s to 5m, or unset {{.Given}} for the default ({{.Default}})"}
	case "config_skip_verify":
		return &goi18n.Message{ID: "config_skip_verify", Other: "is on: any certificate is accepted, so anyone on the network path can pose as {{.Host}} and read the mail and password: trust its CA with tls_ca_file instead"}
	case "config_starttls_smtps":
		return &goi18n.Message{ID: "config_starttls_smtps", Other: "has no effect with protocol smtps, which is encrypted from the first byte: set starttls = false"}
	case "config_symlink":
		return &goi18n.Message{ID: "config_symlink", Other: "{{.Path}} is a symlink to {{.Target}}: {{.Reason}}"}
	case "config_symlink_dangling":
		return &goi18n.Message{ID: "config_symlink_dangling", Other: "its target does not exist, and smtpconf does not create a file where a symlink points: create the file, or give --config the real path"}
	case "config_symlink_follow":
		return &goi18n.Message{ID: "config_symlink_follow", Other: "follow the symlink: {{.Err}}"}
	case "config_symlink_owner":
		return &goi18n.Message{ID: "config_symlink_owner", Other: "the target belongs to another user (uid {{.TargetUID}}) than the link (uid {{.LinkUID}}), so smtpconf does not write through it: give --config the target's path if you mean to change that file"}
	case "config_syntax_backslash":
		return &goi18n.Message{ID: "config_syntax_backslash", Other: "a backslash inside \"double quotes\" starts an escape: write \\\\ for each backslash, or use 'single quotes', which take text as it is"}
	case "config_syntax_expected_equals":
		return &goi18n.Message{ID: "config_syntax_expected_equals", Other: "expected \"=\" after {{.Name}}: write {{.Name}} = value"}
	case "config_syntax_expected_line":
		return &goi18n.Message{ID: "config_syntax_expected_line", Other: "expected key = value (a setting), [table] or a # comment on this line"}
	case "config_syntax_trailing":
		return &goi18n.Message{ID: "config_syntax_trailing", Other: "there is more after the value: one key = value per line; a comment starts with #"}
	case "config_syntax_twice":
		return &goi18n.Message{ID: "config_syntax_twice", Other: "is set twice in the same table: keep one of the two lines"}
	case "config_syntax_unclosed":
		return &goi18n.Message{ID: "config_syntax_unclosed", Other: "the quoted value is not closed: end it with the same quote it starts with, on the same line"}
	case "config_text_control":
		return &goi18n.Message{ID: "config_text_control", Other: "contains a control character ({{.Chars}}): remove it; only tab is allowed"}
	case "config_text_line_break":
		return &goi18n.Message{ID: "config_text_line_break", Other: "contains a line break or NUL character, which could inject mail headers or SMTP commands: remove it"}
	case "config_text_not_utf8":
		return &goi18n.Message{ID: "config_text_not_utf8", Other: "is not valid UTF-8: retype it"}
	case "config_timeout_range":
		return &goi18n.Message{ID: "config_timeout_range", Other: "is {{.Timeout}}: it must be between {{.Min}} and {{.Max}}, e.g. \"15s\""}
	case "config_toml_said":
		return &goi18n.Message{ID: "config_toml_said", Other: "{{.Detail}}"}
	case "config_type_block_device":
		return &goi18n.Message{ID: "config_type_block_device", Other: "a block device"}
	case "config_type_char_device":
		return &goi18n.Message{ID: "config_type_char_device", Other: "a character device"}
	case "config_type_fifo":
		return &goi18n.Message{ID: "config_type_fifo", Other: "a named pipe (FIFO)"}
	case "config_type_other":
		return &goi18n.Message{ID: "config_type_other", Other: "not a file"}
	case "config_type_socket":
		return &goi18n.Message{ID: "config_type_socket", Other: "a socket"}
	case "config_unfaithful_foreign":
		return &goi18n.Message{ID: "config_unfaithful_foreign", Other: "the new file would not read back as written: content smtpconf does not own would change"}
	case "config_unfaithful_parse":
		return &goi18n.Message{ID: "config_unfaithful_parse", Other: "the new file would not read back as written: {{.Err}}"}
	case "config_unfaithful_settings":
		return &goi18n.Message{ID: "config_unfaithful_settings", Other: "the new file would not read back as written: the settings differ"}
	case "config_unknown_key_help":
		return &goi18n.Message{ID: "config_unknown_key_help", Other: "unknown key \"{{.Key}}\": `smtpconf set --help` lists the keys"}
	case "config_unknown_key_ignored":
		return &goi18n.Message{ID: "config_unknown_key_ignored", Other: "unknown key \"{{.Key}}\": smtpconf ignores it; check the spelling or remove it"}
	case "config_unknown_key_suggest":
		return &goi18n.Message{ID: "config_unknown_key_suggest", Other: "unknown key \"{{.Key}}\" — did you mean \"{{.Suggestion}}\"?"}
	case "config_unknown_key_table":
		return &goi18n.Message{ID: "config_unknown_key_table", Other: "unknown key \"{{.Key}}\": keys are in [smtp] or [default_server]"}
	case "config_unset_not_in_file":
		return &goi18n.Message{ID: "config_unset_not_in_file", Other: "\"{{.Key}}\" is neither a setting nor in [{{.Table}}] of the file"}
	case "config_unset_not_key":
		return &goi18n.Message{ID: "config_unset_not_key", Other: "\"{{.Key}}\" is not a key of [smtp] or [default_server]: give KEY for [smtp], default_server.KEY for [default_server]"}
	case "config_unset_suggest":
		return &goi18n.Message{ID: "config_unset_suggest", Other: "\"{{.Key}}\" is neither a setting nor in [{{.Table}}] — did you mean \"{{.Suggestion}}\"?"}
	case "config_username_missing":
		return &goi18n.Message{ID: "config_username_missing", Other: "is not set, but auth = \"{{.Auth}}\" needs one: set username, or auth = \"none\" if the server takes mail without login"}
	case "config_zero_port":
		return &goi18n.Message{ID: "config_zero_port", Other: "is 0, which means the default: remove the line, or give a value (a port from 1 to 65535)"}
	case "config_zero_timeout":
		return &goi18n.Message{ID: "config_zero_timeout", Other: "is 0, which means the default: remove the line, or give a value (a timeout from 1s to 5m)"}
	case "discover_detail_mx_unknown":
		return &goi18n.Message{ID: "discover_detail_mx_unknown", Other: "{{.Hosts}}: no known provider"}
	case "discover_detail_no_file":
		return &goi18n.Message{ID: "discover_detail_no_file", Other: "no file (404)"}
	case "discover_detail_no_mx":
		return &goi18n.Message{ID: "discover_detail_no_mx", Other: "no MX records"}
	case "discover_detail_no_outgoing":
		return &goi18n.Message{ID: "discover_detail_no_outgoing", Other: "the file names no SMTP outgoingServer"}
	case "discover_detail_no_record":
		return &goi18n.Message{ID: "discover_detail_no_record", Other: "no record"}
	case "discover_detail_null_mx":
		return &goi18n.Message{ID: "discover_detail_null_mx", Other: "null MX (RFC 7505): {{.Domain}} says it takes no mail, so its MX names no server to send through"}
	case "discover_detail_probe_found":
		return &goi18n.Message{ID: "discover_detail_probe_found", Other: "port {{.Port}} {{.Security}}: {{.Reason}}"}
	case "discover_detail_srv_ignored":
		return &goi18n.Message{ID: "discover_detail_srv_ignored", Other: "ignored (no host or port): {{.Records}}"}
	case "discover_detail_srv_none":
		return &goi18n.Message{ID: "discover_detail_srv_none", Other: "target \".\" : the domain says it offers no such service"}
	case "discover_err_address":
		return &goi18n.Message{ID: "discover_err_address", Other: "{{.Err}}"}
	case "discover_err_autoconfig_url":
		return &goi18n.Message{ID: "discover_err_autoconfig_url", Other: "autoconfig URL: {{.Err}}"}
	case "discover_err_bad_host":
		return &goi18n.Message{ID: "discover_err_bad_host", Other: "\"{{.Name}}\" is not a valid host name: {{.Err}}"}
	case "discover_err_bad_xml":
		return &goi18n.Message{ID: "discover_err_bad_xml", Other: "not a valid config-v1.1.xml: {{.Err}}"}
	case "discover_err_domain":
		return &goi18n.Message{ID: "discover_err_domain", Other: "the domain of \"{{.Address}}\": {{.Err}}"}
	case "discover_err_ip_domain":
		return &goi18n.Message{ID: "discover_err_ip_domain", Other: "\"{{.Address}}\" ends in an IP address, which has no DNS records to discover the server from"}
	case "discover_err_no_domain":
		return &goi18n.Message{ID: "discover_err_no_domain", Other: "\"{{.Address}}\" has no @domain: give the address mail will come from (noreply@example.com)"}
	case "discover_err_no_host":
		return &goi18n.Message{ID: "discover_err_no_host", Other: "no host name given"}
	case "discover_err_reading":
		return &goi18n.Message{ID: "discover_err_reading", Other: "reading {{.URL}}: {{.Err}}"}
	case "discover_err_resolver":
		return &goi18n.Message{ID: "discover_err_resolver", Other: "{{.Setting}} is not an IP address or IP:port (such as 127.0.0.1:5353 or [::1]:53)"}
	case "discover_err_resolver_port":
		return &goi18n.Message{ID: "discover_err_resolver_port", Other: "{{.Setting}}: port 0 is no DNS port"}
	case "discover_err_short_domain":
		return &goi18n.Message{ID: "discover_err_short_domain", Other: "the domain of \"{{.Address}}\" is not a full host name: give an address at a public domain (noreply@example.com)"}
	case "discover_err_short_host":
		return &goi18n.Message{ID: "discover_err_short_host", Other: "\"{{.Name}}\" is not a full host name: give the name with its domain (smtp.example.com)"}
	case "discover_from_autoconfig":
		return &goi18n.Message{ID: "discover_from_autoconfig", Other: "the autoconfig file {{.URL}}"}
	case "discover_from_guess":
		return &goi18n.Message{ID: "discover_from_guess", Other: "a guess from the domain {{.Domain}}"}
	case "discover_from_guess_mx":
		return &goi18n.Message{ID: "discover_from_guess_mx", Other: "a guess: the MX host of {{.Domain}}"}
	case "discover_from_mx":
		return &goi18n.Message{ID: "discover_from_mx", Other: "the MX records of {{.Domain}}: {{.Provider}}"}
	case "discover_from_srv":
		return &goi18n.Message{ID: "discover_from_srv", Other: "the SRV record {{.Name}}"}
	case "discover_note_allinkl":
		return &goi18n.Message{ID: "discover_note_allinkl", Other: "the login is the mailbox name from the KAS (such as m0123456), not necessarily the address"}
	case "discover_note_brevo":
		return &goi18n.Message{ID: "discover_note_brevo", Other: "the login is the SMTP login and key from the Brevo account's SMTP & API page"}
	case "discover_note_fastmail":
		return &goi18n.Message{ID: "discover_note_fastmail", Other: "Fastmail wants an app password for SMTP, made under Settings → Privacy & Security"}
	case "discover_note_gmx":
		return &goi18n.Message{ID: "discover_note_gmx", Other: "POP3/IMAP and SMTP access must be switched on in the GMX settings first"}
	case "discover_note_google":
		return &goi18n.Message{ID: "discover_note_google", Other: "Google takes an app password (the account needs 2-step verification) or OAuth, not the account's own password"}
	case "discover_note_m365_oauth":
		return &goi18n.Message{ID: "discover_note_m365_oauth", Other: "Microsoft 365 needs OAuth 2.0 (auth = xoauth2 with an app registration; see the README's Microsoft 365 section): Exchange Online ends password (basic) authentication for SMTP AUTH at the end of 2026"}
	case "discover_note_m365_smtp_auth":
		return &goi18n.Message{ID: "discover_note_m365_smtp_auth", Other: "SMTP AUTH must be enabled for the mailbox in the Microsoft 365 admin center"}
	case "discover_note_mailgun":
		return &goi18n.Message{ID: "discover_note_mailgun", Other: "the login is an SMTP credential of the domain, made in the Mailgun control panel"}
	case "discover_note_oauth_only":
		return &goi18n.Message{ID: "discover_note_oauth_only", Other: "the provider names only OAuth2 for logging in: set auth = xoauth2 (see the README's Microsoft 365 and Google section)"}
	case "discover_note_postmark":
		return &goi18n.Message{ID: "discover_note_postmark", Other: "username and password are both the server API token"}
	case "discover_note_sendgrid":
		return &goi18n.Message{ID: "discover_note_sendgrid", Other: "the username is the word apikey, the password an API key with Mail Send permission"}
	case "discover_note_ses":
		return &goi18n.Message{ID: "discover_note_ses", Other: "SES wants SMTP credentials made in the SES console (not the IAM access key itself), and a verified sender identity"}
	case "discover_note_tonline":
		return &goi18n.Message{ID: "discover_note_tonline", Other: "T-Online wants the separate e-mail password set in the customer centre, not the login password"}
	case "discover_note_webde":
		return &goi18n.Message{ID: "discover_note_webde", Other: "POP3/IMAP and SMTP access must be switched on in the WEB.DE settings first"}
	case "discover_plain_text":
		return &goi18n.Message{ID: "discover_plain_text", Other: "plain text"}
	case "discover_refused_address":
		return &goi18n.Message{ID: "discover_refused_address", Other: "{{.Host}} resolves to {{.Addr}}, {{.Why}}: not contacted"}
	case "discover_refused_not_https":
		return &goi18n.Message{ID: "discover_refused_not_https", Other: "redirect to {{.URL}}: only HTTPS is followed"}
	case "discover_refused_other_domain":
		return &goi18n.Message{ID: "discover_refused_other_domain", Other: "redirect to {{.URL}}: another domain than {{.Domain}} is not followed"}
	case "discover_refused_rebinding":
		return &goi18n.Message{ID: "discover_refused_rebinding", Other: "{{.Addr}} is {{.Why}}: not contacted (the name resolved to another address a moment before)"}
	case "discover_refused_redirects":
		return &goi18n.Message{ID: "discover_refused_redirects", Other: "more than {{.Max}} redirects: not followed"}
	case "discover_refused_too_large":
		return &goi18n.Message{ID: "discover_refused_too_large", Other: "the file is larger than {{.KiB}} KiB: not read"}
	case "discover_summary":
		return &goi18n.Message{ID: "discover_summary", Other: "{{.Host}}, port {{.Port}}, {{.Security}} (from {{.From}})"}
	case "discover_title_guesses":
		return &goi18n.Message{ID: "discover_title_guesses", Other: "Guesses"}
	case "discover_title_probe":
		return &goi18n.Message{ID: "discover_title_probe", Other: "Probe {{.Host}} ({{.From}})"}
	case "discover_why_broadcast":
		return &goi18n.Message{ID: "discover_why_broadcast", Other: "the broadcast address"}
	case "discover_why_link_local":
		return &goi18n.Message{ID: "discover_why_link_local", Other: "a link-local address (only valid on one network segment)"}
	case "discover_why_loopback":
		return &goi18n.Message{ID: "discover_why_loopback", Other: "this machine's loopback address (a record must not point the probe at local services)"}
	case "discover_why_multicast":
		return &goi18n.Message{ID: "discover_why_multicast", Other: "a multicast address"}
	case "discover_why_unspecified":
		return &goi18n.Message{ID: "discover_why_unspecified", Other: "the unspecified address (no host has it)"}
	case "help_check_long":
		return &goi18n.Message{ID: "help_check_long", Other: "Connect to the server mail would really go through, secure the connection, log in and try MAIL FROM and RCPT TO (--to, else test_recipient, if any), then RSET and QUIT: nothing is delivered.\n\nEach step is printed as it ends; a failure ends with the error and a hint that names the fix.\n\n--transcript then adds the SMTP dialogue on stderr, with passwords and AUTH payloads redacted.\n\nThe file is validated first, without touching the network.\n\nExit status 0 when the server accepts the settings, 1 when a step fails or on Ctrl+C, 2 when --to is not a bare address, 3 when the file is invalid."}
	case "help_check_short":
		return &goi18n.Message{ID: "help_check_short", Other: "Check settings with the server; sends nothing"}
	case "help_completion_bash_long":
		return &goi18n.Message{ID: "help_completion_bash_long", Other: "Generate the autocompletion script for the bash shell.\n\nThis script depends on the 'bash-completion' package. If it is not installed already, you can install it via your OS's package manager.\n\nTo load completions in your current shell session:\n\n  source <(smtpconf completion bash)\n\nTo load completions for every new session, execute once:\n\n#### Linux:\n\n  smtpconf completion bash > /etc/bash_completion.d/smtpconf\n\n#### macOS:\n\n  smtpconf completion bash > $(brew --prefix)/etc/bash_completion.d/smtpconf\n\nYou will need to start a new shell for this setup to take effect."}
	case "help_completion_fish_long":
		return &goi18n.Message{ID: "help_completion_fish_long", Other: "Generate the autocompletion script for the fish shell.\n\nTo load completions in your current shell session:\n\n  smtpconf completion fish | source\n\nTo load completions for every new session, execute once:\n\n  smtpconf completion fish > ~/.config/fish/completions/smtpconf.fish\n\nYou will need to start a new shell for this setup to take effect."}
	case "help_completion_long":
		return &goi18n.Message{ID: "help_completion_long", Other: "Generate the autocompletion script for smtpconf for the specified shell. See each sub-command's help for details on how to use the generated script."}
	case "help_completion_powershell_long":
		return &goi18n.Message{ID: "help_completion_powershell_long", Other: "Generate the autocompletion script for powershell.\n\nTo load completions in your current shell session:\n\n  smtpconf completion powershell | Out-String | Invoke-Expression\n\nTo load completions for every new session, add the output of the above command to your powershell profile."}
	case "help_completion_shell_short":
		return &goi18n.Message{ID: "help_completion_shell_short", Other: "Generate the autocompletion script for {{.Shell}}"}
	case "help_completion_short":
		return &goi18n.Message{ID: "help_completion_short", Other: "Shell completion scripts (bash, zsh, fish, pwsh)"}
	case "help_completion_zsh_long":
		return &goi18n.Message{ID: "help_completion_zsh_long", Other: "Generate the autocompletion script for the zsh shell.\n\nIf shell completion is not already enabled in your environment you will need to enable it.  You can execute the following once:\n\n  echo \"autoload -U compinit; compinit\" >> ~/.zshrc\n\nTo load completions in your current shell session:\n\n  source <(smtpconf completion zsh)\n\nTo load completions for every new session, execute once:\n\n#### Linux:\n\n  smtpconf completion zsh > \"${fpath[1]}/_smtpconf\"\n\n#### macOS:\n\n  smtpconf completion zsh > $(brew --prefix)/share/zsh/site-functions/_smtpconf\n\nYou will need to start a new shell for this setup to take effect."}
	case "help_config_file":
		return &goi18n.Message{ID: "help_config_file", Other: "config file: {{.Path}} ({{.Source}})"}
	case "help_configure_long":
		return &goi18n.Message{ID: "help_configure_long", Other: "Edit the outgoing-mail settings in an interactive form, test them and save them. Without a config file, a short guided setup comes first: it starts from the sender address and offers the servers it finds for it (SMTPCONF_RESOLVER names the DNS server to ask).\n\nKeys: tab/↓ next field, ctrl+s save, ctrl+t test, ctrl+d detect the server's settings, ? all keys.\n\nNeeds a terminal; scripts use `smtpconf set`, `smtpconf check` and `smtpconf test`."}
	case "help_configure_short":
		return &goi18n.Message{ID: "help_configure_short", Other: "Edit the settings in an interactive form"}
	case "help_demo_long":
		return &goi18n.Message{ID: "help_demo_long", Other: "Open the form on a temporary config whose platform default is a mail server running inside this process on 127.0.0.1 (STARTTLS with a certificate made for this run, login demo/demo-password), its CA in demo-ca.pem in the temporary directory, as the banner says (tls_ca_file for a custom server), so every screen, Detect and a successful test e-mail can be tried with nothing installed. Nothing is written outside a temporary directory, which is removed at exit; nothing leaves this machine. On exit, prints what the demo server received."}
	case "help_demo_short":
		return &goi18n.Message{ID: "help_demo_short", Other: "The form with a built-in loopback demo server"}
	case "help_did_you_mean":
		return &goi18n.Message{ID: "help_did_you_mean", Other: "did you mean \"{{.Name}}\"?"}
	case "help_export_long":
		return &goi18n.Message{ID: "help_export_long", Other: "Write the settings mail really goes through (the effective server) in another program's terms, so that tools other than smtpconf send the same way.\n\nmsmtprc: an msmtp account (host, port, tls, tls_starttls, tls_trust_file, auth, user; passwordeval for password_env and password_command).\n\npostfix: main.cf lines (relayhost, smtp_sasl_*, smtp_tls_*) for a null client relaying through the server; --sasl-passwd FILE also writes the password map (it needs --include-secrets).\n\njson: the effective settings with \"schema\": 1, the password given as its source.\n\nA password stored in the file is never written unless --include-secrets is given; a file written with --output is then mode 0600, and a terminal gets a warning."}
	case "help_export_short":
		return &goi18n.Message{ID: "help_export_short", Other: "The settings for msmtp, Postfix or a script"}
	case "help_flag_accessible":
		return &goi18n.Message{ID: "help_flag_accessible", Other: "plain prompts, not the form (also ACCESSIBLE=1)"}
	case "help_flag_change_json":
		return &goi18n.Message{ID: "help_flag_change_json", Other: "print one JSON object: {\"changed\": [KEY...], \"saved\", ...}"}
	case "help_flag_check_to":
		return &goi18n.Message{ID: "help_flag_check_to", Other: "also try RCPT TO this address (default: test_recipient)"}
	case "help_flag_config":
		return &goi18n.Message{ID: "help_flag_config", Other: "the config file (default: named above)"}
	case "help_flag_demo_accessible":
		return &goi18n.Message{ID: "help_flag_demo_accessible", Other: "plain prompts instead of the form"}
	case "help_flag_demo_config":
		return &goi18n.Message{ID: "help_flag_demo_config", Other: "not used by demo"}
	case "help_flag_diff":
		return &goi18n.Message{ID: "help_flag_diff", Other: "print the change as a unified diff, passwords as ********"}
	case "help_flag_dry_run":
		return &goi18n.Message{ID: "help_flag_dry_run", Other: "check and report what would change, and write nothing"}
	case "help_flag_export_format":
		return &goi18n.Message{ID: "help_flag_export_format", Other: "format: msmtprc, postfix or json (required)"}
	case "help_flag_export_include_secrets":
		return &goi18n.Message{ID: "help_flag_export_include_secrets", Other: "write the password itself where the format needs it"}
	case "help_flag_export_output":
		return &goi18n.Message{ID: "help_flag_export_output", Other: "write to this file (mode 0600) instead of standard output"}
	case "help_flag_export_sasl_passwd":
		return &goi18n.Message{ID: "help_flag_export_sasl_passwd", Other: "postfix: write the password map here (mode 0600)"}
	case "help_flag_help":
		return &goi18n.Message{ID: "help_flag_help", Other: "help for {{.Command}}"}
	case "help_flag_import_account":
		return &goi18n.Message{ID: "help_flag_import_account", Other: "the msmtp account to read (default: msmtp's default account)"}
	case "help_flag_lang":
		return &goi18n.Message{ID: "help_flag_lang", Other: "language: de or en (default: from the locale)"}
	case "help_flag_login_timeout":
		return &goi18n.Message{ID: "help_flag_login_timeout", Other: "limit for each request to the provider (1s to 5m)"}
	case "help_flag_no_descriptions":
		return &goi18n.Message{ID: "help_flag_no_descriptions", Other: "disable completion descriptions"}
	case "help_flag_probe_allow_loopback":
		return &goi18n.Message{ID: "help_flag_probe_allow_loopback", Other: "with --from: also probe this machine (a local relay)"}
	case "help_flag_probe_from":
		return &goi18n.Message{ID: "help_flag_probe_from", Other: "find the server for this sender address, then probe it"}
	case "help_flag_probe_json":
		return &goi18n.Message{ID: "help_flag_probe_json", Other: "print one JSON object instead of the report"}
	case "help_flag_probe_port":
		return &goi18n.Message{ID: "help_flag_probe_port", Other: "probe this port too, plain and TLS (e.g. 2525)"}
	case "help_flag_probe_timeout":
		return &goi18n.Message{ID: "help_flag_probe_timeout", Other: "limit for the whole probe or discovery, 1s to 5m"}
	case "help_flag_serve_authorized_keys":
		return &goi18n.Message{ID: "help_flag_serve_authorized_keys", Other: "the admins' keys, as OpenSSH's authorized_keys (required)"}
	case "help_flag_serve_grace":
		return &goi18n.Message{ID: "help_flag_serve_grace", Other: "on SIGINT/SIGTERM, time for sessions to finish"}
	case "help_flag_serve_host_key":
		return &goi18n.Message{ID: "help_flag_serve_host_key", Other: "the host key; made (ed25519, 0600) if missing (required)"}
	case "help_flag_serve_idle_timeout":
		return &goi18n.Message{ID: "help_flag_serve_idle_timeout", Other: "close a session idle this long; 0: never"}
	case "help_flag_serve_listen":
		return &goi18n.Message{ID: "help_flag_serve_listen", Other: "where to listen, best on loopback"}
	case "help_flag_show_json":
		return &goi18n.Message{ID: "help_flag_show_json", Other: "print one JSON object (see docs/cli.md)"}
	case "help_flag_step_timeout":
		return &goi18n.Message{ID: "help_flag_step_timeout", Other: "limit for each network step instead of the file's (1s to 5m)"}
	case "help_flag_steps_json":
		return &goi18n.Message{ID: "help_flag_steps_json", Other: "print one JSON object instead of the steps (also on errors)"}
	case "help_flag_test_to":
		return &goi18n.Message{ID: "help_flag_test_to", Other: "the recipient (default: the file's test_recipient)"}
	case "help_flag_transcript":
		return &goi18n.Message{ID: "help_flag_transcript", Other: "then the SMTP dialogue on stderr, passwords redacted"}
	case "help_flag_validate_json":
		return &goi18n.Message{ID: "help_flag_validate_json", Other: "print one JSON object: {\"ok\", \"file\", \"problems\", ...}"}
	case "help_flag_version":
		return &goi18n.Message{ID: "help_flag_version", Other: "version for smtpconf"}
	case "help_heading_commands":
		return &goi18n.Message{ID: "help_heading_commands", Other: "commands"}
	case "help_heading_examples":
		return &goi18n.Message{ID: "help_heading_examples", Other: "examples"}
	case "help_heading_flags":
		return &goi18n.Message{ID: "help_heading_flags", Other: "flags"}
	case "help_heading_usage":
		return &goi18n.Message{ID: "help_heading_usage", Other: "usage"}
	case "help_help_long":
		return &goi18n.Message{ID: "help_help_long", Other: "Show a command's help, as `smtpconf COMMAND --help` does. A command that does not exist is a usage error (exit 2)."}
	case "help_help_short":
		return &goi18n.Message{ID: "help_help_short", Other: "Help about any command"}
	case "help_import_msmtprc_long":
		return &goi18n.Message{ID: "help_import_msmtprc_long", Other: "Read one account of an msmtp configuration file (~/.msmtprc, /etc/msmtprc) into the [smtp] table and send through it (use_default = false). The account is --account, else msmtp's default account, else the file's only one; defaults and inherited accounts are applied as msmtp applies them.\n\nThe server settings the account leaves out are emptied, so nothing of an older server remains. The result is validated and saved only when valid, atomically; msmtp options smtpconf has no use for are named in a warning. A passwordeval becomes password_command (through sh -c when it needs a shell)."}
	case "help_import_msmtprc_short":
		return &goi18n.Message{ID: "help_import_msmtprc_short", Other: "Read an msmtp account into the settings"}
	case "help_import_msmtprc_use":
		return &goi18n.Message{ID: "help_import_msmtprc_use", Other: "msmtprc FILE"}
	case "help_import_short":
		return &goi18n.Message{ID: "help_import_short", Other: "Read the settings from msmtp's configuration"}
	case "help_login_long":
		return &goi18n.Message{ID: "help_login_long", Other: "Sign in to the mail provider for settings with oauth2_flow = \"device_code\": smtpconf shows a web address and a code (and a QR code of the address when the terminal is large enough); open it on any device, enter the code and sign in as the mailbox (username). smtpconf waits at the provider's interval, counting down until the code expires; Ctrl+C cancels. The refresh token is kept in a token file beside the config (mode 0600, never printed), and check, test and the application's mailer use it from then on.\n\nExit status 0 when signed in, 1 when the sign-in failed or expired, 3 when the file is invalid or does not use device_code, 130 on Ctrl+C."}
	case "help_login_short":
		return &goi18n.Message{ID: "help_login_short", Other: "Sign in once for OAuth 2.0 (device code flow)"}
	case "help_man_arg_address":
		return &goi18n.Message{ID: "help_man_arg_address", Other: "ADDRESS"}
	case "help_man_arg_duration":
		return &goi18n.Message{ID: "help_man_arg_duration", Other: "DURATION"}
	case "help_man_arg_file":
		return &goi18n.Message{ID: "help_man_arg_file", Other: "FILE"}
	case "help_man_arg_format":
		return &goi18n.Message{ID: "help_man_arg_format", Other: "FORMAT"}
	case "help_man_arg_listen":
		return &goi18n.Message{ID: "help_man_arg_listen", Other: "ADDRESS:PORT"}
	case "help_man_arg_path":
		return &goi18n.Message{ID: "help_man_arg_path", Other: "PATH"}
	case "help_man_description":
		return &goi18n.Message{ID: "help_man_description", Other: "DESCRIPTION"}
	case "help_man_env_accessible":
		return &goi18n.Message{ID: "help_man_env_accessible", Other: "set to 1 for the form's plain prompts (screen readers, dumb terminals)"}
	case "help_man_env_config":
		return &goi18n.Message{ID: "help_man_env_config", Other: "the config file, when --config is not given; without either, the first of the FILES below that applies"}
	case "help_man_env_lang":
		return &goi18n.Message{ID: "help_man_env_lang", Other: "the language, when --lang is not given: the first one set decides; de_DE.UTF-8 (any de locale) is German, anything else English"}
	case "help_man_env_no_color":
		return &goi18n.Message{ID: "help_man_env_no_color", Other: "turns colours off (no-color.org)"}
	case "help_man_env_resolver":
		return &goi18n.Message{ID: "help_man_env_resolver", Other: "IP[:PORT] of the DNS server for the lookups of probe, check and test, instead of /etc/resolv.conf"}
	case "help_man_env_source_date":
		return &goi18n.Message{ID: "help_man_env_source_date", Other: "the date of these pages, when they are built"}
	case "help_man_environment":
		return &goi18n.Message{ID: "help_man_environment", Other: "ENVIRONMENT"}
	case "help_man_examples":
		return &goi18n.Message{ID: "help_man_examples", Other: "EXAMPLES"}
	case "help_man_exit_0":
		return &goi18n.Message{ID: "help_man_exit_0", Other: "success (for validate: no errors; warnings allowed)"}
	case "help_man_exit_1":
		return &goi18n.Message{ID: "help_man_exit_1", Other: "the server check or test failed"}
	case "help_man_exit_130":
		return &goi18n.Message{ID: "help_man_exit_130", Other: "interrupted by SIGINT (Ctrl+C)"}
	case "help_man_exit_143":
		return &goi18n.Message{ID: "help_man_exit_143", Other: "stopped by SIGTERM (serve exits 0 after its graceful stop)"}
	case "help_man_exit_2":
		return &goi18n.Message{ID: "help_man_exit_2", Other: "usage error: unknown command or flag, bad arguments"}
	case "help_man_exit_3":
		return &goi18n.Message{ID: "help_man_exit_3", Other: "the configuration file is missing, unreadable, does not parse or is invalid; set or unset refused to save"}
	case "help_man_exit_status":
		return &goi18n.Message{ID: "help_man_exit_status", Other: "EXIT STATUS"}
	case "help_man_file_system":
		return &goi18n.Message{ID: "help_man_file_system", Other: "the config file for root, and for users who have none of their own"}
	case "help_man_file_unit":
		return &goi18n.Message{ID: "help_man_file_unit", Other: "the unit that runs smtpconf serve"}
	case "help_man_file_user":
		return &goi18n.Message{ID: "help_man_file_user", Other: "a user's own config file ($XDG_CONFIG_HOME/smtpconf/config.toml)"}
	case "help_man_files":
		return &goi18n.Message{ID: "help_man_files", Other: "FILES"}
	case "help_man_flag_config":
		return &goi18n.Message{ID: "help_man_flag_config", Other: "the config file (default: see FILES)"}
	case "help_man_manual":
		return &goi18n.Message{ID: "help_man_manual", Other: "smtpconf manual"}
	case "help_man_name":
		return &goi18n.Message{ID: "help_man_name", Other: "NAME"}
	case "help_man_options":
		return &goi18n.Message{ID: "help_man_options", Other: "OPTIONS"}
	case "help_man_options_word":
		return &goi18n.Message{ID: "help_man_options_word", Other: "OPTIONS"}
	case "help_man_pages_long":
		return &goi18n.Message{ID: "help_man_pages_long", Other: "Write smtpconf.1 and smtpconf-COMMAND.1 into DIR, in the language of --lang (else the locale's): packagers write English into man1/ and German into de/man1/. Their date is $SOURCE_DATE_EPOCH, so that a rebuild gives the same bytes."}
	case "help_man_pages_short":
		return &goi18n.Message{ID: "help_man_pages_short", Other: "Write the man pages into DIR (for packaging)"}
	case "help_man_pages_use":
		return &goi18n.Message{ID: "help_man_pages_use", Other: "man-pages DIR"}
	case "help_man_see_also":
		return &goi18n.Message{ID: "help_man_see_also", Other: "SEE ALSO"}
	case "help_man_source_date_bad":
		return &goi18n.Message{ID: "help_man_source_date_bad", Other: "SOURCE_DATE_EPOCH \"{{.Value}}\" is not a number of seconds"}
	case "help_man_source_date_unset":
		return &goi18n.Message{ID: "help_man_source_date_unset", Other: "SOURCE_DATE_EPOCH is not set: set it to the last commit's time: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), as make does"}
	case "help_man_synopsis":
		return &goi18n.Message{ID: "help_man_synopsis", Other: "SYNOPSIS"}
	case "help_probe_long":
		return &goi18n.Message{ID: "help_probe_long", Other: "Ask HOST, on ports 465, 587 and 25 at once (and --port), what it offers: the greeting, the EHLO extensions, STARTTLS or TLS from the first byte, the TLS version and certificate (and whether it is trusted here), the AUTH mechanisms before and after TLS and SIZE; then propose settings as `smtpconf set` arguments. Nothing is logged in to and no config file is needed.\n\n--from ADDRESS finds the server first, from the address's domain: SRV records, Mozilla autoconfig, the MX records' provider, then smtp., mail. and the MX host; every candidate is probed and only what answers is proposed, best first.\n\nLookups use {{.Resolver}}=IP[:PORT] when set (a split-horizon DNS server), else the system's.\n\nExit status 0 when something usable answers, 1 when nothing does or on Ctrl+C, 2 on bad arguments."}
	case "help_probe_short":
		return &goi18n.Message{ID: "help_probe_short", Other: "What a server offers, or find it from an address"}
	case "help_root_long":
		return &goi18n.Message{ID: "help_root_long", Other: "Set up, check and store the outgoing-mail (SMTP) settings of this server's application. Without a command, opens the interactive form (as `configure`).\n\nExit codes: 0 ok, 1 the server check or test failed, 2 usage error, 3 configuration invalid or unreadable, 130 Ctrl+C (SIGINT), 143 SIGTERM."}
	case "help_root_short":
		return &goi18n.Message{ID: "help_root_short", Other: "Set up, check and store the outgoing-mail (SMTP) settings"}
	case "help_sendmail_long":
		return &goi18n.Message{ID: "help_sendmail_long", Other: "Read an RFC 5322 message on standard input and send it at once with the saved settings (the same security, login and hints as `smtpconf test`). Invoked through a link named sendmail it behaves the same, so it can stand in for /usr/sbin/sendmail for cron, PHP's mail(), git send-email and mail(1).\n\n-t takes the recipients from To, Cc and Bcc; Bcc is always removed. -i or -oi reads to the end of input, else a line with a single dot ends the message; -f sets the sender, -F the sender's name for a From header that is missing. Date, Message-ID and From are added when missing; nothing else is changed. -C FILE is the config file. Other sendmail options (-oem, -odi, -bm, -N..., -v, ...) are accepted and ignored.\n\nThere is no queue: a failure is reported at once and the caller may retry.\n\nExit status (sysexits): 0 sent, 64 usage, 65 bad message, 69 refused by the server (5xx), 75 temporary failure (4xx, timeout, connection refused), 77 login refused, 78 settings invalid or not matching the server."}
	case "help_sendmail_short":
		return &goi18n.Message{ID: "help_sendmail_short", Other: "Send stdin's message as /usr/sbin/sendmail does"}
	case "help_serve_long":
		return &goi18n.Message{ID: "help_serve_long", Other: "Run an SSH server that gives each admin listed in --authorized-keys the settings form, and nothing else: no shell, no commands, no port or agent forwarding, no sftp. Public-key authentication only; the authorized_keys file is re-read when it changes. The host key is created on first start and its fingerprint logged, for admins to compare with what ssh shows them.\n\nEvery save is logged on stderr with the admin's key and the keys that changed (never values).\n\nA session is warned on screen a minute before --idle-timeout closes it (a quarter of the timeout when that is under four minutes); any key withdraws the warning.\n\nSIGINT/SIGTERM: no new connections; every open session is told to save within --grace, then closed and the exit status is 0. Runs on Linux and macOS only; packages ship packaging/smtpconf.service."}
	case "help_serve_short":
		return &goi18n.Message{ID: "help_serve_short", Other: "The form over SSH, public keys only"}
	case "help_set_keys":
		return &goi18n.Message{ID: "help_set_keys", Other: "Keys ([smtp]; default_server.KEY for the same server keys of [default_server]):"}
	case "help_set_long":
		return &goi18n.Message{ID: "help_set_long", Other: "Change one or more settings and save the file, creating it when missing. A bare key means the [smtp] table; default_server.KEY the platform's default server. A new file sends through [default_server] (use_default = true) unless the keys name a server of its own (host, port, auth, ...): then use_default = false is implied, unless given.\n\nAll changes are checked together and the file is written only if the result is valid: otherwise it is left byte for byte as it was, the problems are listed and the exit status is 3. A file that does not parse is never overwritten. To remove a key (a typo, say), use `smtpconf unset KEY`.\n\nWhen the file already holds every value given, nothing is written (same inode and mtime), `unchanged` is printed and the exit status is 0, so config management can run it every time. --dry-run reports what would change and writes nothing; --diff shows the change as a diff.\n\nKEY=- reads the value from the first line of standard input (without echo on a terminal), which keeps a password out of the shell history and the process list."}
	case "help_set_short":
		return &goi18n.Message{ID: "help_set_short", Other: "Change settings; saves only a valid result"}
	case "help_show_long":
		return &goi18n.Message{ID: "help_show_long", Other: "Show the settings mail would really use: the custom server in [smtp], or [default_server] when use_default is set, with the platform's defaults filled in. Each value says where it comes from (the file's line, or default); sender, sender_name and timeout, which [default_server] takes from [smtp] when it leaves them out, point at [smtp]'s line. A password is never shown: only \"********\", \"from $VARIABLE\" or \"from command\".\n\nAn invalid file is still shown (exit 0), with a note on stderr to run `smtpconf validate`."}
	case "help_show_short":
		return &goi18n.Message{ID: "help_show_short", Other: "The settings mail really uses, secrets hidden"}
	case "help_test_long":
		return &goi18n.Message{ID: "help_test_long", Other: "Send a test e-mail with the settings mail would really use, printing each step as it ends.\n\nThe recipient is --to, else the file's test_recipient. --transcript then adds the SMTP dialogue on stderr, with passwords and AUTH payloads redacted.\n\nExit status 0 when the server accepted the message, 1 when a step fails or on Ctrl+C, 2 when there is no recipient or --to is not a bare address, 3 when the file is invalid."}
	case "help_test_short":
		return &goi18n.Message{ID: "help_test_short", Other: "Send a test e-mail"}
	case "help_unknown_command":
		return &goi18n.Message{ID: "help_unknown_command", Other: "unknown command \"{{.Name}}\" for \"{{.Command}}\""}
	case "help_unset_long":
		return &goi18n.Message{ID: "help_unset_long", Other: "Remove keys from [smtp] (KEY) or [default_server] (default_server.KEY) and save the file in place: everything else stays byte for byte, and a removed setting falls back to its default.\n\nUnlike `set KEY=`, it also removes keys smtpconf does not know, or a table under [smtp], when the file has them: a misspelt key such as prot makes the file invalid and every `set` fail.\n\nThe file is saved unless the result has an error the file did not have before. So removing a typo from a file that is invalid for other reasons too is allowed (the problems left are listed, exit 0), while removing a setting the server needs is refused: the problems are listed, the file stays as it was and the exit status is 3. A file that does not parse is never rewritten.\n\nWhen the file has none of the keys, nothing is written and `unchanged` is printed (exit 0). --dry-run reports what would be removed and writes nothing; --diff shows the change as a diff."}
	case "help_unset_short":
		return &goi18n.Message{ID: "help_unset_short", Other: "Remove keys, misspelt ones too"}
	case "help_validate_long":
		return &goi18n.Message{ID: "help_validate_long", Other: "Check the config file without touching the network and list every problem, one per line:\n  FILE:LINE: KEY: MESSAGE\n      (FILE: KEY: MESSAGE when the line is not known)\n  FILE:LINE: warning: KEY: MESSAGE\n      advice that does not block saving\n\nA syntax error is given as FILE:LINE:COLUMN: MESSAGE. After a value of the wrong type, which stops reading the settings, unknown keys are still listed.\n\nExit status 3 when there is any error (or the file cannot be read), 0 when there are only warnings or none."}
	case "help_validate_short":
		return &goi18n.Message{ID: "help_validate_short", Other: "List every problem in the config file"}
	case "help_version_long":
		return &goi18n.Message{ID: "help_version_long", Other: "Print the version, as \"smtpconf VERSION\" (the same line as --version); give it when reporting a problem."}
	case "help_version_short":
		return &goi18n.Message{ID: "help_version_short", Other: "Print the version"}
	case "mailer_cert_addresses":
		return &goi18n.Message{ID: "mailer_cert_addresses", Other: "addresses: {{.Value}}"}
	case "mailer_cert_fingerprint":
		return &goi18n.Message{ID: "mailer_cert_fingerprint", Other: "SHA-256 fingerprint: {{.Value}}"}
	case "mailer_cert_issuer":
		return &goi18n.Message{ID: "mailer_cert_issuer", Other: "issuer: {{.Value}}"}
	case "mailer_cert_names":
		return &goi18n.Message{ID: "mailer_cert_names", Other: "names: {{.Value}}"}
	case "mailer_cert_subject":
		return &goi18n.Message{ID: "mailer_cert_subject", Other: "subject: {{.Value}}"}
	case "mailer_cert_valid":
		return &goi18n.Message{ID: "mailer_cert_valid", Other: "valid: {{.From}} to {{.Until}} UTC"}
	case "mailer_detail_auth_none":
		return &goi18n.Message{ID: "mailer_detail_auth_none", Other: "auth none"}
	case "mailer_detail_connected":
		return &goi18n.Message{ID: "mailer_detail_connected", Other: "connected to {{.Addr}}"}
	case "mailer_detail_helo_fallback":
		return &goi18n.Message{ID: "mailer_detail_helo_fallback", Other: "EHLO refused, HELO accepted (no extensions)"}
	case "mailer_detail_login":
		return &goi18n.Message{ID: "mailer_detail_login", Other: "{{.Mech}} as {{.User}}"}
	case "mailer_detail_login_after":
		return &goi18n.Message{ID: "mailer_detail_login_after", Other: "{{.Mech}} as {{.User}} (after {{.Refused}} was refused: {{.Err}})"}
	case "mailer_detail_no_extensions":
		return &goi18n.Message{ID: "mailer_detail_no_extensions", Other: "no extensions"}
	case "mailer_detail_no_recipient":
		return &goi18n.Message{ID: "mailer_detail_no_recipient", Other: "no recipient given"}
	case "mailer_detail_over_size":
		return &goi18n.Message{ID: "mailer_detail_over_size", Other: "sender accepted; the test message ({{.Size}} bytes) is over the server's limit of {{.Limit}} bytes"}
	case "mailer_detail_recipient_accepted":
		return &goi18n.Message{ID: "mailer_detail_recipient_accepted", Other: "recipient accepted"}
	case "mailer_detail_sender_accepted":
		return &goi18n.Message{ID: "mailer_detail_sender_accepted", Other: "sender accepted"}
	case "mailer_detail_size":
		return &goi18n.Message{ID: "mailer_detail_size", Other: "sender accepted; the server takes messages up to {{.Limit}} bytes (the test message has {{.Size}})"}
	case "mailer_detail_tls_not_verified":
		return &goi18n.Message{ID: "mailer_detail_tls_not_verified", Other: "{{.Version}}, {{.Cipher}}, certificate NOT verified (tls_skip_verify)"}
	case "mailer_detail_token_no_expiry":
		return &goi18n.Message{ID: "mailer_detail_token_no_expiry", Other: "{{.Source}}, no expiry given"}
	case "mailer_detail_token_no_expiry_cached":
		return &goi18n.Message{ID: "mailer_detail_token_no_expiry_cached", Other: "{{.Source}}, no expiry given (cached)"}
	case "mailer_detail_token_valid":
		return &goi18n.Message{ID: "mailer_detail_token_valid", Other: "{{.Source}}, valid until {{.Until}}"}
	case "mailer_detail_token_valid_cached":
		return &goi18n.Message{ID: "mailer_detail_token_valid_cached", Other: "{{.Source}}, valid until {{.Until}} (cached)"}
	case "mailer_err_argv_backslash":
		return &goi18n.Message{ID: "mailer_err_argv_backslash", Other: "ends with a lone backslash"}
	case "mailer_err_argv_empty":
		return &goi18n.Message{ID: "mailer_err_argv_empty", Other: "is empty"}
	case "mailer_err_argv_quote":
		return &goi18n.Message{ID: "mailer_err_argv_quote", Other: "has an unclosed {{.Quote}} quote"}
	case "mailer_err_auth_refused_too":
		return &goi18n.Message{ID: "mailer_err_auth_refused_too", Other: "{{.Err}} ({{.Refused}} was refused too: {{.Other}})"}
	case "mailer_err_bad_port":
		return &goi18n.Message{ID: "mailer_err_bad_port", Other: "invalid settings: port {{.Port}} is not a port number"}
	case "mailer_err_ca_file":
		return &goi18n.Message{ID: "mailer_err_ca_file", Other: "invalid settings: tls_ca_file: {{.Err}}"}
	case "mailer_err_ca_file_no_pem":
		return &goi18n.Message{ID: "mailer_err_ca_file_no_pem", Other: "invalid settings: tls_ca_file {{.File}} holds no PEM certificate"}
	case "mailer_err_cert_no_host":
		return &goi18n.Message{ID: "mailer_err_cert_no_host", Other: "no host name to check the server's certificate against"}
	case "mailer_err_challenge_base64":
		return &goi18n.Message{ID: "mailer_err_challenge_base64", Other: "the server's challenge is not base64: {{.Err}}"}
	case "mailer_err_closed_without_word":
		return &goi18n.Message{ID: "mailer_err_closed_without_word", Other: "the server closed the connection without a word: {{.Err}}"}
	case "mailer_err_command_empty":
		return &goi18n.Message{ID: "mailer_err_command_empty", Other: "{{.Name}} printed nothing on its first line"}
	case "mailer_err_command_failed":
		return &goi18n.Message{ID: "mailer_err_command_failed", Other: "{{.Name}} failed: {{.Status}}"}
	case "mailer_err_command_failed_stderr":
		return &goi18n.Message{ID: "mailer_err_command_failed_stderr", Other: "{{.Name}} failed: {{.Status}}: {{.Stderr}}"}
	case "mailer_err_command_no_line":
		return &goi18n.Message{ID: "mailer_err_command_no_line", Other: "{{.Name}} printed more than 64 KiB without a line break: a password is its first line"}
	case "mailer_err_command_syntax":
		return &goi18n.Message{ID: "mailer_err_command_syntax", Other: "the command {{.Err}}"}
	case "mailer_err_command_timeout":
		return &goi18n.Message{ID: "mailer_err_command_timeout", Other: "{{.Name}} did not finish within {{.Timeout}}"}
	case "mailer_err_context_canceled":
		return &goi18n.Message{ID: "mailer_err_context_canceled", Other: "context canceled"}
	case "mailer_err_context_deadline":
		return &goi18n.Message{ID: "mailer_err_context_deadline", Other: "context deadline exceeded"}
	case "mailer_err_crammd5_challenge":
		return &goi18n.Message{ID: "mailer_err_crammd5_challenge", Other: "cram-md5: unexpected second challenge"}
	case "mailer_err_end_of_message":
		return &goi18n.Message{ID: "mailer_err_end_of_message", Other: "end of message: {{.Err}}"}
	case "mailer_err_env_empty":
		return &goi18n.Message{ID: "mailer_err_env_empty", Other: "environment variable {{.Name}} is empty"}
	case "mailer_err_env_unset":
		return &goi18n.Message{ID: "mailer_err_env_unset", Other: "environment variable {{.Name}} is not set"}
	case "mailer_err_exit_status":
		return &goi18n.Message{ID: "mailer_err_exit_status", Other: "exit status {{.Code}}"}
	case "mailer_err_greeting_too_long":
		return &goi18n.Message{ID: "mailer_err_greeting_too_long", Other: "the server's greeting exceeded {{.Limit}}"}
	case "mailer_err_handshake":
		return &goi18n.Message{ID: "mailer_err_handshake", Other: "TLS handshake: {{.Err}}"}
	case "mailer_err_header_word":
		return &goi18n.Message{ID: "mailer_err_header_word", Other: "invalid settings: the {{.Header}} header has a word longer than a line may be ({{.Max}} octets)"}
	case "mailer_err_hung_up_mid_line":
		return &goi18n.Message{ID: "mailer_err_hung_up_mid_line", Other: "the server hung up in the middle of a line: {{.Err}}"}
	case "mailer_err_line_too_long":
		return &goi18n.Message{ID: "mailer_err_line_too_long", Other: "the message has a line longer than SMTP allows ({{.Max}} octets)"}
	case "mailer_err_login_challenge":
		return &goi18n.Message{ID: "mailer_err_login_challenge", Other: "login: unexpected challenge after the password"}
	case "mailer_err_mechanism":
		return &goi18n.Message{ID: "mailer_err_mechanism", Other: "{{.Reason}} (server offers: {{.Offered}})"}
	case "mailer_err_mechanism_none":
		return &goi18n.Message{ID: "mailer_err_mechanism_none", Other: "{{.Reason}} (server offers: none)"}
	case "mailer_err_needs_8bitmime":
		return &goi18n.Message{ID: "mailer_err_needs_8bitmime", Other: "the message body has 8-bit characters and the server does not offer 8BITMIME"}
	case "mailer_err_needs_smtputf8":
		return &goi18n.Message{ID: "mailer_err_needs_smtputf8", Other: "the message header or an address has non-ASCII characters and the server does not offer SMTPUTF8"}
	case "mailer_err_no_auth_offered":
		return &goi18n.Message{ID: "mailer_err_no_auth_offered", Other: "the server offers no AUTH mechanism"}
	case "mailer_err_no_cert":
		return &goi18n.Message{ID: "mailer_err_no_cert", Other: "the server sent no certificate"}
	case "mailer_err_no_host":
		return &goi18n.Message{ID: "mailer_err_no_host", Other: "no host set"}
	case "mailer_err_no_recipient":
		return &goi18n.Message{ID: "mailer_err_no_recipient", Other: "no recipient"}
	case "mailer_err_no_sender":
		return &goi18n.Message{ID: "mailer_err_no_sender", Other: "no sender address set"}
	case "mailer_err_not_smtp":
		return &goi18n.Message{ID: "mailer_err_not_smtp", Other: "the server's first words are not an SMTP greeting"}
	case "mailer_err_not_smtp_detail":
		return &goi18n.Message{ID: "mailer_err_not_smtp_detail", Other: "{{.Err}}: {{.Detail}}"}
	case "mailer_err_one_line":
		return &goi18n.Message{ID: "mailer_err_one_line", Other: "invalid settings: subject and sender_name must be one line"}
	case "mailer_err_password_unread":
		return &goi18n.Message{ID: "mailer_err_password_unread", Other: "the password could not be read: {{.Err}}"}
	case "mailer_err_recipient":
		return &goi18n.Message{ID: "mailer_err_recipient", Other: "invalid settings: recipient \"{{.Value}}\": {{.Err}}"}
	case "mailer_err_reply_to":
		return &goi18n.Message{ID: "mailer_err_reply_to", Other: "invalid settings: reply-to \"{{.Value}}\": {{.Err}}"}
	case "mailer_err_reply_too_long":
		return &goi18n.Message{ID: "mailer_err_reply_too_long", Other: "the server's reply to {{.To}} exceeded {{.Limit}}"}
	case "mailer_err_send":
		return &goi18n.Message{ID: "mailer_err_send", Other: "send: {{.Err}}"}
	case "mailer_err_send_starttls":
		return &goi18n.Message{ID: "mailer_err_send_starttls", Other: "send STARTTLS: {{.Err}}"}
	case "mailer_err_sender":
		return &goi18n.Message{ID: "mailer_err_sender", Other: "invalid settings: sender \"{{.Value}}\": {{.Err}}"}
	case "mailer_err_settings":
		return &goi18n.Message{ID: "mailer_err_settings", One: "settings not valid: {{.Count}} problem: {{.Problems}}", Other: "settings not valid: {{.Count}} problems: {{.Problems}}"}
	case "mailer_err_settings_one":
		return &goi18n.Message{ID: "mailer_err_settings_one", Other: "settings not valid: {{.Problem}}"}
	case "mailer_err_starttls_not_offered":
		return &goi18n.Message{ID: "mailer_err_starttls_not_offered", Other: "the server does not offer STARTTLS"}
	case "mailer_err_too_many_challenges":
		return &goi18n.Message{ID: "mailer_err_too_many_challenges", Other: "the server sent more than {{.Max}} challenges (334) for AUTH {{.Mech}}, which needs at most two"}
	case "mailer_err_write_message":
		return &goi18n.Message{ID: "mailer_err_write_message", Other: "write message: {{.Err}}"}
	case "mailer_explain_failed":
		return &goi18n.Message{ID: "mailer_explain_failed", Other: "{{.Step}} failed: {{.Err}}"}
	case "mailer_explain_message":
		return &goi18n.Message{ID: "mailer_explain_message", Other: "The message cannot be sent as it is: {{.Err}}"}
	case "mailer_hint_auth_disabled":
		return &goi18n.Message{ID: "mailer_hint_auth_disabled", Other: "the provider has SMTP AUTH turned off for this account: turn it on for the mailbox, or use OAuth"}
	case "mailer_hint_auth_failed":
		return &goi18n.Message{ID: "mailer_hint_auth_failed", Other: "the server rejected the username or password: check both (many providers want an app password here)"}
	case "mailer_hint_auth_failed_crammd5":
		return &goi18n.Message{ID: "mailer_hint_auth_failed_crammd5", Other: "the server refused the login with CRAM-MD5: check username and password; many servers offer CRAM-MD5 but cannot check it against hashed passwords (Dovecot with SHA512-CRYPT, say): set auth = \"plain\" (over TLS) or \"auto\""}
	case "mailer_hint_auth_required":
		return &goi18n.Message{ID: "mailer_hint_auth_required", Other: "the server wants a login before it takes mail: set auth to auto with username and password"}
	case "mailer_hint_auth_temporary":
		return &goi18n.Message{ID: "mailer_hint_auth_temporary", Other: "the server's authentication failed for now (temporary): retry later"}
	case "mailer_hint_cancelled":
		return &goi18n.Message{ID: "mailer_hint_cancelled", Other: "the conversation was cancelled before it finished"}
	case "mailer_hint_cert_expired":
		return &goi18n.Message{ID: "mailer_hint_cert_expired", Other: "the certificate of {{.Host}} has expired or is not yet valid: the server's admin must renew it; check this machine's clock too"}
	case "mailer_hint_cert_expired_dates":
		return &goi18n.Message{ID: "mailer_hint_cert_expired_dates", Other: "the certificate of {{.Host}} has expired or is not yet valid (valid {{.From}} to {{.Until}}): the server's admin must renew it; check this machine's clock too"}
	case "mailer_hint_cert_wrong_host":
		return &goi18n.Message{ID: "mailer_hint_cert_wrong_host", Other: "the certificate is not for {{.Host}}: set host to a name on the certificate"}
	case "mailer_hint_cert_wrong_host_names":
		return &goi18n.Message{ID: "mailer_hint_cert_wrong_host_names", Other: "the certificate is for {{.Names}}, not {{.Host}}: set host to a name on the certificate"}
	case "mailer_hint_config":
		return &goi18n.Message{ID: "mailer_hint_config", Other: "fix the setting named above"}
	case "mailer_hint_config_no_host":
		return &goi18n.Message{ID: "mailer_hint_config_no_host", Other: "set host to the name of the mail server"}
	case "mailer_hint_config_no_recipient":
		return &goi18n.Message{ID: "mailer_hint_config_no_recipient", Other: "give the address the mail should go to"}
	case "mailer_hint_config_no_sender":
		return &goi18n.Message{ID: "mailer_hint_config_no_sender", Other: "set sender to the address mail should come from"}
	case "mailer_hint_config_settings":
		return &goi18n.Message{ID: "mailer_hint_config_settings", Other: "nothing was sent: fix the settings as each problem above says (`smtpconf validate` lists them, `smtpconf set` or `smtpconf configure` changes them)"}
	case "mailer_hint_consent_app":
		return &goi18n.Message{ID: "mailer_hint_consent_app", Other: "the app's permission was not granted: in the Entra admin center, App registrations → your app → API permissions, add Office 365 Exchange Online → Application permissions → SMTP.SendAsApp, then \"Grant admin consent for {{.Tenant}}\""}
	case "mailer_hint_consent_delegated":
		return &goi18n.Message{ID: "mailer_hint_consent_delegated", Other: "consent is missing: in the Entra admin center, App registrations → your app → API permissions, add Microsoft Graph → Delegated → SMTP.Send and offline_access, then \"Grant admin consent for {{.Tenant}}\" (or sign in once as a user who may consent)"}
	case "mailer_hint_consent_google":
		return &goi18n.Message{ID: "mailer_hint_consent_google", Other: "the service account may not act for this mailbox: in the Google Admin console, Security → Access and data control → API controls → Domain-wide delegation, add the service account's client ID with the scope https://mail.google.com/"}
	case "mailer_hint_consent_other":
		return &goi18n.Message{ID: "mailer_hint_consent_other", Other: "the app was not granted the scope: ask the OAuth server's admin to allow it"}
	case "mailer_hint_dns":
		return &goi18n.Message{ID: "mailer_hint_dns", Other: "no DNS name {{.Host}}: check the spelling of host"}
	case "mailer_hint_dns_failure":
		return &goi18n.Message{ID: "mailer_hint_dns_failure", Other: "the name {{.Host}} could not be looked up: check this machine's DNS settings (/etc/resolv.conf) and network"}
	case "mailer_hint_dropped":
		return &goi18n.Message{ID: "mailer_hint_dropped", Other: "the server closed the connection during {{.Step}}: it may limit connections or refuse this client; the transcript (smtpconf check --transcript, or ctrl+r in the form's test screen) shows the last words"}
	case "mailer_hint_gmail_token":
		return &goi18n.Message{ID: "mailer_hint_gmail_token", Other: "Gmail refused the token for {{.Mailbox}}: username must be the mailbox the token is for (for service_account: a mailbox of the Workspace domain, with the service account allowed https://mail.google.com/ in the Admin console's domain-wide delegation)"}
	case "mailer_hint_greylisted":
		return &goi18n.Message{ID: "mailer_hint_greylisted", Other: "the server greylists: it accepts the same mail when it is retried after a few minutes; retry later"}
	case "mailer_hint_helo_rejected":
		return &goi18n.Message{ID: "mailer_hint_helo_rejected", Other: "the server refused the name this machine gave in EHLO ({{.Name}}): set helo_name to this machine's fully qualified name, e.g. app.example.com, or its address literal, e.g. [192.0.2.10]"}
	case "mailer_hint_insecure_auth":
		return &goi18n.Message{ID: "mailer_hint_insecure_auth", Other: "the password would cross the network unencrypted: turn on starttls or use smtps; set allow_insecure_auth only on a trusted network"}
	case "mailer_hint_m365_app_token":
		return &goi18n.Message{ID: "mailer_hint_m365_app_token", Other: "Exchange Online accepted no login with the app's valid token for {{.Mailbox}}: the app's service principal needs permission on the mailbox. In Exchange Online PowerShell: New-ServicePrincipal -AppId {{.ClientID}} -ObjectId <the Enterprise application's Object ID>, then Add-MailboxPermission -Identity {{.Mailbox}} -User <that service principal's Object ID> -AccessRights FullAccess; the app also needs the SMTP.SendAsApp permission with admin consent"}
	case "mailer_hint_m365_smtp_auth_disabled":
		return &goi18n.Message{ID: "mailer_hint_m365_smtp_auth_disabled", Other: "SMTP AUTH is disabled for the tenant or for {{.Mailbox}}: an Exchange admin enables it for the mailbox with Set-CASMailbox -Identity {{.Mailbox}} -SmtpClientAuthenticationDisabled $false (or for the tenant with Set-TransportConfig -SmtpClientAuthenticationDisabled $false; Microsoft 365 admin center → Users → Mail → Authenticated SMTP)"}
	case "mailer_hint_m365_smtp_auth_disabled_password":
		return &goi18n.Message{ID: "mailer_hint_m365_smtp_auth_disabled_password", Other: "SMTP AUTH is disabled for the tenant or for {{.Mailbox}}: an Exchange admin enables it for the mailbox with Set-CASMailbox -Identity {{.Mailbox}} -SmtpClientAuthenticationDisabled $false (or for the tenant with Set-TransportConfig -SmtpClientAuthenticationDisabled $false; Microsoft 365 admin center → Users → Mail → Authenticated SMTP); {{.OAuth}}"}
	case "mailer_hint_m365_user_token":
		return &goi18n.Message{ID: "mailer_hint_m365_user_token", Other: "Exchange Online refused the signed-in user's token for {{.Mailbox}}: username must be the mailbox that signed in (or one it has Send As on), and SMTP AUTH must be enabled for it (Set-CASMailbox -Identity {{.Mailbox}} -SmtpClientAuthenticationDisabled $false)"}
	case "mailer_hint_mechanism_after_starttls":
		return &goi18n.Message{ID: "mailer_hint_mechanism_after_starttls", Other: "the server offers login only after STARTTLS: turn on Require STARTTLS (starttls = true)"}
	case "mailer_hint_mechanism_none":
		return &goi18n.Message{ID: "mailer_hint_mechanism_none", Other: "the server offers no login here: set auth none if it takes mail without login (many servers offer AUTH only after STARTTLS)"}
	case "mailer_hint_mechanism_offered":
		return &goi18n.Message{ID: "mailer_hint_mechanism_offered", Other: "set auth to one the server offers: {{.Offered}} (or auto)"}
	case "mailer_hint_message_8bit":
		return &goi18n.Message{ID: "mailer_hint_message_8bit", Other: "encode the body (Content-Transfer-Encoding: quoted-printable or base64), or send through a server that offers 8BITMIME"}
	case "mailer_hint_message_long_lines":
		return &goi18n.Message{ID: "mailer_hint_message_long_lines", Other: "wrap the long lines, or encode the body (Content-Transfer-Encoding: quoted-printable or base64)"}
	case "mailer_hint_message_rejected":
		return &goi18n.Message{ID: "mailer_hint_message_rejected", Other: "the server refused the message itself (content, size or policy): its reply says why"}
	case "mailer_hint_message_utf8":
		return &goi18n.Message{ID: "mailer_hint_message_utf8", Other: "encode non-ASCII header text as RFC 2047 words and use ASCII addresses, or send through a server that offers SMTPUTF8"}
	case "mailer_hint_no_greeting":
		return &goi18n.Message{ID: "mailer_hint_no_greeting", Other: "the server accepted the connection but sent no greeting within {{.Timeout}}: if this port expects TLS from the first byte (usually 465), set protocol smtps"}
	case "mailer_hint_no_greeting_465":
		return &goi18n.Message{ID: "mailer_hint_no_greeting_465", Other: "the server accepted the connection but sent no greeting within {{.Timeout}}: port 465 expects smtps (TLS from the first byte); set protocol smtps"}
	case "mailer_hint_no_greeting_smtps":
		return &goi18n.Message{ID: "mailer_hint_no_greeting_smtps", Other: "the server accepted the connection but sent no greeting within {{.Timeout}}: check the port"}
	case "mailer_hint_not_smtp":
		return &goi18n.Message{ID: "mailer_hint_not_smtp", Other: "the server's first bytes are not an SMTP greeting: check the port; if it expects TLS from the first byte (usually 465), set protocol smtps"}
	case "mailer_hint_not_smtp_465":
		return &goi18n.Message{ID: "mailer_hint_not_smtp_465", Other: "the server's first bytes are not an SMTP greeting: port 465 expects smtps (TLS from the first byte); set protocol smtps"}
	case "mailer_hint_not_tls":
		return &goi18n.Message{ID: "mailer_hint_not_tls", Other: "this port speaks plain SMTP: use protocol smtp with starttls (usually port 587)"}
	case "mailer_hint_oauth_instead":
		return &goi18n.Message{ID: "mailer_hint_oauth_instead", Other: "Microsoft 365 no longer accepts passwords for SMTP (basic auth is off for Exchange Online tenants from the end of December 2026): switch to OAuth 2.0 with auth = \"xoauth2\", oauth2_provider = \"microsoft\", oauth2_tenant and oauth2_client_id (README: Microsoft 365 and Google)"}
	case "mailer_hint_password":
		return &goi18n.Message{ID: "mailer_hint_password", Other: "fix password_env or password_command as the message says, or set password"}
	case "mailer_hint_password_command":
		return &goi18n.Message{ID: "mailer_hint_password_command", Other: "fix password_command: run it by hand; it must print the password on its first line and succeed within the timeout"}
	case "mailer_hint_password_command_named":
		return &goi18n.Message{ID: "mailer_hint_password_command_named", Other: "fix password_command: run it by hand; {{.Name}} must print the password on its first line and succeed within the timeout"}
	case "mailer_hint_password_env_empty":
		return &goi18n.Message{ID: "mailer_hint_password_env_empty", Other: "{{.Name}} is set but empty: export it with the password, or set password_env to a variable that holds it"}
	case "mailer_hint_password_env_unset":
		return &goi18n.Message{ID: "mailer_hint_password_env_unset", Other: "export {{.Name}} with the password in the environment smtpconf or the application runs in (export {{.Name}}=...), or set password_env to a variable that is set"}
	case "mailer_hint_rate_limited":
		return &goi18n.Message{ID: "mailer_hint_rate_limited", Other: "the server limits how much or how often this client sends: wait a few minutes, then retry"}
	case "mailer_hint_recipient_rejected":
		return &goi18n.Message{ID: "mailer_hint_recipient_rejected", Other: "the server refused the recipient: check the address; a server that relays only for logged-in users refuses outside addresses without auth"}
	case "mailer_hint_refused":
		return &goi18n.Message{ID: "mailer_hint_refused", Other: "nothing listens on {{.Addr}}: check the port (465 for smtps, 587 for submission with STARTTLS) and that the mail server runs"}
	case "mailer_hint_reply_auth_backend":
		return &goi18n.Message{ID: "mailer_hint_reply_auth_backend", Other: "the server's authentication backend failed for now (temporary): retry later; if it lasts, the server's admin must check its SASL service (Dovecot, say)"}
	case "mailer_hint_reply_gmail_app_password":
		return &goi18n.Message{ID: "mailer_hint_reply_gmail_app_password", Other: "Gmail wants an app password for this account (2-Step Verification is on): create one at https://myaccount.google.com/apppasswords and set it as password"}
	case "mailer_hint_reply_gmail_refused":
		return &goi18n.Message{ID: "mailer_hint_reply_gmail_refused", Other: "Gmail refused the username or password: check both; with 2-Step Verification on, the password must be an app password"}
	case "mailer_hint_reply_greylisted":
		return &goi18n.Message{ID: "mailer_hint_reply_greylisted", Other: "the server greylists: it defers a first attempt from an unknown sender and accepts the same mail when it is retried after a few minutes; a mail queue does that by itself, so retry later"}
	case "mailer_hint_reply_m365_auth_off":
		return &goi18n.Message{ID: "mailer_hint_reply_m365_auth_off", Other: "Microsoft 365 has SMTP AUTH (basic authentication) turned off here: enable Authenticated SMTP for this mailbox (Microsoft 365 admin center → Users → Mail → Manage email apps) and for the tenant, or use OAuth"}
	case "mailer_hint_reply_not_logged_in":
		return &goi18n.Message{ID: "mailer_hint_reply_not_logged_in", Other: "the server takes mail from this sender only after a login: set auth to auto with username and password"}
	case "mailer_hint_reply_not_owned":
		return &goi18n.Message{ID: "mailer_hint_reply_not_owned", Other: "the server lets {{.Owner}} send only from addresses that login owns: set sender to one of them (usually the login's own address), or have the server's admin allow this sender for it"}
	case "mailer_hint_reply_rate_limited":
		return &goi18n.Message{ID: "mailer_hint_reply_rate_limited", Other: "the server limits how much or how often this client sends (a rate limit, or it is busy): wait a few minutes before retrying and send less often"}
	case "mailer_hint_reply_send_as":
		return &goi18n.Message{ID: "mailer_hint_reply_send_as", Other: "the login may not send as this sender: give it Send As permission for the sender's mailbox, or set sender to the login's own address"}
	case "mailer_hint_reply_too_long":
		return &goi18n.Message{ID: "mailer_hint_reply_too_long", Other: "no mail server sends a reply that long (the limit is 64 KiB and {{.Lines}} lines): check that {{.Addr}} is your mail server; something else may answer on that port, or on the network path"}
	case "mailer_hint_reply_too_weak":
		return &goi18n.Message{ID: "mailer_hint_reply_too_weak", Other: "the server refuses this login mechanism as too weak (RFC 4954): set auth to another mechanism it offers, or auto"}
	case "mailer_hint_sender_rejected":
		return &goi18n.Message{ID: "mailer_hint_sender_rejected", Other: "the sender address must be one this server lets this user send as; its domain should be one the server handles"}
	case "mailer_hint_server":
		return &goi18n.Message{ID: "mailer_hint_server", Other: "the server refused {{.Step}}: its reply says why"}
	case "mailer_hint_starttls_missing":
		return &goi18n.Message{ID: "mailer_hint_starttls_missing", Other: "{{.Addr}} does not offer STARTTLS, and smtpconf never continues in clear text: use protocol smtps on port 465 if the server has it, or turn starttls off only on a trusted network"}
	case "mailer_hint_starttls_required":
		return &goi18n.Message{ID: "mailer_hint_starttls_required", Other: "the server wants an encrypted connection: turn on Require STARTTLS (starttls = true), or use protocol smtps on port 465"}
	case "mailer_hint_starttls_required_offered":
		return &goi18n.Message{ID: "mailer_hint_starttls_required_offered", Other: "the server wants STARTTLS before anything else: turn on Require STARTTLS (starttls = true)"}
	case "mailer_hint_temporary":
		return &goi18n.Message{ID: "mailer_hint_temporary", Other: "the server reports a temporary problem: try again later"}
	case "mailer_hint_timeout":
		return &goi18n.Message{ID: "mailer_hint_timeout", Other: "the server did not answer {{.Step}} within {{.Timeout}}: it may be overloaded; try again later or raise timeout"}
	case "mailer_hint_timeout_auth":
		return &goi18n.Message{ID: "mailer_hint_timeout_auth", Other: "the server did not answer the login within {{.Timeout}}: it may be delaying a failed login (wrong username or password, or too many attempts): check them, then retry"}
	case "mailer_hint_timeout_connect":
		return &goi18n.Message{ID: "mailer_hint_timeout_connect", Other: "no answer from {{.Addr}} within {{.Timeout}}: a firewall probably drops the connection (many networks block port 25); check the port and outgoing firewall rules"}
	case "mailer_hint_timeout_resolve":
		return &goi18n.Message{ID: "mailer_hint_timeout_resolve", Other: "looking up {{.Host}} took longer than {{.Timeout}}: check this machine's DNS settings"}
	case "mailer_hint_timeout_tls":
		return &goi18n.Message{ID: "mailer_hint_timeout_tls", Other: "the TLS handshake with {{.Addr}} did not finish within {{.Timeout}}"}
	case "mailer_hint_tls":
		return &goi18n.Message{ID: "mailer_hint_tls", Other: "the TLS handshake with {{.Addr}} failed: the server may offer only TLS older than 1.2, or this port does not speak TLS"}
	case "mailer_hint_token_client":
		return &goi18n.Message{ID: "mailer_hint_token_client", Other: "the provider refused the application: check oauth2_client_id and the client secret in oauth2_client_secret (or oauth2_client_secret_env / oauth2_client_secret_command), and that the app is registered with {{.Provider}}"}
	case "mailer_hint_token_code_expired":
		return &goi18n.Message{ID: "mailer_hint_token_code_expired", Other: "the code was not entered in time: run `smtpconf login` again and enter the new code before its countdown ends"}
	case "mailer_hint_token_declined":
		return &goi18n.Message{ID: "mailer_hint_token_declined", Other: "the sign-in was declined in the browser: run `smtpconf login` again and accept, signed in as {{.User}}"}
	case "mailer_hint_token_no_app":
		return &goi18n.Message{ID: "mailer_hint_token_no_app", Other: "no application {{.ClientID}} in tenant {{.Tenant}}: check oauth2_client_id (the app's Application (client) ID) and oauth2_tenant; an app registered in another tenant needs an admin of {{.Tenant}} to consent to it first"}
	case "mailer_hint_token_no_refresh":
		return &goi18n.Message{ID: "mailer_hint_token_no_refresh", Other: "the sign-in brought no refresh token to keep: add offline_access to oauth2_scope (with the provider's SMTP scope), and allow the app refresh tokens at the provider"}
	case "mailer_hint_token_no_tenant":
		return &goi18n.Message{ID: "mailer_hint_token_no_tenant", Other: "Microsoft knows no tenant \"{{.Tenant}}\": set oauth2_tenant to the tenant's primary domain (example.onmicrosoft.com) or its Tenant ID from the Entra admin center's Overview"}
	case "mailer_hint_token_not_signed_in":
		return &goi18n.Message{ID: "mailer_hint_token_not_signed_in", Other: "nobody has signed in for this mailbox yet: run `smtpconf login` once (it shows a code to enter in a browser) and the refresh token is kept in the token file beside the config"}
	case "mailer_hint_token_public_client":
		return &goi18n.Message{ID: "mailer_hint_token_public_client", Other: "device code sign-in needs a public client: in the Entra admin center, App registrations → your app → Authentication, set \"Allow public client flows\" to Yes (or give the client secret)"}
	case "mailer_hint_token_refused":
		return &goi18n.Message{ID: "mailer_hint_token_refused", Other: "{{.Provider}} refused to give a token: its answer above says why"}
	case "mailer_hint_token_refused_by_server":
		return &goi18n.Message{ID: "mailer_hint_token_refused_by_server", Other: "the server refused the token for {{.Mailbox}}: username must be the mailbox the token is for, and the token's scope must allow SMTP (oauth2_scope)"}
	case "mailer_hint_token_revoked_device":
		return &goi18n.Message{ID: "mailer_hint_token_revoked_device", Other: "the refresh token was revoked or has expired (a password change, an admin revoking sessions, or 90 days unused): sign in again with `smtpconf login`"}
	case "mailer_hint_token_revoked_refresh":
		return &goi18n.Message{ID: "mailer_hint_token_revoked_refresh", Other: "the refresh token was revoked or has expired: get a new one and give it by oauth2_refresh_token_env or oauth2_refresh_token_command (or use oauth2_flow = \"device_code\" and `smtpconf login`, which keeps it up to date)"}
	case "mailer_hint_token_scope":
		return &goi18n.Message{ID: "mailer_hint_token_scope", Other: "the provider refused the scope: leave oauth2_scope empty for the provider's default, or ask for one the app is allowed"}
	case "mailer_hint_token_secret":
		return &goi18n.Message{ID: "mailer_hint_token_secret", Other: "fix the oauth2 secret settings as the message says"}
	case "mailer_hint_token_secret_command":
		return &goi18n.Message{ID: "mailer_hint_token_secret_command", Other: "fix {{.Source}}: run it by hand; it must print the value on its first line and succeed within the timeout"}
	case "mailer_hint_token_secret_env":
		return &goi18n.Message{ID: "mailer_hint_token_secret_env", Other: "export {{.Name}} in the environment smtpconf or the application runs in, or set {{.Source}} to a variable that holds the value"}
	case "mailer_hint_token_secret_wrong":
		return &goi18n.Message{ID: "mailer_hint_token_secret_wrong", Other: "the client secret is wrong or has expired: in the Entra admin center, App registrations → your app → Certificates & secrets, create a new client secret and put its Value (not its Secret ID) in oauth2_client_secret (or oauth2_client_secret_env / oauth2_client_secret_command)"}
	case "mailer_hint_token_service_account_grant":
		return &goi18n.Message{ID: "mailer_hint_token_service_account_grant", Other: "Google refused the service account's signed request: check that the key in oauth2_service_account_file is current (not deleted in the Cloud console) and that this machine's clock is right"}
	case "mailer_hint_token_unreachable":
		return &goi18n.Message{ID: "mailer_hint_token_unreachable", Other: "the token endpoint of {{.Provider}} could not be reached or did not answer: check the network, a proxy or firewall in between, and oauth2_token_url if set"}
	case "mailer_hint_too_big":
		return &goi18n.Message{ID: "mailer_hint_too_big", Other: "the message is larger than the server takes: send a smaller message, or have the server's admin raise its limit (Postfix: message_size_limit)"}
	case "mailer_hint_too_big_limit":
		return &goi18n.Message{ID: "mailer_hint_too_big_limit", Other: "the message is larger than the server takes (it announced a limit of {{.Limit}} bytes): send a smaller message, or have the server's admin raise its limit (Postfix: message_size_limit)"}
	case "mailer_hint_unreachable":
		return &goi18n.Message{ID: "mailer_hint_unreachable", Other: "{{.Addr}} cannot be reached from this machine: check its network route and firewall"}
	case "mailer_hint_untrusted":
		return &goi18n.Message{ID: "mailer_hint_untrusted", Other: "the certificate of {{.Host}} was issued by {{.Issuer}}, which this machine does not trust: set tls_ca_file to {{.Issuer}}'s certificate (PEM)"}
	case "mailer_hint_untrusted_ca_file":
		return &goi18n.Message{ID: "mailer_hint_untrusted_ca_file", Other: "tls_ca_file ({{.CAFile}}) is set but did not sign the certificate of {{.Host}} (it was issued by {{.Issuer}}): set tls_ca_file to {{.Issuer}}'s certificate (PEM)"}
	case "mailer_limit_lines":
		return &goi18n.Message{ID: "mailer_limit_lines", One: "{{.Count}} line", Other: "{{.Count}} lines"}
	case "mailer_phrase_auth":
		return &goi18n.Message{ID: "mailer_phrase_auth", Other: "the login (AUTH)"}
	case "mailer_phrase_connect":
		return &goi18n.Message{ID: "mailer_phrase_connect", Other: "the connection"}
	case "mailer_phrase_data":
		return &goi18n.Message{ID: "mailer_phrase_data", Other: "the message (DATA)"}
	case "mailer_phrase_ehlo":
		return &goi18n.Message{ID: "mailer_phrase_ehlo", Other: "EHLO"}
	case "mailer_phrase_greeting":
		return &goi18n.Message{ID: "mailer_phrase_greeting", Other: "the greeting"}
	case "mailer_phrase_its_issuer":
		return &goi18n.Message{ID: "mailer_phrase_its_issuer", Other: "its issuer"}
	case "mailer_phrase_mail":
		return &goi18n.Message{ID: "mailer_phrase_mail", Other: "the sender (MAIL FROM)"}
	case "mailer_phrase_other":
		return &goi18n.Message{ID: "mailer_phrase_other", Other: "{{.Step}}"}
	case "mailer_phrase_provider_google":
		return &goi18n.Message{ID: "mailer_phrase_provider_google", Other: "Google"}
	case "mailer_phrase_provider_microsoft":
		return &goi18n.Message{ID: "mailer_phrase_provider_microsoft", Other: "Microsoft Entra (tenant {{.Tenant}})"}
	case "mailer_phrase_provider_other":
		return &goi18n.Message{ID: "mailer_phrase_provider_other", Other: "the OAuth server"}
	case "mailer_phrase_quit":
		return &goi18n.Message{ID: "mailer_phrase_quit", Other: "QUIT"}
	case "mailer_phrase_rcpt":
		return &goi18n.Message{ID: "mailer_phrase_rcpt", Other: "the recipient (RCPT TO)"}
	case "mailer_phrase_resolve":
		return &goi18n.Message{ID: "mailer_phrase_resolve", Other: "the DNS lookup"}
	case "mailer_phrase_settings":
		return &goi18n.Message{ID: "mailer_phrase_settings", Other: "the check of the settings"}
	case "mailer_phrase_starttls":
		return &goi18n.Message{ID: "mailer_phrase_starttls", Other: "STARTTLS"}
	case "mailer_phrase_this_login":
		return &goi18n.Message{ID: "mailer_phrase_this_login", Other: "this login"}
	case "mailer_phrase_tls":
		return &goi18n.Message{ID: "mailer_phrase_tls", Other: "the TLS handshake"}
	case "mailer_phrase_token":
		return &goi18n.Message{ID: "mailer_phrase_token", Other: "getting the OAuth 2.0 token"}
	case "mailer_probe_none":
		return &goi18n.Message{ID: "mailer_probe_none", Other: "no SMTP server answered on {{.Host}} at ports {{.Ports}} or {{.Last}}"}
	case "mailer_probe_plain":
		return &goi18n.Message{ID: "mailer_probe_plain", Other: "only plain SMTP answered (port {{.Port}}, no STARTTLS): mail would cross the network unencrypted"}
	case "mailer_probe_starttls_trusted":
		return &goi18n.Message{ID: "mailer_probe_starttls_trusted", Other: "port {{.Port}} offers STARTTLS with a trusted certificate"}
	case "mailer_probe_starttls_untrusted":
		return &goi18n.Message{ID: "mailer_probe_starttls_untrusted", Other: "port {{.Port}} offers STARTTLS, but its certificate is not trusted here: set tls_ca_file"}
	case "mailer_probe_tls_trusted":
		return &goi18n.Message{ID: "mailer_probe_tls_trusted", Other: "port {{.Port}} speaks TLS from the first byte with a trusted certificate"}
	case "mailer_probe_tls_untrusted":
		return &goi18n.Message{ID: "mailer_probe_tls_untrusted", Other: "port {{.Port}} speaks TLS, but its certificate is not trusted here: set tls_ca_file"}
	case "mailer_reason_insecure":
		return &goi18n.Message{ID: "mailer_reason_insecure", Other: "refusing to send the password over a connection that is not encrypted"}
	case "mailer_reason_no_auth":
		return &goi18n.Message{ID: "mailer_reason_no_auth", Other: "auth {{.Auth}} is set, but the server offers no AUTH"}
	case "mailer_reason_no_oauth":
		return &goi18n.Message{ID: "mailer_reason_no_oauth", Other: "the server offers no OAuth 2.0 mechanism (XOAUTH2 or OAUTHBEARER)"}
	case "mailer_reason_none_supported":
		return &goi18n.Message{ID: "mailer_reason_none_supported", Other: "none of the mechanisms offered is supported"}
	case "mailer_reason_not_offered":
		return &goi18n.Message{ID: "mailer_reason_not_offered", Other: "auth {{.Auth}} is not offered"}
	case "mailer_reason_token_insecure":
		return &goi18n.Message{ID: "mailer_reason_token_insecure", Other: "refusing to send the OAuth token over a connection that is not encrypted"}
	case "mailer_test_body":
		return &goi18n.Message{ID: "mailer_test_body", Other: "This is a test message from smtpconf.\n\nIf you can read it, the mail settings on {{.Host}} work.\n\nSent:      {{.Sent}}\nFrom host: {{.Host}}\nServer:    {{.Server}}\nSecurity:  {{.Security}}\nLogin:     {{.Login}}\n"}
	case "mailer_test_implicit_tls":
		return &goi18n.Message{ID: "mailer_test_implicit_tls", Other: "implicit TLS"}
	case "mailer_test_login_none":
		return &goi18n.Message{ID: "mailer_test_login_none", Other: "none"}
	case "mailer_test_security_none":
		return &goi18n.Message{ID: "mailer_test_security_none", Other: "none (clear text)"}
	case "mailer_test_subject":
		return &goi18n.Message{ID: "mailer_test_subject", Other: "smtpconf test message from {{.Host}}"}
	case "mailer_title_check_addresses":
		return &goi18n.Message{ID: "mailer_title_check_addresses", Other: "Check the addresses"}
	case "mailer_title_compose":
		return &goi18n.Message{ID: "mailer_title_compose", Other: "Compose the message"}
	case "mailer_title_connect":
		return &goi18n.Message{ID: "mailer_title_connect", Other: "Connect to {{.Addr}}"}
	case "mailer_title_data":
		return &goi18n.Message{ID: "mailer_title_data", Other: "Send the message"}
	case "mailer_title_ehlo_tls":
		return &goi18n.Message{ID: "mailer_title_ehlo_tls", Other: "EHLO again, over TLS"}
	case "mailer_title_greeting":
		return &goi18n.Message{ID: "mailer_title_greeting", Other: "Server greeting"}
	case "mailer_title_login":
		return &goi18n.Message{ID: "mailer_title_login", Other: "Log in as {{.User}}"}
	case "mailer_title_login_none":
		return &goi18n.Message{ID: "mailer_title_login_none", Other: "Log in"}
	case "mailer_title_read_password":
		return &goi18n.Message{ID: "mailer_title_read_password", Other: "Read the password"}
	case "mailer_title_read_token_secret":
		return &goi18n.Message{ID: "mailer_title_read_token_secret", Other: "Read the OAuth client secret or refresh token"}
	case "mailer_title_resolve":
		return &goi18n.Message{ID: "mailer_title_resolve", Other: "Look up {{.Host}}"}
	case "mailer_title_rset_quit":
		return &goi18n.Message{ID: "mailer_title_rset_quit", Other: "RSET and QUIT (nothing is sent)"}
	case "mailer_title_settings":
		return &goi18n.Message{ID: "mailer_title_settings", Other: "Check the settings"}
	case "mailer_title_tls":
		return &goi18n.Message{ID: "mailer_title_tls", Other: "TLS handshake (smtps)"}
	case "mailer_title_token":
		return &goi18n.Message{ID: "mailer_title_token", Other: "Get an OAuth 2.0 token ({{.Source}})"}
	case "mailer_transcript_tls":
		return &goi18n.Message{ID: "mailer_transcript_tls", Other: "TLS: {{.Version}}, {{.Cipher}}, certificate {{.Subject}} issued by {{.Issuer}}"}
	case "mailer_warn_auth_auto_second":
		return &goi18n.Message{ID: "mailer_warn_auth_auto_second", Other: "auth auto: the server refused {{.Refused}} ({{.Err}}) but accepted {{.Mech}}: set auth = {{.Auth}} to log in at the first attempt"}
	case "mailer_warn_cert_expired":
		return &goi18n.Message{ID: "mailer_warn_cert_expired", Other: "the certificate of {{.Host}} expired on {{.Date}}"}
	case "mailer_warn_cert_expires":
		return &goi18n.Message{ID: "mailer_warn_cert_expires", One: "the certificate of {{.Host}} expires in {{.Count}} day ({{.Date}})", Other: "the certificate of {{.Host}} expires in {{.Count}} days ({{.Date}})"}
	case "mailer_warn_not_encrypted":
		return &goi18n.Message{ID: "mailer_warn_not_encrypted", Other: "the connection is not encrypted (starttls is off): mail, and any password, cross the network in clear text"}
	case "mailer_warn_not_loopback":
		return &goi18n.Message{ID: "mailer_warn_not_loopback", Other: "{{.Host}} is a name for this machine, but it led to {{.Remote}}, which is not: the password was not sent without TLS"}
	case "mailer_warn_over_size":
		return &goi18n.Message{ID: "mailer_warn_over_size", Other: "the test message ({{.Size}} bytes) is larger than the {{.Limit}} bytes the server takes (SIZE): it would be refused"}
	case "mailer_warn_quit":
		return &goi18n.Message{ID: "mailer_warn_quit", Other: "the server did not end the session cleanly: {{.Err}}"}
	case "mailer_warn_skip_verify":
		return &goi18n.Message{ID: "mailer_warn_skip_verify", Other: "tls_skip_verify is on: the server's certificate was not checked, so anyone on the way could read the password and the mail"}
	case "mailercompose_failed":
		return &goi18n.Message{ID: "mailercompose_failed", Other: "Composing the message failed: {{.Err}}"}
	case "oauth_err_bad_flow":
		return &goi18n.Message{ID: "oauth_err_bad_flow", Other: "oauth2_flow \"{{.Flow}}\" is not a flow"}
	case "oauth_err_bad_provider":
		return &goi18n.Message{ID: "oauth_err_bad_provider", Other: "oauth2_provider \"{{.Provider}}\" is not a provider"}
	case "oauth_err_declined":
		return &goi18n.Message{ID: "oauth_err_declined", Other: "the sign-in was declined"}
	case "oauth_err_device_code_expired":
		return &goi18n.Message{ID: "oauth_err_device_code_expired", Other: "the device code expired before the sign-in was completed"}
	case "oauth_err_encode_token_file":
		return &goi18n.Message{ID: "oauth_err_encode_token_file", Other: "encode the token file: {{.Err}}"}
	case "oauth_err_https_only":
		return &goi18n.Message{ID: "oauth_err_https_only", Other: "refusing {{.URL}}: OAuth requests go over https only (http only to this machine)"}
	case "oauth_err_no_access_token":
		return &goi18n.Message{ID: "oauth_err_no_access_token", Other: "the token endpoint answered without an access token"}
	case "oauth_err_no_refresh_token":
		return &goi18n.Message{ID: "oauth_err_no_refresh_token", Other: "the provider gave no refresh token"}
	case "oauth_err_no_token_file":
		return &goi18n.Message{ID: "oauth_err_no_token_file", Other: "no token file to keep the sign-in in"}
	case "oauth_err_not_regular_file":
		return &goi18n.Message{ID: "oauth_err_not_regular_file", Other: "not a regular file"}
	case "oauth_err_not_signed_in":
		return &goi18n.Message{ID: "oauth_err_not_signed_in", Other: "not signed in: no refresh token in the token file"}
	case "oauth_err_not_signed_in_because":
		return &goi18n.Message{ID: "oauth_err_not_signed_in_because", Other: "{{.Err}} ({{.Why}})"}
	case "oauth_err_read_token_file":
		return &goi18n.Message{ID: "oauth_err_read_token_file", Other: "read the token file: {{.Err}}"}
	case "oauth_err_read_token_file_named":
		return &goi18n.Message{ID: "oauth_err_read_token_file_named", Other: "read the token file {{.File}}: {{.Err}}"}
	case "oauth_err_service_account_file":
		return &goi18n.Message{ID: "oauth_err_service_account_file", Other: "oauth2_service_account_file: {{.Err}}"}
	case "oauth_why_no_refresh_token":
		return &goi18n.Message{ID: "oauth_why_no_refresh_token", Other: "{{.File}} holds no refresh token"}
	case "oauth_why_no_such_file":
		return &goi18n.Message{ID: "oauth_why_no_such_file", Other: "{{.File}} does not exist"}
	case "oauth_why_no_token_file":
		return &goi18n.Message{ID: "oauth_why_no_token_file", Other: "no token file given"}
	case "oauth_why_other_identity":
		return &goi18n.Message{ID: "oauth_why_other_identity", Other: "{{.File}} is for client {{.GotClient}} and mailbox {{.GotMailbox}}, the settings name client {{.Client}} and mailbox {{.Mailbox}}"}
	case "serve_channel_refused":
		return &goi18n.Message{ID: "serve_channel_refused", Other: "smtpconf serve offers the settings form only"}
	case "serve_err_accept":
		return &goi18n.Message{ID: "serve_err_accept", Other: "serve: accept: {{.Err}}"}
	case "serve_err_authorized_keys":
		return &goi18n.Message{ID: "serve_err_authorized_keys", Other: "authorized keys: {{.Err}}"}
	case "serve_err_disconnected":
		return &goi18n.Message{ID: "serve_err_disconnected", Other: "the connection closed"}
	case "serve_err_form":
		return &goi18n.Message{ID: "serve_err_form", Other: "form: {{.Err}}"}
	case "serve_err_host_key":
		return &goi18n.Message{ID: "serve_err_host_key", Other: "host key: {{.Err}}"}
	case "serve_err_host_key_dir":
		return &goi18n.Message{ID: "serve_err_host_key_dir", Other: "create host key directory: {{.Err}}"}
	case "serve_err_host_key_encode":
		return &goi18n.Message{ID: "serve_err_host_key_encode", Other: "encode host key: {{.Err}}"}
	case "serve_err_host_key_generate":
		return &goi18n.Message{ID: "serve_err_host_key_generate", Other: "generate host key: {{.Err}}"}
	case "serve_err_host_key_invalid":
		return &goi18n.Message{ID: "serve_err_host_key_invalid", Other: "host key {{.Path}}: {{.Err}}"}
	case "serve_err_host_key_readable":
		return &goi18n.Message{ID: "serve_err_host_key_readable", Other: "host key {{.Path}} is readable by others (mode {{.Mode}}): run chmod 600 {{.Path}}"}
	case "serve_err_host_key_write":
		return &goi18n.Message{ID: "serve_err_host_key_write", Other: "write host key: {{.Err}}"}
	case "serve_err_idle":
		return &goi18n.Message{ID: "serve_err_idle", Other: "no input for the idle timeout"}
	case "serve_err_internal":
		return &goi18n.Message{ID: "serve_err_internal", Other: "internal error (details in the server's log)"}
	case "serve_err_key_not_allowed":
		return &goi18n.Message{ID: "serve_err_key_not_allowed", Other: "your key is no longer allowed: {{.Err}}"}
	case "serve_err_key_removed":
		return &goi18n.Message{ID: "serve_err_key_removed", Other: "your key was removed from authorized_keys"}
	case "serve_err_key_unchecked":
		return &goi18n.Message{ID: "serve_err_key_unchecked", Other: "your key cannot be checked ({{.Err}}): not saved"}
	case "serve_err_no_authorized_keys_path":
		return &goi18n.Message{ID: "serve_err_no_authorized_keys_path", Other: "serve: an authorized_keys path is required"}
	case "serve_err_no_config_path":
		return &goi18n.Message{ID: "serve_err_no_config_path", Other: "serve: a config file path is required"}
	case "serve_err_no_host_key_path":
		return &goi18n.Message{ID: "serve_err_no_host_key_path", Other: "serve: a host key path is required"}
	case "serve_err_read_host_key":
		return &goi18n.Message{ID: "serve_err_read_host_key", Other: "read host key: {{.Err}}"}
	case "serve_err_setup":
		return &goi18n.Message{ID: "serve_err_setup", Other: "serve: {{.Err}}"}
	case "serve_err_shutting_down":
		return &goi18n.Message{ID: "serve_err_shutting_down", Other: "the server is shutting down"}
	case "serve_err_start_form":
		return &goi18n.Message{ID: "serve_err_start_form", Other: "start the form: {{.Err}}"}
	case "serve_err_too_large":
		return &goi18n.Message{ID: "serve_err_too_large", Other: "{{.Path}} is larger than {{.Limit}} bytes"}
	case "serve_notice_idle":
		return &goi18n.Message{ID: "serve_notice_idle", Other: "Idle: this session closes in {{.Time}} unless you press a key"}
	case "serve_notice_stop_now":
		return &goi18n.Message{ID: "serve_notice_stop_now", Other: "The server is stopping: save your changes now"}
	case "serve_notice_stopping":
		return &goi18n.Message{ID: "serve_notice_stopping", Other: "The server is stopping: save your changes within {{.Time}}"}
	case "serve_refused_command":
		return &goi18n.Message{ID: "serve_refused_command", Other: "smtpconf serve runs no commands, only the settings form: connect without one: {{.Command}}"}
	case "serve_refused_key_gone":
		return &goi18n.Message{ID: "serve_refused_key_gone", Other: "smtpconf serve: your key is no longer authorised"}
	case "serve_refused_no_pty":
		return &goi18n.Message{ID: "serve_refused_no_pty", Other: "smtpconf serve needs an interactive terminal: {{.Command}}"}
	case "serve_refused_public_keys_only":
		return &goi18n.Message{ID: "serve_refused_public_keys_only", Other: "smtpconf serve: public keys only"}
	case "serve_rule_command":
		return &goi18n.Message{ID: "serve_rule_command", Other: "key has command= in authorized_keys (sshd runs only that command with it, so it gets no form)"}
	case "serve_rule_expired":
		return &goi18n.Message{ID: "serve_rule_expired", Other: "key expired (expiry-time in authorized_keys)"}
	case "serve_rule_from":
		return &goi18n.Message{ID: "serve_rule_from", Other: "client address not allowed by from= in authorized_keys"}
	case "serve_rule_no_pty":
		return &goi18n.Message{ID: "serve_rule_no_pty", Other: "key has no-pty, or restrict without pty, in authorized_keys (the form needs a terminal)"}
	case "serve_session_closed":
		return &goi18n.Message{ID: "serve_session_closed", Other: "smtpconf serve: session closed: {{.Reason}}"}
	case "tuiaccess_already_signed_in":
		return &goi18n.Message{ID: "tuiaccess_already_signed_in", Other: "Already signed in for {{.Username}}."}
	case "tuiaccess_cancelled_nothing_filled":
		return &goi18n.Message{ID: "tuiaccess_cancelled_nothing_filled", Other: "Cancelled; nothing was filled in."}
	case "tuiaccess_choice_title":
		return &goi18n.Message{ID: "tuiaccess_choice_title", Other: "{{.Label}} (now {{.Now}}; Enter keeps it)"}
	case "tuiaccess_choose_invalid":
		return &goi18n.Message{ID: "tuiaccess_choose_invalid", Other: "Invalid: must be a number between 1 and {{.Last}}"}
	case "tuiaccess_choose_invalid_one":
		return &goi18n.Message{ID: "tuiaccess_choose_invalid_one", Other: "Invalid: must be 1"}
	case "tuiaccess_choose_number":
		return &goi18n.Message{ID: "tuiaccess_choose_number", Other: "Enter a number between 1 and {{.Last}}: "}
	case "tuiaccess_choose_only_one":
		return &goi18n.Message{ID: "tuiaccess_choose_only_one", Other: "There is only one option available; enter the number 1:"}
	case "tuiaccess_code_expires":
		return &goi18n.Message{ID: "tuiaccess_code_expires", Other: "The code expires at {{.At}} (in {{.In}}). Waiting for the sign-in…"}
	case "tuiaccess_conflict_keep":
		return &goi18n.Message{ID: "tuiaccess_conflict_keep", Other: "Keep my settings (saving asks again)"}
	case "tuiaccess_conflict_reapply":
		return &goi18n.Message{ID: "tuiaccess_conflict_reapply", Other: "Reload and re-apply my changes (where you both changed a setting, theirs is kept)"}
	case "tuiaccess_conflict_reload":
		return &goi18n.Message{ID: "tuiaccess_conflict_reload", Other: "Reload and drop my changes"}
	case "tuiaccess_conflict_title":
		return &goi18n.Message{ID: "tuiaccess_conflict_title", Other: "What now? (Enter: reload and re-apply my changes)"}
	case "tuiaccess_detect_ask":
		return &goi18n.Message{ID: "tuiaccess_detect_ask", Other: "Detect which ports and security {{.Host}} offers?"}
	case "tuiaccess_detect_filled":
		return &goi18n.Message{ID: "tuiaccess_detect_filled", Other: "Filled in what {{.Host}} offers: {{.Settings}}."}
	case "tuiaccess_detect_stopped":
		return &goi18n.Message{ID: "tuiaccess_detect_stopped", Other: "detect: {{.Err}}"}
	case "tuiaccess_detect_use":
		return &goi18n.Message{ID: "tuiaccess_detect_use", Other: "Use these settings?"}
	case "tuiaccess_discover_ask":
		return &goi18n.Message{ID: "tuiaccess_discover_ask", Other: "Look for the mail server of {{.Sender}}?"}
	case "tuiaccess_discover_filled":
		return &goi18n.Message{ID: "tuiaccess_discover_filled", Other: "Filled in {{.Found}}; the next prompts offer it, Enter keeps it."}
	case "tuiaccess_discover_found":
		return &goi18n.Message{ID: "tuiaccess_discover_found", Other: "We found (Enter: the first)"}
	case "tuiaccess_discover_looking":
		return &goi18n.Message{ID: "tuiaccess_discover_looking", Other: "Looking for the mail server of {{.Domain}}…"}
	case "tuiaccess_discover_note":
		return &goi18n.Message{ID: "tuiaccess_discover_note", Other: "note: {{.Note}}"}
	case "tuiaccess_discover_nothing":
		return &goi18n.Message{ID: "tuiaccess_discover_nothing", Other: "Nothing answered: type the server yourself in the next steps."}
	case "tuiaccess_discover_own":
		return &goi18n.Message{ID: "tuiaccess_discover_own", Other: "Type the server myself"}
	case "tuiaccess_discover_stopped":
		return &goi18n.Message{ID: "tuiaccess_discover_stopped", Other: "discover: {{.Err}}"}
	case "tuiaccess_input_default_title":
		return &goi18n.Message{ID: "tuiaccess_input_default_title", Other: "{{.Label}} (Enter for {{.Default}}):"}
	case "tuiaccess_input_empty_title":
		return &goi18n.Message{ID: "tuiaccess_input_empty_title", Other: "{{.Label}} (Enter leaves it empty):"}
	case "tuiaccess_input_ended":
		return &goi18n.Message{ID: "tuiaccess_input_ended", Other: "the input ended before every question was answered"}
	case "tuiaccess_input_now_title":
		return &goi18n.Message{ID: "tuiaccess_input_now_title", Other: "{{.Label}} (now {{.Now}}; Enter keeps it, - empties it):"}
	case "tuiaccess_interrupt_quit":
		return &goi18n.Message{ID: "tuiaccess_interrupt_quit", Other: "Quit and throw away your changes to {{.Labels}}?"}
	case "tuiaccess_interrupted":
		return &goi18n.Message{ID: "tuiaccess_interrupted", Other: "interrupted"}
	case "tuiaccess_menu_check":
		return &goi18n.Message{ID: "tuiaccess_menu_check", Other: "Check connection (delivers nothing)"}
	case "tuiaccess_menu_edit":
		return &goi18n.Message{ID: "tuiaccess_menu_edit", Other: "Edit the settings again"}
	case "tuiaccess_menu_quit":
		return &goi18n.Message{ID: "tuiaccess_menu_quit", Other: "Quit"}
	case "tuiaccess_menu_quit_sure":
		return &goi18n.Message{ID: "tuiaccess_menu_quit_sure", Other: "Quit without saving your changes?"}
	case "tuiaccess_menu_quit_unsaved":
		return &goi18n.Message{ID: "tuiaccess_menu_quit_unsaved", Other: "Quit without saving"}
	case "tuiaccess_menu_save":
		return &goi18n.Message{ID: "tuiaccess_menu_save", Other: "Save to {{.Path}}"}
	case "tuiaccess_menu_sign_in":
		return &goi18n.Message{ID: "tuiaccess_menu_sign_in", Other: "Sign in to {{.Provider}} (device code)"}
	case "tuiaccess_menu_title":
		return &goi18n.Message{ID: "tuiaccess_menu_title", Other: "What next? (Enter: {{.Default}})"}
	case "tuiaccess_no_words":
		return &goi18n.Message{ID: "tuiaccess_no_words", Other: "n,no"}
	case "tuiaccess_prompt_failed":
		return &goi18n.Message{ID: "tuiaccess_prompt_failed", Other: "prompt: {{.Err}}"}
	case "tuiaccess_secret_saved_title":
		return &goi18n.Message{ID: "tuiaccess_secret_saved_title", Other: "{{.Label}} (saved; Enter keeps it):"}
	case "tuiaccess_secret_title":
		return &goi18n.Message{ID: "tuiaccess_secret_title", Other: "{{.Label}}:"}
	case "tuiaccess_show_transcript":
		return &goi18n.Message{ID: "tuiaccess_show_transcript", Other: "Show the conversation with the server (passwords hidden)?"}
	case "tuiaccess_signing_in":
		return &goi18n.Message{ID: "tuiaccess_signing_in", Other: "Signing in to {{.Provider}} (device code)…"}
	case "tuiaccess_start_fresh":
		return &goi18n.Message{ID: "tuiaccess_start_fresh", Other: "Start fresh in {{.Path}}? The broken file is left as it is."}
	case "tuiaccess_testing_saved":
		return &goi18n.Message{ID: "tuiaccess_testing_saved", Other: "Testing the saved settings. Server: {{.Server}}"}
	case "tuiaccess_testing_unsaved":
		return &goi18n.Message{ID: "tuiaccess_testing_unsaved", Other: "Testing the settings entered, not saved yet. Server: {{.Server}}"}
	case "tuiaccess_toggle_title":
		return &goi18n.Message{ID: "tuiaccess_toggle_title", Other: "{{.Label}}?"}
	case "tuiaccess_what_to_do":
		return &goi18n.Message{ID: "tuiaccess_what_to_do", Other: "What to do: {{.Hint}}"}
	case "tuiaccess_yes_no_default_no":
		return &goi18n.Message{ID: "tuiaccess_yes_no_default_no", Other: "[y/N]"}
	case "tuiaccess_yes_no_default_yes":
		return &goi18n.Message{ID: "tuiaccess_yes_no_default_yes", Other: "[Y/n]"}
	case "tuiaccess_yes_no_invalid":
		return &goi18n.Message{ID: "tuiaccess_yes_no_invalid", Other: "Please answer y (yes) or n (no)."}
	case "tuiaccess_yes_words":
		return &goi18n.Message{ID: "tuiaccess_yes_words", Other: "y,yes"}
	case "tuiform_advice_auth_none_unused":
		return &goi18n.Message{ID: "tuiform_advice_auth_none_unused", Other: "{{.Label}} is \"{{.AuthNone}}\", so {{.LUsername}} and {{.LPassword}} are not used: choose \"{{.AuthAuto}}\" to log in"}
	case "tuiform_advice_ca_file_unused":
		return &goi18n.Message{ID: "tuiform_advice_ca_file_unused", Other: "{{.Label}} is not used while {{.LTlsSkipVerify}} is on: switch {{.LTlsSkipVerify}} off so that the CA file is checked"}
	case "tuiform_advice_host_port":
		return &goi18n.Message{ID: "tuiform_advice_host_port", Other: "{{.Label}}: \"{{.Value}}\" includes a port: type {{.Host}} here and {{.Port}} in {{.LPort}}"}
	case "tuiform_advice_in_clear_password":
		return &goi18n.Message{ID: "tuiform_advice_in_clear_password", Other: "{{.Label}}: the password would cross the network in clear: switch {{.LStarttls}} on, choose {{.LProtocol}} SMTPS, or switch {{.LAllowInsecureAuth}} on (or choose CRAM-MD5, which never sends the password, if the server offers it)"}
	case "tuiform_advice_in_clear_token":
		return &goi18n.Message{ID: "tuiform_advice_in_clear_token", Other: "{{.Label}}: the token would cross the network in clear: switch {{.LStarttls}} on, choose {{.LProtocol}} SMTPS, or switch {{.LAllowInsecureAuth}} on"}
	case "tuiform_advice_m365_password":
		return &goi18n.Message{ID: "tuiform_advice_m365_password", Other: "{{.Label}} is {{.AuthLabel}}: Microsoft 365 turns password logins for SMTP off at the end of December 2026 (MC786329): choose XOAUTH2 with {{.LOauth2Provider}} Microsoft 365 (README: Microsoft 365 and Google)"}
	case "tuiform_advice_oauth_client_id_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_client_id_missing", Other: "{{.Label}} is not set, but {{.LOauth2Flow}} \"{{.FlowLabel}}\" needs one: fill in the application (client) id of the app registered with the provider"}
	case "tuiform_advice_oauth_client_secret_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_client_secret_missing", Other: "{{.Label}} is not set, but this flow needs the client secret: type it in (or set oauth2_client_secret_env or oauth2_client_secret_command in the file)"}
	case "tuiform_advice_oauth_password_unused":
		return &goi18n.Message{ID: "tuiform_advice_oauth_password_unused", Other: "{{.Label}} is not used: {{.LAuth}} {{.AuthLabel}} logs in with an OAuth 2.0 token, not a password: empty {{.Label}}"}
	case "tuiform_advice_oauth_refresh_token_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_refresh_token_missing", Other: "{{.Label}} is not set, but this flow needs the refresh token: fill in {{.LOauth2RefreshTokenEnv}} or {{.LOauth2RefreshTokenCommand}}"}
	case "tuiform_advice_oauth_tenant_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_tenant_missing", Other: "{{.Label}} is not set, but {{.LOauth2Provider}} Microsoft 365 needs the tenant's name or id, e.g. example.onmicrosoft.com (Entra admin center → Overview → Tenant ID)"}
	case "tuiform_advice_oauth_unused":
		return &goi18n.Message{ID: "tuiform_advice_oauth_unused", Other: "{{.Label}}: the OAuth 2.0 settings are not used with {{.LAuth}} {{.AuthLabel}}: choose XOAUTH2 (or {{.AuthAuto}} with {{.LOauth2Provider}}) to log in with OAuth 2.0, or remove them from the file"}
	case "tuiform_advice_oauth_username_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_username_missing", Other: "{{.Label}} is not set, but {{.LAuth}} {{.AuthLabel}} needs the mailbox the token is for: fill in the mailbox's address"}
	case "tuiform_advice_password_missing":
		return &goi18n.Message{ID: "tuiform_advice_password_missing", Other: "{{.Label}} is not set, but {{.LAuth}} {{.AuthLabel}} needs one: type it in (or set password_env or password_command in the file)"}
	case "tuiform_advice_port_465_smtp":
		return &goi18n.Message{ID: "tuiform_advice_port_465_smtp", Other: "{{.Label}}: port 465 expects implicit TLS: choose {{.LProtocol}} SMTPS, or port 587 with {{.LProtocol}} SMTP and {{.LStarttls}} on"}
	case "tuiform_advice_port_plain_smtps":
		return &goi18n.Message{ID: "tuiform_advice_port_plain_smtps", Other: "{{.Label}}: port {{.Port}} speaks plain SMTP, not TLS from the start: use port 465, or {{.LProtocol}} SMTP with {{.LStarttls}} on"}
	case "tuiform_advice_skip_verify":
		return &goi18n.Message{ID: "tuiform_advice_skip_verify", Other: "{{.Label}} is on: any certificate is accepted, so anyone on the network path can pose as {{.Host}} and read the mail and password: trust its CA with {{.LTlsCaFile}} instead"}
	case "tuiform_advice_starttls_smtps":
		return &goi18n.Message{ID: "tuiform_advice_starttls_smtps", Other: "{{.Label}} has no effect with {{.LProtocol}} SMTPS, which is encrypted from the first byte: switch {{.Label}} off"}
	case "tuiform_advice_username_missing":
		return &goi18n.Message{ID: "tuiform_advice_username_missing", Other: "{{.Label}} is not set, but {{.LAuth}} {{.AuthLabel}} needs one: fill in {{.Label}}, or choose {{.LAuth}} {{.AuthNone}} if the server takes mail without login"}
	case "tuiform_auth_auto":
		return &goi18n.Message{ID: "tuiform_auth_auto", Other: "automatic"}
	case "tuiform_auth_help":
		return &goi18n.Message{ID: "tuiform_auth_help", Other: "how to log in: none, automatic (the best the server offers), PLAIN, LOGIN, CRAM-MD5, or XOAUTH2 or OAUTHBEARER (OAuth 2.0)"}
	case "tuiform_auth_none":
		return &goi18n.Message{ID: "tuiform_auth_none", Other: "none"}
	case "tuiform_default_goes_through":
		return &goi18n.Message{ID: "tuiform_default_goes_through", Other: "Mail goes through {{.Server}}"}
	case "tuiform_default_goes_through_demo":
		return &goi18n.Message{ID: "tuiform_default_goes_through_demo", Other: "Mail goes through the demo server {{.Server}}"}
	case "tuiform_default_needs_sender":
		return &goi18n.Message{ID: "tuiform_default_needs_sender", Other: "It has no sender address of its own, so a {{.Label}} is needed too."}
	case "tuiform_default_period":
		return &goi18n.Message{ID: "tuiform_default_period", Other: "{{.Through}}."}
	case "tuiform_default_sent_as":
		return &goi18n.Message{ID: "tuiform_default_sent_as", Other: "{{.Through}}, sent as {{.Sender}}."}
	case "tuiform_example":
		return &goi18n.Message{ID: "tuiform_example", Other: "e.g. {{.Value}}"}
	case "tuiform_flow_client_credentials":
		return &goi18n.Message{ID: "tuiform_flow_client_credentials", Other: "the app signs in as itself"}
	case "tuiform_flow_device_code":
		return &goi18n.Message{ID: "tuiform_flow_device_code", Other: "an admin signs in once"}
	case "tuiform_flow_refresh_token":
		return &goi18n.Message{ID: "tuiform_flow_refresh_token", Other: "a refresh token I have"}
	case "tuiform_flow_service_account":
		return &goi18n.Message{ID: "tuiform_flow_service_account", Other: "service account"}
	case "tuiform_join_and":
		return &goi18n.Message{ID: "tuiform_join_and", Other: "{{.List}} and {{.Last}}"}
	case "tuiform_keep_saved_client_secret":
		return &goi18n.Message{ID: "tuiform_keep_saved_client_secret", Other: "leave empty to keep the saved client secret"}
	case "tuiform_keep_saved_password":
		return &goi18n.Message{ID: "tuiform_keep_saved_password", Other: "leave empty to keep the saved password"}
	case "tuiform_nothing_to_save":
		return &goi18n.Message{ID: "tuiform_nothing_to_save", Other: "Nothing to save: {{.File}} already holds these settings."}
	case "tuiform_oauth2_flow_help":
		return &goi18n.Message{ID: "tuiform_oauth2_flow_help", Other: "how the token is obtained: the app signs in as itself (with its client secret, for unattended servers), an admin signs in once (with a code, from here), a refresh token I have (from elsewhere), or service account (Google Workspace)"}
	case "tuiform_oauth2_provider_help":
		return &goi18n.Message{ID: "tuiform_oauth2_provider_help", Other: "who issues the OAuth 2.0 token: Microsoft 365, Google (Workspace) or other (any OAuth 2.0 server: give its token URL)"}
	case "tuiform_oauth2_scope_default":
		return &goi18n.Message{ID: "tuiform_oauth2_scope_default", Other: "the provider's default"}
	case "tuiform_page_more":
		return &goi18n.Message{ID: "tuiform_page_more", Other: "more"}
	case "tuiform_password_from_command":
		return &goi18n.Message{ID: "tuiform_password_from_command", Other: "a command"}
	case "tuiform_password_from_variable":
		return &goi18n.Message{ID: "tuiform_password_from_variable", Other: "a variable"}
	case "tuiform_password_source_help":
		return &goi18n.Message{ID: "tuiform_password_source_help", Other: "the login password comes {{.Source}} ({{.Sources}} this form does not edit); a password typed here replaces that and is stored in this file"}
	case "tuiform_port_default":
		return &goi18n.Message{ID: "tuiform_port_default", Other: "{{.Port}} (the default for {{.Protocol}})"}
	case "tuiform_protocol_best":
		return &goi18n.Message{ID: "tuiform_protocol_best", Other: "SMTPS (TLS from the first byte) is recommended; SMTP with STARTTLS required is next best."}
	case "tuiform_protocol_recommended":
		return &goi18n.Message{ID: "tuiform_protocol_recommended", Other: "Recommended: SMTPS, or SMTP with STARTTLS required, so that the password and mail are encrypted."}
	case "tuiform_relabel_choice":
		return &goi18n.Message{ID: "tuiform_relabel_choice", Other: "{{.Label}} {{.Choice}}"}
	case "tuiform_relabel_empty":
		return &goi18n.Message{ID: "tuiform_relabel_empty", Other: "empty {{.Label}}"}
	case "tuiform_relabel_key":
		return &goi18n.Message{ID: "tuiform_relabel_key", Other: "{{.Label}}"}
	case "tuiform_relabel_key_contexts":
		return &goi18n.Message{ID: "tuiform_relabel_key_contexts", Other: "set|unset|turn on|turn off"}
	case "tuiform_relabel_off":
		return &goi18n.Message{ID: "tuiform_relabel_off", Other: "{{.Label}} off"}
	case "tuiform_relabel_on":
		return &goi18n.Message{ID: "tuiform_relabel_on", Other: "{{.Label}} on"}
	case "tuiform_saved_client_secret":
		return &goi18n.Message{ID: "tuiform_saved_client_secret", Other: "the saved client secret"}
	case "tuiform_saved_password":
		return &goi18n.Message{ID: "tuiform_saved_password", Other: "the saved password"}
	case "tuiform_signin_help":
		return &goi18n.Message{ID: "tuiform_signin_help", Other: "a password, or OAuth 2.0 with Microsoft 365 or Google (fills in their server)"}
	case "tuiform_signin_label":
		return &goi18n.Message{ID: "tuiform_signin_label", Other: "Sign in with"}
	case "tuiform_signin_password":
		return &goi18n.Message{ID: "tuiform_signin_password", Other: "password"}
	case "tuiform_source_command":
		return &goi18n.Message{ID: "tuiform_source_command", Other: "command: {{.Command}}"}
	case "tuiform_source_from":
		return &goi18n.Message{ID: "tuiform_source_from", Other: "from {{.Sources}}"}
	case "tuiform_summary_client_secret_kept":
		return &goi18n.Message{ID: "tuiform_summary_client_secret_kept", Other: "saved client secret kept"}
	case "tuiform_summary_new_client_secret":
		return &goi18n.Message{ID: "tuiform_summary_new_client_secret", Other: "new client secret entered"}
	case "tuiform_summary_new_client_secret_replaces":
		return &goi18n.Message{ID: "tuiform_summary_new_client_secret_replaces", Other: "new client secret entered; replaces the client secret {{.Source}}"}
	case "tuiform_summary_new_password":
		return &goi18n.Message{ID: "tuiform_summary_new_password", Other: "new password entered"}
	case "tuiform_summary_new_password_replaces":
		return &goi18n.Message{ID: "tuiform_summary_new_password_replaces", Other: "new password entered; replaces the password {{.Source}}"}
	case "tuiform_summary_no":
		return &goi18n.Message{ID: "tuiform_summary_no", Other: "no"}
	case "tuiform_summary_none":
		return &goi18n.Message{ID: "tuiform_summary_none", Other: "none"}
	case "tuiform_summary_password_kept":
		return &goi18n.Message{ID: "tuiform_summary_password_kept", Other: "saved password kept"}
	case "tuiform_summary_yes":
		return &goi18n.Message{ID: "tuiform_summary_yes", Other: "yes"}
	case "tuiform_timeout_default":
		return &goi18n.Message{ID: "tuiform_timeout_default", Other: "{{.Timeout}} (the default)"}
	case "tuiform_use_default_label":
		return &goi18n.Message{ID: "tuiform_use_default_label", Other: "Use the platform's default mail server"}
	case "tuikeys_accept":
		return &goi18n.Message{ID: "tuikeys_accept", Other: "use these settings"}
	case "tuikeys_all_keys":
		return &goi18n.Message{ID: "tuikeys_all_keys", Other: "all keys"}
	case "tuikeys_back":
		return &goi18n.Message{ID: "tuikeys_back", Other: "back"}
	case "tuikeys_cancel":
		return &goi18n.Message{ID: "tuikeys_cancel", Other: "cancel"}
	case "tuikeys_choose":
		return &goi18n.Message{ID: "tuikeys_choose", Other: "choose"}
	case "tuikeys_close":
		return &goi18n.Message{ID: "tuikeys_close", Other: "close"}
	case "tuikeys_detect":
		return &goi18n.Message{ID: "tuikeys_detect", Other: "detect settings"}
	case "tuikeys_discard":
		return &goi18n.Message{ID: "tuikeys_discard", Other: "quit without saving"}
	case "tuikeys_dismiss":
		return &goi18n.Message{ID: "tuikeys_dismiss", Other: "dismiss"}
	case "tuikeys_end":
		return &goi18n.Message{ID: "tuikeys_end", Other: "end"}
	case "tuikeys_fresh":
		return &goi18n.Message{ID: "tuikeys_fresh", Other: "start fresh in a new file"}
	case "tuikeys_home":
		return &goi18n.Message{ID: "tuikeys_home", Other: "start"}
	case "tuikeys_keep_editing":
		return &goi18n.Message{ID: "tuikeys_keep_editing", Other: "keep editing"}
	case "tuikeys_line_down":
		return &goi18n.Message{ID: "tuikeys_line_down", Other: "scroll down"}
	case "tuikeys_line_up":
		return &goi18n.Message{ID: "tuikeys_line_up", Other: "scroll up"}
	case "tuikeys_next":
		return &goi18n.Message{ID: "tuikeys_next", Other: "next"}
	case "tuikeys_next_field":
		return &goi18n.Message{ID: "tuikeys_next_field", Other: "next field"}
	case "tuikeys_next_step":
		return &goi18n.Message{ID: "tuikeys_next_step", Other: "next step"}
	case "tuikeys_open_earlier":
		return &goi18n.Message{ID: "tuikeys_open_earlier", Other: "open the earlier fresh file"}
	case "tuikeys_page_down":
		return &goi18n.Message{ID: "tuikeys_page_down", Other: "page down"}
	case "tuikeys_page_up":
		return &goi18n.Message{ID: "tuikeys_page_up", Other: "page up"}
	case "tuikeys_previous":
		return &goi18n.Message{ID: "tuikeys_previous", Other: "previous"}
	case "tuikeys_previous_field":
		return &goi18n.Message{ID: "tuikeys_previous_field", Other: "previous field"}
	case "tuikeys_previous_step":
		return &goi18n.Message{ID: "tuikeys_previous_step", Other: "previous step"}
	case "tuikeys_quit":
		return &goi18n.Message{ID: "tuikeys_quit", Other: "quit"}
	case "tuikeys_reapply":
		return &goi18n.Message{ID: "tuikeys_reapply", Other: "reload, re-apply mine"}
	case "tuikeys_reload":
		return &goi18n.Message{ID: "tuikeys_reload", Other: "reload, drop mine"}
	case "tuikeys_results_down":
		return &goi18n.Message{ID: "tuikeys_results_down", Other: "later results"}
	case "tuikeys_results_up":
		return &goi18n.Message{ID: "tuikeys_results_up", Other: "earlier results"}
	case "tuikeys_run":
		return &goi18n.Message{ID: "tuikeys_run", Other: "run"}
	case "tuikeys_save":
		return &goi18n.Message{ID: "tuikeys_save", Other: "save"}
	case "tuikeys_save_and_quit":
		return &goi18n.Message{ID: "tuikeys_save_and_quit", Other: "save and quit"}
	case "tuikeys_sign_in":
		return &goi18n.Message{ID: "tuikeys_sign_in", Other: "sign in (OAuth)"}
	case "tuikeys_test":
		return &goi18n.Message{ID: "tuikeys_test", Other: "test"}
	case "tuikeys_test_full":
		return &goi18n.Message{ID: "tuikeys_test_full", Other: "test"}
	case "tuikeys_toggle":
		return &goi18n.Message{ID: "tuikeys_toggle", Other: "switch on/off"}
	case "tuikeys_transcript":
		return &goi18n.Message{ID: "tuikeys_transcript", Other: "transcript"}
	case "tuirecipient_needed":
		return &goi18n.Message{ID: "tuirecipient_needed", Other: "{{.Label}} is empty: enter the address the test e-mail goes to, or choose {{.Check}}, which needs none"}
	case "tuisave_check_failed":
		return &goi18n.Message{ID: "tuisave_check_failed", Other: "Nothing saved: {{.Path}} is no longer as it was loaded, and reading it again failed: {{.Err}}"}
	case "tuisave_reloaded_unedited":
		return &goi18n.Message{ID: "tuisave_reloaded_unedited", Other: "Someone else changed {{.Path}} since it was loaded; you had changed nothing, so nothing was saved and the form now shows the file as it is"}
	case "tuiscreen_aside_note":
		return &goi18n.Message{ID: "tuiscreen_aside_note", Other: "{{.Broken}} is still the file in use, and it does not parse. To use these settings, put the new file in its place:"}
	case "tuiscreen_badge_unsaved":
		return &goi18n.Message{ID: "tuiscreen_badge_unsaved", Other: "unsaved"}
	case "tuiscreen_badge_unsaved_changes":
		return &goi18n.Message{ID: "tuiscreen_badge_unsaved_changes", Other: "unsaved changes"}
	case "tuiscreen_cannot_save":
		return &goi18n.Message{ID: "tuiscreen_cannot_save", One: "Cannot save: {{.Count}} problem to fix first", Other: "Cannot save: {{.Count}} problems to fix first"}
	case "tuiscreen_changed":
		return &goi18n.Message{ID: "tuiscreen_changed", Other: "Changed: {{.Labels}}"}
	case "tuiscreen_conflict_changed":
		return &goi18n.Message{ID: "tuiscreen_conflict_changed", Other: "Someone else changed {{.Path}} since it was loaded, so it was not saved over."}
	case "tuiscreen_conflict_choices":
		return &goi18n.Message{ID: "tuiscreen_conflict_choices", Other: "a reloads the file and re-applies your changes: where you both changed a setting, theirs is kept and named. r reloads the file and drops your changes. k keeps editing (saving asks again)."}
	case "tuiscreen_conflict_kept_editing":
		return &goi18n.Message{ID: "tuiscreen_conflict_kept_editing", Other: "Not saved: the file changed on disk. Save again and press a to re-apply your changes to the file as it is now."}
	case "tuiscreen_conflict_title":
		return &goi18n.Message{ID: "tuiscreen_conflict_title", Other: "The file changed on disk"}
	case "tuiscreen_demo_local":
		return &goi18n.Message{ID: "tuiscreen_demo_local", Other: "nothing leaves this machine"}
	case "tuiscreen_demo_login":
		return &goi18n.Message{ID: "tuiscreen_demo_login", Other: "login {{.Username}} / {{.Password}}"}
	case "tuiscreen_demo_server":
		return &goi18n.Message{ID: "tuiscreen_demo_server", Other: "Demo server {{.Addr}}"}
	case "tuiscreen_fatal_any_key":
		return &goi18n.Message{ID: "tuiscreen_fatal_any_key", Other: "press any key to quit"}
	case "tuiscreen_key_any":
		return &goi18n.Message{ID: "tuiscreen_key_any", Other: "any key"}
	case "tuiscreen_key_more":
		return &goi18n.Message{ID: "tuiscreen_key_more", Other: "more"}
	case "tuiscreen_key_open":
		return &goi18n.Message{ID: "tuiscreen_key_open", Other: "open {{.File}}"}
	case "tuiscreen_key_quit":
		return &goi18n.Message{ID: "tuiscreen_key_quit", Other: "quit"}
	case "tuiscreen_label_named":
		return &goi18n.Message{ID: "tuiscreen_label_named", Other: "{{.Label}}"}
	case "tuiscreen_list_and":
		return &goi18n.Message{ID: "tuiscreen_list_and", Other: "{{.List}} and {{.Last}}"}
	case "tuiscreen_no_terminal":
		return &goi18n.Message{ID: "tuiscreen_no_terminal", Other: "no terminal"}
	case "tuiscreen_not_saved":
		return &goi18n.Message{ID: "tuiscreen_not_saved", Other: "Not saved: {{.Err}}"}
	case "tuiscreen_nothing_changed":
		return &goi18n.Message{ID: "tuiscreen_nothing_changed", Other: "Nothing changed since the file was loaded."}
	case "tuiscreen_open_failed":
		return &goi18n.Message{ID: "tuiscreen_open_failed", Other: "Cannot open {{.Path}}: {{.Err}}"}
	case "tuiscreen_parse_earlier_fresh":
		return &goi18n.Message{ID: "tuiscreen_parse_earlier_fresh", Other: "{{.Path}} already exists, perhaps started fresh earlier: o opens it to check and finish it. It is not in use until it replaces the broken file."}
	case "tuiscreen_parse_error":
		return &goi18n.Message{ID: "tuiscreen_parse_error", Other: "{{.Path}} does not parse: line {{.Line}}, column {{.Column}}"}
	case "tuiscreen_parse_what_now":
		return &goi18n.Message{ID: "tuiscreen_parse_what_now", Other: "Fix it in an editor and start again, or start fresh: the new settings go to {{.Path}} and the broken file is left as it is."}
	case "tuiscreen_program_failed":
		return &goi18n.Message{ID: "tuiscreen_program_failed", Other: "configurator: {{.Err}}"}
	case "tuiscreen_quit_text":
		return &goi18n.Message{ID: "tuiscreen_quit_text", One: "You changed {{.Labels}} and have not saved.", Other: "You changed {{.Labels}}, and have not saved."}
	case "tuiscreen_quit_title":
		return &goi18n.Message{ID: "tuiscreen_quit_title", Other: "Quit without saving?"}
	case "tuiscreen_reapply_conflicts":
		return &goi18n.Message{ID: "tuiscreen_reapply_conflicts", Other: "Someone else changed {{.Labels}} too: their value is kept. Edit it again if yours should win."}
	case "tuiscreen_reload_failed":
		return &goi18n.Message{ID: "tuiscreen_reload_failed", Other: "Could not reload: {{.Err}}"}
	case "tuiscreen_reloaded":
		return &goi18n.Message{ID: "tuiscreen_reloaded", Other: "Reloaded {{.Path}}"}
	case "tuiscreen_reloaded_dropped":
		return &goi18n.Message{ID: "tuiscreen_reloaded_dropped", Other: "Reloaded {{.Path}}; your unsaved changes were dropped"}
	case "tuiscreen_reloaded_nothing_left":
		return &goi18n.Message{ID: "tuiscreen_reloaded_nothing_left", Other: "Reloaded {{.Path}}; nothing of yours was left to re-apply"}
	case "tuiscreen_reloaded_reapplied":
		return &goi18n.Message{ID: "tuiscreen_reloaded_reapplied", Other: "Reloaded {{.Path}} and re-applied your changes to {{.Labels}}: review and save"}
	case "tuiscreen_review_title":
		return &goi18n.Message{ID: "tuiscreen_review_title", Other: "Review before saving"}
	case "tuiscreen_saved_to":
		return &goi18n.Message{ID: "tuiscreen_saved_to", Other: "Saved to {{.Path}}"}
	case "tuiscreen_saving":
		return &goi18n.Message{ID: "tuiscreen_saving", Other: "Saving…"}
	case "tuiscreen_stopped_because":
		return &goi18n.Message{ID: "tuiscreen_stopped_because", Other: "stopped ({{.Cause}})"}
	case "tuiscreen_stopped_clean":
		return &goi18n.Message{ID: "tuiscreen_stopped_clean", Other: "{{.Stopped}}; there were no unsaved changes"}
	case "tuiscreen_stopped_discarded":
		return &goi18n.Message{ID: "tuiscreen_stopped_discarded", Other: "{{.Stopped}}: unsaved changes to {{.Labels}} were discarded"}
	case "tuitest_button_check":
		return &goi18n.Message{ID: "tuitest_button_check", Other: "Check connection"}
	case "tuitest_button_send":
		return &goi18n.Message{ID: "tuitest_button_send", Other: "Send test e-mail"}
	case "tuitest_cancelled":
		return &goi18n.Message{ID: "tuitest_cancelled", Other: "Cancelled."}
	case "tuitest_certificate_line":
		return &goi18n.Message{ID: "tuitest_certificate_line", Other: "certificate {{.Line}}"}
	case "tuitest_check_ok":
		return &goi18n.Message{ID: "tuitest_check_ok", Other: "The server accepts these settings (nothing was sent)"}
	case "tuitest_check_remark":
		return &goi18n.Message{ID: "tuitest_check_remark", Other: "(a check delivers nothing)"}
	case "tuitest_failed":
		return &goi18n.Message{ID: "tuitest_failed", Other: "failed"}
	case "tuitest_fix_first":
		return &goi18n.Message{ID: "tuitest_fix_first", Other: "Fix these first:"}
	case "tuitest_key_conversation":
		return &goi18n.Message{ID: "tuitest_key_conversation", Other: "conversation"}
	case "tuitest_key_next":
		return &goi18n.Message{ID: "tuitest_key_next", Other: "next"}
	case "tuitest_key_page":
		return &goi18n.Message{ID: "tuitest_key_page", Other: "page"}
	case "tuitest_key_previous":
		return &goi18n.Message{ID: "tuitest_key_previous", Other: "previous"}
	case "tuitest_key_scroll":
		return &goi18n.Message{ID: "tuitest_key_scroll", Other: "scroll"}
	case "tuitest_key_scroll_results":
		return &goi18n.Message{ID: "tuitest_key_scroll_results", Other: "scroll results"}
	case "tuitest_key_start_end":
		return &goi18n.Message{ID: "tuitest_key_start_end", Other: "start/end"}
	case "tuitest_logged_in_with":
		return &goi18n.Message{ID: "tuitest_logged_in_with", Other: "Logged in with {{.Mechanism}}"}
	case "tuitest_login_as_with":
		return &goi18n.Message{ID: "tuitest_login_as_with", Other: "login {{.Username}} with {{.Mechanism}}"}
	case "tuitest_login_auto_as":
		return &goi18n.Message{ID: "tuitest_login_auto_as", Other: "automatic login as {{.Username}}"}
	case "tuitest_login_auto_nobody":
		return &goi18n.Message{ID: "tuitest_login_auto_nobody", Other: "automatic login, no username"}
	case "tuitest_login_none":
		return &goi18n.Message{ID: "tuitest_login_none", Other: "no login"}
	case "tuitest_login_with_nobody":
		return &goi18n.Message{ID: "tuitest_login_with_nobody", Other: "login with {{.Mechanism}}, no username"}
	case "tuitest_more_above":
		return &goi18n.Message{ID: "tuitest_more_above", Other: "more · pgup"}
	case "tuitest_more_below":
		return &goi18n.Message{ID: "tuitest_more_below", Other: "more · pgdn"}
	case "tuitest_sent":
		return &goi18n.Message{ID: "tuitest_sent", Other: "Test e-mail sent to {{.Recipient}}"}
	case "tuitest_server":
		return &goi18n.Message{ID: "tuitest_server", Other: "Server: {{.Server}}"}
	case "tuitest_server_port":
		return &goi18n.Message{ID: "tuitest_server_port", Other: "port {{.Port}}"}
	case "tuitest_server_reply":
		return &goi18n.Message{ID: "tuitest_server_reply", Other: "Server's reply: {{.Reply}}"}
	case "tuitest_starting":
		return &goi18n.Message{ID: "tuitest_starting", Other: "Starting…"}
	case "tuitest_step_waiting":
		return &goi18n.Message{ID: "tuitest_step_waiting", Other: "waiting {{.Waited}}, gives up in {{.Left}}"}
	case "tuitest_title_saved":
		return &goi18n.Message{ID: "tuitest_title_saved", Other: "Test the saved settings"}
	case "tuitest_title_unsaved":
		return &goi18n.Message{ID: "tuitest_title_unsaved", Other: "Test the settings in the form, not saved yet"}
	case "tuitest_tls_certificate_for":
		return &goi18n.Message{ID: "tuitest_tls_certificate_for", Other: "certificate for {{.Subject}}"}
	case "tuitest_tls_encrypted":
		return &goi18n.Message{ID: "tuitest_tls_encrypted", Other: "Encrypted: {{.Version}}, {{.Cipher}}"}
	case "tuitest_tls_issued_by":
		return &goi18n.Message{ID: "tuitest_tls_issued_by", Other: "by {{.Issuer}}"}
	case "tuitest_tls_not_verified":
		return &goi18n.Message{ID: "tuitest_tls_not_verified", Other: "(not verified)"}
	case "tuitest_transcript_lines":
		return &goi18n.Message{ID: "tuitest_transcript_lines", Other: "lines {{.From}}–{{.To}} of {{.Total}}"}
	case "tuitest_transcript_offer":
		return &goi18n.Message{ID: "tuitest_transcript_offer", Other: "{{.Key}} shows the conversation with the server (passwords hidden)"}
	case "tuitest_transcript_title":
		return &goi18n.Message{ID: "tuitest_transcript_title", Other: "Conversation with the server (passwords hidden)"}
	case "tuitest_what_to_do":
		return &goi18n.Message{ID: "tuitest_what_to_do", Other: "What to do"}
	case "tuiwizard_detect_asking":
		return &goi18n.Message{ID: "tuiwizard_detect_asking", Other: "Asking {{.Host}} which ports and security it offers…"}
	case "tuiwizard_detect_check_name":
		return &goi18n.Message{ID: "tuiwizard_detect_check_name", Other: "{{.Why}}: check the name, or the firewall."}
	case "tuiwizard_detect_filled_in":
		return &goi18n.Message{ID: "tuiwizard_detect_filled_in", Other: "Filled in what {{.Host}} offers"}
	case "tuiwizard_detect_keys":
		return &goi18n.Message{ID: "tuiwizard_detect_keys", Other: "enter uses these settings · esc keeps yours"}
	case "tuiwizard_detect_no_answer":
		return &goi18n.Message{ID: "tuiwizard_detect_no_answer", Other: "no answer"}
	case "tuiwizard_detect_nothing_to_ask":
		return &goi18n.Message{ID: "tuiwizard_detect_nothing_to_ask", Other: "Type the server's name or the sender's address first, then press ctrl+d."}
	case "tuiwizard_detect_nothing_usable":
		return &goi18n.Message{ID: "tuiwizard_detect_nothing_usable", Other: "nothing usable answered"}
	case "tuiwizard_detect_offers":
		return &goi18n.Message{ID: "tuiwizard_detect_offers", Other: "What {{.Host}} offers"}
	case "tuiwizard_detect_proposed":
		return &goi18n.Message{ID: "tuiwizard_detect_proposed", Other: "Proposed: {{.Security}} on port {{.Port}}, authentication {{.Auth}}"}
	case "tuiwizard_detect_with_starttls":
		return &goi18n.Message{ID: "tuiwizard_detect_with_starttls", Other: "{{.Protocol}} with STARTTLS"}
	case "tuiwizard_discovery_filled_in":
		return &goi18n.Message{ID: "tuiwizard_discovery_filled_in", Other: "Filled in {{.Server}}: check it, then go on."}
	case "tuiwizard_discovery_found":
		return &goi18n.Message{ID: "tuiwizard_discovery_found", Other: "We found, best first:"}
	case "tuiwizard_discovery_heading":
		return &goi18n.Message{ID: "tuiwizard_discovery_heading", Other: "The mail server of {{.Domain}}"}
	case "tuiwizard_discovery_how_found":
		return &goi18n.Message{ID: "tuiwizard_discovery_how_found", Other: "How it was found:"}
	case "tuiwizard_discovery_looking":
		return &goi18n.Message{ID: "tuiwizard_discovery_looking", Other: "Looking for the mail server of {{.Domain}}…"}
	case "tuiwizard_discovery_nothing":
		return &goi18n.Message{ID: "tuiwizard_discovery_nothing", Other: "Nothing usable answered: below is where smtpconf looked and why each failed."}
	case "tuiwizard_discovery_stopped":
		return &goi18n.Message{ID: "tuiwizard_discovery_stopped", Other: "Stopped looking for the server of {{.Sender}}."}
	case "tuiwizard_discovery_take":
		return &goi18n.Message{ID: "tuiwizard_discovery_take", Other: "take this"}
	case "tuiwizard_discovery_type_myself":
		return &goi18n.Message{ID: "tuiwizard_discovery_type_myself", Other: "Type the server myself"}
	case "tuiwizard_find_my_server":
		return &goi18n.Message{ID: "tuiwizard_find_my_server", Other: "find my server"}
	case "tuiwizard_login_explain":
		return &goi18n.Message{ID: "tuiwizard_login_explain", Other: "Most servers want a username and password. \"automatic\" picks the best method the server offers. Microsoft 365 and Google sign in with OAuth 2.0: choosing one fills in their server."}
	case "tuiwizard_login_title":
		return &goi18n.Message{ID: "tuiwizard_login_title", Other: "Login"}
	case "tuiwizard_oauth_explain":
		return &goi18n.Message{ID: "tuiwizard_oauth_explain", Other: "How smtpconf gets a token for the mailbox: the app signs in as itself (its client id and secret), or an admin signs in once with a code shown next, or a Google service account acts as the mailbox. README's \"Microsoft 365 and Google\" lists what to set up at the provider."}
	case "tuiwizard_oauth_title":
		return &goi18n.Message{ID: "tuiwizard_oauth_title", Other: "OAuth sign-in"}
	case "tuiwizard_provider_other_choice":
		return &goi18n.Message{ID: "tuiwizard_provider_other_choice", Other: "other"}
	case "tuiwizard_provider_other_name":
		return &goi18n.Message{ID: "tuiwizard_provider_other_name", Other: "the OAuth provider"}
	case "tuiwizard_scroll":
		return &goi18n.Message{ID: "tuiwizard_scroll", Other: "scroll"}
	case "tuiwizard_sender_explain":
		return &goi18n.Message{ID: "tuiwizard_sender_explain", Other: "The address your mail comes from, and optionally the name shown beside it. Then smtpconf looks for that domain's mail server (DNS records, autoconfig, the provider behind its MX records) and offers what answers."}
	case "tuiwizard_sender_plain":
		return &goi18n.Message{ID: "tuiwizard_sender_plain", Other: "The address your mail comes from, and optionally the name shown beside it. Then smtpconf can look for that domain's mail server and offer what answers."}
	case "tuiwizard_sender_title":
		return &goi18n.Message{ID: "tuiwizard_sender_title", Other: "Sender"}
	case "tuiwizard_server_explain":
		return &goi18n.Message{ID: "tuiwizard_server_explain", Other: "Type the server's name, then press ctrl+d: smtpconf asks the server which security and port it supports and fills them in. A server whose certificate is not trusted here needs its CA certificate file."}
	case "tuiwizard_server_plain":
		return &goi18n.Message{ID: "tuiwizard_server_plain", Other: "The server's name, then how to reach it: protocol, port and, for SMTP, whether STARTTLS is required; with TLS, a CA certificate file if its certificate is not trusted here."}
	case "tuiwizard_server_title":
		return &goi18n.Message{ID: "tuiwizard_server_title", Other: "Your mail server"}
	case "tuiwizard_signin_already":
		return &goi18n.Message{ID: "tuiwizard_signin_already", Other: "Already signed in for {{.Mailbox}}."}
	case "tuiwizard_signin_as":
		return &goi18n.Message{ID: "tuiwizard_signin_as", Other: "Sign in as {{.Mailbox}}; smtpconf asks the provider every {{.Interval}} whether you are done."}
	case "tuiwizard_signin_asking":
		return &goi18n.Message{ID: "tuiwizard_signin_asking", Other: "Asking the provider for a code…"}
	case "tuiwizard_signin_before":
		return &goi18n.Message{ID: "tuiwizard_signin_before", Other: "Before signing in: {{.Problem}}"}
	case "tuiwizard_signin_cancelled":
		return &goi18n.Message{ID: "tuiwizard_signin_cancelled", Other: "Sign-in cancelled: nothing was saved."}
	case "tuiwizard_signin_done":
		return &goi18n.Message{ID: "tuiwizard_signin_done", Other: "Signed in for {{.Mailbox}}. The refresh token is kept in {{.File}} (mode 0600); checks, tests and the mailer use it from now on."}
	case "tuiwizard_signin_enter_code":
		return &goi18n.Message{ID: "tuiwizard_signin_enter_code", Other: "and enter the code:"}
	case "tuiwizard_signin_failed":
		return &goi18n.Message{ID: "tuiwizard_signin_failed", Other: "Sign-in failed: {{.Err}}"}
	case "tuiwizard_signin_failed_because":
		return &goi18n.Message{ID: "tuiwizard_signin_failed_because", Other: "{{.Err}}"}
	case "tuiwizard_signin_open_address":
		return &goi18n.Message{ID: "tuiwizard_signin_open_address", Other: "Open this address on any device:"}
	case "tuiwizard_signin_prepare_failed":
		return &goi18n.Message{ID: "tuiwizard_signin_prepare_failed", Other: "prepare the sign-in: {{.Err}}"}
	case "tuiwizard_signin_title":
		return &goi18n.Message{ID: "tuiwizard_signin_title", Other: "Sign in to {{.Provider}}"}
	case "tuiwizard_signin_waiting":
		return &goi18n.Message{ID: "tuiwizard_signin_waiting", Other: "Waiting for the sign-in…"}
	case "tuiwizard_signin_waiting_expires":
		return &goi18n.Message{ID: "tuiwizard_signin_waiting_expires", Other: "Waiting for the sign-in… the code expires in {{.Left}}."}
	case "tuiwizard_signin_what_to_do":
		return &goi18n.Message{ID: "tuiwizard_signin_what_to_do", Other: "What to do: {{.Hint}}"}
	case "tuiwizard_step_heading":
		return &goi18n.Message{ID: "tuiwizard_step_heading", Other: "First-time setup · step {{.Step}} of {{.Steps}} · {{.Title}}"}
	case "tuiwizard_summary_explain":
		return &goi18n.Message{ID: "tuiwizard_summary_explain", Other: "Everything you chose. Enter saves it; esc goes back to change something."}
	case "tuiwizard_summary_title":
		return &goi18n.Message{ID: "tuiwizard_summary_title", Other: "Summary"}
	case "tuiwizard_test_explain":
		return &goi18n.Message{ID: "tuiwizard_test_explain", Other: "Your own address, for test e-mails. Press ctrl+t to send one now and see each step; or go on."}
	case "tuiwizard_test_plain":
		return &goi18n.Message{ID: "tuiwizard_test_plain", Other: "Your own address, for test e-mails: after the summary you can send one and hear each step."}
	case "tuiwizard_test_title":
		return &goi18n.Message{ID: "tuiwizard_test_title", Other: "Test"}
	case "tuiwizard_where_explain":
		return &goi18n.Message{ID: "tuiwizard_where_explain", Other: "The platform has a mail server of its own. Keep it (space switches), or switch it off to send through your own server, such as your provider's."}
	case "tuiwizard_where_plain":
		return &goi18n.Message{ID: "tuiwizard_where_plain", Other: "The platform has a mail server of its own. Keep it, or answer no to send through your own server, such as your provider's."}
	case "tuiwizard_where_title":
		return &goi18n.Message{ID: "tuiwizard_where_title", Other: "Where should mail go?"}
	}
	return nil
}

// messageDE is message id of the de catalog, or nil.
func messageDE(id string) *goi18n.Message {
	switch id {
	case "cli_args_at_least":
		return &goi18n.Message{ID: "cli_args_at_least", One: "mindestens {{.Count}} Argument erwartet, aber {{.Received}} angegeben", Other: "mindestens {{.Count}} Argumente erwartet, aber {{.Received}} angegeben"}
	case "cli_args_at_most":
		return &goi18n.Message{ID: "cli_args_at_most", One: "höchstens {{.Count}} Argument erwartet, aber {{.Received}} angegeben", Other: "höchstens {{.Count}} Argumente erwartet, aber {{.Received}} angegeben"}
	case "cli_args_between":
		return &goi18n.Message{ID: "cli_args_between", One: "{{.Min}} bis {{.Count}} Argument erwartet, aber {{.Received}} angegeben", Other: "{{.Min}} bis {{.Count}} Argumente erwartet, aber {{.Received}} angegeben"}
	case "cli_args_exactly":
		return &goi18n.Message{ID: "cli_args_exactly", One: "genau {{.Count}} Argument erwartet, aber {{.Received}} angegeben", Other: "genau {{.Count}} Argumente erwartet, aber {{.Received}} angegeben"}
	case "cli_args_none":
		return &goi18n.Message{ID: "cli_args_none", Other: "unbekannter Befehl `{{.Name}}` für `{{.Command}}`: er nimmt keine weiteren Wörter"}
	case "cli_cancelled":
		return &goi18n.Message{ID: "cli_cancelled", Other: "abgebrochen"}
	case "cli_cannot_read":
		return &goi18n.Message{ID: "cli_cannot_read", Other: "{{.File}} kann nicht gelesen werden: {{.Err}}"}
	case "cli_cannot_read_directory_hint":
		return &goi18n.Message{ID: "cli_cannot_read_directory_hint", Other: "Geben Sie den Pfad der Konfigurationsdatei selbst an"}
	case "cli_cannot_read_permission_hint":
		return &goi18n.Message{ID: "cli_cannot_read_permission_hint", Other: "Führen Sie den Befehl als Eigentümer der Datei oder als root aus oder korrigieren Sie ihre Rechte ({{.Command}})"}
	case "cli_cannot_save":
		return &goi18n.Message{ID: "cli_cannot_save", Other: "{{.File}} kann nicht gespeichert werden: {{.Err}}"}
	case "cli_cannot_save_changed":
		return &goi18n.Message{ID: "cli_cannot_save_changed", Other: "{{.File}} kann nicht gespeichert werden: {{.Reason}}"}
	case "cli_cannot_save_changed_hint":
		return &goi18n.Message{ID: "cli_cannot_save_changed_hint", Other: "Ein anderes Programm hat sie {{.Wait}} lang immer wieder geändert, und smtpconf hat sie jedes Mal neu gelesen: Führen Sie den Befehl erneut aus, wenn es fertig ist"}
	case "cli_change_removed":
		return &goi18n.Message{ID: "cli_change_removed", Other: "{{.File}}: entfernt: {{.Keys}}"}
	case "cli_change_saved":
		return &goi18n.Message{ID: "cli_change_saved", Other: "{{.File}}: gespeichert: {{.Keys}}"}
	case "cli_change_unchanged":
		return &goi18n.Message{ID: "cli_change_unchanged", Other: "{{.File}}: unverändert"}
	case "cli_change_would_remove":
		return &goi18n.Message{ID: "cli_change_would_remove", Other: "{{.File}}: würde entfernt: {{.Keys}} (Probelauf: nichts geschrieben)"}
	case "cli_change_would_save":
		return &goi18n.Message{ID: "cli_change_would_save", Other: "{{.File}}: würde gespeichert: {{.Keys}} (Probelauf: nichts geschrieben)"}
	case "cli_complete_unknown_key":
		return &goi18n.Message{ID: "cli_complete_unknown_key", Other: "keine Einstellung, die smtpconf kennt: prüfen Sie die Schreibweise oder entfernen Sie sie"}
	case "cli_configure_no_terminal":
		return &goi18n.Message{ID: "cli_configure_no_terminal", Other: "das Formular braucht ein Terminal; verwenden Sie in einem Skript `smtpconf set KEY=VALUE`, `smtpconf check` und `smtpconf test` oder führen Sie `smtpconf configure --accessible` für einfache Eingabeaufforderungen aus"}
	case "cli_demo_error":
		return &goi18n.Message{ID: "cli_demo_error", Other: "demo: {{.Err}}"}
	case "cli_demo_no_config":
		return &goi18n.Message{ID: "cli_demo_no_config", Other: "demo arbeitet immer mit einer temporären Datei, daher gilt --config hier nicht; `smtpconf --config PFAD configure` öffnet das Formular mit einer eigenen Datei"}
	case "cli_demo_no_subject":
		return &goi18n.Message{ID: "cli_demo_no_subject", Other: "(kein Betreff)"}
	case "cli_demo_no_terminal":
		return &goi18n.Message{ID: "cli_demo_no_terminal", Other: "die Demo braucht ein Terminal (oder --accessible für einfache Eingabeaufforderungen)"}
	case "cli_demo_received":
		return &goi18n.Message{ID: "cli_demo_received", One: "Der Demo-Server hat {{.Count}} E-Mail empfangen:", Other: "Der Demo-Server hat {{.Count}} E-Mails empfangen:"}
	case "cli_demo_received_message":
		return &goi18n.Message{ID: "cli_demo_received_message", Other: "von {{.From}} an {{.To}}: {{.Subject}}"}
	case "cli_demo_received_none":
		return &goi18n.Message{ID: "cli_demo_received_none", Other: "Der Demo-Server hat keine E-Mail empfangen."}
	case "cli_demo_server_failed":
		return &goi18n.Message{ID: "cli_demo_server_failed", Other: "demo: Der Mailserver konnte nicht gestartet werden: {{.Err}}"}
	case "cli_demo_subject":
		return &goi18n.Message{ID: "cli_demo_subject", Other: "„{{.Subject}}“"}
	case "cli_demo_tempdir_failed":
		return &goi18n.Message{ID: "cli_demo_tempdir_failed", Other: "demo: temporäres Verzeichnis: {{.Err}}"}
	case "cli_demo_unreadable_message":
		return &goi18n.Message{ID: "cli_demo_unreadable_message", Other: "(unlesbare Nachricht)"}
	case "cli_diff_secret_changed":
		return &goi18n.Message{ID: "cli_diff_secret_changed", Other: "{{.Redaction}} (geändert)"}
	case "cli_error_header":
		return &goi18n.Message{ID: "cli_error_header", Other: "FEHLER"}
	case "cli_exit_status":
		return &goi18n.Message{ID: "cli_exit_status", Other: "Exit-Status {{.Code}}"}
	case "cli_export_format_required":
		return &goi18n.Message{ID: "cli_export_format_required", Other: "--format ist erforderlich: msmtprc, postfix oder json"}
	case "cli_export_format_unknown":
		return &goi18n.Message{ID: "cli_export_format_unknown", Other: "--format „{{.Format}}“ ist unbekannt: Geben Sie msmtprc, postfix oder json an"}
	case "cli_export_invalid":
		return &goi18n.Message{ID: "cli_export_invalid", Other: "{{.File}} ist nicht gültig: nichts exportiert"}
	case "cli_export_msmtprc_made":
		return &goi18n.Message{ID: "cli_export_msmtprc_made", Other: "msmtp-Konto, erstellt mit `{{.Command}}` aus {{.File}}"}
	case "cli_export_msmtprc_password_left_out":
		return &goi18n.Message{ID: "cli_export_msmtprc_password_left_out", Other: "Kennwort: nicht exportiert; geben Sie --include-secrets an oder hinterlegen Sie es in password_env oder password_command"}
	case "cli_export_msmtprc_trust_file":
		return &goi18n.Message{ID: "cli_export_msmtprc_trust_file", Other: "msmtp vertraut nur dieser Datei; smtpconf nimmt sie zu den Zertifizierungsstellen des Systems hinzu"}
	case "cli_export_needs_secrets":
		return &goi18n.Message{ID: "cli_export_needs_secrets", Other: "--sasl-passwd schreibt das Kennwort im Klartext: Geben Sie zusätzlich --include-secrets an"}
	case "cli_export_needs_secrets_hint":
		return &goi18n.Message{ID: "cli_export_needs_secrets_hint", Other: "Die Tabelle muss das Kennwort selbst enthalten; sie wird mit Modus 0600 geschrieben"}
	case "cli_export_oauth2":
		return &goi18n.Message{ID: "cli_export_oauth2", Other: "{{.File}} meldet sich mit einem OAuth-2.0-Token an (auth = {{.Auth}}, oauth2_provider = {{.Provider}}), das {{.Program}} nicht beschaffen kann: nichts exportiert"}
	case "cli_export_oauth2_hint":
		return &goi18n.Message{ID: "cli_export_oauth2_hint", Other: "Lassen Sie die Programme über `smtpconf sendmail` senden, das das Token selbst holt, oder exportieren Sie Einstellungen mit Anmeldung per Kennwort"}
	case "cli_export_password_command":
		return &goi18n.Message{ID: "cli_export_password_command", Other: "password_command {{.Err}}"}
	case "cli_export_password_in_clear":
		return &goi18n.Message{ID: "cli_export_password_in_clear", Other: "das Kennwort wird im Klartext ausgegeben: Schreiben Sie es stattdessen mit --output in eine Datei"}
	case "cli_export_placeholder_file":
		return &goi18n.Message{ID: "cli_export_placeholder_file", Other: "DATEI"}
	case "cli_export_placeholder_password":
		return &goi18n.Message{ID: "cli_export_placeholder_password", Other: "KENNWORT"}
	case "cli_export_postfix_apply":
		return &goi18n.Message{ID: "cli_export_postfix_apply", Other: "Anwenden: {{.Command}}; danach {{.Reload}}"}
	case "cli_export_postfix_made":
		return &goi18n.Message{ID: "cli_export_postfix_made", Other: "Postfix-Relay-Einstellungen, erstellt mit `{{.Command}}` aus {{.File}}"}
	case "cli_export_postfix_map_line":
		return &goi18n.Message{ID: "cli_export_postfix_map_line", Other: "{{.File}} muss die Zeile {{.Line}} enthalten (Modus 0600);"}
	case "cli_export_postfix_map_written_by":
		return &goi18n.Message{ID: "cli_export_postfix_map_written_by", Other: "smtpconf schreibt sie mit {{.Flags}}"}
	case "cli_export_sasl_needs_postfix":
		return &goi18n.Message{ID: "cli_export_sasl_needs_postfix", Other: "--sasl-passwd gehört zu --format postfix"}
	case "cli_file_error":
		return &goi18n.Message{ID: "cli_file_error", Other: "{{.File}}: {{.Err}}"}
	case "cli_file_invalid":
		return &goi18n.Message{ID: "cli_file_invalid", Other: "{{.File}} ist nicht gültig"}
	case "cli_file_missing":
		return &goi18n.Message{ID: "cli_file_missing", Other: "{{.File}} existiert nicht"}
	case "cli_file_missing_hint":
		return &goi18n.Message{ID: "cli_file_missing_hint", Other: "Legen Sie sie mit `smtpconf set KEY=VALUE...` oder `smtpconf configure` an"}
	case "cli_fix_file_first":
		return &goi18n.Message{ID: "cli_fix_file_first", Other: "Korrigieren Sie zuerst die Datei: `smtpconf validate` listet die Probleme auf, `smtpconf set` oder `smtpconf configure` ändert sie"}
	case "cli_fix_file_first_short":
		return &goi18n.Message{ID: "cli_fix_file_first_short", Other: "Korrigieren Sie zuerst die Datei: `smtpconf validate` listet die Probleme auf"}
	case "cli_flag_bad_syntax":
		return &goi18n.Message{ID: "cli_flag_bad_syntax", Other: "falsch geschriebene Option `{{.Flag}}`"}
	case "cli_flag_expects_bool":
		return &goi18n.Message{ID: "cli_flag_expects_bool", Other: "erwartet wird true oder false"}
	case "cli_flag_expects_duration":
		return &goi18n.Message{ID: "cli_flag_expects_duration", Other: "erwartet wird eine Dauer wie 30s, 2m oder 1m30s"}
	case "cli_flag_expects_integer":
		return &goi18n.Message{ID: "cli_flag_expects_integer", Other: "erwartet wird eine ganze Zahl"}
	case "cli_flag_invalid_value":
		return &goi18n.Message{ID: "cli_flag_invalid_value", Other: "ungültiger Wert `{{.Value}}` für die Option `{{.Flag}}`: {{.Err}}"}
	case "cli_flag_needs_value":
		return &goi18n.Message{ID: "cli_flag_needs_value", Other: "die Option `{{.Flag}}` braucht einen Wert"}
	case "cli_flag_needs_value_shorthand":
		return &goi18n.Message{ID: "cli_flag_needs_value_shorthand", Other: "die Kurzoption `-{{.Char}}` (in `{{.Group}}`) braucht einen Wert"}
	case "cli_flag_unknown":
		return &goi18n.Message{ID: "cli_flag_unknown", Other: "unbekannte Option `{{.Flag}}`"}
	case "cli_flag_unknown_shorthand":
		return &goi18n.Message{ID: "cli_flag_unknown_shorthand", Other: "unbekannte Kurzoption `-{{.Char}}` (in `{{.Group}}`)"}
	case "cli_import_account_error":
		return &goi18n.Message{ID: "cli_import_account_error", Other: "{{.File}}: Konto {{.Account}}: {{.Err}}"}
	case "cli_import_account_no_name":
		return &goi18n.Message{ID: "cli_import_account_no_name", Other: "Zeile {{.Line}}: „account“ braucht einen Namen"}
	case "cli_import_account_parent_missing":
		return &goi18n.Message{ID: "cli_import_account_parent_missing", Other: "Zeile {{.Line}}: Konto „{{.Account}}“ erbt von „{{.Parent}}“, das nicht weiter oben definiert ist"}
	case "cli_import_auth_oauth2":
		return &goi18n.Message{ID: "cli_import_auth_oauth2", Other: "auth {{.Auth}}: msmtp nimmt das OAuth-2.0-Token aus passwordeval, smtpconf holt es selbst; legen Sie auth und die oauth2_*-Schlüssel stattdessen mit `smtpconf set` (oder `smtpconf configure`) fest"}
	case "cli_import_auth_unknown":
		return &goi18n.Message{ID: "cli_import_auth_unknown", Other: "auth {{.Auth}}: smtpconf meldet sich mit plain, login oder cram-md5 an (oder on, für das beste angebotene Verfahren)"}
	case "cli_import_no_account":
		return &goi18n.Message{ID: "cli_import_no_account", Other: "die Datei enthält kein Konto"}
	case "cli_import_no_such_account":
		return &goi18n.Message{ID: "cli_import_no_such_account", Other: "kein Konto „{{.Account}}“ (die Datei enthält: {{.Accounts}})"}
	case "cli_import_protocol":
		return &goi18n.Message{ID: "cli_import_protocol", Other: "protocol {{.Protocol}}: smtpconf spricht nur SMTP"}
	case "cli_import_saved":
		return &goi18n.Message{ID: "cli_import_saved", Other: "{{.File}}: Konto {{.Account}} aus {{.From}} gespeichert (SMTP-Server {{.Host}}, SMTP-Port {{.Port}})"}
	case "cli_import_several_accounts":
		return &goi18n.Message{ID: "cli_import_several_accounts", Other: "die Datei enthält mehrere Konten und kein Standardkonto: Geben Sie --account an (eines von {{.Accounts}})"}
	case "cli_import_unused":
		return &goi18n.Message{ID: "cli_import_unused", Other: "{{.File}}: Konto {{.Account}}: Diese msmtp-Optionen braucht smtpconf nicht, sie werden nicht übernommen: {{.Options}}"}
	case "cli_lang_unknown":
		return &goi18n.Message{ID: "cli_lang_unknown", Other: "unbekannte Sprache `{{.Value}}`: möglich sind en und de"}
	case "cli_line_certificate":
		return &goi18n.Message{ID: "cli_line_certificate", Other: "{{.Text}}"}
	case "cli_line_error":
		return &goi18n.Message{ID: "cli_line_error", Other: "Fehler: {{.Text}}"}
	case "cli_line_hint":
		return &goi18n.Message{ID: "cli_line_hint", Other: "Hinweis: {{.Text}}"}
	case "cli_line_note":
		return &goi18n.Message{ID: "cli_line_note", Other: "Hinweis: {{.Text}}"}
	case "cli_line_warning":
		return &goi18n.Message{ID: "cli_line_warning", Other: "Warnung: {{.Text}}"}
	case "cli_login_cancelled":
		return &goi18n.Message{ID: "cli_login_cancelled", Other: "abgebrochen: nichts wurde gespeichert"}
	case "cli_login_client_secret_hint":
		return &goi18n.Message{ID: "cli_login_client_secret_hint", Other: "Korrigieren Sie die Einstellung des Client-Secrets, wie die Meldung sagt"}
	case "cli_login_expires_at":
		return &goi18n.Message{ID: "cli_login_expires_at", Other: "Der Code läuft um {{.Time}} ab (in {{.Left}})."}
	case "cli_login_not_device_code":
		return &goi18n.Message{ID: "cli_login_not_device_code", Other: "keine Anmeldung nötig: Diese Einstellungen verwenden nicht oauth2_flow = \"device_code\""}
	case "cli_login_not_device_code_hint":
		return &goi18n.Message{ID: "cli_login_not_device_code_hint", Other: "`smtpconf login` dient der delegierten Anmeldung; client_credentials, refresh_token und service_account brauchen keine (`smtpconf check` probiert sie aus)"}
	case "cli_login_open":
		return &goi18n.Message{ID: "cli_login_open", Other: "Öffnen Sie zur Anmeldung {{.URL}} auf einem beliebigen Gerät und geben Sie den Code {{.Code}} ein"}
	case "cli_login_sign_in_as":
		return &goi18n.Message{ID: "cli_login_sign_in_as", Other: "Melden Sie sich als {{.Mailbox}} an; smtpconf fragt den Anbieter alle {{.Interval}}, ob Sie fertig sind."}
	case "cli_login_signed_in":
		return &goi18n.Message{ID: "cli_login_signed_in", Other: "Angemeldet für {{.Mailbox}}. Das Refresh-Token liegt in {{.File}} (Modus 0600); check, test und der Mailer verwenden es ab jetzt."}
	case "cli_login_waiting":
		return &goi18n.Message{ID: "cli_login_waiting", Other: "Warten auf die Anmeldung … Der Code läuft in {{.Left}} ab (Strg+C bricht ab)"}
	case "cli_man_epoch_not_number":
		return &goi18n.Message{ID: "cli_man_epoch_not_number", Other: "{{.Setting}} ist keine Anzahl Sekunden"}
	case "cli_man_epoch_unset":
		return &goi18n.Message{ID: "cli_man_epoch_unset", Other: "SOURCE_DATE_EPOCH ist nicht gesetzt"}
	case "cli_man_epoch_unset_hint":
		return &goi18n.Message{ID: "cli_man_epoch_unset_hint", Other: "Setzen Sie die Zeit des letzten Commits: {{.Command}}, wie make es tut"}
	case "cli_man_write_failed":
		return &goi18n.Message{ID: "cli_man_write_failed", Other: "Man-Pages: {{.Err}}"}
	case "cli_no_recipient":
		return &goi18n.Message{ID: "cli_no_recipient", Other: "kein Empfänger"}
	case "cli_no_recipient_hint":
		return &goi18n.Message{ID: "cli_no_recipient_hint", Other: "Geben Sie --to ADRESSE an oder legen Sie eine fest mit `smtpconf set test_recipient=ADRESSE`"}
	case "cli_not_regular_file":
		return &goi18n.Message{ID: "cli_not_regular_file", Other: "{{.File}} kann nicht gelesen werden: Es ist {{.What}}, keine reguläre Datei"}
	case "cli_not_regular_file_hint":
		return &goi18n.Message{ID: "cli_not_regular_file_hint", Other: "Geben Sie den Pfad der Konfigurationsdatei selbst an: smtpconf liest und schreibt nur reguläre Dateien"}
	case "cli_not_rewritten":
		return &goi18n.Message{ID: "cli_not_rewritten", Other: "{{.File}}: nicht geändert: smtpconf schreibt keine Datei neu, die es nicht vollständig lesen kann; korrigieren Sie Zeile {{.Line}} in einem Editor und führen Sie den Befehl dann erneut aus"}
	case "cli_not_saved":
		return &goi18n.Message{ID: "cli_not_saved", Other: "{{.File}}: nicht gespeichert"}
	case "cli_parse_hint":
		return &goi18n.Message{ID: "cli_parse_hint", Other: "Korrigieren Sie die Datei in einem Editor: `smtpconf validate` listet ihre Probleme auf"}
	case "cli_parse_line_hint":
		return &goi18n.Message{ID: "cli_parse_line_hint", Other: "Korrigieren Sie Zeile {{.Line}} in einem Editor: `smtpconf validate` listet die Probleme der Datei auf"}
	case "cli_probe_and_login":
		return &goi18n.Message{ID: "cli_probe_and_login", Other: "und die Anmeldung: username=BENUTZERNAME password=- (das Kennwort wird von der Standardeingabe gelesen)"}
	case "cli_probe_auth_tls":
		return &goi18n.Message{ID: "cli_probe_auth_tls", Other: "AUTH nach TLS: {{.After}}; vor TLS: {{.Before}}"}
	case "cli_probe_bad_port":
		return &goi18n.Message{ID: "cli_probe_bad_port", Other: "--port {{.Port}} ist kein Port: Geben Sie eine Zahl von 1 bis 65535 an"}
	case "cli_probe_certificate":
		return &goi18n.Message{ID: "cli_probe_certificate", Other: "Zertifikat: {{.Subject}}, ausgestellt von {{.Issuer}}, gültig bis {{.NotAfter}}, Namen {{.Names}}; {{.Trust}}"}
	case "cli_probe_from_invalid":
		return &goi18n.Message{ID: "cli_probe_from_invalid", Other: "--from: {{.Err}}"}
	case "cli_probe_host_and_from":
		return &goi18n.Message{ID: "cli_probe_host_and_from", Other: "geben Sie einen HOST oder --from ADRESSE an, nicht beides"}
	case "cli_probe_looking":
		return &goi18n.Message{ID: "cli_probe_looking", Other: "Suche den SMTP-Server für {{.Address}} …"}
	case "cli_probe_no_answer":
		return &goi18n.Message{ID: "cli_probe_no_answer", Other: "keine Antwort"}
	case "cli_probe_no_host":
		return &goi18n.Message{ID: "cli_probe_no_host", Other: "kein Host angegeben"}
	case "cli_probe_no_host_hint":
		return &goi18n.Message{ID: "cli_probe_no_host_hint", Other: "Geben Sie den Namen des SMTP-Servers (smtpconf probe mail.example.com) oder die Absenderadresse (smtpconf probe --from noreply@example.com) an"}
	case "cli_probe_none_offered":
		return &goi18n.Message{ID: "cli_probe_none_offered", Other: "keine angeboten"}
	case "cli_probe_not_trusted":
		return &goi18n.Message{ID: "cli_probe_not_trusted", Other: "hier NICHT vertrauenswürdig"}
	case "cli_probe_nothing_found":
		return &goi18n.Message{ID: "cli_probe_nothing_found", Other: "nichts Brauchbares für {{.Domain}} gefunden: Kein Kandidat hat geantwortet; geben Sie stattdessen den Namen des SMTP-Servers an (smtpconf probe HOST)"}
	case "cli_probe_nothing_usable":
		return &goi18n.Message{ID: "cli_probe_nothing_usable", Other: "nichts Brauchbares: {{.Reason}}"}
	case "cli_probe_port_with_from":
		return &goi18n.Message{ID: "cli_probe_port_with_from", Other: "--port gehört zu einem HOST: --from prüft die Ports, die seine Quellen nennen"}
	case "cli_probe_probing":
		return &goi18n.Message{ID: "cli_probe_probing", Other: "Prüfe {{.Host}} auf den Ports {{.Ports}} …"}
	case "cli_probe_proposed":
		return &goi18n.Message{ID: "cli_probe_proposed", Other: "Vorschlag: {{.Reason}}"}
	case "cli_probe_size":
		return &goi18n.Message{ID: "cli_probe_size", Other: "SIZE: {{.Bytes}} Byte ({{.MiB}} MiB)"}
	case "cli_probe_starttls_offered":
		return &goi18n.Message{ID: "cli_probe_starttls_offered", Other: "STARTTLS angeboten"}
	case "cli_probe_trusted":
		return &goi18n.Message{ID: "cli_probe_trusted", Other: "hier vertrauenswürdig"}
	case "cli_read_terminal_failed":
		return &goi18n.Message{ID: "cli_read_terminal_failed", Other: "Lesen vom Terminal fehlgeschlagen: {{.Err}}"}
	case "cli_reread_failed":
		return &goi18n.Message{ID: "cli_reread_failed", Other: "{{.File}} konnte nicht erneut gelesen werden: {{.Err}}"}
	case "cli_save_directory_permission_hint":
		return &goi18n.Message{ID: "cli_save_directory_permission_hint", Other: "Beim Speichern entsteht daneben eine temporäre Datei, daher muss ihr Verzeichnis beschreibbar sein: Führen Sie den Befehl als Eigentümer des Verzeichnisses oder als root aus oder korrigieren Sie seine Rechte ({{.Command}})"}
	case "cli_save_no_directory_hint":
		return &goi18n.Message{ID: "cli_save_no_directory_hint", Other: "Ihr Verzeichnis {{.Dir}} existiert nicht und kann nicht angelegt werden: Legen Sie es als root an ({{.Command}}) oder geben Sie eine andere --config an"}
	case "cli_sendmail_config_needs_file":
		return &goi18n.Message{ID: "cli_sendmail_config_needs_file", Other: "--config braucht eine Datei"}
	case "cli_sendmail_invalid":
		return &goi18n.Message{ID: "cli_sendmail_invalid", Other: "{{.File}} ist nicht gültig: Es wurde nichts gesendet"}
	case "cli_sendmail_lang_needs_value":
		return &goi18n.Message{ID: "cli_sendmail_lang_needs_value", Other: "`--lang` braucht den Wert de oder en"}
	case "cli_sendmail_local_user":
		return &goi18n.Message{ID: "cli_sendmail_local_user", Other: "{{.Where}} „{{.List}}“ ist ein lokaler Benutzername: smtpconf stellt nichts lokal zu, nur an vollständige Adressen (setzen Sie MAILTO=admin@example.com in der Crontab oder geben Sie die vollständige Adresse an)"}
	case "cli_sendmail_mode_unsupported":
		return &goi18n.Message{ID: "cli_sendmail_mode_unsupported", Other: "{{.Option}} wird nicht unterstützt: smtpconf sendet nur eine Nachricht (-bm)"}
	case "cli_sendmail_name_one_line":
		return &goi18n.Message{ID: "cli_sendmail_name_one_line", Other: "-F: Der Name muss einzeilig sein"}
	case "cli_sendmail_needs_value":
		return &goi18n.Message{ID: "cli_sendmail_needs_value", Other: "{{.Option}} braucht einen Wert"}
	case "cli_sendmail_no_aliases":
		return &goi18n.Message{ID: "cli_sendmail_no_aliases", Other: "-I (newaliases) wird nicht unterstützt: smtpconf hat keine Aliase"}
	case "cli_sendmail_no_header_recipients":
		return &goi18n.Message{ID: "cli_sendmail_no_header_recipients", Other: "-t: Die Nachricht hat keine Empfänger in To, Cc oder Bcc"}
	case "cli_sendmail_no_queue":
		return &goi18n.Message{ID: "cli_sendmail_no_queue", Other: "-q: smtpconf hat keine Warteschlange"}
	case "cli_sendmail_no_recipients":
		return &goi18n.Message{ID: "cli_sendmail_no_recipients", Other: "keine Empfänger"}
	case "cli_sendmail_no_recipients_hint":
		return &goi18n.Message{ID: "cli_sendmail_no_recipients_hint", Other: "Geben Sie die Adressen als Argumente an oder -t, um sie aus To, Cc und Bcc zu lesen"}
	case "cli_sendmail_not_addresses":
		return &goi18n.Message{ID: "cli_sendmail_not_addresses", Other: "{{.Where}}: „{{.List}}“ ist keine Liste von Adressen: {{.Err}}"}
	case "cli_sendmail_read_failed":
		return &goi18n.Message{ID: "cli_sendmail_read_failed", Other: "Lesen der Nachricht fehlgeschlagen: {{.Err}}"}
	case "cli_sendmail_resolver_hint":
		return &goi18n.Message{ID: "cli_sendmail_resolver_hint", Other: "Entfernen Sie die Variable oder geben Sie die Adresse des DNS-Servers an"}
	case "cli_sendmail_too_large":
		return &goi18n.Message{ID: "cli_sendmail_too_large", Other: "die Nachricht ist größer als {{.MiB}} MiB"}
	case "cli_sendmail_unknown_option":
		return &goi18n.Message{ID: "cli_sendmail_unknown_option", Other: "unbekannte Option {{.Option}}"}
	case "cli_sendmail_where_header":
		return &goi18n.Message{ID: "cli_sendmail_where_header", Other: "die Kopfzeile {{.Name}}"}
	case "cli_sendmail_where_recipient":
		return &goi18n.Message{ID: "cli_sendmail_where_recipient", Other: "Empfänger"}
	case "cli_serve_authorized_keys_required":
		return &goi18n.Message{ID: "cli_serve_authorized_keys_required", Other: "serve: --authorized-keys ist erforderlich"}
	case "cli_serve_fingerprint":
		return &goi18n.Message{ID: "cli_serve_fingerprint", Other: "Fingerabdruck des Host-Schlüssels: {{.Fingerprint}}"}
	case "cli_serve_grace_not_positive":
		return &goi18n.Message{ID: "cli_serve_grace_not_positive", Other: "serve: --grace muss positiv sein"}
	case "cli_serve_host_key_required":
		return &goi18n.Message{ID: "cli_serve_host_key_required", Other: "serve: --host-key ist erforderlich (der Schlüssel wird beim ersten Start angelegt)"}
	case "cli_serve_idle_timeout_negative":
		return &goi18n.Message{ID: "cli_serve_idle_timeout_negative", Other: "serve: --idle-timeout darf nicht negativ sein"}
	case "cli_serve_listen_failed":
		return &goi18n.Message{ID: "cli_serve_listen_failed", Other: "serve: {{.Err}}"}
	case "cli_serve_unix_only":
		return &goi18n.Message{ID: "cli_serve_unix_only", Other: "serve läuft nur unter Linux und macOS"}
	case "cli_serve_unix_only_hint":
		return &goi18n.Message{ID: "cli_serve_unix_only_hint", Other: "Führen Sie es auf dem Server aus oder verwenden Sie hier `smtpconf configure`"}
	case "cli_set_hint_unset":
		return &goi18n.Message{ID: "cli_set_hint_unset", Other: "Führen Sie `{{.Command}}` aus, um die Schlüssel zu entfernen, die smtpconf nicht kennt"}
	case "cli_set_new_file_custom_server":
		return &goi18n.Message{ID: "cli_set_new_file_custom_server", Other: "{{.File}} ist neu und die Einstellungen nennen einen eigenen SMTP-Server ({{.Keys}}), daher use_default = false: E-Mails gehen über diesen Server (geben Sie use_default=true an, um stattdessen über [default_server] zu senden)"}
	case "cli_set_not_assignment":
		return &goi18n.Message{ID: "cli_set_not_assignment", Other: "„{{.Arg}}“ hat nicht die Form KEY=VALUE (schreiben Sie KEY=, um eine Einstellung zu leeren)"}
	case "cli_set_not_saved_changed_meanwhile":
		return &goi18n.Message{ID: "cli_set_not_saved_changed_meanwhile", Other: "{{.File}}: nicht gespeichert: Ein anderes Programm hat sie inzwischen geändert, und mit dieser Änderung sind die obigen Einstellungen falsch"}
	case "cli_set_secret_prompt":
		return &goi18n.Message{ID: "cli_set_secret_prompt", Other: "{{.Label}}: "}
	case "cli_set_stdin_failed":
		return &goi18n.Message{ID: "cli_set_stdin_failed", Other: "{{.Key}} konnte nicht von der Standardeingabe gelesen werden: {{.Err}}"}
	case "cli_set_stdin_twice":
		return &goi18n.Message{ID: "cli_set_stdin_twice", Other: "nur ein Wert kann von der Standardeingabe kommen, nicht {{.First}} und {{.Second}} zugleich"}
	case "cli_set_still_default_server":
		return &goi18n.Message{ID: "cli_set_still_default_server", Other: "use_default = true, daher gehen E-Mails weiter über [default_server], und die eben gespeicherten Einstellungen ({{.Keys}}) wirken erst, wenn Sie ausführen: {{.Command}}"}
	case "cli_show_invalid":
		return &goi18n.Message{ID: "cli_show_invalid", Other: "{{.File}} ist nicht gültig: Führen Sie `{{.Command}}` aus"}
	case "cli_show_not_signed_in":
		return &goi18n.Message{ID: "cli_show_not_signed_in", Other: "nicht angemeldet: Führen Sie smtpconf login aus"}
	case "cli_show_row_file":
		return &goi18n.Message{ID: "cli_show_row_file", Other: "Datei"}
	case "cli_show_row_server":
		return &goi18n.Message{ID: "cli_show_row_server", Other: "Server"}
	case "cli_show_secret_from_command":
		return &goi18n.Message{ID: "cli_show_secret_from_command", Other: "aus Befehl"}
	case "cli_show_secret_from_env":
		return &goi18n.Message{ID: "cli_show_secret_from_env", Other: "aus {{.Var}}"}
	case "cli_show_server_custom":
		return &goi18n.Message{ID: "cli_show_server_custom", Other: "eigener"}
	case "cli_show_server_default":
		return &goi18n.Message{ID: "cli_show_server_default", Other: "Standard-Mailserver der Plattform"}
	case "cli_show_signed_in":
		return &goi18n.Message{ID: "cli_show_signed_in", Other: "angemeldet, Refresh-Token in {{.File}}"}
	case "cli_show_source_default":
		return &goi18n.Message{ID: "cli_show_source_default", Other: "Standard"}
	case "cli_show_source_file_line":
		return &goi18n.Message{ID: "cli_show_source_file_line", Other: "Zeile {{.Line}}"}
	case "cli_show_token_unreadable":
		return &goi18n.Message{ID: "cli_show_token_unreadable", Other: "Token-Datei nicht lesbar: {{.Err}}"}
	case "cli_stdin_empty":
		return &goi18n.Message{ID: "cli_stdin_empty", Other: "die Standardeingabe ist leer"}
	case "cli_stopped_by_sigint":
		return &goi18n.Message{ID: "cli_stopped_by_sigint", Other: "durch SIGINT (Strg+C) beendet"}
	case "cli_stopped_by_sigterm":
		return &goi18n.Message{ID: "cli_stopped_by_sigterm", Other: "durch SIGTERM beendet"}
	case "cli_timeout_out_of_range":
		return &goi18n.Message{ID: "cli_timeout_out_of_range", Other: "--timeout {{.Timeout}} liegt außerhalb des erlaubten Bereichs"}
	case "cli_timeout_range_hint":
		return &goi18n.Message{ID: "cli_timeout_range_hint", Other: "Geben Sie einen Wert von {{.Min}} bis {{.Max}} an"}
	case "cli_to_invalid":
		return &goi18n.Message{ID: "cli_to_invalid", Other: "--to: {{.Err}}"}
	case "cli_unset_absent":
		return &goi18n.Message{ID: "cli_unset_absent", Other: "{{.File}} setzt {{.Keys}} nicht: nichts zu entfernen"}
	case "cli_unset_not_saved_changed_meanwhile":
		return &goi18n.Message{ID: "cli_unset_not_saved_changed_meanwhile", Other: "{{.File}}: nicht gespeichert: Ein anderes Programm hat sie inzwischen geändert, und das Entfernen von {{.Keys}} würde jetzt die obigen Fehler verursachen"}
	case "cli_unset_still_invalid":
		return &goi18n.Message{ID: "cli_unset_still_invalid", Other: "{{.File}}: gespeichert, aber weiterhin ungültig: Beheben Sie die obigen Probleme mit `smtpconf set` oder `smtpconf unset`"}
	case "cli_unset_would_add_errors":
		return &goi18n.Message{ID: "cli_unset_would_add_errors", Other: "{{.File}}: nicht gespeichert: Das Entfernen von {{.Keys}} würde die obigen Fehler verursachen"}
	case "cli_usage_hint":
		return &goi18n.Message{ID: "cli_usage_hint", Other: "mehr zum Aufruf mit `{{.Command}} --help`"}
	case "cli_usage_line":
		return &goi18n.Message{ID: "cli_usage_line", Other: "Mehr zum Aufruf mit `{{.Command}} --help`."}
	case "cli_validate_ok":
		return &goi18n.Message{ID: "cli_validate_ok", Other: "{{.File}}: in Ordnung"}
	case "cli_validate_warnings":
		return &goi18n.Message{ID: "cli_validate_warnings", One: "{{.File}}: in Ordnung, {{.Count}} Warnung", Other: "{{.File}}: in Ordnung, {{.Count}} Warnungen"}
	case "cli_write_failed":
		return &goi18n.Message{ID: "cli_write_failed", Other: "{{.File}} konnte nicht geschrieben werden: {{.Err}}"}
	case "cli_write_result_failed":
		return &goi18n.Message{ID: "cli_write_result_failed", Other: "Das Ergebnis konnte nicht geschrieben werden: {{.Err}}"}
	case "clisendmail_not_an_address":
		return &goi18n.Message{ID: "clisendmail_not_an_address", Other: "{{.Where}} „{{.List}}“ ist keine gültige Adresse: Eine Adresse enthält keine Leerzeichen und braucht ein @ (geben Sie die vollständige Adresse an, z. B. admin@example.com)"}
	case "config_action_save":
		return &goi18n.Message{ID: "config_action_save", Other: "Speichern"}
	case "config_action_send_test":
		return &goi18n.Message{ID: "config_action_send_test", Other: "Test-E-Mail senden"}
	case "config_address_invalid":
		return &goi18n.Message{ID: "config_address_invalid", Other: "„{{.Value}}“ ist keine E-Mail-Adresse: Schreiben Sie sie wie noreply@example.com"}
	case "config_address_line_break":
		return &goi18n.Message{ID: "config_address_line_break", Other: "enthält einen Zeilenumbruch oder ein NUL-Zeichen, mit dem sich SMTP-Befehle einschleusen ließen: Entfernen Sie es"}
	case "config_address_only":
		return &goi18n.Message{ID: "config_address_only", Other: "Schreiben Sie nur die Adresse ({{.Address}}), ohne Namen oder spitze Klammern"}
	case "config_address_sender_name":
		return &goi18n.Message{ID: "config_address_sender_name", Other: "Schreiben Sie nur die Adresse ({{.Address}}); der Name gehört in sender_name"}
	case "config_address_spaces":
		return &goi18n.Message{ID: "config_address_spaces", Other: "„{{.Value}}“ hat Leerzeichen am Anfang oder Ende: Entfernen Sie sie"}
	case "config_as_is":
		return &goi18n.Message{ID: "config_as_is", Other: "{{.Err}}"}
	case "config_at_key":
		return &goi18n.Message{ID: "config_at_key", Other: "{{.Key}}: {{.Err}}"}
	case "config_auth_invalid":
		return &goi18n.Message{ID: "config_auth_invalid", Other: "„{{.Value}}“ ist keine Authentifizierungsmethode: Verwenden Sie eine von {{.Choices}}{{.Suggest}}"}
	case "config_auth_none_unused":
		return &goi18n.Message{ID: "config_auth_none_unused", Other: "ist „none“, daher werden Benutzername und Kennwort nicht verwendet: Setzen Sie auth = \"auto\", um sich anzumelden"}
	case "config_bare_bool":
		return &goi18n.Message{ID: "config_bare_bool", Other: "Schreiben Sie true oder false, kleingeschrieben und ohne Anführungszeichen ({{.Name}} = true)"}
	case "config_bare_int":
		return &goi18n.Message{ID: "config_bare_int", Other: "Schreiben Sie eine ganze Zahl ohne Anführungszeichen ({{.Name}} = 587)"}
	case "config_bare_no_value":
		return &goi18n.Message{ID: "config_bare_no_value", Other: "hat keinen Wert: Schreiben Sie einen nach dem = oder entfernen Sie die Zeile"}
	case "config_bare_text":
		return &goi18n.Message{ID: "config_bare_text", Other: "Text braucht doppelte Anführungszeichen: Schreiben Sie {{.Name}} = {{.Value}}"}
	case "config_bare_text_hidden":
		return &goi18n.Message{ID: "config_bare_text_hidden", Other: "Text braucht doppelte Anführungszeichen: Schreiben Sie {{.Name}} = \"...\""}
	case "config_ca_file_bad_cert":
		return &goi18n.Message{ID: "config_ca_file_bad_cert", Other: "{{.Path}} enthält ein Zertifikat, das sich nicht lesen lässt: {{.Err}}"}
	case "config_ca_file_no_cert":
		return &goi18n.Message{ID: "config_ca_file_no_cert", Other: "{{.Path}} enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----): Geben Sie das Zertifikat der CA im PEM-Format an"}
	case "config_ca_file_relative":
		return &goi18n.Message{ID: "config_ca_file_relative", Other: "„{{.Path}}“ ist relativ und hängt damit vom Verzeichnis ab, in dem smtpconf läuft: Verwenden Sie einen absoluten Pfad"}
	case "config_ca_file_unreadable":
		return &goi18n.Message{ID: "config_ca_file_unreadable", Other: "kann nicht gelesen werden: {{.Err}}"}
	case "config_ca_file_unused":
		return &goi18n.Message{ID: "config_ca_file_unused", Other: "wird nicht verwendet, solange tls_skip_verify = true ist: Setzen Sie tls_skip_verify = false, damit die CA-Datei geprüft wird"}
	case "config_changed_created":
		return &goi18n.Message{ID: "config_changed_created", Other: "jemand hat die Datei angelegt, nachdem smtpconf gestartet wurde"}
	case "config_changed_edited":
		return &goi18n.Message{ID: "config_changed_edited", Other: "jemand hat die Datei seit dem Laden bearbeitet"}
	case "config_changed_on_disk":
		return &goi18n.Message{ID: "config_changed_on_disk", Other: "die Datei wurde seit dem Laden auf der Festplatte geändert"}
	case "config_changed_removed":
		return &goi18n.Message{ID: "config_changed_removed", Other: "jemand hat die Datei seit dem Laden gelöscht"}
	case "config_choice_invalid":
		return &goi18n.Message{ID: "config_choice_invalid", Other: "„{{.Value}}“ ist keiner von {{.Choices}}{{.Suggest}}"}
	case "config_default_server_help":
		return &goi18n.Message{ID: "config_default_server_help", Other: "Standard-Mailserver der Plattform: {{.Help}}"}
	case "config_did_you_mean":
		return &goi18n.Message{ID: "config_did_you_mean", Other: " – meinten Sie „{{.Name}}“?"}
	case "config_dns_bad_char":
		return &goi18n.Message{ID: "config_dns_bad_char", Other: "„{{.Value}}“ enthält {{.Char}}, was in einem Servernamen nicht vorkommen darf"}
	case "config_dns_empty_label":
		return &goi18n.Message{ID: "config_dns_empty_label", Other: "„{{.Value}}“ hat einen leeren Teil zwischen zwei Punkten: Entfernen Sie den überzähligen Punkt"}
	case "config_dns_hyphen":
		return &goi18n.Message{ID: "config_dns_hyphen", Other: "„{{.Value}}“ hat einen Teil, der mit einem Bindestrich beginnt oder endet, was DNS nicht erlaubt: Prüfen Sie die Schreibweise"}
	case "config_dns_ipv4_invalid":
		return &goi18n.Message{ID: "config_dns_ipv4_invalid", Other: "„{{.Value}}“ ist keine gültige IPv4-Adresse: Sie braucht vier Zahlen von 0 bis 255, z. B. 192.0.2.25; oder schreiben Sie den Namen des Servers"}
	case "config_dns_label_too_long":
		return &goi18n.Message{ID: "config_dns_label_too_long", Other: "„{{.Value}}“ hat einen Teil, der länger ist als die 63 Zeichen, die DNS zwischen zwei Punkten erlaubt: Prüfen Sie den Namen"}
	case "config_dns_non_ascii":
		return &goi18n.Message{ID: "config_dns_non_ascii", Other: "„{{.Value}}“ enthält Nicht-ASCII-Zeichen: Schreiben Sie den Namen in seiner xn---Form (Punycode)"}
	case "config_dns_too_long":
		return &goi18n.Message{ID: "config_dns_too_long", Other: "„{{.Value}}“ ist länger als die 253 Zeichen, die ein DNS-Name haben darf: Prüfen Sie den Namen"}
	case "config_duration_invalid":
		return &goi18n.Message{ID: "config_duration_invalid", Other: "„{{.Value}}“ ist keine Zeitdauer: Schreiben Sie sie wie „15s“ oder „1m“"}
	case "config_endpoint_http":
		return &goi18n.Message{ID: "config_endpoint_http", Other: "„{{.Value}}“ ist http: Client-Geheimnis und Tokens gingen unverschlüsselt über das Netz; verwenden Sie https (http wird nur auf diesem Rechner angenommen)"}
	case "config_endpoint_not_https":
		return &goi18n.Message{ID: "config_endpoint_not_https", Other: "„{{.Value}}“ ist keine https-URL: Schreiben Sie sie wie https://auth.example.com/oauth/token"}
	case "config_endpoint_not_url":
		return &goi18n.Message{ID: "config_endpoint_not_url", Other: "„{{.Value}}“ ist keine URL: Schreiben Sie sie wie https://auth.example.com/oauth/token"}
	case "config_endpoint_userinfo":
		return &goi18n.Message{ID: "config_endpoint_userinfo", Other: "enthält einen Benutzernamen oder ein Kennwort: Client-ID und Client-Geheimnis gehören in ihre eigenen Schlüssel, nicht in die URL"}
	case "config_file_not_regular":
		return &goi18n.Message{ID: "config_file_not_regular", Other: "{{.Path}} ist keine reguläre Datei"}
	case "config_file_too_big":
		return &goi18n.Message{ID: "config_file_too_big", Other: "größer als {{.MiB}} MiB, was keine smtpconf-Datei ist"}
	case "config_file_too_large":
		return &goi18n.Message{ID: "config_file_too_large", Other: "{{.Path}} ist größer als {{.MiB}} MiB"}
	case "config_got_array":
		return &goi18n.Message{ID: "config_got_array", Other: "eine Liste (Array)"}
	case "config_got_bool":
		return &goi18n.Message{ID: "config_got_bool", Other: "ein Wahrheitswert"}
	case "config_got_float":
		return &goi18n.Message{ID: "config_got_float", Other: "eine Dezimalzahl"}
	case "config_got_int":
		return &goi18n.Message{ID: "config_got_int", Other: "eine ganze Zahl"}
	case "config_got_other":
		return &goi18n.Message{ID: "config_got_other", Other: "ein Wert vom Typ {{.Kind}}"}
	case "config_got_string":
		return &goi18n.Message{ID: "config_got_string", Other: "Text"}
	case "config_got_table":
		return &goi18n.Message{ID: "config_got_table", Other: "eine Tabelle"}
	case "config_got_time":
		return &goi18n.Message{ID: "config_got_time", Other: "ein Datum oder eine Uhrzeit"}
	case "config_helo_idna":
		return &goi18n.Message{ID: "config_helo_idna", Other: "„{{.Value}}“ ist kein gültiger internationalisierter Name: Schreiben Sie ihn in der xn---Form"}
	case "config_helo_ipv4_brackets":
		return &goi18n.Message{ID: "config_helo_ipv4_brackets", Other: "„{{.Value}}“: Eine Adresse steht in EHLO in eckigen Klammern: Schreiben Sie [{{.Address}}]"}
	case "config_helo_ipv6_brackets":
		return &goi18n.Message{ID: "config_helo_ipv6_brackets", Other: "„{{.Value}}“: Eine Adresse steht in EHLO in eckigen Klammern: Schreiben Sie [IPv6:{{.Address}}]"}
	case "config_helo_ipv6_literal":
		return &goi18n.Message{ID: "config_helo_ipv6_literal", Other: "„{{.Value}}“ ist kein IPv6-Adressliteral: Schreiben Sie es wie [IPv6:2001:db8::10]"}
	case "config_helo_ipv6_prefix":
		return &goi18n.Message{ID: "config_helo_ipv6_prefix", Other: "„{{.Value}}“: Ein IPv6-Adressliteral beginnt mit IPv6:, z. B. [IPv6:{{.Address}}]"}
	case "config_helo_literal_invalid":
		return &goi18n.Message{ID: "config_helo_literal_invalid", Other: "„{{.Value}}“ ist kein Adressliteral: Schreiben Sie [192.0.2.10] oder [IPv6:2001:db8::10]"}
	case "config_helo_short":
		return &goi18n.Message{ID: "config_helo_short", Other: "„{{.Value}}“ ist ein Kurzname, den viele Server ablehnen (need fully-qualified hostname): Schreiben Sie den vollständigen Namen, z. B. {{.Name}}.example.com, oder ein Adressliteral wie [192.0.2.10]"}
	case "config_helo_unclosed":
		return &goi18n.Message{ID: "config_helo_unclosed", Other: "„{{.Value}}“ ist kein Adressliteral: Schließen Sie die Klammer, z. B. [192.0.2.10]"}
	case "config_host_brackets_invalid":
		return &goi18n.Message{ID: "config_host_brackets_invalid", Other: "„{{.Value}}“ ist keine IPv6-Adresse in eckigen Klammern: Schreiben Sie die Adresse, z. B. [2001:db8::25], oder den Namen des Servers"}
	case "config_host_brackets_ipv4":
		return &goi18n.Message{ID: "config_host_brackets_ipv4", Other: "„{{.Value}}“: Eckige Klammern gibt es nur bei IPv6-Adressen: Schreiben Sie {{.Address}}"}
	case "config_host_idna":
		return &goi18n.Message{ID: "config_host_idna", Other: "„{{.Host}}“ ist ein internationalisierter Name: smtpconf verbindet sich mit {{.ASCII}}, seiner ASCII-Form (IDNA)"}
	case "config_host_idna_invalid":
		return &goi18n.Message{ID: "config_host_idna_invalid", Other: "„{{.Value}}“ ist kein gültiger internationalisierter Name: Prüfen Sie die Schreibweise oder schreiben Sie ihn in der xn---Form"}
	case "config_host_ipv6_invalid":
		return &goi18n.Message{ID: "config_host_ipv6_invalid", Other: "„{{.Value}}“ ist weder eine gültige IPv6-Adresse noch ein Servername: Schreiben Sie einen Namen wie mail.example.com oder eine vollständige IPv6-Adresse wie 2001:db8::25"}
	case "config_host_missing":
		return &goi18n.Message{ID: "config_host_missing", Other: "ist nicht gesetzt: Geben Sie den Namen oder die IP-Adresse des SMTP-Servers an, z. B. mail.example.com"}
	case "config_host_port":
		return &goi18n.Message{ID: "config_host_port", Other: "„{{.Value}}“ enthält einen Port: Setzen Sie host = \"{{.Host}}\" und port = {{.Port}}"}
	case "config_host_spaces":
		return &goi18n.Message{ID: "config_host_spaces", Other: "„{{.Value}}“ enthält Leerzeichen: Schreiben Sie nur den Servernamen, z. B. mail.example.com"}
	case "config_host_url":
		return &goi18n.Message{ID: "config_host_url", Other: "„{{.Value}}“ ist eine URL: Schreiben Sie nur den Servernamen; das Protokoll gehört in protocol, der Port in port"}
	case "config_idna_invalid":
		return &goi18n.Message{ID: "config_idna_invalid", Other: "„{{.Value}}“ ist kein gültiger internationalisierter Name: {{.Err}}"}
	case "config_in_clear_password":
		return &goi18n.Message{ID: "config_in_clear_password", Other: "das Kennwort ginge unverschlüsselt über das Netz: Setzen Sie starttls = true, verwenden Sie smtps oder setzen Sie allow_insecure_auth = true (oder auth = \"cram-md5\", das das Kennwort nie sendet, falls der Server es anbietet)"}
	case "config_in_clear_token":
		return &goi18n.Message{ID: "config_in_clear_token", Other: "das Token ginge unverschlüsselt über das Netz: Setzen Sie starttls = true, verwenden Sie smtps oder setzen Sie allow_insecure_auth = true"}
	case "config_insecure_password":
		return &goi18n.Message{ID: "config_insecure_password", Other: "ist eingeschaltet: Das Kennwort geht unverschlüsselt über das Netz zu {{.Host}}, lesbar für jeden auf dem Weg"}
	case "config_insecure_token":
		return &goi18n.Message{ID: "config_insecure_token", Other: "ist eingeschaltet: Das Token geht unverschlüsselt über das Netz zu {{.Host}}, lesbar für jeden auf dem Weg"}
	case "config_key_allow_insecure_auth_help":
		return &goi18n.Message{ID: "config_key_allow_insecure_auth_help", Other: "das Kennwort über eine unverschlüsselte Verbindung an einen entfernten Server senden (nicht empfohlen)"}
	case "config_key_allow_insecure_auth_label":
		return &goi18n.Message{ID: "config_key_allow_insecure_auth_label", Other: "Kennwort ohne TLS erlauben"}
	case "config_key_auth_help":
		return &goi18n.Message{ID: "config_key_auth_help", Other: "wie Sie sich anmelden: none, auto (das Beste, was der Server anbietet), plain, login, cram-md5 oder xoauth2 oder oauthbearer (OAuth 2.0)"}
	case "config_key_auth_label":
		return &goi18n.Message{ID: "config_key_auth_label", Other: "Authentifizierung"}
	case "config_key_helo_name_help":
		return &goi18n.Message{ID: "config_key_helo_name_help", Other: "der Name, mit dem sich dieser Rechner in EHLO meldet: ein vollständiger Name wie app.example.com oder ein Adressliteral wie [192.0.2.10] (Standard: der volle Name des Rechners, sonst seine Adresse)"}
	case "config_key_helo_name_label":
		return &goi18n.Message{ID: "config_key_helo_name_label", Other: "HELO-Name"}
	case "config_key_host_help":
		return &goi18n.Message{ID: "config_key_host_help", Other: "Name oder IP-Adresse des SMTP-Servers, z. B. mail.example.com"}
	case "config_key_host_label":
		return &goi18n.Message{ID: "config_key_host_label", Other: "SMTP-Server"}
	case "config_key_oauth2_client_id_help":
		return &goi18n.Message{ID: "config_key_oauth2_client_id_help", Other: "die Anwendungs-ID (Client-ID) der beim Anbieter registrierten App"}
	case "config_key_oauth2_client_id_label":
		return &goi18n.Message{ID: "config_key_oauth2_client_id_label", Other: "OAuth-Client-ID"}
	case "config_key_oauth2_client_secret_command_help":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_command_help", Other: "ein Befehl, der das Client-Geheimnis ausgibt, z. B. pass show smtp-oauth"}
	case "config_key_oauth2_client_secret_command_label":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_command_label", Other: "OAuth-Geheimnis-Befehl"}
	case "config_key_oauth2_client_secret_env_help":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_env_help", Other: "Name einer Umgebungsvariablen, die das Client-Geheimnis enthält, z. B. SMTP_OAUTH_SECRET"}
	case "config_key_oauth2_client_secret_env_label":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_env_label", Other: "OAuth-Geheimnis-Variable"}
	case "config_key_oauth2_client_secret_help":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_help", Other: "das Client-Geheimnis der App, in dieser Datei gespeichert (oder oauth2_client_secret_env bzw. oauth2_client_secret_command verwenden)"}
	case "config_key_oauth2_client_secret_label":
		return &goi18n.Message{ID: "config_key_oauth2_client_secret_label", Other: "OAuth-Client-Geheimnis"}
	case "config_key_oauth2_device_url_help":
		return &goi18n.Message{ID: "config_key_oauth2_device_url_help", Other: "custom, device_code: der Endpunkt für die Geräteautorisierung (https)"}
	case "config_key_oauth2_device_url_label":
		return &goi18n.Message{ID: "config_key_oauth2_device_url_label", Other: "OAuth-Geräte-URL"}
	case "config_key_oauth2_flow_help":
		return &goi18n.Message{ID: "config_key_oauth2_flow_help", Other: "wie das Token bezogen wird: client_credentials (die App selbst), device_code (einmal smtpconf login), refresh_token oder service_account (Google)"}
	case "config_key_oauth2_flow_label":
		return &goi18n.Message{ID: "config_key_oauth2_flow_label", Other: "OAuth-Ablauf"}
	case "config_key_oauth2_provider_help":
		return &goi18n.Message{ID: "config_key_oauth2_provider_help", Other: "wer das OAuth-2.0-Token ausstellt: microsoft (Microsoft 365), google (Google Workspace) oder custom"}
	case "config_key_oauth2_provider_label":
		return &goi18n.Message{ID: "config_key_oauth2_provider_label", Other: "OAuth-Anbieter"}
	case "config_key_oauth2_refresh_token_command_help":
		return &goi18n.Message{ID: "config_key_oauth2_refresh_token_command_help", Other: "Ablauf refresh_token: ein Befehl, der das Refresh-Token ausgibt"}
	case "config_key_oauth2_refresh_token_command_label":
		return &goi18n.Message{ID: "config_key_oauth2_refresh_token_command_label", Other: "OAuth-Refresh-Token-Befehl"}
	case "config_key_oauth2_refresh_token_env_help":
		return &goi18n.Message{ID: "config_key_oauth2_refresh_token_env_help", Other: "Ablauf refresh_token: Name einer Umgebungsvariablen, die das Refresh-Token enthält"}
	case "config_key_oauth2_refresh_token_env_label":
		return &goi18n.Message{ID: "config_key_oauth2_refresh_token_env_label", Other: "OAuth-Refresh-Token-Variable"}
	case "config_key_oauth2_scope_help":
		return &goi18n.Message{ID: "config_key_oauth2_scope_help", Other: "die angeforderten Scopes, durch Leerzeichen getrennt; leer heißt: der Standard des Anbieters für den E-Mail-Versand"}
	case "config_key_oauth2_scope_label":
		return &goi18n.Message{ID: "config_key_oauth2_scope_label", Other: "OAuth-Scope"}
	case "config_key_oauth2_service_account_file_help":
		return &goi18n.Message{ID: "config_key_oauth2_service_account_file_help", Other: "google service_account: die JSON-Schlüsseldatei; der Benutzername ist das Postfach, für das es handelt"}
	case "config_key_oauth2_service_account_file_label":
		return &goi18n.Message{ID: "config_key_oauth2_service_account_file_label", Other: "Dienstkonto-Schlüsseldatei"}
	case "config_key_oauth2_tenant_help":
		return &goi18n.Message{ID: "config_key_oauth2_tenant_help", Other: "microsoft: Name oder ID des Mandanten, z. B. example.onmicrosoft.com"}
	case "config_key_oauth2_tenant_label":
		return &goi18n.Message{ID: "config_key_oauth2_tenant_label", Other: "OAuth-Mandant"}
	case "config_key_oauth2_token_url_help":
		return &goi18n.Message{ID: "config_key_oauth2_token_url_help", Other: "custom: der Token-Endpunkt (https; http nur auf diesem Rechner); microsoft und google kennen ihren"}
	case "config_key_oauth2_token_url_label":
		return &goi18n.Message{ID: "config_key_oauth2_token_url_label", Other: "OAuth-Token-URL"}
	case "config_key_password_command_help":
		return &goi18n.Message{ID: "config_key_password_command_help", Other: "ein Befehl, der das Kennwort ausgibt, z. B. pass show smtp"}
	case "config_key_password_command_label":
		return &goi18n.Message{ID: "config_key_password_command_label", Other: "Kennwort-Befehl"}
	case "config_key_password_env_help":
		return &goi18n.Message{ID: "config_key_password_env_help", Other: "Name einer Umgebungsvariablen, die das Kennwort enthält, z. B. SMTP_PASSWORD"}
	case "config_key_password_env_label":
		return &goi18n.Message{ID: "config_key_password_env_label", Other: "Kennwort-Variable"}
	case "config_key_password_help":
		return &goi18n.Message{ID: "config_key_password_help", Other: "das Kennwort für die Anmeldung, in dieser Datei gespeichert (oder password_env bzw. password_command verwenden)"}
	case "config_key_password_label":
		return &goi18n.Message{ID: "config_key_password_label", Other: "Kennwort"}
	case "config_key_port_help":
		return &goi18n.Message{ID: "config_key_port_help", Other: "der Port des Servers: 587 für smtp mit STARTTLS, 465 für smtps, 25 zwischen Servern"}
	case "config_key_port_label":
		return &goi18n.Message{ID: "config_key_port_label", Other: "SMTP-Port"}
	case "config_key_protocol_help":
		return &goi18n.Message{ID: "config_key_protocol_help", Other: "smtp (Ports 25/587, mit STARTTLS verschlüsselt) oder smtps (TLS von Anfang an, Port 465)"}
	case "config_key_protocol_label":
		return &goi18n.Message{ID: "config_key_protocol_label", Other: "Protokoll"}
	case "config_key_sender_help":
		return &goi18n.Message{ID: "config_key_sender_help", Other: "die Adresse, von der die E-Mails kommen, z. B. noreply@example.com (der Name gehört in sender_name)"}
	case "config_key_sender_label":
		return &goi18n.Message{ID: "config_key_sender_label", Other: "Absenderadresse"}
	case "config_key_sender_name_help":
		return &goi18n.Message{ID: "config_key_sender_name_help", Other: "der Name, der neben der Absenderadresse erscheint, z. B. Example Platform"}
	case "config_key_sender_name_label":
		return &goi18n.Message{ID: "config_key_sender_name_label", Other: "Absendername"}
	case "config_key_starttls_help":
		return &goi18n.Message{ID: "config_key_starttls_help", Other: "nur smtp: nichts senden, bevor die Verbindung mit STARTTLS verschlüsselt ist"}
	case "config_key_starttls_label":
		return &goi18n.Message{ID: "config_key_starttls_label", Other: "STARTTLS erzwingen"}
	case "config_key_test_recipient_help":
		return &goi18n.Message{ID: "config_key_test_recipient_help", Other: "wohin `smtpconf test` die Test-E-Mail sendet, z. B. admin@example.com"}
	case "config_key_test_recipient_label":
		return &goi18n.Message{ID: "config_key_test_recipient_label", Other: "Empfänger der Test-E-Mail"}
	case "config_key_timeout_help":
		return &goi18n.Message{ID: "config_key_timeout_help", Other: "wie lange jeder Netzwerkschritt dauern darf, z. B. 15s (1s bis 5m)"}
	case "config_key_timeout_label":
		return &goi18n.Message{ID: "config_key_timeout_label", Other: "Zeitlimit"}
	case "config_key_tls_ca_file_help":
		return &goi18n.Message{ID: "config_key_tls_ca_file_help", Other: "eine PEM-Datei mit zusätzlichen CA-Zertifikaten, denen vertraut wird, für eine interne CA oder einen Server mit selbstsigniertem Zertifikat"}
	case "config_key_tls_ca_file_label":
		return &goi18n.Message{ID: "config_key_tls_ca_file_label", Other: "CA-Zertifikatsdatei"}
	case "config_key_tls_skip_verify_help":
		return &goi18n.Message{ID: "config_key_tls_skip_verify_help", Other: "jedes Server-Zertifikat annehmen: nur zum Testen, jeder auf dem Weg könnte E-Mails und Kennwort mitlesen"}
	case "config_key_tls_skip_verify_label":
		return &goi18n.Message{ID: "config_key_tls_skip_verify_label", Other: "Zertifikatsprüfung überspringen"}
	case "config_key_use_default_help":
		return &goi18n.Message{ID: "config_key_use_default_help", Other: "über den Server in [default_server] senden (das lokale Mailsystem, sofern die Plattform keinen anderen vorgibt); die übrigen Einstellungen in [smtp] werden dann ignoriert"}
	case "config_key_use_default_label":
		return &goi18n.Message{ID: "config_key_use_default_label", Other: "Standard-Mailserver der Plattform verwenden"}
	case "config_key_username_help":
		return &goi18n.Message{ID: "config_key_username_help", Other: "der Anmeldename auf dem SMTP-Server, oft die Absenderadresse"}
	case "config_key_username_label":
		return &goi18n.Message{ID: "config_key_username_label", Other: "Benutzername"}
	case "config_kind_bool":
		return &goi18n.Message{ID: "config_kind_bool", Other: "true oder false"}
	case "config_kind_duration":
		return &goi18n.Message{ID: "config_kind_duration", Other: "eine Zeitdauer in Anführungszeichen wie \"15s\""}
	case "config_kind_int":
		return &goi18n.Message{ID: "config_kind_int", Other: "eine ganze Zahl"}
	case "config_kind_string":
		return &goi18n.Message{ID: "config_kind_string", Other: "Text in Anführungszeichen"}
	case "config_load_failed":
		return &goi18n.Message{ID: "config_load_failed", Other: "{{.Path}} kann nicht geladen werden: {{.Err}}"}
	case "config_lock_timeout":
		return &goi18n.Message{ID: "config_lock_timeout", Other: "ein anderes Programm hält die Sperre auf {{.Dir}} seit mehr als {{.Wait}} (ein hängendes smtpconf, das dort speichert?): Versuchen Sie es noch einmal"}
	case "config_m365_password":
		return &goi18n.Message{ID: "config_m365_password", Other: "ist „{{.Auth}}“: Microsoft 365 schaltet die Anmeldung mit Kennwort für SMTP Ende Dezember 2026 ab (MC786329): Verwenden Sie auth = \"xoauth2\" mit oauth2_provider = \"microsoft\" (README: Microsoft 365 and Google)"}
	case "config_new_file_header":
		return &goi18n.Message{ID: "config_new_file_header", Other: "Einstellungen für ausgehende E-Mails, geschrieben von smtpconf (`smtpconf set --help` erklärt die Schlüssel)."}
	case "config_not_regular":
		return &goi18n.Message{ID: "config_not_regular", Other: "{{.Path}} ist {{.What}}, keine reguläre Datei"}
	case "config_oauth_client_id_missing":
		return &goi18n.Message{ID: "config_oauth_client_id_missing", Other: "ist nicht gesetzt, aber oauth2_flow = \"{{.Flow}}\" braucht sie: Geben Sie die Anwendungs-ID (Client-ID) der beim Anbieter registrierten App an"}
	case "config_oauth_client_secret_blank":
		return &goi18n.Message{ID: "config_oauth_client_secret_blank", Other: "ist leer: Geben Sie den Befehl an, der das Client-Geheimnis ausgibt, oder entfernen Sie den Schlüssel"}
	case "config_oauth_client_secret_missing":
		return &goi18n.Message{ID: "config_oauth_client_secret_missing", Other: "ist nicht gesetzt, aber dieser Ablauf braucht das Client-Geheimnis: Setzen Sie oauth2_client_secret, oauth2_client_secret_env oder oauth2_client_secret_command"}
	case "config_oauth_client_secret_twice":
		return &goi18n.Message{ID: "config_oauth_client_secret_twice", Other: "ist ebenso gesetzt wie {{.First}}: Behalten Sie nur eine Quelle für das Client-Geheimnis"}
	case "config_oauth_custom_sa":
		return &goi18n.Message{ID: "config_oauth_custom_sa", Other: "service_account ist die domänenweite Delegierung von Google: Verwenden Sie bei einem eigenen Anbieter client_credentials, device_code oder refresh_token"}
	case "config_oauth_device_only":
		return &goi18n.Message{ID: "config_oauth_device_only", Other: "wird nur mit oauth2_flow = \"device_code\" verwendet: Entfernen Sie es"}
	case "config_oauth_device_url_missing":
		return &goi18n.Message{ID: "config_oauth_device_url_missing", Other: "ist nicht gesetzt, aber oauth2_flow = \"device_code\" braucht bei einem eigenen Anbieter den Endpunkt für die Geräteautorisierung, z. B. https://auth.example.com/oauth/device_authorization"}
	case "config_oauth_env_invalid":
		return &goi18n.Message{ID: "config_oauth_env_invalid", Other: "„{{.Value}}“ ist kein Name einer Umgebungsvariablen: Verwenden Sie Buchstaben, Ziffern und _, z. B. SMTP_OAUTH_SECRET"}
	case "config_oauth_flow_missing":
		return &goi18n.Message{ID: "config_oauth_flow_missing", Other: "ist nicht gesetzt, aber OAuth 2.0 muss wissen, wie das Token bezogen wird: Setzen Sie einen von {{.Choices}}"}
	case "config_oauth_google_cc":
		return &goi18n.Message{ID: "config_oauth_google_cc", Other: "google bietet für Gmail keinen client_credentials-Grant: Verwenden Sie service_account (domänenweite Delegierung in Workspace) oder refresh_token"}
	case "config_oauth_google_device":
		return &goi18n.Message{ID: "config_oauth_google_device", Other: "google erlaubt den Scope von Gmail nicht im Geräte-Ablauf: Verwenden Sie service_account (domänenweite Delegierung in Workspace) oder refresh_token"}
	case "config_oauth_microsoft_sa":
		return &goi18n.Message{ID: "config_oauth_microsoft_sa", Other: "service_account ist die domänenweite Delegierung von Google: Verwenden Sie mit microsoft client_credentials (eine App mit der Exchange-Berechtigung SMTP.SendAsApp) oder device_code"}
	case "config_oauth_password_unused":
		return &goi18n.Message{ID: "config_oauth_password_unused", Other: "wird nicht verwendet: auth = \"{{.Auth}}\" meldet sich mit einem OAuth-2.0-Token an, nicht mit einem Kennwort: Entfernen Sie es"}
	case "config_oauth_provider_missing":
		return &goi18n.Message{ID: "config_oauth_provider_missing", Other: "ist nicht gesetzt, aber OAuth 2.0 muss wissen, wer das Token ausstellt: Setzen Sie einen von {{.Choices}}"}
	case "config_oauth_refresh_only":
		return &goi18n.Message{ID: "config_oauth_refresh_only", Other: "wird nur mit oauth2_flow = \"refresh_token\" verwendet: Entfernen Sie es"}
	case "config_oauth_refresh_token_blank":
		return &goi18n.Message{ID: "config_oauth_refresh_token_blank", Other: "ist leer: Geben Sie den Befehl an, der das Refresh-Token ausgibt, oder entfernen Sie den Schlüssel"}
	case "config_oauth_refresh_token_missing":
		return &goi18n.Message{ID: "config_oauth_refresh_token_missing", Other: "ist nicht gesetzt, aber dieser Ablauf braucht das Refresh-Token: Setzen Sie oauth2_refresh_token_env oder oauth2_refresh_token_command"}
	case "config_oauth_refresh_token_twice":
		return &goi18n.Message{ID: "config_oauth_refresh_token_twice", Other: "ist ebenso gesetzt wie {{.First}}: Behalten Sie nur eine Quelle für das Refresh-Token"}
	case "config_oauth_sa_file_missing":
		return &goi18n.Message{ID: "config_oauth_sa_file_missing", Other: "ist nicht gesetzt, aber oauth2_flow = \"service_account\" braucht die JSON-Schlüsseldatei des Dienstkontos"}
	case "config_oauth_sa_only":
		return &goi18n.Message{ID: "config_oauth_sa_only", Other: "wird nur mit oauth2_flow = \"service_account\" verwendet: Entfernen Sie es"}
	case "config_oauth_sa_unused":
		return &goi18n.Message{ID: "config_oauth_sa_unused", Other: "wird vom Ablauf service_account nicht verwendet, der den Client aus oauth2_service_account_file nimmt: Entfernen Sie es"}
	case "config_oauth_tenant_missing":
		return &goi18n.Message{ID: "config_oauth_tenant_missing", Other: "ist nicht gesetzt, aber oauth2_provider = \"microsoft\" braucht den Namen oder die ID des Mandanten, z. B. example.onmicrosoft.com (Entra Admin Center → Übersicht → Mandanten-ID)"}
	case "config_oauth_tenant_only":
		return &goi18n.Message{ID: "config_oauth_tenant_only", Other: "wird nur mit oauth2_provider = \"microsoft\" verwendet: Entfernen Sie es"}
	case "config_oauth_token_url_missing":
		return &goi18n.Message{ID: "config_oauth_token_url_missing", Other: "ist nicht gesetzt, aber oauth2_provider = \"custom\" braucht den Token-Endpunkt, z. B. https://auth.example.com/oauth/token"}
	case "config_oauth_unused":
		return &goi18n.Message{ID: "config_oauth_unused", Other: "die Einstellungen oauth2_* werden mit auth = \"{{.Auth}}\" nicht verwendet: Setzen Sie auth = \"xoauth2\" (oder auth = \"auto\" mit oauth2_provider), um sich mit OAuth 2.0 anzumelden, oder entfernen Sie sie"}
	case "config_oauth_username_missing":
		return &goi18n.Message{ID: "config_oauth_username_missing", Other: "ist nicht gesetzt, aber auth = \"{{.Auth}}\" braucht das Postfach, für das das Token gilt: Setzen Sie username auf die Adresse des Postfachs"}
	case "config_outside_smtp":
		return &goi18n.Message{ID: "config_outside_smtp", Other: "steht außerhalb von [smtp], daher ignoriert smtpconf ihn: Verschieben Sie ihn unter die Zeile [smtp]"}
	case "config_parse_expected":
		return &goi18n.Message{ID: "config_parse_expected", Other: "erwartet: {{.Want}}"}
	case "config_parse_not_table":
		return &goi18n.Message{ID: "config_parse_not_table", Other: "{{.Table}} muss eine Tabelle sein: Schreiben Sie [{{.Table}}] in eine eigene Zeile und die Schlüssel darunter"}
	case "config_parse_table_twice":
		return &goi18n.Message{ID: "config_parse_table_twice", Other: "[{{.Table}}] kommt zweimal vor: Behalten Sie eine Zeile [{{.Table}}], und schreiben Sie alle ihre Schlüssel darunter"}
	case "config_parse_wrong_kind":
		return &goi18n.Message{ID: "config_parse_wrong_kind", Other: "erwartet: {{.Want}}, gefunden: {{.Got}}; schreiben Sie es wie {{.Example}}"}
	case "config_password_command_blank":
		return &goi18n.Message{ID: "config_password_command_blank", Other: "ist leer: Geben Sie den Befehl an, der das Kennwort ausgibt, oder entfernen Sie den Schlüssel"}
	case "config_password_env_invalid":
		return &goi18n.Message{ID: "config_password_env_invalid", Other: "„{{.Value}}“ ist kein Name einer Umgebungsvariablen: Verwenden Sie Buchstaben, Ziffern und _, z. B. SMTP_PASSWORD"}
	case "config_password_missing":
		return &goi18n.Message{ID: "config_password_missing", Other: "ist nicht gesetzt, aber auth = \"{{.Auth}}\" braucht ein Kennwort: Setzen Sie password, password_env oder password_command"}
	case "config_password_sources":
		return &goi18n.Message{ID: "config_password_sources", Other: "ist ebenso gesetzt wie {{.First}}: Behalten Sie nur eine Quelle für das Kennwort"}
	case "config_path_default":
		return &goi18n.Message{ID: "config_path_default", Other: "Standard"}
	case "config_path_env":
		return &goi18n.Message{ID: "config_path_env", Other: "aus ${{.Env}}"}
	case "config_path_fallback":
		return &goi18n.Message{ID: "config_path_fallback", Other: "Standard: Sie haben keine eigene Datei, daher die systemweite"}
	case "config_path_flag":
		return &goi18n.Message{ID: "config_path_flag", Other: "aus --config"}
	case "config_port_465_smtp":
		return &goi18n.Message{ID: "config_port_465_smtp", Other: "Port 465 erwartet TLS von Anfang an: Verwenden Sie das Protokoll smtps oder Port 587 mit Protokoll smtp und starttls = true"}
	case "config_port_plain_smtps":
		return &goi18n.Message{ID: "config_port_plain_smtps", Other: "Port {{.Port}} spricht unverschlüsseltes SMTP, nicht TLS von Anfang an: Verwenden Sie Port 465 oder das Protokoll smtp mit starttls = true"}
	case "config_port_range":
		return &goi18n.Message{ID: "config_port_range", Other: "{{.Port}} ist kein Port: Er muss zwischen 1 und 65535 liegen (587 für smtp, 465 für smtps)"}
	case "config_problems_many":
		return &goi18n.Message{ID: "config_problems_many", One: "{{.Count}} Problem: {{.List}}", Other: "{{.Count}} Probleme: {{.List}}"}
	case "config_protocol_invalid":
		return &goi18n.Message{ID: "config_protocol_invalid", Other: "„{{.Value}}“ ist kein Protokoll: Verwenden Sie „smtp“ (Ports 25/587, mit starttls) oder „smtps“ (TLS von Anfang an, Port 465)"}
	case "config_readable_by_group_and_others":
		return &goi18n.Message{ID: "config_readable_by_group_and_others", Other: "ihre Gruppe und alle anderen"}
	case "config_readable_by_others":
		return &goi18n.Message{ID: "config_readable_by_others", Other: "alle anderen, nicht ihre Gruppe"}
	case "config_readable_client_secret":
		return &goi18n.Message{ID: "config_readable_client_secret", Other: "enthält ein OAuth-Client-Geheimnis, und jeder Benutzer dieses Rechners kann es lesen (Modus {{.Mode}}: {{.Who}}): Führen Sie chmod {{.Fix}} {{.Path}} aus"}
	case "config_readable_password":
		return &goi18n.Message{ID: "config_readable_password", Other: "enthält ein Kennwort, und jeder Benutzer dieses Rechners kann es lesen (Modus {{.Mode}}: {{.Who}}): Führen Sie chmod {{.Fix}} {{.Path}} aus"}
	case "config_reencode_encode":
		return &goi18n.Message{ID: "config_reencode_encode", Other: "Einstellungen kodieren: {{.Err}}"}
	case "config_reencode_read":
		return &goi18n.Message{ID: "config_reencode_read", Other: "die übrigen Einstellungen der Datei erneut lesen: {{.Err}}"}
	case "config_render_failed":
		return &goi18n.Message{ID: "config_render_failed", Other: "neuer Inhalt für {{.Path}} kann nicht erstellt werden: {{.Err}}"}
	case "config_render_not_utf8":
		return &goi18n.Message{ID: "config_render_not_utf8", Other: "{{.Key}} ist kein gültiges UTF-8"}
	case "config_sa_not_json":
		return &goi18n.Message{ID: "config_sa_not_json", Other: "{{.Path}} ist kein JSON: Geben Sie die JSON-Schlüsseldatei des Dienstkontos an"}
	case "config_sa_not_key":
		return &goi18n.Message{ID: "config_sa_not_key", Other: "{{.Path}} ist kein Dienstkonto-Schlüssel (er braucht \"type\": \"service_account\", client_email und private_key): Erstellen Sie in der Google Cloud Console einen JSON-Schlüssel für das Dienstkonto"}
	case "config_sa_unreadable":
		return &goi18n.Message{ID: "config_sa_unreadable", Other: "kann nicht gelesen werden: {{.Err}}: Geben Sie den JSON-Schlüssel an, den Sie in der Google Cloud Console heruntergeladen haben (IAM → Dienstkonten → Schlüssel)"}
	case "config_save_changed_on_disk":
		return &goi18n.Message{ID: "config_save_changed_on_disk", Other: "{{.Path}} nicht gespeichert: {{.Reason}}; es wurde nichts geschrieben: Laden Sie die Datei neu, und nehmen Sie die Änderung noch einmal vor"}
	case "config_save_chmod_temp":
		return &goi18n.Message{ID: "config_save_chmod_temp", Other: "Rechte der temporären Datei setzen: {{.Err}}"}
	case "config_save_close_temp":
		return &goi18n.Message{ID: "config_save_close_temp", Other: "temporäre Datei schließen: {{.Err}}"}
	case "config_save_create_temp":
		return &goi18n.Message{ID: "config_save_create_temp", Other: "temporäre Datei anlegen: {{.Err}}"}
	case "config_save_failed":
		return &goi18n.Message{ID: "config_save_failed", Other: "{{.Path}} kann nicht gespeichert werden: {{.Err}}"}
	case "config_save_mkdir":
		return &goi18n.Message{ID: "config_save_mkdir", Other: "Verzeichnis anlegen: {{.Err}}"}
	case "config_save_remove_temp":
		return &goi18n.Message{ID: "config_save_remove_temp", Other: "temporäre Datei entfernen: {{.Err}}"}
	case "config_save_rename":
		return &goi18n.Message{ID: "config_save_rename", Other: "Datei ersetzen: {{.Err}}"}
	case "config_save_sync_dir":
		return &goi18n.Message{ID: "config_save_sync_dir", Other: "Verzeichnis {{.Dir}} auf die Festplatte schreiben: {{.Err}}"}
	case "config_save_sync_temp":
		return &goi18n.Message{ID: "config_save_sync_temp", Other: "temporäre Datei auf die Festplatte schreiben: {{.Err}}"}
	case "config_save_write_temp":
		return &goi18n.Message{ID: "config_save_write_temp", Other: "temporäre Datei schreiben: {{.Err}}"}
	case "config_sender_domain":
		return &goi18n.Message{ID: "config_sender_domain", Other: "die Domain der Absenderadresse ({{.SenderDomain}}) ist nicht die des Benutzernamens ({{.LoginDomain}}): Viele Server lassen eine Anmeldung nur mit eigenen Adressen senden und lehnen diesen Absender ab; verwenden Sie eine Adresse bei {{.LoginDomain}}, sofern der Server es nicht erlaubt"}
	case "config_sender_missing":
		return &goi18n.Message{ID: "config_sender_missing", Other: "ist nicht gesetzt: Geben Sie die Absenderadresse an, z. B. noreply@example.com"}
	case "config_set_bool":
		return &goi18n.Message{ID: "config_set_bool", Other: "{{.Key}} muss true oder false sein, nicht „{{.Value}}“"}
	case "config_set_int":
		return &goi18n.Message{ID: "config_set_int", Other: "{{.Key}} muss eine ganze Zahl wie 587 sein, nicht „{{.Value}}“"}
	case "config_set_port_zero":
		return &goi18n.Message{ID: "config_set_port_zero", Other: "{{.Key}}: 0 ist kein Port: Geben Sie 1 bis 65535 an oder entfernen Sie {{.Given}} mit unset für den Standard des Protokolls (587 für smtp, 465 für smtps)"}
	case "config_set_timeout_zero":
		return &goi18n.Message{ID: "config_set_timeout_zero", Other: "{{.Key}}: 0 ist kein Zeitlimit: Geben Sie 1s bis 5m an oder entfernen Sie {{.Given}} mit unset für den Standard ({{.Default}})"}
	case "config_skip_verify":
		return &goi18n.Message{ID: "config_skip_verify", Other: "ist eingeschaltet: Jedes Zertifikat wird angenommen, sodass jeder auf dem Netzweg sich als {{.Host}} ausgeben und E-Mails und Kennwort mitlesen kann: Vertrauen Sie stattdessen seiner CA mit tls_ca_file"}
	case "config_starttls_smtps":
		return &goi18n.Message{ID: "config_starttls_smtps", Other: "hat mit dem Protokoll smtps keine Wirkung, da die Verbindung vom ersten Byte an verschlüsselt ist: Setzen Sie starttls = false"}
	case "config_symlink":
		return &goi18n.Message{ID: "config_symlink", Other: "{{.Path}} ist ein symbolischer Link auf {{.Target}}: {{.Reason}}"}
	case "config_symlink_dangling":
		return &goi18n.Message{ID: "config_symlink_dangling", Other: "sein Ziel existiert nicht, und smtpconf legt keine Datei dort an, wohin ein symbolischer Link zeigt: Legen Sie die Datei an oder geben Sie --config den echten Pfad"}
	case "config_symlink_follow":
		return &goi18n.Message{ID: "config_symlink_follow", Other: "symbolischem Link folgen: {{.Err}}"}
	case "config_symlink_owner":
		return &goi18n.Message{ID: "config_symlink_owner", Other: "das Ziel gehört einem anderen Benutzer (UID {{.TargetUID}}) als der Link (UID {{.LinkUID}}), daher schreibt smtpconf nicht hindurch: Geben Sie --config den Pfad des Ziels, wenn Sie diese Datei ändern wollen"}
	case "config_syntax_backslash":
		return &goi18n.Message{ID: "config_syntax_backslash", Other: "ein Backslash in \"doppelten Anführungszeichen\" leitet ein Escape ein: Schreiben Sie \\\\ für jeden Backslash oder verwenden Sie 'einfache Anführungszeichen', die den Text unverändert übernehmen"}
	case "config_syntax_expected_equals":
		return &goi18n.Message{ID: "config_syntax_expected_equals", Other: "nach {{.Name}} fehlt „=“: Schreiben Sie {{.Name}} = Wert"}
	case "config_syntax_expected_line":
		return &goi18n.Message{ID: "config_syntax_expected_line", Other: "erwartet wird in dieser Zeile Schlüssel = Wert (eine Einstellung), [Tabelle] oder ein #-Kommentar"}
	case "config_syntax_trailing":
		return &goi18n.Message{ID: "config_syntax_trailing", Other: "nach dem Wert folgt noch etwas: ein Schlüssel = Wert pro Zeile; ein Kommentar beginnt mit #"}
	case "config_syntax_twice":
		return &goi18n.Message{ID: "config_syntax_twice", Other: "ist in derselben Tabelle zweimal gesetzt: Behalten Sie eine der beiden Zeilen"}
	case "config_syntax_unclosed":
		return &goi18n.Message{ID: "config_syntax_unclosed", Other: "der Wert in Anführungszeichen ist nicht geschlossen: Beenden Sie ihn in derselben Zeile mit demselben Anführungszeichen, mit dem er beginnt"}
	case "config_text_control":
		return &goi18n.Message{ID: "config_text_control", Other: "enthält ein Steuerzeichen ({{.Chars}}): Entfernen Sie es; nur der Tabulator ist erlaubt"}
	case "config_text_line_break":
		return &goi18n.Message{ID: "config_text_line_break", Other: "enthält einen Zeilenumbruch oder ein NUL-Zeichen, mit dem sich Mail-Header oder SMTP-Befehle einschleusen ließen: Entfernen Sie es"}
	case "config_text_not_utf8":
		return &goi18n.Message{ID: "config_text_not_utf8", Other: "ist kein gültiges UTF-8: Geben Sie den Wert neu ein"}
	case "config_timeout_range":
		return &goi18n.Message{ID: "config_timeout_range", Other: "ist {{.Timeout}}: Es muss zwischen {{.Min}} und {{.Max}} liegen, z. B. „15s“"}
	case "config_toml_said":
		return &goi18n.Message{ID: "config_toml_said", Other: "Die Datei ist kein gültiges TOML: {{.Detail}}"}
	case "config_type_block_device":
		return &goi18n.Message{ID: "config_type_block_device", Other: "ein blockorientiertes Gerät"}
	case "config_type_char_device":
		return &goi18n.Message{ID: "config_type_char_device", Other: "ein zeichenorientiertes Gerät"}
	case "config_type_fifo":
		return &goi18n.Message{ID: "config_type_fifo", Other: "eine benannte Pipe (FIFO)"}
	case "config_type_other":
		return &goi18n.Message{ID: "config_type_other", Other: "keine Datei"}
	case "config_type_socket":
		return &goi18n.Message{ID: "config_type_socket", Other: "ein Socket"}
	case "config_unfaithful_foreign":
		return &goi18n.Message{ID: "config_unfaithful_foreign", Other: "die neue Datei ließe sich nicht so zurücklesen, wie sie geschrieben wurde: Inhalte, die nicht smtpconf gehören, würden sich ändern"}
	case "config_unfaithful_parse":
		return &goi18n.Message{ID: "config_unfaithful_parse", Other: "die neue Datei ließe sich nicht so zurücklesen, wie sie geschrieben wurde: {{.Err}}"}
	case "config_unfaithful_settings":
		return &goi18n.Message{ID: "config_unfaithful_settings", Other: "die neue Datei ließe sich nicht so zurücklesen, wie sie geschrieben wurde: Die Einstellungen weichen ab"}
	case "config_unknown_key_help":
		return &goi18n.Message{ID: "config_unknown_key_help", Other: "unbekannter Schlüssel „{{.Key}}“: `smtpconf set --help` listet die Schlüssel auf"}
	case "config_unknown_key_ignored":
		return &goi18n.Message{ID: "config_unknown_key_ignored", Other: "unbekannter Schlüssel „{{.Key}}“: smtpconf ignoriert ihn; prüfen Sie die Schreibweise oder entfernen Sie ihn"}
	case "config_unknown_key_suggest":
		return &goi18n.Message{ID: "config_unknown_key_suggest", Other: "unbekannter Schlüssel „{{.Key}}“ – meinten Sie „{{.Suggestion}}“?"}
	case "config_unknown_key_table":
		return &goi18n.Message{ID: "config_unknown_key_table", Other: "unbekannter Schlüssel „{{.Key}}“: Die Schlüssel stehen in [smtp] oder [default_server]"}
	case "config_unset_not_in_file":
		return &goi18n.Message{ID: "config_unset_not_in_file", Other: "„{{.Key}}“ ist weder eine Einstellung noch steht es in [{{.Table}}] der Datei"}
	case "config_unset_not_key":
		return &goi18n.Message{ID: "config_unset_not_key", Other: "„{{.Key}}“ ist kein Schlüssel von [smtp] oder [default_server]: Geben Sie KEY für [smtp] an, default_server.KEY für [default_server]"}
	case "config_unset_suggest":
		return &goi18n.Message{ID: "config_unset_suggest", Other: "„{{.Key}}“ ist weder eine Einstellung noch steht es in [{{.Table}}] – meinten Sie „{{.Suggestion}}“?"}
	case "config_username_missing":
		return &goi18n.Message{ID: "config_username_missing", Other: "ist nicht gesetzt, aber auth = \"{{.Auth}}\" braucht einen Benutzernamen: Setzen Sie username oder auth = \"none\", wenn der Server E-Mails ohne Anmeldung annimmt"}
	case "config_zero_port":
		return &goi18n.Message{ID: "config_zero_port", Other: "ist 0, was den Standardwert bedeutet: Entfernen Sie die Zeile oder geben Sie einen Wert an (einen Port von 1 bis 65535)"}
	case "config_zero_timeout":
		return &goi18n.Message{ID: "config_zero_timeout", Other: "ist 0, was den Standardwert bedeutet: Entfernen Sie die Zeile oder geben Sie einen Wert an (ein Zeitlimit von 1s bis 5m)"}
	case "discover_detail_mx_unknown":
		return &goi18n.Message{ID: "discover_detail_mx_unknown", Other: "{{.Hosts}}: kein bekannter Anbieter"}
	case "discover_detail_no_file":
		return &goi18n.Message{ID: "discover_detail_no_file", Other: "keine Datei (404)"}
	case "discover_detail_no_mx":
		return &goi18n.Message{ID: "discover_detail_no_mx", Other: "keine MX-Einträge"}
	case "discover_detail_no_outgoing":
		return &goi18n.Message{ID: "discover_detail_no_outgoing", Other: "die Datei nennt keinen SMTP-outgoingServer"}
	case "discover_detail_no_record":
		return &goi18n.Message{ID: "discover_detail_no_record", Other: "kein Eintrag"}
	case "discover_detail_null_mx":
		return &goi18n.Message{ID: "discover_detail_null_mx", Other: "Null-MX (RFC 7505): {{.Domain}} nimmt laut eigener Angabe keine E-Mails an, sein MX nennt also keinen Server zum Versenden"}
	case "discover_detail_probe_found":
		return &goi18n.Message{ID: "discover_detail_probe_found", Other: "Port {{.Port}} {{.Security}}: {{.Reason}}"}
	case "discover_detail_srv_ignored":
		return &goi18n.Message{ID: "discover_detail_srv_ignored", Other: "ignoriert (ohne Host oder Port): {{.Records}}"}
	case "discover_detail_srv_none":
		return &goi18n.Message{ID: "discover_detail_srv_none", Other: "Ziel „.“: Die Domain bietet diesen Dienst laut eigener Angabe nicht an"}
	case "discover_err_address":
		return &goi18n.Message{ID: "discover_err_address", Other: "{{.Err}}"}
	case "discover_err_autoconfig_url":
		return &goi18n.Message{ID: "discover_err_autoconfig_url", Other: "Autoconfig-URL: {{.Err}}"}
	case "discover_err_bad_host":
		return &goi18n.Message{ID: "discover_err_bad_host", Other: "„{{.Name}}“ ist kein gültiger Hostname: {{.Err}}"}
	case "discover_err_bad_xml":
		return &goi18n.Message{ID: "discover_err_bad_xml", Other: "keine gültige config-v1.1.xml: {{.Err}}"}
	case "discover_err_domain":
		return &goi18n.Message{ID: "discover_err_domain", Other: "die Domain von „{{.Address}}“: {{.Err}}"}
	case "discover_err_ip_domain":
		return &goi18n.Message{ID: "discover_err_ip_domain", Other: "„{{.Address}}“ endet mit einer IP-Adresse, die keine DNS-Einträge hat, aus denen sich der Server ermitteln ließe"}
	case "discover_err_no_domain":
		return &goi18n.Message{ID: "discover_err_no_domain", Other: "„{{.Address}}“ hat keine @Domain: Geben Sie die Absenderadresse an, von der E-Mails kommen (noreply@example.com)"}
	case "discover_err_no_host":
		return &goi18n.Message{ID: "discover_err_no_host", Other: "kein Hostname angegeben"}
	case "discover_err_reading":
		return &goi18n.Message{ID: "discover_err_reading", Other: "Lesen von {{.URL}}: {{.Err}}"}
	case "discover_err_resolver":
		return &goi18n.Message{ID: "discover_err_resolver", Other: "{{.Setting}} ist keine IP-Adresse und kein IP:Port (wie 127.0.0.1:5353 oder [::1]:53)"}
	case "discover_err_resolver_port":
		return &goi18n.Message{ID: "discover_err_resolver_port", Other: "{{.Setting}}: Port 0 ist kein DNS-Port"}
	case "discover_err_short_domain":
		return &goi18n.Message{ID: "discover_err_short_domain", Other: "die Domain von „{{.Address}}“ ist kein vollständiger Hostname: Geben Sie eine Adresse einer öffentlichen Domain an (noreply@example.com)"}
	case "discover_err_short_host":
		return &goi18n.Message{ID: "discover_err_short_host", Other: "„{{.Name}}“ ist kein vollständiger Hostname: Geben Sie den Namen mit seiner Domain an (smtp.example.com)"}
	case "discover_from_autoconfig":
		return &goi18n.Message{ID: "discover_from_autoconfig", Other: "der Autoconfig-Datei {{.URL}}"}
	case "discover_from_guess":
		return &goi18n.Message{ID: "discover_from_guess", Other: "einer Vermutung anhand der Domain {{.Domain}}"}
	case "discover_from_guess_mx":
		return &goi18n.Message{ID: "discover_from_guess_mx", Other: "einer Vermutung: dem MX-Host von {{.Domain}}"}
	case "discover_from_mx":
		return &goi18n.Message{ID: "discover_from_mx", Other: "den MX-Einträgen von {{.Domain}}: {{.Provider}}"}
	case "discover_from_srv":
		return &goi18n.Message{ID: "discover_from_srv", Other: "dem SRV-Eintrag {{.Name}}"}
	case "discover_note_allinkl":
		return &goi18n.Message{ID: "discover_note_allinkl", Other: "Der Benutzername ist der Postfachname aus dem KAS (etwa m0123456), nicht unbedingt die Adresse"}
	case "discover_note_brevo":
		return &goi18n.Message{ID: "discover_note_brevo", Other: "Die Anmeldung sind SMTP-Login und -Schlüssel von der Seite „SMTP & API“ des Brevo-Kontos"}
	case "discover_note_fastmail":
		return &goi18n.Message{ID: "discover_note_fastmail", Other: "Fastmail verlangt für SMTP ein App-Passwort, erstellt unter Settings → Privacy & Security"}
	case "discover_note_gmx":
		return &goi18n.Message{ID: "discover_note_gmx", Other: "Der Zugriff per POP3/IMAP und SMTP muss zuerst in den GMX-Einstellungen eingeschaltet werden"}
	case "discover_note_google":
		return &goi18n.Message{ID: "discover_note_google", Other: "Google nimmt ein App-Passwort (das Konto braucht die Bestätigung in zwei Schritten) oder OAuth an, nicht das eigene Kennwort des Kontos"}
	case "discover_note_m365_oauth":
		return &goi18n.Message{ID: "discover_note_m365_oauth", Other: "Microsoft 365 braucht OAuth 2.0 (auth = xoauth2 mit einer App-Registrierung; siehe den Abschnitt zu Microsoft 365 im README): Exchange Online beendet die Kennwort-Authentifizierung (Standardauthentifizierung) für SMTP AUTH Ende 2026"}
	case "discover_note_m365_smtp_auth":
		return &goi18n.Message{ID: "discover_note_m365_smtp_auth", Other: "SMTP AUTH muss für das Postfach im Microsoft 365 Admin Center aktiviert sein"}
	case "discover_note_mailgun":
		return &goi18n.Message{ID: "discover_note_mailgun", Other: "Die Anmeldung ist ein SMTP-Zugang der Domain, erstellt im Mailgun-Control-Panel"}
	case "discover_note_oauth_only":
		return &goi18n.Message{ID: "discover_note_oauth_only", Other: "Der Anbieter nennt nur OAuth2 für die Anmeldung: Setzen Sie auth = xoauth2 (siehe den Abschnitt „Microsoft 365 and Google“ im README)"}
	case "discover_note_postmark":
		return &goi18n.Message{ID: "discover_note_postmark", Other: "Benutzername und Kennwort sind beide das Server-API-Token"}
	case "discover_note_sendgrid":
		return &goi18n.Message{ID: "discover_note_sendgrid", Other: "Der Benutzername ist das Wort apikey, das Kennwort ein API-Schlüssel mit der Berechtigung „Mail Send“"}
	case "discover_note_ses":
		return &goi18n.Message{ID: "discover_note_ses", Other: "SES verlangt SMTP-Zugangsdaten aus der SES-Konsole (nicht den IAM-Zugriffsschlüssel selbst) und eine bestätigte Absenderidentität"}
	case "discover_note_tonline":
		return &goi18n.Message{ID: "discover_note_tonline", Other: "T-Online verlangt das eigene E-Mail-Passwort aus dem Kundencenter, nicht das Login-Passwort"}
	case "discover_note_webde":
		return &goi18n.Message{ID: "discover_note_webde", Other: "Der Zugriff per POP3/IMAP und SMTP muss zuerst in den WEB.DE-Einstellungen eingeschaltet werden"}
	case "discover_plain_text":
		return &goi18n.Message{ID: "discover_plain_text", Other: "Klartext"}
	case "discover_refused_address":
		return &goi18n.Message{ID: "discover_refused_address", Other: "{{.Host}} wird zu {{.Addr}} aufgelöst, {{.Why}}: nicht kontaktiert"}
	case "discover_refused_not_https":
		return &goi18n.Message{ID: "discover_refused_not_https", Other: "Weiterleitung zu {{.URL}}: Nur HTTPS-Weiterleitungen werden befolgt"}
	case "discover_refused_other_domain":
		return &goi18n.Message{ID: "discover_refused_other_domain", Other: "Weiterleitung zu {{.URL}}: Weiterleitungen auf eine andere Domain als {{.Domain}} werden nicht befolgt"}
	case "discover_refused_rebinding":
		return &goi18n.Message{ID: "discover_refused_rebinding", Other: "{{.Addr}} ist {{.Why}}: nicht kontaktiert (der Name wurde kurz zuvor zu einer anderen Adresse aufgelöst)"}
	case "discover_refused_redirects":
		return &goi18n.Message{ID: "discover_refused_redirects", Other: "mehr als {{.Max}} Weiterleitungen: nicht befolgt"}
	case "discover_refused_too_large":
		return &goi18n.Message{ID: "discover_refused_too_large", Other: "die Datei ist größer als {{.KiB}} KiB: nicht gelesen"}
	case "discover_summary":
		return &goi18n.Message{ID: "discover_summary", Other: "{{.Host}}, Port {{.Port}}, {{.Security}} (aus {{.From}})"}
	case "discover_title_guesses":
		return &goi18n.Message{ID: "discover_title_guesses", Other: "Vermutungen"}
	case "discover_title_probe":
		return &goi18n.Message{ID: "discover_title_probe", Other: "{{.Host}} prüfen (aus {{.From}})"}
	case "discover_why_broadcast":
		return &goi18n.Message{ID: "discover_why_broadcast", Other: "die Broadcast-Adresse"}
	case "discover_why_link_local":
		return &goi18n.Message{ID: "discover_why_link_local", Other: "eine Link-Local-Adresse (nur in einem Netzsegment gültig)"}
	case "discover_why_loopback":
		return &goi18n.Message{ID: "discover_why_loopback", Other: "die Loopback-Adresse dieses Rechners (ein Eintrag darf die Prüfung nicht auf lokale Dienste lenken)"}
	case "discover_why_multicast":
		return &goi18n.Message{ID: "discover_why_multicast", Other: "eine Multicast-Adresse"}
	case "discover_why_unspecified":
		return &goi18n.Message{ID: "discover_why_unspecified", Other: "die unbestimmte Adresse (kein Host hat sie)"}
	case "help_check_long":
		return &goi18n.Message{ID: "help_check_long", Other: "Verbindet sich mit dem SMTP-Server, über den E-Mails wirklich gingen, sichert die Verbindung, meldet sich an und versucht MAIL FROM und RCPT TO (--to, sonst test_recipient, falls gesetzt), dann RSET und QUIT: Zugestellt wird nichts.\n\nJeder Schritt wird ausgegeben, sobald er endet; ein Fehler endet mit der Meldung und einem Hinweis, wie er sich beheben lässt.\n\n--transcript gibt dazu den SMTP-Dialog auf stderr aus, Kennwörter und AUTH-Daten geschwärzt.\n\nZuerst wird die Datei geprüft, ohne das Netz zu nutzen.\n\nRückgabewert 0, wenn der SMTP-Server die Einstellungen annimmt, 1, wenn ein Schritt scheitert oder bei Strg+C, 2, wenn --to keine einfache Adresse ist, 3, wenn die Datei ungültig ist."}
	case "help_check_short":
		return &goi18n.Message{ID: "help_check_short", Other: "Verbindung prüfen; sendet nichts"}
	case "help_completion_bash_long":
		return &goi18n.Message{ID: "help_completion_bash_long", Other: "Erzeugt das Skript zur Vervollständigung für die Shell bash.\n\nDas Skript braucht das Paket „bash-completion“. Ist es noch nicht installiert, installieren Sie es mit der Paketverwaltung Ihres Systems.\n\nUm die Vervollständigung in der laufenden Shell zu laden:\n\n  source <(smtpconf completion bash)\n\nUm sie in jeder neuen Sitzung zu laden, führen Sie einmal aus:\n\n#### Linux:\n\n  smtpconf completion bash > /etc/bash_completion.d/smtpconf\n\n#### macOS:\n\n  smtpconf completion bash > $(brew --prefix)/etc/bash_completion.d/smtpconf\n\nDie Einrichtung wirkt ab der nächsten neu gestarteten Shell."}
	case "help_completion_fish_long":
		return &goi18n.Message{ID: "help_completion_fish_long", Other: "Erzeugt das Skript zur Vervollständigung für die Shell fish.\n\nUm die Vervollständigung in der laufenden Shell zu laden:\n\n  smtpconf completion fish | source\n\nUm sie in jeder neuen Sitzung zu laden, führen Sie einmal aus:\n\n  smtpconf completion fish > ~/.config/fish/completions/smtpconf.fish\n\nDie Einrichtung wirkt ab der nächsten neu gestarteten Shell."}
	case "help_completion_long":
		return &goi18n.Message{ID: "help_completion_long", Other: "Erzeugt das Skript zur Vervollständigung von smtpconf für die angegebene Shell. Wie es geladen wird, steht in der Hilfe des jeweiligen Unterbefehls."}
	case "help_completion_powershell_long":
		return &goi18n.Message{ID: "help_completion_powershell_long", Other: "Erzeugt das Skript zur Vervollständigung für PowerShell.\n\nUm die Vervollständigung in der laufenden Shell zu laden:\n\n  smtpconf completion powershell | Out-String | Invoke-Expression\n\nUm sie in jeder neuen Sitzung zu laden, nehmen Sie die Ausgabe dieses Befehls in Ihr PowerShell-Profil auf."}
	case "help_completion_shell_short":
		return &goi18n.Message{ID: "help_completion_shell_short", Other: "Das Vervollständigungsskript für {{.Shell}}"}
	case "help_completion_short":
		return &goi18n.Message{ID: "help_completion_short", Other: "Shell-Vervollständigung (bash, zsh, fish, pwsh)"}
	case "help_completion_zsh_long":
		return &goi18n.Message{ID: "help_completion_zsh_long", Other: "Erzeugt das Skript zur Vervollständigung für die Shell zsh.\n\nIst die Vervollständigung in Ihrer Umgebung noch nicht eingeschaltet, schalten Sie sie ein. Dazu genügt einmal:\n\n  echo \"autoload -U compinit; compinit\" >> ~/.zshrc\n\nUm die Vervollständigung in der laufenden Shell zu laden:\n\n  source <(smtpconf completion zsh)\n\nUm sie in jeder neuen Sitzung zu laden, führen Sie einmal aus:\n\n#### Linux:\n\n  smtpconf completion zsh > \"${fpath[1]}/_smtpconf\"\n\n#### macOS:\n\n  smtpconf completion zsh > $(brew --prefix)/share/zsh/site-functions/_smtpconf\n\nDie Einrichtung wirkt ab der nächsten neu gestarteten Shell."}
	case "help_config_file":
		return &goi18n.Message{ID: "help_config_file", Other: "Konfigurationsdatei: {{.Path}} ({{.Source}})"}
	case "help_configure_long":
		return &goi18n.Message{ID: "help_configure_long", Other: "Bearbeitet die Einstellungen für ausgehende E-Mails im Formular, testet und speichert sie. Ohne Konfigurationsdatei kommt zuerst eine kurze geführte Einrichtung: Sie beginnt bei der Absenderadresse und bietet die dafür gefundenen SMTP-Server an (SMTPCONF_RESOLVER nennt den DNS-Server, der gefragt wird).\n\nTasten: Tab/↓ nächstes Feld, Strg+S Speichern, Strg+T Test-E-Mail senden, Strg+D Server abfragen, ? alle Tasten.\n\nBraucht ein Terminal; Skripte nutzen `smtpconf set`, `smtpconf check` und `smtpconf test`."}
	case "help_configure_short":
		return &goi18n.Message{ID: "help_configure_short", Other: "Einstellungen im Formular bearbeiten"}
	case "help_demo_long":
		return &goi18n.Message{ID: "help_demo_long", Other: "Öffnet das Formular mit einer temporären Konfiguration, deren Standard-Mailserver der Plattform ein Mailserver in diesem Prozess auf 127.0.0.1 ist (STARTTLS mit einem eigens erzeugten Zertifikat, Anmeldung demo/demo-password), dessen CA in demo-ca.pem im temporären Verzeichnis liegt, wie das Banner sagt (tls_ca_file für einen eigenen SMTP-Server). So lassen sich alle Ansichten, die Serverabfrage und eine erfolgreiche Test-E-Mail ausprobieren, ohne etwas zu installieren. Geschrieben wird nur in ein temporäres Verzeichnis, das am Ende gelöscht wird; nichts verlässt diesen Rechner. Am Ende zeigt die Demo, was ihr Mailserver empfangen hat."}
	case "help_demo_short":
		return &goi18n.Message{ID: "help_demo_short", Other: "Das Formular mit eingebautem Demo-Mailserver"}
	case "help_did_you_mean":
		return &goi18n.Message{ID: "help_did_you_mean", Other: "meinten Sie `{{.Name}}`?"}
	case "help_export_long":
		return &goi18n.Message{ID: "help_export_long", Other: "Schreibt die Einstellungen, über die E-Mails wirklich gehen (den wirksamen SMTP-Server), in der Sprache eines anderen Programms, damit andere Werkzeuge als smtpconf genauso versenden.\n\nmsmtprc: ein msmtp-Konto (host, port, tls, tls_starttls, tls_trust_file, auth, user; passwordeval für password_env und password_command).\n\npostfix: Zeilen für main.cf (relayhost, smtp_sasl_*, smtp_tls_*) für einen Null-Client, der über den SMTP-Server weiterleitet; --sasl-passwd DATEI schreibt auch die Kennwort-Tabelle (dazu ist --include-secrets nötig).\n\njson: die wirksamen Einstellungen mit \"schema\": 1, das Kennwort als seine Quelle.\n\nEin in der Datei gespeichertes Kennwort wird nur mit --include-secrets geschrieben; eine mit --output geschriebene Datei hat dann Modus 0600, und ein Terminal bekommt eine Warnung."}
	case "help_export_short":
		return &goi18n.Message{ID: "help_export_short", Other: "Die Einstellungen für msmtp, Postfix, Skripte"}
	case "help_flag_accessible":
		return &goi18n.Message{ID: "help_flag_accessible", Other: "einfache Abfragen statt Formular (ACCESSIBLE=1)"}
	case "help_flag_change_json":
		return &goi18n.Message{ID: "help_flag_change_json", Other: "ein JSON-Objekt ausgeben: {\"changed\": [KEY...], \"saved\", ...}"}
	case "help_flag_check_to":
		return &goi18n.Message{ID: "help_flag_check_to", Other: "auch RCPT TO an diese Adresse (Standard: test_recipient)"}
	case "help_flag_config":
		return &goi18n.Message{ID: "help_flag_config", Other: "Konfigurationsdatei (Standard: oben genannt)"}
	case "help_flag_demo_accessible":
		return &goi18n.Message{ID: "help_flag_demo_accessible", Other: "einfache Abfragen statt Formular"}
	case "help_flag_demo_config":
		return &goi18n.Message{ID: "help_flag_demo_config", Other: "von demo nicht verwendet"}
	case "help_flag_diff":
		return &goi18n.Message{ID: "help_flag_diff", Other: "die Änderung als Unified Diff zeigen, Kennwörter als ********"}
	case "help_flag_dry_run":
		return &goi18n.Message{ID: "help_flag_dry_run", Other: "prüfen und melden, was sich ändern würde; nichts schreiben"}
	case "help_flag_export_format":
		return &goi18n.Message{ID: "help_flag_export_format", Other: "Format: msmtprc, postfix oder json (Pflicht)"}
	case "help_flag_export_include_secrets":
		return &goi18n.Message{ID: "help_flag_export_include_secrets", Other: "das Kennwort selbst schreiben, wo das Format es braucht"}
	case "help_flag_export_output":
		return &goi18n.Message{ID: "help_flag_export_output", Other: "in diese Datei (Modus 0600) statt auf die Standardausgabe"}
	case "help_flag_export_sasl_passwd":
		return &goi18n.Message{ID: "help_flag_export_sasl_passwd", Other: "postfix: die Kennwort-Tabelle hierhin schreiben (0600)"}
	case "help_flag_help":
		return &goi18n.Message{ID: "help_flag_help", Other: "Hilfe zu {{.Command}}"}
	case "help_flag_import_account":
		return &goi18n.Message{ID: "help_flag_import_account", Other: "das zu lesende msmtp-Konto (Standard: das von msmtp)"}
	case "help_flag_lang":
		return &goi18n.Message{ID: "help_flag_lang", Other: "Sprache: de oder en (Standard: aus der Locale)"}
	case "help_flag_login_timeout":
		return &goi18n.Message{ID: "help_flag_login_timeout", Other: "Zeitlimit je Anfrage an den Anbieter (1s bis 5m)"}
	case "help_flag_no_descriptions":
		return &goi18n.Message{ID: "help_flag_no_descriptions", Other: "Vervollständigung ohne Beschreibungen"}
	case "help_flag_probe_allow_loopback":
		return &goi18n.Message{ID: "help_flag_probe_allow_loopback", Other: "mit --from: auch diesen Rechner abfragen (lokales Relay)"}
	case "help_flag_probe_from":
		return &goi18n.Message{ID: "help_flag_probe_from", Other: "den Server der Absenderadresse finden und abfragen"}
	case "help_flag_probe_json":
		return &goi18n.Message{ID: "help_flag_probe_json", Other: "ein JSON-Objekt statt des Berichts ausgeben"}
	case "help_flag_probe_port":
		return &goi18n.Message{ID: "help_flag_probe_port", Other: "auch diesen Port abfragen, ohne und mit TLS (z. B. 2525)"}
	case "help_flag_probe_timeout":
		return &goi18n.Message{ID: "help_flag_probe_timeout", Other: "Zeitlimit für die ganze Abfrage/Suche, 1s bis 5m"}
	case "help_flag_serve_authorized_keys":
		return &goi18n.Message{ID: "help_flag_serve_authorized_keys", Other: "Schlüssel der Admins im Format authorized_keys (Pflicht)"}
	case "help_flag_serve_grace":
		return &goi18n.Message{ID: "help_flag_serve_grace", Other: "bei SIGINT/SIGTERM: Zeit für Sitzungen zum Beenden"}
	case "help_flag_serve_host_key":
		return &goi18n.Message{ID: "help_flag_serve_host_key", Other: "Host-Schlüssel (Pflicht); fehlt er, wird er erzeugt"}
	case "help_flag_serve_idle_timeout":
		return &goi18n.Message{ID: "help_flag_serve_idle_timeout", Other: "Leerlauf, nach dem eine Sitzung endet; 0: nie"}
	case "help_flag_serve_listen":
		return &goi18n.Message{ID: "help_flag_serve_listen", Other: "Listen-Adresse, am besten Loopback"}
	case "help_flag_show_json":
		return &goi18n.Message{ID: "help_flag_show_json", Other: "ein JSON-Objekt ausgeben (siehe docs/cli.md)"}
	case "help_flag_step_timeout":
		return &goi18n.Message{ID: "help_flag_step_timeout", Other: "Zeitlimit je Netzwerkschritt statt des Dateiwerts (1s bis 5m)"}
	case "help_flag_steps_json":
		return &goi18n.Message{ID: "help_flag_steps_json", Other: "ein JSON-Objekt statt der Schritte (auch bei Fehlern)"}
	case "help_flag_test_to":
		return &goi18n.Message{ID: "help_flag_test_to", Other: "der Empfänger (Standard: test_recipient aus der Datei)"}
	case "help_flag_transcript":
		return &goi18n.Message{ID: "help_flag_transcript", Other: "dazu der SMTP-Dialog auf stderr, Kennwörter geschwärzt"}
	case "help_flag_validate_json":
		return &goi18n.Message{ID: "help_flag_validate_json", Other: "ein JSON-Objekt ausgeben: {\"ok\", \"file\", \"problems\", ...}"}
	case "help_flag_version":
		return &goi18n.Message{ID: "help_flag_version", Other: "Version von smtpconf"}
	case "help_heading_commands":
		return &goi18n.Message{ID: "help_heading_commands", Other: "Befehle"}
	case "help_heading_examples":
		return &goi18n.Message{ID: "help_heading_examples", Other: "Beispiele"}
	case "help_heading_flags":
		return &goi18n.Message{ID: "help_heading_flags", Other: "Optionen"}
	case "help_heading_usage":
		return &goi18n.Message{ID: "help_heading_usage", Other: "Aufruf"}
	case "help_help_long":
		return &goi18n.Message{ID: "help_help_long", Other: "Zeigt die Hilfe eines Befehls wie `smtpconf BEFEHL --help`. Ein Befehl, den es nicht gibt, ist ein falscher Aufruf (Rückgabewert 2)."}
	case "help_help_short":
		return &goi18n.Message{ID: "help_help_short", Other: "Hilfe zu jedem Befehl"}
	case "help_import_msmtprc_long":
		return &goi18n.Message{ID: "help_import_msmtprc_long", Other: "Übernimmt ein Konto aus einer msmtp-Konfigurationsdatei (~/.msmtprc, /etc/msmtprc) in die Tabelle [smtp] und versendet darüber (use_default = false). Das Konto ist --account, sonst das Standardkonto von msmtp, sonst das einzige der Datei; Standardwerte und geerbte Konten gelten so, wie msmtp sie anwendet.\n\nServer-Einstellungen, die das Konto nicht setzt, werden geleert, damit nichts von einem älteren SMTP-Server bleibt. Das Ergebnis wird geprüft und nur gespeichert, wenn es gültig ist, atomar; msmtp-Optionen, mit denen smtpconf nichts anfängt, nennt eine Warnung. Aus passwordeval wird password_command (über sh -c, wenn es eine Shell braucht)."}
	case "help_import_msmtprc_short":
		return &goi18n.Message{ID: "help_import_msmtprc_short", Other: "Ein msmtp-Konto in die Einstellungen übernehmen"}
	case "help_import_msmtprc_use":
		return &goi18n.Message{ID: "help_import_msmtprc_use", Other: "msmtprc DATEI"}
	case "help_import_short":
		return &goi18n.Message{ID: "help_import_short", Other: "Die Einstellungen aus msmtp übernehmen"}
	case "help_login_long":
		return &goi18n.Message{ID: "help_login_long", Other: "Meldet sich beim Mail-Anbieter an, für Einstellungen mit oauth2_flow = \"device_code\": smtpconf zeigt eine Webadresse und einen Code (und einen QR-Code der Adresse, wenn das Terminal groß genug ist); öffnen Sie die Adresse auf einem beliebigen Gerät, geben Sie den Code ein und melden Sie sich als das Postfach (username) an. smtpconf wartet im Takt des Anbieters und zählt herunter, bis der Code abläuft; Strg+C bricht ab. Das Refresh-Token liegt in einer Token-Datei neben der Konfiguration (Modus 0600, nie ausgegeben); check, test und der Mailer der Anwendung nutzen es von da an.\n\nRückgabewert 0 nach der Anmeldung, 1, wenn sie fehlschlug oder abgelaufen ist, 3, wenn die Datei ungültig ist oder nicht device_code nutzt, 130 bei Strg+C."}
	case "help_login_short":
		return &goi18n.Message{ID: "help_login_short", Other: "Einmal anmelden für OAuth 2.0 (Device Code)"}
	case "help_man_arg_address":
		return &goi18n.Message{ID: "help_man_arg_address", Other: "ADRESSE"}
	case "help_man_arg_duration":
		return &goi18n.Message{ID: "help_man_arg_duration", Other: "DAUER"}
	case "help_man_arg_file":
		return &goi18n.Message{ID: "help_man_arg_file", Other: "DATEI"}
	case "help_man_arg_format":
		return &goi18n.Message{ID: "help_man_arg_format", Other: "FORMAT"}
	case "help_man_arg_listen":
		return &goi18n.Message{ID: "help_man_arg_listen", Other: "ADRESSE:PORT"}
	case "help_man_arg_path":
		return &goi18n.Message{ID: "help_man_arg_path", Other: "PFAD"}
	case "help_man_description":
		return &goi18n.Message{ID: "help_man_description", Other: "BESCHREIBUNG"}
	case "help_man_env_accessible":
		return &goi18n.Message{ID: "help_man_env_accessible", Other: "auf 1 gesetzt: einfache Abfragen statt Formular (Screenreader, einfache Terminals)"}
	case "help_man_env_config":
		return &goi18n.Message{ID: "help_man_env_config", Other: "die Konfigurationsdatei, wenn --config fehlt; ohne beides die erste der folgenden DATEIEN, die zutrifft"}
	case "help_man_env_lang":
		return &goi18n.Message{ID: "help_man_env_lang", Other: "die Sprache, wenn --lang fehlt: Die erste gesetzte entscheidet; de_DE.UTF-8 (jede de-Locale) ist Deutsch, alles andere Englisch"}
	case "help_man_env_no_color":
		return &goi18n.Message{ID: "help_man_env_no_color", Other: "schaltet Farben ab (no-color.org)"}
	case "help_man_env_resolver":
		return &goi18n.Message{ID: "help_man_env_resolver", Other: "IP[:PORT] des DNS-Servers für die Abfragen von probe, check und test statt /etc/resolv.conf"}
	case "help_man_env_source_date":
		return &goi18n.Message{ID: "help_man_env_source_date", Other: "das Datum dieser Seiten, wenn sie erzeugt werden"}
	case "help_man_environment":
		return &goi18n.Message{ID: "help_man_environment", Other: "UMGEBUNG"}
	case "help_man_examples":
		return &goi18n.Message{ID: "help_man_examples", Other: "BEISPIELE"}
	case "help_man_exit_0":
		return &goi18n.Message{ID: "help_man_exit_0", Other: "Erfolg (bei validate: keine Fehler; Warnungen erlaubt)"}
	case "help_man_exit_1":
		return &goi18n.Message{ID: "help_man_exit_1", Other: "die Prüfung am SMTP-Server oder der Test ist fehlgeschlagen"}
	case "help_man_exit_130":
		return &goi18n.Message{ID: "help_man_exit_130", Other: "durch SIGINT (Strg+C) unterbrochen"}
	case "help_man_exit_143":
		return &goi18n.Message{ID: "help_man_exit_143", Other: "durch SIGTERM beendet (serve endet nach dem geordneten Beenden mit 0)"}
	case "help_man_exit_2":
		return &goi18n.Message{ID: "help_man_exit_2", Other: "falscher Aufruf: unbekannter Befehl oder unbekannte Option, falsche Argumente"}
	case "help_man_exit_3":
		return &goi18n.Message{ID: "help_man_exit_3", Other: "die Konfigurationsdatei fehlt, ist nicht lesbar, hat einen Syntaxfehler oder ist ungültig; set oder unset hat das Speichern abgelehnt"}
	case "help_man_exit_status":
		return &goi18n.Message{ID: "help_man_exit_status", Other: "RÜCKGABEWERT"}
	case "help_man_file_system":
		return &goi18n.Message{ID: "help_man_file_system", Other: "die Konfigurationsdatei für root und für Benutzer ohne eigene"}
	case "help_man_file_unit":
		return &goi18n.Message{ID: "help_man_file_unit", Other: "die Unit, die smtpconf serve startet"}
	case "help_man_file_user":
		return &goi18n.Message{ID: "help_man_file_user", Other: "die eigene Konfigurationsdatei eines Benutzers ($XDG_CONFIG_HOME/smtpconf/config.toml)"}
	case "help_man_files":
		return &goi18n.Message{ID: "help_man_files", Other: "DATEIEN"}
	case "help_man_flag_config":
		return &goi18n.Message{ID: "help_man_flag_config", Other: "Konfigurationsdatei (Standard: siehe DATEIEN)"}
	case "help_man_manual":
		return &goi18n.Message{ID: "help_man_manual", Other: "smtpconf-Handbuch"}
	case "help_man_name":
		return &goi18n.Message{ID: "help_man_name", Other: "BEZEICHNUNG"}
	case "help_man_options":
		return &goi18n.Message{ID: "help_man_options", Other: "OPTIONEN"}
	case "help_man_options_word":
		return &goi18n.Message{ID: "help_man_options_word", Other: "OPTIONEN"}
	case "help_man_pages_long":
		return &goi18n.Message{ID: "help_man_pages_long", Other: "Schreibt smtpconf.1 und smtpconf-BEFEHL.1 nach VERZEICHNIS, in der Sprache von --lang (sonst der Locale): Pakete legen die englischen nach man1/ und die deutschen nach de/man1/. Ihr Datum ist $SOURCE_DATE_EPOCH, damit ein neuer Build dieselben Bytes ergibt."}
	case "help_man_pages_short":
		return &goi18n.Message{ID: "help_man_pages_short", Other: "Die Handbuchseiten nach VERZEICHNIS schreiben (Pakete)"}
	case "help_man_pages_use":
		return &goi18n.Message{ID: "help_man_pages_use", Other: "man-pages VERZEICHNIS"}
	case "help_man_see_also":
		return &goi18n.Message{ID: "help_man_see_also", Other: "SIEHE AUCH"}
	case "help_man_source_date_bad":
		return &goi18n.Message{ID: "help_man_source_date_bad", Other: "SOURCE_DATE_EPOCH „{{.Value}}“ ist keine Anzahl von Sekunden"}
	case "help_man_source_date_unset":
		return &goi18n.Message{ID: "help_man_source_date_unset", Other: "SOURCE_DATE_EPOCH ist nicht gesetzt: Setzen Sie die Zeit des letzten Commits, wie make es tut: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)"}
	case "help_man_synopsis":
		return &goi18n.Message{ID: "help_man_synopsis", Other: "ÜBERSICHT"}
	case "help_probe_long":
		return &goi18n.Message{ID: "help_probe_long", Other: "Fragt HOST auf den Ports 465, 587 und 25 gleichzeitig (und --port), was er bietet: die Begrüßung, die EHLO-Erweiterungen, STARTTLS oder TLS ab dem ersten Byte, die TLS-Version und das Zertifikat (und ob ihm hier vertraut wird), die AUTH-Verfahren vor und nach TLS und SIZE; dann schlägt der Befehl Einstellungen als Argumente für `smtpconf set` vor. Angemeldet wird nirgends, und eine Konfigurationsdatei ist nicht nötig.\n\n--from ADRESSE findet den SMTP-Server zuerst, aus der Domain der Adresse: SRV-Einträge, Mozilla Autoconfig, der Anbieter der MX-Einträge, dann smtp., mail. und der MX-Host; jeder Kandidat wird abgefragt, und nur was antwortet, wird vorgeschlagen, das Beste zuerst.\n\nAbfragen nutzen {{.Resolver}}=IP[:PORT], wenn gesetzt (ein Split-Horizon-DNS-Server), sonst den des Systems.\n\nRückgabewert 0, wenn etwas Brauchbares antwortet, 1, wenn nichts antwortet oder bei Strg+C, 2 bei falschen Argumenten."}
	case "help_probe_short":
		return &goi18n.Message{ID: "help_probe_short", Other: "Abfragen, was ein Server bietet, oder ihn finden"}
	case "help_root_long":
		return &goi18n.Message{ID: "help_root_long", Other: "Richtet die SMTP-Einstellungen für ausgehende E-Mails der Anwendung dieses Servers ein, prüft und speichert sie. Ohne Befehl öffnet sich das Formular (wie `configure`).\n\nRückgabewerte: 0 in Ordnung, 1 Prüfung oder Test am SMTP-Server fehlgeschlagen, 2 falscher Aufruf, 3 Konfiguration ungültig oder nicht lesbar, 130 Strg+C (SIGINT), 143 SIGTERM."}
	case "help_root_short":
		return &goi18n.Message{ID: "help_root_short", Other: "SMTP-Einstellungen einrichten, prüfen und speichern"}
	case "help_sendmail_long":
		return &goi18n.Message{ID: "help_sendmail_long", Other: "Liest eine Nachricht nach RFC 5322 von der Standardeingabe und sendet sie sofort mit den gespeicherten Einstellungen (mit derselben Sicherheit, Anmeldung und denselben Hinweisen wie `smtpconf test`). Über einen Link namens sendmail aufgerufen, verhält es sich genauso und kann so /usr/sbin/sendmail für cron, mail() von PHP, git send-email und mail(1) ersetzen.\n\n-t nimmt die Empfänger aus To, Cc und Bcc; Bcc wird immer entfernt. -i oder -oi liest bis zum Ende der Eingabe, sonst beendet eine Zeile mit nur einem Punkt die Nachricht; -f setzt den Absender, -F den Namen des Absenders für einen fehlenden From-Header. Date, Message-ID und From werden ergänzt, wenn sie fehlen; sonst wird nichts geändert. -C DATEI ist die Konfigurationsdatei. Andere sendmail-Optionen (-oem, -odi, -bm, -N..., -v, ...) werden angenommen und ignoriert.\n\nEs gibt keine Warteschlange: Ein Fehler wird sofort gemeldet, und der Aufrufer kann es erneut versuchen.\n\nRückgabewerte (sysexits): 0 gesendet, 64 falscher Aufruf, 65 fehlerhafte Nachricht, 69 vom SMTP-Server abgelehnt (5xx), 75 vorübergehender Fehler (4xx, Zeitüberschreitung, Verbindung abgelehnt), 77 Anmeldung abgelehnt, 78 Einstellungen ungültig oder passen nicht zum SMTP-Server."}
	case "help_sendmail_short":
		return &goi18n.Message{ID: "help_sendmail_short", Other: "E-Mail von stdin senden wie /usr/sbin/sendmail"}
	case "help_serve_long":
		return &goi18n.Message{ID: "help_serve_long", Other: "Startet einen SSH-Server, der jedem in --authorized-keys genannten Admin das Formular gibt und sonst nichts: keine Shell, keine Befehle, keine Port- oder Agent-Weiterleitung, kein sftp. Nur Authentifizierung mit Public Key; die Datei authorized_keys wird neu gelesen, wenn sie sich ändert. Der Host-Schlüssel wird beim ersten Start erzeugt und sein Fingerabdruck protokolliert, damit Admins ihn mit dem vergleichen können, was ssh ihnen zeigt.\n\nJedes Speichern wird auf stderr protokolliert, mit dem Schlüssel des Admins und den geänderten Schlüsseln (nie den Werten).\n\nEine Sitzung wird eine Minute, bevor --idle-timeout sie schließt, auf dem Bildschirm gewarnt (bei weniger als vier Minuten ein Viertel der Zeit); jede Taste nimmt die Warnung zurück.\n\nSIGINT/SIGTERM: keine neuen Verbindungen; jede offene Sitzung wird gebeten, innerhalb von --grace zu speichern, dann geschlossen, und der Rückgabewert ist 0. Läuft nur unter Linux und macOS; die Pakete liefern packaging/smtpconf.service mit."}
	case "help_serve_short":
		return &goi18n.Message{ID: "help_serve_short", Other: "Das Formular über SSH, nur mit Public Key"}
	case "help_set_keys":
		return &goi18n.Message{ID: "help_set_keys", Other: "Schlüssel ([smtp]; default_server.KEY: dieselben in [default_server]):"}
	case "help_set_long":
		return &goi18n.Message{ID: "help_set_long", Other: "Ändert eine oder mehrere Einstellungen und speichert die Datei; fehlt sie, wird sie angelegt. Ein Schlüssel ohne Präfix meint die Tabelle [smtp], default_server.KEY den Standard-Mailserver der Plattform. Eine neue Datei versendet über [default_server] (use_default = true), es sei denn, die Schlüssel nennen einen eigenen SMTP-Server (host, port, auth, …): Dann gilt use_default = false, sofern nicht anders angegeben.\n\nAlle Änderungen werden gemeinsam geprüft, und die Datei wird nur geschrieben, wenn das Ergebnis gültig ist: Sonst bleibt sie Byte für Byte, wie sie war, die Probleme werden aufgelistet und der Rückgabewert ist 3. Eine Datei mit Syntaxfehler wird nie überschrieben. Um einen Schlüssel zu entfernen (etwa einen Tippfehler), nutzen Sie `smtpconf unset KEY`.\n\nEnthält die Datei schon jeden angegebenen Wert, wird nichts geschrieben (gleicher Inode, gleiche mtime), „unverändert“ wird ausgegeben (mit --lang en `unchanged`) und der Rückgabewert ist 0; so kann eine Konfigurationsverwaltung den Befehl jedes Mal aufrufen. --dry-run meldet, was sich ändern würde, und schreibt nichts; --diff zeigt die Änderung als Diff.\n\nKEY=- liest den Wert aus der ersten Zeile der Standardeingabe (im Terminal ohne Echo); so bleibt ein Kennwort aus der Shell-History und der Prozessliste heraus."}
	case "help_set_short":
		return &goi18n.Message{ID: "help_set_short", Other: "Einstellungen ändern; speichert nur Gültiges"}
	case "help_show_long":
		return &goi18n.Message{ID: "help_show_long", Other: "Zeigt die Einstellungen, mit denen E-Mails wirklich versandt würden: den eigenen SMTP-Server in [smtp] oder, wenn use_default gesetzt ist, [default_server], ergänzt um die Standardwerte der Plattform. Zu jedem Wert steht, woher er kommt (die Zeile der Datei oder Standard); sender, sender_name und timeout, die [default_server] aus [smtp] übernimmt, wenn es sie nicht setzt, verweisen auf die Zeile in [smtp]. Ein Kennwort wird nie angezeigt: nur „********“, „aus $VARIABLE“ oder „aus einem Befehl“.\n\nAuch eine ungültige Datei wird angezeigt (Rückgabewert 0), mit einem Hinweis auf stderr, `smtpconf validate` aufzurufen."}
	case "help_show_short":
		return &goi18n.Message{ID: "help_show_short", Other: "Die wirksamen Einstellungen, ohne Geheimnisse"}
	case "help_test_long":
		return &goi18n.Message{ID: "help_test_long", Other: "Sendet eine Test-E-Mail mit den Einstellungen, mit denen E-Mails wirklich versandt würden, und gibt jeden Schritt aus, sobald er endet. Empfänger ist --to, sonst test_recipient aus der Datei.\n\n--transcript gibt dazu den SMTP-Dialog auf stderr aus, Kennwörter und AUTH-Daten geschwärzt.\n\nRückgabewert 0, wenn der SMTP-Server die Nachricht angenommen hat, 1, wenn ein Schritt scheitert oder bei Strg+C, 2, wenn es keinen Empfänger gibt oder --to keine einfache Adresse ist, 3, wenn die Datei ungültig ist."}
	case "help_test_short":
		return &goi18n.Message{ID: "help_test_short", Other: "Test-E-Mail senden"}
	case "help_unknown_command":
		return &goi18n.Message{ID: "help_unknown_command", Other: "unbekannter Befehl `{{.Name}}` für `{{.Command}}`"}
	case "help_unset_long":
		return &goi18n.Message{ID: "help_unset_long", Other: "Entfernt Schlüssel aus [smtp] (KEY) oder [default_server] (default_server.KEY) und speichert die Datei an Ort und Stelle: Alles andere bleibt Byte für Byte erhalten, und eine entfernte Einstellung fällt auf ihren Standardwert zurück.\n\nAnders als `set KEY=` entfernt der Befehl auch Schlüssel, die smtpconf nicht kennt, oder eine Tabelle unter [smtp], wenn die Datei sie enthält: Ein falsch geschriebener Schlüssel wie prot macht die Datei ungültig und lässt jedes `set` scheitern.\n\nDie Datei wird gespeichert, außer das Ergebnis hat einen Fehler, den die Datei vorher nicht hatte. Einen Tippfehler aus einer Datei zu entfernen, die auch aus anderen Gründen ungültig ist, ist also erlaubt (die übrigen Probleme werden aufgelistet, Rückgabewert 0); eine Einstellung zu entfernen, die der SMTP-Server braucht, wird dagegen abgelehnt: Die Probleme werden aufgelistet, die Datei bleibt, wie sie war, und der Rückgabewert ist 3. Eine Datei mit Syntaxfehler wird nie neu geschrieben.\n\nEnthält die Datei keinen der Schlüssel, wird nichts geschrieben und „unverändert“ ausgegeben (mit --lang en `unchanged`) (Rückgabewert 0). --dry-run meldet, was entfernt würde, und schreibt nichts; --diff zeigt die Änderung als Diff."}
	case "help_unset_short":
		return &goi18n.Message{ID: "help_unset_short", Other: "Schlüssel entfernen, auch falsch geschriebene"}
	case "help_validate_long":
		return &goi18n.Message{ID: "help_validate_long", Other: "Prüft die Konfigurationsdatei, ohne das Netz zu nutzen, und listet jedes Problem in einer Zeile:\n  DATEI:ZEILE: SCHLÜSSEL: MELDUNG\n      (DATEI: SCHLÜSSEL: MELDUNG, wenn die Zeile unbekannt ist)\n  DATEI:ZEILE: Warnung: SCHLÜSSEL: MELDUNG\n      ein Rat, der das Speichern nicht verhindert\n\nEin Syntaxfehler erscheint als DATEI:ZEILE:SPALTE: MELDUNG. Nach einem Wert vom falschen Typ, der das Lesen der Einstellungen beendet, werden unbekannte Schlüssel trotzdem aufgelistet.\n\nRückgabewert 3 bei einem Fehler (oder wenn die Datei nicht lesbar ist), 0 bei nur Warnungen oder keinen."}
	case "help_validate_short":
		return &goi18n.Message{ID: "help_validate_short", Other: "Jedes Problem der Konfigurationsdatei auflisten"}
	case "help_version_long":
		return &goi18n.Message{ID: "help_version_long", Other: "Gibt die Version aus, als „smtpconf VERSION“ (dieselbe Zeile wie --version); nennen Sie sie, wenn Sie ein Problem melden."}
	case "help_version_short":
		return &goi18n.Message{ID: "help_version_short", Other: "Die Version ausgeben"}
	case "mailer_cert_addresses":
		return &goi18n.Message{ID: "mailer_cert_addresses", Other: "Adressen im Zertifikat: {{.Value}}"}
	case "mailer_cert_fingerprint":
		return &goi18n.Message{ID: "mailer_cert_fingerprint", Other: "SHA-256-Fingerabdruck: {{.Value}}"}
	case "mailer_cert_issuer":
		return &goi18n.Message{ID: "mailer_cert_issuer", Other: "Ausgestellt von: {{.Value}}"}
	case "mailer_cert_names":
		return &goi18n.Message{ID: "mailer_cert_names", Other: "Namen im Zertifikat: {{.Value}}"}
	case "mailer_cert_subject":
		return &goi18n.Message{ID: "mailer_cert_subject", Other: "Zertifikat für: {{.Value}}"}
	case "mailer_cert_valid":
		return &goi18n.Message{ID: "mailer_cert_valid", Other: "Gültig von {{.From}} bis {{.Until}} UTC"}
	case "mailer_detail_auth_none":
		return &goi18n.Message{ID: "mailer_detail_auth_none", Other: "übersprungen: keine Authentifizierung"}
	case "mailer_detail_connected":
		return &goi18n.Message{ID: "mailer_detail_connected", Other: "verbunden mit {{.Addr}}"}
	case "mailer_detail_helo_fallback":
		return &goi18n.Message{ID: "mailer_detail_helo_fallback", Other: "EHLO abgelehnt, HELO angenommen (keine Erweiterungen)"}
	case "mailer_detail_login":
		return &goi18n.Message{ID: "mailer_detail_login", Other: "{{.Mech}} als {{.User}}"}
	case "mailer_detail_login_after":
		return &goi18n.Message{ID: "mailer_detail_login_after", Other: "{{.Mech}} als {{.User}} (nachdem {{.Refused}} abgelehnt wurde: {{.Err}})"}
	case "mailer_detail_no_extensions":
		return &goi18n.Message{ID: "mailer_detail_no_extensions", Other: "keine Erweiterungen"}
	case "mailer_detail_no_recipient":
		return &goi18n.Message{ID: "mailer_detail_no_recipient", Other: "kein Empfänger angegeben"}
	case "mailer_detail_over_size":
		return &goi18n.Message{ID: "mailer_detail_over_size", Other: "Absender angenommen; die Test-E-Mail ({{.Size}} Bytes) ist größer als die Grenze des Servers von {{.Limit}} Bytes"}
	case "mailer_detail_recipient_accepted":
		return &goi18n.Message{ID: "mailer_detail_recipient_accepted", Other: "Empfänger angenommen"}
	case "mailer_detail_sender_accepted":
		return &goi18n.Message{ID: "mailer_detail_sender_accepted", Other: "Absender angenommen"}
	case "mailer_detail_size":
		return &goi18n.Message{ID: "mailer_detail_size", Other: "Absender angenommen; der Server nimmt Nachrichten bis {{.Limit}} Bytes an (die Test-E-Mail hat {{.Size}})"}
	case "mailer_detail_tls_not_verified":
		return &goi18n.Message{ID: "mailer_detail_tls_not_verified", Other: "{{.Version}}, {{.Cipher}}, Zertifikat NICHT geprüft (tls_skip_verify)"}
	case "mailer_detail_token_no_expiry":
		return &goi18n.Message{ID: "mailer_detail_token_no_expiry", Other: "{{.Source}}, ohne Ablaufzeit"}
	case "mailer_detail_token_no_expiry_cached":
		return &goi18n.Message{ID: "mailer_detail_token_no_expiry_cached", Other: "{{.Source}}, ohne Ablaufzeit (zwischengespeichert)"}
	case "mailer_detail_token_valid":
		return &goi18n.Message{ID: "mailer_detail_token_valid", Other: "{{.Source}}, gültig bis {{.Until}}"}
	case "mailer_detail_token_valid_cached":
		return &goi18n.Message{ID: "mailer_detail_token_valid_cached", Other: "{{.Source}}, gültig bis {{.Until}} (zwischengespeichert)"}
	case "mailer_err_argv_backslash":
		return &goi18n.Message{ID: "mailer_err_argv_backslash", Other: "endet mit einem einzelnen Backslash"}
	case "mailer_err_argv_empty":
		return &goi18n.Message{ID: "mailer_err_argv_empty", Other: "ist leer"}
	case "mailer_err_argv_quote":
		return &goi18n.Message{ID: "mailer_err_argv_quote", Other: "hat ein nicht geschlossenes Anführungszeichen {{.Quote}}"}
	case "mailer_err_auth_refused_too":
		return &goi18n.Message{ID: "mailer_err_auth_refused_too", Other: "{{.Err}} ({{.Refused}} wurde ebenfalls abgelehnt: {{.Other}})"}
	case "mailer_err_bad_port":
		return &goi18n.Message{ID: "mailer_err_bad_port", Other: "ungültige Einstellungen: {{.Port}} ist keine Portnummer"}
	case "mailer_err_ca_file":
		return &goi18n.Message{ID: "mailer_err_ca_file", Other: "ungültige Einstellungen: tls_ca_file: {{.Err}}"}
	case "mailer_err_ca_file_no_pem":
		return &goi18n.Message{ID: "mailer_err_ca_file_no_pem", Other: "ungültige Einstellungen: tls_ca_file {{.File}} enthält kein PEM-Zertifikat"}
	case "mailer_err_cert_no_host":
		return &goi18n.Message{ID: "mailer_err_cert_no_host", Other: "kein Hostname, gegen den das Zertifikat des Servers geprüft werden kann"}
	case "mailer_err_challenge_base64":
		return &goi18n.Message{ID: "mailer_err_challenge_base64", Other: "die Challenge des Servers ist kein Base64: {{.Err}}"}
	case "mailer_err_closed_without_word":
		return &goi18n.Message{ID: "mailer_err_closed_without_word", Other: "der Server hat die Verbindung wortlos geschlossen: {{.Err}}"}
	case "mailer_err_command_empty":
		return &goi18n.Message{ID: "mailer_err_command_empty", Other: "{{.Name}} hat in der ersten Zeile nichts ausgegeben"}
	case "mailer_err_command_failed":
		return &goi18n.Message{ID: "mailer_err_command_failed", Other: "{{.Name}} ist fehlgeschlagen: {{.Status}}"}
	case "mailer_err_command_failed_stderr":
		return &goi18n.Message{ID: "mailer_err_command_failed_stderr", Other: "{{.Name}} ist fehlgeschlagen: {{.Status}}: {{.Stderr}}"}
	case "mailer_err_command_no_line":
		return &goi18n.Message{ID: "mailer_err_command_no_line", Other: "{{.Name}} hat mehr als 64 KiB ohne Zeilenumbruch ausgegeben: Das Kennwort ist die erste Zeile"}
	case "mailer_err_command_syntax":
		return &goi18n.Message{ID: "mailer_err_command_syntax", Other: "der Befehl {{.Err}}"}
	case "mailer_err_command_timeout":
		return &goi18n.Message{ID: "mailer_err_command_timeout", Other: "{{.Name}} wurde nicht innerhalb von {{.Timeout}} fertig"}
	case "mailer_err_context_canceled":
		return &goi18n.Message{ID: "mailer_err_context_canceled", Other: "abgebrochen"}
	case "mailer_err_context_deadline":
		return &goi18n.Message{ID: "mailer_err_context_deadline", Other: "Zeitlimit überschritten"}
	case "mailer_err_crammd5_challenge":
		return &goi18n.Message{ID: "mailer_err_crammd5_challenge", Other: "cram-md5: unerwartete zweite Challenge"}
	case "mailer_err_end_of_message":
		return &goi18n.Message{ID: "mailer_err_end_of_message", Other: "Ende der Nachricht: {{.Err}}"}
	case "mailer_err_env_empty":
		return &goi18n.Message{ID: "mailer_err_env_empty", Other: "die Umgebungsvariable {{.Name}} ist leer"}
	case "mailer_err_env_unset":
		return &goi18n.Message{ID: "mailer_err_env_unset", Other: "die Umgebungsvariable {{.Name}} ist nicht gesetzt"}
	case "mailer_err_exit_status":
		return &goi18n.Message{ID: "mailer_err_exit_status", Other: "Exit-Status {{.Code}}"}
	case "mailer_err_greeting_too_long":
		return &goi18n.Message{ID: "mailer_err_greeting_too_long", Other: "die Begrüßung des Servers war länger als {{.Limit}}"}
	case "mailer_err_handshake":
		return &goi18n.Message{ID: "mailer_err_handshake", Other: "TLS-Handshake: {{.Err}}"}
	case "mailer_err_header_word":
		return &goi18n.Message{ID: "mailer_err_header_word", Other: "ungültige Einstellungen: Der Kopf {{.Header}} hat ein Wort, das länger ist als eine Zeile sein darf ({{.Max}} Oktette)"}
	case "mailer_err_hung_up_mid_line":
		return &goi18n.Message{ID: "mailer_err_hung_up_mid_line", Other: "der Server hat mitten in einer Zeile aufgelegt: {{.Err}}"}
	case "mailer_err_line_too_long":
		return &goi18n.Message{ID: "mailer_err_line_too_long", Other: "die Nachricht hat eine Zeile, die länger ist, als SMTP erlaubt ({{.Max}} Oktette)"}
	case "mailer_err_login_challenge":
		return &goi18n.Message{ID: "mailer_err_login_challenge", Other: "login: unerwartete Challenge nach dem Kennwort"}
	case "mailer_err_mechanism":
		return &goi18n.Message{ID: "mailer_err_mechanism", Other: "{{.Reason}} (der Server bietet an: {{.Offered}})"}
	case "mailer_err_mechanism_none":
		return &goi18n.Message{ID: "mailer_err_mechanism_none", Other: "{{.Reason}} (der Server bietet an: nichts)"}
	case "mailer_err_needs_8bitmime":
		return &goi18n.Message{ID: "mailer_err_needs_8bitmime", Other: "der Text der Nachricht enthält 8-Bit-Zeichen, und der Server bietet kein 8BITMIME an"}
	case "mailer_err_needs_smtputf8":
		return &goi18n.Message{ID: "mailer_err_needs_smtputf8", Other: "der Kopf der Nachricht oder eine Adresse enthält Nicht-ASCII-Zeichen, und der Server bietet kein SMTPUTF8 an"}
	case "mailer_err_no_auth_offered":
		return &goi18n.Message{ID: "mailer_err_no_auth_offered", Other: "Der Server bietet kein AUTH-Verfahren an"}
	case "mailer_err_no_cert":
		return &goi18n.Message{ID: "mailer_err_no_cert", Other: "der Server hat kein Zertifikat gesendet"}
	case "mailer_err_no_host":
		return &goi18n.Message{ID: "mailer_err_no_host", Other: "kein SMTP-Server (host) gesetzt"}
	case "mailer_err_no_recipient":
		return &goi18n.Message{ID: "mailer_err_no_recipient", Other: "kein Empfänger"}
	case "mailer_err_no_sender":
		return &goi18n.Message{ID: "mailer_err_no_sender", Other: "keine Absenderadresse gesetzt"}
	case "mailer_err_not_smtp":
		return &goi18n.Message{ID: "mailer_err_not_smtp", Other: "die ersten Worte des Servers sind keine SMTP-Begrüßung"}
	case "mailer_err_not_smtp_detail":
		return &goi18n.Message{ID: "mailer_err_not_smtp_detail", Other: "{{.Err}}: {{.Detail}}"}
	case "mailer_err_one_line":
		return &goi18n.Message{ID: "mailer_err_one_line", Other: "ungültige Einstellungen: Betreff und sender_name müssen einzeilig sein"}
	case "mailer_err_password_unread":
		return &goi18n.Message{ID: "mailer_err_password_unread", Other: "das Kennwort konnte nicht gelesen werden: {{.Err}}"}
	case "mailer_err_recipient":
		return &goi18n.Message{ID: "mailer_err_recipient", Other: "ungültige Einstellungen: Empfänger „{{.Value}}“: {{.Err}}"}
	case "mailer_err_reply_to":
		return &goi18n.Message{ID: "mailer_err_reply_to", Other: "ungültige Einstellungen: Reply-To „{{.Value}}“: {{.Err}}"}
	case "mailer_err_reply_too_long":
		return &goi18n.Message{ID: "mailer_err_reply_too_long", Other: "die Antwort des Servers auf {{.To}} war länger als {{.Limit}}"}
	case "mailer_err_send":
		return &goi18n.Message{ID: "mailer_err_send", Other: "senden: {{.Err}}"}
	case "mailer_err_send_starttls":
		return &goi18n.Message{ID: "mailer_err_send_starttls", Other: "STARTTLS senden: {{.Err}}"}
	case "mailer_err_sender":
		return &goi18n.Message{ID: "mailer_err_sender", Other: "ungültige Einstellungen: Absenderadresse „{{.Value}}“: {{.Err}}"}
	case "mailer_err_settings":
		return &goi18n.Message{ID: "mailer_err_settings", One: "Einstellungen ungültig: {{.Count}} Problem: {{.Problems}}", Other: "Einstellungen ungültig: {{.Count}} Probleme: {{.Problems}}"}
	case "mailer_err_settings_one":
		return &goi18n.Message{ID: "mailer_err_settings_one", Other: "Einstellungen ungültig: {{.Problem}}"}
	case "mailer_err_starttls_not_offered":
		return &goi18n.Message{ID: "mailer_err_starttls_not_offered", Other: "Der Server bietet kein STARTTLS an"}
	case "mailer_err_too_many_challenges":
		return &goi18n.Message{ID: "mailer_err_too_many_challenges", Other: "der Server hat mehr als {{.Max}} Challenges (334) für AUTH {{.Mech}} gesendet, das höchstens zwei braucht"}
	case "mailer_err_write_message":
		return &goi18n.Message{ID: "mailer_err_write_message", Other: "Nachricht schreiben: {{.Err}}"}
	case "mailer_explain_failed":
		return &goi18n.Message{ID: "mailer_explain_failed", Other: "Schritt „{{.Step}}“ fehlgeschlagen: {{.Err}}"}
	case "mailer_explain_message":
		return &goi18n.Message{ID: "mailer_explain_message", Other: "Die Nachricht kann so nicht gesendet werden: {{.Err}}"}
	case "mailer_hint_auth_disabled":
		return &goi18n.Message{ID: "mailer_hint_auth_disabled", Other: "Der Anbieter hat SMTP AUTH für dieses Konto abgeschaltet: Schalten Sie es für das Postfach ein oder verwenden Sie OAuth"}
	case "mailer_hint_auth_failed":
		return &goi18n.Message{ID: "mailer_hint_auth_failed", Other: "Der Server hat Benutzername oder Kennwort abgelehnt: Prüfen Sie beides (viele Anbieter verlangen hier ein App-Kennwort)"}
	case "mailer_hint_auth_failed_crammd5":
		return &goi18n.Message{ID: "mailer_hint_auth_failed_crammd5", Other: "Der Server hat die Anmeldung mit CRAM-MD5 abgelehnt: Prüfen Sie Benutzername und Kennwort; viele Server bieten CRAM-MD5 an, können es aber nicht gegen gehashte Kennwörter prüfen (etwa Dovecot mit SHA512-CRYPT): Setzen Sie auth = \"plain\" (über TLS) oder auth = \"auto\""}
	case "mailer_hint_auth_required":
		return &goi18n.Message{ID: "mailer_hint_auth_required", Other: "Der Server verlangt eine Anmeldung, bevor er E-Mails annimmt: Setzen Sie auth auf auto mit Benutzername und Kennwort"}
	case "mailer_hint_auth_temporary":
		return &goi18n.Message{ID: "mailer_hint_auth_temporary", Other: "Die Authentifizierung des Servers ist vorübergehend fehlgeschlagen: Versuchen Sie es später erneut"}
	case "mailer_hint_cancelled":
		return &goi18n.Message{ID: "mailer_hint_cancelled", Other: "Die Verbindung wurde abgebrochen, bevor sie abgeschlossen war"}
	case "mailer_hint_cert_expired":
		return &goi18n.Message{ID: "mailer_hint_cert_expired", Other: "Das Zertifikat von {{.Host}} ist abgelaufen oder noch nicht gültig: Der Administrator des Servers muss es erneuern; prüfen Sie auch die Uhr dieses Rechners"}
	case "mailer_hint_cert_expired_dates":
		return &goi18n.Message{ID: "mailer_hint_cert_expired_dates", Other: "Das Zertifikat von {{.Host}} ist abgelaufen oder noch nicht gültig (gültig {{.From}} bis {{.Until}}): Der Administrator des Servers muss es erneuern; prüfen Sie auch die Uhr dieses Rechners"}
	case "mailer_hint_cert_wrong_host":
		return &goi18n.Message{ID: "mailer_hint_cert_wrong_host", Other: "Das Zertifikat gilt nicht für {{.Host}}: Tragen Sie bei host einen Namen aus dem Zertifikat ein"}
	case "mailer_hint_cert_wrong_host_names":
		return &goi18n.Message{ID: "mailer_hint_cert_wrong_host_names", Other: "Das Zertifikat gilt für {{.Names}}, nicht für {{.Host}}: Tragen Sie bei host einen Namen aus dem Zertifikat ein"}
	case "mailer_hint_config":
		return &goi18n.Message{ID: "mailer_hint_config", Other: "Korrigieren Sie die oben genannte Einstellung"}
	case "mailer_hint_config_no_host":
		return &goi18n.Message{ID: "mailer_hint_config_no_host", Other: "Tragen Sie bei host den Namen des SMTP-Servers ein"}
	case "mailer_hint_config_no_recipient":
		return &goi18n.Message{ID: "mailer_hint_config_no_recipient", Other: "Geben Sie die Adresse an, an die die E-Mail gehen soll"}
	case "mailer_hint_config_no_sender":
		return &goi18n.Message{ID: "mailer_hint_config_no_sender", Other: "Tragen Sie bei sender die Absenderadresse ein, von der E-Mails kommen sollen"}
	case "mailer_hint_config_settings":
		return &goi18n.Message{ID: "mailer_hint_config_settings", Other: "Es wurde nichts gesendet: Korrigieren Sie die Einstellungen wie bei jedem Problem oben beschrieben (`smtpconf validate` listet sie auf, `smtpconf set` oder `smtpconf configure` ändert sie)"}
	case "mailer_hint_consent_app":
		return &goi18n.Message{ID: "mailer_hint_consent_app", Other: "Der App wurde die Berechtigung nicht erteilt: Fügen Sie im Entra Admin Center unter App-Registrierungen → Ihre App → API-Berechtigungen „Office 365 Exchange Online → Anwendungsberechtigungen → SMTP.SendAsApp“ hinzu, dann „Administratorzustimmung für {{.Tenant}} erteilen“"}
	case "mailer_hint_consent_delegated":
		return &goi18n.Message{ID: "mailer_hint_consent_delegated", Other: "Die Zustimmung fehlt: Fügen Sie im Entra Admin Center unter App-Registrierungen → Ihre App → API-Berechtigungen „Microsoft Graph → Delegiert → SMTP.Send“ und offline_access hinzu, dann „Administratorzustimmung für {{.Tenant}} erteilen“ (oder melden Sie sich einmal als Benutzer an, der zustimmen darf)"}
	case "mailer_hint_consent_google":
		return &goi18n.Message{ID: "mailer_hint_consent_google", Other: "Das Dienstkonto darf nicht für dieses Postfach handeln: Fügen Sie in der Google Admin-Konsole unter Sicherheit → Zugriffs- und Datenkontrolle → API-Steuerung → Domainweite Delegierung die Client-ID des Dienstkontos mit dem Scope https://mail.google.com/ hinzu"}
	case "mailer_hint_consent_other":
		return &goi18n.Message{ID: "mailer_hint_consent_other", Other: "Der App wurde der Scope nicht gewährt: Bitten Sie den Administrator des OAuth-Servers, ihn zu erlauben"}
	case "mailer_hint_dns":
		return &goi18n.Message{ID: "mailer_hint_dns", Other: "Den DNS-Namen {{.Host}} gibt es nicht: Prüfen Sie die Schreibweise von host"}
	case "mailer_hint_dns_failure":
		return &goi18n.Message{ID: "mailer_hint_dns_failure", Other: "Der Name {{.Host}} konnte nicht nachgeschlagen werden: Prüfen Sie die DNS-Einstellungen dieses Rechners (/etc/resolv.conf) und das Netzwerk"}
	case "mailer_hint_dropped":
		return &goi18n.Message{ID: "mailer_hint_dropped", Other: "Der Server hat die Verbindung im Schritt „{{.Step}}“ geschlossen: Möglicherweise begrenzt er Verbindungen oder weist diesen Client ab; der SMTP-Dialog (smtpconf check --transcript oder Strg+R im Testbildschirm des Formulars) zeigt die letzten Worte"}
	case "mailer_hint_gmail_token":
		return &goi18n.Message{ID: "mailer_hint_gmail_token", Other: "Gmail hat das Token für {{.Mailbox}} abgelehnt: username muss das Postfach sein, für das das Token gilt (bei service_account: ein Postfach der Workspace-Domain, wobei dem Dienstkonto in der domainweiten Delegierung der Admin-Konsole https://mail.google.com/ erlaubt ist)"}
	case "mailer_hint_greylisted":
		return &goi18n.Message{ID: "mailer_hint_greylisted", Other: "Der Server verwendet Greylisting: Er nimmt dieselbe E-Mail an, wenn sie nach einigen Minuten erneut gesendet wird; versuchen Sie es später erneut"}
	case "mailer_hint_helo_rejected":
		return &goi18n.Message{ID: "mailer_hint_helo_rejected", Other: "Der Server hat den Namen abgelehnt, den dieser Rechner bei EHLO angegeben hat ({{.Name}}): Setzen Sie helo_name auf den vollständigen Namen dieses Rechners, z. B. app.example.com, oder auf seine Adresse, z. B. [192.0.2.10]"}
	case "mailer_hint_insecure_auth":
		return &goi18n.Message{ID: "mailer_hint_insecure_auth", Other: "Das Kennwort ginge unverschlüsselt über das Netz: Schalten Sie starttls ein oder verwenden Sie smtps; setzen Sie allow_insecure_auth nur in einem vertrauenswürdigen Netz"}
	case "mailer_hint_m365_app_token":
		return &goi18n.Message{ID: "mailer_hint_m365_app_token", Other: "Exchange Online hat mit dem gültigen Token der App keine Anmeldung für {{.Mailbox}} angenommen: Der Dienstprinzipal der App braucht eine Berechtigung für das Postfach. In Exchange Online PowerShell: New-ServicePrincipal -AppId {{.ClientID}} -ObjectId <Objekt-ID der Unternehmensanwendung>, dann Add-MailboxPermission -Identity {{.Mailbox}} -User <Objekt-ID dieses Dienstprinzipals> -AccessRights FullAccess; die App braucht außerdem die Berechtigung SMTP.SendAsApp mit Administratorzustimmung"}
	case "mailer_hint_m365_smtp_auth_disabled":
		return &goi18n.Message{ID: "mailer_hint_m365_smtp_auth_disabled", Other: "SMTP AUTH ist für den Mandanten oder für {{.Mailbox}} deaktiviert: Ein Exchange-Administrator aktiviert es für das Postfach mit Set-CASMailbox -Identity {{.Mailbox}} -SmtpClientAuthenticationDisabled $false (oder für den Mandanten mit Set-TransportConfig -SmtpClientAuthenticationDisabled $false; Microsoft 365 Admin Center → Benutzer → E-Mail → Authentifiziertes SMTP)"}
	case "mailer_hint_m365_smtp_auth_disabled_password":
		return &goi18n.Message{ID: "mailer_hint_m365_smtp_auth_disabled_password", Other: "SMTP AUTH ist für den Mandanten oder für {{.Mailbox}} deaktiviert: Ein Exchange-Administrator aktiviert es für das Postfach mit Set-CASMailbox -Identity {{.Mailbox}} -SmtpClientAuthenticationDisabled $false (oder für den Mandanten mit Set-TransportConfig -SmtpClientAuthenticationDisabled $false; Microsoft 365 Admin Center → Benutzer → E-Mail → Authentifiziertes SMTP); {{.OAuth}}"}
	case "mailer_hint_m365_user_token":
		return &goi18n.Message{ID: "mailer_hint_m365_user_token", Other: "Exchange Online hat das Token des angemeldeten Benutzers für {{.Mailbox}} abgelehnt: username muss das Postfach sein, das sich angemeldet hat (oder eines, für das es „Senden als“ hat), und SMTP AUTH muss dafür aktiviert sein (Set-CASMailbox -Identity {{.Mailbox}} -SmtpClientAuthenticationDisabled $false)"}
	case "mailer_hint_mechanism_after_starttls":
		return &goi18n.Message{ID: "mailer_hint_mechanism_after_starttls", Other: "Der Server bietet die Anmeldung erst nach STARTTLS an: Schalten Sie „STARTTLS erzwingen“ ein (starttls = true)"}
	case "mailer_hint_mechanism_none":
		return &goi18n.Message{ID: "mailer_hint_mechanism_none", Other: "Der Server bietet hier keine Anmeldung an: Setzen Sie auth auf none, wenn er E-Mails ohne Anmeldung annimmt (viele Server bieten AUTH erst nach STARTTLS an)"}
	case "mailer_hint_mechanism_offered":
		return &goi18n.Message{ID: "mailer_hint_mechanism_offered", Other: "Setzen Sie auth auf ein Verfahren, das der Server anbietet: {{.Offered}} (oder auto)"}
	case "mailer_hint_message_8bit":
		return &goi18n.Message{ID: "mailer_hint_message_8bit", Other: "Kodieren Sie den Text (Content-Transfer-Encoding: quoted-printable oder base64) oder senden Sie über einen Server, der 8BITMIME anbietet"}
	case "mailer_hint_message_long_lines":
		return &goi18n.Message{ID: "mailer_hint_message_long_lines", Other: "Brechen Sie die langen Zeilen um oder kodieren Sie den Text (Content-Transfer-Encoding: quoted-printable oder base64)"}
	case "mailer_hint_message_rejected":
		return &goi18n.Message{ID: "mailer_hint_message_rejected", Other: "Der Server hat die Nachricht selbst abgelehnt (Inhalt, Größe oder Richtlinie): Seine Antwort nennt den Grund"}
	case "mailer_hint_message_utf8":
		return &goi18n.Message{ID: "mailer_hint_message_utf8", Other: "Kodieren Sie Nicht-ASCII-Text im Kopf als RFC-2047-Wörter und verwenden Sie ASCII-Adressen oder senden Sie über einen Server, der SMTPUTF8 anbietet"}
	case "mailer_hint_no_greeting":
		return &goi18n.Message{ID: "mailer_hint_no_greeting", Other: "Der Server hat die Verbindung angenommen, aber innerhalb von {{.Timeout}} keine Begrüßung gesendet: Wenn dieser Port TLS ab dem ersten Byte erwartet (meist 465), setzen Sie protocol smtps"}
	case "mailer_hint_no_greeting_465":
		return &goi18n.Message{ID: "mailer_hint_no_greeting_465", Other: "Der Server hat die Verbindung angenommen, aber innerhalb von {{.Timeout}} keine Begrüßung gesendet: Port 465 erwartet smtps (TLS ab dem ersten Byte); setzen Sie protocol smtps"}
	case "mailer_hint_no_greeting_smtps":
		return &goi18n.Message{ID: "mailer_hint_no_greeting_smtps", Other: "Der Server hat die Verbindung angenommen, aber innerhalb von {{.Timeout}} keine Begrüßung gesendet: Prüfen Sie den SMTP-Port"}
	case "mailer_hint_not_smtp":
		return &goi18n.Message{ID: "mailer_hint_not_smtp", Other: "Die ersten Bytes des Servers sind keine SMTP-Begrüßung: Prüfen Sie den SMTP-Port; wenn er TLS ab dem ersten Byte erwartet (meist 465), setzen Sie protocol smtps"}
	case "mailer_hint_not_smtp_465":
		return &goi18n.Message{ID: "mailer_hint_not_smtp_465", Other: "Die ersten Bytes des Servers sind keine SMTP-Begrüßung: Port 465 erwartet smtps (TLS ab dem ersten Byte); setzen Sie protocol smtps"}
	case "mailer_hint_not_tls":
		return &goi18n.Message{ID: "mailer_hint_not_tls", Other: "Dieser Port spricht unverschlüsseltes SMTP: Verwenden Sie protocol smtp mit starttls (meist Port 587)"}
	case "mailer_hint_oauth_instead":
		return &goi18n.Message{ID: "mailer_hint_oauth_instead", Other: "Microsoft 365 nimmt für SMTP keine Kennwörter mehr an (die Standardauthentifizierung ist für Exchange-Online-Mandanten ab Ende Dezember 2026 abgeschaltet): Wechseln Sie zu OAuth 2.0 mit auth = \"xoauth2\", oauth2_provider = \"microsoft\", oauth2_tenant und oauth2_client_id (README: Microsoft 365 and Google)"}
	case "mailer_hint_password":
		return &goi18n.Message{ID: "mailer_hint_password", Other: "Korrigieren Sie password_env oder password_command wie in der Meldung beschrieben, oder setzen Sie password"}
	case "mailer_hint_password_command":
		return &goi18n.Message{ID: "mailer_hint_password_command", Other: "Korrigieren Sie password_command: Führen Sie den Befehl von Hand aus; er muss das Kennwort in der ersten Zeile ausgeben und innerhalb des Zeitlimits erfolgreich enden"}
	case "mailer_hint_password_command_named":
		return &goi18n.Message{ID: "mailer_hint_password_command_named", Other: "Korrigieren Sie password_command: Führen Sie den Befehl von Hand aus; {{.Name}} muss das Kennwort in der ersten Zeile ausgeben und innerhalb des Zeitlimits erfolgreich enden"}
	case "mailer_hint_password_env_empty":
		return &goi18n.Message{ID: "mailer_hint_password_env_empty", Other: "{{.Name}} ist gesetzt, aber leer: Exportieren Sie die Variable mit dem Kennwort oder setzen Sie password_env auf eine Variable, die es enthält"}
	case "mailer_hint_password_env_unset":
		return &goi18n.Message{ID: "mailer_hint_password_env_unset", Other: "Exportieren Sie {{.Name}} mit dem Kennwort in der Umgebung, in der smtpconf oder die Anwendung läuft (export {{.Name}}=...), oder setzen Sie password_env auf eine gesetzte Variable"}
	case "mailer_hint_rate_limited":
		return &goi18n.Message{ID: "mailer_hint_rate_limited", Other: "Der Server begrenzt, wie viel oder wie oft dieser Client sendet: Warten Sie einige Minuten und versuchen Sie es dann erneut"}
	case "mailer_hint_recipient_rejected":
		return &goi18n.Message{ID: "mailer_hint_recipient_rejected", Other: "Der Server hat den Empfänger abgelehnt: Prüfen Sie die Adresse; ein Server, der nur für angemeldete Benutzer weiterleitet, lehnt externe Adressen ohne Authentifizierung ab"}
	case "mailer_hint_refused":
		return &goi18n.Message{ID: "mailer_hint_refused", Other: "Auf {{.Addr}} nimmt niemand Verbindungen an: Prüfen Sie den SMTP-Port (465 für smtps, 587 für Submission mit STARTTLS) und ob der Mailserver läuft"}
	case "mailer_hint_reply_auth_backend":
		return &goi18n.Message{ID: "mailer_hint_reply_auth_backend", Other: "Das Authentifizierungs-Backend des Servers ist vorübergehend ausgefallen: Versuchen Sie es später erneut; hält es an, muss der Administrator des Servers dessen SASL-Dienst prüfen (etwa Dovecot)"}
	case "mailer_hint_reply_gmail_app_password":
		return &goi18n.Message{ID: "mailer_hint_reply_gmail_app_password", Other: "Gmail verlangt für dieses Konto ein App-Passwort (die Bestätigung in zwei Schritten ist an): Erstellen Sie eines unter https://myaccount.google.com/apppasswords und tragen Sie es als password ein"}
	case "mailer_hint_reply_gmail_refused":
		return &goi18n.Message{ID: "mailer_hint_reply_gmail_refused", Other: "Gmail hat Benutzername oder Kennwort abgelehnt: Prüfen Sie beides; bei aktiver Bestätigung in zwei Schritten muss das Kennwort ein App-Passwort sein"}
	case "mailer_hint_reply_greylisted":
		return &goi18n.Message{ID: "mailer_hint_reply_greylisted", Other: "Der Server verwendet Greylisting: Er stellt den ersten Versuch eines unbekannten Absenders zurück und nimmt dieselbe E-Mail an, wenn sie nach einigen Minuten erneut gesendet wird; eine Mail-Warteschlange tut das von selbst, versuchen Sie es also später erneut"}
	case "mailer_hint_reply_m365_auth_off":
		return &goi18n.Message{ID: "mailer_hint_reply_m365_auth_off", Other: "Microsoft 365 hat SMTP AUTH (Standardauthentifizierung) hier abgeschaltet: Aktivieren Sie „Authentifiziertes SMTP“ für dieses Postfach (Microsoft 365 Admin Center → Benutzer → E-Mail → E-Mail-Apps verwalten) und für den Mandanten oder verwenden Sie OAuth"}
	case "mailer_hint_reply_not_logged_in":
		return &goi18n.Message{ID: "mailer_hint_reply_not_logged_in", Other: "Der Server nimmt E-Mails von diesem Absender erst nach einer Anmeldung an: Setzen Sie auth auf auto mit Benutzername und Kennwort"}
	case "mailer_hint_reply_not_owned":
		return &goi18n.Message{ID: "mailer_hint_reply_not_owned", Other: "Der Server lässt {{.Owner}} nur von Adressen senden, die dieser Anmeldung gehören: Setzen Sie sender auf eine davon (meist die eigene Adresse der Anmeldung) oder lassen Sie den Administrator des Servers diese Absenderadresse dafür freigeben"}
	case "mailer_hint_reply_rate_limited":
		return &goi18n.Message{ID: "mailer_hint_reply_rate_limited", Other: "Der Server begrenzt, wie viel oder wie oft dieser Client sendet (ein Ratenlimit oder er ist ausgelastet): Warten Sie einige Minuten, bevor Sie es erneut versuchen, und senden Sie seltener"}
	case "mailer_hint_reply_send_as":
		return &goi18n.Message{ID: "mailer_hint_reply_send_as", Other: "Diese Anmeldung darf nicht mit dieser Absenderadresse senden: Geben Sie ihr die Berechtigung „Senden als“ für das Postfach des Absenders oder setzen Sie sender auf die eigene Adresse der Anmeldung"}
	case "mailer_hint_reply_too_long":
		return &goi18n.Message{ID: "mailer_hint_reply_too_long", Other: "Kein Mailserver sendet eine so lange Antwort (die Grenze ist 64 KiB und {{.Lines}} Zeilen): Prüfen Sie, ob {{.Addr}} Ihr SMTP-Server ist; vielleicht antwortet etwas anderes auf diesem Port oder auf dem Netzweg"}
	case "mailer_hint_reply_too_weak":
		return &goi18n.Message{ID: "mailer_hint_reply_too_weak", Other: "Der Server lehnt dieses Anmeldeverfahren als zu schwach ab (RFC 4954): Setzen Sie auth auf ein anderes Verfahren, das er anbietet, oder auf auto"}
	case "mailer_hint_sender_rejected":
		return &goi18n.Message{ID: "mailer_hint_sender_rejected", Other: "Die Absenderadresse muss eine sein, mit der dieser Benutzer über diesen Server senden darf; ihre Domain sollte eine sein, die der Server verwaltet"}
	case "mailer_hint_server":
		return &goi18n.Message{ID: "mailer_hint_server", Other: "Der Server hat den Schritt „{{.Step}}“ abgelehnt: Seine Antwort nennt den Grund"}
	case "mailer_hint_starttls_missing":
		return &goi18n.Message{ID: "mailer_hint_starttls_missing", Other: "{{.Addr}} bietet kein STARTTLS an, und smtpconf fährt nie im Klartext fort: Verwenden Sie protocol smtps auf Port 465, wenn der Server das anbietet, oder schalten Sie starttls nur in einem vertrauenswürdigen Netz aus"}
	case "mailer_hint_starttls_required":
		return &goi18n.Message{ID: "mailer_hint_starttls_required", Other: "Der Server verlangt eine verschlüsselte Verbindung: Schalten Sie „STARTTLS erzwingen“ ein (starttls = true) oder verwenden Sie protocol smtps auf Port 465"}
	case "mailer_hint_starttls_required_offered":
		return &goi18n.Message{ID: "mailer_hint_starttls_required_offered", Other: "Der Server verlangt zuerst STARTTLS: Schalten Sie „STARTTLS erzwingen“ ein (starttls = true)"}
	case "mailer_hint_temporary":
		return &goi18n.Message{ID: "mailer_hint_temporary", Other: "Der Server meldet ein vorübergehendes Problem: Versuchen Sie es später erneut"}
	case "mailer_hint_timeout":
		return &goi18n.Message{ID: "mailer_hint_timeout", Other: "Der Server hat im Schritt „{{.Step}}“ nicht innerhalb von {{.Timeout}} geantwortet: Möglicherweise ist er überlastet; versuchen Sie es später erneut oder erhöhen Sie timeout"}
	case "mailer_hint_timeout_auth":
		return &goi18n.Message{ID: "mailer_hint_timeout_auth", Other: "Der Server hat auf die Anmeldung nicht innerhalb von {{.Timeout}} geantwortet: Möglicherweise verzögert er eine fehlgeschlagene Anmeldung (falscher Benutzername oder falsches Kennwort oder zu viele Versuche): Prüfen Sie beides und versuchen Sie es erneut"}
	case "mailer_hint_timeout_connect":
		return &goi18n.Message{ID: "mailer_hint_timeout_connect", Other: "Keine Antwort von {{.Addr}} innerhalb von {{.Timeout}}: Vermutlich verwirft eine Firewall die Verbindung (viele Netze sperren Port 25); prüfen Sie den SMTP-Port und die ausgehenden Firewall-Regeln"}
	case "mailer_hint_timeout_resolve":
		return &goi18n.Message{ID: "mailer_hint_timeout_resolve", Other: "Das Nachschlagen von {{.Host}} dauerte länger als {{.Timeout}}: Prüfen Sie die DNS-Einstellungen dieses Rechners"}
	case "mailer_hint_timeout_tls":
		return &goi18n.Message{ID: "mailer_hint_timeout_tls", Other: "Der TLS-Handshake mit {{.Addr}} wurde nicht innerhalb von {{.Timeout}} abgeschlossen"}
	case "mailer_hint_tls":
		return &goi18n.Message{ID: "mailer_hint_tls", Other: "Der TLS-Handshake mit {{.Addr}} ist fehlgeschlagen: Der Server bietet vielleicht nur TLS älter als 1.2 an, oder dieser Port spricht kein TLS"}
	case "mailer_hint_token_client":
		return &goi18n.Message{ID: "mailer_hint_token_client", Other: "Der Anbieter hat die Anwendung abgelehnt: Prüfen Sie oauth2_client_id und das Client-Secret in oauth2_client_secret (oder oauth2_client_secret_env / oauth2_client_secret_command), und ob die App bei {{.Provider}} registriert ist"}
	case "mailer_hint_token_code_expired":
		return &goi18n.Message{ID: "mailer_hint_token_code_expired", Other: "Der Code wurde nicht rechtzeitig eingegeben: Führen Sie `smtpconf login` erneut aus und geben Sie den neuen Code ein, bevor er abläuft"}
	case "mailer_hint_token_declined":
		return &goi18n.Message{ID: "mailer_hint_token_declined", Other: "Die Anmeldung wurde im Browser abgelehnt: Führen Sie `smtpconf login` erneut aus und stimmen Sie zu, angemeldet als {{.User}}"}
	case "mailer_hint_token_no_app":
		return &goi18n.Message{ID: "mailer_hint_token_no_app", Other: "Keine Anwendung {{.ClientID}} im Mandanten {{.Tenant}}: Prüfen Sie oauth2_client_id (die Anwendungs-ID (Client) der App) und oauth2_tenant; einer App aus einem anderen Mandanten muss zuerst ein Administrator von {{.Tenant}} zustimmen"}
	case "mailer_hint_token_no_refresh":
		return &goi18n.Message{ID: "mailer_hint_token_no_refresh", Other: "Die Anmeldung hat kein Refresh-Token geliefert: Ergänzen Sie offline_access in oauth2_scope (zusammen mit dem SMTP-Scope des Anbieters), und erlauben Sie der App beim Anbieter Refresh-Tokens"}
	case "mailer_hint_token_no_tenant":
		return &goi18n.Message{ID: "mailer_hint_token_no_tenant", Other: "Microsoft kennt keinen Mandanten „{{.Tenant}}“: Setzen Sie oauth2_tenant auf die primäre Domain des Mandanten (example.onmicrosoft.com) oder seine Mandanten-ID aus der Übersicht des Entra Admin Centers"}
	case "mailer_hint_token_not_signed_in":
		return &goi18n.Message{ID: "mailer_hint_token_not_signed_in", Other: "Für dieses Postfach hat sich noch niemand angemeldet: Führen Sie einmal `smtpconf login` aus (es zeigt einen Code, den Sie im Browser eingeben); das Refresh-Token wird in der Token-Datei neben der Konfiguration gespeichert"}
	case "mailer_hint_token_public_client":
		return &goi18n.Message{ID: "mailer_hint_token_public_client", Other: "Die Anmeldung per Gerätecode braucht einen öffentlichen Client: Setzen Sie im Entra Admin Center unter App-Registrierungen → Ihre App → Authentifizierung „Öffentliche Clientflows zulassen“ auf Ja (oder geben Sie das Client-Secret an)"}
	case "mailer_hint_token_refused":
		return &goi18n.Message{ID: "mailer_hint_token_refused", Other: "{{.Provider}} hat kein Token ausgestellt: Die Antwort oben nennt den Grund"}
	case "mailer_hint_token_refused_by_server":
		return &goi18n.Message{ID: "mailer_hint_token_refused_by_server", Other: "Der Server hat das Token für {{.Mailbox}} abgelehnt: username muss das Postfach sein, für das das Token gilt, und der Scope des Tokens muss SMTP erlauben (oauth2_scope)"}
	case "mailer_hint_token_revoked_device":
		return &goi18n.Message{ID: "mailer_hint_token_revoked_device", Other: "Das Refresh-Token wurde widerrufen oder ist abgelaufen (Kennwortänderung, ein Administrator hat Sitzungen widerrufen oder 90 Tage unbenutzt): Melden Sie sich mit `smtpconf login` erneut an"}
	case "mailer_hint_token_revoked_refresh":
		return &goi18n.Message{ID: "mailer_hint_token_revoked_refresh", Other: "Das Refresh-Token wurde widerrufen oder ist abgelaufen: Besorgen Sie ein neues und geben Sie es über oauth2_refresh_token_env oder oauth2_refresh_token_command an (oder verwenden Sie oauth2_flow = \"device_code\" und `smtpconf login`, das es aktuell hält)"}
	case "mailer_hint_token_scope":
		return &goi18n.Message{ID: "mailer_hint_token_scope", Other: "Der Anbieter hat den Scope abgelehnt: Lassen Sie oauth2_scope leer für den Standard des Anbieters oder fordern Sie einen an, der der App erlaubt ist"}
	case "mailer_hint_token_secret":
		return &goi18n.Message{ID: "mailer_hint_token_secret", Other: "Korrigieren Sie die oauth2-Geheimnisse wie in der Meldung beschrieben"}
	case "mailer_hint_token_secret_command":
		return &goi18n.Message{ID: "mailer_hint_token_secret_command", Other: "Korrigieren Sie {{.Source}}: Führen Sie den Befehl von Hand aus; er muss den Wert in der ersten Zeile ausgeben und innerhalb des Zeitlimits erfolgreich enden"}
	case "mailer_hint_token_secret_env":
		return &goi18n.Message{ID: "mailer_hint_token_secret_env", Other: "Exportieren Sie {{.Name}} in der Umgebung, in der smtpconf oder die Anwendung läuft, oder setzen Sie {{.Source}} auf eine Variable, die den Wert enthält"}
	case "mailer_hint_token_secret_wrong":
		return &goi18n.Message{ID: "mailer_hint_token_secret_wrong", Other: "Das Client-Secret ist falsch oder abgelaufen: Erstellen Sie im Entra Admin Center unter App-Registrierungen → Ihre App → Zertifikate & Geheimnisse ein neues Client-Secret und tragen Sie dessen Wert (nicht die Geheimnis-ID) in oauth2_client_secret ein (oder oauth2_client_secret_env / oauth2_client_secret_command)"}
	case "mailer_hint_token_service_account_grant":
		return &goi18n.Message{ID: "mailer_hint_token_service_account_grant", Other: "Google hat die signierte Anfrage des Dienstkontos abgelehnt: Prüfen Sie, ob der Schlüssel in oauth2_service_account_file aktuell ist (nicht in der Cloud Console gelöscht) und ob die Uhr dieses Rechners stimmt"}
	case "mailer_hint_token_unreachable":
		return &goi18n.Message{ID: "mailer_hint_token_unreachable", Other: "Der Token-Endpunkt von {{.Provider}} war nicht erreichbar oder hat nicht geantwortet: Prüfen Sie das Netzwerk, einen Proxy oder eine Firewall dazwischen, und oauth2_token_url, falls gesetzt"}
	case "mailer_hint_too_big":
		return &goi18n.Message{ID: "mailer_hint_too_big", Other: "Die Nachricht ist größer, als der Server annimmt: Senden Sie eine kleinere Nachricht oder lassen Sie den Administrator des Servers die Grenze erhöhen (Postfix: message_size_limit)"}
	case "mailer_hint_too_big_limit":
		return &goi18n.Message{ID: "mailer_hint_too_big_limit", Other: "Die Nachricht ist größer, als der Server annimmt (er hat eine Grenze von {{.Limit}} Bytes angekündigt): Senden Sie eine kleinere Nachricht oder lassen Sie den Administrator des Servers die Grenze erhöhen (Postfix: message_size_limit)"}
	case "mailer_hint_unreachable":
		return &goi18n.Message{ID: "mailer_hint_unreachable", Other: "{{.Addr}} ist von diesem Rechner aus nicht erreichbar: Prüfen Sie Netzwerkroute und Firewall"}
	case "mailer_hint_untrusted":
		return &goi18n.Message{ID: "mailer_hint_untrusted", Other: "Das Zertifikat von {{.Host}} wurde von der Zertifizierungsstelle {{.Issuer}} ausgestellt, der dieser Rechner nicht vertraut: Setzen Sie tls_ca_file auf das Zertifikat von {{.Issuer}} (PEM)"}
	case "mailer_hint_untrusted_ca_file":
		return &goi18n.Message{ID: "mailer_hint_untrusted_ca_file", Other: "tls_ca_file ({{.CAFile}}) ist gesetzt, hat das Zertifikat von {{.Host}} aber nicht signiert (ausgestellt von {{.Issuer}}): Setzen Sie tls_ca_file auf das Zertifikat von {{.Issuer}} (PEM)"}
	case "mailer_limit_lines":
		return &goi18n.Message{ID: "mailer_limit_lines", One: "{{.Count}} Zeile", Other: "{{.Count}} Zeilen"}
	case "mailer_phrase_auth":
		return &goi18n.Message{ID: "mailer_phrase_auth", Other: "Anmeldung (AUTH)"}
	case "mailer_phrase_connect":
		return &goi18n.Message{ID: "mailer_phrase_connect", Other: "Verbindungsaufbau"}
	case "mailer_phrase_data":
		return &goi18n.Message{ID: "mailer_phrase_data", Other: "Nachricht (DATA)"}
	case "mailer_phrase_ehlo":
		return &goi18n.Message{ID: "mailer_phrase_ehlo", Other: "EHLO"}
	case "mailer_phrase_greeting":
		return &goi18n.Message{ID: "mailer_phrase_greeting", Other: "Begrüßung"}
	case "mailer_phrase_its_issuer":
		return &goi18n.Message{ID: "mailer_phrase_its_issuer", Other: "seinem Aussteller"}
	case "mailer_phrase_mail":
		return &goi18n.Message{ID: "mailer_phrase_mail", Other: "Absender (MAIL FROM)"}
	case "mailer_phrase_other":
		return &goi18n.Message{ID: "mailer_phrase_other", Other: "{{.Step}}"}
	case "mailer_phrase_provider_google":
		return &goi18n.Message{ID: "mailer_phrase_provider_google", Other: "Google"}
	case "mailer_phrase_provider_microsoft":
		return &goi18n.Message{ID: "mailer_phrase_provider_microsoft", Other: "Microsoft Entra (Mandant {{.Tenant}})"}
	case "mailer_phrase_provider_other":
		return &goi18n.Message{ID: "mailer_phrase_provider_other", Other: "der OAuth-Server"}
	case "mailer_phrase_quit":
		return &goi18n.Message{ID: "mailer_phrase_quit", Other: "QUIT"}
	case "mailer_phrase_rcpt":
		return &goi18n.Message{ID: "mailer_phrase_rcpt", Other: "Empfänger (RCPT TO)"}
	case "mailer_phrase_resolve":
		return &goi18n.Message{ID: "mailer_phrase_resolve", Other: "DNS-Abfrage"}
	case "mailer_phrase_settings":
		return &goi18n.Message{ID: "mailer_phrase_settings", Other: "Prüfung der Einstellungen"}
	case "mailer_phrase_starttls":
		return &goi18n.Message{ID: "mailer_phrase_starttls", Other: "STARTTLS"}
	case "mailer_phrase_this_login":
		return &goi18n.Message{ID: "mailer_phrase_this_login", Other: "diese Anmeldung"}
	case "mailer_phrase_tls":
		return &goi18n.Message{ID: "mailer_phrase_tls", Other: "TLS-Handshake"}
	case "mailer_phrase_token":
		return &goi18n.Message{ID: "mailer_phrase_token", Other: "Abruf des OAuth-2.0-Tokens"}
	case "mailer_probe_none":
		return &goi18n.Message{ID: "mailer_probe_none", Other: "Auf {{.Host}} hat an den Ports {{.Ports}} und {{.Last}} kein SMTP-Server geantwortet"}
	case "mailer_probe_plain":
		return &goi18n.Message{ID: "mailer_probe_plain", Other: "Nur unverschlüsseltes SMTP hat geantwortet (Port {{.Port}}, kein STARTTLS): E-Mails gingen unverschlüsselt über das Netz"}
	case "mailer_probe_starttls_trusted":
		return &goi18n.Message{ID: "mailer_probe_starttls_trusted", Other: "Port {{.Port}} bietet STARTTLS mit vertrauenswürdigem Zertifikat an"}
	case "mailer_probe_starttls_untrusted":
		return &goi18n.Message{ID: "mailer_probe_starttls_untrusted", Other: "Port {{.Port}} bietet STARTTLS an, aber seinem Zertifikat wird hier nicht vertraut: Setzen Sie tls_ca_file"}
	case "mailer_probe_tls_trusted":
		return &goi18n.Message{ID: "mailer_probe_tls_trusted", Other: "Port {{.Port}} spricht TLS ab dem ersten Byte, mit vertrauenswürdigem Zertifikat"}
	case "mailer_probe_tls_untrusted":
		return &goi18n.Message{ID: "mailer_probe_tls_untrusted", Other: "Port {{.Port}} spricht TLS, aber seinem Zertifikat wird hier nicht vertraut: Setzen Sie tls_ca_file"}
	case "mailer_reason_insecure":
		return &goi18n.Message{ID: "mailer_reason_insecure", Other: "das Kennwort wird nicht über eine unverschlüsselte Verbindung gesendet"}
	case "mailer_reason_no_auth":
		return &goi18n.Message{ID: "mailer_reason_no_auth", Other: "auth {{.Auth}} ist gesetzt, aber der Server bietet kein AUTH an"}
	case "mailer_reason_no_oauth":
		return &goi18n.Message{ID: "mailer_reason_no_oauth", Other: "der Server bietet kein OAuth-2.0-Verfahren an (XOAUTH2 oder OAUTHBEARER)"}
	case "mailer_reason_none_supported":
		return &goi18n.Message{ID: "mailer_reason_none_supported", Other: "keines der angebotenen Verfahren wird unterstützt"}
	case "mailer_reason_not_offered":
		return &goi18n.Message{ID: "mailer_reason_not_offered", Other: "auth {{.Auth}} wird nicht angeboten"}
	case "mailer_reason_token_insecure":
		return &goi18n.Message{ID: "mailer_reason_token_insecure", Other: "das OAuth-Token wird nicht über eine unverschlüsselte Verbindung gesendet"}
	case "mailer_test_body":
		return &goi18n.Message{ID: "mailer_test_body", Other: "Dies ist eine Test-E-Mail von smtpconf.\n\nWenn Sie sie lesen können, funktionieren die E-Mail-Einstellungen auf {{.Host}}.\n\nGesendet:      {{.Sent}}\nVon Rechner:   {{.Host}}\nSMTP-Server:   {{.Server}}\nSicherheit:    {{.Security}}\nAnmeldung:     {{.Login}}\n"}
	case "mailer_test_implicit_tls":
		return &goi18n.Message{ID: "mailer_test_implicit_tls", Other: "implizites TLS"}
	case "mailer_test_login_none":
		return &goi18n.Message{ID: "mailer_test_login_none", Other: "keine"}
	case "mailer_test_security_none":
		return &goi18n.Message{ID: "mailer_test_security_none", Other: "keine (Klartext)"}
	case "mailer_test_subject":
		return &goi18n.Message{ID: "mailer_test_subject", Other: "smtpconf-Test-E-Mail von {{.Host}}"}
	case "mailer_title_check_addresses":
		return &goi18n.Message{ID: "mailer_title_check_addresses", Other: "Adressen prüfen"}
	case "mailer_title_compose":
		return &goi18n.Message{ID: "mailer_title_compose", Other: "Nachricht zusammenstellen"}
	case "mailer_title_connect":
		return &goi18n.Message{ID: "mailer_title_connect", Other: "Verbindung zu {{.Addr}} aufbauen"}
	case "mailer_title_data":
		return &goi18n.Message{ID: "mailer_title_data", Other: "Nachricht senden"}
	case "mailer_title_ehlo_tls":
		return &goi18n.Message{ID: "mailer_title_ehlo_tls", Other: "EHLO erneut, über TLS"}
	case "mailer_title_greeting":
		return &goi18n.Message{ID: "mailer_title_greeting", Other: "Begrüßung des Servers"}
	case "mailer_title_login":
		return &goi18n.Message{ID: "mailer_title_login", Other: "Als {{.User}} anmelden"}
	case "mailer_title_login_none":
		return &goi18n.Message{ID: "mailer_title_login_none", Other: "Anmelden"}
	case "mailer_title_read_password":
		return &goi18n.Message{ID: "mailer_title_read_password", Other: "Kennwort lesen"}
	case "mailer_title_read_token_secret":
		return &goi18n.Message{ID: "mailer_title_read_token_secret", Other: "OAuth-Client-Secret oder Refresh-Token lesen"}
	case "mailer_title_resolve":
		return &goi18n.Message{ID: "mailer_title_resolve", Other: "{{.Host}} im DNS nachschlagen"}
	case "mailer_title_rset_quit":
		return &goi18n.Message{ID: "mailer_title_rset_quit", Other: "RSET und QUIT (es wird nichts gesendet)"}
	case "mailer_title_settings":
		return &goi18n.Message{ID: "mailer_title_settings", Other: "Einstellungen prüfen"}
	case "mailer_title_tls":
		return &goi18n.Message{ID: "mailer_title_tls", Other: "TLS-Handshake (smtps)"}
	case "mailer_title_token":
		return &goi18n.Message{ID: "mailer_title_token", Other: "OAuth-2.0-Token abrufen ({{.Source}})"}
	case "mailer_transcript_tls":
		return &goi18n.Message{ID: "mailer_transcript_tls", Other: "TLS: {{.Version}}, {{.Cipher}}, Zertifikat für {{.Subject}}, ausgestellt von {{.Issuer}}"}
	case "mailer_warn_auth_auto_second":
		return &goi18n.Message{ID: "mailer_warn_auth_auto_second", Other: "auth auto: Der Server hat {{.Refused}} abgelehnt ({{.Err}}), aber {{.Mech}} angenommen: Setzen Sie auth = {{.Auth}}, damit die Anmeldung beim ersten Versuch gelingt"}
	case "mailer_warn_cert_expired":
		return &goi18n.Message{ID: "mailer_warn_cert_expired", Other: "Das Zertifikat von {{.Host}} ist am {{.Date}} abgelaufen"}
	case "mailer_warn_cert_expires":
		return &goi18n.Message{ID: "mailer_warn_cert_expires", One: "Das Zertifikat von {{.Host}} läuft in {{.Count}} Tag ab ({{.Date}})", Other: "Das Zertifikat von {{.Host}} läuft in {{.Count}} Tagen ab ({{.Date}})"}
	case "mailer_warn_not_encrypted":
		return &goi18n.Message{ID: "mailer_warn_not_encrypted", Other: "Die Verbindung ist nicht verschlüsselt (starttls ist aus): E-Mails und Kennwörter gehen im Klartext über das Netz"}
	case "mailer_warn_not_loopback":
		return &goi18n.Message{ID: "mailer_warn_not_loopback", Other: "{{.Host}} ist ein Name für diesen Rechner, führte aber zu {{.Remote}}, das es nicht ist: Das Kennwort wurde nicht ohne TLS gesendet"}
	case "mailer_warn_over_size":
		return &goi18n.Message{ID: "mailer_warn_over_size", Other: "Die Test-E-Mail ({{.Size}} Bytes) ist größer als die {{.Limit}} Bytes, die der Server annimmt (SIZE): Sie würde abgelehnt"}
	case "mailer_warn_quit":
		return &goi18n.Message{ID: "mailer_warn_quit", Other: "Der Server hat die Sitzung nicht sauber beendet: {{.Err}}"}
	case "mailer_warn_skip_verify":
		return &goi18n.Message{ID: "mailer_warn_skip_verify", Other: "tls_skip_verify ist an: Das Zertifikat des Servers wurde nicht geprüft, jeder auf dem Weg könnte Kennwort und E-Mails mitlesen"}
	case "mailercompose_failed":
		return &goi18n.Message{ID: "mailercompose_failed", Other: "Die Nachricht konnte nicht zusammengestellt werden: {{.Err}}"}
	case "oauth_err_bad_flow":
		return &goi18n.Message{ID: "oauth_err_bad_flow", Other: "oauth2_flow „{{.Flow}}“ ist kein bekannter Ablauf"}
	case "oauth_err_bad_provider":
		return &goi18n.Message{ID: "oauth_err_bad_provider", Other: "oauth2_provider „{{.Provider}}“ ist kein bekannter Anbieter"}
	case "oauth_err_declined":
		return &goi18n.Message{ID: "oauth_err_declined", Other: "die Anmeldung wurde abgelehnt"}
	case "oauth_err_device_code_expired":
		return &goi18n.Message{ID: "oauth_err_device_code_expired", Other: "der Gerätecode ist abgelaufen, bevor die Anmeldung abgeschlossen war"}
	case "oauth_err_encode_token_file":
		return &goi18n.Message{ID: "oauth_err_encode_token_file", Other: "Token-Datei kodieren: {{.Err}}"}
	case "oauth_err_https_only":
		return &goi18n.Message{ID: "oauth_err_https_only", Other: "{{.URL}} abgelehnt: OAuth-Anfragen gehen nur über https (http nur zu diesem Rechner)"}
	case "oauth_err_no_access_token":
		return &goi18n.Message{ID: "oauth_err_no_access_token", Other: "der Token-Endpunkt hat ohne Access-Token geantwortet"}
	case "oauth_err_no_refresh_token":
		return &goi18n.Message{ID: "oauth_err_no_refresh_token", Other: "der Anbieter hat kein Refresh-Token geliefert"}
	case "oauth_err_no_token_file":
		return &goi18n.Message{ID: "oauth_err_no_token_file", Other: "keine Token-Datei, in der die Anmeldung gespeichert werden kann"}
	case "oauth_err_not_regular_file":
		return &goi18n.Message{ID: "oauth_err_not_regular_file", Other: "keine reguläre Datei"}
	case "oauth_err_not_signed_in":
		return &goi18n.Message{ID: "oauth_err_not_signed_in", Other: "nicht angemeldet: kein Refresh-Token in der Token-Datei"}
	case "oauth_err_not_signed_in_because":
		return &goi18n.Message{ID: "oauth_err_not_signed_in_because", Other: "{{.Err}} ({{.Why}})"}
	case "oauth_err_read_token_file":
		return &goi18n.Message{ID: "oauth_err_read_token_file", Other: "Token-Datei lesen: {{.Err}}"}
	case "oauth_err_read_token_file_named":
		return &goi18n.Message{ID: "oauth_err_read_token_file_named", Other: "Token-Datei {{.File}} lesen: {{.Err}}"}
	case "oauth_err_service_account_file":
		return &goi18n.Message{ID: "oauth_err_service_account_file", Other: "oauth2_service_account_file: {{.Err}}"}
	case "oauth_why_no_refresh_token":
		return &goi18n.Message{ID: "oauth_why_no_refresh_token", Other: "{{.File}} enthält kein Refresh-Token"}
	case "oauth_why_no_such_file":
		return &goi18n.Message{ID: "oauth_why_no_such_file", Other: "{{.File}} existiert nicht"}
	case "oauth_why_no_token_file":
		return &goi18n.Message{ID: "oauth_why_no_token_file", Other: "keine Token-Datei angegeben"}
	case "oauth_why_other_identity":
		return &goi18n.Message{ID: "oauth_why_other_identity", Other: "{{.File}} gilt für Client {{.GotClient}} und Postfach {{.GotMailbox}}, die Einstellungen nennen Client {{.Client}} und Postfach {{.Mailbox}}"}
	case "serve_channel_refused":
		return &goi18n.Message{ID: "serve_channel_refused", Other: "smtpconf serve bietet nur das Einstellungsformular an"}
	case "serve_err_accept":
		return &goi18n.Message{ID: "serve_err_accept", Other: "serve: Verbindungen können nicht angenommen werden: {{.Err}}"}
	case "serve_err_authorized_keys":
		return &goi18n.Message{ID: "serve_err_authorized_keys", Other: "Datei authorized_keys: {{.Err}}"}
	case "serve_err_disconnected":
		return &goi18n.Message{ID: "serve_err_disconnected", Other: "die Verbindung wurde getrennt"}
	case "serve_err_form":
		return &goi18n.Message{ID: "serve_err_form", Other: "Formular: {{.Err}}"}
	case "serve_err_host_key":
		return &goi18n.Message{ID: "serve_err_host_key", Other: "Host-Schlüssel: {{.Err}}"}
	case "serve_err_host_key_dir":
		return &goi18n.Message{ID: "serve_err_host_key_dir", Other: "Verzeichnis für den Host-Schlüssel kann nicht angelegt werden: {{.Err}}"}
	case "serve_err_host_key_encode":
		return &goi18n.Message{ID: "serve_err_host_key_encode", Other: "Host-Schlüssel kann nicht kodiert werden: {{.Err}}"}
	case "serve_err_host_key_generate":
		return &goi18n.Message{ID: "serve_err_host_key_generate", Other: "Host-Schlüssel kann nicht erzeugt werden: {{.Err}}"}
	case "serve_err_host_key_invalid":
		return &goi18n.Message{ID: "serve_err_host_key_invalid", Other: "Host-Schlüssel {{.Path}}: {{.Err}}"}
	case "serve_err_host_key_readable":
		return &goi18n.Message{ID: "serve_err_host_key_readable", Other: "Host-Schlüssel {{.Path}} ist für andere lesbar (Modus {{.Mode}}): Führen Sie chmod 600 {{.Path}} aus"}
	case "serve_err_host_key_write":
		return &goi18n.Message{ID: "serve_err_host_key_write", Other: "Host-Schlüssel kann nicht geschrieben werden: {{.Err}}"}
	case "serve_err_idle":
		return &goi18n.Message{ID: "serve_err_idle", Other: "zu lange keine Eingabe (Leerlauf-Zeitlimit)"}
	case "serve_err_internal":
		return &goi18n.Message{ID: "serve_err_internal", Other: "interner Fehler (Einzelheiten im Log des Servers)"}
	case "serve_err_key_not_allowed":
		return &goi18n.Message{ID: "serve_err_key_not_allowed", Other: "Ihr Schlüssel ist nicht mehr zugelassen: {{.Err}}"}
	case "serve_err_key_removed":
		return &goi18n.Message{ID: "serve_err_key_removed", Other: "Ihr Schlüssel wurde aus authorized_keys entfernt"}
	case "serve_err_key_unchecked":
		return &goi18n.Message{ID: "serve_err_key_unchecked", Other: "Ihr Schlüssel kann nicht geprüft werden ({{.Err}}): nicht gespeichert"}
	case "serve_err_no_authorized_keys_path":
		return &goi18n.Message{ID: "serve_err_no_authorized_keys_path", Other: "serve: Ein Pfad für die Datei authorized_keys ist erforderlich"}
	case "serve_err_no_config_path":
		return &goi18n.Message{ID: "serve_err_no_config_path", Other: "serve: Ein Pfad für die Konfigurationsdatei ist erforderlich"}
	case "serve_err_no_host_key_path":
		return &goi18n.Message{ID: "serve_err_no_host_key_path", Other: "serve: Ein Pfad für den Host-Schlüssel ist erforderlich"}
	case "serve_err_read_host_key":
		return &goi18n.Message{ID: "serve_err_read_host_key", Other: "Host-Schlüssel kann nicht gelesen werden: {{.Err}}"}
	case "serve_err_setup":
		return &goi18n.Message{ID: "serve_err_setup", Other: "serve: {{.Err}}"}
	case "serve_err_shutting_down":
		return &goi18n.Message{ID: "serve_err_shutting_down", Other: "der Server wird beendet"}
	case "serve_err_start_form":
		return &goi18n.Message{ID: "serve_err_start_form", Other: "Das Formular kann nicht starten: {{.Err}}"}
	case "serve_err_too_large":
		return &goi18n.Message{ID: "serve_err_too_large", Other: "{{.Path}} ist größer als {{.Limit}} Byte"}
	case "serve_notice_idle":
		return &goi18n.Message{ID: "serve_notice_idle", Other: "Inaktiv: Die Sitzung endet in {{.Time}}, falls Sie keine Taste drücken"}
	case "serve_notice_stop_now":
		return &goi18n.Message{ID: "serve_notice_stop_now", Other: "Der Server wird beendet: Bitte speichern Sie jetzt"}
	case "serve_notice_stopping":
		return &goi18n.Message{ID: "serve_notice_stopping", Other: "Der Server wird beendet: Bitte speichern Sie innerhalb von {{.Time}}"}
	case "serve_refused_command":
		return &goi18n.Message{ID: "serve_refused_command", Other: "smtpconf serve führt keine Befehle aus, nur das Einstellungsformular: Verbinden Sie sich ohne Befehl: {{.Command}}"}
	case "serve_refused_key_gone":
		return &goi18n.Message{ID: "serve_refused_key_gone", Other: "smtpconf serve: Ihr Schlüssel ist nicht mehr berechtigt"}
	case "serve_refused_no_pty":
		return &goi18n.Message{ID: "serve_refused_no_pty", Other: "smtpconf serve braucht ein interaktives Terminal: {{.Command}}"}
	case "serve_refused_public_keys_only":
		return &goi18n.Message{ID: "serve_refused_public_keys_only", Other: "smtpconf serve: nur Anmeldung mit öffentlichem Schlüssel"}
	case "serve_rule_command":
		return &goi18n.Message{ID: "serve_rule_command", Other: "der Schlüssel hat command= in authorized_keys (sshd führt damit nur diesen Befehl aus, also kein Formular)"}
	case "serve_rule_expired":
		return &goi18n.Message{ID: "serve_rule_expired", Other: "der Schlüssel ist abgelaufen (expiry-time in authorized_keys)"}
	case "serve_rule_from":
		return &goi18n.Message{ID: "serve_rule_from", Other: "die Adresse des Clients ist durch from= in authorized_keys nicht zugelassen"}
	case "serve_rule_no_pty":
		return &goi18n.Message{ID: "serve_rule_no_pty", Other: "der Schlüssel hat no-pty oder restrict ohne pty in authorized_keys (das Formular braucht ein Terminal)"}
	case "serve_session_closed":
		return &goi18n.Message{ID: "serve_session_closed", Other: "smtpconf serve: Sitzung beendet: {{.Reason}}"}
	case "tuiaccess_already_signed_in":
		return &goi18n.Message{ID: "tuiaccess_already_signed_in", Other: "Bereits angemeldet für {{.Username}}."}
	case "tuiaccess_cancelled_nothing_filled":
		return &goi18n.Message{ID: "tuiaccess_cancelled_nothing_filled", Other: "Abgebrochen; es wurde nichts eingetragen."}
	case "tuiaccess_choice_title":
		return &goi18n.Message{ID: "tuiaccess_choice_title", Other: "{{.Label}} (jetzt {{.Now}}; Eingabetaste behält den Wert)"}
	case "tuiaccess_choose_invalid":
		return &goi18n.Message{ID: "tuiaccess_choose_invalid", Other: "Ungültig: Bitte eine Zahl zwischen 1 und {{.Last}} eingeben"}
	case "tuiaccess_choose_invalid_one":
		return &goi18n.Message{ID: "tuiaccess_choose_invalid_one", Other: "Ungültig: Bitte 1 eingeben"}
	case "tuiaccess_choose_number":
		return &goi18n.Message{ID: "tuiaccess_choose_number", Other: "Geben Sie eine Zahl zwischen 1 und {{.Last}} ein: "}
	case "tuiaccess_choose_only_one":
		return &goi18n.Message{ID: "tuiaccess_choose_only_one", Other: "Es gibt nur eine Möglichkeit; geben Sie die Zahl 1 ein:"}
	case "tuiaccess_code_expires":
		return &goi18n.Message{ID: "tuiaccess_code_expires", Other: "Der Code läuft um {{.At}} ab (in {{.In}}). Warten auf die Anmeldung …"}
	case "tuiaccess_conflict_keep":
		return &goi18n.Message{ID: "tuiaccess_conflict_keep", Other: "Meine Einstellungen behalten (Speichern fragt erneut)"}
	case "tuiaccess_conflict_reapply":
		return &goi18n.Message{ID: "tuiaccess_conflict_reapply", Other: "Neu laden und meine Änderungen erneut anwenden (wo beide eine Einstellung geändert haben, bleibt der andere Wert)"}
	case "tuiaccess_conflict_reload":
		return &goi18n.Message{ID: "tuiaccess_conflict_reload", Other: "Neu laden und meine Änderungen verwerfen"}
	case "tuiaccess_conflict_title":
		return &goi18n.Message{ID: "tuiaccess_conflict_title", Other: "Wie geht es weiter? (Eingabetaste: neu laden und Ihre Änderungen erneut anwenden)"}
	case "tuiaccess_detect_ask":
		return &goi18n.Message{ID: "tuiaccess_detect_ask", Other: "Server {{.Host}} nach Ports und Verschlüsselung abfragen?"}
	case "tuiaccess_detect_filled":
		return &goi18n.Message{ID: "tuiaccess_detect_filled", Other: "Eingetragen, was {{.Host}} anbietet: {{.Settings}}."}
	case "tuiaccess_detect_stopped":
		return &goi18n.Message{ID: "tuiaccess_detect_stopped", Other: "Serverabfrage: {{.Err}}"}
	case "tuiaccess_detect_use":
		return &goi18n.Message{ID: "tuiaccess_detect_use", Other: "Diese Einstellungen übernehmen?"}
	case "tuiaccess_discover_ask":
		return &goi18n.Message{ID: "tuiaccess_discover_ask", Other: "Nach dem Mailserver von {{.Sender}} suchen?"}
	case "tuiaccess_discover_filled":
		return &goi18n.Message{ID: "tuiaccess_discover_filled", Other: "{{.Found}} eingetragen; die nächsten Fragen schlagen die Werte vor, die Eingabetaste übernimmt sie."}
	case "tuiaccess_discover_found":
		return &goi18n.Message{ID: "tuiaccess_discover_found", Other: "Gefunden (Eingabetaste: der erste Eintrag)"}
	case "tuiaccess_discover_looking":
		return &goi18n.Message{ID: "tuiaccess_discover_looking", Other: "Suche nach dem Mailserver von {{.Domain}} …"}
	case "tuiaccess_discover_note":
		return &goi18n.Message{ID: "tuiaccess_discover_note", Other: "Hinweis: {{.Note}}"}
	case "tuiaccess_discover_nothing":
		return &goi18n.Message{ID: "tuiaccess_discover_nothing", Other: "Keine Antwort: Geben Sie den Server in den nächsten Schritten selbst ein."}
	case "tuiaccess_discover_own":
		return &goi18n.Message{ID: "tuiaccess_discover_own", Other: "Server selbst eingeben"}
	case "tuiaccess_discover_stopped":
		return &goi18n.Message{ID: "tuiaccess_discover_stopped", Other: "Suche: {{.Err}}"}
	case "tuiaccess_input_default_title":
		return &goi18n.Message{ID: "tuiaccess_input_default_title", Other: "{{.Label}} (Eingabetaste für {{.Default}}):"}
	case "tuiaccess_input_empty_title":
		return &goi18n.Message{ID: "tuiaccess_input_empty_title", Other: "{{.Label}} (Eingabetaste lässt das Feld leer):"}
	case "tuiaccess_input_ended":
		return &goi18n.Message{ID: "tuiaccess_input_ended", Other: "die Eingabe endete, bevor alle Fragen beantwortet waren"}
	case "tuiaccess_input_now_title":
		return &goi18n.Message{ID: "tuiaccess_input_now_title", Other: "{{.Label}} (jetzt {{.Now}}; Eingabetaste behält den Wert, - leert das Feld):"}
	case "tuiaccess_interrupt_quit":
		return &goi18n.Message{ID: "tuiaccess_interrupt_quit", Other: "Beenden und Ihre Änderungen an {{.Labels}} verwerfen?"}
	case "tuiaccess_interrupted":
		return &goi18n.Message{ID: "tuiaccess_interrupted", Other: "unterbrochen"}
	case "tuiaccess_menu_check":
		return &goi18n.Message{ID: "tuiaccess_menu_check", Other: "Verbindung prüfen (stellt nichts zu)"}
	case "tuiaccess_menu_edit":
		return &goi18n.Message{ID: "tuiaccess_menu_edit", Other: "Einstellungen erneut bearbeiten"}
	case "tuiaccess_menu_quit":
		return &goi18n.Message{ID: "tuiaccess_menu_quit", Other: "Beenden"}
	case "tuiaccess_menu_quit_sure":
		return &goi18n.Message{ID: "tuiaccess_menu_quit_sure", Other: "Beenden, ohne Ihre Änderungen zu speichern?"}
	case "tuiaccess_menu_quit_unsaved":
		return &goi18n.Message{ID: "tuiaccess_menu_quit_unsaved", Other: "Ohne Speichern beenden"}
	case "tuiaccess_menu_save":
		return &goi18n.Message{ID: "tuiaccess_menu_save", Other: "In {{.Path}} speichern"}
	case "tuiaccess_menu_sign_in":
		return &goi18n.Message{ID: "tuiaccess_menu_sign_in", Other: "Bei {{.Provider}} anmelden (Gerätecode)"}
	case "tuiaccess_menu_title":
		return &goi18n.Message{ID: "tuiaccess_menu_title", Other: "Wie geht es weiter? (Eingabetaste: {{.Default}})"}
	case "tuiaccess_no_words":
		return &goi18n.Message{ID: "tuiaccess_no_words", Other: "n,nein"}
	case "tuiaccess_prompt_failed":
		return &goi18n.Message{ID: "tuiaccess_prompt_failed", Other: "Eingabe: {{.Err}}"}
	case "tuiaccess_secret_saved_title":
		return &goi18n.Message{ID: "tuiaccess_secret_saved_title", Other: "{{.Label}} (gespeichert; Eingabetaste behält es bei):"}
	case "tuiaccess_secret_title":
		return &goi18n.Message{ID: "tuiaccess_secret_title", Other: "{{.Label}}:"}
	case "tuiaccess_show_transcript":
		return &goi18n.Message{ID: "tuiaccess_show_transcript", Other: "SMTP-Dialog anzeigen (Kennwörter verborgen)?"}
	case "tuiaccess_signing_in":
		return &goi18n.Message{ID: "tuiaccess_signing_in", Other: "Anmeldung bei {{.Provider}} (Gerätecode) …"}
	case "tuiaccess_start_fresh":
		return &goi18n.Message{ID: "tuiaccess_start_fresh", Other: "Neu beginnen in {{.Path}}? Die fehlerhafte Datei bleibt, wie sie ist."}
	case "tuiaccess_testing_saved":
		return &goi18n.Message{ID: "tuiaccess_testing_saved", Other: "Gespeicherte Einstellungen testen. Server: {{.Server}}"}
	case "tuiaccess_testing_unsaved":
		return &goi18n.Message{ID: "tuiaccess_testing_unsaved", Other: "Einstellungen im Formular testen (noch nicht gespeichert). Server: {{.Server}}"}
	case "tuiaccess_toggle_title":
		return &goi18n.Message{ID: "tuiaccess_toggle_title", Other: "{{.Label}}?"}
	case "tuiaccess_what_to_do":
		return &goi18n.Message{ID: "tuiaccess_what_to_do", Other: "Was Sie tun können: {{.Hint}}"}
	case "tuiaccess_yes_no_default_no":
		return &goi18n.Message{ID: "tuiaccess_yes_no_default_no", Other: "[j/N]"}
	case "tuiaccess_yes_no_default_yes":
		return &goi18n.Message{ID: "tuiaccess_yes_no_default_yes", Other: "[J/n]"}
	case "tuiaccess_yes_no_invalid":
		return &goi18n.Message{ID: "tuiaccess_yes_no_invalid", Other: "Bitte mit j (ja) oder n (nein) antworten."}
	case "tuiaccess_yes_words":
		return &goi18n.Message{ID: "tuiaccess_yes_words", Other: "j,ja"}
	case "tuiform_advice_auth_none_unused":
		return &goi18n.Message{ID: "tuiform_advice_auth_none_unused", Other: "„{{.Label}}“ ist „{{.AuthNone}}“, daher werden „{{.LUsername}}“ und „{{.LPassword}}“ nicht verwendet: Wählen Sie „{{.AuthAuto}}“, um sich anzumelden"}
	case "tuiform_advice_ca_file_unused":
		return &goi18n.Message{ID: "tuiform_advice_ca_file_unused", Other: "„{{.Label}}“ wird nicht verwendet, solange „{{.LTlsSkipVerify}}“ eingeschaltet ist: Schalten Sie „{{.LTlsSkipVerify}}“ aus, damit die CA-Datei geprüft wird"}
	case "tuiform_advice_host_port":
		return &goi18n.Message{ID: "tuiform_advice_host_port", Other: "„{{.Label}}“: „{{.Value}}“ enthält einen Port: Geben Sie hier {{.Host}} und bei „{{.LPort}}“ {{.Port}} ein"}
	case "tuiform_advice_in_clear_password":
		return &goi18n.Message{ID: "tuiform_advice_in_clear_password", Other: "„{{.Label}}“: Das Kennwort ginge unverschlüsselt über das Netz: Schalten Sie „{{.LStarttls}}“ ein, wählen Sie {{.LProtocol}} „SMTPS“ oder schalten Sie „{{.LAllowInsecureAuth}}“ ein (oder wählen Sie CRAM-MD5, das das Kennwort nie sendet, sofern der Server es anbietet)"}
	case "tuiform_advice_in_clear_token":
		return &goi18n.Message{ID: "tuiform_advice_in_clear_token", Other: "„{{.Label}}“: Das Token ginge unverschlüsselt über das Netz: Schalten Sie „{{.LStarttls}}“ ein, wählen Sie {{.LProtocol}} „SMTPS“ oder schalten Sie „{{.LAllowInsecureAuth}}“ ein"}
	case "tuiform_advice_m365_password":
		return &goi18n.Message{ID: "tuiform_advice_m365_password", Other: "„{{.Label}}“ ist „{{.AuthLabel}}“: Microsoft 365 schaltet die Anmeldung mit Kennwort für SMTP Ende Dezember 2026 ab (MC786329): Wählen Sie „XOAUTH2“ mit {{.LOauth2Provider}} „Microsoft 365“ (README: Microsoft 365 and Google)"}
	case "tuiform_advice_oauth_client_id_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_client_id_missing", Other: "„{{.Label}}“ ist nicht gesetzt, aber {{.LOauth2Flow}} „{{.FlowLabel}}“ braucht eine: Geben Sie die Anwendungs-ID (Client-ID) der beim Anbieter registrierten App ein"}
	case "tuiform_advice_oauth_client_secret_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_client_secret_missing", Other: "„{{.Label}}“ ist nicht gesetzt, aber dieser Ablauf braucht das Client-Geheimnis: Geben Sie es ein (oder setzen Sie oauth2_client_secret_env oder oauth2_client_secret_command in der Datei)"}
	case "tuiform_advice_oauth_password_unused":
		return &goi18n.Message{ID: "tuiform_advice_oauth_password_unused", Other: "„{{.Label}}“ wird nicht verwendet: {{.LAuth}} „{{.AuthLabel}}“ meldet sich mit einem OAuth-2.0-Token an, nicht mit einem Kennwort: Leeren Sie „{{.Label}}“"}
	case "tuiform_advice_oauth_refresh_token_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_refresh_token_missing", Other: "„{{.Label}}“ ist nicht gesetzt, aber dieser Ablauf braucht das Refresh-Token: Geben Sie „{{.LOauth2RefreshTokenEnv}}“ oder „{{.LOauth2RefreshTokenCommand}}“ an"}
	case "tuiform_advice_oauth_tenant_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_tenant_missing", Other: "„{{.Label}}“ ist nicht gesetzt, aber {{.LOauth2Provider}} „Microsoft 365“ braucht den Namen oder die ID des Mandanten, z. B. example.onmicrosoft.com (Entra Admin Center → Übersicht → Mandanten-ID)"}
	case "tuiform_advice_oauth_unused":
		return &goi18n.Message{ID: "tuiform_advice_oauth_unused", Other: "„{{.Label}}“: Die OAuth-2.0-Einstellungen werden mit {{.LAuth}} „{{.AuthLabel}}“ nicht verwendet: Wählen Sie „XOAUTH2“ (oder „{{.AuthAuto}}“ mit „{{.LOauth2Provider}}“), um sich mit OAuth 2.0 anzumelden, oder entfernen Sie sie aus der Datei"}
	case "tuiform_advice_oauth_username_missing":
		return &goi18n.Message{ID: "tuiform_advice_oauth_username_missing", Other: "„{{.Label}}“ ist nicht gesetzt, aber {{.LAuth}} „{{.AuthLabel}}“ braucht das Postfach, für das das Token gilt: Geben Sie die Adresse des Postfachs ein"}
	case "tuiform_advice_password_missing":
		return &goi18n.Message{ID: "tuiform_advice_password_missing", Other: "„{{.Label}}“ ist nicht gesetzt, aber {{.LAuth}} „{{.AuthLabel}}“ braucht ein Kennwort: Geben Sie es ein (oder setzen Sie password_env oder password_command in der Datei)"}
	case "tuiform_advice_port_465_smtp":
		return &goi18n.Message{ID: "tuiform_advice_port_465_smtp", Other: "„{{.Label}}“: Port 465 erwartet TLS von Anfang an: Wählen Sie {{.LProtocol}} „SMTPS“ oder Port 587 mit {{.LProtocol}} „SMTP“ und „{{.LStarttls}}“ eingeschaltet"}
	case "tuiform_advice_port_plain_smtps":
		return &goi18n.Message{ID: "tuiform_advice_port_plain_smtps", Other: "„{{.Label}}“: Port {{.Port}} spricht unverschlüsseltes SMTP, nicht TLS von Anfang an: Verwenden Sie Port 465 oder {{.LProtocol}} „SMTP“ mit „{{.LStarttls}}“ eingeschaltet"}
	case "tuiform_advice_skip_verify":
		return &goi18n.Message{ID: "tuiform_advice_skip_verify", Other: "„{{.Label}}“ ist eingeschaltet: Jedes Zertifikat wird angenommen, sodass sich jeder auf dem Netzweg als {{.Host}} ausgeben und E-Mails und Kennwort mitlesen kann: Vertrauen Sie stattdessen seiner CA mit „{{.LTlsCaFile}}“"}
	case "tuiform_advice_starttls_smtps":
		return &goi18n.Message{ID: "tuiform_advice_starttls_smtps", Other: "„{{.Label}}“ hat mit {{.LProtocol}} „SMTPS“ keine Wirkung, da die Verbindung vom ersten Byte an verschlüsselt ist: Schalten Sie „{{.Label}}“ aus"}
	case "tuiform_advice_username_missing":
		return &goi18n.Message{ID: "tuiform_advice_username_missing", Other: "„{{.Label}}“ ist nicht gesetzt, aber {{.LAuth}} „{{.AuthLabel}}“ braucht einen: Füllen Sie „{{.Label}}“ aus oder wählen Sie {{.LAuth}} „{{.AuthNone}}“, wenn der Server E-Mails ohne Anmeldung annimmt"}
	case "tuiform_auth_auto":
		return &goi18n.Message{ID: "tuiform_auth_auto", Other: "automatisch"}
	case "tuiform_auth_help":
		return &goi18n.Message{ID: "tuiform_auth_help", Other: "wie Sie sich anmelden: keine, automatisch (das Beste, was der Server anbietet), PLAIN, LOGIN, CRAM-MD5 oder XOAUTH2 oder OAUTHBEARER (OAuth 2.0)"}
	case "tuiform_auth_none":
		return &goi18n.Message{ID: "tuiform_auth_none", Other: "keine"}
	case "tuiform_default_goes_through":
		return &goi18n.Message{ID: "tuiform_default_goes_through", Other: "E-Mails gehen über {{.Server}}"}
	case "tuiform_default_goes_through_demo":
		return &goi18n.Message{ID: "tuiform_default_goes_through_demo", Other: "E-Mails gehen über den Demo-Server {{.Server}}"}
	case "tuiform_default_needs_sender":
		return &goi18n.Message{ID: "tuiform_default_needs_sender", Other: "Er hat keine eigene Absenderadresse, daher ist auch das Feld „{{.Label}}“ nötig."}
	case "tuiform_default_period":
		return &goi18n.Message{ID: "tuiform_default_period", Other: "{{.Through}}."}
	case "tuiform_default_sent_as":
		return &goi18n.Message{ID: "tuiform_default_sent_as", Other: "{{.Through}}, gesendet als {{.Sender}}."}
	case "tuiform_example":
		return &goi18n.Message{ID: "tuiform_example", Other: "z. B. {{.Value}}"}
	case "tuiform_flow_client_credentials":
		return &goi18n.Message{ID: "tuiform_flow_client_credentials", Other: "Anwendung meldet sich selbst an"}
	case "tuiform_flow_device_code":
		return &goi18n.Message{ID: "tuiform_flow_device_code", Other: "Admin meldet sich einmal an"}
	case "tuiform_flow_refresh_token":
		return &goi18n.Message{ID: "tuiform_flow_refresh_token", Other: "vorhandenes Refresh-Token"}
	case "tuiform_flow_service_account":
		return &goi18n.Message{ID: "tuiform_flow_service_account", Other: "Dienstkonto"}
	case "tuiform_join_and":
		return &goi18n.Message{ID: "tuiform_join_and", Other: "{{.List}} und {{.Last}}"}
	case "tuiform_keep_saved_client_secret":
		return &goi18n.Message{ID: "tuiform_keep_saved_client_secret", Other: "leer lassen, um das gespeicherte Client-Secret zu behalten"}
	case "tuiform_keep_saved_password":
		return &goi18n.Message{ID: "tuiform_keep_saved_password", Other: "leer lassen, um das gespeicherte Kennwort zu behalten"}
	case "tuiform_nothing_to_save":
		return &goi18n.Message{ID: "tuiform_nothing_to_save", Other: "Nichts zu speichern: {{.File}} enthält diese Einstellungen bereits."}
	case "tuiform_oauth2_flow_help":
		return &goi18n.Message{ID: "tuiform_oauth2_flow_help", Other: "wie das Token beschafft wird: Anwendung meldet sich selbst an (mit ihrem Client-Secret, für Server ohne Aufsicht), Admin meldet sich einmal an (mit einem Code, von hier aus), vorhandenes Refresh-Token (von anderswo) oder Dienstkonto (Google Workspace)"}
	case "tuiform_oauth2_provider_help":
		return &goi18n.Message{ID: "tuiform_oauth2_provider_help", Other: "wer das OAuth-2.0-Token ausstellt: Microsoft 365, Google (Workspace) oder anderer (ein beliebiger OAuth-2.0-Server: Geben Sie seine Token-URL an)"}
	case "tuiform_oauth2_scope_default":
		return &goi18n.Message{ID: "tuiform_oauth2_scope_default", Other: "Standard des Anbieters"}
	case "tuiform_page_more":
		return &goi18n.Message{ID: "tuiform_page_more", Other: "mehr"}
	case "tuiform_password_from_command":
		return &goi18n.Message{ID: "tuiform_password_from_command", Other: "ein Befehl"}
	case "tuiform_password_from_variable":
		return &goi18n.Message{ID: "tuiform_password_from_variable", Other: "eine Variable"}
	case "tuiform_password_source_help":
		return &goi18n.Message{ID: "tuiform_password_source_help", Other: "das Kennwort für die Anmeldung kommt {{.Source}} ({{.Sources}}, hier nicht bearbeitbar); ein hier eingegebenes Kennwort ersetzt das und wird in dieser Datei gespeichert"}
	case "tuiform_port_default":
		return &goi18n.Message{ID: "tuiform_port_default", Other: "{{.Port}} (Standard für {{.Protocol}})"}
	case "tuiform_protocol_best":
		return &goi18n.Message{ID: "tuiform_protocol_best", Other: "Empfohlen ist SMTPS (TLS ab dem ersten Byte); am zweitbesten ist SMTP mit erzwungenem STARTTLS."}
	case "tuiform_protocol_recommended":
		return &goi18n.Message{ID: "tuiform_protocol_recommended", Other: "Empfohlen: SMTPS oder SMTP mit erzwungenem STARTTLS, damit Kennwort und E-Mails verschlüsselt übertragen werden."}
	case "tuiform_relabel_choice":
		return &goi18n.Message{ID: "tuiform_relabel_choice", Other: "{{.Label}} „{{.Choice}}“"}
	case "tuiform_relabel_empty":
		return &goi18n.Message{ID: "tuiform_relabel_empty", Other: "„{{.Label}}“ leeren"}
	case "tuiform_relabel_key":
		return &goi18n.Message{ID: "tuiform_relabel_key", Other: "„{{.Label}}“"}
	case "tuiform_relabel_key_contexts":
		return &goi18n.Message{ID: "tuiform_relabel_key_contexts", Other: "Sie|mit|bei|von|und|in|oder|aber|als|ohne|für"}
	case "tuiform_relabel_off":
		return &goi18n.Message{ID: "tuiform_relabel_off", Other: "„{{.Label}}“ ausgeschaltet"}
	case "tuiform_relabel_on":
		return &goi18n.Message{ID: "tuiform_relabel_on", Other: "„{{.Label}}“ eingeschaltet"}
	case "tuiform_saved_client_secret":
		return &goi18n.Message{ID: "tuiform_saved_client_secret", Other: "dem gespeicherten Client-Secret"}
	case "tuiform_saved_password":
		return &goi18n.Message{ID: "tuiform_saved_password", Other: "dem gespeicherten Kennwort"}
	case "tuiform_signin_help":
		return &goi18n.Message{ID: "tuiform_signin_help", Other: "Kennwort oder OAuth 2.0 bei Microsoft 365 oder Google (trägt deren Server ein)"}
	case "tuiform_signin_label":
		return &goi18n.Message{ID: "tuiform_signin_label", Other: "Anmelden mit"}
	case "tuiform_signin_password":
		return &goi18n.Message{ID: "tuiform_signin_password", Other: "Kennwort"}
	case "tuiform_source_command":
		return &goi18n.Message{ID: "tuiform_source_command", Other: "dem Befehl `{{.Command}}`"}
	case "tuiform_source_from":
		return &goi18n.Message{ID: "tuiform_source_from", Other: "aus {{.Sources}}"}
	case "tuiform_summary_client_secret_kept":
		return &goi18n.Message{ID: "tuiform_summary_client_secret_kept", Other: "gespeichertes Client-Secret bleibt"}
	case "tuiform_summary_new_client_secret":
		return &goi18n.Message{ID: "tuiform_summary_new_client_secret", Other: "neues Client-Secret eingegeben"}
	case "tuiform_summary_new_client_secret_replaces":
		return &goi18n.Message{ID: "tuiform_summary_new_client_secret_replaces", Other: "neues Client-Secret eingegeben; ersetzt das Client-Secret {{.Source}}"}
	case "tuiform_summary_new_password":
		return &goi18n.Message{ID: "tuiform_summary_new_password", Other: "neues Kennwort eingegeben"}
	case "tuiform_summary_new_password_replaces":
		return &goi18n.Message{ID: "tuiform_summary_new_password_replaces", Other: "neues Kennwort eingegeben; ersetzt das Kennwort {{.Source}}"}
	case "tuiform_summary_no":
		return &goi18n.Message{ID: "tuiform_summary_no", Other: "nein"}
	case "tuiform_summary_none":
		return &goi18n.Message{ID: "tuiform_summary_none", Other: "keines"}
	case "tuiform_summary_password_kept":
		return &goi18n.Message{ID: "tuiform_summary_password_kept", Other: "gespeichertes Kennwort bleibt"}
	case "tuiform_summary_yes":
		return &goi18n.Message{ID: "tuiform_summary_yes", Other: "ja"}
	case "tuiform_timeout_default":
		return &goi18n.Message{ID: "tuiform_timeout_default", Other: "{{.Timeout}} (Standard)"}
	case "tuiform_use_default_label":
		return &goi18n.Message{ID: "tuiform_use_default_label", Other: "Standard-Mailserver der Plattform verwenden"}
	case "tuikeys_accept":
		return &goi18n.Message{ID: "tuikeys_accept", Other: "diese Einstellungen übernehmen"}
	case "tuikeys_all_keys":
		return &goi18n.Message{ID: "tuikeys_all_keys", Other: "alle Tasten"}
	case "tuikeys_back":
		return &goi18n.Message{ID: "tuikeys_back", Other: "zurück"}
	case "tuikeys_cancel":
		return &goi18n.Message{ID: "tuikeys_cancel", Other: "abbrechen"}
	case "tuikeys_choose":
		return &goi18n.Message{ID: "tuikeys_choose", Other: "auswählen"}
	case "tuikeys_close":
		return &goi18n.Message{ID: "tuikeys_close", Other: "schließen"}
	case "tuikeys_detect":
		return &goi18n.Message{ID: "tuikeys_detect", Other: "Server abfragen"}
	case "tuikeys_discard":
		return &goi18n.Message{ID: "tuikeys_discard", Other: "ohne Speichern beenden"}
	case "tuikeys_dismiss":
		return &goi18n.Message{ID: "tuikeys_dismiss", Other: "schließen"}
	case "tuikeys_end":
		return &goi18n.Message{ID: "tuikeys_end", Other: "Ende"}
	case "tuikeys_fresh":
		return &goi18n.Message{ID: "tuikeys_fresh", Other: "in einer neuen Datei neu beginnen"}
	case "tuikeys_home":
		return &goi18n.Message{ID: "tuikeys_home", Other: "Anfang"}
	case "tuikeys_keep_editing":
		return &goi18n.Message{ID: "tuikeys_keep_editing", Other: "weiter bearbeiten"}
	case "tuikeys_line_down":
		return &goi18n.Message{ID: "tuikeys_line_down", Other: "nach unten"}
	case "tuikeys_line_up":
		return &goi18n.Message{ID: "tuikeys_line_up", Other: "nach oben"}
	case "tuikeys_next":
		return &goi18n.Message{ID: "tuikeys_next", Other: "weiter"}
	case "tuikeys_next_field":
		return &goi18n.Message{ID: "tuikeys_next_field", Other: "nächstes Feld"}
	case "tuikeys_next_step":
		return &goi18n.Message{ID: "tuikeys_next_step", Other: "nächster Schritt"}
	case "tuikeys_open_earlier":
		return &goi18n.Message{ID: "tuikeys_open_earlier", Other: "die zuvor begonnene neue Datei öffnen"}
	case "tuikeys_page_down":
		return &goi18n.Message{ID: "tuikeys_page_down", Other: "Seite runter"}
	case "tuikeys_page_up":
		return &goi18n.Message{ID: "tuikeys_page_up", Other: "Seite hoch"}
	case "tuikeys_previous":
		return &goi18n.Message{ID: "tuikeys_previous", Other: "zurück"}
	case "tuikeys_previous_field":
		return &goi18n.Message{ID: "tuikeys_previous_field", Other: "voriges Feld"}
	case "tuikeys_previous_step":
		return &goi18n.Message{ID: "tuikeys_previous_step", Other: "voriger Schritt"}
	case "tuikeys_quit":
		return &goi18n.Message{ID: "tuikeys_quit", Other: "beenden"}
	case "tuikeys_reapply":
		return &goi18n.Message{ID: "tuikeys_reapply", Other: "neu laden + Ihre Änderungen"}
	case "tuikeys_reload":
		return &goi18n.Message{ID: "tuikeys_reload", Other: "nur neu laden"}
	case "tuikeys_results_down":
		return &goi18n.Message{ID: "tuikeys_results_down", Other: "spätere Ergebnisse"}
	case "tuikeys_results_up":
		return &goi18n.Message{ID: "tuikeys_results_up", Other: "frühere Ergebnisse"}
	case "tuikeys_run":
		return &goi18n.Message{ID: "tuikeys_run", Other: "ausführen"}
	case "tuikeys_save":
		return &goi18n.Message{ID: "tuikeys_save", Other: "speichern"}
	case "tuikeys_save_and_quit":
		return &goi18n.Message{ID: "tuikeys_save_and_quit", Other: "speichern und beenden"}
	case "tuikeys_sign_in":
		return &goi18n.Message{ID: "tuikeys_sign_in", Other: "anmelden (OAuth)"}
	case "tuikeys_test":
		return &goi18n.Message{ID: "tuikeys_test", Other: "testen"}
	case "tuikeys_test_full":
		return &goi18n.Message{ID: "tuikeys_test_full", Other: "Test-E-Mail senden"}
	case "tuikeys_toggle":
		return &goi18n.Message{ID: "tuikeys_toggle", Other: "ein/aus"}
	case "tuikeys_transcript":
		return &goi18n.Message{ID: "tuikeys_transcript", Other: "SMTP-Dialog"}
	case "tuirecipient_needed":
		return &goi18n.Message{ID: "tuirecipient_needed", Other: "{{.Label}} ist leer: Geben Sie die Adresse ein, an die die Test-E-Mail gehen soll, oder wählen Sie {{.Check}} (ohne Empfänger möglich)"}
	case "tuisave_check_failed":
		return &goi18n.Message{ID: "tuisave_check_failed", Other: "Nichts gespeichert: {{.Path}} ist nicht mehr so wie beim Laden, und erneutes Lesen ist fehlgeschlagen: {{.Err}}"}
	case "tuisave_reloaded_unedited":
		return &goi18n.Message{ID: "tuisave_reloaded_unedited", Other: "Jemand anderes hat {{.Path}} seit dem Laden geändert; Sie hatten nichts geändert, daher wurde nichts gespeichert und das Formular zeigt jetzt die Datei, wie sie ist"}
	case "tuiscreen_aside_note":
		return &goi18n.Message{ID: "tuiscreen_aside_note", Other: "{{.Broken}} ist weiterhin die verwendete Datei und fehlerhaft. Um diese Einstellungen zu verwenden, setzen Sie die neue Datei an ihre Stelle:"}
	case "tuiscreen_badge_unsaved":
		return &goi18n.Message{ID: "tuiscreen_badge_unsaved", Other: "ungespeichert"}
	case "tuiscreen_badge_unsaved_changes":
		return &goi18n.Message{ID: "tuiscreen_badge_unsaved_changes", Other: "ungespeicherte Änderungen"}
	case "tuiscreen_cannot_save":
		return &goi18n.Message{ID: "tuiscreen_cannot_save", One: "Speichern nicht möglich: zuerst {{.Count}} Problem beheben", Other: "Speichern nicht möglich: zuerst {{.Count}} Probleme beheben"}
	case "tuiscreen_changed":
		return &goi18n.Message{ID: "tuiscreen_changed", Other: "Geändert: {{.Labels}}"}
	case "tuiscreen_conflict_changed":
		return &goi18n.Message{ID: "tuiscreen_conflict_changed", Other: "Jemand anderes hat {{.Path}} seit dem Laden geändert; deshalb wurde die Datei nicht überschrieben."}
	case "tuiscreen_conflict_choices":
		return &goi18n.Message{ID: "tuiscreen_conflict_choices", Other: "a lädt die Datei neu und wendet Ihre Änderungen erneut an: Wo Sie beide eine Einstellung geändert haben, bleibt der andere Wert und wird genannt. r lädt die Datei neu und verwirft Ihre Änderungen. k bearbeitet weiter (Speichern fragt erneut)."}
	case "tuiscreen_conflict_kept_editing":
		return &goi18n.Message{ID: "tuiscreen_conflict_kept_editing", Other: "Nicht gespeichert: Die Datei wurde inzwischen geändert. Erneut speichern und a drücken wendet Ihre Änderungen auf die jetzige Datei an."}
	case "tuiscreen_conflict_title":
		return &goi18n.Message{ID: "tuiscreen_conflict_title", Other: "Die Datei wurde inzwischen geändert"}
	case "tuiscreen_demo_local":
		return &goi18n.Message{ID: "tuiscreen_demo_local", Other: "nichts verlässt diesen Rechner"}
	case "tuiscreen_demo_login":
		return &goi18n.Message{ID: "tuiscreen_demo_login", Other: "Anmeldung {{.Username}} / {{.Password}}"}
	case "tuiscreen_demo_server":
		return &goi18n.Message{ID: "tuiscreen_demo_server", Other: "Demo-Server {{.Addr}}"}
	case "tuiscreen_fatal_any_key":
		return &goi18n.Message{ID: "tuiscreen_fatal_any_key", Other: "Zum Beenden eine beliebige Taste drücken"}
	case "tuiscreen_key_any":
		return &goi18n.Message{ID: "tuiscreen_key_any", Other: "beliebige Taste"}
	case "tuiscreen_key_more":
		return &goi18n.Message{ID: "tuiscreen_key_more", Other: "mehr"}
	case "tuiscreen_key_open":
		return &goi18n.Message{ID: "tuiscreen_key_open", Other: "{{.File}} öffnen"}
	case "tuiscreen_key_quit":
		return &goi18n.Message{ID: "tuiscreen_key_quit", Other: "beenden"}
	case "tuiscreen_label_named":
		return &goi18n.Message{ID: "tuiscreen_label_named", Other: "„{{.Label}}“"}
	case "tuiscreen_list_and":
		return &goi18n.Message{ID: "tuiscreen_list_and", Other: "{{.List}} und {{.Last}}"}
	case "tuiscreen_no_terminal":
		return &goi18n.Message{ID: "tuiscreen_no_terminal", Other: "kein Terminal"}
	case "tuiscreen_not_saved":
		return &goi18n.Message{ID: "tuiscreen_not_saved", Other: "Nicht gespeichert: {{.Err}}"}
	case "tuiscreen_nothing_changed":
		return &goi18n.Message{ID: "tuiscreen_nothing_changed", Other: "Seit dem Laden der Datei wurde nichts geändert."}
	case "tuiscreen_open_failed":
		return &goi18n.Message{ID: "tuiscreen_open_failed", Other: "{{.Path}} lässt sich nicht öffnen: {{.Err}}"}
	case "tuiscreen_parse_earlier_fresh":
		return &goi18n.Message{ID: "tuiscreen_parse_earlier_fresh", Other: "{{.Path}} gibt es schon, vielleicht von einem früheren Neuanfang: o öffnet sie zum Prüfen und Fertigstellen. Sie wird erst verwendet, wenn sie die fehlerhafte Datei ersetzt."}
	case "tuiscreen_parse_error":
		return &goi18n.Message{ID: "tuiscreen_parse_error", Other: "{{.Path}} ist fehlerhaft: Zeile {{.Line}}, Spalte {{.Column}}"}
	case "tuiscreen_parse_what_now":
		return &goi18n.Message{ID: "tuiscreen_parse_what_now", Other: "Beheben Sie den Fehler in einem Editor und starten Sie erneut oder fangen Sie neu an: Die neuen Einstellungen kommen in {{.Path}}, die fehlerhafte Datei bleibt, wie sie ist."}
	case "tuiscreen_program_failed":
		return &goi18n.Message{ID: "tuiscreen_program_failed", Other: "Konfigurator: {{.Err}}"}
	case "tuiscreen_quit_text":
		return &goi18n.Message{ID: "tuiscreen_quit_text", One: "Sie haben {{.Labels}} geändert und noch nicht gespeichert.", Other: "Sie haben {{.Labels}} geändert und noch nicht gespeichert."}
	case "tuiscreen_quit_title":
		return &goi18n.Message{ID: "tuiscreen_quit_title", Other: "Ohne Speichern beenden?"}
	case "tuiscreen_reapply_conflicts":
		return &goi18n.Message{ID: "tuiscreen_reapply_conflicts", Other: "Auch jemand anderes hat {{.Labels}} geändert; dort bleiben die fremden Werte. Ändern Sie die Einstellung erneut, wenn Ihr Wert gelten soll."}
	case "tuiscreen_reload_failed":
		return &goi18n.Message{ID: "tuiscreen_reload_failed", Other: "Neu laden fehlgeschlagen: {{.Err}}"}
	case "tuiscreen_reloaded":
		return &goi18n.Message{ID: "tuiscreen_reloaded", Other: "{{.Path}} neu geladen"}
	case "tuiscreen_reloaded_dropped":
		return &goi18n.Message{ID: "tuiscreen_reloaded_dropped", Other: "{{.Path}} neu geladen; Ihre ungespeicherten Änderungen wurden verworfen"}
	case "tuiscreen_reloaded_nothing_left":
		return &goi18n.Message{ID: "tuiscreen_reloaded_nothing_left", Other: "{{.Path}} neu geladen; von Ihren Änderungen war nichts mehr anzuwenden"}
	case "tuiscreen_reloaded_reapplied":
		return &goi18n.Message{ID: "tuiscreen_reloaded_reapplied", Other: "{{.Path}} neu geladen und Ihre Änderungen an {{.Labels}} erneut angewendet: Prüfen und speichern Sie sie"}
	case "tuiscreen_review_title":
		return &goi18n.Message{ID: "tuiscreen_review_title", Other: "Vor dem Speichern prüfen"}
	case "tuiscreen_saved_to":
		return &goi18n.Message{ID: "tuiscreen_saved_to", Other: "Gespeichert in {{.Path}}"}
	case "tuiscreen_saving":
		return &goi18n.Message{ID: "tuiscreen_saving", Other: "Wird gespeichert …"}
	case "tuiscreen_stopped_because":
		return &goi18n.Message{ID: "tuiscreen_stopped_because", Other: "beendet ({{.Cause}})"}
	case "tuiscreen_stopped_clean":
		return &goi18n.Message{ID: "tuiscreen_stopped_clean", Other: "{{.Stopped}}; es gab keine ungespeicherten Änderungen"}
	case "tuiscreen_stopped_discarded":
		return &goi18n.Message{ID: "tuiscreen_stopped_discarded", Other: "{{.Stopped}}: ungespeicherte Änderungen an {{.Labels}} wurden verworfen"}
	case "tuitest_button_check":
		return &goi18n.Message{ID: "tuitest_button_check", Other: "Verbindung prüfen"}
	case "tuitest_button_send":
		return &goi18n.Message{ID: "tuitest_button_send", Other: "Test-E-Mail senden"}
	case "tuitest_cancelled":
		return &goi18n.Message{ID: "tuitest_cancelled", Other: "Abgebrochen."}
	case "tuitest_certificate_line":
		return &goi18n.Message{ID: "tuitest_certificate_line", Other: "{{.Line}}"}
	case "tuitest_check_ok":
		return &goi18n.Message{ID: "tuitest_check_ok", Other: "Der Server akzeptiert diese Einstellungen (es wurde nichts gesendet)"}
	case "tuitest_check_remark":
		return &goi18n.Message{ID: "tuitest_check_remark", Other: "(Prüfen stellt nichts zu)"}
	case "tuitest_failed":
		return &goi18n.Message{ID: "tuitest_failed", Other: "fehlgeschlagen"}
	case "tuitest_fix_first":
		return &goi18n.Message{ID: "tuitest_fix_first", Other: "Bitte zuerst beheben:"}
	case "tuitest_key_conversation":
		return &goi18n.Message{ID: "tuitest_key_conversation", Other: "Dialog"}
	case "tuitest_key_next":
		return &goi18n.Message{ID: "tuitest_key_next", Other: "nächstes"}
	case "tuitest_key_page":
		return &goi18n.Message{ID: "tuitest_key_page", Other: "Seite"}
	case "tuitest_key_previous":
		return &goi18n.Message{ID: "tuitest_key_previous", Other: "voriges"}
	case "tuitest_key_scroll":
		return &goi18n.Message{ID: "tuitest_key_scroll", Other: "blättern"}
	case "tuitest_key_scroll_results":
		return &goi18n.Message{ID: "tuitest_key_scroll_results", Other: "Ergebnisse blättern"}
	case "tuitest_key_start_end":
		return &goi18n.Message{ID: "tuitest_key_start_end", Other: "Anfang/Ende"}
	case "tuitest_logged_in_with":
		return &goi18n.Message{ID: "tuitest_logged_in_with", Other: "Angemeldet mit {{.Mechanism}}"}
	case "tuitest_login_as_with":
		return &goi18n.Message{ID: "tuitest_login_as_with", Other: "Anmeldung als {{.Username}} mit {{.Mechanism}}"}
	case "tuitest_login_auto_as":
		return &goi18n.Message{ID: "tuitest_login_auto_as", Other: "automatische Anmeldung als {{.Username}}"}
	case "tuitest_login_auto_nobody":
		return &goi18n.Message{ID: "tuitest_login_auto_nobody", Other: "automatische Anmeldung, kein Benutzername"}
	case "tuitest_login_none":
		return &goi18n.Message{ID: "tuitest_login_none", Other: "ohne Anmeldung"}
	case "tuitest_login_with_nobody":
		return &goi18n.Message{ID: "tuitest_login_with_nobody", Other: "Anmeldung mit {{.Mechanism}}, kein Benutzername"}
	case "tuitest_more_above":
		return &goi18n.Message{ID: "tuitest_more_above", Other: "mehr · Bild↑"}
	case "tuitest_more_below":
		return &goi18n.Message{ID: "tuitest_more_below", Other: "mehr · Bild↓"}
	case "tuitest_sent":
		return &goi18n.Message{ID: "tuitest_sent", Other: "Test-E-Mail an {{.Recipient}} gesendet"}
	case "tuitest_server":
		return &goi18n.Message{ID: "tuitest_server", Other: "Server: {{.Server}}"}
	case "tuitest_server_port":
		return &goi18n.Message{ID: "tuitest_server_port", Other: "Port {{.Port}}"}
	case "tuitest_server_reply":
		return &goi18n.Message{ID: "tuitest_server_reply", Other: "Antwort des Servers: {{.Reply}}"}
	case "tuitest_starting":
		return &goi18n.Message{ID: "tuitest_starting", Other: "Wird gestartet …"}
	case "tuitest_step_waiting":
		return &goi18n.Message{ID: "tuitest_step_waiting", Other: "wartet seit {{.Waited}}, gibt in {{.Left}} auf"}
	case "tuitest_title_saved":
		return &goi18n.Message{ID: "tuitest_title_saved", Other: "Gespeicherte Einstellungen testen"}
	case "tuitest_title_unsaved":
		return &goi18n.Message{ID: "tuitest_title_unsaved", Other: "Einstellungen im Formular testen (noch nicht gespeichert)"}
	case "tuitest_tls_certificate_for":
		return &goi18n.Message{ID: "tuitest_tls_certificate_for", Other: "Zertifikat für {{.Subject}}"}
	case "tuitest_tls_encrypted":
		return &goi18n.Message{ID: "tuitest_tls_encrypted", Other: "Verschlüsselt: {{.Version}}, {{.Cipher}}"}
	case "tuitest_tls_issued_by":
		return &goi18n.Message{ID: "tuitest_tls_issued_by", Other: "von {{.Issuer}}"}
	case "tuitest_tls_not_verified":
		return &goi18n.Message{ID: "tuitest_tls_not_verified", Other: "(nicht geprüft)"}
	case "tuitest_transcript_lines":
		return &goi18n.Message{ID: "tuitest_transcript_lines", Other: "Zeilen {{.From}}–{{.To}} von {{.Total}}"}
	case "tuitest_transcript_offer":
		return &goi18n.Message{ID: "tuitest_transcript_offer", Other: "{{.Key}} zeigt den SMTP-Dialog (Kennwörter verborgen)"}
	case "tuitest_transcript_title":
		return &goi18n.Message{ID: "tuitest_transcript_title", Other: "SMTP-Dialog (Kennwörter verborgen)"}
	case "tuitest_what_to_do":
		return &goi18n.Message{ID: "tuitest_what_to_do", Other: "Was Sie tun können"}
	case "tuiwizard_detect_asking":
		return &goi18n.Message{ID: "tuiwizard_detect_asking", Other: "{{.Host}} wird gefragt, welche Ports und welche Verschlüsselung er anbietet …"}
	case "tuiwizard_detect_check_name":
		return &goi18n.Message{ID: "tuiwizard_detect_check_name", Other: "{{.Why}}: Prüfen Sie den Namen oder die Firewall."}
	case "tuiwizard_detect_filled_in":
		return &goi18n.Message{ID: "tuiwizard_detect_filled_in", Other: "Eingetragen, was {{.Host}} anbietet"}
	case "tuiwizard_detect_keys":
		return &goi18n.Message{ID: "tuiwizard_detect_keys", Other: "Eingabe übernimmt diese Einstellungen · Esc behält Ihre Werte"}
	case "tuiwizard_detect_no_answer":
		return &goi18n.Message{ID: "tuiwizard_detect_no_answer", Other: "keine Antwort"}
	case "tuiwizard_detect_nothing_to_ask":
		return &goi18n.Message{ID: "tuiwizard_detect_nothing_to_ask", Other: "Geben Sie zuerst den Namen des SMTP-Servers oder die Absenderadresse ein und drücken Sie dann Strg+D."}
	case "tuiwizard_detect_nothing_usable":
		return &goi18n.Message{ID: "tuiwizard_detect_nothing_usable", Other: "nichts Brauchbares hat geantwortet"}
	case "tuiwizard_detect_offers":
		return &goi18n.Message{ID: "tuiwizard_detect_offers", Other: "Was {{.Host}} anbietet"}
	case "tuiwizard_detect_proposed":
		return &goi18n.Message{ID: "tuiwizard_detect_proposed", Other: "Vorschlag: {{.Security}} auf Port {{.Port}}, Authentifizierung „{{.Auth}}“"}
	case "tuiwizard_detect_with_starttls":
		return &goi18n.Message{ID: "tuiwizard_detect_with_starttls", Other: "{{.Protocol}} mit STARTTLS"}
	case "tuiwizard_discovery_filled_in":
		return &goi18n.Message{ID: "tuiwizard_discovery_filled_in", Other: "{{.Server}} eingetragen: Bitte prüfen Sie die Angaben und machen Sie dann weiter."}
	case "tuiwizard_discovery_found":
		return &goi18n.Message{ID: "tuiwizard_discovery_found", Other: "Gefunden, das Beste zuerst:"}
	case "tuiwizard_discovery_heading":
		return &goi18n.Message{ID: "tuiwizard_discovery_heading", Other: "Der Mailserver von {{.Domain}}"}
	case "tuiwizard_discovery_how_found":
		return &goi18n.Message{ID: "tuiwizard_discovery_how_found", Other: "So wurde gesucht:"}
	case "tuiwizard_discovery_looking":
		return &goi18n.Message{ID: "tuiwizard_discovery_looking", Other: "Der Mailserver von {{.Domain}} wird gesucht …"}
	case "tuiwizard_discovery_nothing":
		return &goi18n.Message{ID: "tuiwizard_discovery_nothing", Other: "Nichts Brauchbares hat geantwortet: Unten steht, wo smtpconf gesucht hat und woran es jeweils scheiterte."}
	case "tuiwizard_discovery_stopped":
		return &goi18n.Message{ID: "tuiwizard_discovery_stopped", Other: "Suche nach dem Server für {{.Sender}} abgebrochen."}
	case "tuiwizard_discovery_take":
		return &goi18n.Message{ID: "tuiwizard_discovery_take", Other: "übernehmen"}
	case "tuiwizard_discovery_type_myself":
		return &goi18n.Message{ID: "tuiwizard_discovery_type_myself", Other: "Server selbst eingeben"}
	case "tuiwizard_find_my_server":
		return &goi18n.Message{ID: "tuiwizard_find_my_server", Other: "meinen Server finden"}
	case "tuiwizard_login_explain":
		return &goi18n.Message{ID: "tuiwizard_login_explain", Other: "Die meisten Server verlangen Benutzername und Kennwort. „automatisch“ wählt das beste Verfahren, das der Server anbietet. Bei Microsoft 365 und Google melden Sie sich per OAuth 2.0 an: Wählen Sie einen davon, wird dessen Server eingetragen."}
	case "tuiwizard_login_title":
		return &goi18n.Message{ID: "tuiwizard_login_title", Other: "Anmeldung"}
	case "tuiwizard_oauth_explain":
		return &goi18n.Message{ID: "tuiwizard_oauth_explain", Other: "Wie smtpconf ein Token für das Postfach erhält: Die Anwendung meldet sich selbst an (Client-ID und Client-Secret), ein Admin meldet sich einmal mit einem Code an, der als Nächstes erscheint, oder ein Google-Dienstkonto handelt für das Postfach. Was beim Anbieter einzurichten ist, steht in der README unter „Microsoft 365 and Google“."}
	case "tuiwizard_oauth_title":
		return &goi18n.Message{ID: "tuiwizard_oauth_title", Other: "OAuth-Anmeldung"}
	case "tuiwizard_provider_other_choice":
		return &goi18n.Message{ID: "tuiwizard_provider_other_choice", Other: "anderer"}
	case "tuiwizard_provider_other_name":
		return &goi18n.Message{ID: "tuiwizard_provider_other_name", Other: "Ihrem OAuth-Anbieter"}
	case "tuiwizard_scroll":
		return &goi18n.Message{ID: "tuiwizard_scroll", Other: "blättern"}
	case "tuiwizard_sender_explain":
		return &goi18n.Message{ID: "tuiwizard_sender_explain", Other: "Die Absenderadresse Ihrer E-Mails und, wenn Sie möchten, der Name, der daneben erscheint. Danach sucht smtpconf den Mailserver dieser Domain (DNS-Einträge, Autoconfig, der Anbieter hinter ihren MX-Einträgen) und bietet an, was antwortet."}
	case "tuiwizard_sender_plain":
		return &goi18n.Message{ID: "tuiwizard_sender_plain", Other: "Die Absenderadresse Ihrer E-Mails und, wenn Sie möchten, der Name, der daneben erscheint. Danach kann smtpconf den Mailserver dieser Domain suchen und anbieten, was antwortet."}
	case "tuiwizard_sender_title":
		return &goi18n.Message{ID: "tuiwizard_sender_title", Other: "Absender"}
	case "tuiwizard_server_explain":
		return &goi18n.Message{ID: "tuiwizard_server_explain", Other: "Geben Sie den Namen des SMTP-Servers ein und drücken Sie Strg+D: smtpconf fragt den Server, welche Verschlüsselung und welchen Port er unterstützt, und trägt sie ein. Ein Server, dessen Zertifikat hier nicht vertraut wird, braucht seine CA-Zertifikatsdatei."}
	case "tuiwizard_server_plain":
		return &goi18n.Message{ID: "tuiwizard_server_plain", Other: "Der Name des SMTP-Servers, dann wie er erreicht wird: Protokoll, Port und bei SMTP, ob STARTTLS erzwungen wird; mit TLS eine CA-Zertifikatsdatei, falls seinem Zertifikat hier nicht vertraut wird."}
	case "tuiwizard_server_title":
		return &goi18n.Message{ID: "tuiwizard_server_title", Other: "Ihr SMTP-Server"}
	case "tuiwizard_signin_already":
		return &goi18n.Message{ID: "tuiwizard_signin_already", Other: "Für {{.Mailbox}} bereits angemeldet."}
	case "tuiwizard_signin_as":
		return &goi18n.Message{ID: "tuiwizard_signin_as", Other: "Melden Sie sich als {{.Mailbox}} an; smtpconf fragt den Anbieter alle {{.Interval}}, ob Sie fertig sind."}
	case "tuiwizard_signin_asking":
		return &goi18n.Message{ID: "tuiwizard_signin_asking", Other: "Code wird beim Anbieter angefordert …"}
	case "tuiwizard_signin_before":
		return &goi18n.Message{ID: "tuiwizard_signin_before", Other: "Vor der Anmeldung: {{.Problem}}"}
	case "tuiwizard_signin_cancelled":
		return &goi18n.Message{ID: "tuiwizard_signin_cancelled", Other: "Anmeldung abgebrochen: Es wurde nichts gespeichert."}
	case "tuiwizard_signin_done":
		return &goi18n.Message{ID: "tuiwizard_signin_done", Other: "Für {{.Mailbox}} angemeldet. Das Refresh-Token liegt in {{.File}} (Modus 0600); Prüfungen, Tests und der Mailer verwenden es ab jetzt."}
	case "tuiwizard_signin_enter_code":
		return &goi18n.Message{ID: "tuiwizard_signin_enter_code", Other: "und geben Sie diesen Code ein:"}
	case "tuiwizard_signin_failed":
		return &goi18n.Message{ID: "tuiwizard_signin_failed", Other: "Anmeldung fehlgeschlagen: {{.Err}}"}
	case "tuiwizard_signin_failed_because":
		return &goi18n.Message{ID: "tuiwizard_signin_failed_because", Other: "{{.Err}}"}
	case "tuiwizard_signin_open_address":
		return &goi18n.Message{ID: "tuiwizard_signin_open_address", Other: "Öffnen Sie diese Adresse auf einem beliebigen Gerät:"}
	case "tuiwizard_signin_prepare_failed":
		return &goi18n.Message{ID: "tuiwizard_signin_prepare_failed", Other: "Anmeldung vorbereiten: {{.Err}}"}
	case "tuiwizard_signin_title":
		return &goi18n.Message{ID: "tuiwizard_signin_title", Other: "Anmelden bei {{.Provider}}"}
	case "tuiwizard_signin_waiting":
		return &goi18n.Message{ID: "tuiwizard_signin_waiting", Other: "Warten auf die Anmeldung …"}
	case "tuiwizard_signin_waiting_expires":
		return &goi18n.Message{ID: "tuiwizard_signin_waiting_expires", Other: "Warten auf die Anmeldung … Der Code läuft in {{.Left}} ab."}
	case "tuiwizard_signin_what_to_do":
		return &goi18n.Message{ID: "tuiwizard_signin_what_to_do", Other: "Was Sie tun können: {{.Hint}}"}
	case "tuiwizard_step_heading":
		return &goi18n.Message{ID: "tuiwizard_step_heading", Other: "Ersteinrichtung · Schritt {{.Step}} von {{.Steps}} · {{.Title}}"}
	case "tuiwizard_summary_explain":
		return &goi18n.Message{ID: "tuiwizard_summary_explain", Other: "Alles, was Sie gewählt haben. Die Eingabetaste speichert es; Esc geht zurück, um etwas zu ändern."}
	case "tuiwizard_summary_title":
		return &goi18n.Message{ID: "tuiwizard_summary_title", Other: "Zusammenfassung"}
	case "tuiwizard_test_explain":
		return &goi18n.Message{ID: "tuiwizard_test_explain", Other: "Ihre eigene Adresse für Test-E-Mails. Mit Strg+T senden Sie jetzt eine und sehen jeden Schritt; oder machen Sie weiter."}
	case "tuiwizard_test_plain":
		return &goi18n.Message{ID: "tuiwizard_test_plain", Other: "Ihre eigene Adresse für Test-E-Mails: Nach der Zusammenfassung können Sie eine senden und jeden Schritt hören."}
	case "tuiwizard_test_title":
		return &goi18n.Message{ID: "tuiwizard_test_title", Other: "Test"}
	case "tuiwizard_where_explain":
		return &goi18n.Message{ID: "tuiwizard_where_explain", Other: "Die Plattform hat einen eigenen Mailserver. Behalten Sie ihn (die Leertaste schaltet um) oder schalten Sie ihn aus, um über Ihren eigenen Server zu senden, etwa den Ihres Anbieters."}
	case "tuiwizard_where_plain":
		return &goi18n.Message{ID: "tuiwizard_where_plain", Other: "Die Plattform hat einen eigenen Mailserver. Behalten Sie ihn oder antworten Sie mit Nein, um über Ihren eigenen Server zu senden, etwa den Ihres Anbieters."}
	case "tuiwizard_where_title":
		return &goi18n.Message{ID: "tuiwizard_where_title", Other: "Über welchen Server sollen E-Mails gehen?"}
	}
	return nil
}
