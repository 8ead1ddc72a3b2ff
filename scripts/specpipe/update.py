"""``scripts/update-spec``: fetch, classify, pin, regenerate, compare, replay, report.

Why one command: a spec update is only useful together with what it does to the
generated client. This module chains the specpipe pieces into one transaction over the
working tree: either the new spec is pinned (old one moved to ``openapi/history/``), the
lock updated, ``generated/`` + the facade regenerated and ``openapi/pending.json`` written,
or (on any error) all of it is put back exactly as it was. The report says what changed
*for users of the generated Python client* (:mod:`specpipe.diff`), what griffe saw change
in its public API, whether the sandbox still starts and what it cannot serve, how the
recorded cassettes replay (behaviour changes apart from setup noise and known failures,
:mod:`specpipe.cassettes`) and which tests the update is expected to break
(:mod:`specpipe.impact`).

Self-healing: every run first checks that pin, ``generated/`` and the facade come from the
same spec (:mod:`specpipe.health`) and that the last update completed (``pending.json`` was
written for the pin). If a run was killed half-way, this one resumes it: it compares
against the spec the last complete update left, regenerates and reports, whatever the
source says.

Exit codes: 0 no change or only non-breaking changes, 3 breaking findings of *this* update
(still applied so a pull request shows them), 1 error (nothing touched), 64 usage.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

import yaml

from specpipe import cassettes as cassette_replay
from specpipe import health
from specpipe.cassettes import ENV_REPLAY, CassetteRunner, classify, load_replay, run_replay
from specpipe.diff import KINDS, Change, Naming, diff_documents, summarize
from specpipe.fetch import (
    DEFAULT_RETRIES,
    DEFAULT_SOURCE,
    DEFAULT_TIMEOUT,
    ENV_SOURCE,
    SpecError,
    SpecUnreachableError,
    SpecValidationError,
    _record_source,
    fetch_spec,
    pin_spec,
    spec_version,
    validate_spec,
)
from specpipe.impact import matrix_label, predict
from specpipe.lock import REPO_ROOT, LockEntry, LockError, lock_key, read_lock, sha256_bytes
from specpipe.pending import read_pending, write_pending
from specpipe.report import render_markdown, write_json, write_text
from specpipe.sandboxcheck import check_sandbox
from specpipe.transaction import Snapshot

__all__ = [
    "ENV_REPLAY",
    "EXIT_BREAKING",
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "Options",
    "Paths",
    "main",
    "parse_facade",
    "read_facade",
    "run",
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BREAKING = 3
EXIT_USAGE = 64
EXIT_TERMINATED = 143
INTERRUPTED = (
    "update-spec: {what}; pin, lock and generated/ were put back, or (if it happened after "
    "the regeneration) the next run completes the update"
)
REPORT_SCHEMA = 2
FORMATTING_ONLY = Change(
    "info",
    "docs-only",
    "(document)",
    "Only formatting changed (the parsed documents are identical); " + KINDS["docs-only"][1] + ".",
)

try:
    _YAML_LOADER: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML build
    _YAML_LOADER = yaml.SafeLoader

Regenerator = Callable[["Paths"], None]
SandboxChecker = Callable[[Path], Mapping[str, Any]]
# kept importable from here for callers of the old layout
_load_replay = load_replay
_skipped = cassette_replay.skipped


class UpdateError(SpecError):
    """A step failed; the working tree is (or has been put back) as it was."""


class Terminated(BaseException):
    """SIGTERM (a cancelled CI job): unwinds like Ctrl-C, so the rollback runs."""


@dataclass(frozen=True)
class Paths:
    """Every file update-spec reads or writes, derived from ``--root``."""

    root: Path

    @property
    def pin(self) -> Path:
        return self.root / "openapi" / "numbers.yaml"

    @property
    def lock(self) -> Path:
        return self.root / "openapi" / "spec.lock.json"

    @property
    def history(self) -> Path:
        return self.root / "openapi" / "history"

    @property
    def pending(self) -> Path:
        """What the last applied update left to do (``specpipe.pending``)."""
        return self.root / "openapi" / "pending.json"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    @property
    def facade_dir(self) -> Path:
        """Where regenerate writes the overlay's generated modules (one per resource, ...)."""
        return self.root / "overlay" / "sinch_numbers" / "resources"

    @property
    def facade(self) -> Path:
        """The rendered facade module holding OPERATIONS and NEEDS_FRIENDLY_NAME.

        ``_operations.py``; a checkout from before the per-resource layout has them in
        ``_generated.py``.
        """
        table = self.facade_dir / "_operations.py"
        older = self.facade_dir / "_generated.py"
        return older if older.exists() and not table.exists() else table

    @property
    def generator(self) -> Path:
        """The checkout's own generator/, else this repo's (it only reads --spec/--output)."""
        local = self.root / "generator"
        return local if (local / "regenerate.py").exists() else REPO_ROOT / "generator"


@dataclass
class Options:
    root: Path = REPO_ROOT
    source: str = DEFAULT_SOURCE
    report: Path | None = None
    #: None prints the Markdown to stdout
    markdown: Path | None = None
    regenerate: bool = True
    cassettes: bool = True
    dry_run: bool = False
    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    #: injection points for tests
    regenerator: Regenerator | None = None
    cassette_runner: CassetteRunner | None = None
    sandbox_checker: SandboxChecker | None = None
    #: predict which tests fail (reads tests/ with ast; off for checkouts without tests)
    predict_tests: bool = True
    log: Callable[[str], None] = field(default=lambda line: print(line, file=sys.stderr))


# ------------------------------------------------------------------------ helpers


def _one_line(text: str, limit: int = 500) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _short(sha: str | None) -> str:
    return sha[:12] if sha else "(none)"


def _parse(content: bytes) -> dict[str, Any]:
    try:
        doc = yaml.load(content, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise UpdateError(f"pinned spec is not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise UpdateError("pinned spec is not a YAML mapping")
    return doc


def _operation_ids(doc: Mapping[str, Any]) -> set[str]:
    ids: set[str] = set()
    for item in (doc.get("paths") or {}).values():
        for method in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
            op = (item or {}).get(method)
            if isinstance(op, Mapping) and op.get("operationId"):
                ids.add(str(op["operationId"]))
    return ids


def parse_facade(text: str) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """``OPERATIONS`` and ``NEEDS_FRIENDLY_NAME`` of a rendered facade module's source."""
    tree = ast.parse(text)
    found: dict[str, Any] = {}
    for node in tree.body:
        target = value = None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target, value = node.target.id, node.value
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            target, value = node.targets[0].id, node.value
        if target in ("OPERATIONS", "NEEDS_FRIENDLY_NAME") and value is not None:
            found[target] = ast.literal_eval(value)
    operations = {
        str(k): (str(v[0]), str(v[1])) for k, v in (found.get("OPERATIONS") or {}).items()
    }
    return operations, sorted(str(x) for x in found.get("NEEDS_FRIENDLY_NAME") or ())


def read_facade(path: Path) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """``OPERATIONS`` and ``NEEDS_FRIENDLY_NAME`` of a rendered facade, without importing it.

    Parsed with :mod:`ast` because importing the overlay would need the whole client
    (and an up-to-date ``sinch_numbers_api`` on ``sys.path``).
    """
    return parse_facade(Path(path).read_text(encoding="utf-8"))


def _facade_args(paths: Paths, facade_dir: Path) -> list[str]:
    """regenerate's option for where the facade goes (it was --facade-output, now --facade-dir)."""
    source = (paths.generator / "regenerate.py").read_text(encoding="utf-8")
    if "--facade-dir" in source:
        return ["--facade-dir", str(facade_dir)]
    if "--facade-output" in source:
        return ["--facade-output", str(facade_dir / "_generated.py")]
    return []


def _regenerate_cmd(paths: Paths, spec: Path, out_dir: Path, facade_dir: Path) -> list[str]:
    return [
        sys.executable,
        str(paths.generator / "regenerate.py"),
        "--spec", str(spec),
        "--output", str(out_dir),
        *_facade_args(paths, facade_dir),
    ]  # fmt: skip


def _default_regenerator(paths: Paths) -> None:
    """Run the checkout's generator/regenerate.py in a subprocess (isolates generator crashes)."""
    cmd = _regenerate_cmd(paths, paths.pin, paths.generated, paths.facade_dir)
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise UpdateError("regeneration failed: " + _one_line(" / ".join(tail) or "no output"))


def _regenerate_into(paths: Paths, spec: Path, out_dir: Path) -> None:
    """Regenerate ``spec`` into a scratch directory (old API tree when generated/ is stale)."""
    cmd = _regenerate_cmd(paths, spec, out_dir, out_dir.parent / "facade-scratch")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise UpdateError("could not regenerate the old spec for comparison: " + proc.stderr)


def _history_path(paths: Paths, version: str | None, sha: str, data: bytes) -> Path:
    """``numbers-<version>-<sha8>.yaml``: unique even when Sinch did not bump the version.

    An existing history file with the same bytes is reused (whatever its name).
    """
    for existing in sorted(paths.history.glob("*.yaml")) if paths.history.is_dir() else []:
        if existing.read_bytes() == data:
            return existing
    safe = (version or "unknown").replace("/", "_")
    return paths.history / f"numbers-{safe}-{sha[:8]}.yaml"


def _find_pinned(paths: Paths, sha: str) -> Path | None:
    """The pinned file (pin or history) whose bytes have ``sha``: the lock's entry first."""
    candidates = []
    key = health.lock_shas(paths.lock).get(sha)
    if key:
        candidates.append(paths.root / key)
    candidates.append(paths.pin)
    if paths.history.is_dir():
        candidates += sorted(paths.history.glob("*.yaml"))
    for candidate in candidates:
        if candidate.is_file() and sha256_bytes(candidate.read_bytes()) == sha:
            return candidate
    return None


# ------------------------------------------------------------------------- run


@dataclass
class _State:
    report: dict[str, Any]
    started: float
    timings: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def timed(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = round(time.perf_counter() - t0, 3)


def _new_report(source: str) -> dict[str, Any]:
    return {
        "report_schema": REPORT_SCHEMA,
        "source": source,
        "source_reachable": False,
        "old": {"version": None, "sha256": None},
        "new": {"version": None, "sha256": None},
        "changed": False,
        "changes": [],
        "api_breaks": [],
        "regenerated": False,
        "cassettes": _skipped("spec unchanged"),
        "summary": {"breaking": 0, "non-breaking": 0, "info": 0},
        "exit_status": EXIT_OK,
        "needs_friendly_name": [],
        "new_operations": [],
        "history_file": None,
        "applied": False,
        "dry_run": False,
        "api_compare": {"status": "skipped", "detail": "spec unchanged"},
        "sandbox": {"status": "skipped", "detail": "spec unchanged"},
        "expected_test_failures": [],
        "repair": [],
        "notes": [],
        "error": None,
    }


def run(options: Options) -> tuple[dict[str, Any], int]:
    """Do the update described by ``options``; return (report, exit status)."""
    state = _State(_new_report(options.source), time.perf_counter())
    report = state.report
    try:
        code = _run(options, state)
    except (UpdateError, SpecError, LockError, health.RepairError, OSError) as exc:
        message = _one_line(str(exc) if not isinstance(exc, OSError) else f"{exc}")
        report["error"] = message
        report["exit_status"] = code = EXIT_ERROR
        report["applied"] = report["regenerated"] = False
        if "skipped" in report["cassettes"]:
            report["cassettes"] = _skipped("update failed")
        if report["api_compare"].get("status") == "skipped":
            report["api_compare"] = {"status": "skipped", "detail": "update failed"}
        options.log(f"update-spec: error: {message}")
    report["timings"] = state.timings
    report["duration_seconds"] = round(time.perf_counter() - state.started, 3)
    return report, code


@dataclass
class _Base:
    """The spec the last complete update left (what this update is compared against)."""

    data: bytes
    sha: str
    doc: dict[str, Any]
    version: str | None
    #: an earlier run was interrupted: generated/ (or pending.json) is not at the pin
    interrupted: bool = False


def _base(paths: Paths, pin_bytes: bytes, options: Options, report: dict[str, Any]) -> _Base:
    """Check the checkout; find what the last complete update pinned (self-healing)."""
    pin_sha = sha256_bytes(pin_bytes)
    state = health.check(paths.root, pin=paths.pin, lock=paths.lock)
    if state.stale:
        if options.dry_run:
            report["notes"].append(
                "leftovers of an interrupted run: " + ", ".join(p.name for p in state.stale)
            )
        else:
            report["repair"] += health.repair(paths.root, regenerate_code=False)
    pending = read_pending(paths.pending)
    if pending is not None and pending.get("spec_sha256"):
        completed = str(pending["spec_sha256"])
    else:
        completed = state.generated_sha or pin_sha
    interrupted = completed != pin_sha or not state.consistent
    if interrupted and not options.regenerate:
        report["notes"].append(
            "generated/ or openapi/pending.json is behind the pin; a run without "
            "--no-regenerate completes it"
        )
        interrupted = False
    if not interrupted:
        doc = _parse(pin_bytes)
        return _Base(pin_bytes, pin_sha, doc, spec_version(doc))
    for problem in state.generated_problems:
        report["repair"].append(f"found: {problem}")
    found = _find_pinned(paths, completed) if completed != pin_sha else None
    if found is not None:
        data = found.read_bytes()
        doc = _parse(data)
        report["repair"].append(
            f"an earlier update was interrupted: the last complete update left "
            f"{spec_version(doc)} (sha256 {_short(completed)}, {lock_key(found, paths.root)}); "
            f"this run completes the update to the pin"
        )
        return _Base(data, completed, doc, spec_version(doc), interrupted=True)
    report["repair"].append(
        "generated/ or openapi/pending.json does not match the pin and the spec they came from "
        "is not pinned any more: regenerating and re-checking from the pin"
    )
    doc = _parse(pin_bytes)
    return _Base(pin_bytes, pin_sha, doc, spec_version(doc), interrupted=True)


def _run(options: Options, state: _State) -> int:
    report = state.report
    log = options.log
    paths = Paths(options.root.resolve())
    try:
        pin_bytes = paths.pin.read_bytes()
    except FileNotFoundError:
        raise UpdateError(f"no pinned spec at {paths.pin}; run scripts/fetch-spec first") from None
    pin_sha = sha256_bytes(pin_bytes)
    pin_doc = _parse(pin_bytes)
    report["dry_run"] = options.dry_run
    base = _base(paths, pin_bytes, options, report)
    for line in report["repair"]:
        log(f"update-spec: repair: {line}")
    report["old"] = {"version": base.version, "sha256": base.sha}
    report["new"] = {"version": spec_version(pin_doc), "sha256": pin_sha}
    recorded = _record_source(options.source, paths.root)
    entries = read_lock(paths.lock)
    key = lock_key(paths.pin, paths.root)
    entry = entries.get(key)

    etag = last_modified = None
    if entry is not None and entry.source == recorded and entry.sha256 == pin_sha:
        etag, last_modified = entry.etag, entry.last_modified
    new_bytes, new_doc, fetched_etag, fetched_lm = pin_bytes, pin_doc, None, None
    with state.timed("fetch"):
        try:
            fetched = fetch_spec(
                options.source,
                etag=etag,
                last_modified=last_modified,
                timeout=options.timeout,
                retries=options.retries,
            )
        except SpecUnreachableError as exc:
            log(
                f"update-spec: source unreachable ({_one_line(str(exc), 300)}); "
                f"using the pinned spec {spec_version(pin_doc)} (sha256 {_short(pin_sha)})"
            )
            report["notes"].append(f"source unreachable: {_one_line(str(exc), 300)}")
            fetched = None
    if fetched is not None:
        report["source_reachable"] = True
        if fetched.status == "not_modified":
            log(f"update-spec: unchanged (server says not modified; sha256 {_short(pin_sha)})")
        else:
            with state.timed("validate"):
                try:
                    new_doc = validate_spec(fetched.content)
                except SpecValidationError as exc:
                    raise UpdateError(f"invalid spec from {options.source}: {exc}") from exc
            new_bytes, fetched_etag, fetched_lm = (
                fetched.content,
                fetched.etag,
                fetched.last_modified,
            )
    new_sha = sha256_bytes(new_bytes)
    new_version = spec_version(new_doc)
    report["new"] = {"version": new_version, "sha256": new_sha}
    if new_sha == pin_sha and not base.interrupted:
        if fetched is None:
            report["cassettes"] = _skipped("source unreachable")
            report["api_compare"] = {"status": "skipped", "detail": "source unreachable"}
            report["sandbox"] = {"status": "skipped", "detail": "source unreachable"}
        elif fetched.status != "not_modified":
            log(f"update-spec: unchanged (sha256 {_short(pin_sha)})")
        _facade_info(paths, report, base.doc, new_doc)
        return EXIT_OK

    report["changed"] = new_sha != base.sha
    naming = Naming.from_config(paths.generator / "config.yaml")
    with state.timed("diff"):
        changes = diff_documents(base.doc, new_doc, naming) if report["changed"] else []
    if report["changed"] and not changes:  # different bytes, same parsed document
        changes = [FORMATTING_ONLY]
    _record_changes(report, changes)
    same = "; info.version not bumped" if base.version == new_version else ""
    if report["changed"]:
        log(
            f"update-spec: {base.version} → {new_version} (sha256 {_short(base.sha)} → "
            f"{_short(new_sha)}{same}): {report['summary']['breaking']} breaking, "
            f"{report['summary']['non-breaking']} non-breaking, {report['summary']['info']} info"
        )
    if options.dry_run:
        report["notes"].append("dry run: nothing was pinned or regenerated")
        report["cassettes"] = _skipped("dry run")
        report["api_compare"] = {"status": "skipped", "detail": "dry run"}
        report["sandbox"] = {"status": "skipped", "detail": "dry run"}
        return _exit_status(report)

    repin = new_sha != pin_sha
    history = _history_path(paths, spec_version(pin_doc), pin_sha, pin_bytes) if repin else None
    extra = [paths.pin, paths.lock, paths.pending, paths.facade, *([history] if history else [])]
    snapshot = Snapshot.take(paths.generated, paths.facade_dir, extra)
    old_facade = snapshot.saved(paths.facade)
    try:
        if repin:
            assert history is not None
            with state.timed("pin"):
                _pin(paths, entry, recorded, fetched_etag, fetched_lm, pin_bytes, pin_doc,
                     new_bytes, new_doc, history, report)  # fmt: skip
        if options.regenerate:
            with state.timed("regenerate"):
                (options.regenerator or _default_regenerator)(paths)
            report["regenerated"] = True
            log(f"update-spec: regenerated generated/ in {state.timings['regenerate']:.1f}s")
    except BaseException as exc:
        problems = snapshot.restore()
        snapshot.discard()
        if not isinstance(exc, Exception):
            raise  # KeyboardInterrupt/SIGTERM: rolled back, now propagate
        what = str(exc) if isinstance(exc, SpecError | OSError) else f"{type(exc).__name__}: {exc}"
        if problems:
            raise UpdateError(f"{what}; ROLLBACK INCOMPLETE: {'; '.join(problems)}") from exc
        raise UpdateError(f"{what}; old pin, lock and generated/ restored") from exc

    try:
        if options.regenerate:
            with state.timed("api_compare"):
                _compare_api(paths, snapshot, base, report)
            with state.timed("sandbox"):
                _sandbox(options, paths, report)
            with state.timed("cassettes"):
                _cassettes(options, paths, report, base)
        else:
            report["api_compare"] = {"status": "skipped", "detail": "--no-regenerate"}
            report["cassettes"] = _skipped("--no-regenerate")
            report["sandbox"] = {"status": "skipped", "detail": "--no-regenerate"}
            report["notes"].append(
                "generated/ was not regenerated (--no-regenerate): run scripts/regenerate"
            )
        _facade_info(paths, report, base.doc, new_doc)
        if options.regenerate:
            with state.timed("predict"):
                _predict(options, paths, report, base, new_doc, old_facade, naming)
            _write_pending(paths, report, new_doc)
    finally:
        snapshot.discard()
    return _exit_status(report)


def _record_changes(report: dict[str, Any], changes: list[Change]) -> None:
    report["changes"] = [c.to_json() for c in changes]
    report["summary"] = summarize(changes)


def _exit_status(report: dict[str, Any]) -> int:
    """3 if *this* update breaks users: a breaking change, a griffe API break, a sandbox that no
    longer starts or a cassette finding the previous update did not already leave."""
    breaking = any(c["severity"] == "breaking" for c in report["changes"])
    cassettes = report.get("cassettes") or {}
    new_failures = int(cassettes.get("failed_new", cassettes.get("failed")) or 0)
    sandbox_down = (report.get("sandbox") or {}).get("status") == "failed"
    if breaking or report.get("api_breaks") or new_failures > 0 or sandbox_down:
        report["exit_status"] = EXIT_BREAKING
    else:
        report["exit_status"] = EXIT_OK
    return int(report["exit_status"])


def _pin(
    paths: Paths,
    entry: LockEntry | None,
    recorded: str,
    etag: str | None,
    last_modified: str | None,
    old_bytes: bytes,
    old_doc: dict[str, Any],
    new_bytes: bytes,
    new_doc: dict[str, Any],
    history: Path,
    report: dict[str, Any],
) -> None:
    """Old pin → openapi/history/, new bytes → openapi/numbers.yaml, both in the lock."""
    old_version, new_version = spec_version(old_doc), spec_version(new_doc)
    mode = stat.S_IMODE(paths.pin.stat().st_mode)
    today = datetime.now(UTC).date().isoformat()
    pin_spec(
        old_bytes,
        history,
        paths.lock,
        entry.source if entry else recorded,
        root=paths.root,
        etag=entry.etag if entry else None,
        last_modified=entry.last_modified if entry else None,
        spec=old_doc,
        note=(
            f"info.version {old_version} (sha256 {sha256_bytes(old_bytes)[:12]}) superseded by "
            f"{new_version} on {today} (scripts/update-spec); kept for diffs"
        ),
        fetched_at=entry.fetched_at if entry else None,
    )
    os.chmod(history, mode)  # the history file keeps the pin's mode
    pin_spec(
        new_bytes,
        paths.pin,
        paths.lock,
        recorded,
        root=paths.root,
        etag=etag,
        last_modified=last_modified,
        spec=new_doc,
    )
    report["history_file"] = lock_key(history, paths.root)
    report["applied"] = True


def _compare_api(paths: Paths, snapshot: Snapshot, base: _Base, report: dict[str, Any]) -> None:
    """griffe: old tree = generated/ as it was (if it was built from the base), else a
    regeneration of the base spec in a scratch directory."""
    from specpipe.apicompare import compare_packages  # griffe import only when needed

    assert snapshot.scratch is not None
    old_tree = snapshot.generated_backup
    stale = True
    if old_tree is not None:
        with contextlib.suppress(OSError, ValueError):
            manifest = json.loads((old_tree / "GENERATED.json").read_text(encoding="utf-8"))
            stale = manifest.get("spec_sha256") != base.sha
    try:
        if old_tree is None or stale:
            old_spec = snapshot.scratch / "old-numbers.yaml"
            old_spec.write_bytes(base.data)
            old_tree = snapshot.scratch / "old-generated"
            _regenerate_into(paths, old_spec, old_tree)
            report["notes"].append(
                "generated/ did not match the old pin; compared against a fresh regeneration "
                "of the old spec"
            )
        report["api_breaks"] = compare_packages(old_tree, paths.generated)
        report["api_compare"] = {"status": "ok", "detail": "griffe.find_breaking_changes"}
    except Exception as exc:  # the comparison is advisory; never undo a good regeneration
        report["api_compare"] = {"status": "error", "detail": _one_line(f"{exc}")}


def _sandbox(options: Options, paths: Paths, report: dict[str, Any]) -> None:
    """Does the sandbox start on the updated tree; which operations answer 501."""
    checker = options.sandbox_checker or check_sandbox
    if options.sandbox_checker is None and not (paths.root / "overlay" / "sinch_numbers").is_dir():
        report["sandbox"] = {"status": "skipped", "detail": "no overlay/ in this checkout"}
        return
    try:
        result = dict(checker(paths.root))
    except Exception as exc:
        result = {"started": False, "detail": f"{type(exc).__name__}: {exc}"}
    unhandled = sorted(result.get("unhandled_operations") or [])
    report["sandbox"] = {
        "status": "ok" if result.get("started") else "failed",
        "unhandled_operations": unhandled,
        "detail": _one_line(str(result.get("detail") or ""), 300),
    }
    if not result.get("started"):
        options.log(f"update-spec: the sandbox does not start: {report['sandbox']['detail']}")


def _baseline(paths: Paths, base: _Base) -> list[dict[str, Any]]:
    """Known cassette failures the last complete update left (for the spec it pinned)."""
    pending = read_pending(paths.pending)
    if pending is None or pending.get("spec_sha256") != base.sha:
        return []
    return [dict(f) for f in pending.get("known_cassette_failures") or []]


def _cassettes(options: Options, paths: Paths, report: dict[str, Any], base: _Base) -> None:
    if not options.cassettes:
        report["cassettes"] = _skipped("--no-cassettes")
        return
    runner, where = (
        (options.cassette_runner, "injected")
        if options.cassette_runner
        else load_replay(paths.root)
    )
    if runner is None:
        report["cassettes"] = _skipped(where)
        return
    result = classify(run_replay(runner, paths.generated), _baseline(paths, base))
    result.setdefault("module", where)
    report["cassettes"] = result


def _facade_info(
    paths: Paths, report: dict[str, Any], old_doc: Mapping[str, Any], new_doc: Mapping[str, Any]
) -> None:
    """New operations and whether the (re)generated facade has a friendly name for them."""
    try:
        operations, needs = read_facade(paths.facade)
    except (OSError, SyntaxError, ValueError) as exc:
        report["notes"].append(f"facade not read: {_one_line(str(exc), 200)}")
        return
    report["needs_friendly_name"] = needs
    added = sorted(_operation_ids(new_doc) - _operation_ids(old_doc))
    report["new_operations"] = [
        {
            "operation_id": op_id,
            "facade": ".".join(operations[op_id]) if op_id in operations else None,
            "needs_friendly_name": op_id in needs,
        }
        for op_id in added
    ]


def _predict(
    options: Options,
    paths: Paths,
    report: dict[str, Any],
    base: _Base,
    new_doc: Mapping[str, Any],
    old_facade: bytes | None,
    naming: Naming,
) -> None:
    if not options.predict_tests or not (paths.root / "tests").is_dir():
        return
    try:
        old_ops = parse_facade(old_facade.decode("utf-8"))[0] if old_facade else {}
        new_ops = read_facade(paths.facade)[0]
        lock = json.loads(paths.lock.read_text(encoding="utf-8"))
        label = matrix_label(lock, str(report["new"]["sha256"]))
        report["expected_test_failures"] = predict(
            paths.root,
            report["changes"],
            base.doc,
            new_doc,
            old_ops,
            new_ops,
            report.get("cassettes"),
            label,
            naming,
        )
    except (OSError, SyntaxError, ValueError) as exc:
        report["notes"].append(f"test impact not predicted: {_one_line(str(exc), 200)}")


def _write_pending(paths: Paths, report: Mapping[str, Any], new_doc: Mapping[str, Any]) -> None:
    """openapi/pending.json for the new pin: gaps the tests allow, and the next baseline."""
    cassettes = report.get("cassettes") or {}
    sandbox = report.get("sandbox") or {}
    ops = _operation_ids(new_doc)
    since = f"{report['new']['version']} (sha256 {str(report['new']['sha256'])[:12]})"
    known = [
        {**f, "known_since": f.get("known_since") or since} for f in cassettes.get("findings") or []
    ]
    write_pending(
        paths.pending,
        {
            "spec_sha256": report["new"]["sha256"],
            "spec_version": report["new"]["version"],
            "updated_from": report["old"],
            "operations_without_sandbox_handler": sorted(
                set(sandbox.get("unhandled_operations") or []) & ops
            ),
            "operations_without_cassette": sorted(
                set(cassettes.get("operations_without_cassette") or []) & ops
            ),
            "operations_without_friendly_name": sorted(report.get("needs_friendly_name") or []),
            "expected_test_failures": list(report.get("expected_test_failures") or []),
            "known_cassette_failures": sorted(known, key=cassette_replay.finding_key),
        },
    )


# ----------------------------------------------------------------------------- CLI


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="update-spec",
        description=(
            "Fetch Sinch's Numbers spec, classify changes by their effect on the generated "
            "client, pin it, regenerate, compare the public API, check the sandbox, replay the "
            "cassettes and write a report. Exit codes: 0 no change or non-breaking, 3 breaking "
            "(changes applied), 1 error (nothing touched), 64 usage."
        ),
    )
    parser.add_argument(
        "--source",
        help=f"http(s):// URL, file:// URL or path (default: ${ENV_SOURCE} or {DEFAULT_SOURCE})",
    )
    parser.add_argument("--report", type=Path, help="write the JSON report here ('-' = stdout)")
    parser.add_argument(
        "--markdown",
        type=Path,
        help="write the Markdown summary here (default: print it to stdout)",
    )
    parser.add_argument(
        "--root", type=Path, default=REPO_ROOT, help="checkout to update (default: %(default)s)"
    )
    parser.add_argument(
        "--no-regenerate",
        dest="regenerate",
        action="store_false",
        help="pin and report, but do not regenerate generated/ (no API compare, no cassettes)",
    )
    parser.add_argument(
        "--no-cassettes", dest="cassettes", action="store_false", help="skip cassette replay"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="fetch, diff and report only; write nothing"
    )
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds")
    parser.add_argument("--retries", type=int, default=DEFAULT_RETRIES)
    return parser


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise Terminated(f"terminated by signal {signum}")


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry point (``scripts/update-spec``)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    options = Options(
        root=args.root,
        source=args.source or os.environ.get(ENV_SOURCE) or DEFAULT_SOURCE,
        report=args.report,
        markdown=args.markdown,
        regenerate=args.regenerate,
        cassettes=args.cassettes,
        dry_run=args.dry_run,
        timeout=args.timeout,
        retries=max(0, args.retries),
    )
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        report, code = run(options)
    except KeyboardInterrupt:
        print(INTERRUPTED.format(what="interrupted"), file=sys.stderr)
        return 130
    except Terminated:
        print(INTERRUPTED.format(what="terminated"), file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        signal.signal(signal.SIGTERM, previous)
    markdown = render_markdown(report)
    try:
        if options.report is not None:
            if str(options.report) == "-":
                sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
            else:
                write_json(options.report, report)
        if options.markdown is None or str(options.markdown) == "-":
            if str(options.report) != "-":
                sys.stdout.write(markdown)
        else:
            write_text(options.markdown, markdown)
    except OSError as exc:
        print(f"update-spec: error: cannot write report: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
