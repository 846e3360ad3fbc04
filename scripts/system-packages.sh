#!/usr/bin/env bash
# Installs the Debian packages that `npm start` and `npm test` need, only those that are missing:
# Chromium (the browser that shows and drives VS Code), and what code-server's install builds with.
# Quiet and quick when everything is there. Used by `npm start`, `npm test` and `.ci/run`.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)                                  # the browser Playwright drives
command -v rg >/dev/null || missing+=(ripgrep)                                   # seeds code-server's ripgrep
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)                    # code-server's kerberos module
{ command -v g++ && command -v make; } >/dev/null 2>&1 || missing+=(build-essential) # native modules
command -v python3 >/dev/null || missing+=(python3)                              # node-gyp
command -v tar >/dev/null || missing+=(tar)

[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "This machine lacks: ${missing[*]}, and has no apt-get. Install the equivalent packages, then run the command again." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "This machine lacks the Debian packages: ${missing[*]}. As root, run: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "Installing Debian packages this machine lacks: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
