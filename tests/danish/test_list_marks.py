"""The marks of a list item are defined once (danish/list_marks.py): the sentence splitter, extract's layout readers
and nlp's lineage readers take them from there, each reader's narrower set a named subset."""
from __future__ import annotations

import re

from danish.list_marks import BULLET_MARKS, LINE_ITEM_MARKS
from danish.sentences import sentence_spans
from extract.list_marks import BULLET


def _marks(character_class: str) -> set[str]:
    return set(character_class.replace("\\-", "-"))


def test_the_line_item_marks_are_a_subset_of_the_bullet_marks() -> None:
    assert _marks(LINE_ITEM_MARKS) < _marks(BULLET_MARKS)
    assert _marks(BULLET_MARKS) - _marks(LINE_ITEM_MARKS) == {"●", "◦", "\uf0b7", "\uf0a7"}


def test_extract_reads_every_mark_and_words_second_level_o() -> None:
    item = re.compile(rf"^{BULLET}\s+(\S.*)$")
    for line in ["• Topskatten afskaffes", "\uf0b7 Større aktivitetsniveau", "o forløbet tilrettelægges",
                 "- Forbud mod tiggeri"]:
        assert item.match(line), line
    assert item.match("ordningen forlænges") is None


def test_a_bulleted_line_starts_a_sentence_and_a_symbol_font_dot_does_not() -> None:
    text = "Vi vil:\n• Topskatten afskaffes\n• Bundfradraget forhøjes"
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Vi vil:", "• Topskatten afskaffes",
                                                            "• Bundfradraget forhøjes"]
    text = "Hvad vil du gerne have opnået\n\uf0b7 i 2017"
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]
