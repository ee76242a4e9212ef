"""Where a page's width breaks a paragraph's lines is no part of what it says: real dev paragraphs, as printed and
re-wrapped at other widths (as an unseen document's layout would wrap them), give the same sentences and the same
lineage events. Each snippet is copied from the corpus document its constant names."""
from __future__ import annotations

import textwrap

import pytest

from danish.sentences import sentence_spans
from extract.document import Document, Page
from nlp.lineage import lineage_events
from nlp.lineage.assembly import _heading_above
from nlp.lineage.headings import heading_split
from nlp.lineage.minutes import blocks

# Page widths from a narrow column to a wide page. Narrower than 50 every line is "short", and a sentence that opens
# a line and breaks after a preposition other than "og", "i", "af", "at" ("Med den forestående byudvikling på\n
# Aarhus Ø ...", s07 at 40 columns) still reads as a heading over its text (danish/sentences.py
# `_short_heading_break`): a cover's "Vedtaget 30. september 2012 på\nDet Konservative ..." (s11_04) is read by its
# layout only while that break stands.
WIDTHS = (50, 60, 70, 80, 95, 120)


def rewrap(text: str, width: int) -> str:
    """Each paragraph (blank-line separated) joined and wrapped at `width`, as another layout prints it."""
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width, break_long_words=False, break_on_hyphens=False)
                       for p in text.split("\n\n"))


def _sentences(text: str) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in heading_split(text, sentence_spans(text))]


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor, " ".join(e.evidence.split())) for e in lineage_events(doc)]


# corpus/municipal/f07_ballerup_rygestop_evaluering, as printed: a sentence opens mid-line after "2007."; wrapped
# elsewhere its first line may be short ("Kontrakten med rygestopinstruktørerne fra") with a capital below, which
# is no heading, since a heading is a line of its own.
F07 = """Folkesundhed Københavns rygestopinstruktører har løbende varetaget kurserne i
Ballerup Kommune, siden udbydelsen ved strukturreformens indførelse den 1.
januar 2007. Kontrakten med rygestopinstruktørerne fra Folkesundhed København
er opsagt med udløb ved årets udgang 2011, da det skønnes mere
hensigtsmæssigt fremadrettet, at Ballerup Kommune ansætter egne
rygestopinstruktører."""

# corpus/municipal/s11_05_konservative_eu_forsvar: "I det\\ninternationale arbejde ..." as printed; at 60 columns
# "det internationale arbejde ser vi også i fremtiden" stands on a line of its own above "NATO-samarbejdet".
S11_05 = """Danmark skal forsat være en stærk international alliancepartner, som på det udenrigs- og sikkerhedspolitiske
niveau er med til at sikre sikkerhed, fred og stabilitet. I det
internationale arbejde ser vi også i fremtiden NATO-samarbejdet som krumtappen i den militære del af vort internationale engagement. NATO fastholder også det transatlantiske engagement, der er helt afgørende for vores
sikkerhed."""

# corpus/municipal/s9_07_alternativet_baeredygtig_skat, as printed: "Derudover vil" ends a line after a mid-line
# full stop, "Alternativet" opens the next: one sentence.
S9_07_REFORM = """Alternativet vil arbejde for, at fradragssystemet forenkles og reduceres, så det bliver lettere for den
enkelte borger at udregne og forstå sin personlige
skat. Samtidig vil vi arbejde for at forbyde SMS- og
hurtiglån med urimelige renter, så folk i en presset
situation ikke optager uholdbare lån. Derudover vil
Alternativet arbejde for en socialt balanceret afgifts- og momsreform, der tager hensyn til dem med
færrest midler, så længe det ikke går ud over miljø,
klima og sundhed."""

# corpus/municipal/s07_aarhus_havnens_perle: an enumeration closed by "mv." ends its sentence before a capital,
# whether the paragraph's line breaks after it (as printed) or not.
S07 = """Havnens Perle er blevet flyttet fem gange i den
tid, som perlen har været på havneområderne, og er den eneste virksomhed, som ikke har fået tilbud om langsigtede
lejemål, køb af arelaer mv.
Med den forestående byudvikling på Aarhus Ø er det nu, beslutningen skal træffes."""


@pytest.mark.parametrize("text", [F07, S11_05, S9_07_REFORM, S07], ids=["f07", "s11_05", "s9_07", "s07"])
@pytest.mark.parametrize("width", WIDTHS)
def test_sentences_do_not_depend_on_the_wrapping(text: str, width: int) -> None:
    assert _sentences(rewrap(text, width)) == _sentences(text)


def test_the_sentences_as_printed() -> None:
    assert _sentences(F07)[-1].startswith("Kontrakten med rygestopinstruktørerne fra Folkesundhed København er opsagt")
    assert _sentences(S11_05)[1].startswith("I det internationale arbejde ser vi også i fremtiden NATO-samarbejdet")
    assert _sentences(S9_07_REFORM)[-1].startswith("Derudover vil Alternativet arbejde for")
    assert _sentences(S07) == ["Havnens Perle er blevet flyttet fem gange i den tid, som perlen har været på "
                               "havneområderne, og er den eneste virksomhed, som ikke har fået tilbud om langsigtede "
                               "lejemål, køb af arelaer mv.",
                               "Med den forestående byudvikling på Aarhus Ø er det nu, beslutningen skal træffes."]
    # an abbreviation inside a sentence still ends none (tests/danish/test_sentences.py)
    assert len(_sentences("Der er bl.a. tale om 25 pct. af de ledige.")) == 1


# corpus/municipal/s9_07_alternativet_baeredygtig_skat: "kan på\nlængere sigt erstattes" at 60 columns; the cue's
# word order reads a wrapped line as a space.
S9_07_TAX = """Ejendomsværdiskat og grundskyld kan på længere sigt erstattes af en enkelt ejendomsskat, der fordeles mellem
stat og kommune, og som tager hensyn til områder
som f.eks. miljøcertificering."""

# corpus/municipal/f06_df_kommunalpolitik: ", og regionerne\novertog" as printed, ", og\nregionerne overtog" at 60
# columns: a coordinated main clause with its own subject either way.
F06 = """Det var en af vore væsentligste bevæggrunde for at indgå i kommunalreformen, hvor amterne blev afskaffet og flere opgaver inden for eksempelvis natur
og miljø, uddannelse, social og trafik blev overdraget til kommunerne, og regionerne
overtog sygehusdriften."""

# corpus/municipal/f06_df_kommunalpolitik: a call to keep under "skal" is no decision, also as "skal\nbevares".
F06_KEEP = """Det er
en offentlig opgave at sørge for, at nødvendig og billig kollektiv transport i form af færger til og fra småøerne er til stede. Skoler og børneinstitutioner på øerne skal bevares."""


# corpus/seeds/002_0a8bf424d9d4d72f: a fact, and who decided it in the next sentence, which only points back
# ("Det er en beslutning, som ...": cues.BACK_REFERENCE); at 60 columns "Det er en\nbeslutning" breaks inside it.
SEED_002 = """Førtidspension og fleksjob indgår ikke i målingen. Det er en beslutning, som vi har
været enige om i aftalekredsen bag Aftale om en forenklet beskæftigelsesindsats."""


@pytest.mark.parametrize("text", [S9_07_TAX, F06, F06_KEEP, SEED_002], ids=["s9_07", "f06", "f06-keep", "seed002"])
@pytest.mark.parametrize("width", WIDTHS)
def test_events_do_not_depend_on_the_wrapping(text: str, width: int) -> None:
    assert _events(rewrap(text, width)) == _events(text)


def test_the_events_as_printed() -> None:
    assert [e[:4] for e in _events(S9_07_TAX)] == [("replaced", None, "Ejendomsværdiskat og grundskyld", None)]
    assert [e[2] for e in _events(F06)][-1] == "sygehusdriften"
    assert _events(F06_KEEP) == []
    assert [(e[0], e[2], e[3]) for e in _events(SEED_002)] == [
        ("confirmed", "Førtidspension og fleksjob indgår ikke i målingen", "aftalekredsen bag Aftale om en forenklet beskæftigelsesindsats")]


# corpus/municipal/s7_09_aarhus_lisbjerg: the "Beslutninger" block of an Aarhus byråd item; wrapped at 60 columns
# "indstilling af 19." ends a line, and an ordinal's dot ends no sentence.
S7_09_HEAD = """Punkt 12: Anlægsbevilling til nyt idrætsanlæg i Lisbjerg

EMN-2025-007459
Beslutninger

"""
S7_09_BLOCK = """Tilbagesendes Magistratsafdelingen for Kultur og Borgerservice og Magistratsafdelingen for Teknik og Miljø med
bemærkning, at byrådet i sit møde den 27. august 2025 har vedtaget Magistratens foranstående indstilling af 19. august
2025."""
S7_09_TAIL = """
Magistratsafdelingen for Kultur og Borgerservice udarbejder notat.
Anlægsbevilling til etablering af to kunstgræsbaner med klubhusfaciliteter, ankomstareal og outdoor.
Resume
"""


def _decisions(text: str) -> list[tuple]:
    return [(b.draft.kind, b.draft.subject, b.draft.date, b.draft.actor) for b in blocks(text)]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_decision_block_does_not_depend_on_the_wrapping(width: int) -> None:
    printed = S7_09_HEAD + S7_09_BLOCK + S7_09_TAIL
    assert _decisions(S7_09_HEAD + rewrap(S7_09_BLOCK, width) + S7_09_TAIL) == _decisions(printed)
    [(kind, subject, date, actor)] = _decisions(printed)
    assert (kind, subject, str(date), actor) == (
        "introduced", "Anlægsbevilling til etablering af to kunstgræsbaner med klubhusfaciliteter, ankomstareal og "
        "outdoor", "2025-08-27", "byrådet")


# corpus/municipal/s7_12_dikurevy_vedtaegter: a general meeting's labelled item, its title wrapped after "for" as
# printed, before it at another width.
S7_12 = """Eventuelt A: Vedtægtsændringsforslagstilføjelse: Mulighed for
overgangsbestyrelse
Der påpeges at en mulig overgangsbestyrelse skal have mulighed for at sige
ja eller nej til at være overgangsbestyrelse."""


def test_a_labelled_item_title_wrapped_anywhere() -> None:
    rewrapped = S7_12.replace("Mulighed for\novergangsbestyrelse", "Mulighed\nfor overgangsbestyrelse")
    title = "Vedtægtsændringsforslagstilføjelse: Mulighed for overgangsbestyrelse"
    assert _heading_above("Referat\n" + S7_12, len("Referat\n" + S7_12))[1] == title
    assert _heading_above("Referat\n" + rewrapped, len("Referat\n" + rewrapped))[1] == title
