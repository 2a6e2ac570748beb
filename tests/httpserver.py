"""A real HTTP server on 127.0.0.1 for the tests, answering from a script of actions."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Received:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> object:
        return json.loads(self.body) if self.body else None


@dataclass(frozen=True)
class Answer:
    """What to do with one request: answer, close the connection, or never answer."""

    status: int = 200
    body: str = "null"
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    close: bool = False
    hang: float = 0.0


@dataclass
class Script:
    """The answers still to give (the last one repeats) and the requests received."""

    answers: list[Answer] = field(default_factory=lambda: [Answer()])
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next(self, request: Received) -> Answer:
        with self.lock:
            self.received.append(request)
            return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


class _Handler(http.server.BaseHTTPRequestHandler):
    script: Script
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        answer = self.script.next(
            Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        )
        if answer.hang:
            time.sleep(answer.hang)
            self.close_connection = True
            return
        if answer.close:
            self.close_connection = True
            self.connection.close()
            return
        payload = answer.body.encode()
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@contextmanager
def serve(script: Script) -> Iterator[str]:
    """Serve ``script`` on a free port of 127.0.0.1; yields the base URL; stops after."""
    handler = type("Handler", (_Handler,), {"script": script})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.block_on_close = False  # a hanging answer must not hold the test up
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
