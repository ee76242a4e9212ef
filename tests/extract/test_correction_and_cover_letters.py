"""Answer letters with no "Spørgsmål"/"Svar" blocks: a correction titled "Berigtigelse af svar på spørgsmål N" (an
answer letter by its title, layout table: correction_title) and a cover letter sending answers. Their stamp, date,
J.nr., asker, footer ministry and signer are read as an answer's are; the signer after the closing greeting is
signed_by, not a person (ft_qa README: signed_by is the minister for answers; persons are the other people)."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


# A climate correction whose title says "svar" (not "besvarelse") and whose opening cites the earlier answer.
CORRECTION_SVAR_TITLE = """Klima-, Energi- og Forsyningsudvalget 2019-20
KEF alm. del - Svar på Spørgsmål 212
Offentligt

J.nr. 2020-3318
Dato: 9. marts 2020

Til Folketingets Klima-, Energi- og Forsyningsudvalg

Berigtigelse af svar på spørgsmål 212 (alm. del)

Jeg besvarede den 24. februar 2020 spørgsmål 212 (alm. del), som udvalget havde stillet efter ønske fra Søren Egge Rasmussen (EL).

Ved en fejl blev den samlede kapacitet for landvind opgjort til 4.700 MW. Den rigtige kapacitet er 4.400 MW.

Med venlig hilsen

Dan Jørgensen

Klima-, Energi- og Forsyningsministeriet • Holmens Kanal 4 • 1060 København K • Tlf. 33 92 28 00 • www.kefm.dk
"""

# A food ministry correction with the title over the quoted earlier answer's number, signed by the minister.
CORRECTION_SVAR_TITLE_FOOD = """Miljø- og Fødevareudvalget 2017-18
MOF alm. del - Svar på Spørgsmål 64
Offentligt

Dato: 30. november 2017
J.nr. 2017-14402

Berigtigelse af svar på spørgsmål nr. 64 (alm. del) fra Folketingets Miljø- og Fødevareudvalg

Spørgsmålet blev besvaret den 14. november 2017. Spørgsmålet var stillet efter ønske fra Ida Auken (RV).

I besvarelsen er antallet af økologiske bedrifter i 2016 angivet til 3.310. Det korrekte antal er 3.637.

Med venlig hilsen

Esben Lunde Larsen

Miljø- og Fødevareministeriet • Slotsholmsgade 12 • 1216 København K • Tlf. 38 10 60 00 • www.mfvm.dk
"""


def test_correction_titled_svar_is_an_answer_with_its_letter_fields(tmp_path: Path) -> None:
    r = flat(tmp_path, CORRECTION_SVAR_TITLE)
    assert r["doc_type"] == "answer"
    assert (r["udvalg"], r["samling"], r["case"], r["question_number"]) == (
        {"name": "Klima-, Energi- og Forsyningsudvalget", "abbrev": "KEF"}, "2019-20",
        {"kind": "alm. del", "number": None}, 212)
    assert (r["answer_date"], r["journal_number"], r["ministry"]) == (
        "2020-03-09", "2020-3318", "Klima-, Energi- og Forsyningsministeriet")
    assert r["asked_by"] == [{"name": "Søren Egge Rasmussen", "party": "EL"}]
    # the earlier answer's date is no question date
    assert r["question_sent_date"] is None
    assert (r["signed_by"], r["persons"]) == ("Dan Jørgensen", [])


def test_second_correction_layout(tmp_path: Path) -> None:
    r = flat(tmp_path, CORRECTION_SVAR_TITLE_FOOD)
    assert r["doc_type"] == "answer"
    assert (r["question_number"], r["answer_date"], r["journal_number"]) == (64, "2017-11-30", "2017-14402")
    assert r["ministry"] == "Miljø- og Fødevareministeriet"
    assert (r["signed_by"], r["persons"]) == ("Esben Lunde Larsen", [])


# An orientation letter to a committee that mentions a correction in passing: no answer letter.
ORIENTATION = """Klima-, Energi- og Forsyningsudvalget 2019-20
KEF Alm.del Bilag 88
Offentligt

Til Folketingets Klima-, Energi- og Forsyningsudvalg

Orientering om udbud af Thor Havvindmøllepark

Jeg vil hermed orientere udvalget om, at udbuddet af Thor Havvindmøllepark forventes afsluttet i 2021.

Med venlig hilsen

Dan Jørgensen
"""


def test_orientation_letter_is_no_answer(tmp_path: Path) -> None:
    r = flat(tmp_path, ORIENTATION)
    assert r["doc_type"] != "answer"
    assert r["question_number"] is None and r["answer_date"] is None


# Cover letters that send answers to several questions: no question or answer block, the minister signs under the
# greeting.
COVER_ENVIRONMENT = """Miljøudvalget 2015-16
MIU Alm.del endeligt svar på spørgsmål 201
Offentligt

Miljø- og Fødevareministeriet
Slotsholmsgade 12
1216 København K

Folketingets Miljøudvalg
Christiansborg
1240 København K

4. april 2016
J.nr. 2016-1180

Vedlagt fremsendes svar på spørgsmål nr. 201, 202 og 203 (MIU alm. del), som Folketingets Miljøudvalg har stillet til miljø- og fødevareministeren den 15. marts 2016 efter ønske fra Christian Poll (ALT).

Venlig hilsen

Eva Kjer Hansen
"""

COVER_TRANSPORT = """Transportudvalget 2012-13
TRU Alm.del endeligt svar på spørgsmål 530
Offentligt

TRANSPORTMINISTERIET
Frederiksholms Kanal 27 F
1220 København K

Folketingets Transportudvalg

Dato: 6. juni 2013
J.nr. 2013-1402

Hermed sendes svar på spørgsmål nr. 530 og 531 (TRU alm. del), som Folketingets Transportudvalg har stillet til transportministeren den 21. maj 2013 efter ønske fra Kristian Pihl Lorentzen (V).

Svarene er udarbejdet på grundlag af bidrag fra Banedanmark.

Med venlig hilsen

Henrik Dam Kristensen
"""


def test_cover_letters_signer_is_signed_by(tmp_path: Path) -> None:
    for text, signer, number, date in ((COVER_ENVIRONMENT, "Eva Kjer Hansen", 201, "2016-04-04"),
                                       (COVER_TRANSPORT, "Henrik Dam Kristensen", 530, "2013-06-06")):
        r = flat(tmp_path, text)
        assert (r["signed_by"], r["persons"]) == (signer, [])
        assert (r["question_number"], r["answer_date"]) == (number, date)


def test_cover_letter_without_a_greeting_names_no_signer(tmp_path: Path) -> None:
    r = flat(tmp_path, COVER_ENVIRONMENT.replace("Venlig hilsen\n\nEva Kjer Hansen\n", ""))
    assert r["signed_by"] is None and r["persons"] == []
