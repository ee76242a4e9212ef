"""Titles, dates and samling by the order of evidence (extract/document_facts.py), on the
corpus documents issue 16 found misdated or mistitled, and on small Danish strings."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest

from extract.document_dates import date_from_text, samling_of_date
from extract.document_facts import facts_of
from extract.document_titles import heading_of
from extract.evidence import DATE_EVIDENCE
from extract.flat import project
from extract.kinds import classify
from extract.load import load
from extract.registry import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
URLS = {  # corpus/manifest.csv and the .meta.json sidecars: where each file was taken from
    "pdf/ballerup_punkt8_rygestop_evaluering.pdf": "https://github.com/OS2dagsorden/os2dagsorden-2.0/blob/9209eb6/"
    "public_html/profiles/os2dagsorden/modules/os2web_edoc_esdh/example/04-12-2012 13:00:00/1552816.PDF",
    "star/d12_ft_lovovervaagning_fleksydelse.txt": "https://ft.dk/samling/20042/almdel/AMU/bilag/87/171527/index.htm",
}


@lru_cache(maxsize=None)
def facts(name: str) -> dict:
    doc = load(CORPUS / name, ocr=False)
    kind = classify(doc)
    flat = project(parse(doc, kind=kind), source=doc.source, document_id=doc.id).model_dump(mode="json")
    return facts_of(flat, doc.text, pages=[p.text for p in doc.pages], source=doc.source,
                    source_url=URLS.get(name), folketing=kind in ("question", "answer", "ftdk_other")).to_dict()


@pytest.mark.parametrize(("name", "date", "evidence"), [
    # The referat's heading and "Mødedato" say 27 August 2025 (not a letter it quotes).
    ("pdf/aarhus_byraad_referat_2025-08-27.pdf", "2025-08-27", "overskrift"),
    # The item was decided at the meeting of 4 December 2012 ("...s beslutning den 04.12.2012"),
    # not on 1 January 2007, when the structural reform in its text took effect.
    ("pdf/ballerup_punkt8_rygestop_evaluering.pdf", "2012-12-04", "mødedato"),
    ("pdf/ballerup_referat_sundhedsudvalg_2012-12-04.pdf", "2012-12-04", "mødedato"),
    ("pdf/syddjurs_referat_puk_2013-06-20.pdf", "2013-06-20", "mødedato"),
    ("pdf/ballerup_notat_2012-204248.pdf", "2012-11-20", "dato"),
    ("seeds/000_d0d93f54edcaac31.txt", "2017-09-28", "brevdato"),
    ("star/d01_jobindsats_aktiveringsgrad_passivandel.txt", "2016-11-30", "overskrift"),
    ("star/d08_star_om_kontanthjaelpsreformen.txt", "2018-03-05", "udgivet"),
    # A numbered circular's identity line "... skrivelse nr. 9038 af 24/1 2020." (not the
    # adoption date "den 20. december 2019" in its first sentence).
    ("policy/p14_star_skrivelse_indfoerelse_seniorpension_2020.txt", "2020-01-24", "dato"),
    # A flattened report whose only dates stand in sentences ("vedtaget den 3. april 2001"):
    # no date of its own; its samling comes from its ft.dk address, marked derived.
    ("star/d12_ft_lovovervaagning_fleksydelse.txt", None, None),
])
def test_document_dates(name: str, date: str | None, evidence: str | None) -> None:
    found = facts(name)
    assert (found["date"], found["date_evidence"]) == (date, evidence)


def test_fleksydelse_samling_from_its_address() -> None:
    found = facts("star/d12_ft_lovovervaagning_fleksydelse.txt")
    assert found["samling"] == "2004-05 (2. samling)" and found["samling_derived"] is True


def test_answer_samling_derived_from_its_date_and_marked() -> None:
    found = facts("seeds/000_d0d93f54edcaac31.txt")  # the .txt prints no samling, the PDF does
    assert (found["samling"], found["samling_evidence"], found["samling_derived"]) == ("2016-17", "dato", True)


@pytest.mark.parametrize(("name", "title"), [
    ("pdf/ballerup_notat_2012-204248.pdf", "Redegørelse fra Træning og Aktivitet vedr. Seniorrådets høringssvar"),
    ("pdf/ballerup_notat_2012_mdo_a.pdf", "KLs proces vedrørende det nære sundhedsvæsen"),
    ("pdf/syddjurs_kulturkommune_2017_notat.pdf", "Kulturkommune 2017"),
    ("pdf/syddjurs_politik_kultur_fritid_2009.pdf", "Politik for Kultur og Fritid - Lokalt engagement"),
    ("pdf/trekantbrand_nyhedsbrev_1_2017.pdf", "Nyhedsbrev nr. 1/2017"),  # not its code line "050117 1"
    ("pdf/ballerup_kvalitetsstandarder_rusmiddel_2013.pdf", "Kvalitetsstandarder for behandling af stof- og alkoholmisbrug"),
    # an agenda item's title without its number (tests/fixtures/gold/municipal f07 gold_notes)
    ("pdf/ballerup_punkt8_rygestop_evaluering.pdf", "Evaluering af rygestopkurser"),
    ("ft_qa/beu-2021-22-l94-spm23-spm.txt", "Beskæftigelsesudvalget spørgsmål nr. 23 (L 94)"),
    ("ft_qa_ministries/keb-2014-15-1s-samspmV-spm.txt", "Klima-, Energi- og Bygningsudvalget samrådsspørgsmål V"),
    ("ft_qa_ministries/suu-2020-21-samspmBL-spm.txt", "Sundheds- og Ældreudvalget samrådsspørgsmål BL"),
    ("star/d04_bm_benchmark_2018.txt", "Benchmarking: Hvilke kommuner gør det godt?"),
])
def test_titles_as_a_person_gives_them(name: str, title: str) -> None:
    assert facts(name)["title"] == title


def test_kkr_banner_is_no_title() -> None:
    assert facts("pdf/kkr_hovedstaden_kl_invitation_2012.pdf")["title"] != "HOVEDSTADEN"


def test_a_date_in_a_running_header_is_no_evidence() -> None:
    page = "Nyt fra forvaltningen\nDato: 3. marts 2011\n\nBrødtekst om {} uden egen dato.\n"
    pages = [page.format("budget"), page.format("skoler")]
    assert date_from_text("".join(pages), pages=pages) is None
    assert date_from_text(pages[0], pages=pages[:1]).value == "2011-03-03"  # one page: its letter date


def test_a_decision_cited_in_a_sentence_is_no_meeting_date() -> None:
    text = "Sagsfremstilling\nKulturafdelingen har i forlængelse af Byrådets beslutning den 24.04.2013 lagt en plan.\n"
    assert date_from_text(text) is None


@pytest.mark.parametrize(("day", "samling"), [
    (dt.date(2017, 9, 28), "2016-17"),
    (dt.date(2017, 10, 3), "2017-18"),  # the first Tuesday of October opens the year
    (dt.date(2017, 10, 2), "2016-17"),
    (dt.date(2005, 4, 20), "2004-05 (2. samling)"),  # after the election of 8 February 2005
    (dt.date(2005, 1, 20), "2004-05"),
    (dt.date(2022, 11, 15), "2022-23 (2. samling)"),
    (dt.date(2023, 2, 15), "2022-23 (2. samling)"),
])
def test_samling_of_date(day: dt.date, samling: str) -> None:
    assert samling_of_date(day) == samling


def test_email_title_is_its_subject() -> None:
    text = "Fra: Havnens Perle <info@example.dk>\nSendt: 26. august 2025 10:12\nTil: Byrådet\nEmne: Havnens Perle\n\nHej"
    found = heading_of(text)
    assert found is not None and (found.value, found.evidence) == ("Havnens Perle", "emne")


def test_evidence_order_is_documented() -> None:
    import extract.document_facts as module

    for name in DATE_EVIDENCE:
        assert f"``{name}``" in (module.__doc__ or "")


@pytest.mark.parametrize(("text", "expected"), [
    ("Orientering\n\nBekendtgørelse nr. 1096 af 26. september 2013\n\nTekst.", "2013-09-26"),
    # Inside a sentence the number cites another act: no date of the document's own.
    ("Orientering\n\nLoven blev vedtaget som lov nr. 1559 af 27. december 2019, og den gælder.\n", None),
])
def test_a_numbered_instruments_identity_line_dates_it(text: str, expected: str | None) -> None:
    found = date_from_text(text)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (" date 2020-06 Den udskældte 225-timers regel er ude af kraft.", "2020-06"),   # corpus/policy p04
    ("Evaluering af indsatsen\n\nMaj 2005\n\nRapporten beskriver", "2005-05"),  # a report cover
    ("Rapporten blev udgivet i maj 2005 og beskriver ...", None),                 # a month in a sentence
])
def test_a_month_without_a_day_dates_a_document_only_as_a_month(text: str, expected: str | None) -> None:
    from extract.document_dates import month_from_text

    assert date_from_text(text) is None
    found = month_from_text(text)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("name", "samling", "samling_evidence"), [
    # Issue 13. The answer prints "9. december 2105", a date the letter parser does not read;
    # the only other date is the committee's letter it quotes ("har i brev af 19. november 2015").
    ("ft_qa_ministries/tru-2015-16-spm129-svar.txt", "2015-16", "dato"),
    # Signed "Maj 2005": a month is no answer date (ft_qa README: `answer_date` is null when
    # only a month is printed); its first line "20. april 2005 fra Folketingets
    # Arbejdsmarkedsudvalg" is the question's date, not a heading's.
    ("ft_qa/amu-2004-05-l22-spm31-svar.txt", "2004-05 (2. samling)", "dato"),
    ("ft_qa_ministries/beu-2012-13-spm156-svar.txt", "2012-13", "trykt"),  # no date line at all
    ("ft_qa/sou-2008-09-l15-spm20-svar.txt", "2008-09", "dato"),  # an empty "Dato:"
])
def test_an_answer_without_its_own_date_is_not_dated_by_its_question(name: str, samling: str,
                                                                     samling_evidence: str) -> None:
    """An answer's document date is its own date; the question's date is not the letter's, so
    without one the date is absent. The samling may still come from the question's date: an
    answer belongs to its question's samling (derived, and marked so)."""
    found = facts(name)
    assert (found["date"], found["date_evidence"]) == (None, None)
    assert (found["samling"], found["samling_evidence"]) == (samling, samling_evidence)


@pytest.mark.parametrize(("name", "date"), [
    ("ft_qa_ministries/tru-2019-20-spm33-svar.txt", "2019-11-21"),  # its own date, not 24 October's question
    ("ft_qa/beu-2021-22-l94-spm23-spm.txt", "2021-11-24"),  # a question letter is dated by its own "Dato:"
])
def test_a_letter_is_dated_by_its_own_date(name: str, date: str) -> None:
    found = facts(name)
    assert (found["date"], found["date_evidence"]) == (date, "brevdato")


# A newsletter's running page code: ddmmyy and the folio on each page (corpus/municipal s05, f13).
PAGE_CODE_SAMPLE = ("--- side 1 ---\n230318\t1\n\nNyhedsbrev nr. 3/2018\n\nNy vagtplan\nVagtplanen er ændret.\n"
                    "--- side 2 ---\n230318\t2\n\nKurser\nTilmelding til kurset senest den 6. april.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (PAGE_CODE_SAMPLE, ("2018-03-23", "sidehoved")),
    # one page's code alone, a code whose folios do not follow on, a code that is no day: nothing
    ("230318\t1\n\nNyhedsbrev nr. 3/2018\n", None),
    ("230318\t1\nTekst.\n230318\t5\nTekst.\n", None),
    ("993318\t1\nTekst.\n993318\t2\nTekst.\n", None),
    # a date the text prints in its head wins over the code
    ("Nyhedsbrev nr. 3/2018\n\nUdgivet: 2. marts 2018\n230318\t1\nTekst.\n230318\t2\n", ("2018-03-02", "udgivet")),
])
def test_a_newsletters_page_code_dates_it(text: str, expected: tuple[str, str] | None) -> None:
    found = date_from_text(text)
    assert ((found.value, found.evidence) if found else None) == expected


def test_the_trekantbrand_newsletters_are_dated(corpus) -> None:
    s05 = date_from_text((corpus / "municipal" / "s05_trekantbrand_nyhedsbrev.txt").read_text(encoding="utf-8"))
    assert s05 is not None and (s05.value, s05.evidence) == ("2017-01-05", "sidehoved")
    # f13's "Sent:" line dates it; its page code (120117) agrees
    f13 = date_from_text((corpus / "municipal" / "f13_trekantbrand_ejerstrategi.txt").read_text(encoding="utf-8"))
    assert f13 is not None and f13.value == "2017-01-12"
