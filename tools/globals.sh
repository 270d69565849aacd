#!/bin/sh
# globals.sh BINARY ALLOW [GCLIB]: lists the writable global state of BINARY
# (symbols in .data and .bss, static variables included) and fails on any
# that ALLOW does not name. ALLOW has one name or shell pattern per line,
# then '#' and why that state is safe to share between islands. Symbols of
# the collector (defined by GCLIB, or named GC_*) are its own business.
# A link-time-optimized binary names file-local ones NAME.lto_priv.N.
bin=$1 allow=$2 gclib=$3
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
nm --defined-only --format=sysv "$bin" |
  awk -F'|' '{ sec = $7; gsub(/ /, "", sec); name = $1; gsub(/ /, "", name); sub(/\.lto_priv\.[0-9]+$/, "", name)
               if (sec == ".data" || sec == ".bss") print name }' | sort -u >"$tmp/all"
: >"$tmp/gc"
if [ -n "$gclib" ] && [ -f "$gclib" ]; then
  nm --defined-only "$gclib" 2>/dev/null | awk 'NF == 3 { print $3 }' | sort -u >"$tmp/gc"
fi
grep -v '^GC_' "$tmp/all" | comm -23 - "$tmp/gc" >"$tmp/ours"
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$allow" >"$tmp/patterns"
status=0
while read -r sym; do
  ok=
  while read -r pat; do
    case $sym in $pat) ok=1; break ;; esac
  done <"$tmp/patterns"
  if [ -z "$ok" ]; then
    echo "writable global not in $(basename "$allow"): $sym"
    status=1
  fi
done <"$tmp/ours"
[ $status = 0 ] && echo "$(wc -l <"$tmp/ours") writable globals, all allowed"
exit $status
