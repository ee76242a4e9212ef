"""A store ingested once from the text part of corpus/ (seeds, STAR, ft_qa), one PDF with a
text layer, and a hostile document; shared by the AppTest tests (through SPORBAR_DB) and
the browser tests. The scanned PDFs are left out: OCR would make this take a minute."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app_streamlit.py")
HOSTILE_NAME = "hostile_markup.txt"
# A source that tries to run code: the app must show it as text.
# Its first line is its title, so markup also sits inside a highlighted (cited) span.
HOSTILE_TEXT = ("Notat om <img src=y onerror=alert(4)> ] :red[ [klik](javascript:window.__xss=3)\n\n"
                "Dette dokument indeholder <script>window.__xss = 1</script> og "
                "<img src=x onerror=\"window.__xss = 2\"> som almindelig tekst.\n")
TEXT_PDF = ROOT / "corpus" / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf"


@pytest.fixture(scope="session")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("app-db")
    (folder / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    db = folder / "app.db"
    with Store(db) as store:
        store.ingest([ROOT / "corpus" / "seeds", ROOT / "corpus" / "star", ROOT / "corpus" / "ft_qa",
                      TEXT_PDF, folder / HOSTILE_NAME])
    return db


@pytest.fixture()
def store(app_db: Path) -> Iterator[Store]:
    with Store(app_db) as opened:
        yield opened


@pytest.fixture(autouse=True)
def _db_env(app_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPORBAR_DB", str(app_db))


def doc_id(store: Store, name: str) -> str:
    return next(d["id"] for d in store.documents() if Path(d["source"]).name == name)
