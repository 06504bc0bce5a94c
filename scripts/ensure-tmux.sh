#!/usr/bin/env bash
# The end-to-end tests drive sitrep in a real terminal through tmux. Install it
# when it is missing (Debian/Ubuntu, as root, as on CI and the dev machines).
set -euo pipefail
command -v tmux >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	apt-get update -qq >/dev/null
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux >/dev/null
	exit 0
fi
echo "sitrep tests need tmux: install it (e.g. sudo apt-get install tmux) and run npm test again" >&2
exit 1
