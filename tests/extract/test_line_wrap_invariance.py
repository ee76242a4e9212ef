"""Where a page's width breaks a paragraph's lines is no part of what it says: real dev passages, as printed and
re-wrapped at other widths (as an unseen document's layout would wrap them), give the same fields. Each passage is
copied from the corpus document its constant names."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from extract.document_dates import _own_meeting
from extract.parsers.policy_issuer import KOMMUNE_NAME, _kommune_key
from extract.prose_names import names_in_prose
from knowledge.pipeline import extract_path

WIDTHS = (40, 50, 60, 70, 80, 95, 120)


def rewrap(text: str, width: int) -> str:
    """The passage's lines joined and wrapped at `width`, as another layout prints it."""
    return textwrap.fill(" ".join(text.split()), width, break_long_words=False, break_on_hyphens=False)


# corpus/ft_qa_ministries/keb-2014-15-1s-samspmV-spm: a samråd question whose asker list a typist got wrong (cue
# listed_asker); at 60 columns "Lars Christian" ends a line and "Lilleholt (V)" opens the next.
KEB_HEAD = """Klima-, Energi- og Bygningsudvalget 2014-15 (1. samling)
KEB Alm.del Samrådsspørgsmål V
Offentligt
Klima-, Energi- og Bygningsudvalget
Til:
Dato:
Erhvervs- og vækstministeren
22. maj 2015
I et kommende samråd ønsker udvalget en drøftelse af følgende spørgsmål:
KEB alm. del
Samrådsspørgsmål V
Vil ministeren redegøre for sin holdning til skifergas i Danmark henset til ministerens tale på Energiens Topmøde i
2014?
"""
KEB_ASKERS = """Spørgsmålet er stillet efter ønske fra, Lars Christian Lilleholt (V), Mikkel Den-
cker (DF) Villum Christensen (LA), Mike Legarth (KF)."""
KEB_TAIL = """
På udvalgets vegne
Steen Gade
formand
"""


@pytest.mark.parametrize("width", [None, *WIDTHS])
def test_askers_named_over_a_line_break(tmp_path: Path, width: int | None) -> None:
    askers = KEB_ASKERS if width is None else rewrap(KEB_ASKERS.replace("Den-\ncker", "Dencker"), width)
    path = tmp_path / "keb-2014-15-1s-samspmV-spm.txt"
    path.write_text(KEB_HEAD + askers + KEB_TAIL, encoding="utf-8")
    flat = extract_path(path).flat.model_dump(mode="json")
    assert flat["asked_by"] == [{"name": "Lars Christian Lilleholt", "party": "V"},
                                {"name": "Mikkel Dencker", "party": "DF"},
                                {"name": "Villum Christensen", "party": "LA"},
                                {"name": "Mike Legarth", "party": "KF"}]
    assert flat["persons"] == []


# corpus/municipal/s6_03_kval_paaroerende_ssp, as printed: "i Ballerup\nKommune."
S6_03 = """Elever i alderen 8-10 kl. fra folkeskoler eller fra ungdomsuddannelsesinstitutioner i Ballerup
Kommune."""


@pytest.mark.parametrize("width", [None, *WIDTHS])
def test_a_kommune_named_over_a_line_break(width: int | None) -> None:
    text = S6_03 if width is None else rewrap(S6_03, width)
    assert [_kommune_key(m) for m in KOMMUNE_NAME.finditer(text)] == ["Ballerup Kommune"]


def test_a_kommune_name_needs_its_two_words() -> None:
    assert [_kommune_key(m) for m in KOMMUNE_NAME.finditer("til Ballerup\n\nKommunen har")] == []
    assert [_kommune_key(m) for m in KOMMUNE_NAME.finditer("i Ballerup kommune overtog")] == ["Ballerup Kommune"]


# corpus/municipal/s7_08_aarhus_grenaavej: the minutes' decision names the meeting that dates them; at 95 columns
# "i sit møde" ends a line and "den 27. august 2025" opens the next.
S7_08_HEAD = """Punkt 4: Svar på forslag fra V om at farten skal ned på Grenåvej i Løgten &

Skødstrup

EMN-2025-004084
Beslutninger

"""
S7_08_BLOCK = """Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den 27. august 2025 har
vedtaget Magistratens foranstående indstilling af 19. august 2025."""
S7_08_TAIL = """
Socialdemokratiets byrådsgruppe kunne ikke tiltræde indstillingen.
Magistratsafdelingen for Teknik og Miljø udarbejder notat.
"""


@pytest.mark.parametrize("width", [None, *WIDTHS])
def test_the_meeting_date_over_a_line_break(width: int | None) -> None:
    block = S7_08_BLOCK if width is None else rewrap(S7_08_BLOCK, width)
    found = _own_meeting(S7_08_HEAD + block + S7_08_TAIL)
    assert found is not None and (found.value, found.evidence) == ("2025-08-27", "mødebeslutning")


def test_an_earlier_meeting_is_no_date_of_the_minutes() -> None:
    # "Magistraten i mødet den 12. august" cites an earlier meeting, wrapped or not (the rule's own exclusion)
    assert _own_meeting(S7_08_HEAD + "Behandlet af Magistraten i mødet\nden 12. august 2025.\n") is None


# corpus/municipal/s6_04_syddjurs_kulturkommune_maal: at 60 columns "glaskunstner Steffen" ends a line and "Dam"
# opens the next; the surname opening the line opens no sentence.
S6_04 = """Temadagens input og visioner er noget, som man ønsker at huske og blive mindet om. Den lokale
glaskunstner Steffen Dam havde til temadagen udformet en tidskapsel, hvor deltagerne nedskrev deres
ønsker for Syddjurs Kommune som kulturkommune (jeg ville ønske at ….)."""


@pytest.mark.parametrize("width", [None, *WIDTHS])
def test_a_person_named_over_a_line_break(width: int | None) -> None:
    text = S6_04 if width is None else rewrap(S6_04, width)
    assert [p.name for p in names_in_prose(text)] == ["Steffen Dam"]


def test_a_line_opening_a_sentence_after_a_given_name_is_no_surname() -> None:
    # only a given name closing the line above joins the word opening the next: after a full stop it opens a sentence
    assert [p.name for p in names_in_prose("Vi takker Mette Holm.\nDerfor går vi videre.")] == ["Mette Holm"]


# corpus/ft_qa_ministries/uui-2023-24-spm44-svar: the answer goes on below a page's letterhead block (date, ministry,
# address); at 60 columns no line of that last paragraph is longer than 60 characters or ends in a full stop, and
# it was taken for the letter's own parts. The letter is read from the repository's copy of the dev letter.
UUI_LAST = """Opgørelsen af antallet af indrejste er endelig og er opgjort på baggrund af
registreringer i udlændingemyndighedernes elektroniske sagsbehandlingssy-
stem. Generelt bemærkes, at de statistiske oplysninger er behæftet med
usikkerhed, da det elektroniske sagsbehandlingssystem er"""


@pytest.mark.parametrize("width", [None, 50, 60, 70, 80])
def test_an_answer_going_on_below_a_letterhead_block(tmp_path: Path, width: int | None) -> None:
    letter = (Path(__file__).resolve().parents[2] / "corpus" / "ft_qa_ministries" / "uui-2023-24-spm44-svar.txt"
              ).read_text(encoding="utf-8")
    assert letter.rstrip().endswith(UUI_LAST.rstrip())
    last = UUI_LAST if width is None else rewrap(UUI_LAST.replace("sy-\nstem", "system"), width)
    path = tmp_path / "uui-2023-24-spm44-svar.txt"
    path.write_text(letter.rstrip()[:-len(UUI_LAST.rstrip())] + last, encoding="utf-8")
    answer = extract_path(path).flat.model_dump(mode="json")["answer_text"]
    assert answer.endswith("Generelt bemærkes, at de statistiske oplysninger er behæftet med usikkerhed, da det "
                           "elektroniske sagsbehandlingssystem er")
