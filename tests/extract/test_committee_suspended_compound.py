"""A committee's name broken over two lines inside a suspended compound ("Folketingets Udvalg for Udlændinge-" /
"og Integrationspolitik"): Danish writes "Udlændinge- og Integrationspolitik" with the hyphen standing for the
shared last part, so the hyphen is kept and the next line, opening with "og", goes on with the name, as it
does for "Sundheds-\\nog Ældreudvalget" (extract/folketing.py, UDVALG_RE)."""
from __future__ import annotations

from extract.folketing import find_udvalg


def test_the_name_goes_on_after_a_suspended_compound() -> None:
    text = "Folketingets Udvalg for Udlændinge-\nog Integrationspolitik\nChristiansborg\n1240 København K\n"
    assert find_udvalg(text).value == "Udvalget for Udlændinge- og Integrationspolitik"
    text = "Til Folketingets Udvalg for Fødevarer-\nog Erhvervspolitik\nChristiansborg\n"
    assert find_udvalg(text).value == "Udvalget for Fødevarer- og Erhvervspolitik"


def test_no_hyphen_no_next_line() -> None:
    # Without the suspending hyphen a line opening with "og" is no part of the name.
    text = "Udvalget for Forretningsordenen\nog Folketingets Præsidium har drøftet sagen.\n"
    assert find_udvalg(text).value == "Udvalget for Forretningsordenen"
