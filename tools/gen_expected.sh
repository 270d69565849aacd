#!/bin/sh
# gen_expected.sh [SCRIPT.py ...] - regenerates the expected output of the
# language tests with CPython (python3, 3.11): NAME.out (stdout), NAME.err
# (stderr, only when non-empty) and NAME.rc (exit status, only when not 0).
# Each script runs from its own folder, as tools/langtest.sh runs it, so
# tracebacks name the file the same way (the absolute folder is stripped,
# by langtest.sh too). Without arguments: every
# tests/lang/*.py (tests whose expected output was written by hand live in
# other folders and are not touched). A NAME.in (tests/repl) is typed at
# python3 -q -i instead.
PY=${PYTHON:-python3}
cd "$(dirname "$0")/.." || exit 1
[ $# -gt 0 ] || set -- tests/lang/*.py
for script in "$@"; do
  dir=$(dirname "$script") name=$(basename "$script" .py)
  name=$(basename "$name" .in)
  (
    cd "$dir" || exit 1
    if [ -f "$name.in" ]; then    # a session typed at the prompt
      PYTHONHASHSEED=0 "$PY" -q -i <"$name.in" >"$name.out" 2>"$name.err"
    else
      PYTHONHASHSEED=0 "$PY" "$name.py" </dev/null >"$name.out" 2>"$name.err"
    fi
    rc=$?
    # CPython names the main script by its absolute path: keep tests portable
    sed -i "s|$PWD/||g" "$name.out" "$name.err"
    [ -s "$name.err" ] || rm -f "$name.err"
    if [ "$rc" -ne 0 ]; then echo "$rc" >"$name.rc"; else rm -f "$name.rc"; fi
  )
done
