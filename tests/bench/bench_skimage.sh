#!/usr/bin/env bash
# The detectors against scikit-image on the same arrays, in one run on this machine (issue 5):
#   1. the transient detector's Canny + probabilistic Hough on 1024 x 1024 brightening maps of the
#      real LASCO Venus (C2) and comet 96P (C3) sequences and a simulated C2 day;
#   2. the LoG blob finder of the cosmic-ray detector against blob_log on 256 x 256 frames.
# Usage: bash tests/bench/bench_skimage.sh [WORKDIR]   (builds the release preset)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/heliobench-bench}/skimage
build=build/release
py=/usr/bin/python3
$py -c "import skimage" 2>/dev/null || { echo "bench_skimage: python3-skimage is missing (sudo bash .ci/install-deps)" >&2; exit 1; }
cmake --preset release -DHB_BUILD_TESTS=ON >/dev/null
cmake --build --preset release --target heliobench-cli bench_detectors >/dev/null
cli=$build/app/heliobench-cli
bench=$build/tests/bench/bench_detectors
data=../shared/data/lasco
mkdir -p "$work"
[[ -d $work/c2day ]] || "$cli" simulate lasco-c2 --out "$work/c2day" --count 12 --size 1024 --seed 7 --quiet >/dev/null
[[ -d $work/small ]] || "$cli" simulate lasco-c2 --out "$work/small" --count 16 --size 256 --seed 5 --quiet >/dev/null

hough() {  # name, files in time order
  local name=$1; shift
  "$bench" hough "$work/$name" "$@" > "$work/$name.jsonl"
  echo "== $name"
  $py tests/bench/compare_skimage.py hough "$work/$name.jsonl" "$work/$name" | tail -1
}
hough venus-c2 "$data"/c2_2010-01_venus/*.fts
# The Level 1 file of the comet sequence is left out: another unit, another orientation.
hough comet96p-c3 "$data"/c3_2002-01_comet96p/320*.fts
hough simulated-c2 "$work"/c2day/*.fts
"$bench" blobs "$work/small" "$work"/small/*.fts > "$work/small.jsonl"
echo "== simulated-c2-256"
$py tests/bench/compare_skimage.py blobs "$work/small.jsonl" "$work/small" | tail -1
