"""Writing an export to the file a user named (--out): whole or not at all, and a clear
error naming the file when it cannot be written (a missing folder, a folder named as the
file, no permission, a full disk), raised here and turned into an exit code by the CLI."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from extract.errors import SporbarError


class OutputError(SporbarError):
    """An output file cannot be written."""

    exit_code = 1
    advice = "give --out a file in an existing folder you may write to"


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` to write to; it becomes `target` when the block ends
    without error, so no half-written export is ever left (nor the temporary file when
    writing fails). An OSError on the way is raised as OutputError naming `target`."""
    tmp = target.with_name(f".{target.name[:80]}.tmp")
    try:
        if target.is_dir():
            raise IsADirectoryError(21, "it is a folder")
        yield tmp
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(target, f"cannot write this output file ({exc.strerror or exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(target: Path, text: str) -> None:
    """`text` as UTF-8 into `target`, whole or not at all (`replacing`)."""
    with replacing(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
