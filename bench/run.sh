#!/usr/bin/env bash
# Whole-process benchmark of `claimcheck check` with the bundled rules.
#  1. Cold start: one article, as a model and as text, checked in a fresh process (median of
#     RUNS), for the plain build (`dotnet ClaimCheck.Cli.dll`) and the ReadyToRun publish.
#  2. Throughput: generated corpora of 1, 1,000 and 10,000 articles, as model JSON and as plain
#     text, with 1 and 2 jobs, JSON Lines to a file: articles/s, MB/s of article text, peak
#     memory, beside the floor of reading the same files with cat and scanning them with one
#     grep -c; and a check that 1 and 2 jobs write the same bytes.
# Usage: bench/run.sh [SIZES...]   (default: 1 1000 10000)   Env: BENCH_DIR, RUNS (default 11)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ $# -gt 0 ] || sizes=(1 1000 10000)
work=${BENCH_DIR:-/tmp/claimcheck-bench}
runs=${RUNS:-11}
mkdir -p "$work"

if ! command -v /usr/bin/time >/dev/null; then
  echo "needs /usr/bin/time (apt-get install -y time)" >&2
  exit 2
fi

echo "building (Release) and publishing (ReadyToRun, linux-x64)..." >&2
dotnet build -c Release src/ClaimCheck.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/CorpusGenerator -v q -nologo >/dev/null
# ReadyToRun images left in obj/ by another kind of publish (composite, self-contained) crash
# at start-up if reused: publish from clean intermediate folders.
rm -rf src/*/obj/Release/net10.0/linux-x64 "$work/r2r"
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/r2r" src/ClaimCheck.Cli -v q -nologo >/dev/null
plain="dotnet src/ClaimCheck.Cli/bin/Release/net10.0/ClaimCheck.Cli.dll"
r2r="$work/r2r/ClaimCheck.Cli"
gen="dotnet bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll"
# The parse cache is part of a normal start-up: the first run of each binary fills it.
export CLAIMCHECK_CACHE_DIR="$work/cache"

measure() { # command... -> "seconds peak_kb"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || true
  cat "$work/time.txt"
}

median_ms() { # command... -> median wall milliseconds over $runs runs (after one warm-up run)
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    cat "$work/time.txt"
  done | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }'
}

[ -d "$work/corpus-1/json" ] || $gen "$work/corpus-1" 1 7 >/dev/null
one_json=$(ls "$work"/corpus-1/json/*.json)
one_txt=$(ls "$work"/corpus-1/txt/*.txt)
echo "cold start, one article, median of $runs fresh processes (ms):"
printf "  %-34s %8s %8s\n" "" "model" "text"
printf "  %-34s %8s %8s\n" "plain build (dotnet ...Cli.dll)" \
  "$(median_ms $plain check "$one_json" --format jsonl --fail-on none)" \
  "$(median_ms $plain check "$one_txt" --format jsonl --fail-on none)"
printf "  %-34s %8s %8s\n" "ReadyToRun publish" \
  "$(median_ms "$r2r" check "$one_json" --format jsonl --fail-on none)" \
  "$(median_ms "$r2r" check "$one_txt" --format jsonl --fail-on none)"
printf "  %-34s %8s\n" "ReadyToRun 'claimcheck --help'" "$(median_ms "$r2r" --help)"
CLAIMCHECK_STATS=1 "$r2r" check "$one_json" --format jsonl --fail-on none 2>&1 >/dev/null | sed 's/^/  ReadyToRun, model: /'
echo

echo "throughput (ReadyToRun publish; MB = article text; floor = the model files for json, the text files for txt):"
printf "  %-26s %9s %11s %9s %9s\n" "run" "seconds" "articles/s" "MB/s" "peak MB"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -d "$corpus/json" ] || $gen "$corpus" "$n" 7 >/dev/null
  mb=$(cat "$corpus"/txt/*.txt | wc -c | awk '{print $1 / 1048576}')
  for kind in json txt; do
    for label in cat grep jobs1 jobs2; do
      case $label in
        cat) line=$(measure bash -c "cat $corpus/$kind/* >/dev/null") ;;
        grep) line=$(measure bash -c "cat $corpus/$kind/* | grep -c said >/dev/null") ;;
        jobs*) line=$(measure "$r2r" check "$corpus/$kind" --format jsonl --output "$work/report-$n-$kind-${label#jobs}.jsonl" --fail-on none --jobs "${label#jobs}") ;;
      esac
      read -r seconds kb <<<"$line"
      if [ "$label" = "jobs2" ] && ! cmp -s "$work/report-$n-$kind-1.jsonl" "$work/report-$n-$kind-2.jsonl"; then
        echo "reports differ between 1 and 2 jobs ($kind, n=$n)" >&2
        exit 1
      fi
      awk -v l="$kind $label n=$n" -v s="$seconds" -v n="$n" -v mb="$mb" -v kb="$kb" \
        'BEGIN { s = (s < 0.01 ? 0.01 : s); printf "  %-26s %9.2f %11.0f %9.2f %9.1f\n", l, s, n / s, mb / s, kb / 1024 }'
    done
  done
done
