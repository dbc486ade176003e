#!/usr/bin/env bash
# The browser tests drive Debian's chromium (playwright's own browser download cannot reach the network here),
# so `npm test` installs it on a fresh machine — with a small CJK font, or every Chinese glyph is a box in the
# screenshots and the layout checks measure boxes. Silent when both are there; safe to run repeatedly.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CJK_FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
[[ -f "$CJK_FONT" ]] || missing+=(fonts-wqy-microhei)
((${#missing[@]} == 0)) && exit 0

echo "ensure-chromium: installing ${missing[*]} from Debian…" >&2
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO=(sudo); else
    echo "ensure-chromium: not root and no sudo — run 'apt-get install -y ${missing[*]}' as root, then npm test again" >&2
    exit 1
  fi
fi
# Another apt run (a second checkout's npm test, unattended upgrades) may hold the dpkg lock: wait for it rather than fail.
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq -o DPkg::Lock::Timeout=600)
if ! { "${APT[@]}" update && "${APT[@]}" install -y --no-install-recommends "${missing[@]}"; } >&2; then
  echo "ensure-chromium: apt-get could not install ${missing[*]} (see above); the browser tests need them" >&2
  exit 1
fi
[[ -x "$CHROMIUM" ]] || { echo "ensure-chromium: apt-get finished but $CHROMIUM is not there" >&2; exit 1; }
echo "ensure-chromium: ready — $("$CHROMIUM" --version 2>/dev/null || echo chromium)" >&2
