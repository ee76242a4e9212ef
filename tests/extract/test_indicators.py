"""Indicator definitions from real STAR, jobindsats.dk, ministry and Folketing texts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.indicators import fields
from extract.load import load
from extract.parsers.indicators import parse

SPEC_FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator",
               "denominator", "period_unit", "source")


def _gold(gold: Path, name: str) -> dict:
    return json.loads(next(gold.rglob(f"{name}.gold.json")).read_text(encoding="utf-8"))


def test_seed_001_three_implementeringsindikatorer_and_sigtelinje_exact(corpus: Path, gold: Path) -> None:
    got = parse(load(corpus / "seeds" / "001_3dd5ad225882c538.txt"))
    expected = _gold(gold, "001_3dd5ad225882c538")["indicators"]
    assert [(i.kind, i.number) for i in got] == [
        ("implementeringsindikator", 1), ("implementeringsindikator", 2),
        ("implementeringsindikator", 3), ("sigtelinje", 1)]
    for record, want in zip(got, expected):
        assert {f: getattr(record, f) for f in SPEC_FIELDS} == want
    assert {(i.reform, i.period, i.issuer) for i in got} == {
        ("Førtidspensions- og fleksjobreformen", "2017-2018", "Styrelsen for Arbejdsmarked og Rekruttering")}


def test_seed_001_page_numbers_and_intentions_are_not_indicators(corpus: Path) -> None:
    titles = [i.title or "" for i in parse(load(corpus / "seeds" / "001_3dd5ad225882c538.txt"))]
    assert not any(t.startswith(("Der oprettes", "Der gives", "5", "7")) for t in titles)


def test_provenance_quotes_the_document(corpus: Path) -> None:
    doc = load(corpus / "seeds" / "001_3dd5ad225882c538.txt")
    for record in parse(doc):
        for name in ("title", "definition", "population", "numerator", "denominator"):
            span = record.provenance.get(name)
            value = getattr(record, name)
            if value is not None:
                assert span is not None, name
                assert " ".join(doc.text[span.start:span.end].split()) == value


@pytest.mark.parametrize(("stem", "count"), [
    ("d01_jobindsats_aktiveringsgrad_passivandel", 2),
    ("d02_jobindsats_ministermaal_opkvalificering", 1),
    ("d03_star_ber_maal_2018", 5),
    ("d05_bm_maskinen_forventet_ydelsesomfang", 3),
    ("d08_star_om_kontanthjaelpsreformen", 0),
    ("d10_bm_fokus_paa_kommunernes_resultater", 0),
    ("d11_jobindsats_gnsn_varighed_fjernet_2019", 2),
])
def test_star_counts_include_precision_cases(corpus: Path, stem: str, count: int) -> None:
    assert len(parse(load(corpus / "star" / f"{stem}.txt"))) == count


def test_benefit_list_is_scope_not_indicators(corpus: Path) -> None:
    titles = [i.title for i in parse(load(corpus / "star" / "d01_jobindsats_aktiveringsgrad_passivandel.txt"))]
    assert "Kontanthjælp" not in titles and "Sygedagpenge" not in titles


def test_ordinary_folketing_letters_hold_no_indicators(corpus: Path) -> None:
    for path in sorted((corpus / "ft_qa").glob("*.txt")):
        assert parse(load(path)) == [], path.name


def test_seed_000_centrale_indikatorer_named_in_passing(corpus: Path) -> None:
    got = parse(load(corpus / "seeds" / "000_d0d93f54edcaac31.txt"))
    assert [i.title for i in got] == ["tilgang til førtidspension", "indsatsen i ressourceforløb",
                                      "afgangstal fra ressourceforløb til job og uddannelse",
                                      "udviklingen i ledigheden blandt fleksjobbere",
                                      "progression i timeantallet for fleksjobansatte på få timer"]
    assert {(i.kind, i.definition, i.source) for i in got} == {("other", None, "jobindsats.dk")}


def test_worked_formula_gives_numerator_and_denominator(corpus: Path) -> None:
    first = parse(load(corpus / "star" / "d11_jobindsats_gnsn_varighed_fjernet_2019.txt"))[0]
    assert (first.numerator, first.denominator, first.measure) == (
        "antal fuldtidspersoner i året", "antal personer i året", "average")


@pytest.mark.parametrize(("definition", "expected"), [
    ("Indikatoren opgøres som andelen af ledige, der er i job.", ("ledige", "ledige, der er i job", "ledige")),
    ("Indikatoren opgøres som andelen af unge i job ud af samtlige unge i kommunen.",
     ("samtlige unge i kommunen", "unge i job", "samtlige unge i kommunen")),
    ("Målingen viser antallet af ledige.", (None, None, None)),
    # the genitive relative pronoun "hvis" opens the counted clause as "der" does
    ("Indikatoren opgøres som andelen af personer i jobafklaringsforløb, hvis sag er forelagt rehabiliteringsteamet.",
     ("personer i jobafklaringsforløb", "personer i jobafklaringsforløb, hvis sag er forelagt rehabiliteringsteamet",
      "personer i jobafklaringsforløb")),
])
def test_share_parts(definition: str, expected: tuple) -> None:
    assert fields.share_parts(definition) == expected


@pytest.mark.parametrize(("text", "measure", "unit"), [
    ("andelen af personer i løbet af en måned", "share", "måned"),
    ("det samlede antal personer ultimo en måned", "count", "måned"),
    ("hvor lang tid de i gennemsnit har modtaget ydelsen", "average", None),
    ("forskellen mellem faktisk og forventet ydelsesomfang", "other", None),
    ("varighed af forløb, årlig opgørelse", "duration", "år"),
    ("har været i fleksjob i 1 år, opdateres månedligt", "other", None),
])
def test_measure_and_period_unit(text: str, measure: str, unit: str | None) -> None:
    assert fields.measure_of(text, None) == measure
    assert fields.period_unit_of(text, None) == unit


def _doc(text: str):
    from extract.document import Document

    return Document.from_text(text, id="t", source="t.txt")


def test_goal_and_its_definition_apart_linked_by_number() -> None:
    text = ("Ministerens beskæftigelsespolitiske mål for 2021:\n\n1. Flere ledige skal opkvalificeres.\n"
            "2. Flere personer skal i beskæftigelse.\n\nOm målingerne\n\n"
            "Mål 1 opgør antallet af ledige, som i en given måned har påbegyndt et opkvalificeringsforløb.\n")
    first, second = parse(_doc(text))
    assert (first.kind, first.number, first.measure, first.period_unit) == ("other", 1, "count", "måned")
    assert first.definition == ("Mål 1 opgør antallet af ledige, som i en given måned har påbegyndt "
                                "et opkvalificeringsforløb.")
    assert (second.number, second.definition, second.measure, second.population) == (2, None, "other", "personer")


@pytest.mark.parametrize("text", [
    "Derfor er det centralt for reformen, at:\n\n1. Der gives en stærk indsats.\n2. Uddannelsen målrettes.\n",
    "Intentionerne med reformen er:\n\n• Færre personer på kontanthjælp.\n• Flere i uddannelse.\n",
    "Målingerne kan findes for følgende ydelser:\n\n• Kontanthjælp\n• Sygedagpenge\n",
    "Målingerne kan findes for følgende ydelser:\n\n1. Kontanthjælp\n2. Sygedagpenge\n",
    "Refusionen er 80 pct. de første 4 uger og 30 pct. fra uge 5 til 26.\n",
    "Andelen af ledige, der er i job efter et år, var 45 pct. i 2016, jf. tabel 1.\n",
])
def test_intentions_benefit_lists_refusion_and_statistics_are_not_indicators(text: str) -> None:
    assert parse(_doc(text)) == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Implementeringsindikatorer:", "1. Flere i job.", "Indikatoren opgøres som andelen af ledige, der er i job.",
    "• En måling af ledighed.", "Målingen viser antal ledige.", "De fem mål er:", "• Færre på ydelse.",
    "Mål 2 opgør antallet af ledige.", "5", "", "Det drejer sig om X, Y og Z.", "indikatorer"]), max_size=12))
def test_never_crashes_and_spans_lie_inside_the_text(parts: list[str]) -> None:
    doc = _doc("\n".join(parts))
    for record in parse(doc):
        for span in record.provenance.values():
            assert 0 <= span.start <= span.end <= len(doc.text)


def test_markdown_style_heading_and_flattened_items() -> None:
    text = ("Sigtelinjer\n\n1. Flere skal i job. Indikatoren opgøres som andelen af personer på kontanthjælp, "
            "der er i job i løbet af en måned.\n2. Færre lange forløb. Den primære indikator for sigtelinjen er "
            "antallet af personer med lange forløb.\n")
    first, second = parse(_doc(text))
    assert (first.kind, first.number, first.title) == ("sigtelinje", 1, "Flere skal i job.")
    assert (first.population, first.numerator, first.period_unit) == (
        "personer på kontanthjælp", "personer på kontanthjælp, der er i job", "måned")
    assert (second.measure, second.population) == ("count", "personer med lange forløb")
