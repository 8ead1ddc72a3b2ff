"""Cassette replay for ``scripts/update-spec``: run it, explain it, compare it with the baseline.

The replay itself lives with the cassettes (``tests/cassettes/replay.py``,
``replay_cassettes(generated_dir)``); this module finds and runs it, and turns its findings
into something a reviewer can act on:

- **behaviour changes**: a call of the cassette's *operation under test* that the new client
  makes or parses differently (a request built differently, a member no longer modelled, a
  value that changed type, a response that parses differently);
- **removed under test**: the cassette tests an operation the spec no longer has;
- **setup needs <operation>**: only a setup (or follow-up) call of the cassette fails, because
  it uses an operation that changed or disappeared; one line per operation, with the
  cassettes it affects, instead of one alarm per cassette;
- **known**: findings already present after the previous applied update (the baseline in
  ``openapi/pending.json``), shown as carried over and not counted against this update.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from specpipe.lock import REPO_ROOT

__all__ = [
    "ENV_REPLAY",
    "REPLAY_CANDIDATES",
    "CassetteRunner",
    "classify",
    "finding_key",
    "load_replay",
    "run_replay",
    "skipped",
]

#: a Python file defining ``replay_cassettes(generated_dir) -> dict`` (overrides discovery)
ENV_REPLAY = "SINCH_NUMBERS_CASSETTE_REPLAY"
#: where the cassette suite's module is looked for, relative to --root and to this repo
REPLAY_CANDIDATES = ("tests/cassettes/replay.py",)

CassetteRunner = Callable[[Path], Mapping[str, Any]]


def skipped(reason: str) -> dict[str, Any]:
    return {"passed": 0, "failed": 0, "failures": [], "skipped": reason}


def load_replay(root: Path) -> tuple[CassetteRunner | None, str]:
    """Find ``replay_cassettes`` (pluggable: the cassette suite ships it separately)."""
    override = os.environ.get(ENV_REPLAY)
    candidates = [Path(override)] if override else []
    bases = list(dict.fromkeys((Path(root).resolve(), REPO_ROOT.resolve())))
    candidates += [base / rel for base in bases for rel in REPLAY_CANDIDATES]
    for candidate in candidates:
        if not candidate.is_file():
            continue
        tests_dir = str(candidate.parent.parent)
        sys.path.insert(0, tests_dir)  # so the module can import its siblings
        name = "_update_spec_cassette_replay"
        try:
            spec = importlib.util.spec_from_file_location(name, candidate)
            if spec is None or spec.loader is None:
                continue
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module  # dataclasses look their module up there
            spec.loader.exec_module(module)
        except Exception as exc:  # a broken replay module must not abort the update
            sys.modules.pop(name, None)
            return None, f"cannot import {candidate}: {type(exc).__name__}: {exc}"
        finally:
            with contextlib.suppress(ValueError):
                sys.path.remove(tests_dir)
        runner = getattr(module, "replay_cassettes", None)
        if callable(runner):
            shown = candidate.resolve()
            for base in bases:
                if shown.is_relative_to(base):
                    shown = shown.relative_to(base)
                    break
            return runner, shown.as_posix()
        return None, f"{candidate} has no replay_cassettes()"
    return None, "no cassette replay module (tests/cassettes/replay.py) yet"


def run_replay(runner: CassetteRunner, generated: Path) -> dict[str, Any]:
    """Call the runner; a crash counts as one failure, not an abort."""
    try:
        raw = dict(runner(generated))
    except Exception as exc:
        return {
            "passed": 0,
            "failed": 1,
            "failures": [f"replay crashed: {type(exc).__name__}: {exc}"],
        }
    failures = [str(f) if not isinstance(f, dict | str) else f for f in raw.get("failures") or []]
    result: dict[str, Any] = {
        "passed": int(raw.get("passed") or 0),
        "failed": int(raw.get("failed") or 0),
        "failures": failures,
    }
    result.update({k: v for k, v in raw.items() if k not in result})
    return result


def finding_key(finding: Mapping[str, Any]) -> tuple[str, str, str, str, str]:
    """What makes two findings "the same" across updates (details may be reworded)."""
    return (
        str(finding.get("cassette")),
        str(finding.get("interaction")),
        str(finding.get("operation")),
        str(finding.get("role")),
        str(finding.get("change") or finding.get("kind")),
    )


def _group_setup(findings: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``setup needs <operation>``: one entry per operation, with the cassettes it breaks."""
    by_op: dict[str, dict[str, Any]] = {}
    for f in findings:
        op = str(f.get("operation") or "(unknown operation)")
        entry = by_op.setdefault(
            op, {"operation": op, "changes": set(), "cassettes": set(), "detail": f["detail"]}
        )
        entry["changes"].add(str(f.get("change") or f.get("kind")))
        entry["cassettes"].add(str(f["cassette"]))
    return [
        {
            "operation": op,
            "changes": sorted(entry["changes"]),
            "cassettes": sorted(entry["cassettes"]),
            "detail": entry["detail"],
        }
        for op, entry in sorted(by_op.items())
    ]


def classify(result: dict[str, Any], baseline: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """Split the replay's findings into behaviour changes, removed-under-test, setup needs
    and known (baseline) ones, in place; returns ``result``.

    ``failed_new`` counts the cassettes with a finding this update introduced; only those
    (and stale declarations) make the replay breaking.
    """
    if "findings" not in result:  # a replay module that does not explain its failures
        result["failed_new"], result["failed_known"] = int(result.get("failed") or 0), 0
        return result
    findings: list[dict[str, Any]] = [dict(f) for f in result.get("findings") or []]
    known = {finding_key(f): f for f in baseline}
    behaviour, removed, setup, carried = [], [], [], []
    for f in findings:
        previous = known.get(finding_key(f))
        if previous is not None:
            f["known_since"] = previous.get("known_since") or previous.get("since")
            carried.append(f)
        elif f.get("role") != "under-test":
            setup.append(f)
        elif f.get("change") == "operation-missing":
            removed.append(f)
        else:
            behaviour.append(f)
    new_cassettes = {f["cassette"] for f in (*behaviour, *removed, *setup)}
    stale = list(result.get("stale_declarations") or [])
    result["findings"] = findings
    result["behaviour_changes"] = behaviour
    result["removed_under_test"] = removed
    result["setup_needs"] = _group_setup(setup)
    result["known"] = carried
    result["failed_new"] = len(new_cassettes) + len(stale)
    result["failed_known"] = len({f["cassette"] for f in carried} - new_cassettes)
    return result
