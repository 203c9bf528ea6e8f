#!/usr/bin/env bash
# Builds the libFuzzer target over the server's request decoders (tests/fuzz/CMakeLists.txt) with
# clang and runs it: run-fuzz.sh <build folder> [seconds, default 20] [clang++].
# The test run (ctest fuzz_server_decoders) gives it 20 s; the long run (target fuzz_server_long)
# 600 s. The corpus grows in <build folder>/corpus; a crash leaves its input there as crash-*.
set -euo pipefail
build=${1:?build folder}
seconds=${2:-20}
cxx=${3:-clang++}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$build"
if ! command -v "$cxx" >/dev/null; then
    echo "run-fuzz.sh: $cxx is not installed (scripts/install-deps.sh installs clang)" >&2
    exit 1
fi
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log"; exit 1; }
cmake --build "$build" >"$build/build.log" 2>&1 || { cat "$build/build.log"; exit 1; }
mkdir -p "$build/corpus" "$build/artifacts"
# Qt reads no platform plugin here; keep its start-up quiet and deterministic.
export QT_LOGGING_RULES="*.debug=false" LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
"$build/fuzz_server_decoders" "$build/corpus" "$here/corpus" \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -dict="$here/json.dict" -artifact_prefix="$build/artifacts/" -print_final_stats=1 \
    >"$build/fuzz.log" 2>&1 || status=$?
grep -E "^(Done|stat::|INFO: (Seed|Loaded))|ERROR|SUMMARY|deadly|crash-|leak-" "$build/fuzz.log" || true
if ls "$build"/artifacts/crash-* "$build"/artifacts/leak-* "$build"/artifacts/timeout-* >/dev/null 2>&1; then
    echo "run-fuzz.sh: findings in $build/artifacts" >&2
    status=1
fi
exit "$status"
