"""The marks that open an item of a list in a document's text: one definition for the sentence splitter
(danish/sentences.py), the layout readers of extract (extract/list_marks.py builds its item pattern from these) and
the lineage readers of nlp (a bulleted demand, a list member's subject), so that what is a bullet in one is a bullet
in the other, unless a comment says why not.

Here, in danish/, because it is the one package all three may import (danish imports nothing from extract, nlp or
knowledge).
"""
from __future__ import annotations

#: Typographic marks ("•", "●", "▪", "◦", "·"), dashes and the asterisk, and the marks Word lists keep in PDF
#: text: the Symbol-font dots U+F0B7/U+F0A7 (Ballerup and Syddjurs notater). As the body of a regex character
#: class: the hyphen escaped.
BULLET_MARKS = "•●▪◦\\-–*·\uf0b7\uf0a7"
#: The marks a line opens a new sentence at (danish.sentences) and a lineage list item with
#: (nlp/lineage/lists.ITEM): fewer than BULLET_MARKS on purpose (no "●", "◦" nor the Symbol-font dots). With U+F0B7
#: the questions of f14's time plan ("Hvad vil du gerne have opnået i 2017?", under "... med udgangspunkt i
#: nedenstående tidsplan:") become three wrong `introduced` items (session 11's review); the splitter cuts at the
#: lines the item reader reads.
LINE_ITEM_MARKS = "•▪·*\\-–"
