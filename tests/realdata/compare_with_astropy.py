#!/usr/bin/env python3
"""Pixels read by heliobench-cli agree with astropy + numpy on real files.

Usage: compare_with_astropy.py HELIOBENCH_CLI SHARED_DATA_DIR
Exit 0 when every file agrees, 1 on any disagreement, 77 (skipped) when the data folder is absent.
"""
import json
import os
import subprocess
import sys

FILES = [
    "lasco/c2_2010-01_venus/22322544.fts",        # BITPIX 16 signed, upside down
    "lasco/c3_2002-01_comet96p/35082085.fts",     # BITPIX 16 with BSCALE/BZERO/BLANK (Level 1)
    "secchi/cor1/20070503_102018_s4c1a.fts",      # unsigned 16 bit (BZERO 32768)
    "secchi/hi/hi_20110910_114721_s7h2A.fts",     # BITPIX 32 scaled, BLANK
    "secchi/euvi/euvi_20090615_000900_n4euA_s.fts",  # BITPIX -64
    "soho_sdo/aia_171_cutout.fits",               # RICE_1 tile-compressed in HDU 1
    "soho_sdo/mdi.fd_M_96m_lev182.20101015_000000_TAI.data.fits",  # RICE float64 with NaN
    "excam/HLC_scistar_coadd_epoch01.fits",       # int64 cube, plane 0
]


def main():
    cli, data = sys.argv[1], sys.argv[2]
    if not os.path.isdir(data):
        print(f"{data} is absent: real-data comparison skipped")
        return 77
    try:
        import numpy as np
        from astropy.io import fits
    except ImportError as e:
        print(f"astropy/numpy missing ({e}); install python3-astropy python3-numpy")
        return 1
    failures = 0
    for rel in FILES:
        path = os.path.join(data, rel)
        out = subprocess.run([cli, "info", path, "--json"], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"FAIL {rel}: heliobench-cli exit {out.returncode}: {out.stderr.strip()}")
            failures += 1
            continue
        ours = json.loads(out.stdout)
        # Scaling done here in float64 from the raw integers, BLANK applied as the FITS standard
        # says: astropy itself scales 16-bit data in float32 (cancellation with LASCO's large
        # BZERO) and ignores BLANK when BSCALE/BZERO are present (SECCHI HI-2 beacon).
        with fits.open(path, do_not_scale_image_data=True) as hdul:
            hdu = next(h for h in hdul if h.data is not None and h.data.ndim >= 2)
            raw = np.asarray(hdu.data)
            while raw.ndim > 2:
                raw = raw[0]
            ref = raw.astype(np.float64)
            if raw.dtype.kind in "iu":
                blank = hdu.header.get("BLANK")
                ref = ref * hdu.header.get("BSCALE", 1.0) + hdu.header.get("BZERO", 0.0)
                if blank is not None:
                    ref[raw == blank] = np.nan
        finite = ref[np.isfinite(ref)]
        stats = ours["statistics"]
        checks = {
            "naxis1": (ours["naxis1"], ref.shape[1], 0),
            "naxis2": (ours["naxis2"], ref.shape[0], 0),
            "finite": (stats["finite"], finite.size, 0),
            "non_finite": (stats["non_finite"], ref.size - finite.size, 0),
            "min": (stats["min"], finite.min(), 1e-6),
            "max": (stats["max"], finite.max(), 1e-6),
            "mean": (stats["mean"], finite.mean(), 1e-5),
            "median": (stats["median"], np.percentile(finite, 50, method="nearest"), 1e-6),
        }
        bad = []
        for name, (got, want, rtol) in checks.items():
            if abs(got - want) > rtol * abs(want) + (0 if rtol == 0 else 1e-30):
                bad.append(f"{name}: ours {got!r} astropy {want!r}")
        if bad:
            failures += 1
            print(f"FAIL {rel}: " + "; ".join(bad))
        else:
            print(f"ok   {rel}: {ref.shape[1]}x{ref.shape[0]} mean {finite.mean():.6g} NaN {ref.size - finite.size}")
    print(f"{len(FILES) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
