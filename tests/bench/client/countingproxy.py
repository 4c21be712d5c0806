"""A loopback HTTP/1.1 proxy in front of the reference server that records every request a client makes (method,
path with query) and the bytes of each reply (status line, headers and body as the server sent them)."""

import http.client
import http.server
import socketserver
import threading

HOP = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "te", "upgrade"}


class CountingProxy:
    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        self.requests = []  # (method, path, status, reply bytes, request body)
        self.lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
                upstream = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=60)
                upstream.request(self.command, self.path, body=body, headers=headers)
                reply = upstream.getresponse()
                data = reply.read()
                head = f"HTTP/1.1 {reply.status} {reply.reason}\r\n" + "".join(
                    f"{k}: {v}\r\n" for k, v in reply.getheaders()) + "\r\n"
                upstream.close()
                with proxy.lock:
                    proxy.requests.append((self.command, self.path, reply.status, len(head.encode()) + len(data), body))
                self.send_response(reply.status, reply.reason)
                for k, v in reply.getheaders():
                    if k.lower() not in HOP and k.lower() != "content-length":
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = forward

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def take(self):
        """The requests recorded so far; starts a new record."""
        with self.lock:
            taken, self.requests = self.requests, []
        return taken

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
