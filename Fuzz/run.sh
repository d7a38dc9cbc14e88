#!/usr/bin/env bash
# Fuzz the whole text pipeline with libFuzzer for SECONDS (default 600) with random SEED
# (default 0: a new one each run; CI passes a fixed one so its run is repeatable), seeded with the seed
# corpus and the reader fixtures. Builds brief-fuzz with -sanitize=fuzzer,address in its own
# build folder (.build-fuzz), so normal builds are unaffected; linked with lld (gold warns about
# an ASan symbol). A crashing input is written to Fuzz/crashes/; copy it to Fuzz/regressions/
# (replayed by the test suite) once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
seed="${2:-0}"
swift build -c release --product brief-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" Fuzz/crashes
cp seeds/*.txt Tests/BriefKitTests/Fixtures/mixed/* "$work/corpus/"
cp Fuzz/regressions/* "$work/corpus/" 2>/dev/null || true
.build-fuzz/release/brief-fuzz "$work/corpus" -max_total_time="$seconds" -seed="$seed" -max_len=65536 -timeout=30 \
    -rss_limit_mb=4096 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1
