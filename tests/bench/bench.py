#!/usr/bin/env python3
"""Kongjian's benchmark runner (./dev bench builds in Release with -DKJ_BENCH=ON, then runs this).

    python3 tests/bench/bench.py --build BUILD_DIR [--json FILE] [--timeout SECONDS] [--list] [NAME...]

A benchmark is a script tests/bench/<group>/bench_<name>.py (run with this Python) or bench_<name>.sh (run with
bash); the script drives whatever it needs, usually programs built from tests/bench/<group>.cmake into
BUILD_DIR/bin and the reference server BUILD_DIR/bin/kongjian-server. Built programs are never run by the runner
directly: a script decides their arguments, anchors and goals. NAME filters benchmarks by substring of
"<group>/<name>" (e.g. `feed`, `server/`). Benchmarks run one after the other (they measure; running them side by
side would measure each other).

Each benchmark runs with the environment
    KJ_BUILD_DIR   the build directory (absolute)
    KJ_SOURCE_DIR  the source tree (absolute)
    KJ_BENCH_WORK  a fresh temporary directory, removed afterwards (KJ_BENCH_KEEP=1 keeps it)
and a time limit (--timeout, default 900 s; the whole process group is killed past it). It prints any number of
lines

    KJ_METRIC {"name": ..., "value": N, "unit": "...", "anchor": N, "ratio": N, "goal": "...", "met": true|false}

on stdout (tests/bench/benchlib.py's emit_metric writes them); every other line is a log, shown indented (stderr
too). The runner prints the machine (CPU model, cores, memory, kernel), one table of every metric, and with
--json FILE writes {"machine": {...}, "command": "...", "metrics": [...]}. It exits 0 when every benchmark ran and
printed at least one metric (a missed goal is reported, not a failure), 1 when a benchmark crashed, timed out or
printed no metric, 2 on a usage error.
"""

import argparse
import json
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
PREFIX = "KJ_METRIC "
FIELDS = ("name", "value", "unit", "anchor", "ratio", "goal", "met")


def discover():
    found = []
    for group in sorted(os.listdir(HERE)):
        folder = os.path.join(HERE, group)
        if not os.path.isdir(folder) or group.startswith((".", "_")):
            continue
        for entry in sorted(os.listdir(folder)):
            stem, ext = os.path.splitext(entry)
            if stem.startswith("bench_") and ext in (".py", ".sh"):
                found.append((f"{group}/{stem[len('bench_'):]}", os.path.join(folder, entry)))
    return found


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    load = ""
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory,
            "kernel": f"{platform.system()} {platform.release()}", "load_average": load}


def parse_metric(text, bench):
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        return None, f"{bench}: unreadable KJ_METRIC line ({e}): {text}"
    missing = [k for k in FIELDS if k not in record]
    if missing:
        return None, f"{bench}: KJ_METRIC line without {', '.join(missing)}: {text}"
    record["benchmark"] = bench
    return record, None


def run_one(name, path, build, timeout):
    work = tempfile.mkdtemp(prefix="kj-bench-" + name.replace("/", "-") + "-")
    env = dict(os.environ, KJ_BUILD_DIR=build, KJ_SOURCE_DIR=SOURCE, KJ_BENCH_WORK=work, PYTHONUNBUFFERED="1",
               PYTHONDONTWRITEBYTECODE="1")
    argv = [sys.executable, path] if path.endswith(".py") else ["bash", path]
    metrics, problems = [], []
    started = time.monotonic()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               errors="replace", start_new_session=True)
    timed_out = threading.Event()

    def kill_group():
        timed_out.set()
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill_group)
    timer.start()
    try:
        for line in process.stdout:
            line = line.rstrip("\n")
            if line.startswith(PREFIX):
                record, problem = parse_metric(line[len(PREFIX):], name)
                if record:
                    metrics.append(record)
                    print(f"    {record['name']}: {fmt(record['value'])} {record['unit']} "
                          f"(anchor {fmt(record['anchor'])}, ratio {fmt(record['ratio'])}, "
                          f"{'met' if record['met'] else 'MISSED'})", flush=True)
                else:
                    problems.append(problem)
            else:
                print("    | " + line, flush=True)
        code = process.wait()
    finally:
        timer.cancel()
        # a benchmark that leaves servers behind must not disturb the next one
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if os.environ.get("KJ_BENCH_KEEP") == "1":
            print(f"    (work directory kept: {work})")
        else:
            shutil.rmtree(work, ignore_errors=True)
    seconds = time.monotonic() - started
    if timed_out.is_set():
        problems.append(f"{name}: killed after the time limit of {timeout} s")
    elif code != 0:
        problems.append(f"{name}: exited with status {code}")
    if not metrics and not timed_out.is_set():
        problems.append(f"{name}: printed no KJ_METRIC line")
    return metrics, problems, seconds


def fmt(x):
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    if x == 0:
        return "0"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    if abs(x) >= 0.01:
        return f"{x:.3f}".rstrip("0").rstrip(".")
    return f"{x:.2g}"


def table(metrics):
    header = ("metric", "value", "anchor", "ratio", "goal", "met")
    rows = [(m["name"], f"{fmt(m['value'])} {m['unit']}", fmt(m["anchor"]), fmt(m["ratio"]), str(m["goal"]),
             "yes" if m["met"] else "NO") for m in metrics]
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) if rows else len(header[i]) for i in range(6)]
    line = lambda r: "  ".join(c.ljust(widths[i]) if i in (0, 4, 5) else c.rjust(widths[i]) for i, c in enumerate(r))
    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def markdown(metrics):
    out = ["| metric | value | anchor | ratio | goal | met |", "|---|---:|---:|---:|---|---|"]
    for m in metrics:
        out.append(f"| {m['name']} | {fmt(m['value'])} {m['unit']} | {fmt(m['anchor'])} | {fmt(m['ratio'])} | "
                   f"{m['goal']} | {'yes' if m['met'] else '**no**'} |")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description="Run Kongjian's benchmarks (tests/bench/<group>/bench_<name>.*).")
    parser.add_argument("--build", required=True, help="the build directory (Release, -DKJ_BENCH=ON)")
    parser.add_argument("--json", help="write {machine, command, metrics} to this file")
    parser.add_argument("--markdown", help="write the table as Markdown to this file (for docs/performance.md)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds each benchmark may run (default 900)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("names", nargs="*", help="run only benchmarks whose group/name contains one of these")
    args = parser.parse_args()

    build = os.path.abspath(args.build)
    benches = discover()
    if args.names:
        benches = [(n, p) for n, p in benches if any(s in n for s in args.names)]
    if args.list:
        for n, p in benches:
            print(f"{n}\t{os.path.relpath(p, SOURCE)}")
        return 0
    if not benches:
        print("bench.py: no benchmark matches " + " ".join(args.names), file=sys.stderr)
        return 2
    if not os.path.isdir(build):
        print(f"bench.py: no build directory {build}", file=sys.stderr)
        return 2

    box = machine()
    command = "./dev bench" + "".join(" " + shlex.quote(a) for a in sys.argv[1:] if a != "--build" and a != args.build)
    print(f"machine: {box['cpu']}, {box['cores']} cores, {box['memory']}, {box['kernel']} "
          f"(load average before: {box['load_average']})", flush=True)
    all_metrics, all_problems = [], []
    for name, path in benches:
        print(f"== {name}", flush=True)
        metrics, problems, seconds = run_one(name, path, build, args.timeout)
        print(f"   ({seconds:.0f} s)", flush=True)
        all_metrics += metrics
        all_problems += problems

    print()
    print(f"machine: {box['cpu']}, {box['cores']} cores, {box['memory']}, {box['kernel']}")
    print(table(all_metrics))
    missed = [m["name"] for m in all_metrics if not m["met"]]
    if missed:
        print(f"\n{len(missed)} goal(s) missed: " + ", ".join(missed))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"machine": box, "command": command,
                       "metrics": [{k: m[k] for k in FIELDS} | {"benchmark": m["benchmark"]} for m in all_metrics]},
                      f, indent=2, ensure_ascii=False)
            f.write("\n")
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(markdown(all_metrics) + "\n")
    if all_problems:
        print("\nbenchmarks that failed:", file=sys.stderr)
        for p in all_problems:
            print("  " + p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
