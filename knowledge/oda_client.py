"""A polite client for Folketinget's open data service ODA (oda.ft.dk, OData v3, no key).

One request at a time, a pause between requests, a User-Agent that says who is asking,
and retries with back-off on 429, 5xx, timeouts and malformed pages. When the service
cannot be reached the error names the URL, so the user knows what failed.

The shape of the service (entity sets, `value` and `odata.nextLink`, at most 100 rows a
page) follows ODA's published documentation (https://oda.ft.dk, "Vejledning til
Folketingets Åbne Data") and public clients; see tests/fixtures/oda/README.md.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin

import requests

from extract.errors import SporbarError

DEFAULT_API = "https://oda.ft.dk/api/"
USER_AGENT = "sporbar/0.1 (Danish parliamentary documents, one request at a time; +https://oda.ft.dk)"
PAGE_SIZE = 100  # ODA's own cap on rows per page
RETRY_STATUS = {429, 500, 502, 503, 504}


class OdaUnavailable(SporbarError):
    """ODA (or the replay server standing in for it) could not be reached or answered badly."""

    exit_code = 12
    advice = "check the network or --api, then run the same fetch again: it resumes where it stopped"


class OdaFileMissing(SporbarError):
    """A file ODA lists could not be downloaded (404 or gone)."""

    exit_code = 12
    advice = "the file is skipped; a later fetch tries it again"


@dataclass
class OdaClient:
    """GET JSON pages and files from ODA, politely."""

    api: str = DEFAULT_API
    delay: float = 1.0          # seconds between requests: ODA is a public service
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 2.0        # first retry waits delay * backoff, then doubles
    sleep: Callable[[float], None] = time.sleep
    session: requests.Session = field(default_factory=requests.Session)
    requests_made: int = 0
    _last: float = 0.0

    def __post_init__(self) -> None:
        if not self.api.endswith("/"):
            self.api += "/"
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})

    # -- URLs -------------------------------------------------------------------------
    def url(self, entity: str, **params: str | int) -> str:
        """`entity` with OData query options; `$` is written %24 as ODA's guide asks."""
        safe = "(),'/:"
        query = "&".join(f"%24{k}={quote(str(v), safe=safe)}" for k, v in params.items())
        base = urljoin(self.api, quote(entity))
        return f"{base}?{query}" if query else base

    # -- requests ---------------------------------------------------------------------
    def _wait_turn(self) -> None:
        gap = time.monotonic() - self._last
        if self._last and gap < self.delay:
            self.sleep(self.delay - gap)

    def _get(self, url: str) -> requests.Response:
        attempt = 0
        while True:
            self._wait_turn()
            self._last = time.monotonic()
            self.requests_made += 1
            problem: str
            try:
                response = self.session.get(url, timeout=self.timeout)
            except requests.Timeout:
                problem = f"no answer within {self.timeout:g} s"
            except requests.RequestException as exc:
                problem = f"cannot connect ({type(exc).__name__})"
            else:
                if response.status_code not in RETRY_STATUS:
                    return response
                problem = f"HTTP {response.status_code}"
                retry_after = response.headers.get("Retry-After", "")
                if retry_after.isdigit() and attempt < self.retries:
                    attempt += 1
                    self.sleep(min(float(retry_after), 300.0))
                    continue
            if attempt >= self.retries:
                raise OdaUnavailable(url, f"{problem} after {attempt + 1} tries")
            self.sleep(max(self.delay, 0.01) * self.backoff ** attempt)
            attempt += 1

    def get_raw(self, url: str) -> tuple[dict[str, Any], bytes]:
        """A page as parsed JSON and as the exact bytes the service sent (kept unchanged)."""
        for attempt in range(self.retries + 1):
            response = self._get(url)
            if response.status_code != 200:
                raise OdaUnavailable(url, f"HTTP {response.status_code}")
            try:
                data = json.loads(response.content.decode("utf-8"))
                if isinstance(data, dict):
                    return data, response.content
                raise ValueError("not a JSON object")
            except (ValueError, UnicodeDecodeError) as exc:
                if attempt >= self.retries:
                    raise OdaUnavailable(url, f"malformed page ({exc})") from None
                self.sleep(max(self.delay, 0.01) * self.backoff ** attempt)
        raise AssertionError("unreachable")

    def pages(self, url: str) -> Iterator[tuple[str, dict[str, Any], bytes]]:
        """Follow `odata.nextLink` from `url`; yields (url, page, raw bytes)."""
        seen: set[str] = set()
        next_url: str | None = url
        while next_url:
            if next_url in seen:  # a service that links a page to itself must not loop us
                raise OdaUnavailable(next_url, "the service's next-page link repeats a page")
            seen.add(next_url)
            data, raw = self.get_raw(next_url)
            yield next_url, data, raw
            link = data.get("odata.nextLink")
            next_url = urljoin(next_url, link) if isinstance(link, str) and link else None

    def rows(self, entity: str, **params: str | int) -> Iterator[dict[str, Any]]:
        for _url, page, _raw in self.pages(self.url(entity, **params)):
            yield from _values(page, _url)

    def download(self, url: str) -> bytes:
        response = self._get(url)
        if response.status_code in (404, 410):
            raise OdaFileMissing(url, f"HTTP {response.status_code}: the file is not there")
        if response.status_code != 200:
            raise OdaUnavailable(url, f"HTTP {response.status_code}")
        return response.content


def _values(page: dict[str, Any], url: str) -> list[dict[str, Any]]:
    values = page.get("value")
    if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
        raise OdaUnavailable(url, "malformed page (no 'value' list of rows)")
    return values


def values(page: dict[str, Any], url: str) -> list[dict[str, Any]]:
    """The rows of one OData page; a page without them is an error naming its URL."""
    return _values(page, url)
