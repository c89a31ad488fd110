#!/usr/bin/env bash
# Benchmarks of issue 6 (DESIGN.md section 5), measured against the reference tools in one run:
#   1. the per-pixel 10th-percentile background of 100 frames of 1024 x 1024: heliobench-cli
#      background against numpy.nanpercentile on the same frames (time and peak memory; numpy
#      is timed with and without reading the frames through astropy);
#   2. a movie of 300 frames: heliobench-cli movie (read, render, annotate, encode H.264) against
#      ffmpeg encoding the same frames pre-rendered as PNG (libx264, yuv420p).
# Usage: bash tests/bench/bench_movie.sh [WORKDIR]   (configures and builds the release preset)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/heliobench-bench-movie}
cmake --preset release -DHB_BUILD_TESTS=ON >/dev/null
cmake --build --preset release --target heliobench-cli >/dev/null
cli=$PWD/build/release/app/heliobench-cli
py=/usr/bin/python3
for tool in ffmpeg ffprobe /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench_movie: $tool is missing (Debian packages ffmpeg, time)" >&2; exit 1; }
done

mkdir -p "$work"
[[ -d $work/bg100 ]] || "$cli" simulate lasco-c2 --out "$work/bg100" --count 100 --size 1024 --seed 21 --quiet >/dev/null
[[ -d $work/movie300 ]] || "$cli" simulate lasco-c2 --out "$work/movie300" --count 300 --size 1024 --seed 22 --quiet >/dev/null

peak_mb() { awk '/Maximum resident set size/ {printf "%.0f", $6 / 1024}' "$1"; }
seconds() { awk '/Elapsed \(wall clock\)/ {n = split($8, t, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + t[i]; print s}' "$1"; }

echo "== background: 10th percentile of 100 frames of 1024 x 1024"
cat "$work"/bg100/*.fts >/dev/null   # page cache warm for both
rm -rf "$work/bgout" && mkdir -p "$work/bgout"
/usr/bin/time -v "$cli" background "$work/bg100" --out "$work/bgout" --statistic percentile --percentile 10 --min-frames 1 \
  2>"$work/time_ours.txt" >/dev/null
ours_s=$(seconds "$work/time_ours.txt"); ours_mb=$(peak_mb "$work/time_ours.txt")
rm -rf "$work/bgmedian" && mkdir -p "$work/bgmedian"
/usr/bin/time -v "$cli" background "$work/bg100" --out "$work/bgmedian" --statistic median --min-frames 1 \
  2>"$work/time_median.txt" >/dev/null
median_s=$(seconds "$work/time_median.txt")
/usr/bin/time -v $py - "$work/bg100" "$work/bgout" >"$work/numpy.txt" 2>"$work/time_numpy.txt" <<'PY'
import glob, sys, time
import numpy as np
from astropy.io import fits
files = sorted(glob.glob(sys.argv[1] + "/*.fts"))
t0 = time.perf_counter()
stack = np.empty((len(files), 1024, 1024), np.float32)
for i, f in enumerate(files):
    data = fits.getdata(f).astype(np.float32)
    data[data == 0] = np.nan          # the onboard masks and lost blocks are no samples
    stack[i] = data
t1 = time.perf_counter()
p10 = np.nanpercentile(stack, 10, axis=0)
t2 = time.perf_counter()
np.median(stack, axis=0)   # NaN where a sample is masked: the cost of the plain median
t3 = time.perf_counter()
ours = fits.getdata(glob.glob(sys.argv[2] + "/*.fts")[0]).astype(np.float32)
both = np.isfinite(ours) & np.isfinite(p10)
print(f"numpy_read_s {t1 - t0:.3f} numpy_percentile_s {t2 - t1:.3f} numpy_median_s {t3 - t2:.3f} "
      f"agree_max_abs {np.max(np.abs(ours[both] - p10[both])):.4g} agree_pixels {both.sum()}")
PY
numpy_s=$(seconds "$work/time_numpy.txt"); numpy_mb=$(peak_mb "$work/time_numpy.txt")
echo "heliobench-cli background: ${ours_s} s, peak ${ours_mb} MB (reading included)"
echo "numpy (astropy read + nanpercentile): ${numpy_s} s, peak ${numpy_mb} MB; $(cat "$work/numpy.txt")"
$py -c "print(f'ratio numpy/ours (whole run): {float($numpy_s)/float($ours_s):.1f}x faster, memory {float($numpy_mb)/float($ours_mb):.1f}x less; peak {float($ours_mb)/400:.2f}x the 400 MB stack')"
numpy_median_s=$(awk '{for (i = 1; i < NF; ++i) if ($i == "numpy_median_s") print $(i + 1)}' "$work/numpy.txt")
echo "heliobench-cli background --statistic median: ${median_s} s (reading included); numpy.median on the stack in memory: ${numpy_median_s} s"
$py -c "print(f'ratio numpy.median/ours: {float($numpy_median_s)/float($median_s):.1f}x')"

echo "== movie: 300 frames of 1024 x 1024, H.264, 10 fps"
cat "$work"/movie300/*.fts >/dev/null
rm -rf "$work/m.mp4" "$work/m.mp4.frames.csv" "$work/png" "$work/ffmpeg.mp4"
/usr/bin/time -v "$cli" movie "$work/movie300" --out "$work/m.mp4" --no-frame-list 2>"$work/time_movie.txt" >/dev/null
movie_s=$(seconds "$work/time_movie.txt"); movie_mb=$(peak_mb "$work/time_movie.txt")
"$cli" movie "$work/movie300" --out "$work/png" --no-frame-list >/dev/null 2>&1
/usr/bin/time -v ffmpeg -v error -framerate 10 -i "$work/png/frame_%05d.png" -c:v libx264 -pix_fmt yuv420p "$work/ffmpeg.mp4" \
  2>"$work/time_ffmpeg.txt"
ffmpeg_s=$(seconds "$work/time_ffmpeg.txt")
frames=$(ffprobe -v error -count_frames -show_entries stream=nb_read_frames -of csv=p=0 "$work/m.mp4")
echo "heliobench-cli movie: ${movie_s} s for ${frames} frames (FITS read, render, annotate, encode), peak ${movie_mb} MB"
echo "ffmpeg from pre-rendered PNG: ${ffmpeg_s} s"
$py -c "print(f'frame rate ours / ffmpeg: {float($ffmpeg_s)/float($movie_s):.2f} (ours {300/float($movie_s):.0f} frames/s, ffmpeg {300/float($ffmpeg_s):.0f})')"
