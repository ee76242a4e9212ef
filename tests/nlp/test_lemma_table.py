"""The compact lemma table (nlp/lemma_table.py) gives exactly spacy-lookups-data's Danish
lemma lookup: every form its lemma, no lemma for a word the table lacks."""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp import lemma_table as lt


@pytest.fixture(scope="module")
def source() -> dict[str, str]:
    return lt._source()


def test_every_form_of_the_source_gives_its_lemma(source: dict[str, str]) -> None:
    table = lt.lemma_table()
    assert len(table) == len(source) > 500_000
    assert all(table.get(form) == lemma for form, lemma in source.items())
    assert set(table.lemmas) == set(source.values())


@pytest.mark.parametrize("word", ["zebraforsøgsordningen", "Ministeren", "", "ø" * 300, "pension\udcff"])
def test_words_the_table_lacks_have_no_lemma(source: dict[str, str], word: str) -> None:
    assert word not in source
    assert lt.lemma_table().get(word) is None and word not in lt.lemma_table()


def test_known_danish_forms() -> None:
    table = lt.lemma_table()
    assert table.get("ministeren") == "minister" and table.get("pensionen") == "pension"


def test_the_cache_file_round_trips_and_a_bad_one_is_refused(tmp_path: Path) -> None:
    table = lt.lemma_table()
    again = lt.LemmaTable.loads(table.dumps())
    assert len(again) == len(table) and again.get("ministeren") == "minister"
    with pytest.raises(ValueError):
        lt.LemmaTable.loads(table.dumps()[:-100_000])
