"""The report contract (JSON keys) and the Markdown summary, on hand-made report dicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .helpers import ROOT

from specpipe.report import (  # isort: skip
    MAX_MARKDOWN_CHARS,
    REQUIRED_KEYS,
    render_json,
    render_markdown,
    write_json,
)


def report(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "source": "https://example.test/numbers.yaml",
        "source_reachable": True,
        "old": {"version": "1.0.2", "sha256": "a" * 64},
        "new": {"version": "1.0.3", "sha256": "b" * 64},
        "changed": True,
        "changes": [
            {
                "severity": "breaking",
                "kind": "operation-removed",
                "location": "GET /v1/x",
                "detail": "Operation X removed; gone.",
            },
            {
                "severity": "non-breaking",
                "kind": "parameter-added",
                "location": "GET /v1/y param a|b",
                "detail": "Optional query parameter `a|b` added; fine.",
            },
            {
                "severity": "info",
                "kind": "info-version-changed",
                "location": "info.version",
                "detail": "info.version 1.0.2 → 1.0.3; informational.",
            },
        ],
        "api_breaks": [{"kind": "object-removed", "object": "pkg.x", "detail": "removed: pkg.x"}],
        "regenerated": True,
        "cassettes": {"passed": 2, "failed": 1, "failures": ["case_1: KeyError 'id'"]},
        "summary": {"breaking": 1, "non-breaking": 1, "info": 1},
        "exit_status": 3,
        "history_file": "openapi/history/numbers-1.0.2.yaml",
        "new_operations": [
            {"operation_id": "GetThing", "facade": "things.get", "needs_friendly_name": True}
        ],
        "needs_friendly_name": ["GetThing"],
        "api_compare": {"status": "ok"},
        "notes": [],
        "error": None,
    }
    base.update(overrides)
    return base


def test_breaking_markdown_has_every_section() -> None:
    text = render_markdown(report())
    assert text.startswith("# Sinch Numbers spec update 1.0.2 → 1.0.3: 1 breaking change\n")
    assert "| sha256 | `aaaaaaaaaaaa` | `bbbbbbbbbbbb` |" in text
    for heading in (
        "## Breaking changes (1)",
        "## Non-breaking changes (1)",
        "## Info (1)",
        "## Public API breaks in `sinch_numbers_api` (1)",
        "## Cassette replay",
        "## Facade",
        "## CHANGELOG draft",
    ):
        assert heading in text
    assert "`a\\|b`" in text  # pipes escaped inside table cells
    assert "passed **2**, failed **1**" in text and "case_1: KeyError" in text
    assert "`client.things.get`" in text and "generator/facade.yaml" in text
    assert "- **Breaking**: Operation X removed." in text


@pytest.mark.parametrize(
    ("overrides", "headline"),
    [
        ({"changed": False, "changes": []}, "# Sinch Numbers spec: no change (1.0.2)"),
        (
            {"changed": False, "source_reachable": False},
            "# Sinch Numbers spec: source unreachable, kept the pinned 1.0.2",
        ),
        ({"error": "invalid spec from x: no paths"}, "# Sinch Numbers spec update failed"),
        (
            {"summary": {"breaking": 0}, "exit_status": 0, "new": {"version": "1.0.2"}},
            "# Sinch Numbers spec update 1.0.2 → 1.0.2 (info.version not bumped): non-breaking",
        ),
    ],
    ids=["no-change", "unreachable", "error", "unbumped"],
)
def test_headlines(overrides: dict[str, Any], headline: str) -> None:
    assert render_markdown(report(**overrides)).startswith(headline + "\n")


def test_markdown_is_capped_for_pull_request_bodies() -> None:
    many = [
        {
            "severity": "breaking",
            "kind": "schema-removed",
            "location": f"c.{i}",
            "detail": "x" * 300,
        }
        for i in range(400)
    ]
    text = render_markdown(report(changes=many, summary={"breaking": 400}))
    assert len(text) <= MAX_MARKDOWN_CHARS
    assert "more in the JSON report" in text


def test_json_requires_the_contract_keys(tmp_path: Path) -> None:
    data = report()
    path = tmp_path / "r.json"
    write_json(path, data)
    assert json.loads(path.read_text("utf-8")) == data
    assert path.read_bytes().endswith(b"}\n")
    for key in REQUIRED_KEYS:
        broken = dict(data)
        del broken[key]
        with pytest.raises(ValueError, match=key):
            render_json(broken)


def test_committed_example_follows_the_contract() -> None:
    example = json.loads(
        (ROOT / "docs" / "examples" / "report-1.0.2-to-1.0.3.json").read_text("utf-8")
    )
    assert set(REQUIRED_KEYS) <= set(example)
    assert isinstance(example["source_reachable"], bool) and isinstance(example["changed"], bool)
    assert set(example["old"]) == set(example["new"]) == {"version", "sha256"}
    assert {"passed", "failed", "failures"} <= set(example["cassettes"])
    for change in example["changes"]:
        assert set(change) == {"severity", "kind", "location", "detail"}
    assert example["exit_status"] == 3


def test_docs_only_headline_does_not_say_non_breaking() -> None:
    docs = [
        {
            "severity": "info",
            "kind": "docs-only",
            "location": "(document)",
            "detail": "Only descriptions changed; fine.",
        }
    ]
    text = render_markdown(
        report(changes=docs, summary={"breaking": 0, "non-breaking": 0, "info": 1}, exit_status=0)
    )
    assert text.startswith("# Sinch Numbers spec update 1.0.2 → 1.0.3: docs-only\n")


def test_dry_run_changelog_does_not_claim_a_regeneration() -> None:
    text = render_markdown(report(dry_run=True, regenerated=False))
    assert "dry run: not pinned or regenerated yet" in text
    assert "client regenerated" not in text
    assert "client regenerated" in render_markdown(report())


def _cassettes() -> dict[str, Any]:
    def finding(cassette: str, operation: str, role: str, change: str) -> dict[str, Any]:
        return {
            "cassette": cassette,
            "operation_under_test": "X",
            "interaction": 1,
            "operation": operation,
            "role": role,
            "kind": "response",
            "change": change,
            "detail": f"{change} in {cassette}",
        }

    behaviour = [finding("get_a", "GetA", "under-test", "unmodelled-field")]
    removed = [finding("rent_any", "RentAny", "under-test", "operation-missing")]
    setup = [finding(f"c{i}", "RentAny", "setup", "operation-missing") for i in range(3)]
    known = [{**finding("old", "Old", "under-test", "type-changed"), "known_since": "1.0.2"}]
    return {
        "passed": 20,
        "failed": 6,
        "failures": ["(lines)"],
        "findings": behaviour + removed + setup + known,
        "behaviour_changes": behaviour,
        "removed_under_test": removed,
        "setup_needs": [
            {
                "operation": "RentAny",
                "changes": ["operation-missing"],
                "cassettes": ["c0", "c1", "c2"],
                "detail": "no operation",
            }
        ],
        "known": known,
        "stale_declarations": [],
        "failed_new": 5,
        "failed_known": 1,
    }


def test_cassette_section_separates_behaviour_setup_and_known_with_the_json_counts() -> None:
    data = report(cassettes=_cassettes())
    text = render_markdown(data)
    cassettes = data["cassettes"]
    assert (
        f"passed **{cassettes['passed']}**, failed **{cassettes['failed']}** (new with this "
        f"update: **{cassettes['failed_new']}**, known from an earlier update: "
        f"**{cassettes['failed_known']}**)"
    ) in text
    counts = {
        "### Behaviour changes of the operation under test": len(cassettes["behaviour_changes"]),
        "### Cassettes that test a removed operation": len(cassettes["removed_under_test"]),
        "### Known failures carried from an earlier update": len(cassettes["known"]),
    }
    for heading, count in counts.items():
        assert f"{heading} ({count})" in text
    assert "### Setup noise: 1 operation(s) in the setup of 3 cassette(s)" in text
    assert "- setup needs `RentAny` (operation-missing): `c0`, `c1`, `c2`" in text
    # each finding once: the setup cassettes are not listed as behaviour changes
    assert text.count("`c1`") == 1


def test_tests_expected_to_fail_are_listed_with_their_reason() -> None:
    expected = [{"test": f"tests/t.py::test_{i}", "reason": f"uses X{i}"} for i in range(3)]
    text = render_markdown(report(expected_test_failures=expected))
    assert "## Tests expected to fail (3)" in text
    assert "| `tests/t.py::test_2` | uses X2 |" in text


def test_sandbox_section() -> None:
    ok = {"status": "ok", "unhandled_operations": ["ListThings"], "detail": "served 1.0.4"}
    text = render_markdown(report(sandbox=ok))
    assert "No handler yet, answers 501 (1): `ListThings`" in text
    down = {"status": "failed", "unhandled_operations": [], "detail": "KeyError: 'x'"}
    assert "**Does not start**: KeyError: 'x'" in render_markdown(report(sandbox=down))


def test_repair_is_said_first() -> None:
    text = render_markdown(
        report(changed=False, changes=[], regenerated=True, repair=["regenerated generated/"])
    )
    assert text.startswith("# Sinch Numbers spec: repaired the checkout (1.0.3)\n")
    assert "> **Repair:** regenerated generated/" in text
