"""Where an event's actor and replacement are printed (nlp/lineage/citing.py): one phrase matcher for both (line
breaks and line-break hyphens; an actor's genitive and definite forms), and the actor's nearest place before the
event, else after it, found from the places a document prints it (read once per document, not once per event)."""
from __future__ import annotations

import re

import pytest

from nlp.lineage.citing import _actor_at, _actor_printed, _printed_at
from nlp.lineage.draft import Draft


def _event(text: str, evidence: str) -> Draft:
    start = text.index(evidence)
    return Draft("introduced", start, start + len(evidence), "ordningen", None, None, None, None, True)


@pytest.mark.parametrize(("text", "phrase", "inflected", "printed"), [
    # a replacement printed across a line-break hyphen (the replaced_by convention's "erstattes af")
    ("Måltallene erstattes af resultat-\nmål for de enkelte indsatser.", "resultatmål", False, "resultat-\nmål"),
    # seed 000: a party list across line-break hyphens
    ("Aftalen er indgået med Kristen-Demokraterne og Cen- trum-Demokraterne.", "Centrum-Demokraterne", False,
     "Cen- trum-Demokraterne"),
    # an actor in its genitive and definite forms
    ("På byrådets møde blev forslaget vedtaget.", "byråd", True, "byrådets"),
    ("Regeringen har besluttet at afskaffe ordningen.", "regering", True, "Regeringen"),
    # a word inside another word, or a phrase the text does not print, is no place
    ("Byrådsmedlemmerne drøftede sagen.", "byråd", True, None),
    ("Regeringen har besluttet at afskaffe ordningen.", "regering", False, None),
    ("Forslaget blev vedtaget.", "Folketinget", True, None),
])
def test_one_matcher_for_a_printed_phrase(text: str, phrase: str, inflected: bool, printed: str | None) -> None:
    found = _printed_at(text, phrase, inflected=inflected)
    assert (found.group(0) if found else None) == printed


def test_an_actor_written_with_its_abbreviation_is_found_by_either() -> None:
    # d03: "Beskæftigelsesrådet (BER)" written once in full, then "BER"
    text = "BER har drøftet og indgivet indstilling om målene for 2018."
    assert _actor_at(text, "Beskæftigelsesrådet (BER)") == (0, 3)


def _whole_text_scan(text: str, d: Draft, actor: str) -> tuple[int, int] | None:
    """The scan `_actor_printed` replaced: the whole text before the event for each event, else all after it."""
    before = _actor_at_last(text[:d.start], actor)
    if before:
        return before
    after = _actor_at(text[d.end:], actor)
    return (d.end + after[0], d.end + after[1]) if after else None


def _actor_at_last(text: str, actor: str) -> tuple[int, int] | None:
    found = list(re.finditer(rf"(?<![\w-]){re.escape(actor)}(?:s|et|ets|en|ens)?(?![\w-])", text, re.IGNORECASE))
    return found[-1].span() if found else None


def test_the_actor_is_cited_at_its_nearest_place_before_the_event_else_after_it() -> None:
    # s9_08's shape: a proposal's heading names its proposer, the proposals follow
    text = ("Forslag fra Radikale Venstre om nattelivet\n\n"
            "Det foreslås at udskænkningssteder skal underskrive en protokol.\n\n"
            "Radikale Venstre foreslår også, at der oprettes et natteråd.")
    first = _event(text, "Det foreslås at udskænkningssteder skal underskrive en protokol.")
    assert _actor_printed(text, first, "Radikale Venstre") == (12, 28)
    # with nothing before it, the place after it
    later = text[text.index("Det foreslås"):]
    assert _actor_printed(later, _event(later, "Det foreslås at udskænkningssteder skal underskrive en protokol."),
                          "Radikale Venstre") == (later.index("Radikale Venstre foreslår"),
                                                  later.index("Radikale Venstre foreslår") + 16)
    assert _actor_printed(text, first, "Dansk Folkeparti") is None


def test_the_places_read_once_give_what_the_whole_text_scan_gave_far_from_the_event_too() -> None:
    # a party programme names its party in its heading only: every proposal pages later is the party's
    proposal = "Der skal gøres en effektiv indsats for at rydde op efter tidligere tiders forurening. "
    text = "Radikale Venstres principprogram\n\n" + "Vi vil et grønnere Danmark. " * 200 + proposal * 5
    starts = [m.start() for m in re.finditer(re.escape(proposal), text)]
    for start in starts:
        d = Draft("planned", start, start + len(proposal) - 1, "indsats", None, None, None, None, True)
        assert _actor_printed(text, d, "Radikale Venstre") == _whole_text_scan(text, d, "Radikale Venstre") \
            == (0, 17)
