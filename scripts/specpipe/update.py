"""``scripts/update-spec``: fetch, classify, pin, regenerate, compare, report.

Why one command: a spec update is only useful together with what it does to the
generated client. This module chains the specpipe pieces into one transaction
over the working tree: either the new spec is pinned (old one moved to
``openapi/history/``), the lock updated and ``generated/`` + the facade
regenerated, or (on any error) the pin, lock, history and generated code are put
back exactly as they were. The report says what changed *for users of the
generated Python client* (see :mod:`specpipe.diff`), what griffe saw change in
its public API, and how recorded cassettes replay against it.

Exit codes: 0 no change or only non-breaking changes, 3 breaking changes (still
applied so a pull request shows them), 1 error (nothing touched), 64 usage.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import importlib.util
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import yaml

from specpipe.atomic import atomic_write_bytes
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
from specpipe.lock import REPO_ROOT, LockEntry, LockError, lock_key, read_lock, sha256_bytes
from specpipe.report import render_markdown, write_json, write_text

__all__ = [
    "ENV_REPLAY",
    "EXIT_BREAKING",
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "Options",
    "Paths",
    "main",
    "read_facade",
    "run",
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BREAKING = 3
EXIT_USAGE = 64
#: a Python file defining ``replay_cassettes(generated_dir) -> dict`` (overrides discovery)
ENV_REPLAY = "SINCH_NUMBERS_CASSETTE_REPLAY"
#: where the cassette engineer's module is looked for, relative to --root and to this repo
REPLAY_CANDIDATES = ("tests/cassettes/replay.py",)
REPORT_SCHEMA = 1
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
CassetteRunner = Callable[[Path], Mapping[str, Any]]


class UpdateError(SpecError):
    """A step failed; the working tree is (or has been put back) as it was."""


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


def read_facade(path: Path) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """``OPERATIONS`` and ``NEEDS_FRIENDLY_NAME`` of a rendered facade, without importing it.

    Parsed with :mod:`ast` because importing the overlay would need the whole client
    (and an up-to-date ``sinch_numbers_api`` on ``sys.path``).
    """
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
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


def _facade_args(paths: Paths, facade_dir: Path) -> list[str]:
    """regenerate's option for where the facade goes (it was --facade-output, now --facade-dir)."""
    source = (paths.generator / "regenerate.py").read_text(encoding="utf-8")
    if "--facade-dir" in source:
        return ["--facade-dir", str(facade_dir)]
    if "--facade-output" in source:
        return ["--facade-output", str(facade_dir / "_generated.py")]
    return []


def _default_regenerator(paths: Paths) -> None:
    """Run the checkout's generator/regenerate.py in a subprocess (isolates generator crashes)."""
    cmd = [
        sys.executable,
        str(paths.generator / "regenerate.py"),
        "--spec", str(paths.pin),
        "--output", str(paths.generated),
        *_facade_args(paths, paths.facade_dir),
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise UpdateError("regeneration failed: " + _one_line(" / ".join(tail) or "no output"))


def _regenerate_into(paths: Paths, spec: Path, out_dir: Path) -> None:
    """Regenerate ``spec`` into a scratch directory (old API tree when generated/ is stale)."""
    cmd = [
        sys.executable,
        str(paths.generator / "regenerate.py"),
        "--spec", str(spec),
        "--output", str(out_dir),
        *_facade_args(paths, out_dir.parent / "facade-scratch"),
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise UpdateError("could not regenerate the old spec for comparison: " + proc.stderr)


def _load_replay(root: Path) -> tuple[CassetteRunner | None, str]:
    """Find ``replay_cassettes`` (pluggable: the cassette suite ships it separately)."""
    override = os.environ.get(ENV_REPLAY)
    candidates = [Path(override)] if override else []
    bases = list(dict.fromkeys((root.resolve(), REPO_ROOT.resolve())))
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


def _run_cassettes(runner: CassetteRunner, generated: Path) -> dict[str, Any]:
    try:
        raw = dict(runner(generated))
    except Exception as exc:  # a crash during replay counts as a failure, not an abort
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


def _skipped(reason: str) -> dict[str, Any]:
    return {"passed": 0, "failed": 0, "failures": [], "skipped": reason}


# ------------------------------------------------------------------- transaction


@dataclass
class _Snapshot:
    """Bytes (and modes) of everything a spec update writes, for an exact rollback."""

    paths: Paths
    files: dict[Path, tuple[bytes, int] | None] = field(default_factory=dict)
    generated_backup: Path | None = None
    scratch: Path | None = None

    @classmethod
    def take(cls, paths: Paths, extra: Sequence[Path] = ()) -> _Snapshot:
        snap = cls(paths)
        facade_files = sorted(paths.facade_dir.glob("*.py")) if paths.facade_dir.is_dir() else []
        for path in (paths.pin, paths.lock, paths.facade, *facade_files, *extra):
            try:
                snap.files[path] = (path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
            except FileNotFoundError:
                snap.files[path] = None
        snap.scratch = Path(tempfile.mkdtemp(prefix="update-spec-"))
        if paths.generated.exists():
            snap.generated_backup = snap.scratch / "generated"
            shutil.copytree(paths.generated, snap.generated_backup, symlinks=True)
        return snap

    def restore(self) -> list[str]:
        """Put every file back; returns problems (empty when the rollback was complete)."""
        problems: list[str] = []
        if self.paths.facade_dir.is_dir():  # modules a newer generator added
            for extra in sorted(self.paths.facade_dir.glob("*.py")):
                self.files.setdefault(extra, None)
        for path, saved in self.files.items():
            try:
                if saved is None:
                    path.unlink(missing_ok=True)
                else:
                    data, mode = saved
                    if not path.exists() or path.read_bytes() != data:
                        atomic_write_bytes(path, data)
                    os.chmod(path, mode)
            except OSError as exc:
                problems.append(f"{path}: {exc}")
        if self.generated_backup is not None:
            target = self.paths.generated
            try:
                if target.exists():
                    trash = target.with_name(target.name + ".update-spec-failed")
                    if trash.exists():
                        shutil.rmtree(trash)
                    target.rename(trash)
                    shutil.rmtree(trash)
                shutil.copytree(self.generated_backup, target, symlinks=True)
            except OSError as exc:
                problems.append(f"{target}: {exc}")
        return problems

    def discard(self) -> None:
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)


def _history_path(paths: Paths, old_version: str | None, old_sha: str, old: bytes) -> Path:
    """``numbers-<version>.yaml``; ``-<sha8>`` suffix if that name holds other bytes."""
    version = (old_version or "unknown").replace("/", "_")
    plain = paths.history / f"numbers-{version}.yaml"
    if not plain.exists() or plain.read_bytes() == old:
        return plain
    return paths.history / f"numbers-{version}-{old_sha[:8]}.yaml"


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
        "api_compare": {"status": "skipped", "detail": "spec unchanged"},
        "notes": [],
        "error": None,
    }


def run(options: Options) -> tuple[dict[str, Any], int]:
    """Do the update described by ``options``; return (report, exit status)."""
    state = _State(_new_report(options.source), time.perf_counter())
    report = state.report
    try:
        code = _run(options, state)
    except (UpdateError, SpecError, LockError, OSError) as exc:
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


def _run(options: Options, state: _State) -> int:
    report = state.report
    log = options.log
    paths = Paths(options.root.resolve())
    try:
        old_bytes = paths.pin.read_bytes()
    except FileNotFoundError:
        raise UpdateError(f"no pinned spec at {paths.pin}; run scripts/fetch-spec first") from None
    old_sha = sha256_bytes(old_bytes)
    old_doc = _parse(old_bytes)
    old_version = spec_version(old_doc)
    report["old"] = {"version": old_version, "sha256": old_sha}
    report["new"] = dict(report["old"])
    recorded = _record_source(options.source, paths.root)
    entries = read_lock(paths.lock)
    key = lock_key(paths.pin, paths.root)
    entry = entries.get(key)

    etag = last_modified = None
    if entry is not None and entry.source == recorded and entry.sha256 == old_sha:
        etag, last_modified = entry.etag, entry.last_modified
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
                f"using the pinned spec {old_version} (sha256 {_short(old_sha)})"
            )
            report["notes"].append(f"source unreachable: {_one_line(str(exc), 300)}")
            report["cassettes"] = _skipped("source unreachable")
            report["api_compare"] = {"status": "skipped", "detail": "source unreachable"}
            _facade_info(paths, report, old_doc, old_doc)
            return EXIT_OK
    report["source_reachable"] = True
    if fetched.status == "not_modified":
        log(f"update-spec: unchanged (server says not modified; sha256 {_short(old_sha)})")
        _facade_info(paths, report, old_doc, old_doc)
        return EXIT_OK

    with state.timed("validate"):
        try:
            new_doc = validate_spec(fetched.content)
        except SpecValidationError as exc:
            raise UpdateError(f"invalid spec from {options.source}: {exc}") from exc
    new_bytes = fetched.content
    new_sha = sha256_bytes(new_bytes)
    new_version = spec_version(new_doc)
    report["new"] = {"version": new_version, "sha256": new_sha}
    if new_sha == old_sha:
        log(f"update-spec: unchanged (sha256 {_short(old_sha)})")
        _facade_info(paths, report, old_doc, old_doc)
        return EXIT_OK

    report["changed"] = True
    naming = Naming.from_config(paths.generator / "config.yaml")
    with state.timed("diff"):
        changes = diff_documents(old_doc, new_doc, naming)
    if not changes:  # different bytes, same parsed document
        changes = [FORMATTING_ONLY]
    _record_changes(report, changes)
    same = "; info.version not bumped" if old_version == new_version else ""
    log(
        f"update-spec: {old_version} → {new_version} (sha256 {_short(old_sha)} → "
        f"{_short(new_sha)}{same}): {report['summary']['breaking']} breaking, "
        f"{report['summary']['non-breaking']} non-breaking, {report['summary']['info']} info"
    )
    if options.dry_run:
        report["notes"].append("dry run: nothing was pinned or regenerated")
        report["cassettes"] = _skipped("dry run")
        report["api_compare"] = {"status": "skipped", "detail": "dry run"}
        return _exit_status(report)

    history = _history_path(paths, old_version, old_sha, old_bytes)
    snapshot = _Snapshot.take(paths, extra=(history,))
    try:
        with state.timed("pin"):
            _pin(paths, entries.get(key), recorded, fetched.etag, fetched.last_modified,
                 old_bytes, old_doc, new_bytes, new_doc, history, report)  # fmt: skip
        if options.regenerate:
            with state.timed("regenerate"):
                (options.regenerator or _default_regenerator)(paths)
            report["regenerated"] = True
            log(f"update-spec: regenerated generated/ in {state.timings['regenerate']:.1f}s")
    except BaseException as exc:
        problems = snapshot.restore()
        snapshot.discard()
        if not isinstance(exc, Exception):
            raise  # KeyboardInterrupt/SystemExit: rolled back, now propagate
        what = str(exc) if isinstance(exc, SpecError | OSError) else f"{type(exc).__name__}: {exc}"
        if problems:
            raise UpdateError(f"{what}; ROLLBACK INCOMPLETE: {'; '.join(problems)}") from exc
        raise UpdateError(f"{what}; old pin, lock and generated/ restored") from exc

    try:
        if options.regenerate:
            with state.timed("api_compare"):
                _compare_api(paths, snapshot, old_sha, report)
            with state.timed("cassettes"):
                _cassettes(options, paths, report)
        else:
            report["api_compare"] = {"status": "skipped", "detail": "--no-regenerate"}
            report["cassettes"] = _skipped("--no-regenerate")
            report["notes"].append(
                "generated/ was not regenerated (--no-regenerate): run scripts/regenerate"
            )
        _facade_info(paths, report, old_doc, new_doc)
    finally:
        snapshot.discard()
    return _exit_status(report)


def _record_changes(report: dict[str, Any], changes: list[Change]) -> None:
    report["changes"] = [c.to_json() for c in changes]
    report["summary"] = summarize(changes)


def _exit_status(report: dict[str, Any]) -> int:
    """3 if anything breaks users: a breaking change, a griffe API break or a failed cassette."""
    breaking = any(c["severity"] == "breaking" for c in report["changes"])
    cassettes = report.get("cassettes") or {}
    if breaking or report.get("api_breaks") or int(cassettes.get("failed") or 0) > 0:
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
    os.chmod(history, mode)  # pins are read-only in the tree
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


def _compare_api(paths: Paths, snapshot: _Snapshot, old_sha: str, report: dict[str, Any]) -> None:
    """griffe: old tree = generated/ as it was (if it matched the old pin), else a regeneration."""
    from specpipe.apicompare import compare_packages  # griffe import only when needed

    assert snapshot.scratch is not None
    old_tree = snapshot.generated_backup
    stale = True
    if old_tree is not None:
        with contextlib.suppress(OSError, ValueError):
            manifest = json.loads((old_tree / "GENERATED.json").read_text(encoding="utf-8"))
            stale = manifest.get("spec_sha256") != old_sha
    try:
        if old_tree is None or stale:
            old_spec = snapshot.scratch / "old-numbers.yaml"
            old_saved = snapshot.files[paths.pin]
            assert old_saved is not None
            old_spec.write_bytes(old_saved[0])
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


def _cassettes(options: Options, paths: Paths, report: dict[str, Any]) -> None:
    if not options.cassettes:
        report["cassettes"] = _skipped("--no-cassettes")
        return
    runner, where = (
        (options.cassette_runner, "injected")
        if options.cassette_runner
        else _load_replay(paths.root)
    )
    if runner is None:
        report["cassettes"] = _skipped(where)
        return
    result = _run_cassettes(runner, paths.generated)
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
            "client, pin it, regenerate, compare the public API and write a report. Exit "
            "codes: 0 no change or non-breaking, 3 breaking (changes applied), 1 error "
            "(nothing touched), 64 usage."
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
    try:
        report, code = run(options)
    except KeyboardInterrupt:
        print("update-spec: interrupted", file=sys.stderr)
        return 130
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
