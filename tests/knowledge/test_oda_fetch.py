"""`sporbar fetch oda` against a local replay of ODA: paging, faults, resume, increments, ingest.

The files the replay serves are real Folketing letters from corpus/ft_qa, rendered to PDF.
One of them (q215.pdf) deliberately holds a different letter than ODA's row describes,
so the disagreement listing has something to find.
"""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from knowledge.oda_client import OdaClient, OdaUnavailable
from knowledge.oda_fetch import FetchQuery, FetchUsageError, OdaFetcher, parse_samling
from knowledge.store import Store

from .oda_replay import Faults, replay_oda

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "ft_qa"
SPORBAR = [sys.executable, "-m", "knowledge.cli"]
UUI = FetchQuery(udvalg="UUI", samling="2017-18")


def _pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    y = 780
    for raw in text.splitlines():
        for line in textwrap.wrap(raw, 95) or [""]:
            if y < 60:
                pdf.showPage()
                y = 780
            pdf.drawString(50, y, line)
            y -= 14
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    text = {name: (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
            for name in ("eru-2017-18-spm343-spm", "uui-2017-18-spm215-svar", "udu-2009-10-spm248-svar")}
    return {"q215.pdf": _pdf(text["eru-2017-18-spm343-spm"]),
            "a215.pdf": _pdf(text["uui-2017-18-spm215-svar"]),
            "a248.pdf": _pdf(text["udu-2009-10-spm248-svar"]),
            "q343.pdf": _pdf(text["eru-2017-18-spm343-spm"]),
            "old.pdf": _pdf("Gammelt spørgsmål")}


def _fetcher(api: str, out: Path, **client: object) -> OdaFetcher:
    return OdaFetcher(OdaClient(api=api, delay=0.0, **client), out)  # type: ignore[arg-type]


def _tree(out: Path) -> dict[str, object]:
    """The stored files by sha256 and the manifest's ids and hashes (not when they were fetched;
    raw pages name the server's address, which differs between replay servers)."""
    import hashlib

    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir()) if p.is_file()}
    manifest = sorted((r["oda_dokument_id"], r["oda_fil_id"], r["sha256"], r["file"])
                      for r in map(json.loads, (out / ".oda" / "manifest.jsonl").read_text().splitlines()))
    return {"files": files, "manifest": manifest}


def test_samling_forms() -> None:
    assert parse_samling("2017-18") == (2017, None)
    assert parse_samling("2022-23 2. samling") == (2022, 2)
    assert parse_samling("2022-23-2s") == (2022, 2)
    for bad in ("2017-19", "sidste år", "2017"):
        with pytest.raises(FetchUsageError):
            parse_samling(bad)


def test_fetch_brings_every_document_and_file_once(tmp_path: Path, files: dict[str, bytes]) -> None:
    with replay_oda(files, page_size=2) as oda:
        report = _fetcher(oda.api, tmp_path).fetch(UUI)
        pages = [line for line in oda.log if line.startswith("/api/Dokument?")]
        agents = oda.user_agents
    # 9001-9003 are UUI's in 2017-18; 9004 is from 2016-17 and 8001 is another committee's.
    assert report.documents == 3 and report.ok
    assert sorted(report.downloaded) == ["9001_70001.pdf", "9002_70002.pdf", "9003_70003.pdf"]
    assert len(pages) == 2, "three documents at two a page must take two pages"
    assert all(a.startswith("sporbar/") for a in agents)
    manifest = [json.loads(line) for line in (tmp_path / ".oda" / "manifest.jsonl").read_text().splitlines()]
    assert [(m["oda_dokument_id"], m["oda_fil_id"]) for m in manifest] == [(9001, 70001), (9002, 70002), (9003, 70003)]
    for row in manifest:
        stored = (tmp_path / row["file"]).read_bytes()
        assert stored == files[{70001: "q215.pdf", 70002: "a215.pdf", 70003: "a248.pdf"}[row["oda_fil_id"]]]
        assert row["url"].startswith("http://127.0.0.1") and len(row["sha256"]) == 64
        assert row["opdateringsdato"] == "2018-03-01T10:00:00.123" and row["fetched_at"]
    # The raw responses are kept unchanged, named by their sha256.
    raw = list((tmp_path / ".oda" / "pages").glob("*.json"))
    assert raw and all(json.loads(p.read_bytes()).get("odata.metadata") for p in raw)
    meta = json.loads((tmp_path / ".oda" / "meta" / "9002_70002.pdf.json").read_text())
    assert meta["oda_question_id"] == 9001 and meta["samling"] == "2017-18 (1. samling)"
    assert meta["askers"] == ["Johanne Schmidt-Nielsen"] and meta["ministers"] == ["Inger Støjberg"]
    assert meta["oda_sag_ids"] == [140001]


def test_second_fetch_downloads_nothing_new(tmp_path: Path, files: dict[str, bytes]) -> None:
    with replay_oda(files, page_size=2) as oda:
        _fetcher(oda.api, tmp_path).fetch(UUI)
        before = _tree(tmp_path)
        file_hits = sum(n for p, n in oda.hits.items() if p.startswith("/files/"))
        again = _fetcher(oda.api, tmp_path).fetch(UUI)
        assert sum(n for p, n in oda.hits.items() if p.startswith("/files/")) == file_hits
        listing = [line for line in oda.log if line.startswith("/api/Dokument?")][-1]
    assert again.downloaded == [] and again.ok
    # Incremental: the second listing asks only for what ODA changed since the first run.
    assert "opdateringsdato gt datetime'2018-03-01T10:00:00'" in listing
    assert _tree(tmp_path) == before


def test_faults_are_retried_and_the_result_is_the_same(tmp_path: Path, files: dict[str, bytes]) -> None:
    with replay_oda(files, page_size=2) as oda:
        _fetcher(oda.api, tmp_path / "clean").fetch(UUI)
    faults = Faults(status_429="/api/Dokument", status_500="/files/a215.pdf", slow="/api/Periode",
                    slow_seconds=1.5, malformed="/api/Aktør")
    with replay_oda(files, page_size=2, faults=faults) as oda:
        report = _fetcher(oda.api, tmp_path / "faulty", timeout=0.5).fetch(UUI)
    assert faults.fired == {"status_429", "status_500", "slow", "malformed"}
    assert report.ok and len(report.downloaded) == 3
    assert _tree(tmp_path / "faulty") == _tree(tmp_path / "clean")


def test_a_missing_file_is_one_clear_line_and_the_rest_is_stored(tmp_path: Path, files: dict[str, bytes]) -> None:
    with replay_oda(files, page_size=2, faults=Faults(missing_files={"a248.pdf"})) as oda:
        proc = subprocess.run([*SPORBAR, "fetch", "oda", "--udvalg", "UUI", "--samling", "2017-18",
                               "--out", str(tmp_path), "--api", oda.api, "--delay", "0"],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 1
    failed = [line for line in proc.stderr.splitlines() if "a248.pdf" in line and "404" in line]
    assert len(failed) == 1, proc.stderr
    assert (tmp_path / "9001_70001.pdf").exists() and (tmp_path / "9002_70002.pdf").exists()
    assert not (tmp_path / "9003_70003.pdf").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_unreachable_service_names_the_url(tmp_path: Path) -> None:
    proc = subprocess.run([*SPORBAR, "fetch", "oda", "--udvalg", "UUI", "--samling", "2017-18",
                           "--out", str(tmp_path), "--api", "http://127.0.0.1:9/api/", "--delay", "0"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 12
    assert "http://127.0.0.1:9/api/Periode" in proc.stderr and "cannot connect" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_committee_and_samling_are_usage_errors(tmp_path: Path, files: dict[str, bytes]) -> None:
    with replay_oda(files) as oda:
        with pytest.raises(FetchUsageError, match="no committee"):
            _fetcher(oda.api, tmp_path).fetch(FetchQuery(udvalg="XYZ", samling="2017-18"))
        with pytest.raises(FetchUsageError, match="no such samling"):
            _fetcher(oda.api, tmp_path).fetch(FetchQuery(udvalg="UUI", samling="1990-91"))
        proc = subprocess.run([*SPORBAR, "fetch", "oda", "--udvalg", "XYZ", "--samling", "2017-18",
                               "--out", str(tmp_path), "--api", oda.api, "--delay", "0"],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2 and "XYZ" in proc.stderr


def test_client_gives_up_with_the_url_after_retries() -> None:
    client = OdaClient(api="http://127.0.0.1:9/api/", delay=0.0, retries=1, sleep=lambda _s: None)
    with pytest.raises(OdaUnavailable, match=r"127\.0\.0\.1:9/api/Sag.*after 2 tries"):
        client.get_raw(client.url("Sag", top=1))


@pytest.mark.slow
def test_killed_fetch_resumes_to_the_same_store(tmp_path: Path, files: dict[str, bytes]) -> None:
    with replay_oda(files, page_size=2) as oda:
        _fetcher(oda.api, tmp_path / "whole").fetch(UUI)
    with replay_oda(files, page_size=2, faults=Faults(file_delay=0.6)) as oda:
        args = [*SPORBAR, "fetch", "oda", "--udvalg", "UUI", "--samling", "2017-18",
                "--out", str(tmp_path / "cut"), "--api", oda.api, "--delay", "0"]
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        manifest = tmp_path / "cut" / ".oda" / "manifest.jsonl"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (manifest.exists() and manifest.read_text().count("\n") >= 1):
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert manifest.read_text().count("\n") < 3, "the kill must land part-way"
        rerun = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert _tree(tmp_path / "cut") == _tree(tmp_path / "whole")
    stores = {}
    for name in ("whole", "cut"):
        with Store(tmp_path / f"{name}.db") as store:
            store.ingest([tmp_path / name])
            stores[name] = sorted((d, json.dumps({k: v for k, v in data.items() if k not in ("document_id", "url")},
                                                 sort_keys=True))
                                  for d, _t, data in store.records(types=["OdaFacts"]))
    assert stores["whole"] == stores["cut"] and len(stores["whole"]) == 3


def test_ingested_letters_carry_oda_ids_link_and_samling(tmp_path: Path, files: dict[str, bytes]) -> None:
    with replay_oda(files, page_size=2) as oda:
        _fetcher(oda.api, tmp_path / "oda").fetch(UUI)
    with Store(tmp_path / "s.db") as store:
        report = store.ingest([tmp_path / "oda"])
        facts = {data["oda_dokument_id"]: data for _d, _t, data in store.records(types=["OdaFacts"])}
        listed = store.stats()["oda_disagreements"]
    assert report.ok, report
    assert set(facts) == {9001, 9002, 9003}, "the .oda bookkeeping folder must not be ingested"
    assert all(f["samling"] == "2017-18 (1. samling)" and f["udvalg"] == "UUI" for f in facts.values())
    assert facts[9002]["oda_question_id"] == 9001 and facts[9002]["oda_sag_ids"] == [140001]
    # The answer's own letter agrees with ODA; q215.pdf holds another letter (ERU spm. 343).
    assert facts[9002]["disagreements"] == []
    assert set(facts[9001]["disagreements"]) == {"question_number", "asked_by", "udvalg"}
    assert [(d["oda_dokument_id"], sorted(d["fields"])) for d in listed if d["oda_dokument_id"] == 9001] == [
        (9001, ["asked_by", "question_number", "udvalg"])]


def test_the_dokument_page_shows_odas_facts_and_the_disagreement(tmp_path: Path, files: dict[str, bytes]) -> None:
    from knowledge.app_api import document_view, oda_lines

    with replay_oda(files, page_size=2) as oda:
        _fetcher(oda.api, tmp_path / "oda").fetch(UUI)
    with Store(tmp_path / "s.db") as store:
        store.ingest([tmp_path / "oda"])
        by_oda = {data["oda_dokument_id"]: d for d, _t, data in store.records(types=["OdaFacts"])}
        question = document_view(store, by_oda[9001])
        answer = document_view(store, by_oda[9002])
    assert question is not None and answer is not None
    assert oda_lines(question.oda or {}) == [
        "Folketingets åbne data: ODA-dokument 9001 · sag 140001 · Spm. nr. 215 om opholdstilladelse til "
        "familiesammenførte · samling 2017-18 (1. samling) · UUI · Johanne Schmidt-Nielsen",
        "ODA og brevet er uenige om: spørgsmålsnummer, spørger, udvalg (begge dele er gemt)"]
    assert oda_lines(answer.oda or {})[0].startswith(
        "Folketingets åbne data: ODA-dokument 9002 · sag 140001 · svar på ODA-dokument 9001 ·")
    assert len(oda_lines(answer.oda or {})) == 1
