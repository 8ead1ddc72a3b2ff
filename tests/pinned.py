"""Facts about the pinned spec, read from ``openapi/`` (never hard-coded in tests).

``scripts/update-spec`` replaces the pin, with or without a version bump, so a test that spells
out the pin's sha256, version or operation count fails on the next update for no reason.
Tests take those facts from here instead. Two historical files keep fixed identities
(:data:`HISTORICAL`): tests about the real 1.0.2 → 1.0.3 change find them by sha256 wherever
they are pinned (the pin or ``openapi/history/``).

:func:`pending` is what the last applied update left for people to do (``openapi/pending.json``,
written by ``scripts/update-spec``): new operations without a sandbox handler, a cassette or a
friendly name, tests expected to fail, known cassette failures. It only counts when it was
written for the spec that is pinned now.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
OPENAPI = ROOT / "openapi"
PIN_PATH = OPENAPI / "numbers.yaml"
LOCK_PATH = OPENAPI / "spec.lock.json"
PENDING_PATH = OPENAPI / "pending.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

#: info.version -> sha256 of files whose content is history (they never change)
HISTORICAL = {
    "1.0.2": "897525ab0846d9ca8b1334671481accff884f303fd0a0d4b4df8c3c1c366d81f",
    "1.0.3": "4337c4845d45dd91916479f83748f835bdfa600fb2a2938f48a799aa0028882c",
}

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PIN_BYTES = PIN_PATH.read_bytes()
PIN_SHA = hashlib.sha256(PIN_BYTES).hexdigest()


@functools.cache
def _pin_doc() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.load(PIN_BYTES, Loader=_LOADER)
    return doc


def pin_doc() -> dict[str, Any]:
    """The parsed pin (shared: do not mutate; deep-copy to make a variant)."""
    return _pin_doc()


PIN_VERSION = str(pin_doc()["info"]["version"])


def operation_ids(doc: dict[str, Any] | None = None) -> list[str]:
    """operationIds of ``doc`` (default: the pin), in document order."""
    found = []
    for item in ((doc or pin_doc()).get("paths") or {}).values():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict) and op.get("operationId"):
                found.append(str(op["operationId"]))
    return found


OPERATION_IDS = operation_ids()


def lock() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(LOCK_PATH.read_text(encoding="utf-8"))
    return data


def historical_path(version: str) -> Path:
    """The pinned file (current or history) holding the historical ``version``."""
    sha = HISTORICAL[version]
    for rel, entry in lock().items():
        if entry.get("sha256") == sha and (ROOT / rel).is_file():
            return ROOT / rel
    for path in [PIN_PATH, *sorted((OPENAPI / "history").glob("*.yaml"))]:
        if hashlib.sha256(path.read_bytes()).hexdigest() == sha:
            return path
    raise LookupError(f"no pinned file holds {version} (sha256 {sha[:12]})")


def historical(version: str) -> bytes:
    return historical_path(version).read_bytes()


_EMPTY_PENDING: dict[str, Any] = {
    "operations_without_sandbox_handler": [],
    "operations_without_cassette": [],
    "operations_without_friendly_name": [],
    "expected_test_failures": [],
    "known_cassette_failures": [],
}


def pending(path: Path = PENDING_PATH, pin_sha: str = PIN_SHA) -> dict[str, Any]:
    """``openapi/pending.json`` if it was written for the current pin, else nothing pending."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return dict(_EMPTY_PENDING)
    if data.get("spec_sha256") != pin_sha:
        return dict(_EMPTY_PENDING)
    return {**_EMPTY_PENDING, **data}
