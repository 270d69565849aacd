#!/bin/sh
# setup.sh - installs what the build needs (Debian packages, when missing and
# we may), then configures and builds a Release atoll in build/.
set -e
cd "$(dirname "$0")/.."
PKGS="build-essential cmake pkg-config re2c bison libgc-dev zlib1g-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq $missing
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
