"""The cross-version matrix: every cassette replayed with the low-level functions generated from
EVERY pinned spec (openapi/spec.lock.json: the current numbers.yaml and openapi/history/*).

Each spec is generated once per session into a temporary directory (``scripts/regenerate
--spec ... --output ...``, in parallel) and replayed in a subprocess whose ``PYTHONPATH`` is
that directory (``lowlevel.py`` via ``replay.run_lowlevel``). A cassette must replay
identically (same request on the wire, same parsed values) unless ``expected_differences.yaml``
declares how it differs for that version; a declaration that no longer differs fails as well.
"""

from __future__ import annotations

import json
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from . import replay
from .wire import CASSETTE_DIR, CURRENT_SPEC, ROOT, SPEC_LOCK, cassette_paths, load_spec, operations

from regenerated import regenerated  # isort: skip  (tests/ is on sys.path)


_LOCK: dict[str, dict[str, Any]] = json.loads(SPEC_LOCK.read_text(encoding="utf-8"))


def _labels() -> dict[str, dict[str, Any]]:
    """``{label: {"version", "sha256", "path"}}`` per pinned spec; the label is the version,
    plus the sha256 prefix when two pinned files share a version (Sinch edits without bumps)."""

    def order(item: tuple[str, dict[str, Any]]) -> tuple[tuple[int, ...], str]:
        version = str(item[1]["version"])
        return tuple(int(n) for n in re.findall(r"\d+", version)), version

    entries = sorted(_LOCK.items(), key=order)
    versions = [str(e["version"]) for _, e in entries]
    found = {}
    for rel, entry in entries:
        version = str(entry["version"])
        label = version if versions.count(version) == 1 else f"{version}-{entry['sha256'][:8]}"
        found[label] = {"version": version, "sha256": entry["sha256"], "path": ROOT / rel}
    return found


PINNED = _labels()
LABELS = list(PINNED)
CASSETTES = [p.stem for p in cassette_paths()]
DECLARATIONS = replay.load_declarations()
DECLARED_ITEMS = [
    pytest.param(label, d.key, kind, id=f"{label}-{d.key}-{kind}")
    for label, pinned in PINNED.items()
    for d in DECLARATIONS.get(pinned["version"], [])
    for kind in d.kinds
]


@pytest.fixture(scope="session")
def generated_trees(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``{label: generated dir}``: every pinned spec generated once per test run, in parallel
    (and shared with other tests and xdist workers: ``tests/regenerated.py``)."""

    def regenerate(label: str) -> Path:
        return regenerated(tmp_path_factory, PINNED[label]["path"]) / "generated"

    tmp_path_factory.getbasetemp()  # made once here: its first creation is not thread-safe
    with ThreadPoolExecutor(max_workers=len(LABELS)) as pool:
        return dict(zip(LABELS, pool.map(regenerate, LABELS), strict=True))


@pytest.fixture(scope="session")
def matrix(generated_trees: dict[str, Path]) -> dict[str, dict[str, Any]]:
    """``{label: lowlevel.py result}``; the replays run in parallel subprocesses."""
    with ThreadPoolExecutor(max_workers=len(LABELS)) as pool:
        runs = pool.map(lambda label: replay.run_lowlevel(generated_trees[label]), LABELS)
        return dict(zip(LABELS, runs, strict=True))


def _result(run: dict[str, Any], cassette: str) -> dict[str, Any]:
    found = [c for c in run["cassettes"] if c["cassette"] == cassette]
    assert len(found) == 1, f"{cassette} was not replayed for {run['version']}"
    return found[0]


def test_each_pinned_spec_replays_with_its_own_package(
    matrix: dict[str, dict[str, Any]], generated_trees: dict[str, Path]
) -> None:
    assert set(matrix) == set(LABELS) and len(LABELS) >= 2
    for label, run in matrix.items():
        assert run["version"] == PINNED[label]["version"]
        assert run["spec_sha256"] == PINNED[label]["sha256"]
        assert Path(run["package"]).parent == generated_trees[label].resolve()
        assert sorted(c["cassette"] for c in run["cassettes"]) == CASSETTES


def test_matrix_covers_every_spec_file() -> None:
    """The current spec and every file in openapi/history/ are in the lock, hence the matrix."""
    files = [CURRENT_SPEC, *sorted((ROOT / "openapi" / "history").glob("*.yaml"))]
    pinned = {Path(p["path"]).resolve() for p in PINNED.values()}
    assert {f.resolve() for f in files} <= pinned


@pytest.mark.parametrize("cassette", CASSETTES)
@pytest.mark.parametrize("label", LABELS)
def test_cassette_replays_as_declared(
    matrix: dict[str, dict[str, Any]], label: str, cassette: str
) -> None:
    result = _result(matrix[label], cassette)
    assert result["interactions"] > 0
    declared = DECLARATIONS.get(PINNED[label]["version"], [])
    undeclared = [
        d for d in result["differences"] if not any(x.covers(cassette, d) for x in declared)
    ]
    assert not undeclared, "\n\n".join(
        f"#{d['interaction']} {d['request']} ({d['operation']}): {d['kind']}\n{d['detail']}"
        for d in undeclared
    )
    if not result["differences"]:
        assert result["replayed"] == result["interactions"]


@pytest.mark.parametrize(("label", "key", "kind"), DECLARED_ITEMS)
def test_declared_difference_still_differs(
    matrix: dict[str, dict[str, Any]], label: str, key: str, kind: str
) -> None:
    hits = [
        d
        for c in matrix[label]["cassettes"]
        for d in c["differences"]
        if key in (c["cassette"], d["operation"]) and d["kind"] == kind
    ]
    assert hits, (
        f"expected_differences.yaml declares {label} {key}: {kind}, but it replays "
        "identically now: remove the declaration"
    )


def test_declarations_name_known_things() -> None:
    """Keys are cassettes or operationIds of a pinned spec; versions are pinned versions."""
    paths = [p["path"] for p in PINNED.values()]
    op_ids = {op.operation_id for path in paths for op in operations(load_spec(path))}
    versions = {p["version"] for p in PINNED.values()}
    for version, items in DECLARATIONS.items():
        assert version in versions, f"{version}: not a pinned spec version"
        for d in items:
            assert d.key in CASSETTES or d.key in op_ids, f"{version}.{d.key}: unknown key"


def test_declarations_file_rejects_malformed_entries(tmp_path: Path) -> None:
    bad = tmp_path / "expected.yaml"
    for text in (
        '"1.0.2": {X: {differs: renamed, reason: r}}',
        '"1.0.2": {X: {differs: request}}',
        '"1.0.2": {X: {differs: request, reason: "  "}}',
        '"1.0.2": [X]',
    ):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError):
            replay.load_declarations(bad)


def test_replay_cassettes_entry_point(
    generated_trees: dict[str, Path], matrix: dict[str, dict[str, Any]]
) -> None:
    """What scripts/update-spec calls: the oldest pinned spec, with its declared differences."""
    oldest = LABELS[0]
    outcome = replay.replay_cassettes(generated_trees[oldest])
    assert outcome["failures"] == []
    assert outcome["passed"] == len(CASSETTES) and outcome["failed"] == 0
    assert outcome["version"] == PINNED[oldest]["version"]
    differing = [c for c in matrix[oldest]["cassettes"] if c["differences"]]
    assert outcome["declared"] == len(differing)


def test_replay_cassettes_reports_failures(tmp_path: Path) -> None:
    outcome = replay.replay_cassettes(tmp_path / "nothing-here")
    assert outcome["passed"] == 0 and outcome["failed"] == 1
    assert "no sinch_numbers_api" in outcome["failures"][0]


def _tamper(target: Path, name: str, old: str, new: str) -> None:
    text = (CASSETTE_DIR / f"{name}.yaml").read_text(encoding="utf-8")
    assert old in text, f"{name}: {old!r} not found"
    (target / f"{name}.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")


def test_runner_detects_each_kind_of_difference(
    tmp_path: Path, generated_trees: dict[str, Path]
) -> None:
    """The replay can fail: doctored copies of cassettes give each kind of difference."""
    current = generated_trees[next(k for k, p in PINNED.items() if p["path"] == CURRENT_SPEC)]
    # A path parameter recorded unencoded: the function percent-encodes "+", another path.
    _tamper(
        tmp_path,
        "error_404_not_found",
        "activeNumbers/%2B12025550100",
        "activeNumbers/+12025550100",
    )
    # A query parameter no version of the operation has.
    _tamper(tmp_path, "regions_list", "availableRegions?", "availableRegions?bogus=1&")
    # A recorded response the generated model cannot parse.
    _tamper(tmp_path, "active_numbers_get", '"nextChargeDate":"', '"nextChargeDate":"x')
    run = replay.run_lowlevel(current, cassette_dir=tmp_path)
    kinds = {c["cassette"]: [d["kind"] for d in c["differences"]] for c in run["cassettes"]}
    assert kinds == {
        "error_404_not_found": ["request"],
        "regions_list": ["arguments"],
        "active_numbers_get": ["response"],
    }
    evaluation = replay.evaluate(run, {})
    assert len(evaluation.failures()) == 3


def test_copying_cassettes_keeps_them_replayable(tmp_path: Path) -> None:
    """The tamper test above relies on the copy itself replaying cleanly."""
    shutil.copy(CASSETTE_DIR / "regions_list.yaml", tmp_path)
    run = replay.run_lowlevel(ROOT / "generated", cassette_dir=tmp_path)
    assert [c["differences"] for c in run["cassettes"]] == [[]]
