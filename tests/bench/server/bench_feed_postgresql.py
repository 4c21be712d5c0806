"""Server GET /api/v1/feed?limit=20 on PostgreSQL (issue 7), the data of server/feed (a viewer with 200 friends and
200,000 items), against nginx serving a static file of the same bytes: one kongjian-server process, then two
processes over the same database and media folder behind nginx as the load balancer (round robin, keep-alive to
the upstreams), as docs/deploy.md sets them up. The goals are the SQLite server's (server/feed).

PostgreSQL is Debian's, a throwaway cluster on a Unix socket started by tests/postgresql/cluster.sh, with
fsync off (a benchmark, not a store). The server makes the schema and the viewer (a real sign-up and log-in);
the rest goes in with COPY, then ANALYZE (timed apart, never part of the measurement)."""

import os
import subprocess

import bench_feed
import serverbench
from serverbench import benchlib


def psql(url_dir, sql, stdin=None):
    cmd = ["psql", "-h", url_dir, "-U", "kongjian", "-d", "kongjian", "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True).stdout.strip()


def copy_text(value):
    """A value in COPY's text format."""
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def seed(socket_dir, viewer):
    viewer_id, password_hash = psql(socket_dir, f"SELECT id, password_hash FROM users WHERE username = '{viewer}'").split("|")
    with benchlib.timed() as t:
        for table, columns, rows in bench_feed.content(int(viewer_id), password_hash):
            data = "".join("\t".join(copy_text(v) for v in row) + "\n" for row in rows)
            psql(socket_dir, f"COPY {table} ({', '.join(columns)}) FROM STDIN", stdin=data)
        psql(socket_dir, "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))")
        psql(socket_dir, "ANALYZE")
    return t.seconds


def start_balancer(upstreams):
    """nginx in front of the server processes: round robin, HTTP/1.1 with keep-alive to each."""
    servers = "\n".join(f"        server 127.0.0.1:{s.port};" for s in upstreams)
    proxy = f"""
    upstream kongjian {{
{servers}
        keepalive 64;
    }}"""
    location = """
        location / {
            proxy_pass http://kongjian;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
        }"""
    return benchlib.start_nginx(None, name="balancer", http_extra=proxy, server_extra=location)


def main():
    work = benchlib.work_dir()
    cluster = os.path.join(benchlib.source_dir(), "tests", "postgresql", "cluster.sh")
    socket_dir = f"/tmp/kj-pg-bench-{os.getpid()}"  # short: a socket path is at most 107 bytes
    url = subprocess.run(["bash", cluster, "start", socket_dir], capture_output=True, text=True, check=True).stdout.strip()
    data = os.path.join(work, "server")
    servers = []
    nginx = balancer = None
    try:
        database = ["--database", url]
        servers.append(benchlib.start_server(data, extra_args=database))
        token = serverbench.sign_up_and_in(servers[0], "viewer", "看客")
        seconds = seed(socket_dir, "viewer")
        benchlib.log(f"seeded {bench_feed.FRIENDS} friends, {bench_feed.DIARIES} diaries and {bench_feed.POSTS} 说说 "
                     f"into PostgreSQL in {seconds:.1f} s (not timed)")

        status, _, page = serverbench.call(servers[0].port, "GET", "/api/v1/feed?limit=20", token=token)
        if status != 200 or len(page["items"]) != 20 or not page.get("nextCursor"):
            raise RuntimeError(f"the feed is not a full page of 20: {status} {str(page)[:300]}")
        body = serverbench.raw_get(servers[0].port, "/api/v1/feed?limit=20", token)
        root = os.path.join(work, "www")
        os.makedirs(os.path.join(root, "api", "v1"))
        with open(os.path.join(root, "api", "v1", "feed"), "wb") as f:
            f.write(body)
        nginx = benchlib.start_nginx(root)
        script = serverbench.auth_script(os.path.join(work, "auth.lua"), token)

        ours, theirs = serverbench.compare_with_nginx("feed (PostgreSQL, one process)", servers[0], nginx,
                                                      servers[0].base_url + "/api/v1/feed?limit=20",
                                                      nginx.base_url + "/api/v1/feed", script=script)
        ratio = ours["rps"] / theirs["rps"]
        benchlib.emit_metric("server on PostgreSQL, one process: /feed page of 20 requests/s", ours["rps"], "req/s",
                             theirs["rps"], ">= 0.3 x nginx static", ratio >= 0.3, ratio)
        p99 = ours.get("p99_ms", float("inf")) if ours["requests"] else 10_000.0
        benchlib.emit_metric("server on PostgreSQL, one process: /feed p99 latency", p99, "ms", theirs["p99_ms"],
                             "p99 < 10 ms", p99 < 10.0)

        servers.append(benchlib.start_server(os.path.join(work, "server-b"), extra_args=database))
        balancer = start_balancer(servers)
        serving = benchlib.process_tree(balancer.pid) + [s.pid for s in servers]
        ours, theirs = serverbench.compare_with_nginx("feed (PostgreSQL, two processes)", balancer, nginx,
                                                      balancer.base_url + "/api/v1/feed?limit=20",
                                                      nginx.base_url + "/api/v1/feed", script=script,
                                                      server_pids=serving)
        ratio = ours["rps"] / theirs["rps"]
        benchlib.emit_metric("server on PostgreSQL, two processes behind nginx: /feed requests/s", ours["rps"],
                             "req/s", theirs["rps"], ">= 0.3 x nginx static", ratio >= 0.3, ratio)
        p99 = ours.get("p99_ms", float("inf")) if ours["requests"] else 10_000.0
        benchlib.emit_metric("server on PostgreSQL, two processes behind nginx: /feed p99 latency", p99, "ms",
                             theirs["p99_ms"], "p99 < 10 ms", p99 < 10.0)
    finally:
        for process in (balancer, nginx, *reversed(servers)):
            if process:
                process.stop()
        subprocess.run(["bash", cluster, "stop", socket_dir], check=False)


if __name__ == "__main__":
    main()
