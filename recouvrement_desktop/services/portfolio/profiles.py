"""Mapping profiles read from their TOML files (docs/import-format.md); two examples
ship under ``resources/import/profiles``."""

from __future__ import annotations

import tomllib
from pathlib import Path

from recouvrement_desktop.domain.import_profile import ImportProfile, profile_from
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.portfolio.reading import PortfolioFileError

__all__ = ["load_profile"]


def load_profile(path: Path) -> ImportProfile:
    """The profile of *path*; a file that cannot be read or parsed is refused here, a
    setting that makes no sense by ``ProfileError`` naming it."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as error:
        raise PortfolioFileError(
            QT_TRANSLATE_NOOP("Import", "The profile {path} cannot be read: {reason}"),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise PortfolioFileError(
            QT_TRANSLATE_NOOP("Import", "The profile {path} is not valid TOML: {reason}"),
            path=str(path),
            reason=str(error),
        ) from None
    return profile_from(data, default_name=path.stem)
