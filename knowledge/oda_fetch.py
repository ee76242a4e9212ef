"""`sporbar fetch oda`: one committee's questions and answers for a samling, from ODA.

What lands under the output folder (the corpus folder the user names):

    <out>/<dokid>_<filid>.<ext>          the files, byte for byte as ft.dk serves them
    <out>/.oda/pages/<sha256>.json       every raw ODA response page, unchanged
    <out>/.oda/meta/<file name>.json     ODA's facts about each file (ids, samling, roles)
    <out>/.oda/manifest.jsonl            one line per stored file: URL, sha256, ODA ids,
                                         opdateringsdato, fetched at
    <out>/.oda/state.json                the high-water `opdateringsdato` per query

Every file is written to a temporary name and renamed, and its manifest line is written
after it, so a killed fetch leaves only whole files; the next run skips what the
manifest already holds (same ODA ids, same `opdateringsdato`, file present with its
sha256) and so ends where an uninterrupted run would. `sporbar ingest <out>` then reads
the files as any others; the hidden `.oda` folder is not ingested.

Ids of types, roles and committees are looked up by name in ODA's own tables
(Dokumenttype, Aktørtype, DokumentAktørRolle, Periode) rather than hard-coded.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from danish import samling as samlinger
from extract.errors import SporbarError

from .oda_client import OdaClient, OdaFileMissing, OdaUnavailable, values

#: The document types a user can ask for, and how ODA's `Dokumenttype.type` names them.
TYPE_CHOICES: dict[str, Callable[[str], bool]] = {
    "spørgsmål": lambda name: name.strip().lower() == "spørgsmål",
    "svar": lambda name: name.strip().lower() == "svar",
    "§20": lambda name: name.replace(" ", "").lower().startswith("§20"),
}
#: Roles (DokumentAktørRolle.rolle) whose actors we carry as asker / minister.
ASKER_ROLES = {"spørger", "medspørger"}
MINISTER_ROLES = {"minister", "besvaret af"}
MINISTRY_ROLES = {"ministerområde"}


class FetchUsageError(SporbarError):
    """The fetch was asked for something that does not exist (committee, samling, type)."""

    exit_code = 2
    advice = ""


@dataclass(frozen=True)
class FetchQuery:
    udvalg: str
    samling: str
    types: tuple[str, ...] = ("spørgsmål", "svar")
    since: dt.datetime | None = None

    @property
    def key(self) -> str:
        return f"{self.udvalg.upper()}|{self.samling}|{','.join(sorted(self.types))}"


@dataclass
class FetchReport:
    documents: int = 0
    downloaded: list[str] = field(default_factory=list)
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def parse_samling(text: str) -> tuple[int, int | None]:
    """"2017-18" -> (2017, None): both samlinger of the year; "2022-23 2. samling" /
    "2022-23-2s" -> (2022, 2) (danish.samling reads the forms)."""
    written = samlinger.parse_written(text)
    if written is None:
        raise FetchUsageError(text, "not a samling", advice="write it as 2017-18 or 2022-23 2. samling")
    return written


def _periode_key(row: dict[str, Any]) -> samlinger.Samling | None:
    """ODA's Periode: `kode` "20171" (year, samling) or a titel "2017-18 (1. samling)"."""
    return samlinger.from_code(str(row.get("kode") or "")) or samlinger.first(str(row.get("titel") or ""))


def _odata_date(value: dt.date | dt.datetime) -> str:
    stamp = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
    return f"datetime'{stamp.strftime('%Y-%m-%dT%H:%M:%S')}'"


def _parse_oda_datetime(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.rstrip("Z")[:26])
    except ValueError:
        return None


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class OdaFetcher:
    def __init__(self, client: OdaClient, out: Path, *, log: Callable[[str], None] = lambda _m: None,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)) -> None:
        self.client = client
        self.out = Path(out)
        self.meta_dir = self.out / ".oda"
        self.log = log
        self.now = now
        self._actors: dict[int, dict[str, Any]] = {}

    # -- lookups by name ------------------------------------------------------------------
    def _all(self, entity: str, **params: str | int) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for url, page, raw in self.client.pages(self.client.url(entity, **params)):
            self._keep_page(raw)
            rows.extend(values(page, url))
        return rows

    def _periods(self, written: str) -> list[dict[str, Any]]:
        year, number = parse_samling(written)
        found = [row for row in self._all("Periode", filter="type eq 'samling'")
                 if (key := _periode_key(row)) and key.year == year and number in (None, key.number)]
        if not found:
            raise FetchUsageError(written, "ODA has no such samling")
        return found

    def _committee(self, abbrev: str) -> dict[str, Any]:
        types = {str(r.get("type", "")).lower(): r["id"] for r in self._all("Aktørtype")}
        if "udvalg" not in types:
            raise OdaUnavailable(self.client.url("Aktørtype"), "no 'Udvalg' actor type in ODA's table")
        rows = self._all("Aktør", filter=f"typeid eq {types['udvalg']} and gruppenavnkort eq '{abbrev.upper()}'")
        if not rows:
            raise FetchUsageError(abbrev, "ODA has no committee with this abbreviation")
        return rows[0]

    def _doc_types(self, wanted: Iterable[str]) -> dict[int, str]:
        table = self._all("Dokumenttype")
        chosen: dict[int, str] = {}
        for key in wanted:
            if key not in TYPE_CHOICES:
                raise FetchUsageError(key, "unknown document type", advice=f"use {', '.join(TYPE_CHOICES)}")
            for row in table:
                if TYPE_CHOICES[key](str(row.get("type", ""))):
                    chosen[int(row["id"])] = key
        return chosen

    def _roles(self) -> dict[int, str]:
        return {int(r["id"]): str(r.get("rolle", "")) for r in self._all("DokumentAktørRolle")}

    def _actor(self, actor_id: int) -> dict[str, Any]:
        if actor_id not in self._actors:
            cached = self.meta_dir / "aktør" / f"{actor_id}.json"
            if cached.exists():
                self._actors[actor_id] = json.loads(cached.read_text(encoding="utf-8"))
            else:
                url = self.client.url(f"Aktør({actor_id})")
                data, raw = self.client.get_raw(url)
                _atomic_write(cached, raw)
                self._actors[actor_id] = data
        return self._actors[actor_id]

    # -- storage ----------------------------------------------------------------------------
    def _keep_page(self, raw: bytes) -> None:
        sha = hashlib.sha256(raw).hexdigest()
        path = self.meta_dir / "pages" / f"{sha}.json"
        if not path.exists():
            _atomic_write(path, raw)

    def manifest(self) -> dict[tuple[int, int], dict[str, Any]]:
        entries: dict[tuple[int, int], dict[str, Any]] = {}
        path = self.meta_dir / "manifest.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                except ValueError:
                    continue  # a line cut by a kill: the file it names is fetched again
                entries[(int(row["oda_dokument_id"]), int(row["oda_fil_id"]))] = row
        return entries

    def _append_manifest(self, row: dict[str, Any]) -> None:
        self.meta_dir.mkdir(parents=True, exist_ok=True)
        with open(self.meta_dir / "manifest.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def _state(self) -> dict[str, Any]:
        path = self.meta_dir / "state.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    # -- the fetch --------------------------------------------------------------------------
    def fetch(self, query: FetchQuery) -> FetchReport:
        report = FetchReport()
        periods = self._periods(query.samling)
        committee = self._committee(query.udvalg)
        doc_types = self._doc_types(query.types)
        roles = self._roles()
        since = query.since
        if since is None and (mark := self._state().get(query.key)):
            since = _parse_oda_datetime(mark)
        known = self.manifest()
        high_water = since
        for period in periods:
            start = _parse_oda_datetime(period.get("startdato"))
            end = _parse_oda_datetime(period.get("slutdato"))
            clauses = ["(" + " or ".join(f"typeid eq {t}" for t in sorted(doc_types)) + ")",
                       f"DokumentAktør/any(a: a/aktørid eq {int(committee['id'])})"]
            if start:
                clauses.append(f"dato ge {_odata_date(start)}")
            if end:
                clauses.append(f"dato le {_odata_date(end)}")
            if since:
                clauses.append(f"opdateringsdato gt {_odata_date(since)}")
            url = self.client.url("Dokument", filter=" and ".join(clauses),
                                  expand="Fil,DokumentAktør,SagDokument", orderby="id")
            for page_url, page, raw in self.client.pages(url):
                self._keep_page(raw)
                for doc in values(page, page_url):
                    report.documents += 1
                    updated = _parse_oda_datetime(doc.get("opdateringsdato"))
                    if updated and (high_water is None or updated > high_water):
                        high_water = updated
                    self._store_document(doc, period, committee, doc_types, roles, known, report)
        if report.ok and high_water is not None:
            state = self._state()
            state[query.key] = high_water.isoformat()
            _atomic_write(self.meta_dir / "state.json",
                          json.dumps(state, ensure_ascii=False, indent=1).encode("utf-8"))
        return report

    def _store_document(self, doc: dict[str, Any], period: dict[str, Any], committee: dict[str, Any],
                        doc_types: dict[int, str], roles: dict[int, str],
                        known: dict[tuple[int, int], dict[str, Any]], report: FetchReport) -> None:
        doc_id = int(doc["id"])
        files = doc.get("Fil") or []
        askers: list[str] = []
        ministers: list[str] = []
        ministries: list[str] = []
        for link in doc.get("DokumentAktør") or []:
            role = roles.get(int(link.get("rolleid", -1)), "").lower()
            if role in ASKER_ROLES | MINISTER_ROLES | MINISTRY_ROLES:
                actor = self._actor(int(link["aktørid"]))
                name = str(actor.get("navn") or "").strip()
                (askers if role in ASKER_ROLES else ministers if role in MINISTER_ROLES else ministries).append(name)
        facts = {
            "oda_dokument_id": doc_id,
            "oda_sag_ids": sorted({int(s["sagid"]) for s in doc.get("SagDokument") or [] if "sagid" in s}),
            "oda_question_id": doc.get("spørgsmålsid"),
            "dokumenttype": doc_types.get(int(doc.get("typeid", -1))),
            "titel": doc.get("titel"),
            "dato": (doc.get("dato") or "")[:10] or None,
            "samling": period.get("titel"),
            "oda_periode_id": period.get("id"),
            "udvalg": committee.get("gruppenavnkort"),
            "udvalg_navn": committee.get("navn"),
            "askers": askers,
            "ministers": ministers,
            "ministries": ministries,
            "opdateringsdato": doc.get("opdateringsdato"),
        }
        for fil in files:
            fil_id = int(fil["id"])
            url = str(fil.get("filurl") or "")
            ext = (str(fil.get("format") or "").lower() or Path(url).suffix.lstrip(".") or "pdf")
            name = f"{doc_id}_{fil_id}.{ext}"
            target = self.out / name
            old = known.get((doc_id, fil_id))
            if (old and old.get("opdateringsdato") == fil.get("opdateringsdato", doc.get("opdateringsdato"))
                    and target.exists() and _sha256_file(target) == old.get("sha256")):
                report.unchanged += 1
                continue
            try:
                data = self.client.download(url)
            except (OdaFileMissing, OdaUnavailable) as exc:
                report.failed.append((url, exc.problem))
                self.log(f"skipped {name}: {exc.message}")
                continue
            sha = hashlib.sha256(data).hexdigest()
            _atomic_write(target, data)
            meta = dict(facts, oda_fil_id=fil_id, url=url, sha256=sha, file=name,
                        fetched_at=self.now().isoformat(timespec="seconds"),
                        fil_opdateringsdato=fil.get("opdateringsdato"))
            _atomic_write(self.meta_dir / "meta" / f"{name}.json",
                          json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
            self._append_manifest({"oda_dokument_id": doc_id, "oda_fil_id": fil_id, "url": url, "sha256": sha,
                                   "file": name, "fetched_at": meta["fetched_at"],
                                   "opdateringsdato": fil.get("opdateringsdato", doc.get("opdateringsdato")),
                                   "oda_sag_ids": facts["oda_sag_ids"], "oda_question_id": facts["oda_question_id"]})
            known[(doc_id, fil_id)] = {"sha256": sha,
                                       "opdateringsdato": fil.get("opdateringsdato", doc.get("opdateringsdato"))}
            report.downloaded.append(name)
            self.log(f"fetched {name} ({len(data):,} bytes)")


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def oda_facts_for(path: Path) -> dict[str, Any] | None:
    """ODA's facts about a fetched file (the sidecar written by the fetch), if any."""
    sidecar = path.parent / ".oda" / "meta" / f"{path.name}.json"
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
