"""Helpers of the client benchmarks (tests/bench/client/bench_*.py) on top of tests/bench/benchlib.py: the bench
programs of tests/bench/client.cmake, their "key value" output, medians, and the environment a client run gets
(offscreen platform, settings and data under the bench's work directory)."""

import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.join(os.environ["KJ_SOURCE_DIR"], "tests", "bench"))
import benchlib  # noqa: E402


def program(name):
    path = os.path.join(benchlib.build_dir(), "bin", name)
    if not os.access(path, os.X_OK):
        benchlib.fail(f"{path} is missing: build the target kj_bench_client_all (tests/bench/client.cmake)")
    return path


def client_env(**extra):
    """The environment of a client program: offscreen, its settings and data under WORK/home, no session bus."""
    home = os.path.join(benchlib.work_dir(), "home")
    os.makedirs(home, exist_ok=True)
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                "XDG_DATA_HOME": os.path.join(home, ".local", "share"), "XDG_CACHE_HOME": os.path.join(home, ".cache"),
                "XDG_RUNTIME_DIR": home, "DBUS_SESSION_BUS_ADDRESS": "disabled:"})
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run(argv, timeout=600, env=None, stdin=None):
    """Runs a program to its end; gives its stdout. Fails the benchmark when it fails."""
    done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=env or client_env(), input=stdin)
    if done.returncode != 0:
        benchlib.fail(f"{' '.join(argv)} exited with {done.returncode}:\n{done.stderr[-3000:]}{done.stdout[-2000:]}")
    return done.stdout


def values(output):
    """The "key value" lines of a bench program's output, as floats."""
    result = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                result[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return result


def median(numbers):
    return statistics.median(numbers)
