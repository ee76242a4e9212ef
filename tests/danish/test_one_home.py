"""Danish knowledge is defined once: no module outside danish/ carries its own month names,
date patterns or abbreviation list (issue 12). The allowlist names the known remaining copies in files other
engineers are rewriting this session; the lead shrinks it at merge."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("extract", "nlp", "knowledge")

# Three or more month names in one source line: a month table or a month alternation
# (a docstring citing "28. september 2017" and "2. november" is no table).
_MONTH_WORDS = re.compile(r"\b(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b",
                          re.IGNORECASE)
# The fingerprints of a date regex: day-month-year digits or ISO dates, as regex source.
_DATE_PATTERN = re.compile(r"""\\d\{1,2\}\)?(?:\[[-./\\]+\]|[-/]|\\\.)(?:\(\?P<\w+>|\()?\\d\{1,2\}|\\d\{4\}\)?-(?:\(\?P<\w+>|\()?\\d\{2\}\)?-(?:\(\?P<\w+>|\()?\\d\{2\}""")

# Four or more dotted-abbreviation words on one line: an abbreviation list (danish.sentences).
_ABBREVIATION_WORDS = re.compile(r"(?:(?<![\w\\])|(?<=\\b))(?:jf|bl|pct|osv|dvs|mv|ca|evt|inkl|ift|vedr|hhv|gnsn|stk)(?!\w)")

ALLOWLIST: dict[str, str] = {}  # every copy is gone; a new one must move to danish/ instead


def _offences(path: Path) -> set[str]:
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        code = line.split("#", 1)[0] if not line.lstrip().startswith(("r\"", "\"", "rf\"")) else line
        if len(set(m.lower() for m in _MONTH_WORDS.findall(code))) >= 3 and ('"' in code or "'" in code):
            found.add("months")
        if _DATE_PATTERN.search(code):
            found.add("dates")
        abbreviations = len(set(_ABBREVIATION_WORDS.findall(code)))
        if abbreviations >= 6 or (abbreviations >= 4 and ('"' in code or "'" in code)):
            found.add("abbreviations")
    return found


def _modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")) + [ROOT / "app_streamlit.py"]


def test_no_module_outside_danish_defines_month_names_or_date_patterns() -> None:
    offenders = {}
    for path in _modules():
        rel = path.relative_to(ROOT).as_posix()
        found = _offences(path)
        allowed = set(filter(None, ALLOWLIST.get(rel, "").split(",")))
        if found - allowed:
            offenders[rel] = sorted(found - allowed)
    assert not offenders, f"define these in danish/ and import them: {offenders}"


def test_allowlist_names_only_remaining_copies() -> None:
    # When a copy is replaced by an import, its allowlist entry must go too.
    stale = {rel: sorted(set(kinds.split(",")) - _offences(ROOT / rel)) for rel, kinds in ALLOWLIST.items()}
    assert not {rel: kinds for rel, kinds in stale.items() if kinds}, stale


def test_the_detector_finds_a_copy(tmp_path: Path) -> None:
    # The check itself must be able to fail: the copies issue 12 found are caught.
    sample = tmp_path / "copy.py"
    sample.write_text('_MONTHS = ("januar februar marts april maj juni juli").split()\n'
                      'NUMERIC_DATE = re.compile(r"\\b(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})\\b")\n'
                      'ISO_DATE = re.compile(r"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")\n', encoding="utf-8")
    assert _offences(sample) == {"months", "dates"}
    sample.write_text('_ABBREV_DOT = re.compile(r"(?:\\bgnsn|\\bpct|\\bosv|\\bbl\\.a|\\bfx|\\bca|\\bjf)\\.$")\n', encoding="utf-8")
    assert _offences(sample) == {"abbreviations"}
    sample.write_text('ABBREVIATIONS = frozenset("""\nnr jf bl a fx f eks mv m fl pct ca stk d kr mio mia dvs evt\n""".split())\n',
                      encoding="utf-8")
    assert _offences(sample) == {"abbreviations"}
    sample.write_text("samling = re.compile(r'(?:19|20)\\d{2}-\\d{2}')  # a samling, not a date\n", encoding="utf-8")
    assert _offences(sample) == set()


def test_danish_is_the_bottom_layer() -> None:
    # extract, nlp and knowledge build on danish/; it imports none of them.
    for path in sorted((ROOT / "danish").rglob("*.py")):
        imports = re.findall(r"^\s*(?:from|import)\s+([\w.]+)", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert not [m for m in imports if m.split(".")[0] in PACKAGES], path
