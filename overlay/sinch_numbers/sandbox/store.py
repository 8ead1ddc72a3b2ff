"""SQLite persistence: every state change happens in one atomic transaction.

One connection guarded by a lock (``:memory:`` by default, or a file with
``--db``). Resources are stored as JSON documents in their API shape; keys that
start with ``_`` are internal and never leave the sandbox. Timers (scheduled
state changes) and the callback outbox live in the same database, so a state
change, its follow-ups and its events commit or roll back together.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

Doc = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS active_numbers (
    phone TEXT PRIMARY KEY,
    project TEXT NOT NULL,
    region TEXT NOT NULL,
    type TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS active_numbers_project ON active_numbers (project, phone);
CREATE TABLE IF NOT EXISTS reservations (phone TEXT PRIMARY KEY, order_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, project TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS callback_configs (project TEXT PRIMARY KEY, hmac_secret TEXT);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    project TEXT NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS timers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    due REAL NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    job TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS timers_due ON timers (due);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project TEXT NOT NULL,
    url TEXT NOT NULL,
    body BLOB NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    last_error TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (state, next_at);
"""

_TABLES = (
    "active_numbers",
    "reservations",
    "orders",
    "callback_configs",
    "tokens",
    "timers",
    "outbox",
)


def _dumps(doc: Doc) -> str:
    return json.dumps(doc, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Timer:
    id: int
    due: float
    kind: str
    ref: str
    job: str


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    project: str
    url: str
    body: bytes
    attempts: int
    state: str
    last_error: str


class Store:
    """The database. Use ``with store.transaction() as tx:`` for every access."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        if path:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        # Deliveries interrupted by a stop are retried after a restart.
        self._conn.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sending'")
        self.next_timer_due = float("-inf")

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(self._conn, self)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def reset(self) -> None:
        """Forget every number, order, token, timer and callback (not the meta)."""
        with self.transaction() as tx:
            for table in _TABLES:
                tx.conn.execute(f"DELETE FROM {table}")  # fixed table names
        self.next_timer_due = float("-inf")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class Tx:
    """Typed reads and writes inside one transaction."""

    def __init__(self, conn: sqlite3.Connection, store: Store) -> None:
        self.conn = conn
        self._store = store

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: an error inside undoes only its own changes."""
        self.conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO nested")
            self.conn.execute("RELEASE nested")
            raise
        self.conn.execute("RELEASE nested")

    # -- meta ------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- active numbers ----------------------------------------------------
    def active_number(self, phone: str) -> Doc | None:
        row = self.conn.execute("SELECT doc FROM active_numbers WHERE phone = ?", (phone,))
        found = row.fetchone()
        return None if found is None else dict(json.loads(found[0]))

    def insert_active_number(self, doc: Doc) -> bool:
        """Insert a new active number; ``False`` if the number is already taken."""
        try:
            self.conn.execute(
                "INSERT INTO active_numbers (phone, project, region, type, display_name, doc) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    doc["phoneNumber"],
                    doc["projectId"],
                    doc["regionCode"],
                    doc["type"],
                    doc.get("displayName", ""),
                    _dumps(doc),
                ),
            )
        except sqlite3.IntegrityError:
            return False
        return True

    def save_active_number(self, doc: Doc) -> None:
        self.conn.execute(
            "UPDATE active_numbers SET display_name = ?, doc = ? WHERE phone = ?",
            (doc.get("displayName", ""), _dumps(doc), doc["phoneNumber"]),
        )

    def delete_active_number(self, phone: str) -> None:
        self.conn.execute("DELETE FROM active_numbers WHERE phone = ?", (phone,))

    def active_numbers(
        self, project: str, region: str | None = None, kind: str | None = None
    ) -> list[Doc]:
        sql = "SELECT doc FROM active_numbers WHERE project = ?"
        args: list[str] = [project]
        if region is not None:
            sql += " AND region = ?"
            args.append(region)
        if kind is not None:
            sql += " AND type = ?"
            args.append(kind)
        return [dict(json.loads(row[0])) for row in self.conn.execute(sql, args)]

    def taken_numbers(self) -> set[str]:
        """Numbers that are active (in any project) or reserved by an order."""
        rows = self.conn.execute(
            "SELECT phone FROM active_numbers UNION SELECT phone FROM reservations"
        )
        return {str(r[0]) for r in rows}

    def is_taken(self, phone: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM active_numbers WHERE phone = ? "
            "UNION SELECT 1 FROM reservations WHERE phone = ?",
            (phone, phone),
        ).fetchone()
        return row is not None

    # -- reservations ------------------------------------------------------
    def reserve(self, phone: str, order_id: str) -> bool:
        if self.active_number(phone) is not None:
            return False
        try:
            self.conn.execute(
                "INSERT INTO reservations (phone, order_id) VALUES (?, ?)", (phone, order_id)
            )
        except sqlite3.IntegrityError:
            return False
        return True

    def release_reservations(self, order_id: str) -> None:
        self.conn.execute("DELETE FROM reservations WHERE order_id = ?", (order_id,))

    # -- orders ------------------------------------------------------------
    def order(self, order_id: str) -> Doc | None:
        row = self.conn.execute("SELECT doc FROM orders WHERE id = ?", (order_id,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def save_order(self, doc: Doc) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO orders (id, project, doc) VALUES (?, ?, ?)",
            (doc["idNumberOrder"], doc["projectId"], _dumps(doc)),
        )

    def orders(self, project: str) -> list[Doc]:
        rows = self.conn.execute("SELECT doc FROM orders WHERE project = ? ORDER BY id", (project,))
        return [dict(json.loads(r[0])) for r in rows]

    # -- callback configuration -------------------------------------------
    def hmac_secret(self, project: str) -> str | None:
        row = self.conn.execute(
            "SELECT hmac_secret FROM callback_configs WHERE project = ?", (project,)
        ).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def set_hmac_secret(self, project: str, secret: str | None) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO callback_configs (project, hmac_secret) VALUES (?, ?)",
            (project, secret),
        )

    # -- tokens ------------------------------------------------------------
    def add_token(self, token: str, project: str, expires_at: float) -> None:
        self.conn.execute(
            "INSERT INTO tokens (token, project, expires_at) VALUES (?, ?, ?)",
            (token, project, expires_at),
        )

    def token(self, token: str) -> tuple[str, float] | None:
        row = self.conn.execute(
            "SELECT project, expires_at FROM tokens WHERE token = ?", (token,)
        ).fetchone()
        return None if row is None else (str(row[0]), float(row[1]))

    def expire_tokens(self, now: float, token: str | None = None) -> None:
        if token is None:
            self.conn.execute("UPDATE tokens SET expires_at = ? WHERE expires_at > ?", (now, now))
        else:
            self.conn.execute("UPDATE tokens SET expires_at = ? WHERE token = ?", (now, token))

    def prune_tokens(self, before: float) -> None:
        self.conn.execute("DELETE FROM tokens WHERE expires_at < ?", (before,))

    # -- timers ------------------------------------------------------------
    def schedule(self, due: float, kind: str, ref: str, job: str = "") -> None:
        self.conn.execute(
            "INSERT INTO timers (due, kind, ref, job) VALUES (?, ?, ?, ?)", (due, kind, ref, job)
        )
        self._store.next_timer_due = min(self._store.next_timer_due, due)

    def pop_due_timer(self, now: float) -> Timer | None:
        row = self.conn.execute(
            "SELECT id, due, kind, ref, job FROM timers WHERE due <= ? ORDER BY due, id LIMIT 1",
            (now,),
        ).fetchone()
        if row is None:
            following = self.conn.execute("SELECT MIN(due) FROM timers").fetchone()[0]
            self._store.next_timer_due = float("inf") if following is None else float(following)
            return None
        self.conn.execute("DELETE FROM timers WHERE id = ?", (row[0],))
        return Timer(int(row[0]), float(row[1]), str(row[2]), str(row[3]), str(row[4]))

    # -- callback outbox ---------------------------------------------------
    def enqueue_callback(self, project: str, url: str, body: bytes, now: float) -> None:
        self.conn.execute(
            "INSERT INTO outbox (project, url, body, next_at, created_at) VALUES (?, ?, ?, ?, ?)",
            (project, url, body, now, now),
        )

    def claim_callbacks(self, now: float, limit: int = 32) -> list[OutboxItem]:
        rows = self.conn.execute(
            "SELECT id, project, url, body, attempts, state, last_error FROM outbox "
            "WHERE state = 'pending' AND next_at <= ? ORDER BY next_at, id LIMIT ?",
            (now, limit),
        ).fetchall()
        items = [
            OutboxItem(int(r[0]), r[1], r[2], bytes(r[3]), int(r[4]), r[5], r[6]) for r in rows
        ]
        for item in items:
            self.conn.execute("UPDATE outbox SET state = 'sending' WHERE id = ?", (item.id,))
        return items

    def finish_callback(
        self, item_id: int, *, state: str, attempts: int, next_at: float, error: str
    ) -> None:
        self.conn.execute(
            "UPDATE outbox SET state = ?, attempts = ?, next_at = ?, last_error = ? WHERE id = ?",
            (state, attempts, next_at, error, item_id),
        )

    def callbacks(self) -> list[OutboxItem]:
        rows = self.conn.execute(
            "SELECT id, project, url, body, attempts, state, last_error FROM outbox ORDER BY id"
        )
        return [OutboxItem(int(r[0]), r[1], r[2], bytes(r[3]), int(r[4]), r[5], r[6]) for r in rows]
