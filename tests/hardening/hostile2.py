"""Round two of the hostile set (issue 20): files made here, byte by byte, for each case.

PDFs are written by hand (`raw_pdf`) so each carries exactly the defect it tests: no
pages, 100,000 text runs on one page, a flate bomb, a font without a Unicode map.
"""
from __future__ import annotations

import os
import zlib
from pathlib import Path

from .hostile import DANISH

EURO = "Udgiften er 5 € pr. borger i Århus Kommune, og ministeren svarer på spørgsmål om fleksjob.\n"


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given object bodies (object 1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page_pdf(content: bytes, *, font: bytes = HELVETICA, flate: bool = False) -> bytes:
    extra = b""
    if flate:
        content, extra = zlib.compress(content, 9), b"/Filter /FlateDecode"
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                    b"/Resources << /Font << /F1 5 0 R >> >> >>", _stream(content, extra), font])


def zero_page_pdf(folder: Path) -> Path:
    path = folder / "zero_pages.pdf"
    path.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    return path


def many_runs_pdf(folder: Path, runs: int = 100_000) -> Path:
    """One page with `runs` one-letter text runs, each placed on its own."""
    ops = b"".join(b"1 0 0 1 %d %d Tm (x) Tj " % (10 + (i % 150) * 4, 780 - (i // 150) % 190 * 4)
                   for i in range(runs))
    path = folder / "many_runs.pdf"
    path.write_bytes(one_page_pdf(b"BT /F1 4 Tf " + ops + b"ET", flate=True))
    return path


def flate_bomb_pdf(folder: Path, megabytes: int = 2048) -> Path:
    """A content stream of `megabytes` MB of spaces, deflated to about 2 MB."""
    deflate = zlib.compressobj(9)
    block = b" " * (1 << 20)
    data = b"".join(deflate.compress(block) for _ in range(megabytes)) + deflate.flush()
    path = folder / "flate_bomb.pdf"
    path.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                              b"/Resources << /Font << /F1 5 0 R >> >> >>",
                              _stream(data, b"/Filter /FlateDecode"), HELVETICA]))
    return path


def unmapped_font_pdf(folder: Path) -> Path:
    """Text in a font with glyph names pdfium cannot map to Unicode and no ToUnicode map:
    pdfium hands back the codes (1, 2, 3 ...), as for subset fonts of some Word exports."""
    names = b" ".join(b"/g%d" % i for i in range(1, 21))
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /SporbarNoMap /FirstChar 1 /LastChar 40 /Widths ["
            + b"500 " * 40 + b"] /Encoding << /Differences [1 " + names + b"] >> >>")
    codes = bytes([1, 3, 4, 5, 6, 7, 8, 3, 14, 15, 16, 17, 18, 19, 20] * 3)
    ops = b"".join(b"1 0 0 1 72 %d Tm (%s) Tj " % (720 - 16 * i, codes) for i in range(30))
    path = folder / "unmapped_font.pdf"
    path.write_bytes(one_page_pdf(b"BT /F1 12 Tf " + ops + b"ET", font=font))
    return path


def image_pdf(folder: Path, pages: int) -> Path:
    """`pages` image-only pages (a scan), as `hostile.image_only_pdf` but several."""
    from PIL import Image, ImageDraw

    images = []
    for number in range(pages):
        image = Image.new("L", (620, 877), 255)
        ImageDraw.Draw(image).text((50, 50), f"Side {number + 1}: {DANISH.strip()}", fill=0)
        images.append(image)
    path = folder / f"scan_{pages}.pdf"
    images[0].save(path, "PDF", resolution=75, save_all=True, append_images=images[1:])
    return path


def fifo(folder: Path, name: str = "pipe.txt") -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def link(folder: Path, name: str, target: str | Path) -> Path:
    path = folder / name
    path.symlink_to(target)
    return path


def memory_batch(folder: Path) -> list[Path]:
    """Round one and round two of the hostile set in one folder's subfolders, for the
    memory budget (test_round_two and bench/ingest_memory.py): one of each case."""
    from . import hostile

    files = list(hostile.make_all(folder / "one").values())
    two = folder / "two"
    two.mkdir(parents=True)
    files += [zero_page_pdf(two), many_runs_pdf(two), flate_bomb_pdf(two), unmapped_font_pdf(two), fifo(two),
              link(two, "zero.txt", "/dev/zero"), link(two, "loop.txt", "loop.txt")]
    sentence = DANISH.strip() + " "
    made = {"spaces.txt": DANISH + " " * 100_000 + "\n" + DANISH,
            "ws_run.txt": DANISH * 100 + " \t" * 2_500_000 + "x\n",
            "paragraph_4mb.txt": sentence * 50_000, "paragraph_20mb.txt": sentence * 240_000,
            "paragraph_20mb.html": "<p>" + sentence * 240_000 + "</p>", "formfeeds.txt": DANISH + "\f" * 100_000,
            "word_200k.txt": DANISH + "a" * 200_000 + " slut.\n"}
    for name, text in made.items():
        (two / name).write_text(text, encoding="utf-8")
        files.append(two / name)
    sparse = two / "sparse.txt"
    with sparse.open("wb") as handle:
        handle.truncate(3 * 1024 ** 3)
    files.append(sparse)
    return [f for f in files if not f.is_dir()]
