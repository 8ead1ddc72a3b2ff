"""Tests never import a generated endpoint module when they are collected (a spec update that
removes an operation must fail the tests that use it, not stop pytest from collecting any)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from generated_operations import module_name, operation
from pinned import OPERATION_IDS

TESTS = Path(__file__).resolve().parent


def _top_level_operation_imports(path: Path) -> list[str]:
    """``sinch_numbers_api.api.<tag>[.<module>]`` imports at module level (not in functions)."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        found += [n for n in names if n.startswith("sinch_numbers_api.api.")]
    return found


def test_no_test_module_imports_an_endpoint_module_at_collection() -> None:
    offenders = {
        str(path.relative_to(TESTS)): found
        for path in sorted(TESTS.rglob("*.py"))
        if (found := _top_level_operation_imports(path))
    }
    assert offenders == {}, "use generated_operations.operation(operationId) instead"


def test_an_operation_resolves_when_used() -> None:
    op_id = OPERATION_IDS[0]
    lazy = operation(op_id)
    assert lazy._module is None  # nothing imported yet
    assert callable(lazy.sync_detailed)
    assert lazy.module().__name__ == module_name(op_id)


def test_a_removed_operation_fails_the_test_that_uses_it_by_name() -> None:
    lazy = operation("NumberService_WithdrawnUpstream")  # creating it is fine (collection)
    with pytest.raises(pytest.fail.Exception, match="NumberService_WithdrawnUpstream is not in"):
        lazy.sync_detailed  # noqa: B018
