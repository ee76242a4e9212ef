"""An event's year, date and actor are cited where the document prints them, also when the reader
took them from outside the event's own sentence: a status overview's section heading ("Færdigbehandlede
sager i 2022") and status cell ("Vedtaget. Byrådet 14. november"), the title line of a general
meeting's minutes or notice, an approval line's compact date ("300409"), a referat's decision line
("beslutning den 04.12.2012"); and an actor written with its abbreviation ("Beskæftigelsesrådet (BER)")
is cited where the sentence prints one of them. A value composed of printed parts and an inferred
part cites the printed part and names the basis of the rest. Real documents of corpus/."""
from __future__ import annotations

from pathlib import Path
from typing import get_args

from extract.records import BASIS_WORDING, Basis, BasisKind, LineageEvent
from knowledge.pipeline import extract_path

ROOT = Path(__file__).resolve().parents[2]


def _events(path: str) -> tuple[str, list[LineageEvent]]:
    ex = extract_path(ROOT / "corpus" / path)
    return ex.document.text, [r for r in ex.records if isinstance(r, LineageEvent)]


def _cited(text: str, event: LineageEvent, field: str) -> tuple[int, str] | None:
    span = event.provenance.get(field)
    return (span.start, text[span.start:span.end]) if span else None


def _one(events: list[LineageEvent], evidence_start: str) -> LineageEvent:
    [event] = [e for e in events if e.evidence.startswith(evidence_start)]
    return event


def test_an_overview_rows_year_is_its_headings_and_its_date_the_status_cells_under_that_year() -> None:
    text, events = _events("municipal/s9_11_aarhus_sager_paa_vej_2.txt")
    row = _one(events, "Ankestyrelsens Danmarkskort på det sociale område 2021")
    heading = text.index("Færdigbehandlede sager i 2022") + len("Færdigbehandlede sager i ")
    # the title prints 2021 (the report's year): the row's year 2022 is the heading's
    assert (row.year, _cited(text, row, "year")) == (2022, (heading, "2022"))
    assert (str(row.date), _cited(text, row, "date")[1], row.inferred) == (  # type: ignore[index]
        "2022-11-14", "14. november", {"date": Basis(kind="heading_year", source="2022")})
    assert row.inferred["date"].danish == "året fra afsnittets overskrift: 2022"


def test_a_general_meetings_decision_cites_the_minutes_title_for_its_date_and_meeting() -> None:
    text, events = _events("municipal/s7_11_dikurevy_gf_aabning.txt")
    adopted = _one(events, "Forslaget er vedtaget, med den note")
    title = text.index("21. september 2015")
    assert (adopted.year, str(adopted.date), adopted.actor) == (2015, "2015-09-21", "generalforsamlingen")
    assert [_cited(text, adopted, f) for f in ("year", "date", "actor")] == [
        (title, "21. september 2015"), (title, "21. september 2015"),
        (text.index("generalforsamling"), "generalforsamling")]
    assert adopted.inferred == {}


def test_a_notices_proposals_cite_the_notices_date_and_the_line_that_names_the_proposer() -> None:
    text, events = _events("municipal/s10_12_dikurevy_indkaldelse.txt")
    proposer = text.index("forslag fra ledelsen") + len("forslag fra ")
    for point in ("(a) Ekstra mulighed", "(b) Ændring af titlen »ledelsen«", "(e) Gøre det muligt"):
        proposal = _one(events, point)
        # (b) prints the word "ledelsen" as the title it changes: the proposer is still the notice's
        assert [_cited(text, proposal, f) for f in ("year", "actor")] == [
            (text.index("21. september 2015"), "21. september 2015"), (proposer, "ledelsen")], point


def test_an_approval_lines_compact_date_is_cited_for_year_and_date() -> None:
    text, events = _events("municipal/f14_syddjurs_referat_puk_kulturkommune.txt")
    approved = _one(events, "2 Åben Politik for Kultur og Fritid")
    at = text.index("300409")
    assert (approved.year, str(approved.date), approved.inferred) == (2009, "2009-04-30", {})
    assert [_cited(text, approved, f) for f in ("year", "date")] == [(at, "300409"), (at, "300409")]


def test_a_referats_decision_is_dated_where_the_decision_line_prints_the_date() -> None:
    text, events = _events("municipal/f07_ballerup_rygestop_evaluering.txt")
    noted = _one(events, "A) Evalueringen af rygestopkurser tages til efterretning.")
    at = text.index("04.12.2012")
    assert (noted.year, str(noted.date)) == (2012, "2012-12-04")
    assert [_cited(text, noted, f) for f in ("year", "date")] == [(at, "04.12.2012"), (at, "04.12.2012")]


def test_an_actor_written_with_its_abbreviation_is_cited_where_the_sentence_prints_the_abbreviation() -> None:
    text, events = _events("star/d03_star_ber_maal_2018.txt")
    told = _one(events, "BER har drøftet og indgivet indstilling")
    assert (told.actor, _cited(text, told, "actor")) == ("Beskæftigelsesrådet (BER)", (told.span.start, "BER"))
    # its year is the page's date's (a perfect tense), not printed with it
    assert told.inferred == {"year": Basis(kind="document_date", source="2017-07-04")}


def test_an_events_values_are_all_cited_or_based_in_the_overview_and_the_minutes() -> None:
    for path in ("municipal/s9_11_aarhus_sager_paa_vej_2.txt", "municipal/s7_11_dikurevy_gf_aabning.txt",
                 "municipal/f07_ballerup_rygestop_evaluering.txt", "municipal/s10_12_dikurevy_indkaldelse.txt"):
        _, events = _events(path)
        bare = [(e.evidence[:40], f) for e in events for f in ("year", "date", "actor")
                if getattr(e, f) is not None and f not in e.provenance and f not in e.inferred]
        assert bare == [], path


def test_every_basis_kind_is_worded_in_english_and_danish_and_read_back() -> None:
    # the whole table: a new kind is added here with its wording
    assert get_args(BasisKind) == ("site_address", "site_template", "printed_sites", "mail_domain",
                                   "department_kommune", "document_date", "document_issuer", "heading_year",
                                   "ministries_table", "same_name", "reform_indicators", "agreement_parties",
                                   "kommune_register", "unstated_metric", "page_images", "ftdk_address",
                                   "letter_key", "role_wording", "site_name")
    assert set(BASIS_WORDING) == set(get_args(BasisKind))
    for kind in get_args(BasisKind):
        basis = Basis(kind=kind, source="2022")
        english, danish = BASIS_WORDING[kind]
        assert "{source}" in english and "{source}" in danish and basis.text != basis.danish
        assert Basis.from_text(basis.text) == basis


def test_a_year_taken_from_elsewhere_is_cited_only_near_the_event_and_never_inside_an_address() -> None:
    # a bare year is a common string: a URL's "2015" far before the event is no place its year was read from
    from nlp.lineage.draft import Draft
    from nlp.lineage.citing import _year_printed

    text = ("Se www.revyen.dk/2015/referat for referatet.\n\n" + "Foreningen holder møde hver måned. " * 30
            + "\n\nI 2015 blev revyen stiftet. Vedtægterne blev samtidig godkendt.")
    start = text.index("Vedtægterne")
    event = Draft("introduced", start, len(text), "vedtægterne", 2015, None, None, None, True)
    near = text.index("I 2015") + 2
    assert _year_printed(text, event, None) == (near, near + 4)
    far = text.replace("I 2015 blev", "Dengang blev")
    far_event = Draft("introduced", far.index("Vedtægterne"), len(far), "vedtægterne", 2015, None, None, None, True)
    assert _year_printed(far, far_event, None) is None  # only the address prints 2015, and it is far away


def test_a_replacement_is_cited_where_the_evidence_prints_it_across_a_line_break() -> None:
    text, events = _events("policy/p07_star_kontering_54661_integrationsydelse.txt")
    replaced = _one(events, "Integrationsydelse erstattes pr. 1. januar 2020")
    at = text.index("selvforsørgelses- og\nhjemrejseprogram")
    assert (replaced.replaced_by, _cited(text, replaced, "replaced_by")) == (
        "selvforsørgelses- og hjemrejseprogram eller overgangsydelse",
        (at, "selvforsørgelses- og\nhjemrejseprogram eller overgangsydelse"))


def test_a_replacement_named_in_quotes_and_as_the_sentences_subject_is_cited_there() -> None:
    text, events = _events("star/d11_jobindsats_gnsn_varighed_fjernet_2019.txt")
    for value in ("Antal og varighed af afsluttede forløb", "Antal og varighed af afsluttede aktiveringsforløb"):
        [event] = [e for e in events if e.replaced_by == value]
        assert _cited(text, event, "replaced_by") == (text.index(value), value)
    text, events = _events("star/d12_ft_lovovervaagning_fleksydelse.txt")
    replaced = _one(events, "Fleksydelsesordningen erstattede desuden")
    assert _cited(text, replaced, "replaced_by") == (text.index("Fleksydelsesordningen erstattede"),
                                                     "Fleksydelsesordningen")


def test_a_replacement_completed_from_a_later_sentence_cites_the_words_the_evidence_prints() -> None:
    text, events = _events("seeds/000_d0d93f54edcaac31.txt")
    replaced = _one(events, "Forligskredsen blev i stedet enig")
    # "på jobindsats.dk" is two sentences on ("De centrale indikatorer findes i dag på jobindsats.dk")
    assert (replaced.replaced_by, _cited(text, replaced, "replaced_by")) == (
        "række indikatorer på jobindsats.dk", (text.index("række indikatorer, der samlet"), "række indikatorer"))


def test_a_periods_last_year_is_cited_in_the_evidence_also_after_a_slash() -> None:
    text, events = _events("policy/p18_bm_tre_evalueringer_sygedagpengereformen_2017.txt")
    started = _one(events, "Sygedagpengereformen trådte i kraft i 2014/2015")
    at = text.index("2014/2015") + len("2014/")
    assert (started.end_year, _cited(text, started, "end_year")) == (2015, (at, "2015"))
    # an event without a period cites no end year
    assert all("end_year" not in e.provenance for e in events if e.end_year is None)


def test_the_parties_behind_an_agreement_cite_the_agreements_name_and_name_their_basis() -> None:
    for path, start, agreement in (
            ("seeds/000_d0d93f54edcaac31.txt", "Det er korrekt, at det i aftaleteksten",
             "reformen af førtidspension og fleksjob"),
            ("star/d07_star_forsoeg_mere_ansvar_akasser.txt", "Med aftalen om en forenklet",
             "aftalen om en forenklet beskæftigelsesindsats")):
        text, events = _events(path)
        event = _one(events, start)
        assert (event.actor, _cited(text, event, "actor"), event.inferred["actor"]) == (
            # the agreement as the event's own sentence names it (the seed names the reform earlier too)
            "aftalepartierne bag " + agreement, (text.index(agreement, text.index(start)), agreement),
            Basis(kind="agreement_parties", source=agreement)), path
    assert event.inferred["actor"].danish == ("udledt som partierne bag aftalen: "
                                              "aftalen om en forenklet beskæftigelsesindsats")


def test_a_list_of_parties_and_a_subject_with_its_companions_are_cited_as_printed() -> None:
    text, events = _events("star/d12_ft_lovovervaagning_fleksydelse.txt")
    event = _one(events, "1.1. Baggrund I december 2000 indgik")
    at = text.index("Socialdemokraterne, Det Radikale")
    assert _cited(text, event, "actor") == (at, text[at:text.index("trum-Demokraterne") + len("trum-Demokraterne")])
    assert "og Cen- trum-Demokraterne" in text[at:at + 200] and event.inferred == {}
    text, events = _events("policy/p02_bm_450_timers_reglen_bliver_225_2011.txt")
    event = _one(events, "Lovforslaget udmønter dele af aftalen")
    assert (event.actor, _cited(text, event, "actor")) == (
        "regeringen med Dansk Folkeparti og Kristendemokraterne",
        (text.index("regeringen indgik"), "regeringen indgik i efteråret 2010 med Dansk Folkeparti og "
                                          "Kristendemokraterne"))
