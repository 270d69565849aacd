#!/bin/sh
# bench_parallel.sh - the parallel benchmarks: each program of
# tools/bench/parallel (copies of ../shared/bench/parallel) under a Release
# atoll, beside the same work done by CPython 3.13's isolated
# subinterpreters (the anchors in tools/bench/parallel/cpython) when a
# python3.13 is found, and the target each figure must meet. Every figure is
# the median of RUNS runs (default 3). A program that fails stops the run.
# Environment: RUNS, PY313 (the CPython 3.13 to use; default python3.13 on
# the PATH), QUICK=1 (small sizes, to check that everything runs).
set -e
cd "$(dirname "$0")/.."
cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-rel -j"$(nproc)" >/dev/null
ATOLL=$PWD/build-rel/atoll
DIR=$PWD/tools/bench/parallel
RUNS=${RUNS:-3}
PY313=${PY313:-python3.13}
"$PY313" -c 'import _interpreters' 2>/dev/null || PY313=
if [ -n "$QUICK" ]; then LIMIT=100000 N=200 M=20000 COUNT=50000 TASKS=1000
else LIMIT=1000000 N=1000 M=200000 COUNT=1000000 TASKS=10000; fi

# median CMD... : runs the command RUNS times; prints its outputs' median of
# the number that follows $KEY (a label such as "elapsed:").
median() {
    i=0
    while [ $i -lt "$RUNS" ]; do
        out=$("$@") || { echo "bench_parallel.sh: failed: $*" >&2; exit 1; }
        echo "$out" | sed -n "s|.*$KEY \([0-9.]*\).*|\1|p" | head -1
        i=$((i + 1))
    done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# row NAME ATOLL_FIGURE CPYTHON_FIGURE TARGET
row() { printf '%-44s %14s %14s   %s\n' "$1" "$2" "${3:--}" "$4"; }

cd "$DIR"
printf '%-44s %14s %14s   %s\n' figure atoll "CPython 3.13" target

KEY=elapsed:
a1=$(median "$ATOLL" primes_parallel.py 1 $LIMIT)
a2=$(median "$ATOLL" primes_parallel.py 2 $LIMIT)
c1= c2=
if [ -n "$PY313" ]; then
    c1=$(median "$PY313" cpython/primes_parallel_subinterp.py 1 $LIMIT)
    c2=$(median "$PY313" cpython/primes_parallel_subinterp.py 2 $LIMIT)
fi
speedup() { [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
row "primes_parallel: speedup of 2 workers over 1" "$(speedup "$a1" "$a2")" "$(speedup "$c1" "$c2")" ">= 1.8x"

KEY="interpreters,"
a=$(median "$ATOLL" spawn.py $N)
c=; [ -n "$PY313" ] && c=$(median "$PY313" cpython/spawn.py $((N / 10)))
row "spawn: interpreters created+destroyed /s" "$a" "$c" ">= 20000"
KEY="interpreter:"
a=$(median "$ATOLL" spawn.py 0)
c=; [ -n "$PY313" ] && c=$(median "$PY313" cpython/spawn.py 0 20)
row "spawn: KiB of RSS per idle interpreter" "$a" "$c" "<= 64"

KEY="round trips/s:"
a=$(median "$ATOLL" pingpong.py $M two)
c=; [ -n "$PY313" ] && c=$(median "$PY313" cpython/pingpong_subinterp.py $M)
row "pingpong: round trips/s, two interpreters" "$a" "$c" ">= 500000"

KEY="messages/s:"
a=$(median "$ATOLL" pipeline.py $COUNT four)
c=; [ -n "$PY313" ] && c=$(median "$PY313" cpython/pipeline_subinterp.py $COUNT)
row "pipeline: messages/s, 4 stages" "$a" "$c" ">= 1000000"

KEY="peak rss:"
a=$(median "$ATOLL" fanout.py $TASKS)
c=$(median python3 cpython/fanout_threads.py $TASKS)
row "fanout: peak RSS KiB, $TASKS parked (3.11 threads)" "$a" "$c" "< 102400"
