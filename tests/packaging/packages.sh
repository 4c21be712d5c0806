#!/usr/bin/env bash
# The Debian packages of `./dev package`, installed on this machine and taken off again:
#   lintian (no errors), the AppStream metainfo and the .desktop file valid, the man pages in step with --help;
#   installed: `kongjian --version`, `kongjian-cli --version`, `kongjian-server --version`, the system user, the
#   configuration file, the unit (systemd-analyze verify); the server started from the unit's own ExecStart= line as
#   the unit's user, with its StateDirectory= made by hand as systemd would (systemd does not run here): --migrate,
#   --check-config, /healthz, an account registered, /metrics, SIGTERM stops it cleanly;
#   installed over itself (the upgrade path): settings' mode and data kept;
#   purged: no file of either package left, the service's data gone; the system user stays (Debian leaves system
#   users, whose files may outlive the package).
# usage: tests/packaging/packages.sh DIR   (DIR holds kongjian_*.deb and kongjian-server_*.deb)
# Needs root (it installs packages): without root it says so and does nothing. CI runs as root.
set -euo pipefail

dir=$(cd "${1:?usage: packages.sh DIR_WITH_DEBS}" && pwd)
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf 'packages.sh: FAILED: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" != 0 ]; then
    say "package test skipped: it installs and removes packages, which needs root (CI runs it as root)"
    exit 0
fi
client_deb=$(ls "$dir"/kongjian_*.deb 2>/dev/null | head -1)
server_deb=$(ls "$dir"/kongjian-server_*.deb 2>/dev/null | head -1)
[ -n "$client_deb" ] && [ -n "$server_deb" ] || fail "no kongjian_*.deb and kongjian-server_*.deb in $dir"
for p in kongjian kongjian-server; do
    if dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qv '^not-installed$'; then
        fail "$p is installed on this machine already; this test would remove it (apt-get purge $p first)"
    fi
done

work=$(mktemp -d)
server_pid=
installed=0
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    if [ $installed = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq kongjian kongjian-server >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- the packages as files ---------------------------------------------------------------------------------------
say "lintian $(basename "$client_deb") $(basename "$server_deb")"
lintian_out=$work/lintian.txt
# Exit status 1 means tags of the error level (or a lintian failure); warnings and notes are listed, not fatal.
if ! lintian --tag-display-limit 0 "$client_deb" "$server_deb" >"$lintian_out" 2>"$work/lintian.err"; then
    cat "$lintian_out" "$work/lintian.err" >&2
    grep -q '^E: ' "$lintian_out" && fail "lintian reports errors"
    fail "lintian failed"
fi
[ -s "$lintian_out" ] && sed 's/^/    /' "$lintian_out" >&2
grep -q '^E: ' "$lintian_out" && fail "lintian reports errors"

mkdir -p "$work/client" "$work/server"
dpkg-deb -x "$client_deb" "$work/client"
dpkg-deb -x "$server_deb" "$work/server"
# ./dev test packages its RelWithDebInfo build: CPack must have stripped the debug information.
for program in "$work"/client/usr/bin/* "$work"/server/usr/bin/*; do
    ! readelf -S "$program" | grep -q '\.debug_info' || fail "$(basename "$program") is not stripped"
done
say "appstreamcli validate (metainfo), desktop-file-validate"
appstreamcli validate --no-net "$work"/client/usr/share/metainfo/*.metainfo.xml >&2 || fail "appstreamcli validate"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work"/client/usr/share/applications/*.desktop || fail "desktop-file-validate"
fi

# --- installed ---------------------------------------------------------------------------------------------------
say "installing both packages"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$client_deb" "$server_deb" >"$work/apt.txt" 2>&1 \
    || { cat "$work/apt.txt" >&2; fail "apt-get install"; }

version=$(dpkg-deb -f "$server_deb" Version)
expect_version() { # expect_version PROGRAM OUTPUT
    case $2 in *"$version"*) printf '    %s\n' "$2" >&2 ;; *) fail "$1 --version said \"$2\", not $version" ;; esac
}
# As over ssh: no display, no platform chosen.
expect_version kongjian "$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM kongjian --version 2>/dev/null)"
expect_version kongjian-cli "$(kongjian-cli --version 2>/dev/null)"
expect_version kongjian-server "$(kongjian-server --version 2>/dev/null)"
getent passwd kongjian >/dev/null || fail "the system user kongjian was not made"
[ -f /etc/kongjian-server/kongjian-server.conf ] || fail "no /etc/kongjian-server/kongjian-server.conf"
conf_mode=$(stat -c '%a %U %G' /etc/kongjian-server/kongjian-server.conf)
[ "$conf_mode" = "640 root kongjian" ] || fail "the configuration file is $conf_mode, not 640 root kongjian"

# Every option --help lists has its place in the man page (and, for the server, every key of the configuration file).
# kongjian-cli's page describes its global options; its commands are in its --help.
man_has_help_options() { # man_has_help_options PROGRAM MANPAGE SED_RANGE [ENV...]
    local program=$1 page=$2 range=$3 option text
    shift 3
    text=$(zcat "$page" | sed 's/\\-/-/g')
    for option in $(env "$@" "$program" --help 2>/dev/null | sed -n "$range" | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
        grep -qF -- "$option" <<<"$text" || fail "$program --help lists $option, its man page does not"
    done
}
say "man pages in step with --help"
for page in /usr/share/man/man1/kongjian.1.gz /usr/share/man/man1/kongjian-cli.1.gz /usr/share/man/man8/kongjian-server.8.gz; do
    [ -f "$page" ] || fail "no $page"
done
man_has_help_options kongjian /usr/share/man/man1/kongjian.1.gz 1,\$p
man_has_help_options kongjian-cli /usr/share/man/man1/kongjian-cli.1.gz '/^Global options:/,$p'
man_has_help_options kongjian-server /usr/share/man/man8/kongjian-server.8.gz 1,\$p
server_page=$(zcat /usr/share/man/man8/kongjian-server.8.gz | sed 's/\\-/-/g')
for key in $(grep -oE '^[a-z-]+ *=' /etc/kongjian-server/kongjian-server.conf | tr -d ' ='); do
    grep -qE "^\.B $key\$" <<<"$server_page" || fail "the configuration file's key $key is not in kongjian-server(8)"
done

unit=$(dpkg -L kongjian-server | grep '/systemd/system/kongjian-server.service$') || fail "no unit in the package"
if command -v systemd-analyze >/dev/null; then
    say "systemd-analyze verify $unit"
    # Its check of Documentation=man:... needs man(1), which a minimal system may lack.
    verify=$(systemd-analyze verify "$unit" 2>&1 | grep -v "Command 'man " || true)
    [ -z "$verify" ] || fail "systemd-analyze verify: $verify"
fi

# --- the server, as its unit starts it ------------------------------------------------------------------------------
unit_value() { sed -n "s/^$1=//p" "$unit" | tail -1; }
exec_start=$(unit_value ExecStart)
user=$(unit_value User)
group=$(unit_value Group)
state=$(unit_value StateDirectory)
state_mode=$(unit_value StateDirectoryMode)
mapfile -t environment < <(sed -n 's/^Environment=//p' "$unit")
[ -n "$exec_start" ] && [ -n "$user" ] && [ -n "$state" ] || fail "the unit lacks ExecStart=, User= or StateDirectory="
say "the unit's command line as $user: $exec_start"
install -d -o "$user" -g "${group:-$user}" -m "${state_mode:-0755}" "/var/lib/$state"
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
# The unit's user and environment, no privileges to gain (setpriv and env exec: $! is the server's own pid).
as_unit=(setpriv --reuid="$user" --regid="${group:-$user}" --init-groups --no-new-privs --
         env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="/var/lib/$state" "${environment[@]}")
read -ra command <<<"$exec_start"
"${as_unit[@]}" "${command[@]}" --migrate >&2 || fail "--migrate"
"${as_unit[@]}" "${command[@]}" --check-config >"$work/check.txt" || { cat "$work/check.txt" >&2; fail "--check-config"; }
sed 's/^/    /' "$work/check.txt" >&2
grep -q '^configuration OK$' "$work/check.txt" || fail "--check-config did not say OK"

# A free port instead of the configured one (the command line overrides the file).
"${as_unit[@]}" "${command[@]}" --listen "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
url=http://127.0.0.1:$port
for _ in $(seq 1 100); do
    curl -fs "$url/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server stopped at start"; }
    sleep 0.1
done
say "GET $url/healthz: $(curl -fsS "$url/healthz")" || fail "/healthz"
status=$(curl -s -o "$work/account.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"username":"packaged","password":"a-long-enough-password","displayName":"Packaged"}' "$url/api/v1/accounts")
[ "$status" = 201 ] || { cat "$work/account.json" >&2; fail "POST /api/v1/accounts answered $status"; }
metrics=$(curl -fsS "$url/metrics") || fail "GET /metrics from loopback"
grep -q '^kongjian_build_info{' <<<"$metrics" || fail "GET /metrics has no kongjian_build_info"
owner=$(stat -c %U "/var/lib/$state/kongjian.sqlite") || fail "no kongjian.sqlite in /var/lib/$state"
[ "$owner" = "$user" ] || fail "/var/lib/$state/kongjian.sqlite belongs to $owner, not $user"
kill -TERM "$server_pid"
code=0
wait "$server_pid" || code=$?
server_pid=
[ $code = 0 ] || { cat "$work/server.log" >&2; fail "the server exited with $code after SIGTERM"; }
say "an account registered, /metrics read, stopped cleanly by SIGTERM"

# --- installed again over itself: the upgrade path of the maintainer scripts --------------------------------------
say "installing kongjian-server over itself (an upgrade's scripts)"
dpkg -i "$server_deb" >"$work/dpkg.txt" 2>&1 || { cat "$work/dpkg.txt" >&2; fail "dpkg -i over the installed package"; }
conf_mode=$(stat -c '%a %U %G' /etc/kongjian-server/kongjian-server.conf)
[ "$conf_mode" = "640 root kongjian" ] || fail "after the upgrade the configuration file is $conf_mode"
[ -f "/var/lib/$state/kongjian.sqlite" ] || fail "the upgrade lost /var/lib/$state/kongjian.sqlite"

# --- purged -----------------------------------------------------------------------------------------------------
files=$work/files.txt
dpkg -L kongjian kongjian-server | sort -u >"$files"
say "apt-get purge kongjian kongjian-server"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq kongjian kongjian-server >"$work/apt.txt" 2>&1 \
    || { cat "$work/apt.txt" >&2; fail "apt-get purge"; }
installed=0
for p in kongjian kongjian-server; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qv '^not-installed$' && fail "$p is still known to dpkg"
done
left=()
while read -r f; do
    # A folder other packages also use stays; a file or a folder of ours must go.
    if [ -d "$f" ]; then
        [[ $f == *kongjian* ]] && left+=("$f")
    elif [ -e "$f" ] || [ -L "$f" ]; then
        left+=("$f")
    fi
done <"$files"
[ -e "/var/lib/$state" ] && left+=("/var/lib/$state")
[ -e /etc/kongjian-server ] && left+=(/etc/kongjian-server)
dpkg-statoverride --list | grep -q kongjian && left+=("$(dpkg-statoverride --list | grep kongjian)")
[ ${#left[@]} = 0 ] || fail "left after the purge: ${left[*]}"
say "packages: all good (the system user $user stays, as Debian leaves system users)"
