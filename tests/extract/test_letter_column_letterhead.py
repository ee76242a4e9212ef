"""Letterhead labels set side by side in columns over a row of their values ("Dato      J. nr." over "23. februar
2012      2012-0412", or the columns the other way round): each value is read from its label's column (layout table:
column_label_row), so the journal number never carries the date beside it."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


TRANSPORT_COLUMNS = """Transportudvalget 2012-13
TRU alm. del - Svar på Spørgsmål 140
Offentligt

Transportministeren
Folketingets Transportudvalg
Christiansborg
1240 København K

Dato        J. nr.
4. februar 2013        2013-0215

Transportudvalget har i brev af 22. januar 2013 stillet følgende spørgsmål nr. 140 (alm. del) til transportministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Kim Christiansen (DF).

Spørgsmål nr. 140:
"Vil ministeren oplyse, hvor mange cykelparkeringspladser der er etableret ved stationer i 2012?"

Svar:
Banedanmark har oplyst, at der i 2012 blev etableret 2.300 nye cykelparkeringspladser ved stationer.

Med venlig hilsen

Henrik Dam Kristensen
"""

TAX_COLUMNS_REVERSED = """Skatteudvalget 2013-14
SAU alm. del - Svar på Spørgsmål 77
Offentligt

Skatteministeren
Folketingets Skatteudvalg
Christiansborg
1240 København K

J. nr.\t\tDato
13-1842207\t\t9. december 2013

Skatteudvalget har i brev af 25. november 2013 stillet følgende spørgsmål nr. 77 (alm. del) til skatteministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Mette Reissmann (S).

Spørgsmål nr. 77:
"Vil ministeren oplyse provenuet ved en forhøjelse af tobaksafgiften med 5 kr. pr. pakke?"

Svar:
Provenuet skønnes at udgøre ca. 350 mio. kr. efter tilbageløb og adfærd.

Med venlig hilsen

Morten Bødskov
"""


def test_values_are_read_from_their_labels_columns(tmp_path: Path) -> None:
    r = flat(tmp_path, TRANSPORT_COLUMNS)
    assert (r["journal_number"], r["answer_date"], r["question_sent_date"]) == ("2013-0215", "2013-02-04",
                                                                                 "2013-01-22")
    r = flat(tmp_path, TAX_COLUMNS_REVERSED)
    assert (r["journal_number"], r["answer_date"], r["question_sent_date"]) == ("13-1842207", "2013-12-09",
                                                                                 "2013-11-25")


def test_labels_in_running_text_are_no_column_row(tmp_path: Path) -> None:
    from extract.letters import column_value
    text = "Dato og J. nr. fremgår af brevet.\n4. februar 2013        2013-0215\n"
    assert column_value(text, 0) is None
    # A label row over a sentence, not a value row: no cell is paired.
    text = "Dato        J. nr.\nSvaret følger nedenfor, og det er sendt til udvalget.\n"
    assert column_value(text, 0) is None
