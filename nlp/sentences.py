"""Sentence spans of a normalised Danish text: the splitter and its abbreviation list live
in `danish.sentences` (one copy for every package)."""
from __future__ import annotations

from danish.sentences import ABBREVIATIONS, is_insertion_dash, sentence_spans

__all__ = ["ABBREVIATIONS", "is_insertion_dash", "sentence_spans"]
