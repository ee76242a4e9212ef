"""A municipal status overview ("Sager på vej") read as lineage events (nlp/lineage/overview.py):
each row with a stated status is one event, its year from the section heading (the municipal
README's convention). Realistic tables in the layout the loader gives (tab-separated cells, long
titles wrapped with blank lines between the cells, as corpus/municipal/s01), in, exact events out;
and the table's data (nlp/data/status_overview.csv) attested."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.kinds import BY_KIND
from nlp.lineage.overview import entries
from tests.attestation import attesting_text

ROOT = Path(__file__).resolve().parents[2]
CONVENTIONS = " ".join((ROOT / "tests/fixtures/gold/star/README.md").read_text(encoding="utf-8").split()) + " " + \
    " ".join((ROOT / "tests/fixtures/gold/municipal/README.md").read_text(encoding="utf-8").split())
DEV_ID = re.compile(r"^(?:p\d\d|d\d\d|f\d\d|s\d\d|s\d_\d\d|\d{3})_\w+$")  # s9_11: the later municipal sets
CORPUS_TEXTS = {p.stem: p for p in (ROOT / "corpus").glob("*/*.txt")}


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


# A Beskæftigelses- og Socialforvaltning's overview in the same layout: one-line rows, a wrapped title,
# a wrapped department, rows that name no commitment, a proposal to continue something, a report.
ODENSE_LIKE = (
    "Sager på vej – Beskæftigelse og Social 2024\n\n"
    "Til:\tUdvalget, Handicaprådet m.fl.\nAjourført:\t12. september 2024\n\n"
    "Fremsendte sager 2024\nSag\tAfd.\tTil politisk behandling\n"
    "Takster for madservice 2025\tÆldre og Handicap\tByrådet 2. oktober\n"
    "Sager på vej i 2024\nSag\tAfd.\tForventet fremsendt\n"
    "Handleplan for hjemløshed 2025-2028\tSocialafdelingen\tOktober\n"
    "Svar på forslag fra EL om gratis busser for ledige\tJobcentret\tNovember\n"
    "Færdigbehandlede sager i 2024\n"
    "Etablering af værested for unge i Vollsmose\tSocialafdelingen\tVedtaget. Byrådet 21. august\n"
    "Forslag fra S og V om videreførelse af frikommuneforsøget med\nenklere sagsbehandling\n\n"
    "Sekretariatet\n\nVedtaget. Byrådet 19. juni\n\n"
    "Årlig redegørelse for tilsyn med botilbud 2023\tTilsynet\tGodkendt. Økonomiudvalget 4. juni\n"
    "Ansættelse af jobcenterchef\tGodkendt. Magistraten 7. maj\n"
    "Beskæftigelsesplan 2025 (med MSO)\tJobcentret og\nYdelsesservice\n\nVedtaget. Byrådet 10. april\n"
)


def test_rows_of_an_overview_are_events_with_the_heading_year() -> None:
    assert _events(ODENSE_LIKE) == [
        ("planned", 2024, "Takster for madservice 2025", None),
        ("planned", 2024, "Handleplan for hjemløshed 2025-2028", None),
        ("introduced", 2024, "Etablering af værested for unge i Vollsmose", "Byrådet"),
        ("confirmed", 2024, "frikommuneforsøget med enklere sagsbehandling", "Byrådet"),
        ("evaluated", 2024, "Årlig redegørelse for tilsyn med botilbud 2023", "Økonomiudvalget"),
        ("introduced", 2024, "Beskæftigelsesplan 2025", "Byrådet"),
    ]


def test_a_report_on_results_adopted_is_evaluated() -> None:
    text = ("Færdigbehandlede sager i 2023\nSag\tAfd.\tVedtaget\n"
            "Redegørelse for magtanvendelse i 2022\tStaben\tVedtaget. Byrådet 5. juni\n"
            "Afrapportering af klimaplanen 2022\tTeknik\tVedtaget. Byrådet 5. juni\n"
            "Godkendelse af Praksisplan for ergoterapi 2023\tPUK\tVedtaget. Magistraten 17. april\n"
            # Ankestyrelsen's yearly comparison of kommunernes results (s01, s9_11 gold_notes: a report on results)
            "Ankestyrelsens Danmarkskort på handicapområdet 2022 (med MSB)\tSocial\tVedtaget. Byrådet 8. maj\n")
    assert _events(text) == [
        ("evaluated", 2023, "Redegørelse for magtanvendelse i 2022", "Byrådet"),
        ("evaluated", 2023, "Afrapportering af klimaplanen 2022", "Byrådet"),
        ("introduced", 2023, "Praksisplan for ergoterapi 2023", "Magistraten"),
        ("evaluated", 2023, "Ankestyrelsens Danmarkskort på handicapområdet 2022", "Byrådet"),
    ]


def test_an_adopted_proposal_of_an_evaluation_plans_it() -> None:
    """"Forslag fra EL om evaluering af omstruktureringen i Sundhed og Omsorg ... Vedtaget" (s9_11 gold_notes: a
    decided future evaluation is `planned`, as s6_06's decided review): the evaluation is still to come; a
    proposal to continue something keeps the lexicon's kind."""
    text = ("Færdigbehandlede sager i 2023\nSag\tAfd.\tVedtaget\n"
            "Forslag fra SF om evaluering af den nye visitationsmodel\tPartiforslag\tVedtaget. Byrådet 30. august\n"
            "Forslag fra V om videreførelse af frivilligpuljen\tPartiforslag\tVedtaget. Byrådet 21. juni\n")
    assert _events(text) == [
        ("planned", 2023, "evaluering af den nye visitationsmodel", "Byrådet"),
        ("confirmed", 2023, "frivilligpuljen", "Byrådet"),
    ]


@pytest.mark.parametrize("text", [
    # running text that names a heading's words is no table
    "Færdigbehandlede sager i 2024\nByrådet har i år behandlet mange sager om ældreområdet.\n",
    # a table's rows that name no commitment
    "Færdigbehandlede sager i 2024\nSag\tAfd.\tVedtaget\n"
    "Svar på forslag fra SF om røgfrie legepladser\tSek.\tVedtaget. Byrådet 10. juni\n"
    "Kommunens høringssvar til forslag til lov om ældre\tSek.\tVedtaget. Magistraten 3. maj\n",
    # a recruitment and a statement to an authority name no commitment either (s9_11 gold_notes: like a hire
    # and a consultation reply)
    "Færdigbehandlede sager i 2023\nSag\tAfd.\tVedtaget\n"
    "Rekruttering af direktør for Børn og Unge – udpegning til ansættelsesudvalg\tSek.\tVedtaget Byrådet 4. oktober\n"
    "Udtalelse til Ankestyrelsen om tilsynssag\tSekretariatet\tVedtaget. Byrådet 13. september\n",
    # a decided section's row without a stated status
    "Færdigbehandlede sager i 2024\nSag\tAfd.\tVedtaget\nTrafikplan for midtbyen\tTeknik\tUdsat\n",
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_the_overview_table_is_attested() -> None:
    for entry in entries():
        assert entry.kind == "" or entry.kind in BY_KIND
        documents = [s for s in entry.sources if DEV_ID.match(s)]
        written = [s for s in entry.sources if s.startswith("conv:") and s[5:] in CONVENTIONS]
        samples = [s for s in entry.sources if s.startswith("sample:")]
        assert len(documents) + len(written) + len(samples) == len(entry.sources), entry.sources
        for sample in samples:
            assert entry.phrase in attesting_text(sample).lower(), (entry.phrase, sample)
        for doc_id in documents:
            if doc_id in CORPUS_TEXTS:
                assert entry.phrase in CORPUS_TEXTS[doc_id].read_text(encoding="utf-8").lower().replace("-", ""), \
                    (entry.phrase, doc_id)
        assert len(documents) + len(samples) >= 2 or written, entry.phrase


def test_columns_laid_out_with_spaces_read_as_tabs() -> None:
    text = ("Sager på vej i 2023\nSag    Afd.    Forventet fremsendt\n"
            "Plan for klimatilpasning 2024    Teknik    Oktober\n"
            "Færdigbehandlede sager i 2023\nSag    Afd.    Vedtaget\n"
            "Ny ungdomsskolestruktur    Skole    Vedtaget. Byrådet 14. juni\n")
    assert _events(text) == [
        ("planned", 2023, "Plan for klimatilpasning 2024", None),
        ("introduced", 2023, "Ny ungdomsskolestruktur", "Byrådet"),
    ]


def test_the_aarhus_overview_gives_its_gold_rows() -> None:
    """corpus/municipal/s01 (Sundhed og Omsorg's "Sager på vej", 29 August 2025) against its gold: every row
    the gold labels, with its kind, heading year and deciding body, and no other (an adopted "Ankestyrelsens
    Danmarkskort" is a report on results, `evaluated`, as in s9_11's gold too)."""
    import json

    from knowledge.pipeline import extract_path

    gold = json.loads((ROOT / "tests/fixtures/gold/municipal/s01_aarhus_sager_paa_vej.gold.json").read_text(encoding="utf-8"))
    flat = extract_path(ROOT / "corpus/municipal/s01_aarhus_sager_paa_vej.txt").flat
    found = {e.evidence: (e.event, e.year, e.actor) for e in flat.lineage_events}
    expected = {" ".join(g["evidence"].split()): (g["event"], g["year"], g["actor"]) for g in gold["lineage_events"]}
    assert found == expected


# A page or an excerpt that starts inside a section (s9_11): the rows above the first heading are read by
# their status cells, with no year (none is given above them); a status cell without its full stop
# ("Vedtaget Byrådet 14. november", the same table) closes a row too.
MID_SECTION = ("Boligplan for plejeboliger\tBygningsafd.\tVedtaget. Byrådet 22. november\n"
               "Etablering af Sundhedsfonden (med BA)\tSundhedsstaben\tVedtaget. Byrådet 21. juni\n\n"
               "Færdigbehandlede sager i 2022\nSag\tAfd.\tVedtaget\n"
               "Ombygning af plejehjemmet Kildevang\tBygningsafd.\tVedtaget Byrådet 14. november\n")


def test_rows_above_the_first_heading_and_statuses_without_a_full_stop() -> None:
    assert _events(MID_SECTION) == [
        ("introduced", None, "Boligplan for plejeboliger", "Byrådet"),
        ("introduced", None, "Etablering af Sundhedsfonden", "Byrådet"),
        ("introduced", 2022, "Ombygning af plejehjemmet Kildevang", "Byrådet"),
    ]


def test_rows_above_a_heading_without_a_status_give_nothing() -> None:
    """Above the first heading only a row that states its status is read: a title alone is no event."""
    text = ("Boligplan for plejeboliger\tBygningsafd.\n\nFærdigbehandlede sager i 2022\nSag\tAfd.\tVedtaget\n"
            "Ombygning af plejehjemmet Kildevang\tBygningsafd.\tVedtaget. Byrådet 14. november\n")
    assert [e[2] for e in _events(text)] == ["Ombygning af plejehjemmet Kildevang"]
