"""Committee names that hold a comma ("Udvalget for Fødevarer, Landbrug og Fiskeri", "Udvalget for Forskning,
Innovation og Videregående Uddannelser") are read whole by the reference table of committees (danish.reference,
Folketinget's ODA table), also where a letter's address block breaks the line after the comma; a name not in the
table is not stretched over the comma into the next line."""
from __future__ import annotations

from extract.folketing import find_udvalg

FOOD_ADDRESS = """Folketingets Udvalg for Fødevarer,
Landbrug og Fiskeri
Christiansborg
1240 København K
"""

RESEARCH_OPENING = ("Udvalget for Forskning, Innovation og Videregående Uddannelser har i brev af 2. marts 2010 stillet "
                    "følgende spørgsmål nr. 12 (alm. del), som hermed besvares.")


def test_listed_name_with_a_comma_is_read_whole() -> None:
    hit = find_udvalg(FOOD_ADDRESS)
    assert hit is not None and hit.value == "Udvalget for Fødevarer, Landbrug og Fiskeri"
    hit = find_udvalg(RESEARCH_OPENING)
    assert hit is not None and hit.value == "Udvalget for Forskning, Innovation og Videregående Uddannelser"


def test_name_before_an_address_line_is_not_stretched() -> None:
    hit = find_udvalg("Folketingets Udvalg for Forretningsordenen,\nChristiansborg\n1240 København K\n")
    assert hit is not None and hit.value == "Udvalget for Forretningsordenen"
    hit = find_udvalg("Udvalget for Fødevarer, som sjældent mødes, har spurgt")
    assert hit is not None and hit.value == "Udvalget for Fødevarer"
