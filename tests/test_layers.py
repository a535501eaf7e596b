"""The layer table of docs/architecture.md, enforced on every import of the package.

The table is read from the document itself, so that the rule and its check never part.
Every import counts: at the top, inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recouvrement_desktop"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
# Modules beside the layers, shared by every layer but the domain.
SHARED = {"__init__", "__main__", "errors", "paths", "logs", "keystore"}
# What the "never" column names, as the top-level packages it means.
FORBIDDEN_PACKAGES = {"qt": "PySide6", "sqlalchemy": "sqlalchemy", "sql": "sqlalchemy"}


@dataclass(frozen=True)
class Rule:
    layer: str
    may_import: frozenset[str]
    stdlib_only: bool
    never_layers: frozenset[str]
    never_packages: frozenset[str]


def _words(cell: str) -> list[str]:
    """The items of a table cell, without their parenthesised remarks."""
    plain = re.sub(r"\([^)]*\)", "", cell).replace("`", "")
    return [item.strip().rstrip("/").lower() for item in plain.split(",") if item.strip()]


def read_rules(text: str) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    header = "| layer | holds | may import | never |"
    lines = text[text.index(header) :].splitlines()[2:]
    for line in lines:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        layer = cells[0].strip("`/ ")
        may, never = _words(cells[2]), _words(cells[3])
        layers = {path.name for path in PACKAGE.iterdir() if path.is_dir()}
        rules[layer] = Rule(
            layer=layer,
            may_import=frozenset(word for word in may if word in layers),
            stdlib_only="standard library only" in may,
            never_layers=frozenset(word for word in never if word in layers),
            never_packages=frozenset(
                FORBIDDEN_PACKAGES[word] for word in never if word in FORBIDDEN_PACKAGES
            ),
        )
    return rules


@dataclass(frozen=True)
class Import:
    module: Path
    line: int
    name: str


def imports_of(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(path, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append(Import(path, node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom):  # relative: resolve against the package
            base = path.relative_to(ROOT).with_suffix("").parts[: -node.level]
            found.append(Import(path, node.lineno, ".".join((*base, node.module or ""))))
    return found


def layer_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def breaks(rules: dict[str, Rule]) -> list[str]:
    """Every import that breaks the table, as "module:line imports name (why)"."""
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = layer_of(path)
        rule = rules.get(layer)
        if rule is None:
            continue  # a shared module
        for each in imports_of(path):
            reason = _reason(rule, each.name)
            if reason:
                where = f"{path.relative_to(ROOT)}:{each.line}"
                found.append(f"{where} imports {each.name} ({reason})")
    return found


def _reason(rule: Rule, name: str) -> str | None:
    top = name.split(".", maxsplit=1)[0]
    if top == "recouvrement_desktop":
        target = name.split(".")[1] if "." in name else "__init__"
        if target == rule.layer:
            return None
        if rule.stdlib_only:
            return f"{rule.layer} imports the standard library only"
        if target in SHARED:
            return None
        if target in rule.never_layers or target not in rule.may_import:
            return f"{rule.layer} may import {', '.join(sorted(rule.may_import))}"
        return None
    if rule.stdlib_only and top not in sys.stdlib_module_names and top != "__future__":
        return f"{rule.layer} imports the standard library only"
    if top in rule.never_packages:
        return f"{rule.layer} never imports {top}"
    return None


@pytest.fixture(scope="module")
def rules() -> dict[str, Rule]:
    return read_rules(ARCHITECTURE.read_text(encoding="utf-8"))


def test_the_table_names_every_layer(rules: dict[str, Rule]) -> None:
    layers = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").exists()}
    assert set(rules) == layers
    assert rules["domain"].stdlib_only
    assert rules["ui"].may_import == {"services", "domain", "i18n"}
    assert "db" in rules["ui"].never_layers and "sqlalchemy" in rules["ui"].never_packages
    assert "PySide6" in rules["services"].never_packages


def test_no_import_breaks_the_layer_table(rules: dict[str, Rule]) -> None:
    assert breaks(rules) == []


def test_the_window_imports_nothing_of_the_database_layer() -> None:
    ui_to_db = [
        f"{each.module.relative_to(ROOT)}:{each.line}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        for each in imports_of(path)
        if each.name.startswith("recouvrement_desktop.db") or each.name.startswith("sqlalchemy")
    ]
    assert ui_to_db == []


def test_a_break_is_found_and_named(rules: dict[str, Rule], tmp_path: Path) -> None:
    """The check itself: imports that break the table, in every form, are reported."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from recouvrement_desktop.db.models import Case\n"
        "def later() -> None:\n"
        "    import sqlalchemy\n"
    )
    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    names = [each.name for each in imports_of(path)]
    assert names == ["typing", "recouvrement_desktop.db.models", "sqlalchemy"]
    assert _reason(rules["ui"], "recouvrement_desktop.db.models")
    assert _reason(rules["ui"], "sqlalchemy")
    assert _reason(rules["domain"], "decimal") is None
    assert _reason(rules["domain"], "babel")
    assert _reason(rules["domain"], "recouvrement_desktop.errors")
    assert _reason(rules["documents"], "recouvrement_desktop.db.models")
    assert _reason(rules["services"], "PySide6.QtCore")
    assert _reason(rules["ui"], "recouvrement_desktop.services.journal") is None


MAX_MODULE_LINES = 600


def test_no_module_is_over_600_lines() -> None:
    """Small rooms: a module that grows past this is split by job."""
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert {path: lines for path, lines in sizes.items() if lines > MAX_MODULE_LINES} == {}
