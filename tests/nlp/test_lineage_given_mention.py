"""Subjects as clean noun phrases (issue 15), session 11: a bare definite noun ("lokalplanen", "målene") is given
information and names the fuller noun phrase of the same head lemma said before it in its paragraph, with its
identifying number, genitive or prepositional phrase (s10_06 gold "lokalplan nr. 411"; star d03 gold
"måleindikatorer for hvert af de beskæftigelsespolitiske mål for 2018"). Sentences from those documents (and
from f11 and star d11 for what must stay as it is)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.given_mention import fuller_mention

_LOKALPLAN = "Lokalplantillægget regulerer ikke andre forhold, men skal ses som et tillæg til lokalplan nr. 411."
_MAAL = ("BER har drøftet og indgivet indstilling til beskæftigelsesministeren om de beskæftigelsespolitiske mål for "
         "2018, hvor BER med enkelte bemærkninger tilsluttede sig ministerens forslag til fem mål.")


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.year) for e in lineage_events(doc)]


@pytest.mark.parametrize(("word", "before", "mention"), [
    # an identifying number after the bare form (s10_06)
    ("lokalplanen", _LOKALPLAN + "\n", "lokalplan nr. 411"),
    # a weak adjective after its article and a prepositional phrase, up to the comma; "fem mål", nearer,
    # only counts them (star d03)
    ("målene", _MAAL + " ", "de beskæftigelsespolitiske mål for 2018"),
    # "med" opens a phrase (the lemma table also reads it as a verb form); the dash ends it (star d07's title)
    ("forsøget", "Opslag: Forsøg med mere ansvar til a-kasser - ANSØGNINGSFRIST UDLØBET\n",
     "Forsøg med mere ansvar til a-kasser"),
    # a clause's verb ends the phrase
    ("planen", "En plan for skolerne gælder fra 2020. ", "plan for skolerne"),
    # a genitive, with the name it closes, and a count ("KKR Hovedstadens", "KL's 5 indsatsområder")
    ("vedtægterne", "Generalforsamlingen godkendte foreningens vedtægter. ", "foreningens vedtægter"),
    ("indsatsområderne", "KL har beskrevet KL's 5 indsatsområder for det nære sundhedsvæsen. ",
     "KL's 5 indsatsområder for det nære sundhedsvæsen"),
])
def test_the_fuller_mention(word: str, before: str, mention: str) -> None:
    assert fuller_mention(word, before) == mention


@pytest.mark.parametrize(("word", "before"), [
    # an indefinite mention with no modifier says no more than the anaphor (f11)
    ("ventelisten", "På dette tidspunkt havde aflastningsinstitutionen 12 pladser, en akut plads, samt en venteliste. "),
    # a definite mention is the anaphor said again; the time after it is the verb's (star d11)
    ("ydelsen", "Gnsn. varighed på ydelsen viser, hvor lang tid ydelsesmodtagerne i gennemsnit har modtaget ydelsen "
                "inden for den valgte periode, målt i uger. "),
    # a blank line starts another topic
    ("lokalplanen", _LOKALPLAN + "\n\n"),
    # a relative clause is no post-modifier of the mention: the phrase ends at its comma
    ("målene", "Udvalget har fastsat mål, som skal nås inden udgangen af 2018. "),
])
def test_no_fuller_mention(word: str, before: str) -> None:
    assert fuller_mention(word, before) is None


def test_a_bare_definite_subject_names_the_plan_said_before() -> None:
    text = _LOKALPLAN + ("\nAarhus Kommune ejer to grunde inden for delområderne, som har stået ubebyggede hen siden "
                         "lokalplanens vedtagelse i 1990.")
    assert _events(text) == [("introduced", "lokalplan nr. 411", 1990)]
    # in another paragraph it stays as written
    assert _events(text.replace("411.\n", "411.\n\n")) == [("introduced", "lokalplanen", 1990)]


def test_an_anaphor_closing_the_subject_keeps_its_article_inside_the_phrase() -> None:
    text = _MAAL + " BER har desuden bidraget til at fastlægge måleindikatorerne for hvert af målene."
    assert _events(text)[-1] == ("introduced", "måleindikatorerne for hvert af de beskæftigelsespolitiske mål for 2018",
                                 None)


def test_a_bare_anaphor_without_a_fuller_mention_stays() -> None:
    text = ("På dette tidspunkt havde aflastningsinstitutionen 12 pladser, en akut plads, samt en venteliste.\n"
            "I løbet af det første ½ år blev ventelisten nedlagt og alle fik tilbudt en plads.")
    assert _events(text) == [("dropped", "ventelisten", None)]
