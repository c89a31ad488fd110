#!/usr/bin/env bash
# Replays the CDF seed corpus through the fuzzer and then RUNS mutations of it, writing new
# inputs into a temporary folder (never into the seed folder). A crash fails the test and leaves
# the input in the build folder (crash-*), named in the output.
# Usage: replay.sh FUZZER SEED_DIR RUNS
set -euo pipefail
fuzzer=$1 seeds=$2 runs=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ ! -d $seeds ]]; then
  echo "replay: the seed folder $seeds is absent; mutating from an empty corpus" >&2
  seeds=$work/none && mkdir -p "$seeds"
fi
rc=0
"$fuzzer" -runs="$runs" -seed=1 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$work" "$seeds" > "$work.log" 2>&1 || rc=$?
grep -E "^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|==[0-9]+==|SUMMARY|ERROR|Test unit written)" "$work.log" || true
if [[ $rc -ne 0 ]]; then
  tail -40 "$work.log"
fi
rm -f "$work.log"
exit "$rc"
