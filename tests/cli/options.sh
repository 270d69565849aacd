#!/bin/sh
# options.sh PROGRAM [EXPECTED]: the command line's one-letter options, alone
# and combined as CPython takes them (-OO, -Bu, -Bc CODE), what -O and -OO do
# (asserts and docstrings dropped, __debug__ False, compile()'s optimize),
# sys.flags, the errors for a bad option, and sys.path with PYTHONPATH. Prints a transcript of each run
# (stdout, stderr's first line, exit status); with EXPECTED, compares it. The
# expected one is CPython's, made with:
#   sh tests/cli/options.sh python3 >tests/cli/options.expected
prog=$1 expected=
case $prog in */*) prog=$(cd "$(dirname "$prog")" && pwd)/$(basename "$prog") ;; esac
[ -n "$2" ] && expected=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
cd "$(dirname "$0")/options" || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

run() {
  echo "\$ PROG $*"
  "$prog" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
  echo "[exit $?]"
  cat "$tmp/out"
  echo "[stderr]"
  head -n 1 "$tmp/err"
}

# runenv NAME=VALUE ARGS...: run with a variable in the environment
runenv() {
  echo "\$ $1 PROG" "$(shift; echo "$@")"
  var=$1
  shift
  env "$var" "$prog" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
  echo "[exit $?]"
  cat "$tmp/out"
  echo "[stderr]"
  head -n 1 "$tmp/err"
}

# sys.path without the entries of CPython's own library
path='import sys, os; c = os.getcwd(); print([p.replace(c, "CWD").replace(os.path.dirname(c), "PARENT") for p in sys.path if "/lib/python3" not in p])'
flags='import sys; f = sys.flags; print(f.optimize, f.inspect, f.no_user_site, f.no_site, f.ignore_environment, f.quiet, f.isolated, f.safe_path)'
transcript() {
  run optimized.py
  run -O optimized.py
  run -OO optimized.py
  run -O -O -O optimized.py
  run -c "$flags"
  run -O -s -E -c "$flags"
  run -OqsS -c "$flags"
  run -I -c "$flags"
  run -Bc 'import sys; print(sys.flags.dont_write_bytecode, sys.argv)' a b
  run -uB -c 'print("unbuffered")'
  run -Z
  run -uZ -c 'print(1)'
  run --nosuch
  run -c
  run -Oc
  runenv PYTHONPATH=rel:/abs/x::/y/:/abs/x:/a/./b//c/../d:..: -c "$path"
  runenv PYTHONPATH=lib -c 'import pp_mod'
  runenv PYTHONPATH=lib -E -c 'import pp_mod'
  runenv PYTHONPATH=lib -I -c "$path"
}

if [ -n "$expected" ]; then
  transcript >"$tmp/got"
  diff -u "$expected" "$tmp/got" && echo "options: the transcript matches CPython's"
else
  transcript
fi
