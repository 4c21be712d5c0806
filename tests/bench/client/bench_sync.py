#!/usr/bin/env python3
"""Sync benchmarks against the reference server (Release), with accounts seeded through the server's repositories
(kj_bench_seed_server): "big" with 100,000 diaries, "small" with 1,000, "first" with 10,000.

- sync with nothing new: `kongjian-cli sync` on a profile already fully synced, account of 100,000 items vs the same
  with 1,000 items (whole process: start, store, one round trip). Five rounds interleaved, medians. Goal: at most
  1.5x, and through a counting proxy: one request, its reply under 1 KiB.
- first sync of 10,000 items: `kongjian-cli login` (it signs in and makes the first sync) vs curl asking the same requests
  (recorded by the counting proxy on a first run) over one keep-alive connection. Three rounds interleaved, medians.
  Goal: at most 2x."""

import json
import os
import shutil
import subprocess
import time

import clientbench
from clientbench import benchlib
from countingproxy import CountingProxy

BIG = int(os.environ.get("KJ_BENCH_SYNC_BIG", "100000"))
SMALL = int(os.environ.get("KJ_BENCH_SYNC_SMALL", "1000"))
FIRST = int(os.environ.get("KJ_BENCH_SYNC_FIRST", "10000"))
PASSWORD = "bench-password-1"


def cli(profile, url, *args, stdin=None, timeout=900):
    return clientbench.run([clientbench.program("kongjian-cli"), "--profile", profile, "--server", url, *args],
                           timeout=timeout, stdin=stdin)


def timed_cli(profile, url, *args):
    start = time.perf_counter()
    cli(profile, url, *args)
    return time.perf_counter() - start


def sign_in(name, username, url):
    profile = os.path.join(benchlib.work_dir(), "profiles", name)
    shutil.rmtree(profile, ignore_errors=True)
    cli(profile, url, "login", username, stdin=PASSWORD + "\n")
    return profile


def token_of(profile):
    with open(os.path.join(profile, "account.json")) as f:
        return json.load(f)["token"]


def main():
    data = os.path.join(benchlib.work_dir(), "server")
    seeder = clientbench.program("kj_bench_seed_server")
    for username, count in (("big", BIG), ("small", SMALL), ("first", FIRST)):
        start = time.perf_counter()
        clientbench.run([seeder, data, username, PASSWORD, str(count)], timeout=900)
        benchlib.log(f"seeded {username} with {count} diaries in {time.perf_counter() - start:.1f} s")
    server = benchlib.start_server(data_dir=data)
    # Every client request goes through the counting proxy (a profile keeps the address it signed in at);
    # the curl anchor goes through it too, so both pay the same extra hop.
    proxy = CountingProxy(server.port)
    url = proxy.base_url
    try:
        # --- nothing new --- (`login` signs in and makes the first sync)
        profiles = {}
        for username, count in (("big", BIG), ("small", SMALL)):
            start = time.perf_counter()
            profiles[username] = sign_in(username, username, url)
            benchlib.log(f"{username}: sign-in with the first sync of {count} diaries took {time.perf_counter() - start:.2f} s")
        times = {"big": [], "small": []}
        for round_ in range(5):
            for username in ("small", "big"):
                times[username].append(timed_cli(profiles[username], url, "sync"))
            benchlib.log(f"round {round_ + 1}: nothing new: small {times['small'][-1] * 1000:.1f} ms, "
                         f"big {times['big'][-1] * 1000:.1f} ms")
        proxy.take()
        cli(profiles["big"], url, "sync")
        seen = proxy.take()
        for method, path, status, size, _ in seen:
            benchlib.log(f"  nothing-new sync of big asked: {method} {path} -> {status}, {size} bytes")
        requests = len(seen)
        reply = max((size for _, _, _, size, _ in seen), default=0)
        value, anchor = clientbench.median(times["big"]) * 1000, clientbench.median(times["small"]) * 1000
        benchlib.emit_metric(f"sync with nothing new, account of {BIG:,} items (vs {SMALL:,})", value, "ms", anchor,
                             "<= 1.5 x anchor, 1 request, reply < 1 KiB",
                             value <= 1.5 * anchor and requests == 1 and reply < 1024)
        benchlib.emit_metric("sync with nothing new: requests", requests, "requests", 1, "== 1", requests == 1)
        benchlib.emit_metric("sync with nothing new: reply bytes", reply, "bytes", 1024, "< 1024", reply < 1024)

        # --- first sync of 10,000: sign-in (its password check included) and the whole first sync ---
        proxy.take()
        recorded = sign_in("first-recorded", "first", url)
        asked = proxy.take()
        benchlib.log(f"signing in with a first sync of {FIRST} diaries asks {len(asked)} requests: "
                     + ", ".join(sorted({f"{m} {p.split('?')[0]}" for m, p, *_ in asked})))
        curl = shutil.which("curl") or benchlib.fail("curl is not installed")
        argv = [curl, "-sf"]
        for i, (method, path, _, _, body) in enumerate(asked):
            if i:
                argv.append("--next")
            argv += ["-o", "/dev/null", "-H", f"Authorization: Bearer {token_of(recorded)}"]
            if method != "GET":
                argv += ["-X", method, "-H", "Content-Type: application/json", "--data-binary", (body or b"").decode()]
            argv.append(url + path)
        subject, anchor_times = [], []
        for round_ in range(3):
            start = time.perf_counter()
            done = subprocess.run(argv, capture_output=True)
            anchor_times.append(time.perf_counter() - start)
            if done.returncode != 0:
                benchlib.fail(f"curl failed with {done.returncode}: {done.stderr.decode(errors='replace')}")
            start = time.perf_counter()
            sign_in(f"first-{round_}", "first", url)
            subject.append(time.perf_counter() - start)
            benchlib.log(f"round {round_ + 1}: sign-in + first sync {subject[-1] * 1000:.0f} ms, curl {anchor_times[-1] * 1000:.0f} ms")
        value, anchor = clientbench.median(subject) * 1000, clientbench.median(anchor_times) * 1000
        benchlib.emit_metric(f"first sync of {FIRST:,} items (with sign-in)", value, "ms", anchor, "<= 2 x anchor",
                             value <= 2 * anchor)
    finally:
        proxy.stop()
        server.stop()


if __name__ == "__main__":
    main()
