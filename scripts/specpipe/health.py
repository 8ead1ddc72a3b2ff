"""Is the checkout consistent: pin, lock, ``generated/`` and the facade from the same spec?

Why: an update (or a plain regenerate) that is killed half-way, a cancelled CI job for
example, can leave the new spec pinned while ``generated/`` still holds code from the old
one, plus staging folders. Nothing else notices: the lock still matches the pin, and a
re-run sees "no change". ``generated/GENERATED.json`` records the spec sha256 it was built
from and the sha256 of the facade modules it was installed with, so comparing the three is
enough to know. :func:`check` says what is wrong; :func:`repair` regenerates from the pin.
Used by ``scripts/fetch-spec --verify`` and at the start of every ``scripts/update-spec``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specpipe.lock import REPO_ROOT, LockError, read_lock, sha256_bytes, sha256_file, verify_lock

__all__ = ["Health", "RepairError", "check", "regenerate", "repair", "stale_paths"]

FACADE_DIR = Path("overlay") / "sinch_numbers" / "resources"
#: what a killed regenerate (any version) may leave beside generated/
STALE_PATTERNS = (
    ".regenerate-*",
    ".facade-*",
    ".generated.incoming-*",
    ".generated.old-*",
    "generated.old",
    "generated.update-spec-failed",
)


class RepairError(Exception):
    """Regenerating from the pin failed; the checkout is still inconsistent."""


@dataclass
class Health:
    """What :func:`check` found in a checkout."""

    root: Path
    pin_sha: str | None = None
    #: GENERATED.json's spec_sha256 (None: no generated/ to compare)
    generated_sha: str | None = None
    lock_problems: list[str] = field(default_factory=list)
    #: generated/ or the facade modules do not come from the pinned spec
    generated_problems: list[str] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        """Pin, generated/ and facade agree (leftover staging folders aside)."""
        return not self.generated_problems

    @property
    def problems(self) -> list[str]:
        stale = [f"leftover from an interrupted run: {p.name}" for p in self.stale]
        return [*self.lock_problems, *self.generated_problems, *stale]


def stale_paths(root: Path) -> list[Path]:
    """Leftover staging folders/files of interrupted regenerations, beside generated/."""
    found = {p for pattern in STALE_PATTERNS for p in Path(root).glob(pattern)}
    return sorted(found)


def _manifest(root: Path) -> dict[str, Any] | None:
    path = root / "generated" / "GENERATED.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def check(root: Path, pin: Path | None = None, lock: Path | None = None) -> Health:
    """Compare pin, lock, generated/GENERATED.json and the facade modules of ``root``."""
    root = Path(root)
    pin = pin or root / "openapi" / "numbers.yaml"
    lock = lock or root / "openapi" / "spec.lock.json"
    health = Health(root, stale=stale_paths(root))
    health.lock_problems = verify_lock(lock, root)
    try:
        health.pin_sha = sha256_file(pin)
    except OSError:
        return health  # verify_lock already says the pin is missing
    manifest = _manifest(root)
    if manifest is None:
        return health  # no generated/ in this checkout: nothing to compare
    health.generated_sha = str(manifest.get("spec_sha256") or "") or None
    if health.generated_sha != health.pin_sha:
        health.generated_problems.append(
            f"generated/ was built from spec sha256 {str(health.generated_sha)[:12]}, but the "
            f"pin is {health.pin_sha[:12]}"
        )
    facade = manifest.get("facade_sha256")
    if isinstance(facade, dict):
        for name, expected in sorted(facade.items()):
            path = root / FACADE_DIR / str(name)
            try:
                actual = sha256_bytes(path.read_bytes())
            except OSError:
                actual = None
            if actual != expected:
                health.generated_problems.append(
                    f"{FACADE_DIR.as_posix()}/{name} does not match generated/GENERATED.json"
                )
    return health


def _generator(root: Path) -> Path:
    local = root / "generator" / "regenerate.py"
    return local if local.exists() else REPO_ROOT / "generator" / "regenerate.py"


def regenerate(root: Path, spec: Path | None = None) -> None:
    """Run the checkout's generator on ``spec`` (default: the pin) into generated/ + facade."""
    root = Path(root)
    cmd = [
        sys.executable,
        str(_generator(root)),
        "--spec", str(spec or root / "openapi" / "numbers.yaml"),
        "--output", str(root / "generated"),
        "--facade-dir", str(root / FACADE_DIR),
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise RepairError("regeneration failed: " + (" / ".join(tail) or "no output"))


def repair(
    root: Path, regenerator: Callable[[Path], None] = regenerate, *, regenerate_code: bool = True
) -> list[str]:
    """Remove leftovers and (if needed) regenerate from the pin; returns what was done."""
    health = check(root)
    done = []
    for path in health.stale:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        done.append(f"removed {path.name} (left by an interrupted run)")
    if regenerate_code and not health.consistent:
        regenerator(Path(root))
        after = check(root)
        if not after.consistent:
            raise RepairError("; ".join(after.generated_problems))
        done.append(
            f"regenerated generated/ and the facade from the pin (sha256 {str(after.pin_sha)[:12]})"
        )
    return done


def lock_shas(lock: Path) -> dict[str, str]:
    """sha256 -> lock key of every pinned file (to find the spec generated/ was built from)."""
    try:
        return {entry.sha256: key for key, entry in read_lock(lock).items()}
    except LockError:
        return {}
