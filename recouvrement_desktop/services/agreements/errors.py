"""Errors of the agreement services, translated in the "Agreements" context."""

from __future__ import annotations

from recouvrement_desktop.errors import UserFacingError

__all__ = ["AgreementError", "PdfRemovedError", "ScanError"]


class AgreementError(UserFacingError):
    context = "Agreements"


class ScanError(AgreementError):
    """The scan of a countersigned paper is refused (empty, too large, wrong type)."""


class PdfRemovedError(AgreementError):
    """The agreement's sealed PDF was removed by the retention policy (its hash stays)."""

    exit_code = 2  # refused: there is no file to give
