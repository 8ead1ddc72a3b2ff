"""The rehearsal: real spec updates, end to end, on a copy of this repository.

Future specs are derived from the pinned one by mutation (``specpipe.rehearsal.MUTATIONS``;
each mutation's classification is checked on its own in test_diff.py). On one copy of the
repo (``copy_checkout``: openapi/, generator/, generated/, overlay/, scripts/, tests/, docs/),
``scripts/update-spec`` runs three times, as a reviewer would meet it:

1. **additive + docs** (version bumped): the five docs-only/additive mutations, i.e. reworded
   descriptions with ``x-codeSamples``, an edited overview, a new list operation under an
   existing tag and a new order state. Exit 0; the sandbox starts and lists the new
   operation as 501; the spec-sensitive tests of the updated copy stay green.
2. **next version**: the five kinds of change (an operation removed, one added, a required
   request body, a response field dropped, an enum value added). Exit 3; each breaking change
   once; setup noise grouped apart from the behaviour changes; the sandbox starts;
   the whole suite collects; the tests that fail are among those the report names.
3. **a later additive update, killed** in the middle (SIGKILL to update-spec and its
   regenerate child), then run again: the re-run completes it, the known cassette failures
   of step 2 are carried (not breaking), exit 0, and the checkout is consistent.

The whole test suite of an updated copy is run by ``scripts/rehearse`` (minutes, not seconds).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .helpers import ROOT

from specpipe import health  # isort: skip
from specpipe import rehearsal as r  # isort: skip


#: spec-sensitive tests: they read the pin, the lock, generated/, the facade, the sandbox's
#: route table or openapi/pending.json, so an additive update is what could break them
SENSITIVE = (
    "tests/facade/test_reachability.py::test_operations_match_the_spec",
    # + test_sync_reachable[<new operation>] and test_async_reachable[<new operation>]
    "tests/sandbox/test_conformance.py::test_every_operation_has_a_handler",
    "tests/sandbox/test_conformance.py::test_spec_is_loaded_from_the_generated_package",
    "tests/sandbox/test_conformance.py::test_all_22_operations_happy_path",
    "tests/sandbox/test_unhandled.py",
    "tests/cassettes/test_cassette_files.py::test_every_operation_has_a_happy_path_cassette",
    "tests/cassettes/test_cassette_files.py::"
    "test_every_recorded_call_is_an_operation_of_the_pinned_spec",
    "tests/generated/test_coverage.py",
    "tests/generated/test_determinism.py::test_manifest_records_spec_hash_and_generator",
    "tests/generated/test_determinism.py::test_shipped_spec_is_the_upstream_bytes",
    "tests/test_fetch_spec.py::test_repo_lock_matches_pinned_files",
    "tests/test_generated_operations.py",
)
#: after the breaking update, in one run that collects the WHOLE suite (so a collection error
#: anywhere shows) and runs the modules of removed/changed operations and the cassette replays
AFFECTED = (
    "test_cases.py",
    "test_cassette_files.py",
    "test_wire.py",
    "test_active_numbers.py",
    "test_generated_operations.py",
)


@dataclass
class Rehearsal:
    root: Path
    versions: dict[str, str] = field(default_factory=dict)
    updates: dict[str, r.UpdateRun] = field(default_factory=dict)
    tests: dict[str, r.PytestRun] = field(default_factory=dict)
    killed: dict[str, Any] = field(default_factory=dict)
    #: openapi/pending.json as the breaking update left it
    pending_after_next: dict[str, Any] = field(default_factory=dict)
    #: the copy step 3 (killed, then re-run) works on
    root_later: Path = Path()
    #: what the mutations picked in this pin: the added, removed and body-gaining operation
    added: str = ""
    removed: str = ""
    body: str = ""


def _kill_during_regeneration(root: Path, spec: bytes) -> dict[str, Any]:
    """Start update-spec, SIGKILL it and its children once the new pin is written."""
    source = root.parent / "killed-numbers.yaml"
    source.write_bytes(spec)
    pin = root / "openapi" / "numbers.yaml"
    cmd = [sys.executable, str(root / "scripts" / "update-spec"), "--root", str(root),
           "--source", str(source), "--retries", "0"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": f"{root / 'overlay'}{os.pathsep}{root / 'generated'}"}
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    try:
        while pin.read_bytes() != spec and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # into the regeneration
    finally:
        with_children = proc.poll() is None
        if with_children:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    state = health.check(root)
    pending = json.loads((root / "openapi" / "pending.json").read_text("utf-8"))
    return {
        "killed": with_children,
        "pinned": pin.read_bytes() == spec,
        "consistent": state.consistent,
        "pending_at_pin": pending["spec_sha256"] == state.pin_sha,
    }


def _ids(doc: dict[str, Any]) -> set[str]:
    return {
        str(op["operationId"])
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def _with_body(doc: dict[str, Any]) -> set[str]:
    """operationIds that take a request body."""
    return {
        str(op["operationId"])
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "requestBody" in op
    }


def _cassettes_calling(root: Path, op_id: str) -> tuple[set[str], set[str]]:
    """(cassettes whose setup/follow-up calls ``op_id``, cassettes that test it), read from
    the recordings with the spec they were recorded under."""
    from cassettes import wire  # tests/ is on sys.path (helpers); same recordings as the copy

    setup, under = set(), set()
    for path in sorted((root / "tests" / "cassettes" / "recorded").glob("*.yaml")):
        data = wire.load_cassette(path)
        if wire.operation_under_test(data) == op_id:
            under.add(path.stem)
            continue
        recorded = wire.spec_by_sha(str(data["recorded_with"]["spec_sha256"]))
        assert recorded is not None
        ops = wire.operations(wire.load_spec(recorded))
        for interaction in data["interactions"]:
            request = interaction["request"]
            found = wire.find_operation(
                ops, request["method"], request["uri"].removeprefix(wire.API_BASE).split("?")[0]
            )
            if found is not None and found.operation_id == op_id:
                setup.add(path.stem)
    return setup, under


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    base = tmp_path_factory.mktemp("rehearsal")
    root = r.copy_checkout(base / "repo", ROOT)
    pinned = r.load((root / "openapi" / "numbers.yaml").read_bytes())
    result = Rehearsal(root)
    start = str(pinned["info"]["version"])
    steps = ("additive", "next", "later")
    result.versions = {name: r.bump(start, i) for i, name in enumerate(steps, 1)}

    additive = r.apply(pinned, [*r.DOCS_ONLY, *r.ADDITIVE], result.versions["additive"])
    (result.added,) = _ids(additive) - _ids(pinned)
    result.updates["additive"] = r.run_update(root, r.dump(additive))
    reachable = [
        f"tests/facade/test_reachability.py::test_{style}_reachable[{result.added}]"
        for style in ("sync", "async")
    ]
    result.tests["additive"] = r.run_pytest(root, *SENSITIVE, *reachable)

    removed = [m for m in r.NEXT_VERSION if m not in r.ADDITIVE]
    following = r.apply(additive, removed, result.versions["next"])
    (result.removed,) = _ids(additive) - _ids(following)
    (result.body,) = _with_body(following) - _with_body(additive)
    result.updates["next"] = r.run_update(root, r.dump(following))
    result.pending_after_next = json.loads((root / "openapi" / "pending.json").read_text("utf-8"))

    # Step 3 runs on a copy of the updated checkout, beside the test run of step 2.
    result.root_later = r.copy_checkout(base / "repo-later", root)
    later = r.apply(following, ["add-response-enum-value"], result.versions["later"])

    def step3() -> None:
        result.killed = _kill_during_regeneration(result.root_later, r.dump(later))
        result.updates["later"] = r.run_update(result.root_later, r.dump(later))

    with ThreadPoolExecutor(max_workers=2) as pool:
        tests = pool.submit(r.run_pytest, root, "tests", "-k", " or ".join(AFFECTED))
        third = pool.submit(step3)
        result.tests["next"] = tests.result()
        third.result()
    return result


# ------------------------------------------------------------------ 1. additive + docs-only


def test_additive_update_exits_0_and_is_classified(rehearsal: Rehearsal) -> None:
    run = rehearsal.updates["additive"]
    assert run.code == 0, run.stderr
    kinds = {c["kind"] for c in run.report["changes"]}
    assert kinds == {"operation-added", "schema-added", "response-enum-value-added",
                     "info-version-changed"}  # fmt: skip
    assert run.markdown.splitlines()[0].endswith(": non-breaking")
    assert run.report["regenerated"] and run.report["api_breaks"] == []


def test_additive_update_names_the_new_operation_by_its_tag(rehearsal: Rehearsal) -> None:
    run = rehearsal.updates["additive"]
    (new_op,) = run.report["new_operations"]
    assert new_op["operation_id"] == rehearsal.added
    assert new_op["facade"].startswith("number_orders.") and not new_op["needs_friendly_name"]
    assert run.report["needs_friendly_name"] == []


def test_the_sandbox_starts_and_serves_the_new_operation_as_501(rehearsal: Rehearsal) -> None:
    sandbox = rehearsal.updates["additive"].report["sandbox"]
    assert sandbox["status"] == "ok"
    assert sandbox["unhandled_operations"] == [rehearsal.added]
    assert f"`{rehearsal.added}`" in rehearsal.updates["additive"].markdown


def test_additive_update_keeps_the_spec_sensitive_tests_green(rehearsal: Rehearsal) -> None:
    run = rehearsal.tests["additive"]
    assert (run.failed, run.errors) == ([], []), run.output
    assert run.passed >= len(SENSITIVE) and run.code == 0


def test_an_update_leaves_no_temporary_files_and_git_modes(rehearsal: Rehearsal) -> None:
    root = rehearsal.root
    assert health.stale_paths(root) == []
    assert not [p.name for p in root.iterdir() if p.name.startswith((".regenerate", ".facade"))]
    mask = os.umask(0)
    os.umask(mask)
    for path in [root / "generated", *(root / "generated").rglob("*")]:
        if "__pycache__" in path.parts:
            continue
        expected = (0o777 if path.is_dir() else 0o666) & ~mask
        assert path.stat().st_mode & 0o777 == expected, path


def test_code_samples_stay_out_of_what_is_generated_and_packaged(rehearsal: Rehearsal) -> None:
    generated = rehearsal.root / "generated"
    for path in (
        generated / "numbers.normalized.yaml",
        generated / "sinch_numbers_api" / "openapi.yaml",
    ):
        assert b"x-codeSamples" not in path.read_bytes(), path


# ----------------------------------------------------------------------- 2. the next version


def test_next_version_exits_3_with_each_breaking_change_once(rehearsal: Rehearsal) -> None:
    run = rehearsal.updates["next"]
    assert run.code == 3, run.stderr
    breaking = [
        (c["kind"], c["location"]) for c in run.report["changes"] if c["severity"] == "breaking"
    ]
    assert sorted(breaking) == sorted(set(breaking))
    assert {kind for kind, _ in breaking} == {
        "operation-removed", "request-body-added-required", "response-property-removed",
    }  # fmt: skip
    assert run.report["summary"]["breaking"] == len(breaking) == 3
    assert run.markdown.splitlines()[0].endswith(": 3 breaking changes")


def test_setup_noise_is_separated_from_behaviour_changes(rehearsal: Rehearsal) -> None:
    cassettes = rehearsal.updates["next"].report["cassettes"]
    setup, under = _cassettes_calling(rehearsal.root, rehearsal.removed)
    expected_setup = [{"operation": rehearsal.removed, "cassettes": sorted(setup)}] if setup else []
    assert [{k: s[k] for k in ("operation", "cassettes")} for s in cassettes["setup_needs"]] == (
        expected_setup
    )
    assert sorted(f["cassette"] for f in cassettes["removed_under_test"]) == sorted(under)
    assert all(f["role"] == "under-test" for f in cassettes["behaviour_changes"])
    behaviour = {(f["cassette"], f["change"]) for f in cassettes["behaviour_changes"]}
    _body_setup, body_under = _cassettes_calling(rehearsal.root, rehearsal.body)
    for cassette in body_under:  # the recorded call sends no body: the new client cannot
        assert (cassette, "arguments") in behaviour
    if rehearsal.removed == "NumberService_RentAnyNumber":  # the pinned 1.0.3: 9 cassettes
        assert len(setup) == 9 and ("active_numbers_get", "unmodelled-field") in behaviour
    markdown = rehearsal.updates["next"].markdown
    if setup:
        assert f"setup needs `{rehearsal.removed}` (operation-missing)" in markdown
    count = len(cassettes["behaviour_changes"])
    assert f"### Behaviour changes of the operation under test ({count})" in markdown


def test_the_sandbox_still_starts_after_an_operation_is_removed(rehearsal: Rehearsal) -> None:
    sandbox = rehearsal.updates["next"].report["sandbox"]
    assert sandbox["status"] == "ok", sandbox


def test_collection_succeeds_after_an_operation_is_removed(rehearsal: Rehearsal) -> None:
    """The step-2 run collected the whole suite: no collection error, everything selectable."""
    run = rehearsal.tests["next"]
    assert "ERROR collecting" not in run.output and "Interrupted" not in run.output, run.output
    assert "deselected" in run.output.strip().splitlines()[-1]


def test_only_predicted_tests_fail(rehearsal: Rehearsal) -> None:
    """The tests that fail are among those the report names; the obvious ones do fail."""
    predicted = {
        item["test"] for item in rehearsal.updates["next"].report["expected_test_failures"]
    }

    def is_predicted(nodeid: str) -> bool:
        return nodeid in predicted or nodeid.split("[", 1)[0] in predicted

    run = rehearsal.tests["next"]
    # an error is a failure in a fixture (the cassette cases check in teardown that every
    # recorded request was replayed): it must be predicted as well
    unpredicted = [t for t in run.failed + run.errors if not is_predicted(t)]
    assert unpredicted == [], run.output
    setup, under = _cassettes_calling(rehearsal.root, rehearsal.removed)
    _body_setup, body_under = _cassettes_calling(rehearsal.root, rehearsal.body)
    obvious = [f"tests/cassettes/test_cases.py::test_{c}" for c in sorted(under | body_under)]
    if setup | under:
        obvious.append(
            "tests/cassettes/test_cassette_files.py::"
            "test_every_recorded_call_is_an_operation_of_the_pinned_spec"
        )
    assert obvious
    for test in obvious:
        assert test in run.failed and is_predicted(test), test
    assert run.passed > 50  # the rest of those modules still runs
    report = rehearsal.updates["next"].report
    assert (
        rehearsal.pending_after_next["expected_test_failures"] == report["expected_test_failures"]
    )


# ------------------------------------------------------------- 3. killed, re-run, baseline


def test_a_killed_update_is_repaired_by_the_next_run(rehearsal: Rehearsal) -> None:
    killed = rehearsal.killed
    assert killed["killed"] and killed["pinned"]
    assert not (killed["consistent"] and killed["pending_at_pin"])  # it was interrupted
    run = rehearsal.updates["later"]
    assert run.report["repair"], run.report
    state = health.check(rehearsal.root_later)
    assert state.consistent and state.problems == []
    pending = json.loads((rehearsal.root_later / "openapi" / "pending.json").read_text("utf-8"))
    assert pending["spec_sha256"] == state.pin_sha == run.report["new"]["sha256"]


def test_known_failures_are_carried_and_not_breaking(rehearsal: Rehearsal) -> None:
    run = rehearsal.updates["later"]
    assert run.code == 0, run.markdown
    assert run.report["old"]["version"] == rehearsal.versions["next"]
    cassettes = run.report["cassettes"]
    assert cassettes["failed_new"] == 0 and cassettes["failed_known"] > 0
    assert cassettes["known"] and not cassettes["behaviour_changes"]
    assert "### Known failures carried from an earlier update" in run.markdown
