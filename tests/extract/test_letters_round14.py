"""Answer letters with a letterhead side column that the converter set between two answer paragraphs (probe round
14): the column's labelled lines ("Dato: 18. december 2017", "J.nr.: 2017/009112") and its bare e-mail line are part
of the block, so the block is cut out of the answer whole and read for the letter's date as a letterhead is."""
from __future__ import annotations

from pathlib import Path

from extract.parsers.answer_letter import _is_letterhead_line
from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


# The ministry's side column after the first answer paragraph: name, address, phone, a bare e-mail, "Dato:" and
# "J.nr." with their values, the page mark.
SIDE_COLUMN = """Forsvarsudvalget 2017-18
FOU Alm.del endeligt svar på spørgsmål 98
Offentligt

Folketingets Forsvarsudvalg
Christiansborg
1240 København K

Folketingets Forsvarsudvalg har den 4. december 2017 stillet følgende spørgsmål nr. 98 (Alm. del) til forsvarsministeren, som hermed besvares.

Spørgsmål nr. 98:
"Vil ministeren oplyse, hvor mange værnepligtige der blev indkaldt i 2017?"

Svar:
Forsvarskommandoen oplyser, at der i 2017 blev indkaldt i alt 4.212 værnepligtige til Forsvaret.

FORSVARSMINISTERIET
Holmens Kanal 9
1060 København K
Tlf. 72 81 00 00
fmn@fmn.dk
Dato: 18. december 2017
J.nr.: 2017/009112
Side 1/2

Hovedparten af de værnepligtige aftjente deres værnepligt ved Hæren.

Side 2/2
Med venlig hilsen

Claus Hjort Frederiksen
"""

# Another ministry's side column: a numeric date, "Sagsnr.:" and the e-mail before the phone.
FOOTER_MAIL = """Folketingets Transportudvalg
Christiansborg
1240 København K

Transportudvalget har den 2. april 2019 stillet følgende spørgsmål nr. 410 (alm. del) til transportministeren, som hermed besvares.

Spørgsmål nr. 410:
"Vil ministeren oplyse, hvor mange togafgange der blev aflyst i 2018?"

Svar:
Banedanmark oplyser, at 2.310 togafgange blev aflyst i 2018 som følge af sporarbejde.

TRANSPORTMINISTERIET
Frederiksholms Kanal 27 F
1220 København K
trm@trm.dk
Tlf. 41 71 27 00
Dato: 29-04-2019
Sagsnr.: 2019-1187
Side 1/2

Aflysningerne var jævnt fordelt over året.

Med venlig hilsen

Ole Birk Olesen
"""


def test_side_column_date_is_the_answer_date_and_leaves_the_body(tmp_path: Path) -> None:
    r = flat(tmp_path, SIDE_COLUMN)
    assert (r["answer_date"], r["journal_number"], r["ministry"]) == ("2017-12-18", "2017/009112", "Forsvarsministeriet")
    assert r["question_sent_date"] == "2017-12-04"
    assert r["answer_text"] == ("Forsvarskommandoen oplyser, at der i 2017 blev indkaldt i alt 4.212 værnepligtige til "
                                "Forsvaret. Hovedparten af de værnepligtige aftjente deres værnepligt ved Hæren.")


def test_side_column_with_numeric_date_and_sagsnr(tmp_path: Path) -> None:
    r = flat(tmp_path, FOOTER_MAIL)
    assert (r["answer_date"], r["journal_number"]) == ("2019-04-29", "2019-1187")
    assert r["answer_text"] == ("Banedanmark oplyser, at 2.310 togafgange blev aflyst i 2018 som følge af "
                                "sporarbejde. Aflysningerne var jævnt fordelt over året.")
    assert r["signed_by"] == "Ole Birk Olesen"


def test_labelled_and_mail_lines_are_letterhead_lines() -> None:
    for line in ("Dato: 18. december 2017", "J.nr.: 2017/009112", "Sagsnr.: 1910466", "Dato: 28-11-2019",
                 "fmn@fmn.dk"):
        assert _is_letterhead_line(line), line


def test_sentences_with_a_date_or_mail_are_body_lines() -> None:
    for line in ("Dato for ansøgningsfristen er endnu ikke fastsat, oplyser styrelsen.",
                 "Henvendelser kan ske til fmn@fmn.dk inden fristen.",
                 "Sagsnr. 2017/009112 vedrører en anden klage, som er afgjort."):
        assert not _is_letterhead_line(line), line


# A dated sentence in the answer is no side column: the letter has no date of its own, and the body keeps it.
NO_COLUMN = """Folketingets Forsvarsudvalg
Christiansborg
1240 København K

Forsvarsudvalget har den 4. december 2017 stillet følgende spørgsmål nr. 99 (alm. del) til forsvarsministeren, som hermed besvares.

Spørgsmål nr. 99:
"Vil ministeren oplyse, hvornår rapporten offentliggøres?"

Svar:
Rapporten offentliggøres den 18. december 2017, og udvalget vil modtage den samme dag.

Med venlig hilsen

Claus Hjort Frederiksen
"""


def test_dated_sentence_in_the_body_gives_no_answer_date(tmp_path: Path) -> None:
    r = flat(tmp_path, NO_COLUMN)
    assert r["answer_date"] is None
    assert r["answer_text"] == "Rapporten offentliggøres den 18. december 2017, og udvalget vil modtage den samme dag."


# Kommuner named as places in a letter's running text (probe round 14): "henholdsvis" between the preposition and
# its coordinated places, a route's "via" and a compass point's "syd for" govern places as "i" and "til" do (the
# ft_qa README counts a town or island named as a place as its kommune).
def kommuner(tmp_path: Path, text: str) -> list[str]:
    return [k["name"] for k in flat(tmp_path, text)["kommuner"]]


def _answer(body: str) -> str:
    return ("Folketingets Fødevareudvalg\nChristiansborg\n1240 København K\n\n"
            "Fødevareudvalget har den 3. maj 2006 stillet følgende spørgsmål nr. 214 (alm. del) til ministeren for "
            "fødevarer, landbrug og fiskeri, som hermed besvares.\n\nSpørgsmål nr. 214:\n"
            "\"Vil ministeren oplyse, hvor mange påbud der blev givet?\"\n\nSvar:\n"
            f"{body}\n\nMed venlig hilsen\n\nHans Christian Schmidt\n")


def test_places_after_henholdsvis(tmp_path: Path) -> None:
    body = "Påbuddene i 2005 blev givet til to slagterier i henholdsvis Randers og Hjørring."
    assert kommuner(tmp_path, _answer(body)) == ["Randers", "Hjørring"]
    body = "Bidragene kom fra henholdsvis Vejle og Kolding, som begge havde søgt puljen."
    assert kommuner(tmp_path, _answer(body)) == ["Vejle", "Kolding"]


def test_places_on_a_route_and_by_compass_point(tmp_path: Path) -> None:
    body = "Analysen omfatter en linjeføring fra Hou syd for Odder via Samsø til Kalundborg."
    assert kommuner(tmp_path, _answer(body)) == ["Odder", "Samsø", "Kalundborg"]
    body = "Havmølleparken ved Rødsand syd for Lolland forventes at levere strøm fra 2010."
    assert kommuner(tmp_path, _answer(body)) == ["Lolland"]
    body = "Færgen sejler fra Esbjerg via Fanø, og ruten nordvest for Aabenraa er lukket."
    assert kommuner(tmp_path, _answer(body)) == ["Esbjerg", "Fanø", "Aabenraa"]


def test_no_kommune_after_for_or_via_that_names_none(tmp_path: Path) -> None:
    # "for" alone is no place preposition; "via" before a web service or an institution named like a town names none.
    body = ("Tak for Randers' henvendelse. Ansøgningen sendes via Jobnet eller via Aarhus Universitet, "
            "og formanden for Vejle Boldklub er orienteret.")
    assert kommuner(tmp_path, _answer(body)) == []
