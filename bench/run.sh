#!/usr/bin/env bash
# Whole-process benchmark: checks generated corpora of 1, 1,000 and 10,000 model articles and
# prints articles/s, MB/s of article text and peak memory, beside the floor of reading the
# same files with cat and scanning them with one grep -c.
# Usage: bench/run.sh [SIZES...]   (default: 1 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1 1000 10000}")
[ $# -gt 0 ] || sizes=(1 1000 10000)
work=${BENCH_DIR:-/tmp/claimcheck-bench}
mkdir -p "$work"

if ! command -v /usr/bin/time >/dev/null; then
  echo "needs /usr/bin/time (apt-get install -y time)" >&2
  exit 2
fi

dotnet build -c Release src/ClaimCheck.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/CorpusGenerator -v q -nologo >/dev/null
cli="dotnet src/ClaimCheck.Cli/bin/Release/net10.0/ClaimCheck.Cli.dll"
gen="dotnet bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || true
  read -r seconds kb < "$work/time.txt"
  echo "$label $seconds $kb"
}

printf "%-28s %10s %12s %10s %12s\n" "run" "seconds" "articles/s" "MB/s" "peak MB"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -d "$corpus/json" ] || $gen "$corpus" "$n" 7 >/dev/null
  mb=$(du -cb "$corpus"/txt/*.txt | tail -n 1 | awk '{print $1/1048576}')
  for label in "cat" "grep" "check-jobs1" "check-jobs2"; do
    case $label in
      cat) line=$(measure "$label" bash -c "cat $corpus/json/*.json >/dev/null") ;;
      grep) line=$(measure "$label" bash -c "cat $corpus/json/*.json | grep -c said >/dev/null") ;;
      check-jobs1) line=$(measure "$label" $cli check "$corpus/json" --format jsonl --output "$work/report-$n-1.jsonl" --fail-on none --jobs 1) ;;
      check-jobs2) line=$(measure "$label" $cli check "$corpus/json" --format jsonl --output "$work/report-$n-2.jsonl" --fail-on none --jobs 2) ;;
    esac
    read -r _ seconds kb <<<"$line"
    if [ "$label" = "check-jobs2" ] && ! cmp -s "$work/report-$n-1.jsonl" "$work/report-$n-2.jsonl"; then
      echo "reports differ between 1 and 2 jobs" >&2
      exit 1
    fi
    awk -v l="$label n=$n" -v s="$seconds" -v n="$n" -v mb="$mb" -v kb="$kb" \
      'BEGIN { s = (s < 0.01 ? 0.01 : s); printf "%-28s %10.2f %12.0f %10.2f %12.1f\n", l, s, n / s, mb / s, kb / 1024 }'
  done
done
