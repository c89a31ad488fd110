#!/usr/bin/env python3
"""Precision and recall of `heliobench-cli flags detect` against the simulator's truth sidecars.

usage: evaluate_detectors.py HELIOBENCH_CLI FOLDER...
Each FOLDER holds simulated files with '<file>.truth.json' beside them. The defect each
detector should find:
  missing-blocks  truth "missing_blocks" not empty
  corrupted       truth "corrupted_rows" present
  cosmic-rays     truth "cosmic_ray_storm" true
  transients      truth "bleeds" not empty (a planet bright enough to bleed)
"""
import json
import os
import subprocess
import sys

TRUTH = {
    "missing-blocks": lambda t: bool(t.get("missing_blocks")),
    "corrupted": lambda t: "corrupted_rows" in t,
    "cosmic-rays": lambda t: bool(t.get("cosmic_ray_storm")),
    "transients": lambda t: bool(t.get("bleeds")),
}


def main():
    cli, folders = sys.argv[1], sys.argv[2:]
    print(f"{'detector':15} {'folder':24} {'frames':>6} {'true':>5} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}")
    for detector, has_defect in TRUTH.items():
        for folder in folders:
            run = subprocess.run([cli, "flags", "detect", detector, folder, "--json"], capture_output=True, text=True)
            tp = fp = fn = frames = positives = 0
            for line in run.stdout.splitlines():
                record = json.loads(line)
                truth_file = record["path"] + ".truth.json"
                if not os.path.exists(truth_file) or record["status"] != "ok":
                    continue
                truth = json.load(open(truth_file))
                frames += 1
                actual = has_defect(truth)
                positives += actual
                tp += actual and record["flagged"]
                fp += (not actual) and record["flagged"]
                fn += actual and not record["flagged"]
            precision = tp / (tp + fp) if tp + fp else float("nan")
            recall = tp / (tp + fn) if tp + fn else float("nan")
            print(f"{detector:15} {os.path.basename(folder.rstrip('/')):24} {frames:6d} {positives:5d} {tp:4d} {fp:4d} {fn:4d} {precision:9.2f} {recall:7.2f}")


if __name__ == "__main__":
    main()
