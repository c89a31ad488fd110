#!/usr/bin/env python3
"""scikit-image on the arrays bench_detectors wrote: speed ratio and agreement.

  compare_skimage.py hough RECORDS.jsonl DIR   Canny (sigma 1, 0.05/0.15 dex) + probabilistic_hough_line
  compare_skimage.py blobs RECORDS.jsonl DIR   blob_log (sigma 0.7-2.5, 3 scales, same threshold)

Prints one line per frame and a summary; times are the best of several runs, per frame."""
import json
import os
import sys
import time

import numpy as np
from skimage.feature import blob_log, canny
from skimage.transform import probabilistic_hough_line


def best_ms(runs, work):
    best = float("inf")
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        best = min(best, (time.perf_counter() - start) * 1000)
    return best, result


def load(path, dtype, shape):
    return np.fromfile(path, dtype=dtype).reshape(shape)


def point_to_segment(p, s):
    a, b = np.array(s[:2], float), np.array(s[2:], float)
    d = b - a
    t = 0.0 if not d.any() else np.clip(np.dot(p - a, d) / np.dot(d, d), 0, 1)
    return np.linalg.norm(p - (a + t * d))


def matched(segments, others, tolerance=2.0):
    """Segments whose midpoint lies within `tolerance` px of one of `others`."""
    if not segments:
        return 0
    return sum(1 for s in segments
               if any(point_to_segment((np.array(s[:2], float) + np.array(s[2:], float)) / 2, o) <= tolerance
                      for o in others))


def hough(records, folder):
    ours_total = sk_total = 0.0
    verdicts = agree = ours_n = sk_n = ours_m = sk_m = 0
    jaccard = []
    for r in records:
        shape = (r["height"], r["width"])
        stem = os.path.join(folder, os.path.basename(r["file"]))
        residual = load(stem + ".residual.f32", np.float32, shape)
        interior = load(stem + ".interior.u8", np.uint8, shape) > 0
        our_edges = load(stem + ".edges.u8", np.uint8, shape) > 0

        def run():
            edges = canny(residual, sigma=1.0, low_threshold=0.05, high_threshold=0.15) & interior
            lines = probabilistic_hough_line(edges, threshold=8, line_length=10, line_gap=1, seed=1)
            return edges, lines

        ms, (edges, lines) = best_ms(3, run)
        sk = [[a[0], a[1], b[0], b[1]] for a, b in lines]
        ours = r["segments"]
        union = np.count_nonzero(edges | our_edges)
        jaccard.append(np.count_nonzero(edges & our_edges) / union if union else 1.0)
        verdicts += 1
        agree += (len(ours) > 0) == (len(sk) > 0)
        ours_n += len(ours)
        sk_n += len(sk)
        ours_m += matched(ours, sk)
        sk_m += matched(sk, ours)
        ours_total += r["canny_hough_ms"]
        sk_total += ms
        print(f"{os.path.basename(r['file']):28s} ours {r['canny_hough_ms']:7.1f} ms ({r['detector_ms']:6.1f} ms whole detector)"
              f"  skimage {ms:7.1f} ms  segments {len(ours):3d} / {len(sk):3d}  edge Jaccard {jaccard[-1]:.2f}")
    print(f"hough: {verdicts} frames; Canny+Hough per frame ours {ours_total / verdicts:.1f} ms, skimage {sk_total / verdicts:.1f} ms"
          f" (ours {sk_total / ours_total:.1f}x faster); verdict agreement {agree}/{verdicts};"
          f" our segments matched by skimage {ours_m}/{ours_n}, skimage segments matched by ours {sk_m}/{sk_n};"
          f" edge Jaccard median {np.median(jaccard):.2f}")


def blobs(records, folder):
    ours_total = sk_total = 0.0
    ours_n = sk_n = ours_m = sk_m = 0
    for r in records:
        shape = (r["height"], r["width"])
        image = load(os.path.join(folder, os.path.basename(r["file"])) + ".log10.f32", np.float32, shape)
        ms, found = best_ms(3, lambda: blob_log(image, min_sigma=0.7, max_sigma=2.5, num_sigma=3,
                                                   threshold=r["threshold"], overlap=1.0, exclude_border=1))
        sk = np.array([[b[1], b[0]] for b in found]) if len(found) else np.zeros((0, 2))
        ours = np.array([[b[0], b[1]] for b in r["blobs"]]) if r["blobs"] else np.zeros((0, 2))

        def hits(a, b):
            if not len(a) or not len(b):
                return 0
            d = np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(-1))
            return int((d.min(axis=1) <= 1.5).sum())

        ours_n += len(ours)
        sk_n += len(sk)
        ours_m += hits(ours, sk)
        sk_m += hits(sk, ours)
        ours_total += r["ms"]
        sk_total += ms
        print(f"{os.path.basename(r['file']):28s} ours {r['ms']:6.2f} ms  skimage {ms:7.2f} ms  blobs {len(ours):4d} / {len(sk):4d}")
    n = len(records)
    print(f"blobs: {n} frames of {records[0]['width']} x {records[0]['height']}; per frame ours {ours_total / n:.2f} ms,"
          f" skimage {sk_total / n:.2f} ms (ours {sk_total / ours_total:.1f}x faster);"
          f" our blobs matched within 1.5 px {ours_m}/{ours_n}, skimage blobs matched {sk_m}/{sk_n}")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("hough", "blobs"):
        sys.exit(__doc__)
    with open(sys.argv[2]) as f:
        records = [json.loads(line) for line in f if line.strip()]
    if not records:
        sys.exit(f"{sys.argv[2]}: no records")
    (hough if sys.argv[1] == "hough" else blobs)(records, sys.argv[3])


if __name__ == "__main__":
    main()
