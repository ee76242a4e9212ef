"""The mark of a list item as the layout readers of extract read it (indicator lists, kommune lists, lists of
people): the marks themselves are danish/list_marks.py's, which the sentence splitter and nlp's lineage readers share.
"""
from __future__ import annotations

from danish.list_marks import BULLET_MARKS

# A mark of a list item as a regex: one of the marks, or Word's second-level "o" before a space or tab
# ("o forløbet tilrettelægges", "o Større aktivitetsniveau ..." in Ballerup and Syddjurs notater).
BULLET = rf"(?:[{BULLET_MARKS}]|o(?=[ \t]))"
