"""Server GET /healthz against nginx serving a static file of the same bytes (wrk, 64 connections).
Goal (issue 6): at least 0.8 of nginx's requests per second."""

import os
import urllib.request

import serverbench
from serverbench import benchlib


def main():
    work = benchlib.work_dir()
    server = benchlib.start_server()
    nginx = None
    try:
        with urllib.request.urlopen(server.base_url + "/healthz") as reply:
            body = reply.read()
        root = os.path.join(work, "www")
        os.makedirs(root)
        with open(os.path.join(root, "healthz"), "wb") as f:
            f.write(body)
        benchlib.log(f"/healthz answers {len(body)} bytes; nginx serves the same bytes as a static file")
        nginx = benchlib.start_nginx(root)
        ours, theirs = serverbench.compare_with_nginx("healthz", server, nginx, server.base_url + "/healthz",
                                                      nginx.base_url + "/healthz")
        ratio = ours["rps"] / theirs["rps"]
        benchlib.emit_metric("server /healthz requests/s", ours["rps"], "req/s", theirs["rps"],
                             ">= 0.8 x nginx static", ratio >= 0.8, ratio)
        benchlib.log(f"p99: server {ours['p99_ms']:.2f} ms, nginx {theirs['p99_ms']:.2f} ms")
    finally:
        if nginx:
            nginx.stop()
        server.stop()


if __name__ == "__main__":
    main()
