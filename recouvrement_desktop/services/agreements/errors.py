"""Errors of the agreement services, translated in the "Agreements" context."""

from __future__ import annotations

from recouvrement_desktop.errors import UserFacingError

__all__ = ["AgreementError", "ScanError"]


class AgreementError(UserFacingError):
    context = "Agreements"


class ScanError(AgreementError):
    """The scan of a countersigned paper is refused (empty, too large, wrong type)."""
