"""The marks that open an item of a list in a document's text: one definition for the layout readers of extract
(indicator lists, kommune lists, lists of people) and the lineage readers of nlp (a bulleted demand, a list
member's subject), so that what is a bullet in one is a bullet in the other.
"""
from __future__ import annotations

# Typographic marks ("•", "●", "▪", "◦", "·"), dashes and the asterisk, and the marks Word lists keep in PDF text:
# the Symbol-font dots U+F0B7/U+F0A7 (Ballerup and Syddjurs notater). As the body of a regex character class:
# the hyphen escaped.
BULLET_MARKS = "•●▪◦\\-–*·\uf0b7\uf0a7"
# A mark of a list item as a regex: one of the marks, or Word's second-level "o" before a space or tab
# ("o forløbet tilrettelægges", "o Større aktivitetsniveau ..." in Ballerup and Syddjurs notater).
BULLET = rf"(?:[{BULLET_MARKS}]|o(?=[ \t]))"
