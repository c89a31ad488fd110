#!/usr/bin/env python3
"""The real SECCHI and LASCO files go through the shipped Level 0.5 -> 1 pipelines; every product
passes fitsverify, opens in sunpy as a map (the image and its MASK extension) and sunpy puts the
Sun centre and the plate scale where heliobench-cli does.

Usage: compare_with_sunpy.py HELIOBENCH_CLI SOURCE_DIR SHARED_DATA_DIR
Exit 0 when all agree, 1 on any disagreement, 77 (skipped) when the data folder is absent.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import warnings

RUNS = [  # (pipeline, input files relative to the data folder)
    ("secchi-l1.json", ["secchi/cor1/*.fts", "secchi/euvi/*.fts"]),
    ("secchi-hi-l1.json", ["secchi/hi/*.fts"]),
    ("lasco-l1.json", ["lasco/*/*.fts"]),
]
CENTRE_TOLERANCE_PX = 1e-3
CORNER_TOLERANCE_ARCSEC = 1e-3
SCALE_TOLERANCE = 1e-9  # relative


def run_pipeline(cli, pipeline, inputs, out):
    proc = subprocess.run([cli, "run", pipeline, *inputs, "--out", out, "--layout", "flat", "--json"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{pipeline}: heliobench-cli run failed ({proc.returncode}):\n{proc.stderr}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def fitsverify_errors(path):
    proc = subprocess.run(["fitsverify", "-q", path], capture_output=True, text=True)
    text = proc.stdout + proc.stderr
    return 0 if "verification OK" in text or " 0 errors" in text else text.strip()


def main():
    cli, source, data = sys.argv[1], sys.argv[2], sys.argv[3]
    if not os.path.isdir(data):
        print(f"{data} is absent: sunpy comparison skipped")
        return 77
    warnings.simplefilter("ignore")  # sunpy's notes on assumed observer positions
    import astropy.units as u
    import sunpy
    import sunpy.map
    sunpy.log.setLevel("WARNING")
    from astropy.coordinates import SkyCoord

    problems, compared, written, rejected = [], 0, 0, 0
    with tempfile.TemporaryDirectory() as out:
        for pipeline, patterns in RUNS:
            inputs = sorted(f for p in patterns for f in glob.glob(os.path.join(data, p)))
            records = run_pipeline(cli, os.path.join(source, "resources", "pipelines", pipeline), inputs, out)
            for r in records:
                if r.get("status") == "rejected":
                    rejected += 1
                    print(f"rejected on purpose: {os.path.basename(r['input'])}: {r.get('message')}")
                elif r.get("status") == "failed":
                    problems.append(f"{r['input']}: failed: {r.get('message')}")
        for product in sorted(glob.glob(os.path.join(out, "*.fts"))):
            written += 1
            name = os.path.basename(product)
            errors = fitsverify_errors(product)
            if errors:
                problems.append(f"{name}: fitsverify: {errors}")
            info = json.loads(subprocess.run([cli, "info", "--json", product], capture_output=True, text=True).stdout)
            maps = sunpy.map.Map(product)
            if not isinstance(maps, list) or len(maps) != 2:
                problems.append(f"{name}: sunpy made {maps!r}, not an image map and a mask map")
                continue
            m = maps[0]
            ours = info["wcs"]
            if ours is None:
                print(f"{name}: no solar WCS on our side ({m.coordinate_system}); only opened")
                continue
            x, y = m.world_to_pixel(SkyCoord(0 * u.arcsec, 0 * u.arcsec, frame=m.coordinate_frame))
            sx, sy = m.scale.axis1.to_value(u.arcsec / u.pix), m.scale.axis2.to_value(u.arcsec / u.pix)
            dx, dy = x.value - ours["sun_center_px"][0], y.value - ours["sun_center_px"][1]
            print(f"{name}: centre ours ({ours['sun_center_px'][0]:.4f}, {ours['sun_center_px'][1]:.4f}) "
                  f"sunpy ({x.value:.4f}, {y.value:.4f}); scale ours {ours['scale_arcsec'][0]:.6g} sunpy {sx:.6g} arcsec/px; "
                  f"pixel (0,0) ours ({ours['pixel_0_0_arcsec'][0]:.3f}, {ours['pixel_0_0_arcsec'][1]:.3f}) arcsec; "
                  f"rsun ours {ours['rsun_arcsec']:.1f}{' (assumed)' if ours['rsun_assumed'] else ''} sunpy {m.rsun_obs.value:.1f}")
            if max(abs(dx), abs(dy)) > CENTRE_TOLERANCE_PX:
                problems.append(f"{name}: Sun centre differs by ({dx:.4g}, {dy:.4g}) px")
            for a, b in ((sx, ours["scale_arcsec"][0]), (sy, ours["scale_arcsec"][1])):
                if abs(a - abs(b)) > SCALE_TOLERANCE * abs(b):
                    problems.append(f"{name}: scale {a} vs ours {b}")
            corner = m.pixel_to_world(0 * u.pix, 0 * u.pix)
            ctx, cty = corner.Tx.to_value(u.arcsec), corner.Ty.to_value(u.arcsec)
            ox, oy = ours["pixel_0_0_arcsec"]
            if max(abs(ctx - ox), abs(cty - oy)) > CORNER_TOLERANCE_ARCSEC:
                problems.append(f"{name}: pixel (0, 0) at ({ctx}, {cty}) arcsec in sunpy, ({ox}, {oy}) in ours")
            compared += 1
    print(f"{written} products, {compared} compared with sunpy, {rejected} rejected on purpose")
    if compared < 10:
        problems.append(f"only {compared} products compared: expected the 12 LASCO Level 0.5 and the SECCHI COR1/EUVI files")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
