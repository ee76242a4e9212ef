"""A page mark ("Side 1/2", "Side 1 af 2") in a letter's signature block is no obstacle to reading the signer.

Two layouts put one there. A ministry's cover letter sends the answer on a page of its own: "Hermed sendes svar
på spørgsmål nr. N ...", its own closing greeting and the minister's name, the page's mark, and then the question and
an unsigned "Svar:" page (the transport ministry's cover letters); the signature stands before the question, as the
justice ministry's does (layout answer_signed_in_header), but under a greeting. And a page break that falls
between an answer's greeting and the name prints the first page's mark between them.

Each sample is a realistic letter written for this test from the layout of a ministry's letters (named in the
comment); names, numbers and dates are changed, and none is a copy of a probe letter. The expected record is read
by hand by the ft_qa README's conventions (signed_by: the minister; the official under "/" and the persons named in
the text to persons). Each class has a must-not case.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

# --- a cover letter signed under its own greeting, the page mark under the name --------------------------------
# The transport ministry's cover letter: sender heading, addressee, address column, "Dato"/"J. nr.", one sentence
# sending the answer, greeting and name, "Side 1/2"; the question and the answer on the next page, unsigned.
TRANSPORT_COVER = """Transportudvalget 2015-16
TRU Alm.del endeligt svar på spørgsmål 214
Offentligt

TRANSPORT- OG BYGNINGSMINISTEREN

Folketingets Transportudvalg
Christiansborg
1240 København K

Frederiksholms Kanal 27 F
1220 København K

Dato 9. februar 2016
J. nr. 2016-0211

Hermed sendes svar på spørgsmål nr. 214 (alm. del) af 19. januar 2016 fra Folketingets
Transportudvalg. Spørgsmålet er stillet efter ønske fra Rasmus Prehn (S).

Med venlig hilsen

Hans Christian Schmidt

Side 1/2

Spørgsmål nr. 214:
"Vil ministeren oplyse, hvor mange afgange der i 2015 blev aflyst på Kystbanen?"

Svar:
Jeg har indhentet bidrag fra DSB, som oplyser, at 1.142 afgange på Kystbanen blev aflyst i 2015.

Side 2/2
"""

# The tax ministry's cover letter of tests/extract/test_answers.py::TAX_STYLE (J.nr., Dato, "Til ...", the
# sending sentence), here closed with a greeting, the minister and the official under "/", and "Side 1 af 2".
TAX_COVER = """Skatteudvalget 2016-17
SAU Alm.del endeligt svar på spørgsmål 388
Offentligt

J.nr. 2017-1122
Dato: 3. april 2017

Til Folketingets Skatteudvalg

Hermed sendes svar på spørgsmål nr. 388 af 14. marts 2017. (Alm. del).
Spørgsmålet er stillet efter ønske fra Rune Lund (EL).

Med venlig hilsen

Karsten Lauritzen
/ Lone Holst

Side 1 af 2

Spørgsmål
Vil ministeren oplyse provenuet af afgiften på chokolade og sukkervarer i 2016?

Svar
Provenuet af afgiften er for 2016 opgjort til 2,1 mia. kr.

Side 2 af 2
"""

# --- a page break between the answer's greeting and the name ------------------------------------------------------
# The health ministry's answer of corpus/ft_qa/suu-2019-20-spm286-svar.txt ("Dato:/Sagsnr.:", "har den <dato>
# stillet følgende spørgsmål nr. N ..., som hermed besvares"); the greeting is the first page's last line.
HEALTH_GREETING_OVER_PAGE = """Sundheds- og Ældreudvalget 2017-18
SUU Alm.del - Svar på Spørgsmål 640
Offentligt

Holbergsgade 6
DK-1057 København K

Folketingets Sundheds- og Ældreudvalg

Dato: 22-05-2018
Sagsnr.: 1804412

Folketingets Sundheds- og Ældreudvalg har den 2. maj 2018 stillet følgende spørgsmål nr. 640 (alm. del) til
sundhedsministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Liselott Blixt (DF).

Spørgsmål nr. 640:
”Vil ministeren oplyse, hvor mange praktiserende læger der gik på pension i 2017?”

Svar:
Praktiserende Lægers Organisation har oplyst, at 212 praktiserende læger gik på pension i 2017.

Med venlig hilsen

Side 1 af 2

Ellen Trane Nørby
sundhedsminister
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return path


ROWS = {
    "transport_cover": (TRANSPORT_COVER, expected(
        doc_type="answer", udvalg=udvalg("Transportudvalget", "TRU"), samling="2015-16", case=case("alm. del"),
        question_number=214, question_sent_date="2016-01-19", answer_date="2016-02-09",
        asked_by=[asker("Rasmus Prehn", "S")], addressee="transport- og bygningsministeren", journal_number="2016-0211",
        question_text="Vil ministeren oplyse, hvor mange afgange der i 2015 blev aflyst på Kystbanen?",
        answer_text="Jeg har indhentet bidrag fra DSB, som oplyser, at 1.142 afgange på Kystbanen blev aflyst i 2015.",
        signed_by="Hans Christian Schmidt", parties=["S"])),
    "tax_cover": (TAX_COVER, expected(
        doc_type="answer", udvalg=udvalg("Skatteudvalget", "SAU"), samling="2016-17", case=case("alm. del"),
        question_number=388, question_sent_date="2017-03-14", answer_date="2017-04-03",
        asked_by=[asker("Rune Lund", "EL")], journal_number="2017-1122",
        question_text="Vil ministeren oplyse provenuet af afgiften på chokolade og sukkervarer i 2016?",
        answer_text="Provenuet af afgiften er for 2016 opgjort til 2,1 mia. kr.",
        signed_by="Karsten Lauritzen", persons=["Lone Holst"], parties=["EL"])),
    "health_greeting_over_page": (HEALTH_GREETING_OVER_PAGE, expected(
        doc_type="answer", udvalg=udvalg("Sundheds- og Ældreudvalget", "SUU"), samling="2017-18",
        case=case("alm. del"), question_number=640, question_sent_date="2018-05-02", answer_date="2018-05-22",
        asked_by=[asker("Liselott Blixt", "DF")], addressee="sundhedsministeren", journal_number="1804412",
        question_text="Vil ministeren oplyse, hvor mange praktiserende læger der gik på pension i 2017?",
        answer_text="Praktiserende Lægers Organisation har oplyst, at 212 praktiserende læger gik på pension i 2017.",
        signed_by="Ellen Trane Nørby", signer_role="sundhedsminister", parties=["DF"])),
}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_the_signer_is_read_past_the_page_mark(tmp_path: Path, name: str) -> None:
    text, fields = ROWS[name]
    assert record(_write(tmp_path, text)) == fields


def test_an_unsigned_cover_letter_gives_no_signer(tmp_path: Path) -> None:
    # the greeting and the page mark with no name under them: no signer, and the page mark is no person
    unsigned = TRANSPORT_COVER.replace("Hans Christian Schmidt\n\n", "")
    got = record(_write(tmp_path, unsigned))
    assert (got["signed_by"], got["signer_role"], got["persons"]) == (None, None, [])


def test_a_letterhead_after_the_page_mark_is_no_signer(tmp_path: Path) -> None:
    # the next page's letterhead under the mark names the ministry, never a person
    text = HEALTH_GREETING_OVER_PAGE.replace("Ellen Trane Nørby\nsundhedsminister\n",
                                             "SUNDHEDS- OG ÆLDREMINISTERIET\nHolbergsgade 6\n")
    got = record(_write(tmp_path, text))
    assert (got["signed_by"], got["signer_role"]) == (None, None)
