#!/bin/sh
# bench.sh [PROGRAM ...] - times atoll against CPython on the shared benchmark
# programs (../shared/bench, or $BENCH_DIR) with their runner, which checks
# that both print the same checksum and reports the ratio atoll/python3 per
# program and their geometric mean. Builds a Release binary first.
# Environment: RUNS (default 3), REF (the reference interpreter; default the
# real binary behind python3), QUICK=1 (tiny sizes).
set -e
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-../shared/bench}
[ -x "$BENCH_DIR/run.sh" ] || { echo "bench.sh: no benchmark runner in $BENCH_DIR" >&2; exit 2; }
cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-rel -j"$(nproc)" >/dev/null
REF=${REF:-$(python3 -c 'import sys; print(sys.executable)')}
[ $# -gt 0 ] && export BENCHES="$*"
exec "$BENCH_DIR/run.sh" "$PWD/build-rel/atoll" "$REF"
