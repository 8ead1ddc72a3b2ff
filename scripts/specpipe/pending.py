"""``openapi/pending.json``: what the last applied spec update left for people to do.

Written by ``scripts/update-spec`` after every applied update (and after a repair), for the
spec it pinned. Three readers:

- the test suite (``tests/pinned.py``): a new operation may lack a sandbox handler, a
  cassette or a friendly name *only* if it is listed here, so the suite stays green after an
  additive update and still fails when someone adds an operation by hand without them;
- reviewers: ``expected_test_failures`` names the tests the update is expected to break and
  why (the same list as the report);
- the next update: ``known_cassette_failures`` is its baseline, so failures carried over from
  an earlier applied update are shown as known and do not make a later, additive update
  "breaking". ``spec_sha256`` also tells the next run whether the last update completed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from specpipe.atomic import atomic_write_bytes

__all__ = ["LISTS", "SCHEMA", "read_pending", "render_pending", "write_pending"]

SCHEMA = 1
#: the lists the file always has (empty when nothing is pending)
LISTS = (
    "operations_without_sandbox_handler",
    "operations_without_cassette",
    "operations_without_friendly_name",
    "expected_test_failures",
    "known_cassette_failures",
)
COMMENT = (
    "Written by scripts/update-spec for the pinned spec below (docs/update-spec.md): what the "
    "last applied update left to do. Tests allow exactly these gaps; the next update uses "
    "known_cassette_failures as its baseline. Fix an item, then remove it here."
)


def read_pending(path: Path) -> dict[str, Any] | None:
    """The parsed file, or None when it is absent or unreadable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def render_pending(data: Mapping[str, Any]) -> bytes:
    body: dict[str, Any] = {"comment": COMMENT, "schema": SCHEMA}
    body.update({k: v for k, v in data.items() if k not in ("comment", "schema")})
    for key in LISTS:
        body.setdefault(key, [])
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_pending(path: Path, data: Mapping[str, Any]) -> None:
    atomic_write_bytes(Path(path), render_pending(data))
