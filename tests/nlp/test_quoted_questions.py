"""A question asks; it states no event, also where a letter or a text prints it in quotation marks.

An answer letter quotes the committee's question ("»Vil ministeren oplyse, ...?«", "\"Kan ministeren bekræfte,
...?\""; the ft_qa README's question_text is the question's words, without the marks) and the quoted sentence is
read as the question, not as the answer's statement; a quoted question in running text asks as the bare one does.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path

LETTER = """Beskæftigelsesministeren

Folketingets Beskæftigelsesudvalg
Christiansborg

Dato: 3. marts 2021

Beskæftigelsesudvalget har i brev af 10. februar 2021 stillet følgende spørgsmål nr. 312 (alm. del) til
beskæftigelsesministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Karen Hansen (SF).

Spørgsmål nr. 312:
{question}

Svar:
Regeringen har med aftalen fra december 2020 indført en ny ret til opkvalificering for ledige.

Med venlig hilsen

Peter Hummelgaard
"""
QUESTIONS = [
    "»Vil ministeren oplyse, hvornår den nye ordning for seniorjob forventes at træde i kraft?«",
    "\"Kan ministeren bekræfte, at reglerne for fleksjob blev ændret i 2019, og vil ministeren oplyse, hvor mange "
    "der er berørt?\"",
    "”Vil ministeren redegøre for, hvordan kommunerne forventes at indføre den nye visitation?”",
]


def _events(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "svar.txt"
    path.write_text(text, encoding="utf-8")
    return [(e.event, e.subject) for e in extract_path(path).flat.lineage_events]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_quoted_question_in_a_letter_gives_no_event(tmp_path: Path, question: str) -> None:
    assert _events(tmp_path, LETTER.format(question=question)) == [
        ("introduced", "ny ret til opkvalificering for ledige")]


@pytest.mark.parametrize("sentence", [
    "Udvalget spurgte: »Vil ministeren indføre en ny ordning for seniorjob i 2025?«",
    "Borgmesteren spurgte: \"Skal kommunen afskaffe takstloftet?\"",
])
def test_a_quoted_question_in_running_text_asks(tmp_path: Path, sentence: str) -> None:
    text = f"Orientering om seniorjob\nBeskæftigelsesministeriet, 3. marts 2024\n\n{sentence}\n"
    assert _events(tmp_path, text) == []


def test_a_quoted_statement_still_states(tmp_path: Path) -> None:
    text = ("Orientering om seniorjob\nBeskæftigelsesministeriet, 3. marts 2024\n\n"
            "»Vi har i dag afskaffet takstloftet for seniorjob.«\n")
    assert [kind for kind, _ in _events(tmp_path, text)] == ["dropped"]
