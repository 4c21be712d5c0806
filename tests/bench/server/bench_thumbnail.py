"""The server's thumbnailing of a 24-megapixel JPEG against vipsthumbnail on the same file.
Goal (issue 6): at most 1.5 x vipsthumbnail's time.

The photo is made with vips in the work directory: 6000 x 4000, smooth colour fields under Gaussian noise
(photo-like: it compresses to about 11 MB at quality 92, as a camera's JPEG does). kj_bench_thumbnail runs
the server's own ImageProcessor::process, the code path of every completed photo upload: sniff, header
checks, Exiv2, one decode (scaled while decoding), the 1600 px `large` and the 256 px `thumb` JPEGs at
quality 85. vipsthumbnail makes the same two files (-s 1600 and -s 256, Q=85), so the anchor is the two
vipsthumbnail runs together. Both are timed as whole processes (start-up included on both sides), each the
best of five, alternating, after one untimed run of each warms the page cache."""

import os
import shutil
import subprocess
import time

from serverbench import benchlib

RUNS = 5


def make_photo(work):
    photo = os.path.join(work, "photo24.jpg")
    steps = [
        ["vips", "perlin", "r.v", "6000", "4000", "--cell-size", "500", "--seed", "1"],
        ["vips", "perlin", "g.v", "6000", "4000", "--cell-size", "350", "--seed", "2"],
        ["vips", "perlin", "b.v", "6000", "4000", "--cell-size", "700", "--seed", "3"],
        ["vips", "bandjoin", "r.v g.v b.v", "rgb.v"],
        ["vips", "linear", "rgb.v", "scaled.v", "110", "128"],
        ["vips", "gaussnoise", "noise.v", "6000", "4000", "--sigma", "12", "--mean", "0"],
        ["vips", "add", "scaled.v", "noise.v", "sum.v"],
        ["vips", "cast", "sum.v", "u8.v", "uchar"],
        ["vips", "copy", "u8.v", "photo24.jpg[Q=92]", "--interpretation", "srgb"],
    ]
    for step in steps:
        subprocess.run(step, cwd=work, check=True, capture_output=True)
    for v in ("r.v", "g.v", "b.v", "rgb.v", "scaled.v", "noise.v", "sum.v", "u8.v"):
        os.remove(os.path.join(work, v))
    return photo


def wall(argv):
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr}")
    return seconds, done.stdout.strip()


def main():
    work = benchlib.work_dir()
    ours_bin = os.path.join(benchlib.build_dir(), "bin", "kj_bench_thumbnail")
    if not os.access(ours_bin, os.X_OK):
        benchlib.fail(f"{ours_bin} is missing: build the target kj_bench_server_all (tests/bench/server.cmake)")
    vips = shutil.which("vipsthumbnail")
    if not vips:
        benchlib.fail("vipsthumbnail is missing (Debian package libvips-tools)")
    with benchlib.timed() as t:
        photo = make_photo(work)
    benchlib.log(f"made {os.path.basename(photo)}: 6000x4000, {os.path.getsize(photo) / 1e6:.1f} MB in {t.seconds:.1f} s (not timed)")
    out = os.path.join(work, "ours")
    os.makedirs(out)

    def ours():
        seconds, text = wall([ours_bin, photo, out])
        return seconds, text

    def theirs():
        a, _ = wall([vips, photo, "-s", "1600", "-o", os.path.join(work, "vips-large.jpg[Q=85]")])
        b, _ = wall([vips, photo, "-s", "256", "-o", os.path.join(work, "vips-thumb.jpg[Q=85]")])
        return a + b

    ours()
    theirs()
    our_times, their_times, inner = [], [], []
    for _ in range(RUNS):
        s, text = ours()
        our_times.append(s)
        inner.append(text)
        their_times.append(theirs())
    for name in ("thumb.jpg", "large.jpg"):
        if os.path.getsize(os.path.join(out, name)) == 0:
            benchlib.fail(f"{name} is empty")
    benchlib.log("kj_bench_thumbnail: " + "; ".join(inner))
    benchlib.log("ours (s): " + " ".join(f"{x:.3f}" for x in our_times))
    benchlib.log("vipsthumbnail -s 1600 + -s 256 (s): " + " ".join(f"{x:.3f}" for x in their_times))
    ours_best, theirs_best = min(our_times), min(their_times)
    ratio = ours_best / theirs_best
    benchlib.emit_metric("thumbnail + large of a 24 MP JPEG", ours_best * 1000, "ms", theirs_best * 1000,
                         "<= 1.5 x vipsthumbnail", ratio <= 1.5, ratio)


if __name__ == "__main__":
    main()
