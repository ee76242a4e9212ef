"""Domain exceptions. The library raises these; only the CLI maps them to exit codes.

Every message names the file, the problem and what the user can do about it, so a
line in a batch summary is enough to act on.
"""
from __future__ import annotations

from pathlib import Path

from .names import shown, source_name


class SporbarError(Exception):
    """Base class for every error Sporbar raises on purpose."""

    exit_code = 1
    advice = ""

    def __init__(self, source: str | Path, problem: str, *, advice: str | None = None) -> None:
        self.source = source_name(source)  # valid Unicode, for stores and JSON
        self.shown_source = shown(source)  # quoted when it holds control characters
        self.problem = problem
        self.advice_text = advice if advice is not None else self.advice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        tail = f"; {self.advice_text}" if self.advice_text else ""
        return f"{self.shown_source}: {self.problem}{tail}"


class UnreadableFile(SporbarError):
    """The file cannot be opened or read (missing, permissions, vanished mid-batch)."""

    exit_code = 3
    advice = "check that the path exists and is readable"


class UnsupportedFormat(SporbarError):
    """The extension is not one Sporbar reads."""

    exit_code = 4
    advice = "convert it to PDF, Word, OpenDocument, HTML or UTF-8 text (.pdf, .docx, .odt, .html, .htm, .txt, .md)"


class EmptyDocument(SporbarError):
    """The file holds no text at all (zero bytes, or only whitespace)."""

    exit_code = 5
    advice = "check the download; the file is empty"


class CorruptDocument(SporbarError):
    """The bytes do not form a readable document of the claimed type."""

    exit_code = 6
    advice = "download the file again or open and re-save it"


class EncryptedDocument(SporbarError):
    """The PDF is password protected."""

    exit_code = 7
    advice = "remove the password (e.g. qpdf --decrypt) and try again"


class NeedsOcr(SporbarError):
    """Pages carry only images; text must come from OCR."""

    exit_code = 8
    advice = "install the 'ocr' extra and Debian's tesseract-ocr-dan, then retry"


class TooLarge(SporbarError):
    """The file is over the size or page limit."""

    exit_code = 9
    advice = "split the file or raise the limit with --max-mb/--max-pages"


class UnknownKind(SporbarError):
    """No parser is registered for a document kind."""

    exit_code = 10
    advice = ""


class StoreError(SporbarError):
    """The knowledge store cannot be opened or written."""

    exit_code = 11
    advice = "check the --db path (or SPORBAR_DB) and its permissions"


#: Documented exit codes, for `--help` texts and the README.
# `extract` exits with a file error's own code when every file it was given failed for
# that one reason (a single encrypted PDF gives 7), and with 1 for any other mix.
EXIT_CODES: dict[int, str] = {
    0: "everything succeeded",
    1: "some files were skipped (each named on stderr with the problem and what to do)",
    2: "usage error (bad option or argument)",
    UnreadableFile.exit_code: "a file could not be read",
    UnsupportedFormat.exit_code: "unsupported file type",
    EmptyDocument.exit_code: "empty file",
    CorruptDocument.exit_code: "corrupt or binary file",
    EncryptedDocument.exit_code: "encrypted PDF",
    NeedsOcr.exit_code: "scanned PDF without text layer",
    TooLarge.exit_code: "file over the size or page limit",
    StoreError.exit_code: "the knowledge store could not be used",
    12: "a publisher's service (Folketinget's ODA) could not be reached or answered badly",
}
