"""Commands registered on the sporbar CLI (filled in by its issue)."""
from __future__ import annotations

from .cli import app  # noqa: F401
