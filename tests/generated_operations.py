"""Generated endpoint modules, imported when a test *runs*, never when it is collected.

A spec update can remove an operation; a test module that imported its generated module at
the top would then fail to import, pytest would report a collection error and run nothing at
all. ``operation("NumberService_RentNumber")`` returns a stand-in whose attributes
(``.sync``, ``.sync_detailed``, ...) import the real module on first use; an operation the
pinned spec no longer has fails just the tests that use it, by name::

    number_service_rent_number = operation("NumberService_RentNumber")

    def test_rent(client):
        number_service_rent_number.sync(...)   # imported here

``scripts/update-spec`` finds these calls by their operationId and lists the tests that will
fail (openapi/pending.json, the report).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import pytest
from pinned import HTTP_METHODS, PIN_SHA, PIN_VERSION, pin_doc

__all__ = ["LazyOperation", "module_name", "operation"]


def _snake(value: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(value))


def module_name(operation_id: str) -> str | None:
    """``sinch_numbers_api.api.<tag>.<operationId>`` for an operation of the pin, else None."""
    for item in (pin_doc().get("paths") or {}).values():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                tag = (op.get("tags") or ["default"])[0]
                return f"sinch_numbers_api.api.{_snake(tag)}.{_snake(operation_id)}"
    return None


class LazyOperation:
    """Stands in for a generated endpoint module until an attribute is used."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id
        self._module: ModuleType | None = None

    def module(self) -> ModuleType:
        if self._module is None:
            name = module_name(self.operation_id)
            if name is None:
                pytest.fail(
                    f"{self.operation_id} is not in the pinned spec {PIN_VERSION} (sha256 "
                    f"{PIN_SHA[:12]}): remove or rewrite this test of a removed operation",
                    pytrace=False,
                )
            self._module = importlib.import_module(name)
        return self._module

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self.module(), attribute)

    def __repr__(self) -> str:
        return f"operation({self.operation_id!r})"


def operation(operation_id: str) -> LazyOperation:
    return LazyOperation(operation_id)
