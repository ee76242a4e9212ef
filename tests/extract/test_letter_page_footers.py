"""Answer letters whose body runs over a page break where the page's footer prints its letterhead items on one
line (bullets, middle dots or a wide gap between them) and ends with a page mark ("Side 1 af 2", "Side 1/2"): the
footer is cut out of the answer, which goes on on the next page, and the ministry it names is the letter's own
(layout table: footer_items_line; ft_qa README: letterhead blocks that interrupt the body are left out)."""
from __future__ import annotations

from pathlib import Path

from extract.parsers.answer_letter import _footer_items_line
from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


# A culture answer: a one-line footer with middle dots and the page mark under it, mid-sentence.
BULLET_FOOTER_OVER_PAGE_BREAK = """Kulturudvalget 2019-20
KUU Alm.del endeligt svar på spørgsmål 77
Offentligt

Folketingets Kulturudvalg
Christiansborg
1240 København K

Dato: 2. december 2019
J.nr.: 19/04127

Kulturudvalget har den 14. november 2019 stillet følgende spørgsmål nr. 77 (alm. del) til kulturministeren, som hermed besvares.

Spørgsmål nr. 77:
"Vil ministeren oplyse, hvor mange besøgende statens museer havde i 2018?"

Svar:
Slots- og Kulturstyrelsen har oplyst, at de statslige og statsanerkendte museer i 2018 havde i alt 16,1 mio. besøgende, hvilket er en stigning i forhold til

Nybrogade 2 · 1203 København K · Tlf. 33 92 33 70 · kum@kum.dk · www.kum.dk
Side 1 af 2

året før. Stigningen skyldes især flere udenlandske turister.

Med venlig hilsen

Joy Mogensen

Side 2 af 2
"""

# A tax answer: a footer in three lines whose items are parted by wide gaps, the ministry's name only there.
GAP_FOOTER_OVER_PAGE_BREAK = """Skatteudvalget 2020-21
SAU Alm.del endeligt svar på spørgsmål 140
Offentligt

Folketingets Skatteudvalg

Dato:        19. januar 2021
Sagsnr.:     2020 - 8813

Skatteudvalget har den 5. januar 2021 stillet følgende spørgsmål nr. 140 (alm. del) til skatteministeren, som hermed besvares.

Spørgsmål nr. 140:
"Vil ministeren oplyse provenuet ved at hæve afgiften på sodavand med 1 kr. pr. liter?"

Svar:
Skatteministeriet skønner, at en forhøjelse af afgiften med 1 kr. pr. liter vil give et provenu efter tilbageløb og adfærd på ca. 350 mio. kr.

Nicolai Eigtveds Gade 28        Tlf. 3392 3392        skm@skm.dk
1402 København K                                      www.skm.dk
Skatteministeriet                                     Side 1/2

Skønnet er usikkert, da det afhænger af grænsehandlen.

Med venlig hilsen

Morten Bødskov
"""


def test_bullet_footer_with_page_mark_is_cut_and_the_answer_goes_on(tmp_path: Path) -> None:
    r = flat(tmp_path, BULLET_FOOTER_OVER_PAGE_BREAK)
    assert r["answer_text"] == ("Slots- og Kulturstyrelsen har oplyst, at de statslige og statsanerkendte museer i 2018 "
                                "havde i alt 16,1 mio. besøgende, hvilket er en stigning i forhold til året før. "
                                "Stigningen skyldes især flere udenlandske turister.")
    assert r["signed_by"] == "Joy Mogensen"


def test_gap_footer_is_cut_and_its_ministry_is_the_letters(tmp_path: Path) -> None:
    r = flat(tmp_path, GAP_FOOTER_OVER_PAGE_BREAK)
    assert r["answer_text"] == ("Skatteministeriet skønner, at en forhøjelse af afgiften med 1 kr. pr. liter vil give "
                                "et provenu efter tilbageløb og adfærd på ca. 350 mio. kr. Skønnet er usikkert, da det "
                                "afhænger af grænsehandlen.")
    assert r["ministry"] == "Skatteministeriet"


def test_footer_lines_of_letterhead_items() -> None:
    for line in ("Nybrogade 2 · 1203 København K · Tlf. 33 92 33 70 · kum@kum.dk · www.kum.dk",
                 "Nicolai Eigtveds Gade 28        Tlf. 3392 3392        skm@skm.dk",
                 "1402 København K                                      www.skm.dk",
                 "Skatteministeriet                                     Side 1/2",
                 "Højbro Plads 4 • 1200 København K"):
        assert _footer_items_line(line), line


def test_table_rows_and_sentences_are_no_footer_lines() -> None:
    for line in ("Region Hovedstaden        1.234        5.678",
                 "2018        2019        2020",
                 "Skatteministeriet        har oplyst følgende",
                 "Skatteministeriet        Finansministeriet",
                 "Se side 2 · bilag 1",
                 "Nybrogade 2 · 1203 København K har været ministeriets adresse siden 1990"):
        assert not _footer_items_line(line), line


# A footer at the end of the body with nothing after it but the greeting: the answer ends before it, and a gapped
# table row inside the body stays in the answer.
FOOTER_ENDS_BODY = """Folketingets Skatteudvalg

Skatteudvalget har den 5. januar 2021 stillet følgende spørgsmål nr. 141 (alm. del) til skatteministeren, som hermed besvares.

Spørgsmål nr. 141:
"Vil ministeren oplyse antallet af registrerede afgiftspligtige virksomheder?"

Svar:
Antallet fremgår af tabellen.
2019        2020
1.204        1.187
Tallene er opgjort pr. 1. januar.

Nicolai Eigtveds Gade 28        Tlf. 3392 3392        skm@skm.dk
Skatteministeriet                                     Side 1/1
"""


def test_footer_after_the_body_ends_it_and_table_rows_stay(tmp_path: Path) -> None:
    r = flat(tmp_path, FOOTER_ENDS_BODY)
    assert r["answer_text"] == ("Antallet fremgår af tabellen. 2019 2020 1.204 1.187 Tallene er opgjort pr. 1. januar.")
