#!/bin/sh
# Creates the system user smtpconf.service runs as; the service itself
# stays disabled until the admin has put keys in /etc/smtpconf/authorized_keys.
set -e
if command -v systemd-sysusers >/dev/null 2>&1; then
	systemd-sysusers /usr/lib/sysusers.d/smtpconf.conf || true
fi
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
	systemctl daemon-reload || true
fi
