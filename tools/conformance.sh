#!/bin/sh
# conformance.sh [-v] [-a ATOLL] [-p PYTHON] DIR|FILE.py ... - runs every .py
# file given (directly, or at the top of each DIR) under atoll and under
# CPython, each from the file's own folder with stdin from /dev/null, and
# compares stdout, stderr and the exit status after replacing the folder's
# absolute path by nothing (tracebacks name files absolutely). Prints
# "PASS name" or "FAIL name" per file (-v: with a diff), then the line
# "N passed, M failed"; exits 1 when anything failed.
#
# A developer's tool: it needs python3 (3.11, the reference). CI does not
# run it; CTest compares against the stored .out/.err/.rc files instead.
# PYTHONHASHSEED=0 makes CPython's str hashes, so its set orders, the same
# on every run, as tools/gen_expected.sh does.
here=$(cd "$(dirname "$0")/.." && pwd)
atoll=${ATOLL:-$here/build/atoll}
py=${PYTHON:-python3}
verbose=0
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1; shift ;;
    -a) atoll=$2; shift 2 ;;
    -p) py=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: conformance.sh [-v] [-a ATOLL] [-p PYTHON] DIR|FILE.py ..." >&2; exit 2; }
case $atoll in /*) ;; *) atoll=$(pwd)/$atoll ;; esac
[ -x "$atoll" ] || { echo "conformance.sh: no atoll at $atoll (build it, or pass -a)" >&2; exit 2; }
command -v "$py" >/dev/null || { echo "conformance.sh: $py not found" >&2; exit 2; }

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# run_one IMPL OUTPREFIX: runs $name.py in the current folder
run_one() {
  PYTHONHASHSEED=0 "$1" "$name.py" </dev/null >"$2.out" 2>"$2.err"
  echo $? >"$2.rc"
  sed -i "s|$PWD/||g" "$2.out" "$2.err"
}

passed=0 failed=0
check() {
  file=$1
  dir=$(cd "$(dirname "$file")" && pwd) name=$(basename "$file" .py)
  (cd "$dir" && run_one "$py" "$tmp/py" && run_one "$atoll" "$tmp/at")
  ok=1
  for part in rc out err; do
    cmp -s "$tmp/py.$part" "$tmp/at.$part" || ok=0
  done
  label=$(basename "$dir")/$name
  if [ $ok = 1 ]; then
    passed=$((passed + 1)); echo "PASS $label"
  else
    failed=$((failed + 1)); echo "FAIL $label"
    if [ $verbose = 1 ]; then
      for part in rc out err; do
        diff -u --label "python3 $part" --label "atoll $part" "$tmp/py.$part" "$tmp/at.$part" | sed 's/^/    /'
      done
    fi
  fi
}

for arg in "$@"; do
  if [ -d "$arg" ]; then
    for f in "$arg"/*.py; do
      [ -e "$f" ] && check "$f"
    done
  else
    check "$arg"
  fi
done
echo "$passed passed, $failed failed"
[ $failed = 0 ]
