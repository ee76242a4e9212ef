"""A person named in an apposition after the title, set off by commas ("Energistyrelsens direktør,\\nKristoffer
Böttzauw, har orienteret mig ..."): Danish sets a non-restrictive apposition between two commas, so the name
between them is the titled person's, whether or not the given name is in the table of given names, and whether
or not the converter broke the line after the first comma (layout table: titled_apposition)."""
from __future__ import annotations

from extract.people import named_persons

ENERGY_APPOSITION = ("Energistyrelsen har gennemført en markedsdialog med 23 aktører. Energistyrelsens direktør,\n"
                     "Kristoffer Böttzauw, har orienteret mig om, at aktørerne har peget på behovet for medfinansiering.")
FOOD_APPOSITION = ("Fødevarestyrelsen har oplyst, at kontrollen er skærpet. Styrelsens vicedirektør, Bjørn Gravgaard\n"
                   "Riis, har over for ministeriet bekræftet, at der er gennemført 412 kontrolbesøg.")


def test_the_name_between_commas_after_a_title() -> None:
    assert [h.value for h in named_persons(ENERGY_APPOSITION)] == ["Kristoffer Böttzauw"]
    assert [h.value for h in named_persons(FOOD_APPOSITION)] == ["Bjørn Gravgaard Riis"]


def test_no_apposition_no_person() -> None:
    # An institution between the commas, or no second comma (the title ends a clause), names no one.
    assert named_persons("Styrelsens direktør, Danmarks Statistik, har oplyst tallene.") == []
    assert named_persons("Sagen er forelagt for styrelsens direktør, Energistyrelsen og Klimarådet.") == []
