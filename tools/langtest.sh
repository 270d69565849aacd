#!/bin/sh
# langtest.sh ATOLL DIR NAME: runs DIR/NAME.py under ATOLL from inside DIR (so
# tracebacks name the file as CPython printed it when the expected output was
# made) and compares stdout, stderr and the exit status with NAME.out, NAME.err
# and NAME.rc. A missing .err means empty stderr, a missing .rc means status 0.
# With DIR/NAME.in instead of NAME.py, NAME.in is typed at the prompt.
atoll=$1 dir=$2 name=$3
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
cd "$dir" || exit 2
if [ -f "$name.in" ]; then
  # a session at the prompt: NAME.in typed at atoll -q -i (as python3 -q -i)
  "$atoll" -q -i <"$name.in" >"$tmp/out" 2>"$tmp/err"
else
  "$atoll" "$name.py" </dev/null >"$tmp/out" 2>"$tmp/err"
fi
echo $? >"$tmp/rc"
# the main script's file name is absolute, as in CPython: compare it relative
sed -i "s|$PWD/||g" "$tmp/out" "$tmp/err"
status=0
[ -f "$name.rc" ] && want_rc=$(cat "$name.rc") || want_rc=0
if [ "$(cat "$tmp/rc")" != "$want_rc" ]; then
  echo "exit status $(cat "$tmp/rc"), expected $want_rc"; status=1
fi
if ! diff -u "$name.out" "$tmp/out" >"$tmp/d"; then
  echo "stdout differs:"; cat "$tmp/d"; status=1
fi
want_err=/dev/null
[ -f "$name.err" ] && want_err=$name.err
if ! diff -u "$want_err" "$tmp/err" >"$tmp/d"; then
  echo "stderr differs:"; cat "$tmp/d"; status=1
fi
exit $status
