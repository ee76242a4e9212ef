"""The committee's abbreviation on ft.dk's stamp line of a bill's question or answer ("SOU B 34 - Svar på Spørgsmål
3", "UUI L 140 endeligt svar på spørgsmål 37"), read as on an alm. del stamp (layout table: stamp_bill_case; ft_qa
README: udvalg.abbrev is filled only when printed)."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


SOCIAL_B_STAMP = """Socialudvalget 2015-16
SOU B 61 - Svar på Spørgsmål 2
Offentligt

Folketingets Socialudvalg
Christiansborg
1240 København K

Socialudvalget har den 10. marts 2016 stillet følgende spørgsmål nr. 2 vedrørende B 61 til social- og indenrigsministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).

Spørgsmål nr. 2:
"Vil ministeren oplyse, hvor mange botilbud der i 2015 havde ventelister?"

Svar:
Der findes ikke en samlet opgørelse over ventelister til botilbud.

Med venlig hilsen

Karen Ellemann
"""

TAX_L_STAMP = """Skatteudvalget 2016-17
SAU L 23 endeligt svar på spørgsmål 5
Offentligt

Folketingets Skatteudvalg
Christiansborg
1240 København K

Skatteudvalget har den 3. november 2016 stillet følgende spørgsmål nr. 5 vedrørende L 23 til skatteministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Rune Lund (EL).

Spørgsmål nr. 5:
"Vil ministeren oplyse provenuet af lovforslaget i 2017?"

Svar:
Provenuet skønnes at udgøre ca. 120 mio. kr. i 2017.

Med venlig hilsen

Karsten Lauritzen
"""


def test_abbreviation_before_the_bill_on_the_stamp(tmp_path: Path) -> None:
    r = flat(tmp_path, SOCIAL_B_STAMP)
    assert (r["udvalg"], r["case"]) == ({"name": "Socialudvalget", "abbrev": "SOU"}, {"kind": "B", "number": "61"})
    r = flat(tmp_path, TAX_L_STAMP)
    assert (r["udvalg"], r["case"]) == ({"name": "Skatteudvalget", "abbrev": "SAU"}, {"kind": "L", "number": "23"})


def test_stamp_without_abbreviation_gives_none(tmp_path: Path) -> None:
    r = flat(tmp_path, TAX_L_STAMP.replace("SAU L 23 endeligt", "L 23 endeligt"))
    assert (r["udvalg"]["abbrev"], r["case"]) == (None, {"kind": "L", "number": "23"})


def test_capitals_in_the_body_before_a_bill_are_no_abbreviation(tmp_path: Path) -> None:
    # Only the stamp line is read so: a capitalised word before a bill in the body names no committee.
    text = TAX_L_STAMP.replace("SAU L 23 endeligt svar på spørgsmål 5", "endeligt svar på spørgsmål 5").replace(
        "Provenuet skønnes", "Med EU L 23 skønnes provenuet")
    r = flat(tmp_path, text)
    assert r["udvalg"]["abbrev"] is None
