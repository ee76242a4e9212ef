"""A goal's name and the target sentence that makes it measurable are one indicator, not two: the goal's name is the
title and the target (or the sentence saying how the goal is followed) its definition (policy p10: a goal and the
measure under it are one entry).

Two layouts of the genre: a lettered goal heading over its target sentence ("Mål A: Færre akutte genindlæggelser" /
"Andelen af ... skal falde til under 10 pct."; regions' and municipalities' quality goals, cue goal_label), and a
numbered goal under a lead naming goals over its "Resultatmål:" line ("1. Flere unge skal have en uddannelse" /
"Resultatmål: Andelen af ... skal reduceres."; the minister's yearly goals for the jobcentres). The samples are
written as regions, municipalities and the ministry word them; the cue table names REGION and KOMMUNE as
"sample:test_indicator_goal_targets.<NAME>".
"""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.indicators import parse

REGION = ("Regionsrådet har vedtaget to kvalitetsmål for det nære sundhedsvæsen.\n\n"
          "Mål A: Færre forebyggelige indlæggelser\n"
          "Andelen af ældre borgere, der indlægges med en forebyggelig diagnose, skal falde til under 5 pct. "
          "Nævneren er alle borgere over 65 år bosat i regionen.\n\n"
          "Mål B: Kortere ventetid til genoptræning\n"
          "Den gennemsnitlige ventetid fra udskrivning til første genoptræning skal være under 7 dage.\n")
KOMMUNE = ("Byrådet har fastsat følgende mål for ældreplejen i 2025.\n\n"
           "Delmål A: Flere ældre klarer sig selv\n"
           "Andelen af borgere over 67 år, der modtager hjemmehjælp, skal falde med 10 pct.\n\n"
           "Delmål B: Bedre ernæring\n"
           "Antallet af borgere med uplanlagt vægttab skal halveres.\n")
MINISTER = ("Beskæftigelsesministerens mål for 2026\n\n"
            "For 2026 har ministeren fastsat følgende tre mål.\n\n"
            "1. Flere unge skal have en uddannelse\n"
            "Resultatmål: Andelen af unge under 30 år, der modtager uddannelseshjælp, skal reduceres.\n\n"
            "2. Flere ledige skal hurtigt i job\n"
            "Resultatmål: Antallet af langtidsledige skal falde. Målet følges som det gennemsnitlige antal "
            "langtidsledige over de seneste 12 måneder.\n\n"
            "3. Bedre hjælp til virksomhederne\n"
            "Der er endnu ikke fastsat et resultatmål for dette mål.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _read(text: str, *names: str) -> list[tuple[object, ...]]:
    return [tuple(getattr(r, n) for n in names) for r in parse(_doc(text))]


def test_a_lettered_goal_heading_is_the_title_and_its_target_the_definition() -> None:
    assert _read(REGION, "number", "title", "definition", "measure") == [
        (None, "Færre forebyggelige indlæggelser", "Andelen af ældre borgere, der indlægges med en forebyggelig "
         "diagnose, skal falde til under 5 pct.", "share"),
        (None, "Kortere ventetid til genoptræning", "Den gennemsnitlige ventetid fra udskrivning til første "
         "genoptræning skal være under 7 dage.", "average"),
    ]


def test_a_fraction_sentence_after_the_target_is_read_not_kept_in_the_definition() -> None:
    # "pct." closes the target's sentence before a capital (the abbreviation table's ends_list)
    first = parse(_doc(REGION))[0]
    assert first.denominator == "alle borgere over 65 år bosat i regionen"


def test_delmaal_letters_too() -> None:
    assert _read(KOMMUNE, "title", "definition", "measure") == [
        ("Flere ældre klarer sig selv", "Andelen af borgere over 67 år, der modtager hjemmehjælp, skal falde med "
         "10 pct.", "share"),
        ("Bedre ernæring", "Antallet af borgere med uplanlagt vægttab skal halveres.", "count"),
    ]


def test_a_numbered_goal_and_its_resultatmaal_line_are_one_goal() -> None:
    assert _read(MINISTER, "number", "title", "definition") == [
        (1, "Flere unge skal have en uddannelse",
         "Andelen af unge under 30 år, der modtager uddannelseshjælp, skal reduceres."),
        # the sentence saying how the goal is followed is how it is measured
        (2, "Flere ledige skal hurtigt i job",
         "Målet følges som det gennemsnitlige antal langtidsledige over de seneste 12 måneder."),
        # a goal with no resultatmål yet keeps its line, and no definition
        (3, "Bedre hjælp til virksomhederne", None),
    ]


@pytest.mark.parametrize("text", [
    # a lettered heading over prose naming no quantity, figure or computation
    "Mål A: Bedre samarbejde\nRegionen vil styrke dialogen med kommunerne om udskrivningerne.\n",
    # a letter in running text is no heading
    "Der er tale om mål A i planen, som beskriver kommunens samarbejde med de frivillige.\n",
])
def test_no_goal(text: str) -> None:
    assert parse(_doc(text)) == []


def test_a_resultatmaal_line_naming_no_quantity_is_no_definition() -> None:
    text = ("For 2026 har ministeren fastsat følgende mål.\n\n1. Bedre samarbejde med virksomhederne\n"
            "Resultatmål: Jobcentrene skal styrke dialogen med de lokale virksomheder.\n")
    assert (1, "Bedre samarbejde med virksomhederne", None) in _read(text, "number", "title", "definition")
