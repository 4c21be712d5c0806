"""Server GET /api/v1/feed?limit=20 for a viewer with 200 friends and 200,000 items, against nginx serving a
static file of the same bytes (wrk, 64 connections, the bearer token set by a Lua script).
Goals (issue 6): at least 0.3 of nginx's requests per second; the server's p99 under 10 ms.

Seeding 200,000 items through HTTP would take hours, so the server first creates its schema and the viewer
(a real sign-up and log-in: a real password hash and token), then stops, and the friends, friendships and
items go straight into its SQLite file in one transaction (timed apart, never part of the measurement).
The items are 150,000 diaries and 50,000 说说 spread evenly over the friends and over the last 200 days;
visibility mostly friends, some public, one in twenty private (which the viewer must not see), so the
audience rule has work to do. The server is restarted on the seeded file before wrk runs."""

import os
import random
import sqlite3
import time
import uuid

import serverbench
from serverbench import benchlib

FRIENDS = 200
DIARIES = 150_000
POSTS = 50_000
DAY_MS = 86_400_000


def content(viewer_id, password_hash):
    """What the feed benchmarks seed beside the viewer, as (table, columns, rows) in insertion order: the friends
    (ids right after the viewer's), the friendships both ways, then the diaries and 说说 (rows are generators)."""
    rng = random.Random(6)
    now = int(time.time() * 1000)
    start = now - 200 * DAY_MS
    visibilities = ["friends"] * 15 + ["public"] * 4 + ["private"]
    friend_ids = [viewer_id + 1 + i for i in range(FRIENDS)]

    def rows(count, make):
        for n in range(count):
            created = start + rng.randrange(200 * DAY_MS)
            yield make(str(uuid.UUID(int=rng.getrandbits(128), version=4)), friend_ids[n % FRIENDS],
                       rng.choice(visibilities), created)

    return [
        ("users", ("id", "username", "display_name", "password_hash", "created_ms"),
         ((f, f"friend{i:03d}", f"朋友 {i}", password_hash, start) for i, f in enumerate(friend_ids))),
        ("friendships", ("user_id", "friend_id", "since_ms"),
         (p for f in friend_ids for p in ((viewer_id, f, start), (f, viewer_id, start)))),
        ("diaries", ("id", "owner_id", "title", "body", "visibility", "revision", "created_ms", "updated_ms"),
         rows(DIARIES, lambda id_, owner, vis, ms: (id_, owner, f"日记 {ms % 9973}", "今天去公园散步，看见了荷花。" * 8,
                                                    vis, 1, ms, ms))),
        ("posts", ("id", "owner_id", "text", "photo_ids", "visibility", "revision", "created_ms", "updated_ms"),
         rows(POSTS, lambda id_, owner, vis, ms: (id_, owner, "读完了《三体》第一部。", "[]", vis, 1, ms, ms))),
    ]


def seed(db_path, viewer):
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA foreign_keys=ON")
    (viewer_id, password_hash) = db.execute("SELECT id, password_hash FROM users WHERE username = ?",
                                            (viewer,)).fetchone()
    with benchlib.timed() as t:
        with db:
            for table, columns, rows in content(viewer_id, password_hash):
                db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               rows)
    db.close()
    return t.seconds


def main():
    work = benchlib.work_dir()
    data = os.path.join(work, "server")
    server = benchlib.start_server(data)
    try:
        token = serverbench.sign_up_and_in(server, "viewer", "看客")
    finally:
        server.stop()
    seconds = seed(os.path.join(data, "kongjian.sqlite"), "viewer")
    benchlib.log(f"seeded {FRIENDS} friends, {DIARIES} diaries and {POSTS} 说说 in {seconds:.1f} s (not timed)")

    server = benchlib.start_server(data)
    nginx = None
    try:
        status, _, page = serverbench.call(server.port, "GET", "/api/v1/feed?limit=20", token=token)
        if status != 200 or len(page["items"]) != 20 or not page.get("nextCursor"):
            raise RuntimeError(f"the feed is not a full page of 20: {status} {str(page)[:300]}")
        # the exact bytes the server sends, for nginx to serve
        body = serverbench.raw_get(server.port, "/api/v1/feed?limit=20", token)
        root = os.path.join(work, "www")
        os.makedirs(os.path.join(root, "api", "v1"))
        with open(os.path.join(root, "api", "v1", "feed"), "wb") as f:
            f.write(body)
        kinds = sorted({i["kind"] for i in page["items"]})
        benchlib.log(f"a feed page: 20 items ({', '.join(kinds)}), {len(body)} bytes")
        nginx = benchlib.start_nginx(root)
        script = serverbench.auth_script(os.path.join(work, "auth.lua"), token)
        ours, theirs = serverbench.compare_with_nginx("feed", server, nginx, server.base_url + "/api/v1/feed?limit=20",
                                                      nginx.base_url + "/api/v1/feed", script=script)
        ratio = ours["rps"] / theirs["rps"]
        benchlib.emit_metric("server /feed page of 20 (200 friends, 200k items) requests/s", ours["rps"], "req/s",
                             theirs["rps"], ">= 0.3 x nginx static", ratio >= 0.3, ratio)
        p99 = ours.get("p99_ms", float("inf")) if ours["requests"] else 10_000.0  # none answered within wrk's timeout
        benchlib.emit_metric("server /feed page of 20 p99 latency", p99, "ms", theirs["p99_ms"], "p99 < 10 ms",
                             p99 < 10.0)
    finally:
        if nginx:
            nginx.stop()
        server.stop()


if __name__ == "__main__":
    main()
