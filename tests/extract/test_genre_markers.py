"""Genre markers (extract/data/genre_markers.tsv) decide a policy text's doc_type: every cue is
attested by two texts (corpus texts, or the realistic samples below) or by a written
convention, and the genres they give match the gold of the dev texts that print them."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.load import load
from extract.parsers.policy_document import parse
from extract.parsers.policy_genre import doc_type_of, genre_cues
from extract.parsers.policy_title import title_of
from tests.attestation import attesting_text

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "extract" / "data" / "genre_markers.tsv"

# A think tank's analysis, as such pages open (label, date, heading).
ANALYSIS_SAMPLE = """Analyse
Tirsdag 14. marts 2023

Flere seniorer bliver på arbejdsmarkedet

Andelen af 60-64-årige i beskæftigelse er steget markant siden tilbagetrækningsreformen.
"""
# A measure's documentation page on a statistics site.
MEASURE_SAMPLE = """Ledighedsberørte efter varighed

Om målingen

Datakilde
Målingen bygger på DREAM-registret.

Opgørelsesmetode
Ledighedsberørte opgøres som personer med mindst én ledighedsuge i perioden.

Forbehold ved fortolkning
Tallene for det seneste kvartal er foreløbige.
"""
# A regional news site's item with its publication stamp and byline.
TIMESTAMP_SAMPLE = """Jobcentret får ny leder

Lokalt

03.05.2021 kl. 10:12

Mette Holm

Kommunens jobcenter får pr. 1. juni en ny chef, oplyser kommunen.
"""

# A kommune's memo: department banner, letterhead, the genre label, then its heading.
NOTAT_SAMPLE = """KULTUR OG FRITID

Dato: 3. marts 2014
Sagsnr.: 2014-1187
Kontakt: Hanne Friis

Notat

Udvidede åbningstider på kommunens biblioteker

Udvalget bad på sit møde i januar om et overblik over, hvad det koster at holde åbent til kl. 21.
"""
# A council member's e-mail that forwards a utility's newsletter, as a printed e-mail.
NEWSLETTER_SAMPLE = """From:	Søren Kjær
Sent:	4. april 2019 09:12
To:	Kommunalbestyrelsen
Subject:	Nordfyns Vandforsyning nyhedsbrev nr. 3-2019

Kære alle,

Hermed videresendes Nordfyns Vandforsynings nyhedsbrev nr. 3.

Venlig hilsen
Søren Kjær

Nyhedsbrev nr. 3/2019

Ny takststruktur fra 2020
Bestyrelsen har vedtaget en ny takststruktur, som træder i kraft 1. januar 2020.
"""

# A ministry's news page without a date: headline, then a lede announcing a decision.
ANNOUNCEMENT_SAMPLE = """Nye regler for seniorjob

Loven om seniorjob er nu vedtaget

Folketinget har vedtaget, at kommunerne fra 1. juli skal tilbyde seniorjob til flere ledige over 60 år.
"""

# The first page of a committee's minutes: genre label, committee, meeting date, members.
MINUTES_SAMPLE = """Referat

Børne- og Skoleudvalget
Mandag den 9. marts 2015
Kl. 16:00

Medlemmer
Hanne Lund (A)
Peter Berg (V)
"""

# A kommune's agenda item on an evaluation (the number is the item's place on the agenda).
EVALUATION_SAMPLE = """5. Evaluering af den åbne rådgivning for unge

Sagsnr.: 2016-2231

Sammendrag
Sagen indeholder evalueringen af rådgivningens første år.
"""


def _doc(text: str):
    from extract.document import Document

    return Document.from_text(text)


def _rows() -> list[dict[str, str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_the_table_lists_its_cues() -> None:
    assert [(r["genre"], r["cue"]) for r in _rows()] == [
        ("report", "report_heading"), ("report", "committee_report_heading"), ("report", "bill_remarks_heading"),
        ("report", "bill_remarks_label"), ("report", "analysis_label"), ("report", "notat_label"), ("report", "self_reference"),
        ("report", "evaluation_subject"), ("report", "annual_report_heading"), ("report", "status_memo_heading"),
        ("report", "audit_report_heading"), ("report", "recommendations_heading"),
        ("indicator_spec", "measure_heading"), ("indicator_spec", "measure_sections"),
        ("news", "news_label"), ("news", "month_dateline"), ("news", "timestamp"),
        ("news", "quote_attribution"), ("news", "lede_source"), ("news", "lede_announcement"),
        ("news", "newsletter_label"),
        ("other", "case_file"), ("other", "minutes_label"), ("other", "programme_label"), ("other", "minutes_suffix_label"),
            ("other", "government_programme_label"), ("other", "speech_label"),
            ("other", "steering_label"), ("other", "explainer_label"),
            ("other", "page_guide_label"), ("other", "agenda_sections"), ("other", "agenda_item")]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["cue"])
def test_each_cue_is_attested_twice_and_found_where_attested(row: dict[str, str]) -> None:
    from extract.parsers.policy_genre import genre_markers

    [marker] = [m for m in genre_markers() if m.cue == row["cue"]]
    attestations = row["attested_by"].split(";")
    assert len(attestations) >= 2
    for source in attestations:
        if source.startswith("convention:"):
            assert "README" in source
            continue
        text = attesting_text(source)  # a sample of this file, a corpus text or a corpus PDF's text layer
        doc = _doc(text)
        title = title_of(doc)
        assert marker.found_in(text, title.value if title else ""), source


@pytest.mark.parametrize(("stem", "genre"), [
    # the policy dev set's gold doc_type, read from the cues
    ("p16_kraka_tidlig_pension_seniorpension_tilgang_2022", "report"),
    ("p21_esundhed_genindlaeggelser_indikatorer", "indicator_spec"),
    ("p04_kd_225_timers_reglen_suspension_2020", "news"),
    ("p06_sn_fakta_kontanthjaelpsloft_225_effekt_2019", "news"),
    ("p25_denoffentlige_sociale_2020_maal_2013", "news"),
    ("p30_berlingske_frikommuner_blandede_jobresultater", "news"),
    ("003_85cc670bf6a80336", "news"),
    # undated: its lede announces a decision ("... er nu fastlagt")
    ("p28_lovguiden_beskaeftigelsesreform_forsoeg_kommuner", "news"),
    # a memo's summary reporting work done ("Bygningssynet er nu afsluttet") is no news item
    ("s04_ballerup_bygningsvedligehold", "other"),
    # topic and explainer pages print none of the cues
    ("d08_star_om_kontanthjaelpsreformen", "other"),
    ("d10_bm_fokus_paa_kommunernes_resultater", "other"),
    ("p09_holbaek_selvforsoergelsesydelse_opholdskrav", "other"),
    ("d07_star_forsoeg_mere_ansvar_akasser", "other"),
    # the municipal dev set: a memo labelled "Notat"; an e-mail carrying a newsletter; minutes
    ("f11_ballerup_aflastning_torvevej_notat", "report"),
    ("f13_trekantbrand_ejerstrategi", "news"),
    ("f03_ballerup_referat_sundhedsudvalg", "other"),
    ("f07_ballerup_rygestop_evaluering", "report"),
    # a news item and a letter about an evaluation keep their genre
    ("003_85cc670bf6a80336", "news"),
    ("004_66c79f67e679d369", "letter"),
])
def test_doc_type_of_dev_texts(stem: str, genre: str) -> None:
    [path] = list((ROOT / "corpus").rglob(f"{stem}.txt"))
    [info] = parse(load(path))
    assert info.doc_type == genre


@pytest.mark.parametrize(("text", "genre"), [
    (ANALYSIS_SAMPLE, "report"),
    (MEASURE_SAMPLE, "indicator_spec"),
    (TIMESTAMP_SAMPLE, "news"),
    (ANNOUNCEMENT_SAMPLE, "news"),
    # "nu" with no deciding participle announces nothing
    ("Om ordningen\n\nOrdningen er nu en del af kontanthjælpssystemet og gælder alle.\n", "other"),
    # a quoted minister makes a news item
    ("Flere unge i uddannelse\n\nAndelen af unge uden uddannelse falder.\n\n"
     "- Det er en god udvikling, siger børne- og undervisningsminister Mattias Tesfaye.\n", "news"),
    # "siger" inside a sentence is no quote attribution
    ("Om ordningen\n\nLoven siger, at ansøgningen skal være modtaget inden fristen.\n", "other"),
    # one documentation heading alone is no measure's page
    ("Om os\n\nDatakilde\n\nVi bruger data fra Danmarks Statistik.\n", "other"),
    (NOTAT_SAMPLE, "report"),
    # an evaluation as the subject: a report, unless a stronger cue says otherwise
    (EVALUATION_SAMPLE, "report"),
    ("Evaluering af rådgivningen\n\nDer er flere brugere, siger centerchef Anne Holm.\n", "news"),
    # minutes name their genre: dated at the top, yet no news item
    (MINUTES_SAMPLE, "other"),
    ("REFERAT Vejle Byråd d. 14-05-2019\nMødedato Tirsdag d. 14. maj 2019 kl. 17:00\n", "other"),
    # a party programme names its genre; a news item about one only mentions it in a sentence
    ("Vedtaget på landsmødet 12. maj 2018\nPrincipprogram for Alternativet\n\nVi vil en grøn omstilling.\n", "other"),
    # the newsletter it carries outranks the e-mail's greeting
    (NEWSLETTER_SAMPLE, "news"),
    # a newsletter offered in a menu or a sentence is no newsletter
    ("Forside\nNyhedsbrev\nKontakt\n\nOm ordningen\n\nTilmeld dig vores nyhedsbrev nr. 1 i rækken.\n", "other"),
    # "notat" inside a sentence is no genre label; an e-mail without a label stays a letter
    ("Til: Borgmesteren\n\nKære Lone\n\nJeg vedlægger et notat om sagen.\n\nVenlig hilsen\nPer Holm\n", "letter"),
])
def test_doc_type_of_samples(text: str, genre: str) -> None:
    doc = _doc(text)
    title = title_of(doc)
    assert doc_type_of(doc, title, dated_top=False, definitions=0) == genre


@pytest.mark.parametrize(("text", "genre"), [
    (MINUTES_SAMPLE, "other"),
    # a memo's letter head dates it; its case numbers tell it from a news item
    ("KULTUR OG FRITID\n\nDato: 3. marts 2014\n\nTlf. dir.: 4477 1234\nKontakt: Hanne Friis\nSagsnr.: 2014-1187\n\n"
     "Åbningstider på bibliotekerne\n\nUdvalget bad om et overblik over udgifterne.\n", "other"),
    ("Vedtaget på landsmødet 12. maj 2018\nPrincipprogram for Alternativet\n\nVi vil en grøn omstilling.\n", "other"),
    ("12. maj 2018\n\nAlternativet har vedtaget sit nye principprogram på landsmødet i Odense, og partiets "
     "leder er tilfreds med resultatet af de lange forhandlinger.\n", "news"),
    # a news page dated at the top is news
    ("12. marts 2014\n\nFlere lånere på bibliotekerne\n\nUdlånet steg med ti procent sidste år.\n", "news"),
])
def test_doc_type_of_dated_samples(text: str, genre: str) -> None:
    [info] = parse(_doc(text))
    assert info.doc_type == genre


def test_the_cues_a_text_prints_are_named() -> None:
    assert genre_cues(_doc(TIMESTAMP_SAMPLE)) == {"news": ["timestamp"]}
