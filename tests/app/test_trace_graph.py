"""The Spor page's Graf tab stays readable with many events in one year (session 6): the
events of a year stand under each other, one row per event, so the figure grows in height,
not width, and is never scaled down below its fonts. "fleksjob" on the app's store has
several events in 2012 (seeds 000 and 003) and more placed by their documents."""
from __future__ import annotations

import re
from collections import Counter

from streamlit.testing.v1 import AppTest

from knowledge.app_views import MIN_FONT_SIZE

from .conftest import APP


def _graph(concept: str) -> tuple[str, int, list[str]]:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["side"] = "Spor"
    at.session_state["begreb"] = concept
    at.run()
    assert not at.exception, at.exception
    heads = [m.value for m in at.markdown if m.value.startswith("**")]
    return at.get("graphviz_chart")[0].proto.spec, len(heads), [h[2:].split("**")[0] for h in heads]


def test_events_of_one_year_are_stacked_one_row_each() -> None:
    dot, shown, whens = _graph("fleksjob")
    years = Counter(re.findall(r"\b(?:1[89]|20)\d\d\b", " ".join(whens)))
    assert max(years.values()) >= 2, whens  # the case the tab had to handle: a crowded year
    rows = [row.split("; ") for row in re.findall(r"^\{rank=same; (.*);\}$", dot, re.M)]
    assert len(rows) == shown == len(re.findall(r"^e\d+ \[label=", dot, re.M))
    # Each row has its own node on the axis: rows sharing one (a year's) share a rank, side by side.
    assert len({row[0] for row in rows}) == len(rows)
    # One event per row, beside it only the axis and what replaced it: width stays bounded.
    for row in rows:
        assert len([n for n in row if n.startswith("e")]) == 1 and len(row) <= 3, row
        assert re.fullmatch(r"y\d+(_\d+)?", row[0]), row
    # Each year is written once, at its first row; its further rows are ticks on the axis.
    labels = re.findall(r'^y\d+ \[label="([^"]*)", shape=plaintext', dot, re.M)
    assert len(labels) == len(set(labels))
    ticks = re.findall(r"^y\d+_\d+ \[label=\"\", shape=point", dot, re.M)
    assert len(labels) + len(ticks) == shown


def test_text_is_never_smaller_than_the_minimum() -> None:
    dot, _, _ = _graph("fleksjob")
    sizes = [int(s) for s in re.findall(r"fontsize=(\d+)", dot)]
    assert sizes and min(sizes) >= MIN_FONT_SIZE == 14
    assert re.search(r"^node \[[^]]*fontsize=", dot, re.M) and re.search(r"^edge \[[^]]*fontsize=", dot, re.M)
    # Box labels are wrapped, so a box's width is bounded by its longest line, not its subject.
    boxes = re.findall(r'^[er]\d+ \[label="((?:[^"\\]|\\.)*)"', dot, re.M)
    assert boxes and max(len(line) for b in boxes for line in b.split("\\n")) <= 26

