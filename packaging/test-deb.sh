#!/usr/bin/env bash
# The .deb installs and runs: unpacked into a scratch root (dpkg-deb -x, no
# root needed), its smtpconf prints the version make stamped and validates
# the example config the package ships; every command has a man page with
# the sections packagers and admins expect, in English and in German
# (de/man1, headings in German), none names the build machine;
# the completions are there; systemd-analyze verify accepts the unit.
#
#   packaging/test-deb.sh dist/smtpconf_0.1.0_amd64.deb
#
# A missing dpkg-deb or systemd-analyze skips that part with how to install
# it, or fails when SMTPCONF_REQUIRE_EXTERNAL=1.
set -euo pipefail
deb=${1:?usage: packaging/test-deb.sh FILE.deb}
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
missing() {
	if [[ ${SMTPCONF_REQUIRE_EXTERNAL:-0} == 1 ]]; then
		fail "$1 is required (SMTPCONF_REQUIRE_EXTERNAL=1) but missing: $2"
	fi
	echo "test-deb: SKIP: $1 missing: $2" >&2
}
[[ -f $deb ]] || fail "no package at $deb: run make package"
if ! command -v dpkg-deb >/dev/null; then
	missing dpkg-deb "apt-get install dpkg"
	exit 0
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
bin=$root/usr/bin/smtpconf
[[ -x $bin ]] || fail "the package has no /usr/bin/smtpconf"

# It runs, statically linked, with the version make stamped.
out=$("$bin" version)
[[ $out == "smtpconf ${VERSION:?}" ]] || fail "version printed '$out', want 'smtpconf $VERSION'"
[[ $("$bin" --version) == "$out" ]] || fail "--version differs from version"
if ! command -v file >/dev/null; then
	missing file "apt-get install file"
elif ! file "$bin" | grep -q 'statically linked'; then
	fail "the binary is not static: $(file "$bin")"
fi

# The example config it ships validates, without a home of its own.
sample=$root/usr/share/doc/smtpconf/examples/config.toml
env -i PATH=/usr/bin:/bin "$bin" --config "$sample" validate >"$root/validate.out" 2>&1 ||
	fail "validate of the shipped example failed: $(cat "$root/validate.out")"
grep -q ': ok' "$root/validate.out" || fail "validate said: $(cat "$root/validate.out")"

# One man page per command (as the program lists them, so a new command
# is checked too), with the sections, and no path of this build.
commands=$("$bin" __complete '' 2>/dev/null | cut -f1 | grep -v -e '^:' -e '^help$' -e '^completion$')
[[ $(wc -w <<<"$commands") -ge 10 ]] || fail "the program lists too few commands: $commands"
english=(NAME SYNOPSIS DESCRIPTION "EXIT STATUS" ENVIRONMENT FILES EXAMPLES)
german=(BEZEICHNUNG ÜBERSICHT BESCHREIBUNG RÜCKGABEWERT UMGEBUNG DATEIEN BEISPIELE)
for cmd in "" $commands; do for lang in en de; do
	man=$root/usr/share/man/man1 sections=("${english[@]}")
	if [[ $lang == de ]]; then man=$root/usr/share/man/de/man1 sections=("${german[@]}"); fi
	page=$man/smtpconf${cmd:+-$cmd}.1.gz
	[[ -f $page ]] || fail "no man page $page"
	text=$(gzip -dc "$page")
	for section in "${sections[@]}"; do
		grep -q "^\.SH $section\$" <<<"$text" || fail "$lang: $(basename "$page") has no $section section"
	done
	for path in "$PWD" "$HOME" /tmp/; do
		if grep -qF "$path" <<<"$text"; then fail "$(basename "$page") names the build's $path"; fi
	done
	grep -q "^\.TH .* \"$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)\"" <<<"$text" ||
		fail "$(basename "$page") is not dated from SOURCE_DATE_EPOCH"
done; done
# The German pages are German: smtpconf-check's short line as the catalog has it.
gzip -dc "$root/usr/share/man/de/man1/smtpconf-check.1.gz" | grep -q '^smtpconf-check \\- Verbindung prüfen' ||
	fail "de/man1/smtpconf-check.1.gz is not in German"

for f in usr/share/bash-completion/completions/smtpconf usr/share/zsh/vendor-completions/_smtpconf \
	usr/share/fish/vendor_completions.d/smtpconf.fish; do
	[[ -s $root/$f ]] || fail "no completion $f"
done

unit=$root/usr/lib/systemd/system/smtpconf.service
[[ -f $unit ]] || fail "no systemd unit"
if command -v systemd-analyze >/dev/null; then
	# verify wants ExecStart's binary to exist, and Documentation='s man
	# page: both are the scratch root's.
	sed "s|/usr/bin/smtpconf|$bin|" "$unit" >"$root/smtpconf.service"
	out=$(MANPATH=$root/usr/share/man systemd-analyze verify "$root/smtpconf.service" 2>&1) ||
		fail "systemd-analyze verify: $out"
	# It prints warnings (an unknown key, a bad value) and still exits 0.
	[[ -z $out ]] || fail "systemd-analyze verify: $out"
	exposure=$(systemd-analyze security --offline=true "$root/smtpconf.service" 2>/dev/null | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p')
	awk -v e="$exposure" 'BEGIN { exit !(e != "" && e <= 2.0) }' ||
		fail "systemd-analyze security rates the unit's exposure ${exposure:-unknown}, want 2.0 or less"
else
	missing systemd-analyze "apt-get install systemd"
fi
echo "test-deb: ok: $(basename "$deb")"
