#!/usr/bin/env bash
# Regenerates docs/form.png and docs/test-send.png from the real program,
# and their German twins docs/form.de.png and docs/test-send.de.png
# (LANG=de_DE.UTF-8): the binary built from this checkout runs in a
# detached tmux pane of a fixed size, the pane is captured with its colours
# (tmux capture-pane -e) and freeze turns that ANSI text into a PNG. Run
# from anywhere:
#
#   make screenshots        (or docs/screenshots.sh)
#
# Needs go and tmux, and uses rsvg-convert (librsvg2-bin) when installed.
# freeze is run through `go run` at a pinned version, so nothing is
# installed; FREEZE=/path/to/freeze uses another copy.
set -euo pipefail

cd "$(dirname "$0")/.."
FREEZE_VERSION=v0.2.2
read -r -a freeze <<<"${FREEZE:-go run github.com/charmbracelet/freeze@$FREEZE_VERSION}"
COLS=90 ROWS=26

# The settings page is shown on a file under this fixed path, so that the
# header reads the same in every run.
shot=/tmp/smtpconf-shot
work=$(mktemp -d)
# A tmux server of our own: the admin's sessions are never touched.
socket="smtpconf-shots-$$"
tmux_() { tmux -L "$socket" "$@"; }
cleanup() {
	tmux_ kill-server 2>/dev/null || true
	rm -rf "$work" "$shot"
}
trap cleanup EXIT

go build -o "$work/smtpconf" ./cmd/smtpconf

# wait_for TEXT...: until the pane shows one of the TEXTs (a script may
# poll; 20 s at most). Empty TEXTs are ignored.
wait_for() {
	local pane text
	for _ in $(seq 200); do
		pane=$(tmux_ capture-pane -p -t shot)
		for text in "$@"; do
			if [ -n "$text" ] && grep -qF -- "$text" <<<"$pane"; then
				return 0
			fi
		done
		sleep 0.1
	done
	echo "screenshots: the pane never showed any of:" "$@" >&2
	tmux_ capture-pane -p -t shot >&2
	exit 1
}

# text ID ENGLISH: what the pane shows for message ID in the language of
# this round ($lang), up to its first placeholder, read from the catalogs
# (internal/i18n/locales); for English, or a message no catalog has yet,
# ENGLISH. wait_for is given both, so that a screen not yet translated
# still counts as ready.
text() {
	if [ "$lang" = en ]; then
		printf '%s\n' "$2"
		return
	fi
	awk -v id="[$1]" '
		$0 == id { found = 1; next }
		found && /^\[/ { exit }
		found && /^other = "/ { sub(/^other = "/, ""); sub(/"$/, ""); sub(/\{\{.*/, ""); print; exit }
	' internal/i18n/locales/*."$lang".toml
}

# capture OUT: the pane with its colours, as a PNG.
capture() {
	# freeze ignores SGR 49 (default background), so a highlighted
	# button's colour would run on to the end of the line: spell the
	# default out as the picture's background.
	tmux_ capture-pane -e -p -t shot | sed 's/\x1b\[49m/\x1b[48;2;23;23;23m/g' >"$work/pane.ansi"
	# freeze renders PNG through a WebAssembly module that crashes on some
	# machines and Go versions; where rsvg-convert (librsvg2-bin) is
	# installed, freeze writes SVG and rsvg-convert draws the PNG from it.
	# librsvg cannot use the font freeze embeds: the SVG then names a
	# monospace font installed here.
	out=$1 font=()
	if command -v rsvg-convert >/dev/null; then
		out=$work/pane.svg font=(--font.family "DejaVu Sans Mono")
	fi
	"${freeze[@]}" --language ansi --window=false --padding 20,40 --margin 0 \
		--background '#171717' --font.size 14 "${font[@]}" --output "$out" "$work/pane.ansi" >/dev/null
	if [ "$out" != "$1" ]; then
		rsvg-convert --zoom 4 --output "$1" "$out"
	fi
	echo "wrote $1"
}

# The program's language comes from the pane's locale, pinned for each
# round whatever the admin running this script uses.
start() {
	tmux_ new-session -d -s shot -x "$COLS" -y "$ROWS" \
		-e TERM=xterm-256color -e COLORTERM=truecolor \
		-e LANG="$locale" -e LC_ALL= -e LC_MESSAGES= "$@"
}

# A session that outlives every shot: killing the last session would end
# the tmux server while the next shot's new-session connects to it
# ("server exited unexpectedly").
tmux_ new-session -d -s keep -x "$COLS" -y "$ROWS" sleep 3600

# One round per language: LOCALE LANG SUFFIX (docs/form$SUFFIX.png).
for round in "C.UTF-8 en ''" "de_DE.UTF-8 de .de"; do
	eval "set -- $round"
	locale=$1 lang=$2 suffix=$3

	# 1. The settings page of a custom server, the cursor on the server name.
	rm -rf "$shot" && mkdir -m 700 "$shot"
	cp tui/testdata/custom-server.toml "$shot/config.toml"
	chmod 600 "$shot/config.toml"
	start "$work/smtpconf" configure --config "$shot/config.toml"
	wait_for "$(text config_key_auth_label Authentication)" Authentication
	for _ in 1 2 3 4 5; do tmux_ send-keys -t shot Tab; done
	wait_for "$(text config_key_host_help "name or IP address")" "name or IP address"
	capture "docs/form$suffix.png"
	tmux_ kill-session -t shot

	# 2. A successful test e-mail through `smtpconf demo`'s loopback server.
	start "$work/smtpconf" demo
	wait_for "$(text tuiform_use_default_label "default mail server")" "default mail server"
	tmux_ send-keys -t shot C-t
	wait_for "$(text tuitest_button_check "Check connection")" "Check connection"
	tmux_ send-keys -t shot Enter
	wait_for "$(text tuitest_sent "Test e-mail sent")" "Test e-mail sent"
	capture "docs/test-send$suffix.png"
	tmux_ kill-session -t shot
done
