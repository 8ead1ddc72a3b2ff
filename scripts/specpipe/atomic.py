"""Crash-safe file replacement.

A half-written ``numbers.yaml`` or ``spec.lock.json`` would silently break code
generation, so every write goes to a temp file in the *same directory* (so
``os.replace`` is an atomic rename on one filesystem), is fsynced, and only then
renamed over the target. On any failure temp files are removed and old files are
left exactly as they were.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Sequence
from pathlib import Path

__all__ = ["TEMP_SUFFIX", "atomic_write_bytes", "atomic_write_many", "fsync_dir"]

TEMP_SUFFIX = ".tmp"


def _temp_name_for(target: Path) -> Path:
    """Unique hidden temp path next to ``target`` (same filesystem, so rename is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def fsync_dir(directory: Path) -> None:
    """Flush a directory entry so a completed rename survives a power cut (best effort)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # platforms that cannot open directories
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _stage(target: Path, data: bytes) -> Path:
    """Write ``data`` to a fsynced temp file beside ``target``; return the temp path.

    Keeps the permission bits of an existing target; a new file gets the usual
    ``0o666 & ~umask`` (``mkstemp`` would make it 0600, surprising in a repo).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    tmp = _temp_name_for(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
    except BaseException:
        _discard(tmp)
        raise
    return tmp


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically (readers see old or new, never partial)."""
    target = Path(target)
    tmp = _stage(target, data)
    try:
        os.replace(tmp, target)
    except BaseException:
        _discard(tmp)
        raise
    fsync_dir(target.parent)


def atomic_write_many(items: Sequence[tuple[Path, bytes]]) -> None:
    """Replace several files as one unit: all new, or (on failure) all old.

    Used for "spec + lock": a new spec with a stale lock would fail ``--verify``.
    All temp files are staged and fsynced first (where disk-full and permission
    errors happen), so only the renames remain; if a later rename fails, the
    earlier targets are restored from their old bytes.
    """
    targets = [Path(t) for t, _ in items]
    old: list[bytes | None] = []
    for t in targets:
        try:
            old.append(t.read_bytes())
        except FileNotFoundError:
            old.append(None)
    staged: list[Path] = []
    try:
        for target, data in zip(targets, (d for _, d in items), strict=True):
            staged.append(_stage(target, data))
    except BaseException:
        for tmp in staged:
            _discard(tmp)
        raise
    done = 0
    try:
        for tmp, target in zip(staged, targets, strict=True):
            os.replace(tmp, target)
            done += 1
    except BaseException as exc:
        for tmp in staged[done:]:
            _discard(tmp)
        for target, previous in zip(targets[:done], old[:done], strict=True):
            try:
                if previous is None:
                    os.unlink(target)
                else:
                    atomic_write_bytes(target, previous)
            except OSError as rollback_exc:
                exc.add_note(f"rollback of {target} failed: {rollback_exc}")
        raise
    for directory in {t.parent for t in targets}:
        fsync_dir(directory)
