"""References a udvalg secretary types, found as what they name (the ft_qa README's
conventions: "S 231" for § 20 questions, letter codes for samrådsspørgsmål): "samrådsspm. BL"
found other letters through the word "bl", and "§ 20-spørgsmål S 1107" searched "20" as a
word and ranked SOU spm. 20 first."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.search import search
from knowledge.store import Store

FILES = ("ft_qa_ministries/keb-2014-15-1s-samspmV-spm.txt", "ft_qa_ministries/suu-2020-21-samspmBL-spm.txt",
         "ft_qa/eru-2015-16-s1107-svar.txt", "ft_qa/sou-2008-09-l15-spm20-svar.txt",
         "ft_qa/udu-2009-10-spm248-svar.txt")


@pytest.fixture(scope="module")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(tmp_path_factory.mktemp("references") / "s.db")
    assert len(s.ingest([corpus / f for f in FILES]).loaded) == len(FILES)
    return s


@pytest.mark.parametrize("query, found", [
    ("samrådsspm. BL", "suu-2020-21-samspmBL-spm.txt"),
    ("Samrådsspørgsmål V", "keb-2014-15-1s-samspmV-spm.txt"),
    ("SUU samrådsspørgsmål BL", "suu-2020-21-samspmBL-spm.txt"),
    ("§ 20-spørgsmål S 1107", "eru-2015-16-s1107-svar.txt"),
    ("§ 20 spørgsmål S 1107", "eru-2015-16-s1107-svar.txt"),
    ("spm 20", "sou-2008-09-l15-spm20-svar.txt"),
])
def test_a_reference_finds_the_question_it_names_alone(store: Store, query: str, found: str) -> None:
    result = search(store, query)
    assert [Path(h["source"]).name for h in result.hits] == [found], result.message


def test_samraad_in_lower_case_is_a_word_not_a_code(store: Store) -> None:
    """Only a capital code is a reference: "samrådsspørgsmål om skifergas" searches its words."""
    result = search(store, "samrådsspørgsmål om skifergas")
    assert [Path(h["source"]).name for h in result.hits][:1] == ["keb-2014-15-1s-samspmV-spm.txt"]
