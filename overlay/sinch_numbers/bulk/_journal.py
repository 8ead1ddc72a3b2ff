"""The journal: one SQLite file (WAL) holding a bulk run's operation and each number's state.

Every state change is its own committed transaction, made *before* the request it announces
is sent (``in_flight``) and after its answer is known (``done``, ``failed``, ...), so a run
killed at any point (SIGKILL included: WAL with ``synchronous=NORMAL`` loses no committed
transaction when only the process dies) resumes from the file: a number found ``in_flight``
had a request out whose outcome the dead process never saw.

States: ``pending`` (nothing sent yet), ``in_flight`` (a write of ``step`` may have reached
the server), ``done``, ``failed`` (with ``error``), ``skipped`` (nothing to do), ``unknown``
(a release whose outcome could not be established; never resent without ``retry_unknown``).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sinch_numbers.errors import InvalidArgumentsError

__all__ = ["FINAL_STATES", "Journal", "JournalMismatchError", "JournalRow", "State"]

State = Literal["pending", "in_flight", "done", "failed", "skipped", "unknown"]
FINAL_STATES: frozenset[str] = frozenset({"done", "failed", "skipped", "unknown"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS numbers (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    phone TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'pending',
    step TEXT NOT NULL DEFAULT '',
    writes INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    updated REAL NOT NULL DEFAULT 0
);
"""


class JournalMismatchError(InvalidArgumentsError):
    """The journal belongs to another operation (or the same one with other parameters)."""


@dataclass(frozen=True, slots=True)
class JournalRow:
    phone_number: str
    state: State
    step: str
    writes: int  # write requests sent for this number (by every run of the journal)
    error: str
    detail: dict[str, Any] = field(default_factory=dict)


class Journal:
    """A run's journal; ``Journal(None)`` keeps it in memory (nothing to resume)."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = None if path is None else Path(path)
        target = ":memory:" if self.path is None else str(self.path)
        self._conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        if self.path is not None:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)

    @classmethod
    def open_existing(cls, path: str | Path) -> Journal:
        """Open a journal that must exist (for ``status``); never creates a file."""
        if not Path(path).is_file():
            raise InvalidArgumentsError(f"no journal at {path}")
        return cls(path)

    def close(self) -> None:
        self._conn.close()

    # -- the run -------------------------------------------------------------
    def bind(self, operation: str, params: Mapping[str, Any]) -> bool:
        """Tie the journal to ``operation`` with ``params``; True when it resumes a run.

        Raises ``JournalMismatchError`` for a journal of another operation or parameters."""
        wanted = json.dumps(dict(params), sort_keys=True, separators=(",", ":"))
        rows = dict(self._conn.execute("SELECT key, value FROM run").fetchall())
        if not rows:
            with self._tx():
                self._conn.executemany(
                    "INSERT INTO run (key, value) VALUES (?, ?)",
                    [("operation", operation), ("params", wanted), ("created", str(time.time()))],
                )
            return False
        if rows.get("operation") != operation or rows.get("params") != wanted:
            raise JournalMismatchError(
                f"the journal {self.path} records {rows.get('operation')} with "
                f"{rows.get('params')}, not {operation} with {wanted}; use another journal file"
            )
        return True

    def run_info(self) -> tuple[str, dict[str, Any]]:
        rows = dict(self._conn.execute("SELECT key, value FROM run").fetchall())
        return rows.get("operation", ""), json.loads(rows.get("params", "{}"))

    # -- numbers ---------------------------------------------------------------
    def add(self, phones: Iterable[str]) -> int:
        """Add numbers as ``pending`` (numbers already in the journal keep their state)."""
        with self._tx():
            before = self._conn.total_changes
            self._conn.executemany(
                "INSERT OR IGNORE INTO numbers (phone) VALUES (?)", ((p,) for p in phones)
            )
            return self._conn.total_changes - before

    def set(
        self,
        phone: str,
        state: State,
        step: str,
        *,
        error: str = "",
        detail: Mapping[str, Any] | None = None,
        wrote: bool = False,
    ) -> None:
        """Record one number's new state in its own transaction (``wrote``: a write request
        is about to be sent, counted in ``writes``)."""
        sql = "UPDATE numbers SET state = ?, step = ?, error = ?, updated = ?"
        args: list[Any] = [state, step, error, time.time()]
        if detail is not None:
            sql += ", detail = ?"
            args.append(json.dumps(dict(detail), separators=(",", ":"), default=str))
        if wrote:
            sql += ", writes = writes + 1"
        with self._tx():
            self._conn.execute(sql + " WHERE phone = ?", [*args, phone])

    def rows(self, states: Iterable[str] | None = None) -> list[JournalRow]:
        sql = "SELECT phone, state, step, writes, error, detail FROM numbers"
        args: list[str] = []
        if states is not None:
            args = list(states)
            sql += f" WHERE state IN ({', '.join('?' for _ in args)})"
        return [
            JournalRow(phone, state, step, writes, error, json.loads(detail))
            for phone, state, step, writes, error, detail in self._conn.execute(
                sql + " ORDER BY seq", args
            )
        ]

    def row(self, phone: str) -> JournalRow | None:
        found = self._conn.execute(
            "SELECT phone, state, step, writes, error, detail FROM numbers WHERE phone = ?",
            (phone,),
        ).fetchone()
        if found is None:
            return None
        return JournalRow(found[0], found[1], found[2], found[3], found[4], json.loads(found[5]))

    def counts(self) -> dict[str, int]:
        return dict(self._conn.execute("SELECT state, COUNT(*) FROM numbers GROUP BY state"))

    def _tx(self) -> _Transaction:
        return _Transaction(self._conn)


class _Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type is not None else "COMMIT")
