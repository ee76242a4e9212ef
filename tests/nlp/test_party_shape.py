"""A party the table does not know, read by the shape of its name (danish/party_shape.py): programme chapters of
corpus/municipal with their party renamed to an invented party of the shape ("Borgernes Parti", "Grønt Folkeparti",
"Frihedspartiet") read as the originals do, with the new name as issuer and actor; the common noun ("partiet", "et nyt
parti", a sentence's "Partiet") and a news item quoting a party give no issuer; a text that names a party of the table
reads by the table alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from danish.party_shape import party_shaped, shaped_parties
from knowledge.pipeline import extract_path
from nlp.lineage.party_clause import is_party_subject, party_at

ROOT = Path(__file__).resolve().parents[2]
MUNICIPAL = ROOT / "corpus" / "municipal"


def _read(tmp_path: Path, name: str, text: str) -> tuple[str | None, list[tuple]]:
    """The issuer and the lineage events (kind, year, subject, actor, evidence) of the text, extracted whole."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    flat = extract_path(path).flat
    return flat.issuer, [(e.event, e.year, e.subject, e.actor, e.evidence) for e in flat.lineage_events]


@pytest.mark.parametrize(("stem", "party", "invented"), [
    # "Det ønsker Liberal Alliance at ændre", "Derfor vil Liberal Alliance ændre ...", the lead line
    # "Liberal Alliance mener:"
    ("s12_07_la_retspolitik", "Liberal Alliance", "Borgernes Parti"),
    # "For Alternativet er ...", "Det er Alternativets mål og prioritet at ...", "hos Alternativet mener vi",
    # "Alternativet vil arbejde for en genopretning af den marine natur"
    ("s11_01_alt_vild_natur", "Alternativet", "Grønt Folkeparti"),
    # one word, the shape of "Fremskridtspartiet": "Tilsvarende mener Alternativet, at Danmark skal afstå fra ..."
    ("s7_06_alternativet_energi", "Alternativet", "Frihedspartiet"),
])
def test_a_programme_of_a_party_the_table_lacks_reads_as_a_known_partys(
        tmp_path: Path, stem: str, party: str, invented: str) -> None:
    text = (MUNICIPAL / f"{stem}.txt").read_text(encoding="utf-8")
    assert party in text and invented not in text
    issuer, events = _read(tmp_path, "original", text)
    # every form the text prints: the name, and the genitive ("Liberal Alliances", "Alternativets") with it
    renamed_issuer, renamed = _read(tmp_path, "renamed", text.replace(party, invented))
    assert issuer == party and renamed_issuer == invented
    assert events and any(actor == party for _, _, _, actor, _ in events)
    assert renamed == [(kind, year, subject.replace(party, invented), actor and actor.replace(party, invented),
                        evidence.replace(party, invented)) for kind, year, subject, actor, evidence in events]


def test_the_party_as_the_subject_of_its_demand(tmp_path: Path) -> None:
    text = ("Dyrevelfærd\n\nBorgernes Parti vil afskaffe hundelovens forbud mod bestemte hunderacer. Derfor vil "
            "Borgernes Parti også indføre et dyrepoliti. Vi vil sikre vores dyr, og det er vores ansvar.\n")
    issuer, events = _read(tmp_path, "programme", text)
    assert issuer == "Borgernes Parti"
    assert {(kind, actor) for kind, _, _, actor, _ in events} == {("planned", "Borgernes Parti")}
    assert len(events) == 2


def test_a_programme_titled_by_a_party_of_the_shape(tmp_path: Path) -> None:
    # "<name>s <programme noun>" as "Liberal Alliances arbejdsprogram" (corpus/pdf_more); its present tense proposes
    text = ("Borgernes Partis arbejdsprogram\n\nSkat\n\nVi vil:\n\n• Topskatten afskaffes.\n"
            "• Der indføres et loft over ejendomsskatten.\n")
    issuer, events = _read(tmp_path, "programme", text)
    assert issuer == "Borgernes Parti"
    assert [(kind, subject, actor) for kind, _, subject, actor, _ in events] == [
        ("planned", "afskaffelse af topskatten", "Borgernes Parti"),
        ("planned", "loft over ejendomsskatten", "Borgernes Parti")]


@pytest.mark.parametrize("text", [
    # the common noun, in lower case, however often it wants things
    "Skat\n\nI dag vil partiet afskaffe topskatten. Derfor vil partiet sænke afgifterne, og vi vil have vores "
    "skatter ned. Det ønsker partiet at ændre.\n",
    "Skat\n\nEt nyt parti vil afskaffe topskatten. Derfor vil et nyt parti sænke afgifterne, og vi vil have vores "
    "skatter ned. Vi ønsker et nyt parti.\n",
    # opening a sentence "Partiet" is the common noun's capital, and so in a lead line
    "Skat\n\nPartiet vil afskaffe topskatten. Partiet vil sænke afgifterne, og vi vil have vores skatter ned.\n\n"
    "Partiet mener:\n\n• Topskatten skal afskaffes.\n",
    # a compound of it opening sentences only: the common noun ("the party in government")
    "Skat\n\nRegeringspartiet vil afskaffe topskatten. Regeringspartiet vil sænke afgifterne, og vi vil have vores "
    "skatter ned.\n",
    # a news item quoting a party of the shape
    "Skattelettelser\n\nBorgernes Parti vil afskaffe topskatten, siger partiets formand Lars Boje Mathiesen. "
    "Borgernes Parti vil også sænke afgifterne. Vi vil have lavere skat for alle, og vores vælgere vil have det, "
    "siger han til Ritzau.\n",
])
def test_the_common_noun_and_a_quoted_party_make_no_issuer(tmp_path: Path, text: str) -> None:
    issuer, events = _read(tmp_path, "text", text)
    assert issuer is None
    # the common noun acts for no one; a party named as a clause's agent is its event's actor, in a news item as in
    # a programme, the tables' parties and the shaped ones alike ("Borgernes Parti vil afskaffe topskatten, siger ...")
    assert all(actor is None or actor.lower() not in ("partiet", "et nyt parti", "parti") for _, _, _, actor, _ in events)


def test_a_text_naming_a_party_of_the_table_reads_by_the_table() -> None:
    assert shaped_parties("Borgernes Parti vil afskaffe topskatten. Venstre vil sænke afgifterne.") == frozenset()
    # a one-word name of the table opening a sentence as the common word it is made of names no party (s6_09:
    # "Alternativet er, at ..."), so the shaped name is read
    assert shaped_parties("Borgernes Parti vil afskaffe topskatten. Alternativet er, at skatten stiger. "
                          "Borgernes Parti vil sænke afgifterne.") == frozenset({"Borgernes Parti"})
    assert shaped_parties("Borgernes Parti og SF vil afskaffe topskatten.") == frozenset()
    assert shaped_parties("Derfor vil Borgernes Parti afskaffe topskatten.") == frozenset({"Borgernes Parti"})
    # a sentence's first word is its own when the text writes it in lower case too
    assert shaped_parties("I Grønt Folkeparti mener vi, at skatten skal ned. Det siger vi i dag.") \
        == frozenset({"Grønt Folkeparti"})


@pytest.mark.parametrize(("name", "shaped"), [
    ("Borgernes Parti", True), ("Grønt Folkeparti", True), ("Det Grønne Folkeparti", True), ("Frihedspartiet", True),
    ("Parti", False), ("Partiet", False), ("partiet", False), ("et nyt parti", False), ("Borgernes parti", False),
    ("Et Stort Nyt Dansk Parti", False),  # five words
])
def test_the_shape_of_a_party_name(name: str, shaped: bool) -> None:
    assert party_shaped(name) is shaped


@pytest.mark.parametrize(("words", "subject"), [
    (["Borgernes", "Parti"], True),
    (["Frihedspartiet"], True),
    (["Partiet"], False),
    (["partiet"], False),
    # a conjunction opening the sentence is no part of the name (corpus/municipal f06: "Selvom Dansk Folkeparti er
    # tilhænger af det kommunale selvstyre, ...")
    (["Selvom", "Borgernes", "Parti"], False),
    (["Selvom", "Dansk", "Folkeparti"], False),
    # words that name a party of the table are the table's to read
    (["Konservative", "Folkeparti"], False),
])
def test_a_party_of_the_shape_as_subject(words: list[str], subject: bool) -> None:
    assert is_party_subject(words) is subject


def test_party_at_reads_an_inverted_party_of_the_shape() -> None:
    tokens = [(w, w.lower()) for w in "Derfor vil Borgernes Parti afskaffe topskatten".split()]
    assert party_at(tokens, 2) == 4
