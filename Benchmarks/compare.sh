#!/usr/bin/env bash
# Times brief beside two peer summarisers on the same synthetic corpora and prints one table
# of wall time, peak memory and brief's speed-up over each peer.
#
#   Benchmarks/compare.sh [SIZES] [TIMEOUT] [SHAPES]
#     SIZES    comma-separated article counts (default 100,1000)
#     TIMEOUT  seconds a peer may take per corpus before it is stopped (default 600)
#     SHAPES   comma-separated brief-bench corpus shapes (default stories,syndicated,desk)
#
# Peers: Open Text Summarizer (Debian package ots, given the concatenated corpus) and sumy's
# LexRank (PyPI sumy, with the regex tokenizer in sumy_lexrank.py because NLTK's punkt data
# cannot be downloaded). Both are installed when missing, sumy into a virtual environment.
# brief is the release build, all four formats written; corpora come from brief-bench, so
# every tool reads the same files.
set -euo pipefail

sizes=${1:-100,1000}
timeout_seconds=${2:-600}
shapes=${3:-stories,syndicated,desk}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BRIEF_BENCH_WORK:-${TMPDIR:-/tmp}/brief-compare}
mkdir -p "$work"

if ! command -v ots >/dev/null; then
    echo "installing ots..." >&2
    apt-get install -y ots >/dev/null || { echo "compare.sh: cannot install ots (apt-get install ots)" >&2; exit 1; }
fi
# sumy from the python3 in PATH when it has it, else from a virtual environment of its own
# in the work folder (Debian's system Python takes no pip installs).
python=python3
if ! python3 -c "import sumy, numpy" 2>/dev/null; then
    python="$work/venv/bin/python"
    if ! "$python" -c "import sumy, numpy" 2>/dev/null; then
        echo "installing sumy into $work/venv..." >&2
        { python3 -m venv "$work/venv" && "$work/venv/bin/pip" install --quiet sumy numpy; } ||
            { echo "compare.sh: cannot install sumy (python3 -m venv, then pip install sumy numpy; sumy's LexRank needs NumPy)" >&2; exit 1; }
    fi
fi

(cd "$root" && swift build -c release --product brief >/dev/null && swift build -c release --product brief-bench >/dev/null)
bin="$root/.build/release"

# measure NAME COMMAND... : prints "seconds peak_MiB status" (status "timeout" when stopped).
measure() {
    local log="$work/time.log" rc=0 status=ok
    /usr/bin/time -f "%e %M" -o "$log" timeout "$timeout_seconds" "$@" >/dev/null 2>"$work/stderr.log" || rc=$?
    if [ "$rc" -eq 124 ]; then status=timeout; elif [ "$rc" -ne 0 ]; then status=failed; fi
    local figures
    figures=$(tail -n 1 "$log")
    echo "${figures%% *} $(( ${figures##* } / 1024 )) $status"
}

printf "%-10s %-9s %-6s | %-22s | %-22s | %-22s | %-9s %-9s\n" shape articles MB "brief s (MiB)" "ots s (MiB)" "sumy s (MiB)" "ots/brief" "sumy/brief"
IFS=, read -ra counts <<<"$sizes"
IFS=, read -ra shape_list <<<"$shapes"
for shape in "${shape_list[@]}"; do
for n in "${counts[@]}"; do
    corpus="$work/corpus-$shape-$n"
    "$bin/brief-bench" corpus --articles "$n" --shape "$shape" "$corpus" >/dev/null
    mb=$(du -sb --apparent-size "$corpus" | awk '{ printf "%.1f", $1 / 1e6 }')
    cat "$corpus"/*.txt >"$work/concatenated-$shape-$n.txt"

    read -r bs bm bst < <(measure "$bin/brief" generate "$corpus" --date 2025-06-02 --format all --output-dir "$work/output-$shape-$n" --force)
    read -r os om ost < <(measure ots --ratio=1 "$work/concatenated-$shape-$n.txt")
    read -r ss sm sst < <(measure "$python" "$root/Benchmarks/sumy_lexrank.py" "$corpus" 10)

    ratio() { [ "$2" = ok ] && awk -v p="$1" -v b="$bs" 'BEGIN { printf "%.1fx", p / b }' || echo "> $(awk -v t="$timeout_seconds" -v b="$bs" 'BEGIN { printf "%.0fx", t / b }')"; }
    cell() { [ "$3" = ok ] && echo "$1 ($2)" || echo "$3 after $1"; }
    printf "%-10s %-9s %-6s | %-22s | %-22s | %-22s | %-9s %-9s\n" "$shape" "$n" "$mb" "$(cell "$bs" "$bm" "$bst")" \
        "$(cell "$os" "$om" "$ost")" "$(cell "$ss" "$sm" "$sst")" "$(ratio "$os" "$ost")" "$(ratio "$ss" "$sst")"
done
done
