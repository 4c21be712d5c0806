"""Helpers the server benchmarks share: the API over http.client (sign-up, log-in) and wrk anchored on nginx."""

import http.client
import json
import os
import sys

sys.path.insert(0, os.path.join(os.environ["KJ_SOURCE_DIR"], "tests", "bench"))
import benchlib  # noqa: E402

PASSWORD = "bench-password-1"


def call(base_port, method, path, body=None, token=None, headers=None):
    """One request on a fresh connection; returns (status, headers dict, parsed JSON or raw bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", base_port, timeout=60)
    h = dict(headers or {})
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        h["Content-Type"] = "application/json"
    if token:
        h["Authorization"] = "Bearer " + token
    conn.request(method, path, body=data, headers=h)
    reply = conn.getresponse()
    raw = reply.read()
    conn.close()
    try:
        parsed = json.loads(raw) if raw else None
    except ValueError:
        parsed = raw
    return reply.status, dict(reply.getheaders()), parsed


def raw_get(port, path, token=None):
    """The exact body bytes of a GET."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path, headers={"Authorization": "Bearer " + token} if token else {})
    reply = conn.getresponse()
    body = reply.read()
    conn.close()
    if reply.status != 200:
        raise RuntimeError(f"GET {path}: {reply.status} {body[:300]!r}")
    return body


def sign_up_and_in(server, username, display_name=None):
    """Registers username and logs it in; returns its token."""
    status, _, body = call(server.port, "POST", "/api/v1/accounts",
                           {"username": username, "password": PASSWORD, "displayName": display_name or username})
    if status != 201:
        raise RuntimeError(f"sign-up of {username}: {status} {body}")
    status, _, body = call(server.port, "POST", "/api/v1/sessions",
                           {"username": username, "password": PASSWORD, "device": "bench"})
    if status != 201:
        raise RuntimeError(f"log-in of {username}: {status} {body}")
    return body["token"]


def auth_script(path, token):
    """A wrk Lua script that sends the bearer token on every request."""
    with open(path, "w") as f:
        f.write(f'wrk.headers["Authorization"] = "Bearer {token}"\n')
    return path


def compare_with_nginx(label, server, nginx, server_url, nginx_url, rounds=2, seconds=8, connections=64, script=None,
                       server_pids=None):
    """Runs wrk against nginx and the server in turn, `rounds` times each (alternating, so both see the same
    background load), and keeps each side's best round. Returns (server, nginx) wrk results, each with
    "cpu_us": the CPU the serving processes spent per request in that round (less noisy on a shared machine
    than requests per second, so it is logged beside them). server_pids: the processes serving server_url when they
    are more than `server` (several servers behind a balancer)."""
    best = {}
    for r in range(rounds):
        for side, url, s, pids in (("nginx", nginx_url, None, benchlib.process_tree(nginx.pid)),
                                   ("server", server_url, script, server_pids or [server.pid])):
            if r == 0:
                benchlib.run_wrk(url, seconds=2, connections=connections, script=s)  # warm-up, untimed
            before = benchlib.cpu_seconds(pids)
            result = benchlib.run_wrk(url, seconds=seconds, connections=connections, script=s)
            result["cpu_us"] = (benchlib.cpu_seconds(pids) - before) * 1e6 / max(1, result["requests"])
            benchlib.log(f"{label} round {r + 1} {side}: {result['rps']:.0f} req/s, p50 {result.get('p50_ms', 0):.2f} ms, "
                         f"p99 {result.get('p99_ms', 0):.2f} ms, {result['cpu_us']:.0f} µs CPU a request, "
                         f"non-2xx {result['non2xx']}, socket errors {result['errors']}")
            if result["non2xx"] or (side == "nginx" and result["requests"] == 0):
                raise RuntimeError(f"{label}: {side} answered {result['non2xx']} non-2xx of {result['requests']}:\n"
                                   + result["output"])
            if side not in best or result["rps"] > best[side]["rps"]:
                best[side] = result
    return best["server"], best["nginx"]
