"""The log file is for support: where it failed and what kind of error, never the
client data an exception message may quote."""

from __future__ import annotations

import io
import logging

from recouvrement_desktop.logs import PrivateFormatter

SECRET = "Hélène Garçon-Lefèvre, 12 rue de l'Église, 1 234,56 €"


def _refuse_the_row() -> None:
    raise ValueError(f"duplicate key: ({SECRET})")


def _save() -> None:
    try:
        _refuse_the_row()
    except ValueError as error:
        raise RuntimeError(f"could not save {SECRET}") from error


def test_a_logged_exception_keeps_its_place_and_kind_but_not_its_message() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(PrivateFormatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("tests.private")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            _save()
        except RuntimeError:
            logger.exception("operation failed")
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert "Hélène" not in written and "1 234,56" not in written and "Église" not in written
    assert written.startswith("ERROR operation failed\n")
    # Both errors of the chain, the cause first, each with the functions it went through.
    assert written.index("builtins.ValueError (message withheld)") < written.index(
        "builtins.RuntimeError (message withheld)"
    )
    assert "_refuse_the_row" in written and "in _save" in written
    assert "was the direct cause of the following exception" in written
