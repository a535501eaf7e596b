"""Drawn signatures: strokes as the signature pad recorded them, plain values.

The window's pad produces them, the agreement document draws them, the snapshot keeps
them; nothing here draws or stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["Point", "Polyline", "Signature", "Signatures"]

Point = tuple[float, float]
Polyline = tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Signature:
    """A drawn signature: polylines of points in a normalised box.

    ``x`` and ``y`` lie in ``0..1`` with the origin at the top left and ``y`` going
    down, as on the signature pad; ``aspect`` is the pad's width / height, kept when
    the strokes are drawn into the document's signature block.
    """

    strokes: tuple[Polyline, ...]
    aspect: float = 3.0
    signed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Signatures:
    client: Signature | None = None
    officer: Signature | None = None
