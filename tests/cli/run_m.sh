#!/bin/sh
# run_m.sh PROGRAM [EXPECTED]: the -m option. Runs PROGRAM -m ... in the
# modules of run_m/ and prints a transcript of each run (stdout, stderr, exit
# status); with EXPECTED, compares the transcript with it. The expected one is
# CPython's, made with: sh tests/cli/run_m.sh python3 >tests/cli/run_m.expected
# What legitimately differs is normalised: the program's path (PROG), folder
# names, a measured time, and the "<frozen runpy>" frames of CPython's
# tracebacks (atoll runs the module as a script, without runpy frames).
prog=$1 expected=
case $prog in */*) prog=$(cd "$(dirname "$prog")" && pwd)/$(basename "$prog") ;; esac
[ -n "$2" ] && expected=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
cd "$(dirname "$0")/run_m" || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
exe=$("$prog" -c 'import sys; print(sys.executable)' 2>/dev/null)

# run STDIN ARGS...: one run, STDIN typed at it
run() {
  input=$1
  shift
  echo "\$ PROG $*"
  printf '%s\n' "$input" | "$prog" "$@" >"$tmp/out" 2>"$tmp/err"
  echo "[exit $?]"
  cat "$tmp/out"
  echo "[stderr]"
  grep -v '^  File "<frozen runpy>"' "$tmp/err"
}

transcript() {
  run '' -m showargv a -b --c -m
  run '' -mshowargv
  run '' -B -m showargv -i
  run '' -m pkg x
  run '' -m pkg.sub y
  run '' -m pkg.__main__
  run '' -m nomain
  run '' -m nosuch
  run '' -m pkg.nosuch
  run '' -m nosuch.mod
  run '' -m showargv.mod
  run '' -m broken.mod
  run '' -m .showargv
  run '' -m ''
  run '' -m sys
  run '' -m raising arg
  run '' -m exiting 3
  run '' -m timeit -n 1 -r 1 pass
  run 'print("at the prompt:", __name__, x)' -q -i -m showargv
  run '' -m
}

transcript >"$tmp/transcript" 2>&1
[ -n "$exe" ] && sed -i "s|$exe|PROG|g" "$tmp/transcript"
sed -i -e "s|$PWD/||g" -e "s|$prog|PROG|g" -e 's|^usage: [^ ]*|usage: PROG|' -e "s|^Try \`[a-z0-9]* -h'|Try \`PROG -h'|" \
    -e 's|best of 1: [0-9.]* [a-z]*sec per loop|best of 1: TIME per loop|' "$tmp/transcript"
if [ -z "$expected" ]; then
  cat "$tmp/transcript"
  exit 0
fi
diff -u "$expected" "$tmp/transcript"
