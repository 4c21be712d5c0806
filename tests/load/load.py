#!/usr/bin/env python3
"""Load test of the Kongjian reference server (issue 6): N simulated clients for S seconds against a fresh server.

Starts kongjian-server on a free loopback port with a temporary data directory, runs the clients (one thread and
one keep-alive HTTP/1.1 connection each, python3 standard library only), stops the server, and then checks that the
server kept every acknowledged write exactly once (a second server process on the same data directory answers the
checks, so what was checked is what reached the disk).

Each client signs up, logs in, and then does, at random with weights: diaries (create, update at its revision, a
replay of the last write, a write at a stale revision that must be refused, delete of a private one), 说说 (some
with photos), comments (and their replays), likes and unlikes, resumable photo uploads in several chunks (with a
HEAD to learn the offset, and sometimes a chunk at a wrong offset that must be refused), friend requests and
accepts, feed pages, its own diary list and /changes syncs.

Pass: no 5xx and no transport error, every refusal one the client provoked on purpose (counted and explained),
every acknowledged write found as written (diaries, 说说, comments, likes, photos, friendships), none doubled,
/changes of a fresh sync agreeing with the writes, and the server's peak RSS (VmHWM) under --rss-bound-mib.
Exit status 0 on pass, 1 on failure, 2 on a usage or start-up error.
"""

import argparse
import collections
import hashlib
import http.client
import json
import os
import random
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zlib

PASSWORD = "load-test password"

# Peak RSS allowed to the server. Measured on the shared 2-core Debian 12 machine (Debug build, 50 clients, 60 s):
# 26 MiB at start, 34 MiB at the end, peak (VmHWM) 69 MiB. The peak is the start plus Argon2id's 19 MiB for each
# password hashed at once (one per thread of the server's costly pool: half the cores) plus each handler thread's
# SQLite connection with its page and statement caches. 256 MiB leaves room for a machine with more cores (more hashes at once) and stays far below what a
# leak would reach over a run (every request's body and answer kept would add hundreds of MiB).
DEFAULT_RSS_BOUND_MIB = 256

# What each client does, and how often (relative weights).
WEIGHTS = {
    "diary_create": 14,
    "diary_update": 8,
    "diary_replay": 2,
    "diary_stale": 2,
    "diary_delete": 2,
    "post_create": 10,
    "comment": 10,
    "comment_replay": 2,
    "like": 10,
    "upload_photo": 4,
    "friend_request": 4,
    "friend_accept": 5,
    "feed": 14,
    "list_diaries": 4,
    "sync": 10,
}


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def png_bytes(width, height, seed):
    """A small, valid, unique RGB PNG (a gradient from the seed), made with zlib alone."""
    rnd = random.Random(seed)
    r0, g0, b0 = rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows += bytes(((r0 + x * 3) & 255, (g0 + y * 3) & 255, (b0 + x + y) & 255))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(rows), 1)) + chunk(b"IEND", b"")


def read_proc_status(pid):
    """VmRSS and VmHWM of a process in KiB, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])
    except (OSError, KeyError, ValueError):
        return None


def cpu_seconds(pid):
    """User plus system CPU time of a process so far, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


class ServerProcess:
    """A kongjian-server on a free loopback port with its own data directory and log."""

    def __init__(self, binary, data_dir, threads):
        self.binary = binary
        self.data_dir = data_dir
        self.threads = threads
        self.proc = None
        self.port = None
        self.log_path = os.path.join(data_dir, "server.log")

    def start(self):
        self.port = free_port()
        args = [self.binary, "--listen", f"127.0.0.1:{self.port}", "--data-dir", self.data_dir]
        if self.threads:
            args += ["--threads", str(self.threads)]
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}; see {self.log_path}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    c.close()
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the server did not answer /healthz on port {self.port}; see {self.log_path}")

    def stop(self):
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        code = self.proc.returncode
        self.proc = None
        return code


class Stats:
    """Latencies per request kind, statuses, failures and provoked refusals, shared by every client thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latency = collections.defaultdict(list)  # kind -> [ms]
        self.failures = []  # strings
        self.provoked = collections.Counter()  # reason -> count
        self.statuses = collections.Counter()
        self.requests = 0

    def record(self, kind, ms, status):
        with self.lock:
            self.latency[kind].append(ms)
            self.statuses[status] += 1
            self.requests += 1

    def fail(self, message):
        with self.lock:
            if len(self.failures) < 10000:
                self.failures.append(message)

    def provoke(self, reason):
        with self.lock:
            self.provoked[reason] += 1


class Api:
    """One keep-alive HTTP/1.1 connection to the server, with the caller's token."""

    def __init__(self, port, stats, who):
        self.port = port
        self.stats = stats
        self.who = who
        self.token = None
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def call(self, kind, method, path, body=None, headers=None, raw=None):
        """Sends one request; returns (status, parsed JSON or None, headers). A transport error is a failure."""
        h = {}
        if self.token:
            h["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            h["Content-Type"] = "application/json"
        elif raw is not None:
            data = raw
        if headers:
            h.update(headers)
        start = time.perf_counter()
        try:
            self.conn.request(method, path, body=data, headers=h)
            resp = self.conn.getresponse()
            payload = resp.read()
        except (OSError, http.client.HTTPException) as e:
            self.stats.fail(f"{self.who}: {method} {path}: transport error {type(e).__name__}: {e}")
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return None, None, {}
        ms = (time.perf_counter() - start) * 1000.0
        self.stats.record(kind, ms, resp.status)
        parsed = None
        if payload:
            try:
                parsed = json.loads(payload)
            except ValueError:
                if resp.getheader("Content-Type", "").startswith("application/json"):
                    self.stats.fail(f"{self.who}: {method} {path}: an answer that is not JSON: {payload[:120]!r}")
        if resp.status >= 500:
            self.stats.fail(f"{self.who}: {method} {path}: {resp.status} {payload[:200]!r}")
        elif resp.status >= 400 and resp.status != 404 and not isinstance((parsed or {}).get("error"), dict):
            self.stats.fail(f"{self.who}: {method} {path}: {resp.status} without an error body: {payload[:200]!r}")
        return resp.status, parsed, dict((k.lower(), v) for k, v in resp.getheaders())

    def close(self):
        self.conn.close()


class Ledger:
    """Every acknowledged write, as the clients saw it acknowledged."""

    def __init__(self):
        self.lock = threading.Lock()
        self.diaries = {}  # id -> {owner, title, body, visibility, revision}
        self.deleted_diaries = {}  # id -> owner
        self.posts = {}  # id -> {owner, text, visibility, photoIds}
        self.comments = {}  # id -> {author, kind, itemId, text}
        self.likes = collections.defaultdict(set)  # (kind, id) -> usernames that like it now
        self.photos = {}  # id -> {owner, albumId, mediaId}
        self.albums = {}  # id -> owner
        self.friends = set()  # frozenset({a, b})
        self.item_owner = {}  # (kind, id) -> owner, for what clients reacted to


class Client(threading.Thread):
    def __init__(self, index, run_id, port, stats, ledger, stop_at, rng_seed, usernames):
        super().__init__(name=f"client-{index}", daemon=True)
        self.index = index
        self.username = f"u{run_id}_{index}"
        self.port = port
        self.stats = stats
        self.ledger = ledger
        self.stop_at = stop_at
        self.rng = random.Random(rng_seed)
        self.usernames = usernames
        self.api = Api(port, stats, self.username)
        self.my_diaries = {}  # id -> dict as acknowledged
        self.my_posts = []
        self.my_photos = []
        self.album_id = None
        self.last_comment = None  # (path, body)
        self.seen = {}  # (kind, id) -> owner: items of mine and my friends' read from the feed
        self.liked = set()
        self.sync_cursor = None
        self.uploads = 0
        self.ready = False

    # --- set-up ---------------------------------------------------------------------------------------------------
    def sign_up(self):
        st, body, _ = self.api.call("sign_up", "POST", "/api/v1/accounts",
                                    {"username": self.username, "password": PASSWORD,
                                     "displayName": f"负载 {self.index}"})
        if st != 201:
            self.stats.fail(f"{self.username}: sign-up answered {st}: {body}")
            return False
        st, body, _ = self.api.call("log_in", "POST", "/api/v1/sessions",
                                    {"username": self.username, "password": PASSWORD, "device": "load.py"})
        if st != 201 or not body or "token" not in body:
            self.stats.fail(f"{self.username}: log-in answered {st}: {body}")
            return False
        self.api.token = body["token"]
        return True

    # --- actions --------------------------------------------------------------------------------------------------
    def text(self, words):
        pool = ["今天", "天气", "真好", "读书", "散步", "hello", "world", "😀", "西湖", "音乐", "咖啡", "rain", "walk"]
        return " ".join(self.rng.choice(pool) for _ in range(words))

    def diary_create(self):
        did = str(uuid.uuid4())
        visibility = self.rng.choice(["public", "friends", "friends", "private"])
        write = {"title": self.text(3), "body": self.text(self.rng.randrange(5, 60)), "visibility": visibility,
                 "baseRevision": None}
        st, body, _ = self.api.call("diary_put", "PUT", f"/api/v1/diaries/{did}", write)
        if st == 201:
            self.ack_diary(did, write, body["diary"]["revision"])
        elif st is not None:
            self.stats.fail(f"{self.username}: create diary answered {st}: {body}")

    def ack_diary(self, did, write, revision):
        entry = {"owner": self.username, "title": write["title"], "body": write["body"],
                 "visibility": write["visibility"], "revision": revision}
        self.my_diaries[did] = entry
        with self.ledger.lock:
            self.ledger.diaries[did] = entry

    def diary_update(self):
        if not self.my_diaries:
            return self.diary_create()
        did = self.rng.choice(list(self.my_diaries))
        cur = self.my_diaries[did]
        # The audience stays what it was: a friend's like or comment never meets a diary that just turned private.
        write = {"title": self.text(3), "body": self.text(self.rng.randrange(5, 60)), "visibility": cur["visibility"],
                 "baseRevision": cur["revision"]}
        st, body, _ = self.api.call("diary_put", "PUT", f"/api/v1/diaries/{did}", write)
        if st == 200:
            if body["diary"]["revision"] != cur["revision"] + 1:
                self.stats.fail(f"{self.username}: update of {did} at {cur['revision']} gave revision "
                                f"{body['diary']['revision']}")
            self.ack_diary(did, write, body["diary"]["revision"])
        elif st is not None:
            self.stats.fail(f"{self.username}: update diary answered {st}: {body}")

    def diary_replay(self):
        """The same write again, as an outbox replays a write whose answer was lost: 200, nothing changes."""
        if not self.my_diaries:
            return self.diary_create()
        did = self.rng.choice(list(self.my_diaries))
        cur = self.my_diaries[did]
        write = {"title": cur["title"], "body": cur["body"], "visibility": cur["visibility"],
                 "baseRevision": max(0, cur["revision"] - 1)}
        st, body, _ = self.api.call("diary_put", "PUT", f"/api/v1/diaries/{did}", write)
        if st != 200 or body["diary"]["revision"] != cur["revision"]:
            self.stats.fail(f"{self.username}: replay of diary {did} answered {st}: {body}")

    def diary_stale(self):
        """A different write at a revision that is not current: 409 revision_conflict with current."""
        if not self.my_diaries:
            return self.diary_create()
        did = self.rng.choice(list(self.my_diaries))
        cur = self.my_diaries[did]
        write = {"title": "stale " + self.text(2), "body": self.text(4), "visibility": cur["visibility"],
                 "baseRevision": cur["revision"] + 7}
        st, body, _ = self.api.call("diary_put", "PUT", f"/api/v1/diaries/{did}", write)
        if st == 409 and body["error"]["code"] == "revision_conflict" and body["current"]["revision"] == cur["revision"]:
            self.stats.provoke("409 revision_conflict: a diary written at a stale revision on purpose")
        elif st is not None:
            self.stats.fail(f"{self.username}: stale write of diary {did} answered {st}: {body}")

    def diary_delete(self):
        private = [d for d, e in self.my_diaries.items() if e["visibility"] == "private"]
        if not private:
            return self.diary_create()
        did = self.rng.choice(private)
        st, body, _ = self.api.call("diary_delete", "DELETE", f"/api/v1/diaries/{did}")
        if st == 204:
            del self.my_diaries[did]
            self.seen.pop(("diary", did), None)
            if self.last_comment and f"/diary/{did}/" in self.last_comment[0]:
                self.last_comment = None  # its comments went with it
            with self.ledger.lock:
                del self.ledger.diaries[did]
                self.ledger.deleted_diaries[did] = self.username
        elif st is not None:
            self.stats.fail(f"{self.username}: delete of diary {did} answered {st}: {body}")

    def post_create(self):
        pid = str(uuid.uuid4())
        photos = self.rng.sample(self.my_photos, min(len(self.my_photos), self.rng.randrange(0, 3)))
        write = {"text": self.text(self.rng.randrange(1, 20)), "photoIds": photos,
                 "visibility": self.rng.choice(["public", "friends"])}
        st, body, _ = self.api.call("post_put", "PUT", f"/api/v1/posts/{pid}", write)
        if st == 201:
            self.my_posts.append(pid)
            with self.ledger.lock:
                self.ledger.posts[pid] = {"owner": self.username, **write}
        elif st is not None:
            self.stats.fail(f"{self.username}: create 说说 answered {st}: {body}")

    def pick_seen(self):
        if not self.seen:
            return None
        key = self.rng.choice(list(self.seen))
        return key

    def comment(self):
        key = self.pick_seen()
        if key is None:
            return self.feed()
        kind, iid = key
        cid = str(uuid.uuid4())
        body_out = {"id": cid, "text": self.text(self.rng.randrange(1, 12))}
        path = f"/api/v1/items/{kind}/{iid}/comments"
        st, body, _ = self.api.call("comment_post", "POST", path, body_out)
        if st == 201:
            self.last_comment = (path, body_out)
            with self.ledger.lock:
                self.ledger.comments[cid] = {"author": self.username, "kind": kind, "itemId": iid,
                                             "text": body_out["text"]}
                self.ledger.item_owner[key] = self.seen[key]
        elif st is not None:
            self.stats.fail(f"{self.username}: comment on {kind} {iid} answered {st}: {body}")

    def comment_replay(self):
        """The last comment sent again with its id: a retry, 200 with the stored comment, not a second one."""
        if not self.last_comment:
            return self.comment()
        path, body_out = self.last_comment
        st, body, _ = self.api.call("comment_post", "POST", path, body_out)
        if st != 200 or body["comment"]["id"] != body_out["id"]:
            self.stats.fail(f"{self.username}: replay of comment {body_out['id']} answered {st}: {body}")

    def like(self):
        key = self.pick_seen()
        if key is None:
            return self.feed()
        kind, iid = key
        unlike = key in self.liked and self.rng.random() < 0.4
        st, body, _ = self.api.call("like", "DELETE" if unlike else "PUT", f"/api/v1/items/{kind}/{iid}/like")
        if st == 200:
            if body["likedByMe"] == unlike:
                self.stats.fail(f"{self.username}: {'unlike' if unlike else 'like'} of {kind} {iid} says likedByMe "
                                f"{body['likedByMe']}")
            with self.ledger.lock:
                likers = self.ledger.likes[key]
                (likers.discard if unlike else likers.add)(self.username)
                self.ledger.item_owner[key] = self.seen[key]
            (self.liked.discard if unlike else self.liked.add)(key)
        elif st is not None:
            self.stats.fail(f"{self.username}: like of {kind} {iid} answered {st}: {body}")

    def ensure_album(self):
        if self.album_id:
            return True
        aid = str(uuid.uuid4())
        st, body, _ = self.api.call("album_put", "PUT", f"/api/v1/albums/{aid}",
                                    {"title": f"相册 {self.index}", "description": "load", "visibility": "friends"})
        if st != 201:
            if st is not None:
                self.stats.fail(f"{self.username}: create album answered {st}: {body}")
            return False
        self.album_id = aid
        with self.ledger.lock:
            self.ledger.albums[aid] = self.username
        return True

    def upload_photo(self):
        """A small PNG through the resumable upload: POST, PATCH in chunks (a HEAD between), then PUT the photo."""
        if not self.ensure_album():
            return
        self.uploads += 1
        data = png_bytes(self.rng.randrange(24, 96), self.rng.randrange(24, 96), f"{self.username}/{self.uploads}")
        sha = hashlib.sha256(data).hexdigest()
        st, body, _ = self.api.call("upload_start", "POST", "/api/v1/uploads",
                                    {"size": len(data), "sha256": sha, "kind": "photo", "filename": "load.png"})
        if st != 201:
            if st is not None:
                self.stats.fail(f"{self.username}: start upload answered {st}: {body}")
            return
        up = body["uploadId"]
        cuts = sorted(self.rng.sample(range(1, len(data)), self.rng.randrange(1, 4)))
        bounds = [0] + cuts + [len(data)]
        offset = 0
        for i in range(len(bounds) - 1):
            if i > 0 and self.rng.random() < 0.5:
                # Where does the upload stand? (what a client asks after a cut connection)
                st, _, headers = self.api.call("upload_head", "HEAD", f"/api/v1/uploads/{up}")
                if st != 200 or int(headers.get("upload-offset", -1)) != offset:
                    self.stats.fail(f"{self.username}: HEAD of upload {up} answered {st} offset "
                                    f"{headers.get('upload-offset')}, expected {offset}")
                    return
            if i > 0 and self.rng.random() < 0.2:
                st, body, _ = self.api.call("upload_patch", "PATCH", f"/api/v1/uploads/{up}",
                                            raw=data[bounds[i]:bounds[i + 1]],
                                            headers={"Content-Type": "application/offset+octet-stream",
                                                     "Upload-Offset": "0"})
                if st == 409 and body.get("offset") == offset:
                    self.stats.provoke("409 revision_conflict: an upload chunk sent at a wrong offset on purpose")
                elif st is not None:
                    self.stats.fail(f"{self.username}: chunk at a wrong offset answered {st}: {body}")
                    return
            st, body, _ = self.api.call("upload_patch", "PATCH", f"/api/v1/uploads/{up}",
                                        raw=data[bounds[i]:bounds[i + 1]],
                                        headers={"Content-Type": "application/offset+octet-stream",
                                                 "Upload-Offset": str(offset)})
            if st != 200:
                if st is not None:
                    self.stats.fail(f"{self.username}: chunk {i} of upload {up} answered {st}: {body}")
                return
            offset = bounds[i + 1]
            if body["offset"] != offset:
                self.stats.fail(f"{self.username}: upload {up} at {body['offset']} after a chunk to {offset}")
                return
        media = body.get("mediaId")
        if not media:
            self.stats.fail(f"{self.username}: upload {up} complete without a mediaId: {body}")
            return
        phid = str(uuid.uuid4())
        st, body, _ = self.api.call("photo_put", "PUT", f"/api/v1/photos/{phid}",
                                    {"uploadId": up, "albumId": self.album_id, "caption": self.text(2),
                                     "visibility": "friends"})
        if st == 201:
            self.my_photos.append(phid)
            with self.ledger.lock:
                self.ledger.photos[phid] = {"owner": self.username, "albumId": self.album_id, "mediaId": media}
        elif st is not None:
            self.stats.fail(f"{self.username}: create photo answered {st}: {body}")

    def friend_request(self):
        other = self.rng.choice(self.usernames)
        if other == self.username:
            return
        st, body, _ = self.api.call("friend_request", "POST", "/api/v1/friends/requests", {"username": other})
        if st == 201:
            return
        if st == 409 and body["error"]["code"] == "already_exists":
            self.stats.provoke("409 already_exists: a friend request to a friend or with one pending (chosen at random)")
        elif st == 404 and other not in self.ready_usernames():
            self.stats.provoke("404 not_found: a friend request to someone not signed up yet")
        elif st is not None:
            self.stats.fail(f"{self.username}: friend request to {other} answered {st}: {body}")

    def ready_usernames(self):
        return {c.username for c in CLIENTS if c.ready}

    def friend_accept(self):
        st, body, _ = self.api.call("friend_requests", "GET", "/api/v1/friends/requests")
        if st != 200:
            if st is not None:
                self.stats.fail(f"{self.username}: list of friend requests answered {st}: {body}")
            return
        incoming = [r for r in body.get("incoming", body.get("requests", []))
                    if r.get("to", {}).get("username", self.username) == self.username
                    and r.get("from", {}).get("username") != self.username]
        for r in incoming[:3]:
            st, ans, _ = self.api.call("friend_accept", "POST", f"/api/v1/friends/requests/{r['id']}/accept")
            if st == 200:
                with self.ledger.lock:
                    self.ledger.friends.add(frozenset((self.username, r["from"]["username"])))
            elif st is not None:
                self.stats.fail(f"{self.username}: accept of {r['id']} answered {st}: {ans}")

    def feed(self):
        cursor = None
        for _ in range(self.rng.randrange(1, 4)):
            path = "/api/v1/feed?limit=20" + (f"&cursor={cursor}" if cursor else "")
            st, body, _ = self.api.call("feed", "GET", path)
            if st != 200:
                if st is not None:
                    self.stats.fail(f"{self.username}: feed answered {st}: {body}")
                return
            for item in body["items"]:
                if item.get("kind") in ("diary", "post"):
                    self.seen[(item["kind"], item["id"])] = item["author"]["username"]
            cursor = body.get("nextCursor")
            if not cursor:
                return
            cursor = urlquote(cursor)

    def list_diaries(self):
        st, body, _ = self.api.call("list_diaries", "GET", f"/api/v1/users/{self.username}/diaries?limit=50")
        if st != 200 and st is not None:
            self.stats.fail(f"{self.username}: own diary list answered {st}: {body}")

    def sync(self):
        for _ in range(50):
            path = "/api/v1/changes?limit=200" + (f"&since={urlquote(self.sync_cursor)}" if self.sync_cursor else "")
            st, body, _ = self.api.call("changes", "GET", path)
            if st != 200:
                if st is not None:
                    self.stats.fail(f"{self.username}: /changes answered {st}: {body}")
                return
            self.sync_cursor = body["cursor"]
            if not body["more"]:
                return

    def run(self):
        try:
            if not self.sign_up():
                return
            self.ready = True
            actions = list(WEIGHTS)
            weights = [WEIGHTS[a] for a in actions]
            while time.monotonic() < self.stop_at:
                getattr(self, self.rng.choices(actions, weights)[0])()
        except Exception as e:  # a bug in the client or an answer of the wrong shape: both fail the run
            self.stats.fail(f"{self.username}: {type(e).__name__}: {e}")
        finally:
            self.api.close()


CLIENTS = []


def urlquote(s):
    from urllib.parse import quote
    return quote(s, safe="")


class Checker:
    """Reads the server's state back through the API, as each owner, and compares it with the ledger."""

    def __init__(self, port, clients, ledger, stats):
        self.port = port
        self.clients = clients
        self.ledger = ledger
        self.stats = stats
        self.problems = []
        self.checked = collections.Counter()

    def problem(self, text):
        if len(self.problems) < 200:
            self.problems.append(text)

    def api_for(self, client):
        api = Api(self.port, self.stats, client.username + "/check")
        api.token = client.api.token
        return api

    def pages(self, api, path, key="items"):
        items, cursor = [], None
        for _ in range(10000):
            sep = "&" if "?" in path else "?"
            st, body, _ = api.call("check", "GET", path + (f"{sep}cursor={urlquote(cursor)}" if cursor else ""))
            if st != 200:
                self.problem(f"GET {path} answered {st}: {body}")
                return None
            items += body[key]
            cursor = body.get("nextCursor")
            if not cursor:
                return items
        self.problem(f"GET {path}: more than 10000 pages")
        return None

    def run(self):
        by_name = {c.username: c for c in self.clients if c.api.token}
        owner_items = collections.defaultdict(lambda: collections.defaultdict(set))  # user -> kind -> ids
        for did, e in self.ledger.diaries.items():
            owner_items[e["owner"]]["diary"].add(did)
        for pid, e in self.ledger.posts.items():
            owner_items[e["owner"]]["post"].add(pid)
        for phid, e in self.ledger.photos.items():
            owner_items[e["owner"]]["photo"].add(phid)
        comments_on = collections.defaultdict(set)
        for cid, e in self.ledger.comments.items():
            comments_on[(e["kind"], e["itemId"])].add(cid)

        for name, client in by_name.items():
            api = self.api_for(client)
            # Diaries: each one as written, and the owner's list holds each once and nothing else.
            for did in owner_items[name]["diary"]:
                e = self.ledger.diaries[did]
                st, body, _ = api.call("check", "GET", f"/api/v1/diaries/{did}")
                if st != 200:
                    self.problem(f"acknowledged diary {did} of {name}: GET answered {st}")
                    continue
                d = body["diary"]
                for f in ("title", "body", "visibility", "revision"):
                    if d.get(f) != e[f]:
                        self.problem(f"diary {did} of {name}: {f} is {d.get(f)!r}, acknowledged {e[f]!r}")
                self.checked["diaries read back"] += 1
            listed = self.pages(api, f"/api/v1/users/{name}/diaries?limit=100")
            if listed is not None:
                ids = [d["id"] for d in listed]
                if len(ids) != len(set(ids)):
                    self.problem(f"{name}'s diary list repeats a diary")
                if set(ids) != owner_items[name]["diary"]:
                    self.problem(f"{name}'s diary list: {len(set(ids) - owner_items[name]['diary'])} not acknowledged, "
                                 f"{len(owner_items[name]['diary'] - set(ids))} acknowledged missing")
            # 说说
            for pid in owner_items[name]["post"]:
                e = self.ledger.posts[pid]
                st, body, _ = api.call("check", "GET", f"/api/v1/posts/{pid}")
                if st != 200:
                    self.problem(f"acknowledged 说说 {pid} of {name}: GET answered {st}")
                    continue
                p = body["post"]
                got_photos = [x if isinstance(x, str) else x.get("id") for x in p.get("photoIds", p.get("photos", []))]
                if p.get("text") != e["text"] or p.get("visibility") != e["visibility"] or got_photos != e["photoIds"]:
                    self.problem(f"说说 {pid} of {name}: {p} differs from what was acknowledged {e}")
                self.checked["说说 read back"] += 1
            listed = self.pages(api, f"/api/v1/users/{name}/posts?limit=100")
            if listed is not None:
                ids = [p["id"] for p in listed]
                if len(ids) != len(set(ids)) or set(ids) != owner_items[name]["post"]:
                    self.problem(f"{name}'s 说说 list differs from the acknowledged ones "
                                 f"({len(ids)} listed, {len(owner_items[name]['post'])} acknowledged)")
            # Deleted diaries are gone.
            for did, owner in self.ledger.deleted_diaries.items():
                if owner == name:
                    st, _, _ = api.call("check", "GET", f"/api/v1/diaries/{did}")
                    if st != 404:
                        self.problem(f"deleted diary {did} of {name}: GET answered {st}")
                    self.checked["deleted diaries gone"] += 1
            # Photos: the album holds exactly the acknowledged ones, on the acknowledged media.
            if client.album_id:
                listed = self.pages(api, f"/api/v1/albums/{client.album_id}/photos?limit=100")
                if listed is not None:
                    got = {p["id"]: p.get("mediaId") for p in listed}
                    want = {phid: self.ledger.photos[phid]["mediaId"] for phid in owner_items[name]["photo"]}
                    if len(got) != len(listed) or got != want:
                        self.problem(f"{name}'s album: {len(listed)} photos listed, {len(want)} acknowledged, "
                                     f"or their media differ")
                    self.checked["photos read back"] += len(want)
            # Friends: exactly the acknowledged friendships.
            st, body, _ = api.call("check", "GET", "/api/v1/friends")
            if st == 200:
                got = {f.get("username") or f.get("user", {}).get("username") for f in body.get("friends", body.get("items", []))}
                want = {next(iter(pair - {name})) for pair in self.ledger.friends if name in pair}
                if got != want:
                    self.problem(f"{name}'s friends: {sorted(got ^ want)} differ from the acknowledged accepts")
                self.checked["friend lists"] += 1
            else:
                self.problem(f"{name}'s friends: GET answered {st}")
            # A fresh sync: every change applied in order gives exactly the acknowledged own diaries and 说说.
            state = {}
            since = None
            for _ in range(100000):
                path = "/api/v1/changes?limit=500" + (f"&since={urlquote(since)}" if since else "")
                st, body, _ = api.call("check", "GET", path)
                if st != 200:
                    self.problem(f"{name}'s fresh sync: /changes answered {st}")
                    break
                for ch in body["changes"]:
                    k = (ch["kind"], ch["id"])
                    if ch["op"] == "upsert":
                        state[k] = ch.get("item")
                    else:
                        state.pop(k, None)
                since = body["cursor"]
                if not body["more"]:
                    break
            for kind in ("diary", "post"):
                mine = {i for (k, i), item in state.items()
                        if k == kind and item and item.get("author", {}).get("username") == name}
                if mine != owner_items[name][kind]:
                    self.problem(f"{name}'s fresh sync: own {kind} {len(mine)} vs {len(owner_items[name][kind])} "
                                 f"acknowledged")
            for did in owner_items[name]["diary"]:
                item = state.get(("diary", did))
                if item and item.get("revision") != self.ledger.diaries[did]["revision"]:
                    self.problem(f"{name}'s fresh sync: diary {did} at revision {item.get('revision')}")
            self.checked["fresh syncs"] += 1
            api.close()

        # Reactions: each item's like and comment counts, as its owner reads it, and its comment list.
        for key in sorted(set(self.ledger.likes) | set(comments_on)):
            kind, iid = key
            owner = self.ledger.item_owner.get(key)
            if owner not in by_name or (kind == "diary" and iid in self.ledger.deleted_diaries):
                continue  # likes and comments go with a deleted item (its 404 is checked above)
            api = self.api_for(by_name[owner])
            st, body, _ = api.call("check", "GET", f"/api/v1/{'diaries' if kind == 'diary' else 'posts'}/{iid}")
            if st != 200:
                self.problem(f"{kind} {iid} (reacted to): GET as its owner answered {st}")
                api.close()
                continue
            item = body[kind]
            want_likes = len(self.ledger.likes.get(key, ()))
            if item.get("likeCount") != want_likes:
                self.problem(f"{kind} {iid}: likeCount {item.get('likeCount')}, acknowledged {want_likes}")
            if item.get("commentCount") != len(comments_on[key]):
                self.problem(f"{kind} {iid}: commentCount {item.get('commentCount')}, acknowledged "
                             f"{len(comments_on[key])}")
            if comments_on[key]:
                listed = self.pages(api, f"/api/v1/items/{kind}/{iid}/comments?limit=100")
                if listed is not None:
                    ids = [c["id"] for c in listed]
                    if len(ids) != len(set(ids)) or set(ids) != comments_on[key]:
                        self.problem(f"{kind} {iid}: comments listed {len(ids)}, acknowledged {len(comments_on[key])}")
                    for c in listed:
                        e = self.ledger.comments.get(c["id"])
                        if e and (c.get("text") != e["text"] or c["author"]["username"] != e["author"]):
                            self.problem(f"comment {c['id']}: {c} differs from what was acknowledged")
            self.checked["reacted items checked"] += 1
            api.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--server", required=True, help="the kongjian-server binary")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: from the time; printed)")
    ap.add_argument("--threads", type=int, default=0, help="--threads of the server (default: its own)")
    ap.add_argument("--rss-bound-mib", type=float, default=DEFAULT_RSS_BOUND_MIB,
                    help=f"fail when the server's peak RSS passes this (default {DEFAULT_RSS_BOUND_MIB})")
    ap.add_argument("--keep", action="store_true", help="keep the data directory and log")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()
    if args.clients < 2 or args.seconds <= 0:
        ap.error("--clients must be at least 2 and --seconds positive")
    if not os.access(args.server, os.X_OK):
        ap.error(f"{args.server} is not an executable")
    seed = args.seed if args.seed is not None else int(time.time())
    work = tempfile.mkdtemp(prefix="kongjian-load.")
    data = os.path.join(work, "data")
    os.makedirs(data)
    server = ServerProcess(os.path.abspath(args.server), data, args.threads)
    print(f"load: {args.clients} clients for {args.seconds:g} s, seed {seed}, data and server log in {work}", flush=True)
    try:
        server.start()
    except RuntimeError as e:
        print(f"load: {e}", file=sys.stderr)
        return 2

    stats = Stats()
    ledger = Ledger()
    pid = server.proc.pid
    rss_start = read_proc_status(pid)
    cpu_start = cpu_seconds(pid)
    client_cpu_start = time.process_time()
    samples = []
    sampling = threading.Event()

    def sample():
        while not sampling.wait(0.25):
            s = read_proc_status(pid)
            if s:
                samples.append(s[0])

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()

    run_id = uuid.uuid4().hex[:6]
    usernames = [f"u{run_id}_{i}" for i in range(args.clients)]
    started = time.monotonic()
    stop_at = started + args.seconds
    rng = random.Random(seed)
    CLIENTS.extend(Client(i, run_id, server.port, stats, ledger, stop_at, rng.randrange(1 << 30), usernames)
                   for i in range(args.clients))
    for c in CLIENTS:
        c.start()
    for c in CLIENTS:
        c.join(args.seconds + 120)
        if c.is_alive():
            stats.fail(f"{c.username} still running 120 s after the end of the run")
    elapsed = time.monotonic() - started
    load_requests = stats.requests
    load_latency = {k: sorted(v) for k, v in stats.latency.items()}
    statuses = dict(stats.statuses)
    rss_end = read_proc_status(pid)
    cpu_end = cpu_seconds(pid)
    client_cpu = time.process_time() - client_cpu_start
    sampling.set()
    sampler.join()
    alive = server.proc.poll() is None
    if not alive:
        stats.fail(f"the server died during the run (exit {server.proc.returncode}); see {server.log_path}")
    code = server.stop()
    if alive and code not in (0, None):
        stats.fail(f"the server exited with {code} when stopped; see {server.log_path}")

    # The checks run against a second server process on the same data: what was acknowledged must be on disk.
    checker = None
    if alive:
        try:
            server.start()
            checker = Checker(server.port, CLIENTS, ledger, stats)
            checker.run()
        except RuntimeError as e:
            stats.fail(f"restarting the server for the checks: {e}")
        finally:
            server.stop()

    # --- report ---------------------------------------------------------------------------------------------------
    all_ms = sorted(ms for v in load_latency.values() for ms in v)
    print(f"\nrequests: {load_requests} in {elapsed:.1f} s = {load_requests / elapsed:.1f} requests/s "
          f"({args.clients} clients, one keep-alive connection each)")
    print(f"statuses: {', '.join(f'{k}: {v}' for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0])))}")
    print(f"\n{'request kind':<16}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for kind in sorted(load_latency):
        v = load_latency[kind]
        print(f"{kind:<16}{len(v):>8}{percentile(v, 50):>10.1f}{percentile(v, 95):>10.1f}{percentile(v, 99):>10.1f}"
              f"{v[-1]:>10.1f}")
    print(f"{'overall':<16}{len(all_ms):>8}{percentile(all_ms, 50):>10.1f}{percentile(all_ms, 95):>10.1f}"
          f"{percentile(all_ms, 99):>10.1f}{(all_ms[-1] if all_ms else float('nan')):>10.1f}")
    if cpu_start is not None and cpu_end is not None:
        print(f"CPU during the run: server {cpu_end - cpu_start:.1f} s, these clients {client_cpu:.1f} s, of "
              f"{elapsed:.1f} s on {os.cpu_count()} cores shared with whatever else runs here")
    peak_sample = max(samples) if samples else 0
    hwm = rss_end[1] if rss_end else peak_sample
    print(f"\nserver memory: RSS {rss_start[0] / 1024:.1f} MiB at start, {(rss_end[0] if rss_end else 0) / 1024:.1f} MiB "
          f"at the end, peak (VmHWM) {hwm / 1024:.1f} MiB; bound {args.rss_bound_mib:g} MiB")
    print("\nacknowledged writes: " + ", ".join([
        f"{len(ledger.diaries)} diaries (+{len(ledger.deleted_diaries)} deleted)", f"{len(ledger.posts)} 说说",
        f"{len(ledger.comments)} comments", f"{sum(len(v) for v in ledger.likes.values())} likes standing",
        f"{len(ledger.photos)} photos", f"{len(ledger.friends)} friendships"]))
    if checker:
        print("checked: " + ", ".join(f"{v} {k}" for k, v in checker.checked.items()))
    if stats.provoked:
        print("refusals provoked on purpose (not failures):")
        for reason, n in sorted(stats.provoked.items()):
            print(f"  {n:>6}  {reason}")

    failures = list(stats.failures) + (checker.problems if checker else [])
    five = sum(v for k, v in statuses.items() if isinstance(k, int) and k >= 500)
    lines = [
        ("no 5xx answer", five == 0, f"{five} answers 5xx"),
        ("every request answered as expected", not stats.failures, f"{len(stats.failures)} unexpected answers"),
        ("no lost or doubled acknowledged write", checker is not None and not checker.problems,
         f"{len(checker.problems) if checker else 'no'} differences"),
        ("server memory bounded", hwm / 1024 <= args.rss_bound_mib,
         f"peak {hwm / 1024:.1f} MiB over {args.rss_bound_mib:g} MiB"),
        ("p99 reported", bool(all_ms), "no request completed"),
    ]
    print()
    for name, ok, why in lines:
        print(f"{'PASS' if ok else 'FAIL'}: {name}" + ("" if ok else f" ({why})"))
    for f in failures[:40]:
        print(f"  - {f}")
    if len(failures) > 40:
        print(f"  ... and {len(failures) - 40} more")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"requestsPerSecond": load_requests / elapsed, "requests": load_requests,
                       "latencyMs": {k: {"p50": percentile(v, 50), "p95": percentile(v, 95), "p99": percentile(v, 99)}
                                     for k, v in list(load_latency.items()) + [("overall", all_ms)]},
                       "rssMiB": {"start": rss_start[0] / 1024, "end": (rss_end[0] if rss_end else 0) / 1024,
                                  "peak": hwm / 1024, "bound": args.rss_bound_mib},
                       "pass": all(ok for _, ok, _ in lines)}, f, indent=2)
    ok = all(ok for _, ok, _ in lines)
    if ok and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"\ndata and server log kept in {work}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
