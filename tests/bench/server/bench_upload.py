"""A resumable upload of 100 MiB over loopback against nginx receiving the same bytes; the server's memory.
Goals (issue 6): at least 0.5 of nginx's throughput; the server's memory grows by less than 32 MiB.

The API takes at most 50 MiB per file (docs/api.md, Uploads), so the 100 MiB go up as two 50 MiB WAV tracks
(noise, distinct bytes), each the real way: POST /api/v1/uploads, then PATCH chunks of 8 MiB at the server's
offset on one keep-alive connection. The time runs from the first POST to the answer of the last PATCH, so it
includes what completing an upload costs (the SHA-256 check, sniffing, TagLib reading the WAV). nginx gets
the very same requests: PUT of each 8 MiB chunk into a file (dav_methods PUT) on one keep-alive connection.
Each side runs twice (alternating) and keeps its best time. Memory: VmRSS before the first upload against
VmHWM after the last (VmHWM reset first where the kernel allows it)."""

import hashlib
import http.client
import os
import struct
import time

import serverbench
from serverbench import benchlib

FILE_SIZE = 50 * 1024 * 1024
CHUNK = 8 * 1024 * 1024
FILES = 2


def wav(seed):
    """A 44.1 kHz 16-bit stereo WAV of exactly FILE_SIZE bytes, noise made from seed."""
    data_size = FILE_SIZE - 44
    header = b"RIFF" + struct.pack("<I", FILE_SIZE - 8) + b"WAVE" + b"fmt " + struct.pack(
        "<IHHIIHH", 16, 1, 2, 44100, 44100 * 4, 4, 16) + b"data" + struct.pack("<I", data_size)
    block = hashlib.sha512(seed).digest() * 1024  # 64 KiB of noise, varied per block below
    out = bytearray(header)
    n = 0
    while len(out) < FILE_SIZE:
        out += hashlib.sha512(seed + n.to_bytes(8, "little")).digest() + block[64:]
        n += 1
    return bytes(out[:FILE_SIZE])


def upload_to_server(port, token, files):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    auth = {"Authorization": "Bearer " + token}
    media = []
    for i, (data, sha) in enumerate(files):
        status, _, body = serverbench.call(port, "POST", "/api/v1/uploads",
                                           {"size": len(data), "sha256": sha, "kind": "track",
                                            "filename": f"noise-{i}.wav"}, token=token)
        if status != 201:
            raise RuntimeError(f"POST /uploads: {status} {body}")
        upload = body["uploadId"]
        for offset in range(0, len(data), CHUNK):
            conn.request("PATCH", f"/api/v1/uploads/{upload}", body=data[offset:offset + CHUNK],
                         headers=auth | {"Content-Type": "application/offset+octet-stream",
                                         "Upload-Offset": str(offset)})
            reply = conn.getresponse()
            answer = reply.read()
            if reply.status != 200:
                raise RuntimeError(f"PATCH at {offset}: {reply.status} {answer[:300]!r}")
        media.append(answer)
    conn.close()
    return media


def upload_to_nginx(port, files, round_):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for i, (data, _) in enumerate(files):
        for offset in range(0, len(data), CHUNK):
            conn.request("PUT", f"/upload/r{round_}-f{i}-{offset}", body=data[offset:offset + CHUNK],
                         headers={"Content-Type": "application/octet-stream"})
            reply = conn.getresponse()
            reply.read()
            if reply.status not in (201, 204):
                raise RuntimeError(f"nginx PUT: {reply.status}")
    conn.close()


def main():
    work = benchlib.work_dir()
    files = []
    for i in range(FILES * 2):  # two rounds, fresh bytes each (the server stores equal bytes once)
        data = wav(f"kongjian-bench-{i}".encode())
        files.append((data, hashlib.sha256(data).hexdigest()))
    total_mib = FILES * FILE_SIZE / 1024 / 1024
    root = os.path.join(work, "www")
    os.makedirs(root)
    nginx = benchlib.start_nginx(root, dav=True)
    server = benchlib.start_server(extra_args=["--quota-mib", "4096"])
    try:
        token = serverbench.sign_up_and_in(server, "uploader")
        theirs, ours = [], []
        rss_before = benchlib.rss_kib(server.pid)
        reset = benchlib.reset_peak_rss(server.pid)
        for r in range(2):
            batch = files[r * FILES:(r + 1) * FILES]
            t0 = time.perf_counter()
            upload_to_nginx(nginx.port, batch, r)
            theirs.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            media = upload_to_server(server.port, token, batch)
            ours.append(time.perf_counter() - t0)
            benchlib.log(f"round {r + 1}: nginx {total_mib / theirs[-1]:.0f} MiB/s, server {total_mib / ours[-1]:.0f} MiB/s")
        for answer in media:
            if b'"mediaId":null' in answer.replace(b" ", b""):
                raise RuntimeError(f"the last chunk did not complete the upload: {answer[:300]!r}")
        peak = benchlib.peak_rss_kib(server.pid)
        rss_after = benchlib.rss_kib(server.pid)
    finally:
        server.stop()
        nginx.stop()
    ours_rate, theirs_rate = total_mib / min(ours), total_mib / min(theirs)
    ratio = ours_rate / theirs_rate
    benchlib.emit_metric("upload 100 MiB (2 x 50 MiB, 8 MiB chunks) throughput", ours_rate, "MiB/s", theirs_rate,
                         ">= 0.5 x nginx PUT", ratio >= 0.5, ratio)
    growth = (peak - rss_before) / 1024
    benchlib.log(f"server memory: VmRSS {rss_before / 1024:.1f} MiB before, {rss_after / 1024:.1f} MiB after, "
                 f"VmHWM {peak / 1024:.1f} MiB ({'reset before the uploads' if reset else 'since start'})")
    benchlib.emit_metric("upload 100 MiB: server memory growth (VmHWM - VmRSS before)", growth, "MiB", 32,
                         "< 32 MiB", growth < 32)


if __name__ == "__main__":
    main()
