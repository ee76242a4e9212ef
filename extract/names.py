"""File names as text: what a path is called in records, stores and messages.

POSIX file names are bytes. Python keeps bytes that are not UTF-8 as lone surrogates
(PEP 383), which no JSON encoder, SQLite binding or UTF-8 terminal accepts. Records and
stores keep `source_name` (bad bytes as the visible escape `\\xff`); messages show
`shown`, which also escapes control characters, so a newline in a name cannot forge a
second line of a report and an escape sequence cannot reach the terminal.
"""
from __future__ import annotations

import os
from pathlib import Path


def source_name(path: str | Path) -> str:
    """The path as valid Unicode: bytes that are not UTF-8 become `\\xNN` escapes."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _printable(ch: str) -> bool:
    return ch.isprintable() or ch == " "


def shown(path: str | Path) -> str:
    """A name for a one-line message: as it is when it is plain, else quoted with every
    control character and undecodable byte escaped ("a\\nb.txt")."""
    text = os.fspath(path)
    if all(_printable(ch) and not _surrogate(ch) for ch in text):
        return text
    escaped = "".join(ch if _printable(ch) and not _surrogate(ch) and ch not in '"\\' else _escape(ch)
                      for ch in text)
    return f'"{escaped}"'


def _surrogate(ch: str) -> bool:
    return "\ud800" <= ch <= "\udfff"


def _escape(ch: str) -> str:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\"}
    if ch in named:
        return named[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
