"""A local stand-in for Folketinget's ODA service (oda.ft.dk/api), for tests without the network.

It serves a small, fixed data set (tests/fixtures/oda/dataset.json, shaped as ODA's
OData v3 JSON: `odata.metadata`, `value`, `odata.nextLink`) on 127.0.0.1, pages at a
configurable size, understands the `$filter` clauses Sporbar sends, serves the files
the `Fil` rows name, and can inject the faults a real service shows: a 429, a 500, a
slow answer (timeout), a malformed page and a missing file. Sources for the shapes are
listed in tests/fixtures/oda/README.md.
"""
from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "oda"


@dataclass
class Faults:
    """Each fault fires once, on the n-th request whose path contains `where`."""

    status_429: str | None = None
    status_500: str | None = None
    slow: str | None = None          # answer after `slow_seconds`
    slow_seconds: float = 3.0
    malformed: str | None = None
    missing_files: set[str] = field(default_factory=set)
    file_delay: float = 0.0          # seconds before each file is sent (kill tests)
    fired: set[str] = field(default_factory=set)


def _dt(value: str) -> str:
    return value[:19]


def _matches(row: dict[str, Any], clause: str, data: dict[str, list[dict[str, Any]]]) -> bool:
    clause = clause.strip()
    while clause.startswith("(") and clause.endswith(")") and clause.count("(") == clause.count(")"):
        inner = clause[1:-1]
        if " or " in inner and " and " not in inner:
            return any(_matches(row, part, data) for part in inner.split(" or "))
        clause = inner
    m = re.fullmatch(r"DokumentAktør/any\(a: a/aktørid eq (\d+)\)", clause)
    if m:
        return any(link["aktørid"] == int(m.group(1)) for link in row.get("DokumentAktør", []))
    m = re.fullmatch(r"(\w+) (eq|ge|le|gt) (.+)", clause)
    if not m:
        raise ValueError(f"filter clause not understood: {clause}")
    name, op, raw = m.groups()
    value: Any
    if raw.startswith("datetime'"):
        value, actual = _dt(raw[9:-1]), _dt(str(row.get(name) or ""))
    elif raw.startswith("'"):
        value, actual = raw[1:-1], row.get(name)
    else:
        value, actual = int(raw), row.get(name)
    if actual in (None, ""):
        return False
    return {"eq": actual == value, "ge": actual >= value, "le": actual <= value, "gt": actual > value}[op]


def _filter(rows: list[dict[str, Any]], expr: str, data: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    clauses = re.split(r" and (?![^(]*\))", expr) if expr else []
    return [r for r in rows if all(_matches(r, c, data) for c in clauses)]


class ReplayOda:
    def __init__(self, *, page_size: int = 2, faults: Faults | None = None) -> None:
        self.data: dict[str, list[dict[str, Any]]] = json.loads((FIXTURES / "dataset.json").read_text("utf-8"))
        self.files: dict[str, bytes] = {}
        self.page_size = page_size
        self.faults = faults or Faults()
        self.hits: Counter[str] = Counter()
        self.log: list[str] = []
        self.user_agents: set[str] = set()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def file_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/files/{name}"

    def _fire(self, kind: str, path: str) -> bool:
        where = getattr(self.faults, kind)
        if where and where in path and kind not in self.faults.fired:
            self.faults.fired.add(kind)
            return True
        return False

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def _send(self, status: int, body: bytes, ctype: str = "application/json; charset=utf-8",
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                replay.user_agents.add(self.headers.get("User-Agent", ""))
                parts = urlsplit(self.path)
                path = unquote(parts.path)
                replay.hits[path] += 1
                replay.log.append(unquote(self.path))
                if replay._fire("status_429", path):
                    return self._send(429, b'{"error":"too many"}', headers={"Retry-After": "0"})
                if replay._fire("status_500", path):
                    return self._send(500, b"<html>Server Error</html>", "text/html")
                if replay._fire("slow", path):
                    time.sleep(replay.faults.slow_seconds)
                if path.startswith("/files/"):
                    name = path[len("/files/"):]
                    if name in replay.faults.missing_files or name not in replay.files:
                        return self._send(404, b"Not Found", "text/plain")
                    if replay.faults.file_delay:
                        time.sleep(replay.faults.file_delay)
                    return self._send(200, replay.files[name], "application/pdf")
                if replay._fire("malformed", path):
                    return self._send(200, b'{"odata.metadata": "cut off', "application/json")
                self._send(*replay._answer(path, parse_qs(parts.query)))

        return Handler

    def _answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        m = re.fullmatch(r"/api/([^/(]+)(?:\((\d+)\))?", path)
        if not m or m.group(1) not in self.data:
            return 404, b'{"odata.error": {"message": {"value": "No such entity set"}}}'
        entity, key = m.group(1), m.group(2)
        rows = self.data[entity]
        if key is not None:
            row = next((r for r in rows if r["id"] == int(key)), None)
            if row is None:
                return 404, b'{"odata.error": {"message": {"value": "Not found"}}}'
            meta = {"odata.metadata": f"{self.api}$metadata#{entity}/@Element"}
            return 200, json.dumps({**meta, **self._expand(row, [])}, ensure_ascii=False).encode()
        expr = query.get("$filter", [""])[0]
        chosen = sorted(_filter(rows, expr, self.data), key=lambda r: r["id"])
        skip = int(query.get("$skip", ["0"])[0])
        expand = [e for e in query.get("$expand", [""])[0].split(",") if e]
        page = [self._expand(r, expand) for r in chosen[skip:skip + self.page_size]]
        body: dict[str, Any] = {"odata.metadata": f"{self.api}$metadata#{entity}", "value": page}
        if skip + self.page_size < len(chosen):
            rest = "&".join(f"{quote(k)}={quote(v[0], safe='')}" for k, v in query.items() if k != "$skip")
            body["odata.nextLink"] = f"{self.api}{entity}?{rest}&$skip={skip + self.page_size}"
        return 200, json.dumps(body, ensure_ascii=False).encode()

    def _expand(self, row: dict[str, Any], expand: list[str]) -> dict[str, Any]:
        out = {k: v for k, v in row.items() if k not in ("Fil", "DokumentAktør", "SagDokument")}
        for name in expand:
            items = [dict(i) for i in row.get(name, [])]
            if name == "Fil":
                for item in items:
                    item["filurl"] = self.file_url(item.pop("file"))
            out[name] = items
        return out

    def __enter__(self) -> ReplayOda:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def replay_oda(files: dict[str, bytes], **kwargs: Any) -> Iterator[ReplayOda]:
    with ReplayOda(**kwargs) as server:
        server.files.update(files)
        yield server
