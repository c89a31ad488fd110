#!/usr/bin/env python3
"""Reference timings with Debian's astropy + numpy, for the ratios in run_benchmarks.sh.

  reference_astropy.py headers FILE...   fits.getheader loop (the catalog's job)
  reference_astropy.py load FILE...      fits.getdata(...).astype(float32) loop (open a frame)
  reference_astropy.py readwrite FILE... read as float32 and write a float32 FITS copy: the input
                                         and output alone of a calibration run, no processing
Prints one JSON object: files, seconds (best of 3), ms_per_file.
"""
import json
import os
import sys
import tempfile
import time

import numpy as np
from astropy.io import fits


def main():
    mode, files = sys.argv[1], sys.argv[2:]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        if mode == "headers":
            for f in files:
                fits.getheader(f)
        elif mode == "readwrite":
            with tempfile.TemporaryDirectory() as out:
                for f in files:
                    with fits.open(f) as hdul:
                        data = np.asarray(hdul[0].data, dtype=np.float32)
                        fits.PrimaryHDU(data, hdul[0].header).writeto(os.path.join(out, os.path.basename(f)))
        else:
            for f in files:
                np.asarray(fits.getdata(f), dtype=np.float32)
        best = min(best, time.perf_counter() - start)
    print(json.dumps({"files": len(files), "seconds": round(best, 4), "ms_per_file": round(1000 * best / len(files), 4)}))


if __name__ == "__main__":
    main()
