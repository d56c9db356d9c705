#!/usr/bin/env bash
# Starts and stops the real XMPP servers the integration tests talk to: a throwaway Prosody 0.12
# on loopback (always) and ejabberd 23.01 when it is installed. Installs the Debian packages the
# peer scripts name when they are missing and we are root.
#   servers.sh start DIR SHARED    -> DIR/prosody/ports.env, DIR/ejabberd/ports.env
#   servers.sh stop  DIR SHARED
set -euo pipefail
action=${1:?start|stop}
dir=${2:?DIR}
shared=${3:?SHARED}
peers="$shared/peers"

need_packages() {
  local missing=()
  command -v prosody >/dev/null 2>&1 || missing+=(prosody lua-unbound)
  # mod_muc_moderation (XEP-0425), which ModerationIT loads onto the MUC service.
  [ -e /usr/lib/prosody/modules/mod_muc_moderation ] || missing+=(prosody-modules)
  /usr/bin/python3 -c 'import slixmpp' >/dev/null 2>&1 || missing+=(python3-slixmpp)
  # The call peer (jingle_peer.py): an independent ICE, DTLS-SRTP and Opus stack.
  /usr/bin/python3 -c 'import aiortc, av' >/dev/null 2>&1 || missing+=(python3-aiortc python3-av)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  [ -e /etc/ssl/certs/ca-certificates.crt ] || missing+=(ca-certificates)
  command -v ejabberdctl >/dev/null 2>&1 || [ -x /usr/sbin/ejabberdctl ] || missing+=(ejabberd)
  echo "${missing[@]:-}"
}

install_packages() {
  local missing
  missing=$(need_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "servers.sh: missing Debian packages: $missing" >&2
    echo "servers.sh: install them as root: apt-get install -y --no-install-recommends $missing" >&2
    exit 1
  fi
  echo "servers.sh: installing $missing"
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

free_udp_port() {
  /usr/bin/python3 -c 'import socket;s=socket.socket(type=socket.SOCK_DGRAM);s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
}

# What start-ejabberd.sh's config lacks for our tests, added to the generated file, then one reload:
# - mod_multicast, the XEP-0033 service MulticastIT uses;
# - an empty turn_blacklist: by default ejabberd's TURN refuses 127.0.0.0/8 and ::1, so no loopback
#   test could allocate a relay (TurnRelayIT);
# - a captcha_cmd (captcha-image.py, next to this script), its URL and HTTP handler, so that rooms
#   can be captcha_protected (XEP-0158, CaptchaIT).
adjust_ejabberd_config() {
  local ej=$1
  local scripts
  scripts=$(cd "$(dirname "$0")" && pwd)
  if [ ! -f "$ej/ejabberd.yml" ] || [ ! -x "$ej/ctl.sh" ]; then
    echo "servers.sh: no ejabberd config or ctl.sh in $ej; multicast and TURN tests will be skipped" >&2
    return 0
  fi
  grep -q '^  mod_multicast:' "$ej/ejabberd.yml" || sed -i 's/^modules:$/modules:\n  mod_multicast: {}/' "$ej/ejabberd.yml"
  grep -q 'module: ejabberd_stun.*turn_blacklist' "$ej/ejabberd.yml" \
    || sed -i '/module: ejabberd_stun/s/}$/, turn_blacklist: []}/' "$ej/ejabberd.yml"
  if ! grep -q '^captcha_cmd:' "$ej/ejabberd.yml"; then
    local http
    http=$(sed -n 's/^HTTP_PORT=//p' "$ej/ports.env")
    sed -i "s|^loglevel: info\$|loglevel: info\ncaptcha_cmd: $scripts/captcha-image.py\ncaptcha_url: http://127.0.0.1:$http/captcha|" "$ej/ejabberd.yml"
    sed -i 's|^      /api: mod_http_api$|      /api: mod_http_api\n      /captcha: ejabberd_captcha|' "$ej/ejabberd.yml"
  fi
  local out
  if ! out=$("$ej/ctl.sh" reload_config 2>&1); then
    echo "servers.sh: ejabberd did not reload its adjusted config; multicast and TURN tests will be skipped:" >&2
    echo "$out" | grep -v "not recommended to run ejabberd as root" >&2 || true
  fi
}

case "$action" in
  start)
    [ -d "$peers" ] || { echo "servers.sh: no peer scripts at $peers (set -Dparley.shared=...)" >&2; exit 1; }
    install_packages
    "$0" stop "$dir" "$shared" >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    # Debug logs cost little on loopback and make a failed run readable afterwards.
    PROSODY_LOG_LEVEL=${PROSODY_LOG_LEVEL:-debug} bash "$peers/start-prosody.sh" "$dir/prosody"
    # PARLEY_PROSODY_ONLY=1 leaves ejabberd out: its node name is fixed, so two runs on one machine
    # (parallel worktrees) cannot both start it.
    if [ -z "${PARLEY_PROSODY_ONLY:-}" ] && { command -v ejabberdctl >/dev/null 2>&1 || [ -x /usr/sbin/ejabberdctl ]; }; then
      # start-ejabberd.sh probes its STUN port over TCP only, and ejabberd binds UDP with reuseaddr:
      # a second ejabberd on this machine would share udp 13478, and only one of them gets the datagrams.
      if EJ_STUN_PORT=${EJ_STUN_PORT:-$(free_udp_port)} EJ_NO_MAM=1 bash "$peers/start-ejabberd.sh" "$dir/ejabberd"; then
        adjust_ejabberd_config "$dir/ejabberd"
      else
        echo "servers.sh: ejabberd did not start; its tests will be skipped" >&2
      fi
    fi
    ;;
  stop)
    [ -f "$dir/prosody/prosody.pid" ] && bash "$peers/stop-prosody.sh" "$dir/prosody" || true
    [ -d "$dir/ejabberd" ] && bash "$peers/stop-ejabberd.sh" "$dir/ejabberd" || true
    ;;
  *) echo "usage: servers.sh start|stop DIR SHARED" >&2; exit 2 ;;
esac
