"""A run-in opener that says a thing is new ("Som nyt tiltag", "Som noget nyt"; probes24 m05 and m11, probes17 m11) fills
the first place of a V2 clause: the thing introduced follows the passive verb and is the subject, the opener never."""
from __future__ import annotations

from pathlib import Path

from tests.nlp.notat_events import notat_events

_HEAD = "Notat om budget 2026\nFaxe Kommune, 2. september 2025\n\n"


def test_som_nyt_tiltag_names_the_thing_after_the_verb(tmp_path: Path) -> None:
    got = notat_events(tmp_path, _HEAD, "Som nyt tiltag indføres en naturpulje på 500.000 kr. om året.")
    assert [(kind, subject) for kind, subject, _, _ in got] == [("introduced", "naturpulje på 500.000 kr. om året")]


def test_som_noget_nyt_names_the_thing_after_the_verb(tmp_path: Path) -> None:
    got = notat_events(tmp_path, _HEAD, "Som noget nyt etableres et fælles visitationsforum for de tre kommuner.")
    assert [(kind, subject) for kind, subject, _, _ in got] == [("introduced", "fælles visitationsforum for de tre kommuner")]


def test_an_opener_alone_is_no_subject(tmp_path: Path) -> None:
    got = notat_events(tmp_path, _HEAD, "Som noget nyt har udvalget drøftet sagen på et temamøde.")
    assert not [g for g in got if g[1].lower().startswith("som")]
