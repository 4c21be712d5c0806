#!/usr/bin/env python3
"""How long /healthz takes while sign-ups run (issue 6): whether slow handlers hold up the cheap ones.

Starts kongjian-server on a free loopback port with a temporary data directory (as load.py does), measures /healthz
on a keep-alive connection while the server is quiet, then runs --rounds rounds of --signups simultaneous sign-ups
(Argon2id, each on its own connection) while /healthz is asked again and again, and prints the latencies of both.
Bounded: every round ends when its sign-ups have answered (each within --timeout seconds).
Exit status 0 when every request got its expected answer, 1 otherwise, 2 on a start-up error.
"""

import argparse
import http.client
import json
import os
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from load import ServerProcess, percentile  # noqa: E402


def healthz(conn):
    started = time.monotonic()
    conn.request("GET", "/healthz")
    response = conn.getresponse()
    response.read()
    return response.status, (time.monotonic() - started) * 1000.0


def sign_up(port, name, timeout, results):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    body = json.dumps({"username": name, "password": "healthz probe password", "displayName": name})
    started = time.monotonic()
    try:
        conn.request("POST", "/api/v1/accounts", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        results.append((response.status, (time.monotonic() - started) * 1000.0))
    except OSError as e:
        results.append((f"error: {e}", (time.monotonic() - started) * 1000.0))
    finally:
        conn.close()


def summary(values):
    ordered = sorted(values)
    return (f"n={len(ordered)} p50 {percentile(ordered, 50):.1f} ms, p95 {percentile(ordered, 95):.1f} ms, "
            f"max {ordered[-1] if ordered else float('nan'):.1f} ms")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--server", required=True, help="the kongjian-server binary")
    ap.add_argument("--signups", type=int, default=20, help="simultaneous sign-ups per round")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quiet-probes", type=int, default=50, help="/healthz requests before any sign-up")
    ap.add_argument("--interval-ms", type=float, default=5, help="pause between two /healthz probes")
    ap.add_argument("--timeout", type=float, default=60, help="seconds any one request may take")
    args = ap.parse_args()

    data_dir = tempfile.mkdtemp(prefix="kongjian-healthz.")
    server = ServerProcess(args.server, data_dir, 0)
    try:
        server.start()
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 2
    failures = []
    try:
        probe = http.client.HTTPConnection("127.0.0.1", server.port, timeout=args.timeout)
        quiet = []
        for _ in range(args.quiet_probes):
            status, ms = healthz(probe)
            if status != 200:
                failures.append(f"/healthz answered {status} while quiet")
            quiet.append(ms)
            time.sleep(args.interval_ms / 1000.0)

        busy, signups = [], []
        for r in range(args.rounds):
            results = []
            threads = [threading.Thread(target=sign_up, args=(server.port, f"probe{r}x{i}", args.timeout, results))
                       for i in range(args.signups)]
            for t in threads:
                t.start()
            while any(t.is_alive() for t in threads):
                status, ms = healthz(probe)
                if status != 200:
                    failures.append(f"/healthz answered {status} during sign-ups")
                busy.append(ms)
                time.sleep(args.interval_ms / 1000.0)
            for t in threads:
                t.join()
            for status, ms in results:
                if status != 201:
                    failures.append(f"a sign-up answered {status}")
                signups.append(ms)
        probe.close()
    finally:
        code = server.stop()
    if code not in (0, None):
        failures.append(f"the server exited with {code}")

    print(f"/healthz while quiet:               {summary(quiet)}")
    print(f"/healthz during {args.signups} sign-ups at once: {summary(busy)}  ({args.rounds} rounds)")
    print(f"sign-up (Argon2id):                 {summary(signups)}")
    for failure in failures[:20]:
        print("FAIL:", failure)
    if failures:
        print(f"data and server log kept in {data_dir}")
        return 1
    shutil.rmtree(data_dir, ignore_errors=True)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
