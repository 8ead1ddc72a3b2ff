"""A run killed with SIGKILL resumes from its journal: every number ends done, each written
exactly once (counted from the sandbox's request log)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sinch_numbers import AsyncNumbersClient
from sinch_numbers.bulk import AsyncBulk
from sinch_numbers.sandbox import Sandbox

from .conftest import FAST, RELEASE, UPDATE

#: The child: one bulk run against the sandbox, to be killed mid-way.
CHILD = """
import sys
from sinch_numbers import NumbersClient
from sinch_numbers.bulk import Bulk
from sinch_numbers.sandbox import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET, DEFAULT_PROJECT_ID

base, journal, operation, numbers_file = sys.argv[1:5]
numbers = open(numbers_file).read().split()
with NumbersClient(DEFAULT_PROJECT_ID, DEFAULT_KEY_ID, DEFAULT_KEY_SECRET,
                   base_url=base, auth="basic") as client:
    bulk = Bulk(client, journal=journal, concurrency=4)
    if operation == "update":
        bulk.update(numbers, display_name="moved")
    else:
        bulk.release(numbers)
"""


def done_count(journal: Path) -> int:
    if not journal.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute("SELECT COUNT(*) FROM numbers WHERE state = 'done'").fetchone()
    except sqlite3.OperationalError:  # the child has not created the table yet
        return 0
    return int(row[0])


def run_and_kill(sb: Sandbox, tmp_path: Path, operation: str, numbers: list[str]) -> Path:
    journal = tmp_path / "run.db"
    listing = tmp_path / "numbers.txt"
    listing.write_text("\n".join(numbers))
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "SINCH_NUMBERS_LOG": ""}
    child = subprocess.Popen(
        [sys.executable, str(script), sb.base_url, str(journal), operation, str(listing)],
        env=env,
    )
    try:
        deadline = time.monotonic() + 20
        while done_count(journal) < len(numbers) // 4:
            assert child.poll() is None, "the child ended before it could be killed"
            assert time.monotonic() < deadline, "the child made no progress"
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert done_count(journal) < len(numbers)  # killed mid-way
    return journal


@pytest.mark.parametrize(("operation", "route"), [("update", UPDATE), ("release", RELEASE)])
async def test_sigkill_then_resume_writes_every_number_exactly_once(
    sb: Sandbox, aclient: AsyncNumbersClient, tmp_path: Path, operation: str, route: str
) -> None:
    numbers = sb.seed_active(240)
    sb.faults.latency(0.004, route=route)  # slow enough to be caught mid-run
    journal = run_and_kill(sb, tmp_path, operation, numbers)
    sb.faults.clear()

    bulk = AsyncBulk(aclient, journal=journal, concurrency=8, **FAST)
    method = bulk.update if operation == "update" else bulk.release
    kwargs = {"display_name": "moved"} if operation == "update" else {}
    result = await method(numbers, **kwargs)

    assert result.resumed
    assert str(result.summary) == "240 done, 0 failed, 0 skipped, 0 unknown"
    assert sb.requests.per_number(route, status=200) == {n: 1 for n in numbers}
    if operation == "release":
        assert sb.requests.per_number(route) == {n: 1 for n in numbers}  # not even a 404
        assert sb.state.active_numbers() == []
    else:
        assert {(n["displayName"]) for n in sb.state.active_numbers()} == {"moved"}
