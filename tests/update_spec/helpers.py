"""Shared helpers: throwaway repo copies, spec variants and an in-process CLI runner.

Every test works on a tmp_path copy of the pieces update-spec touches (openapi/, generator/,
generated/, the overlay's generated facade modules, pyproject.toml); the real tree is only read.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
TESTS = ROOT / "tests"
for extra in (str(SCRIPTS), str(TESTS), str(ROOT / "generator")):
    if extra not in sys.path:
        sys.path.insert(0, extra)

from pinned import PIN_VERSION, historical, historical_path  # noqa: E402
from specpipe import update  # noqa: E402
from specpipe.lock import sha256_bytes  # noqa: E402

# The pin as it is now, whatever update-spec last pinned (never spelled out in tests).
CURRENT_PATH = ROOT / "openapi" / "numbers.yaml"
CURRENT = CURRENT_PATH.read_bytes()
CURRENT_SHA = sha256_bytes(CURRENT)
CURRENT_VERSION = PIN_VERSION
# Two historical files with fixed contents, for the real 1.0.2 → 1.0.3 update.
OLD_PATH = historical_path("1.0.2")
OLD = historical("1.0.2")
OLD_SHA = sha256_bytes(OLD)
V103 = historical("1.0.3")
V103_SHA = sha256_bytes(V103)
FACADE_DIR = Path("overlay") / "sinch_numbers" / "resources"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")

try:
    _LOADER: Any = yaml.CSafeLoader
    _DUMPER: Any = yaml.CSafeDumper
except AttributeError:  # pragma: no cover
    _LOADER, _DUMPER = yaml.SafeLoader, yaml.SafeDumper


@cache
def _current_doc() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.load(CURRENT, Loader=_LOADER)
    return doc


def current_doc() -> dict[str, Any]:
    """A fresh deep copy of the pinned spec, to mutate into a variant."""
    return copy.deepcopy(_current_doc())


def dump(doc: dict[str, Any]) -> bytes:
    text: str = yaml.dump(doc, Dumper=_DUMPER, sort_keys=False, allow_unicode=True)
    return text.encode("utf-8")


@dataclass(frozen=True)
class Repo(update.Paths):
    """A tmp copy of the repo pieces update-spec reads and writes."""

    @property
    def facade(self) -> Path:
        return self.root / FACADE_DIR / "_operations.py"

    def lock_json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.lock.read_text("utf-8"))
        return data

    def protected(self) -> dict[str, bytes]:
        """Bytes of everything an update may change: pin, lock, history, generated/, facade."""
        files = [self.pin, self.lock, *sorted(self.history.glob("*"))]
        files += [self.pending] if self.pending.exists() else []
        files += sorted(p for p in self.generated.rglob("*") if p.is_file())
        files += sorted((self.root / FACADE_DIR).glob("*.py"))
        return {p.relative_to(self.root).as_posix(): p.read_bytes() for p in files}

    def pin_bytes(self, data: bytes, *, version_key_from: str | None = None) -> None:
        """Make ``data`` the pinned spec (lock entry included), as if fetched earlier."""
        self.pin.chmod(0o644)
        self.pin.write_bytes(data)
        self.pin.chmod(0o444)
        lock = self.lock_json()
        entry = lock["openapi/numbers.yaml"]
        entry["sha256"] = sha256_bytes(data)
        entry["version"] = str(yaml.load(data, Loader=_LOADER)["info"]["version"])
        self.lock.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n", "utf-8")

    def regenerate(self) -> None:
        """Bring generated/ and the facade in line with the pin (as the real repo is)."""
        cmd = [
            sys.executable,
            str(self.root / "generator" / "regenerate.py"),
            "--spec", str(self.pin),
            "--output", str(self.generated),
        ]  # fmt: skip
        source = (self.root / "generator" / "regenerate.py").read_text("utf-8")
        if "--facade-dir" in source:
            cmd += ["--facade-dir", str(self.root / FACADE_DIR)]
        elif "--facade-output" in source:
            cmd += ["--facade-output", str(self.facade)]
        subprocess.run(cmd, check=True, capture_output=True)


def make_repo(dest: Path) -> Repo:
    """Copy openapi/, generator/, generated/, overlay/ and pyproject.toml (not tests/)."""
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__")
    for name in ("openapi", "generator", "generated", "overlay"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return Repo(dest)


Runner = Callable[..., tuple[int, dict[str, Any], str]]


def run_cli(repo: Repo, source: str, *args: str) -> tuple[int, dict[str, Any], str]:
    """``update.main`` in-process against ``repo``; returns (exit, JSON report, Markdown)."""
    report = repo.root.parent / "report.json"
    markdown = repo.root.parent / "report.md"
    code = update.main(
        [
            "--root",
            str(repo.root),
            "--source",
            source,
            "--report",
            str(report),
            "--markdown",
            str(markdown),
            "--retries",
            "0",
            "--timeout",
            "5",
            *args,
        ]  # fmt: skip
    )
    data: dict[str, Any] = json.loads(report.read_text("utf-8"))
    return code, data, markdown.read_text("utf-8")


def kinds(report: dict[str, Any], severity: str | None = None) -> set[str]:
    return {c["kind"] for c in report["changes"] if severity is None or c["severity"] == severity}


def find(report: dict[str, Any], kind: str) -> list[dict[str, str]]:
    return [c for c in report["changes"] if c["kind"] == kind]
