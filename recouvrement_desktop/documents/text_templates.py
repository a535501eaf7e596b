"""What letter templates and call scripts share once their header is read: one
sandboxed template engine for plain text, and the tidying of what it renders."""

from __future__ import annotations

import functools
import re

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

__all__ = ["sandbox", "tidy"]


@functools.cache
def sandbox() -> SandboxedEnvironment:
    # Plain text, escaped where it is shown (a PDF paragraph, a label): no autoescape.
    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def tidy(text: str) -> str:
    """Blank lines normalised (a ``{% if %}`` line leaves one behind)."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
