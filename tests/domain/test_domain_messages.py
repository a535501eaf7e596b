"""Static checks of the domain package: purity and translatable messages.

* the domain imports only the standard library and itself (no Qt, no SQLAlchemy);
* every message is a literal ``QT_TRANSLATE_NOOP("Domain", "...")`` call, so Qt's
  lupdate extracts it, and its ``{placeholders}`` are exactly the parameters given.
"""

from __future__ import annotations

import ast
import string
import sys
from pathlib import Path

import pytest

import recouvrement_desktop.domain as domain_package
from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError

DOMAIN_DIR = Path(domain_package.__file__).parent
SOURCES = sorted(DOMAIN_DIR.glob("*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_domain_imports_only_stdlib_and_itself(path: Path) -> None:
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert (
                top == "__future__"
                or top in sys.stdlib_module_names
                or (name.startswith("recouvrement_desktop.domain"))
            ), f"{path.name} imports {name}"


def _placeholders(source: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(source) if field}


def _noop_calls(tree: ast.Module) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_messages_are_literal_and_in_the_domain_context(path: Path) -> None:
    for call in _noop_calls(_tree(path)):
        assert len(call.args) == 2
        context, source = call.args
        assert isinstance(context, ast.Constant)
        assert context.value == "Domain"
        assert isinstance(source, ast.Constant)
        assert isinstance(source.value, str)
        assert source.value.strip() == source.value


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_placeholders_match_the_parameters(path: Path) -> None:
    """A message passed to a call is followed by the literal dict of its parameters."""
    checked = 0
    for node in ast.walk(_tree(path)):
        if not isinstance(node, ast.Call):
            continue
        for index, arg in enumerate(node.args):
            if not (
                isinstance(arg, ast.Call)
                and isinstance(arg.func, ast.Name)
                and arg.func.id == "QT_TRANSLATE_NOOP"
            ):
                continue
            source = arg.args[1]
            assert isinstance(source, ast.Constant)
            wanted = _placeholders(str(source.value))
            params = node.args[index + 1] if len(node.args) > index + 1 else None
            if params is None:
                assert not wanted, f"{path.name}: {source.value!r} has no parameters"
            else:
                assert isinstance(params, ast.Dict), f"{path.name}: {source.value!r}"
                keys = {k.value for k in params.keys if isinstance(k, ast.Constant)}
                assert keys == wanted, f"{path.name}: {source.value!r}"
            checked += 1
    if path.name in {"schedule.py", "rescheduling.py", "guardrails.py", "money.py"}:
        assert checked > 0


def test_every_raise_of_domain_error_uses_the_marker() -> None:
    for path in SOURCES:
        if path.name == "errors.py":  # the class itself and its unpickling helper
            continue
        for node in ast.walk(_tree(path)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "DomainError"
            ):
                first = node.args[0]
                assert isinstance(first, ast.Call), path.name
                assert isinstance(first.func, ast.Name)
                assert first.func.id == "QT_TRANSLATE_NOOP", path.name


def test_marker_is_a_no_op_and_errors_carry_source_and_params() -> None:
    assert QT_TRANSLATE_NOOP("Domain", "Some {thing}") == "Some {thing}"
    error = DomainError("Term must be between 1 and {max} instalments", {"max": 600})
    assert error.message == "Term must be between 1 and {max} instalments"
    assert error.params == {"max": 600}
    assert str(error) == "Term must be between 1 and 600 instalments"
