#!/usr/bin/env bash
# Benchmarks of the series foundation (issue 17, DESIGN.md section 5), in one run on this machine:
#   1. a 32 Hz day (2,764,800 vectors): BFIELD read by HelioBench vs numpy.fromfile on the same bytes;
#   2. a simulated 30-day month of 8 Hz MAG days opened as one series, its memory against the raw arrays;
#   3. the decimation pyramid of the month: build time, size, queries at three zooms.
# Usage: bash tests/bench/bench_series.sh [WORKDIR]   (BUILD=build/dev to use an existing build)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/heliobench-bench}
build=${BUILD:-build/release}
if [[ $build == build/release ]]; then
  cmake --preset release -DHB_BUILD_TESTS=ON >/dev/null
fi
cmake --build "$build" --target heliobench-cli bench_series >/dev/null
/usr/bin/python3 -c "import numpy" 2>/dev/null || { echo "numpy is missing: apt-get install python3-numpy" >&2; exit 1; }
bench=$build/tests/bench/bench_series
mkdir -p "$work"

layout=$("$bench" write32 "$work/day32.cdf")
records=$(/usr/bin/python3 -c "import json,sys; print(json.loads(sys.argv[1])['records'])" "$layout")
offset=$(/usr/bin/python3 -c "import json,sys; print(json.loads(sys.argv[1])['bfield_offset'])" "$layout")
ours=$("$bench" read "$work/day32.cdf")
numpy_ms=$(/usr/bin/python3 - "$work/day32.cdf" "$records" "$offset" <<'PY'
import sys, time
import numpy as np
path, records, offset = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
best = float("inf")
for _ in range(7):
    s = time.perf_counter()
    a = np.fromfile(path, dtype="<f4", count=records * 4, offset=offset).reshape(records, 4)
    best = min(best, time.perf_counter() - s)
print(f"{best * 1e3:.2f}")
PY
)
echo "32 Hz day, HelioBench: $ours"
echo "32 Hz day, numpy.fromfile BFIELD: $numpy_ms ms"
/usr/bin/python3 -c "import json,sys; o=json.loads(sys.argv[1]); n=float(sys.argv[2]); print(f'ratio numpy/ours: float32 {n/o[\"bfield_float32_ms\"]:.2f}x, open+float64 {n/o[\"bfield_float64_ms\"]:.2f}x, open+series {n/o[\"series_ms\"]:.2f}x')" "$ours" "$numpy_ms"

if [[ ! -f $work/month/STA_L1_MAG_RTN_20081231_V06.cdf ]]; then
  echo "simulating 30 days of MAG L1..."
  "$build/app/heliobench-cli" simulate mag --out "$work/month" --count 30 --start 2008-12-02 --seed 30 --quiet --overwrite >/dev/null
fi
echo "month: $("$bench" month "$work"/month/STA_L1_MAG_RTN_*.cdf)"
