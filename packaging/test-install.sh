#!/usr/bin/env bash
# make install PREFIX=... DESTDIR=... puts everything under DESTDIR$PREFIX,
# nothing elsewhere, and the unit starts the binary where PREFIX put it.
#
#   packaging/test-install.sh        (run by make test)
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
prefix=/opt/smtpconf
make --no-print-directory install PREFIX="$prefix" DESTDIR="$stage" >/dev/null
for f in bin/smtpconf share/man/man1/smtpconf.1.gz share/man/man1/smtpconf-set.1.gz \
	share/man/de/man1/smtpconf.1.gz share/man/de/man1/smtpconf-set.1.gz \
	share/bash-completion/completions/smtpconf share/zsh/site-functions/_smtpconf \
	share/fish/vendor_completions.d/smtpconf.fish lib/systemd/system/smtpconf.service; do
	[[ -s $stage$prefix/$f ]] || fail "missing $prefix/$f"
done
outside=$(cd "$stage" && find . -type f ! -path ".$prefix/*")
[[ -z $outside ]] || fail "installed outside PREFIX: $outside"
"$stage$prefix/bin/smtpconf" version | grep -q '^smtpconf v' || fail "the installed binary does not run"
grep -q "^ExecStart=$prefix/bin/smtpconf serve" "$stage$prefix/lib/systemd/system/smtpconf.service" ||
	fail "the unit does not start $prefix/bin/smtpconf"
echo "test-install: ok"
