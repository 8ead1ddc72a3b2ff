"""Replay the cassettes against one generated tree and judge the result against
``expected_differences.yaml``: the entry point ``scripts/update-spec`` uses.

    replay_cassettes(Path("/tmp/x/generated"))
    -> {"passed": 26, "failed": 0, "failures": [], "version": "1.0.3", "declared": 0,
        "cassettes": 26, "findings": [], "stale_declarations": []}

``findings`` has one record per undeclared difference, with the cassette, its
``operation_under_test``, the interaction and its operation, the ``role`` of that call
(``under-test``, ``setup``, ``follow-up``), the difference ``kind`` and finer ``change``
(``unmodelled-field``, ``type-changed``, ``request-differs``, ...) and the detail, so a
report can tell a behaviour change of the operation under test from a cassette that only
fails because its setup calls an operation the spec no longer has.

Self-contained on purpose (standard library + PyYAML, no imports from this folder), so it can be
loaded by file path. The replay itself runs ``lowlevel.py`` in a subprocess with
``PYTHONPATH=<generated dir>``, so the tree's own ``sinch_numbers_api`` is imported whatever the
calling process has loaded. CLI: ``python tests/cassettes/replay.py GENERATED_DIR``.

No ``from __future__ import annotations``: with it, dataclasses look the module up in
``sys.modules``, which a module loaded with ``spec_from_file_location`` may not be in.
"""

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
LOWLEVEL = HERE / "lowlevel.py"
EXPECTED_DIFFERENCES = HERE / "expected_differences.yaml"
KINDS = ("operation-missing", "arguments", "request", "response")
TIMEOUT = 300.0

__all__ = [
    "KINDS",
    "Declaration",
    "Evaluation",
    "evaluate",
    "load_declarations",
    "replay_cassettes",
    "run_lowlevel",
]


class ReplayError(RuntimeError):
    """The low-level replay could not run at all (not: a cassette replayed differently)."""


@dataclass(frozen=True)
class Declaration:
    version: str
    key: str  # an operationId (every use of it) or a cassette name (that cassette only)
    kinds: tuple[str, ...]
    reason: str

    def covers(self, cassette: str, difference: dict[str, Any]) -> bool:
        return self.key in (cassette, difference.get("operation")) and (
            difference["kind"] in self.kinds
        )


def load_declarations(path: Path = EXPECTED_DIFFERENCES) -> dict[str, list[Declaration]]:
    """``{version: [Declaration, ...]}``; raises ``ValueError`` on a malformed file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    data = data or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a mapping of spec versions")
    found: dict[str, list[Declaration]] = {}
    for version, entries in data.items():
        if not isinstance(entries, dict):
            raise ValueError(f"{path.name}: {version}: expected a mapping of keys")
        for key, entry in entries.items():
            if not isinstance(entry, dict) or set(entry) != {"differs", "reason"}:
                raise ValueError(f"{path.name}: {version}.{key}: needs exactly differs + reason")
            kinds = entry["differs"]
            kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
            unknown = [k for k in kinds if k not in KINDS]
            if not kinds or unknown:
                raise ValueError(
                    f"{path.name}: {version}.{key}: differs must be among {', '.join(KINDS)}"
                )
            reason = str(entry["reason"] or "").strip()
            if not reason:
                raise ValueError(f"{path.name}: {version}.{key}: the reason is empty")
            found.setdefault(str(version), []).append(
                Declaration(str(version), str(key), kinds, reason)
            )
    return found


def run_lowlevel(
    generated_dir: Path,
    *,
    cassette_dir: Path | None = None,
    cassettes: list[str] | None = None,
    timeout: float = TIMEOUT,
) -> dict[str, Any]:
    """Run ``lowlevel.py`` for one generated tree; its JSON result."""
    generated_dir = Path(generated_dir).resolve()
    if generated_dir.name == "sinch_numbers_api":
        generated_dir = generated_dir.parent
    if not (generated_dir / "sinch_numbers_api").is_dir():
        raise ReplayError(f"{generated_dir} holds no sinch_numbers_api package")
    cmd = [sys.executable, str(LOWLEVEL), "--generated-dir", str(generated_dir)]
    if cassette_dir is not None:
        cmd += ["--cassette-dir", str(cassette_dir)]
    for name in cassettes or ():
        cmd += ["--cassette", name]
    env = {**os.environ, "PYTHONPATH": str(generated_dir), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        raise ReplayError(f"lowlevel.py exited {proc.returncode}:\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


@dataclass
class Evaluation:
    version: str
    #: cassette -> differences no declaration covers
    undeclared: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: cassette -> differences a declaration covers
    declared: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: (declaration, kind) pairs that nothing in the run matched: the file is out of date
    stale: list[tuple[Declaration, str]] = field(default_factory=list)
    cassettes: list[str] = field(default_factory=list)
    #: cassette -> the operationId it exists to test
    under_test: dict[str, str | None] = field(default_factory=dict)

    @property
    def failed_cassettes(self) -> list[str]:
        return [c for c in self.cassettes if self.undeclared.get(c)]

    def findings(self) -> list[dict[str, Any]]:
        """One record per undeclared difference (see the module docstring)."""
        return [
            {
                "cassette": cassette,
                "operation_under_test": self.under_test.get(cassette),
                "interaction": d["interaction"],
                "operation": d.get("operation"),
                "role": d.get("role", "under-test"),
                "kind": d["kind"],
                "change": d.get("change", d["kind"]),
                "detail": d["detail"],
            }
            for cassette in self.failed_cassettes
            for d in self.undeclared[cassette]
        ]

    def failures(self) -> list[str]:
        lines = []
        for cassette in self.failed_cassettes:
            for d in self.undeclared[cassette]:
                role = d.get("role", "under-test")
                lines.append(
                    f"{self.version} {cassette} #{d['interaction']} {d.get('operation')} "
                    f"({role}): undeclared {d.get('change', d['kind'])} difference: {d['detail']}"
                )
        for declaration, kind in self.stale:
            lines.append(
                f"{self.version} {declaration.key}: declared '{kind}' in "
                f"{EXPECTED_DIFFERENCES.name}, but it no longer differs; remove the declaration"
            )
        return lines


def evaluate(run: dict[str, Any], declarations: dict[str, list[Declaration]]) -> Evaluation:
    version = str(run["version"])
    mine = declarations.get(version, [])
    result = Evaluation(version)
    used: set[tuple[Declaration, str]] = set()
    for item in run["cassettes"]:
        cassette = item["cassette"]
        result.cassettes.append(cassette)
        result.under_test[cassette] = item.get("operation_under_test")
        for difference in item["differences"]:
            covering = [d for d in mine if d.covers(cassette, difference)]
            target = result.declared if covering else result.undeclared
            target.setdefault(cassette, []).append(difference)
            used.update((d, difference["kind"]) for d in covering)
    result.stale = [(d, kind) for d in mine for kind in d.kinds if (d, kind) not in used]
    return result


def replay_cassettes(generated_dir: Path) -> dict[str, Any]:
    """Replay every cassette with the low-level functions in ``generated_dir`` (a tree made by
    ``scripts/regenerate --output``); count cassettes that replay as declared.

    ``failed`` counts cassettes with an undeclared difference plus declarations that no longer
    hold; ``failures`` says what, one line each. Also returns ``version`` (from the tree's
    GENERATED.json) and ``declared`` (cassettes that differ exactly as declared; they pass).
    """
    try:
        run = run_lowlevel(Path(generated_dir))
        declarations = load_declarations()
    except (ReplayError, ValueError, OSError, subprocess.TimeoutExpired) as exc:
        return {"passed": 0, "failed": 1, "failures": [f"cassette replay failed: {exc}"]}
    result = evaluate(run, declarations)
    failed = result.failed_cassettes
    return {
        "passed": len(result.cassettes) - len(failed),
        "failed": len(failed) + len(result.stale),
        "failures": result.failures(),
        "version": result.version,
        "declared": sum(1 for c in result.cassettes if c in result.declared and c not in failed),
        "cassettes": len(result.cassettes),
        "findings": result.findings(),
        "stale_declarations": [
            {"version": d.version, "key": d.key, "kind": kind, "reason": d.reason}
            for d, kind in result.stale
        ],
        "operations_without_cassette": list(run.get("operations_without_cassette") or []),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: replay.py GENERATED_DIR", file=sys.stderr)
        return 2
    outcome = replay_cassettes(Path(args[0]))
    print(json.dumps(outcome, indent=2))
    return 0 if outcome["failed"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
