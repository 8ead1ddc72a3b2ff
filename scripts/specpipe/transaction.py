"""The files a spec update writes, snapshotted for an exact rollback.

Pin, lock, history file, ``openapi/pending.json``, ``generated/`` and the overlay's generated
facade modules: either the update completes or every one of them is put back byte-for-byte
(with its mode). The snapshot lives in a temporary directory outside the repository and is
removed on every exit path.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from specpipe.atomic import atomic_write_bytes

__all__ = ["Snapshot"]


@dataclass
class Snapshot:
    """Bytes (and modes) of everything a spec update writes."""

    generated: Path
    facade_dir: Path
    files: dict[Path, tuple[bytes, int] | None] = field(default_factory=dict)
    generated_backup: Path | None = None
    scratch: Path | None = None

    @classmethod
    def take(cls, generated: Path, facade_dir: Path, files: Sequence[Path]) -> Snapshot:
        snap = cls(generated, facade_dir)
        facade_files = sorted(facade_dir.glob("*.py")) if facade_dir.is_dir() else []
        for path in (*files, *facade_files):
            try:
                snap.files[path] = (path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
            except FileNotFoundError:
                snap.files[path] = None
        snap.scratch = Path(tempfile.mkdtemp(prefix="update-spec-"))
        if generated.exists():
            snap.generated_backup = snap.scratch / "generated"
            shutil.copytree(generated, snap.generated_backup, symlinks=True)
        return snap

    def saved(self, path: Path) -> bytes | None:
        entry = self.files.get(path)
        return None if entry is None else entry[0]

    def restore(self) -> list[str]:
        """Put every file back; returns problems (empty when the rollback was complete)."""
        problems: list[str] = []
        if self.facade_dir.is_dir():  # modules a newer generator added
            for extra in sorted(self.facade_dir.glob("*.py")):
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
            target = self.generated
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
            self.scratch = None
