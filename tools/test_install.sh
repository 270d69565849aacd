#!/bin/sh
# test_install.sh BUILD SRC - installs the build into BUILD/test-install and
# builds the examples against that tree as a host would: with pkg-config
# (the shared library, then libatoll.a) and with CMake's find_package(atoll);
# then runs them. CTest's api/install.
set -e
build=$1
src=$2
prefix=$build/test-install
out=$build/test-install-examples
rm -rf "$prefix" "$out"
mkdir -p "$out"
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in include/atoll.h bin/atoll; do
  test -e "$prefix/$f" || { echo "not installed: $f"; exit 1; }
done
pc=$(find "$prefix" -name atoll.pc)
test -n "$pc" || { echo "atoll.pc not installed"; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
libdir=$(pkg-config --variable=libdir atoll)
test -e "$libdir/libatoll.a" || { echo "libatoll.a not installed"; exit 1; }
soname=$(objdump -p "$libdir/libatoll.so" | awk '/SONAME/ {print $2}')
test -e "$libdir/$soname" || { echo "no $soname in $libdir"; exit 1; }
# the shared library exports the API and nothing else
extra=$(nm -D --defined-only "$libdir/libatoll.so" | awk '$2 ~ /[TDBRV]/ {print $3}' |
        grep -v -e '^atoll_' -e '^_end$' -e '^_edata$' -e '^__bss_start$' -e '^_init$' -e '^_fini$' || true)
test -z "$extra" || { echo "libatoll.so exports more than atoll_*:"; echo "$extra" | head; exit 1; }

cc=${CC:-cc}
for ex in minimal parallel; do
  # shared, found at run time through the rpath
  $cc -o "$out/$ex" "$src/examples/$ex.c" $(pkg-config --cflags --libs atoll) -pthread -Wl,-rpath,"$libdir"
  # static: libatoll.a and what it needs (Requires.private, Libs.private)
  $cc -o "$out/$ex-static" "$src/examples/$ex.c" $(pkg-config --cflags atoll) \
      $(pkg-config --static --libs atoll | sed 's/-latoll/-l:libatoll.a/') -pthread
done
"$out/minimal" > "$out/minimal.txt"
"$out/minimal-static" | cmp - "$out/minimal.txt"
grep -q "2\*\*100 = 1267650600228229401496703205376" "$out/minimal.txt"
"$out/parallel" 3 > "$out/parallel.txt"
grep -q "^3 interpreters, 64 jobs: 27608 primes below 320000$" "$out/parallel.txt"
"$out/parallel-static" 2 | grep -q "^2 interpreters, 64 jobs: 27608 primes below 320000$"

# find_package(atoll): examples/CMakeLists.txt on its own
cmake -S "$src/examples" -B "$out/cmake" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_RPATH="$libdir" >/dev/null
cmake --build "$out/cmake" >/dev/null
"$out/cmake/minimal" | cmp - "$out/minimal.txt"
"$out/cmake/parallel" 2 | grep -q "27608 primes"
echo "install tree, pkg-config and find_package(atoll): ok"
