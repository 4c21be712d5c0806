"""Shared helpers for Kongjian's benchmarks (tests/bench/<group>/bench_<name>.py).

A benchmark imports this module with

    sys.path.insert(0, os.path.join(os.environ["KJ_SOURCE_DIR"], "tests", "bench"))
    import benchlib

and reports each measurement with emit_metric(), one `KJ_METRIC {json}` line on stdout that tests/bench/bench.py
collects. Everything else a benchmark prints is a log line. Helpers here: the environment the runner gives
(build_dir, source_dir, work_dir), free_port, the reference server (start_server / Server.stop), nginx on a free port
with a generated config (start_nginx), wrk with its latency distribution parsed (run_wrk), a process's memory from
/proc (rss_kib, peak_rss_kib), and a monotonic stopwatch (timed).
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request


def build_dir():
    return os.environ["KJ_BUILD_DIR"]


def source_dir():
    return os.environ["KJ_SOURCE_DIR"]


def work_dir():
    """A fresh directory for this benchmark's files; the runner removes it afterwards."""
    return os.environ["KJ_BENCH_WORK"]


def log(*args):
    print(*args, flush=True)


def emit_metric(name, value, unit, anchor, goal, met, ratio=None):
    """Prints one metric line for the runner. ratio defaults to value / anchor; goal is human text such as
    ">= 0.3 x anchor"; met says whether the goal is reached (a missed goal is reported, not a failure)."""
    if ratio is None:
        ratio = (value / anchor) if anchor else 0.0
    record = {"name": name, "value": round(float(value), 4), "unit": unit, "anchor": round(float(anchor), 4),
              "ratio": round(float(ratio), 4), "goal": goal, "met": bool(met)}
    print("KJ_METRIC " + json.dumps(record, ensure_ascii=False), flush=True)
    return record


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, process=None, timeout=30.0, what="server"):
    """Waits until url answers 200; raises when the process exits or the time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with status {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=1.0) as reply:
                if reply.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not answer {url} within {timeout:.0f} s")


class Process:
    """A background process with a log file; stop() ends it (SIGTERM, then SIGKILL) and waits for it."""

    def __init__(self, argv, log_path, name):
        self.name = name
        self.log_path = log_path
        self._log = open(log_path, "ab")
        self.process = subprocess.Popen(argv, stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.pid = self.process.pid

    def stop(self, timeout=10.0):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
        return self.process.returncode

    def log_tail(self, lines=20):
        try:
            with open(self.log_path, "rb") as f:
                return b"".join(f.readlines()[-lines:]).decode("utf-8", "replace")
        except OSError:
            return ""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class Server(Process):
    """The reference server kongjian-server; base_url is http://127.0.0.1:PORT."""

    def __init__(self, argv, log_path, port, data_dir):
        super().__init__(argv, log_path, "kongjian-server")
        self.port = port
        self.data_dir = data_dir
        self.base_url = f"http://127.0.0.1:{port}"


def server_binary():
    path = os.path.join(build_dir(), "bin", "kongjian-server")
    if not os.access(path, os.X_OK):
        raise RuntimeError(f"{path} is missing: build the target kongjian-server")
    return path


def start_server(data_dir=None, threads=None, seed_demo=False, extra_args=(), port=None):
    """Starts the reference server on a free loopback port with its data in data_dir (default: WORK/server) and
    waits for /healthz. threads: its I/O thread count (default: the server's own, one per core, at least 2)."""
    data_dir = data_dir or os.path.join(work_dir(), "server")
    os.makedirs(data_dir, exist_ok=True)
    port = port or free_port()
    argv = [server_binary(), "--listen", f"127.0.0.1:{port}", "--data-dir", data_dir]
    if threads:
        argv += ["--threads", str(threads)]
    if seed_demo:
        argv.append("--seed-demo")
    argv += list(extra_args)
    server = Server(argv, os.path.join(data_dir, "server.log"), port, data_dir)
    try:
        wait_http(server.base_url + "/healthz", server.process, what="kongjian-server")
    except RuntimeError:
        server.stop()
        raise RuntimeError(f"kongjian-server did not start; its log:\n{server.log_tail()}")
    return server


class Nginx(Process):
    """nginx on a free loopback port serving root (and taking PUT into root/upload/ when dav is on)."""

    def __init__(self, argv, log_path, port, root, prefix):
        super().__init__(argv, log_path, "nginx")
        self.port = port
        self.root = root
        self.prefix = prefix
        self.base_url = f"http://127.0.0.1:{port}"

    def stop(self, timeout=10.0):
        # SIGTERM is nginx's fast shutdown; SIGQUIT would wait for keep-alive connections to close
        return super().stop(timeout)


def start_nginx(root, workers=None, dav=False, name="nginx", http_extra="", server_extra=""):
    """Starts nginx in the foreground (daemon off) on a free loopback port with a config generated in
    WORK/<name>/: static files from root, one access-log line per request into WORK/<name>/access.log (the
    reference server logs every request too), keep-alive on; with dav=True PUT into root/upload/ is accepted (client_max_body_size unbounded) for upload anchors.
    workers defaults to the core count, the same as the reference server's I/O threads. http_extra and server_extra
    go into the http and server blocks (a load balancer's upstream and location; root may then be None)."""
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    prefix = os.path.join(work_dir(), name)
    os.makedirs(os.path.join(prefix, "tmp"), exist_ok=True)
    port = free_port()
    workers = workers or max(2, os.cpu_count() or 2)
    user = "user root root;" if os.geteuid() == 0 else ""
    dav_block = ""
    if dav:
        os.makedirs(os.path.join(root, "upload"), exist_ok=True)
        dav_block = f"""
        location /upload/ {{
            dav_methods PUT;
            create_full_put_path on;
            client_max_body_size 0;
            client_body_buffer_size 1m;
            client_body_temp_path {prefix}/tmp/body;
        }}"""
    conf = f"""{user}
worker_processes {workers};
daemon off;
master_process on;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log {prefix}/access.log;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 60s;
    default_type application/json;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;{http_extra}
    server {{
        listen 127.0.0.1:{port};
        {f"root {root};" if root else ""}{dav_block}{server_extra}
    }}
}}
"""
    conf_path = os.path.join(prefix, "nginx.conf")
    with open(conf_path, "w") as f:
        f.write(conf)
    argv = [nginx_bin, "-p", prefix, "-c", conf_path, "-e", os.path.join(prefix, "error.log")]
    n = Nginx(argv, os.path.join(prefix, "stdout.log"), port, root, prefix)
    # nginx answers 404 on /: wait for the port instead of a 200
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if n.process.poll() is not None:
            raise RuntimeError(f"nginx exited with {n.process.returncode}: {n.log_tail()}\n"
                               + open(os.path.join(prefix, "error.log")).read()[-2000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return n
        except OSError:
            time.sleep(0.05)
    n.stop()
    raise RuntimeError("nginx did not listen within 15 s")


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _to_ms(text):
    for unit in ("us", "ms", "s", "m"):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * _UNITS[unit]
    return float(text)


def run_wrk(url, seconds=10, connections=64, threads=2, script=None, headers=(), timeout_s=10, warmup=0):
    """Runs wrk --latency and returns {"rps", "p50_ms", "p90_ms", "p99_ms", "requests", "non2xx", "errors",
    "output"}. script: a Lua file for wrk -s; headers: "Name: value" strings for -H. warmup: seconds of an
    untimed run first (connections opened, caches warm)."""
    wrk = shutil.which("wrk")
    if not wrk:
        raise RuntimeError("wrk is not installed (Debian package wrk)")
    argv = [wrk, "--latency", "-t", str(threads), "-c", str(connections), "--timeout", f"{timeout_s}s"]
    for h in headers:
        argv += ["-H", h]
    if script:
        argv += ["-s", script]
    if warmup:
        subprocess.run(argv + ["-d", f"{warmup}s", url], capture_output=True, timeout=warmup + 30)
    done = subprocess.run(argv + ["-d", f"{seconds}s", url], capture_output=True, text=True, timeout=seconds + 60)
    out = done.stdout
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr}{out}")
    result = {"rps": 0.0, "requests": 0, "non2xx": 0, "errors": 0, "output": out}
    in_dist = False
    for line in out.splitlines():
        s = line.split()
        if not s:
            continue
        if line.startswith("Requests/sec:"):
            result["rps"] = float(s[1])
        elif "requests in" in line:
            result["requests"] = int(s[0])
        elif line.strip().startswith("Non-2xx or 3xx responses:"):
            result["non2xx"] = int(s[-1])
        elif line.strip().startswith("Socket errors:"):
            # Socket errors: connect 0, read 0, write 0, timeout 0
            result["errors"] = sum(int(x.strip(",")) for x in s[3::2])
        elif "Latency Distribution" in line:
            in_dist = True
        elif in_dist and s[0].endswith("%") and len(s) == 2:
            result[f"p{s[0].rstrip('%').split('.')[0]}_ms"] = _to_ms(s[1])
        else:
            in_dist = False if in_dist and not s[0].endswith("%") else in_dist
    return result


def _status_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"/proc/{pid}/status has no {field}")


def rss_kib(pid):
    """The process's resident memory now (VmRSS), KiB."""
    return _status_kib(pid, "VmRSS")


def peak_rss_kib(pid):
    """The process's peak resident memory so far (VmHWM), KiB; read it before the process exits."""
    return _status_kib(pid, "VmHWM")


def cpu_seconds(pids):
    """User + system CPU the processes (and the children they waited for) used so far, seconds."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total += sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
    return total / ticks


def process_tree(pid):
    """pid and its direct children (nginx's master and workers)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [pid] + [int(x) for x in f.read().split()]
    except OSError:
        return [pid]


def reset_peak_rss(pid):
    """Resets VmHWM to the current RSS (Linux >= 4.0, writing 5 to clear_refs); False when not allowed."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


class timed:
    """with timed() as t: ...; t.seconds is the monotonic wall time of the block."""

    def __enter__(self):
        self.start = time.perf_counter()
        self.seconds = 0.0
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start


def best_of(n, fn):
    """Runs fn() n times and returns the smallest result (a wall time: the least disturbed run on a shared box)."""
    return min(fn() for _ in range(n))


def fail(message):
    """Ends the benchmark with a message and a non-zero status (the runner reports it as crashed)."""
    print(f"bench: {message}", file=sys.stderr, flush=True)
    sys.exit(1)
