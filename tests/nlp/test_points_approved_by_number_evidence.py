"""An outcome that approves an indstilling's points by number ("Indstillingens punkt 1 og 3 blev godkendt.",
"Beslutning: Punkt 1 og 2 godkendt.", "Punkt 1 tiltrådt."; probes17 m01, probes24 m02, probes25 01 and 02) tells which
points stand, not what they are: each decided point is the evidence of its own event, the decision line of none."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def _read(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "referat.txt"
    path.write_text(text, encoding="utf-8")
    return [(e.event, e.subject, e.evidence) for e in extract_path(path).flat.lineage_events]


_BSU = """Børne- og Skoleudvalget – referat
Vejen Kommune, 3. marts 2025

7. Ny organisering af dagbehandlingen

Indstilling
Forvaltningen indstiller,
1. at der oprettes et dagbehandlingstilbud på Brørup Skole fra august 2025,
2. at visitationen fremover flyttes til PPR,
3. at den nuværende ordning med fælles kørsel til dagbehandlingen videreføres.

Beslutning
Indstillingens punkt 1 og 3 blev godkendt.
Punkt 2 blev ikke godkendt.
"""


def test_each_point_approved_by_number_is_its_own_evidence(tmp_path: Path) -> None:
    got = _read(tmp_path, _BSU)
    assert ("introduced", "dagbehandlingstilbud på Brørup Skole",
            "1. at der oprettes et dagbehandlingstilbud på Brørup Skole fra august 2025,") in got
    assert ("confirmed", "ordningen med fælles kørsel til dagbehandlingen",
            "3. at den nuværende ordning med fælles kørsel til dagbehandlingen videreføres.") in got


def test_the_numbering_decision_line_is_no_evidence(tmp_path: Path) -> None:
    text = _BSU.replace("Beslutning\nIndstillingens punkt 1 og 3 blev godkendt.", "Beslutning: Punkt 1 og 3 godkendt.")
    assert not [e for e in _read(tmp_path, text) if "godkendt" in e[2]]
    assert not [e for e in _read(tmp_path, _BSU) if "godkendt" in e[2]]
