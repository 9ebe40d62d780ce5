#!/usr/bin/env bash
# Whole-process benchmark: how long `smtpconf test --to x` takes as a process,
# start to exit, against msmtp, swaks and a bare go-smtp sender (the floor),
# all sending one message to the same loopback server with the same security:
# STARTTLS verified against the server's CA, then AUTH PLAIN. Then start-up
# side by side, runs alternating: `smtpconf test` against the bare go-smtp
# sender (goal ≤ 1.3×) and `smtpconf version` against a Go hello world
# (goal ≤ 2×), and the floor: the same binary ending right after its package
# inits, against the hello world.
#
#   bench/process.sh            # 50 runs each
#   RUNS=200 bench/process.sh
#   bench/process.sh startup    # only the side-by-side start-up figures
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-50}
MODE=${1:-all}
USER_NAME=bench@example.com
PASSWORD=bench-password

need() { command -v "$1" >/dev/null 2>&1; }
missing=()
if [[ $MODE != startup ]]; then
	need msmtp || missing+=(msmtp)
	need swaks || missing+=(swaks)
	need hyperfine || missing+=(hyperfine)
fi
if ((${#missing[@]})); then
	echo "installing ${missing[*]}" >&2
	if [[ $(id -u) -ne 0 ]]; then
		echo "bench/process.sh: ${missing[*]} missing and not root: install them with apt-get" >&2
		exit 1
	fi
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
server_pid=
cleanup() {
	if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

echo "building" >&2
# As released: static (CGO_ENABLED=0), stripped; the floors the same way.
export CGO_ENABLED=0
go build -trimpath -ldflags '-s -w -X main.version=bench' -o "$work/smtpconf" ./cmd/smtpconf
go build -tags startupfloor -trimpath -ldflags '-s -w' -o "$work/smtpconf-floor" ./cmd/smtpconf
go build -trimpath -ldflags '-s -w' -o "$work/baresend" ./bench/baresend
go build -trimpath -ldflags '-s -w' -o "$work/server" ./bench/server
go build -trimpath -ldflags '-s -w' -o "$work/hello" ./bench/hello
go build -o "$work/sidebyside" ./bench/sidebyside

# The server prints its address on its first line once it listens.
"$work/server" -ca "$work/ca.pem" -user "$USER_NAME" -pass "$PASSWORD" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
addr=
for _ in $(seq 100); do
	addr=$(head -n 1 "$work/server.out" 2>/dev/null || true)
	[[ -n $addr ]] && break
	if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.err" >&2; exit 1; fi
	sleep 0.1
done
[[ -n $addr ]] || { echo "the bench server did not start" >&2; exit 1; }
host=${addr%:*}
port=${addr##*:}
echo "server on $addr" >&2

cat >"$work/smtpconf.toml" <<TOML
[smtp]
sender = "$USER_NAME"
protocol = "smtp"
starttls = true
host = "$host"
port = $port
auth = "plain"
username = "$USER_NAME"
password = "$PASSWORD"
tls_ca_file = "$work/ca.pem"
TOML
chmod 600 "$work/smtpconf.toml"

cat >"$work/msmtprc" <<MSMTP
account bench
host $host
port $port
tls on
tls_starttls on
tls_trust_file $work/ca.pem
auth plain
user $USER_NAME
password $PASSWORD
from $USER_NAME
account default : bench
MSMTP
chmod 600 "$work/msmtprc"
printf 'From: %s\nTo: x@example.com\nSubject: bench\n\nbench\n' "$USER_NAME" >"$work/message"

smtpconf_cmd="$work/smtpconf --config $work/smtpconf.toml test --to x@example.com"
msmtp_cmd="msmtp -C $work/msmtprc x@example.com < $work/message"
swaks_cmd="swaks --silent 2 --server $host --port $port --tls --tls-verify --tls-ca-path $work/ca.pem --auth PLAIN --auth-user $USER_NAME --auth-password $PASSWORD --from $USER_NAME --to x@example.com"
bare_cmd="$work/baresend -addr $addr -starttls -ca $work/ca.pem -user $USER_NAME -pass $PASSWORD -from $USER_NAME -to x@example.com"

# Each must succeed once before it is timed: a fast failure is no result.
checked=("$smtpconf_cmd" "$bare_cmd")
[[ $MODE == startup ]] || checked+=("$msmtp_cmd" "$swaks_cmd")
for c in "${checked[@]}"; do
	if ! out=$(bash -c "$c" 2>&1); then
		echo "bench/process.sh: this command fails, fix it before timing it:" >&2
		echo "  $c" >&2
		echo "$out" >&2
		exit 1
	fi
done

if [[ $MODE != startup ]]; then
	hyperfine --style basic --warmup 5 --runs "$RUNS" \
		--export-markdown "$work/results.md" \
		-n "smtpconf test" "$smtpconf_cmd" \
		-n "msmtp" "$msmtp_cmd" \
		-n "swaks" "$swaks_cmd" \
		-n "bare go-smtp" "$bare_cmd"
	echo
	cat "$work/results.md"
	echo
fi

echo "start-up, side by side (runs alternate; medians, and the median of the pairs' ratios):"
"$work/sidebyside" -runs "$RUNS" -a "smtpconf test" -b "bare go-smtp" -goal 1.3 "$smtpconf_cmd" "$bare_cmd"
"$work/sidebyside" -runs "$((RUNS * 4))" -a "smtpconf version" -b "Go hello world" -goal 2 "$work/smtpconf version" "$work/hello"
# No goal: what every command of this binary pays before main, its
# runtime start and package inits (Charm, fang, wish's SSH, net/http).
"$work/sidebyside" -runs "$((RUNS * 4))" -a "smtpconf inits only" -b "Go hello world" "$work/smtpconf-floor" "$work/hello"
