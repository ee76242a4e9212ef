"""An event is about an indicator only when its subject names the measure (reviewer,
session 4): one ordinary word shared by an event's subject and a measure's title in
another document gave the measure a status from an unrelated text. Real documents in:
the measures of seed 001 (STAR's sigtelinjer), Syddjurs' kultur notat and Ballerup's
rusmiddel standards; the events of a Syddjurs referat (subject "Arbejdet"), Liberal
Alliance's programme ("Danmark") and a case notat ("gruppe"), as the reviewer's store had
them."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from knowledge.indicator_status import is_about
from knowledge.store import Store

MEASURES = {"seed": "seeds/001_3dd5ad225882c538.txt",
            "kultur": "pdf/syddjurs_kulturkommune_2017_notat.pdf",
            "brydehuset": "pdf/ballerup_kvalitetsstandarder_rusmiddel_2013.pdf"}
EVENTS = {"referat": "pdf/syddjurs_referat_puk_2013-06-20.pdf",
          "programme": "pdf_more/Kristianuruplarsen__Partiprogrammer__liberal_alliance.pdf",
          "notat": "pdf_more/SimonEchers1996__Case__Notat.pdf"}
# (measure's document, the start of its title, the unrelated document, its event's subject)
FALSE_MATCHES = [
    ("seed", "Flest muligt skal i arbejde og forsørge sig selv.", "referat", "Arbejdet"),
    ("kultur", "Flere besøgende udefra (fra regionen 20-25%), fra Danmark", "programme", "Danmark"),
    ("brydehuset", "At Brydehuset medvirker i holdningsbearbejdelsen", "notat", "gruppe"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Store:
    s = Store(tmp_path_factory.mktemp("unrelated") / "store.db")
    report = s.ingest([corpus / p for p in (*MEASURES.values(), *EVENTS.values())])
    assert len(report.loaded) == 6, report
    return s


def _id(store: Store, path: str) -> str:
    return str(store.db.execute("SELECT id FROM documents WHERE source LIKE ?", (f"%{path}",)).fetchone()[0])


def _indicator(store: Store, doc_id: str, title_start: str) -> dict[str, Any]:
    cur = store.db.execute("SELECT * FROM indicators WHERE document_id = ? AND title LIKE ?",
                           (doc_id, f"{title_start}%"))
    rows = [dict(zip([d[0] for d in cur.description], row)) for row in cur.fetchall()]
    assert len(rows) == 1, (title_start, rows)
    return rows[0]


@pytest.mark.parametrize("measure, title, other, subject", FALSE_MATCHES)
def test_one_shared_word_gives_no_status_from_an_unrelated_document(store: Store, measure: str, title: str,
                                                                    other: str, subject: str) -> None:
    # The event with the reviewer's subject need not still be extracted (lineage keeps
    # improving: "Arbejdet" and "Danmark" are no longer subjects since s4lin); whatever
    # events the unrelated documents have, none of them gives these measures a status.
    row = _indicator(store, _id(store, MEASURES[measure]), title)
    assert not any((row["status_evidence"] or "").startswith(_id(store, path)) for path in EVENTS.values())
    assert not is_about({"subject": subject}, row["title"], False)


def test_the_notat_still_has_the_gruppe_event(store: Store) -> None:
    """The end-to-end case that failed before the fix: the notat's event on "gruppe" (since session 12 in its
    definite form, "den gruppe, der ..." -> "gruppen", nlp/lineage/commitment.py `restricted_definite`), which
    gives the rusmiddel standards' measure no status."""
    events = store.records(types=["LineageEvent"], document_id=_id(store, EVENTS["notat"]))
    assert any(data["subject"] == "gruppen" for _, _, data in events)
    row = _indicator(store, _id(store, MEASURES["brydehuset"]), "At Brydehuset medvirker i holdningsbearbejdelsen")
    assert not is_about({"subject": "gruppen"}, row["title"], False)


@pytest.mark.parametrize("subject, title", [
    ("Arbejdet", "Flest muligt skal i arbejde og forsørge sig selv."),
    ("Danmark", "Flere besøgende udefra (fra regionen 20-25%), fra Danmark (10-15%) og fra udlandet (5- 10%)"),
    ("gruppe", "Brydehusets medarbejdere er forpligtet til at medvirke i samarbejdet om at løse erkendte "
               "misbrugsproblemer for særlige grupper"),
])
def test_a_single_ordinary_word_is_not_a_measure(subject: str, title: str) -> None:
    assert not is_about({"subject": subject}, title, False)


@pytest.mark.parametrize("subject, title", [
    ("ressourceforløb", "indsatsen i ressourceforløb"),  # seed 003 -> seed 000: a scheme of the gazetteer
    ("fleksjobordningen", "Andelen af personer under fleksjobordningen, som er i fleksjob, skal øges."),  # -> 001
    ("LO s jobcenterindeks", "Jobcenterindekset"),  # the title's one word, inflected
    ("Gnsn. varighed på ydelsen", "Gnsn. varighed på ydelsen"),  # star d11
    ("varighed på ydelsen", "Gnsn. varighed på ydelsen"),  # the head noun phrase, more than one word
])
def test_a_subject_that_names_the_measure_is_about_it(subject: str, title: str) -> None:
    assert is_about({"subject": subject}, title, False)
