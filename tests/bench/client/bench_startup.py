#!/usr/bin/env python3
"""Client cold start and memory with 100,000 items cached, vs an empty QMainWindow program.

A profile is signed in (offline: its server address answers nothing, so the window opens on the cache alone) with
100,000 diaries in its store. kongjian and kj_bench_empty_window run under QT_QPA_PLATFORM=offscreen with
KJ_EXIT_AFTER_FIRST_PAINT=1: once their main window has painted its first frame they print CLOCK_MONOTONIC and their
peak RSS (VmHWM) and quit. Start time = that instant minus the instant before the process was spawned. Five rounds,
interleaved; medians. Goals: start at most 2x the anchor's; peak memory at most 150 MiB above the anchor's."""

import os
import subprocess
import time

import clientbench
from clientbench import benchlib

ITEMS = int(os.environ.get("KJ_BENCH_CLIENT_ITEMS", "100000"))
ROUNDS = 5


def first_paint(argv):
    env = clientbench.client_env(KJ_EXIT_AFTER_FIRST_PAINT=1)
    start = time.monotonic_ns()
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env)
    for line in done.stdout.splitlines():
        if line.startswith("KJ_FIRST_PAINT "):
            fields = dict(part.split("=", 1) for part in line.split()[1:])
            return (int(fields["monotonic_ns"]) - start) / 1e6, int(fields["vmhwm_kib"]) / 1024.0
    benchlib.fail(f"{argv[0]} painted no first frame (status {done.returncode}):\n{done.stderr[-3000:]}")


def main():
    profile = os.path.join(benchlib.work_dir(), "profile")
    offline = f"http://127.0.0.1:{benchlib.free_port()}"  # nothing listens there
    store = clientbench.run([clientbench.program("kj_bench_seed_profile"), profile, offline, "alice", str(ITEMS)]).strip()
    benchlib.log(f"profile {profile}: {ITEMS} diaries cached in {store} ({os.path.getsize(store) / 2**20:.1f} MiB)")

    kongjian = [clientbench.program("kongjian"), "--profile", profile]
    empty = [clientbench.program("kj_bench_empty_window")]
    first_paint(empty)  # the first run of each loads the libraries into the page cache
    first_paint(kongjian)
    times = {"kongjian": [], "empty": []}
    peaks = {"kongjian": [], "empty": []}
    for round_ in range(ROUNDS):
        for name, argv in (("empty", empty), ("kongjian", kongjian)):
            ms, mib = first_paint(argv)
            times[name].append(ms)
            peaks[name].append(mib)
            benchlib.log(f"round {round_ + 1}: {name:8} first frame after {ms:8.1f} ms, peak RSS {mib:6.1f} MiB")

    value, anchor = clientbench.median(times["kongjian"]), clientbench.median(times["empty"])
    benchlib.emit_metric(f"client cold start to first frame, {ITEMS:,} items cached", value, "ms", anchor,
                         "<= 2 x anchor", value <= 2 * anchor)
    value, anchor = clientbench.median(peaks["kongjian"]), clientbench.median(peaks["empty"])
    benchlib.emit_metric(f"client memory (peak RSS at first frame), {ITEMS:,} items cached", value, "MiB", anchor,
                         "<= anchor + 150 MiB", value - anchor <= 150)


if __name__ == "__main__":
    main()
