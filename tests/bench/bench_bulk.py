"""Thousands of numbers at once. Run: python tests/bench/bench_bulk.py [--quick]

Three figures, each measured within this run (ratios, not timed tests):

* **1,000 concurrent gets** on one ``AsyncNumbersClient`` (basic auth) against the minimal
  loopback server of ``bench_client.py`` (its own process): ``asyncio.gather`` without any
  user semaphore (the client caps itself at its pool size), the same capped by the user at
  the pool size, and raw ``httpx`` capped at the pool size (the baseline); raw httpx
  uncapped for reference. Medians of interleaved rounds. Target: uncapped <= 1.2x capped raw
  httpx, 0 errors.
* **bulk.update of 10,000 numbers** against the sandbox (its own process) limiting API
  requests to 200/s: ``AsyncBulk.update`` throughput as a fraction of the limit (target >=
  0.85), against a naive ``gather`` with the client's own retries (its 429s counted) and a
  serial loop (run on fewer numbers; throughput is what compares).
* **resume after SIGKILL, 10 times**: a child process runs a bulk update or release with a
  journal and is killed at a random point; a second child resumes with the same journal.
  From the sandbox's request log: every number written exactly once (one 2xx PATCH per
  number for updates; one release request per number, never two).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_client  # the minimal loopback server

from sinch_numbers import AsyncNumbersClient, RateLimitError
from sinch_numbers.bulk import AsyncBulk

PROJECT, KEY_ID, KEY_SECRET = "sandbox-project", "sandbox-key-id", "sandbox-key-secret"
GATHER_TARGET = 1.2
THROUGHPUT_TARGET = 0.85
LIMIT = 200.0
UPDATE = "NumberService_UpdateActiveNumber"
RELEASE = "NumberService_ReleaseNumber"


# -- 1,000 concurrent gets -------------------------------------------------------------------


def _client(base_url: str, **kwargs: Any) -> AsyncNumbersClient:
    return AsyncNumbersClient(
        bench_client.PROJECT,
        bench_client.KEY_ID,
        bench_client.KEY_SECRET,
        base_url=base_url,
        auth="basic",
        **kwargs,
    )


async def _timed(calls: list[Callable[[], Awaitable[object]]]) -> tuple[float, int]:
    started = time.perf_counter()
    results = await asyncio.gather(*(c() for c in calls), return_exceptions=True)
    return time.perf_counter() - started, sum(isinstance(r, BaseException) for r in results)


async def _gather_case(name: str, base_url: str, n: int) -> tuple[float, int]:
    pool = 100  # httpx's default max_connections
    if name.startswith("raw"):
        async with httpx.AsyncClient(base_url=base_url, auth=(KEY_ID, KEY_SECRET)) as http:
            gate = asyncio.Semaphore(pool) if name == "raw httpx, capped" else None

            async def raw() -> object:
                if gate is None:
                    response = await http.get(bench_client.PATH)
                else:
                    async with gate:
                        response = await http.get(bench_client.PATH)
                return response.raise_for_status().json()

            return await _timed([raw] * n)
    async with _client(base_url) as client:
        numbers = client.active_numbers
        if name == "client, uncapped gather":
            return await _timed([lambda: numbers.get(bench_client.PHONE)] * n)
        gate = asyncio.Semaphore(pool)

        async def capped() -> object:
            async with gate:
                return await numbers.get(bench_client.PHONE)

        return await _timed([capped] * n)


def bench_gather(n: int, rounds: int) -> None:
    cases = ["raw httpx, capped", "client, uncapped gather", "client, user-capped"]
    reference = "raw httpx, uncapped"
    samples: dict[str, list[float]] = {c: [] for c in [*cases, reference]}
    errors: Counter[str] = Counter()
    with bench_client.Server() as base_url:
        asyncio.run(_gather_case("raw httpx, capped", base_url, 200))  # warm-up
        for r in range(rounds):
            for name in cases[r % len(cases) :] + cases[: r % len(cases)]:
                seconds, failed = asyncio.run(_gather_case(name, base_url, n))
                samples[name].append(seconds)
                errors[name] += failed
    # Last, once, and against a fresh server: the requests it abandons (PoolTimeout) would
    # still be queued at the server and slow whichever case came next.
    with bench_client.Server() as base_url:
        seconds, failed = asyncio.run(_gather_case(reference, base_url, n))
        samples[reference].append(seconds)
        errors[reference] += failed
    cases.append(reference)
    base = statistics.median(samples[cases[0]])
    print(
        f"\n{n:,} concurrent gets, pool of 100, basic auth; medians of {rounds} interleaved "
        "rounds (raw httpx uncapped: one run, for reference)"
    )
    for name in cases:
        median = statistics.median(samples[name])
        print(
            f"  {name:<26} {median * 1000:8.0f} ms  {median / base:5.2f}x capped raw  "
            f"errors {errors[name]}"
        )
    ratio = statistics.median(samples["client, uncapped gather"]) / base
    verdict = (
        "OK" if ratio <= GATHER_TARGET and errors["client, uncapped gather"] == 0 else "MISSED"
    )
    print(
        f"  client uncapped gather vs capped raw httpx: {ratio:.2f}x, "
        f"{errors['client, uncapped gather']} errors  {verdict} "
        f"(target <= {GATHER_TARGET:.2f}x, 0 errors)"
    )


# -- the sandbox as a separate process --------------------------------------------------------


class SandboxProcess:
    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sinch_numbers.sandbox",
                "--port",
                "0",
                "--shapes",
                "spec",
                *args,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        match = re.fullmatch(r"sandbox listening on (http://[\d.]+:\d+)\n", line)
        if match is None:
            self.process.kill()
            raise RuntimeError(f"the sandbox did not start: {line!r}")
        self.base_url = match.group(1)
        self.admin = httpx.Client(base_url=self.base_url, timeout=60, trust_env=False)

    def requests(self) -> list[dict[str, Any]]:
        return list(self.admin.get("/_sandbox/requests").json()["requests"])

    def clear_requests(self) -> None:
        self.admin.delete("/_sandbox/requests").raise_for_status()

    def rate_limit(self, per_second: float | None) -> None:
        self.admin.post("/_sandbox/rate-limit", json={"perSecond": per_second}).raise_for_status()

    def seed(self, count: int) -> None:
        self.admin.post("/_sandbox/activeNumbers:seed", json={"count": count}).raise_for_status()

    def close(self) -> None:
        self.admin.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _sandbox_client(base_url: str, **kwargs: Any) -> AsyncNumbersClient:
    return AsyncNumbersClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        base_url=base_url,
        auth_url=base_url + "/oauth2/token",
        **kwargs,
    )


async def _all_numbers(base_url: str) -> list[str]:
    async with _sandbox_client(base_url) as client:
        return [
            n.phone_number
            async for n in client.active_numbers.list(page_size=1000)
            if n.phone_number
        ]


# -- bulk.update against a rate limit ---------------------------------------------------------


async def _bulk_update(base_url: str, numbers: list[str]) -> tuple[float, int, int]:
    async with _sandbox_client(base_url) as client:
        started = time.perf_counter()
        result = await AsyncBulk(client, concurrency=16).update(numbers, display_name="bulk")
        elapsed = time.perf_counter() - started
    return elapsed, result.summary.done, result.summary.failed


async def _naive_gather(base_url: str, numbers: list[str]) -> tuple[float, int, int]:
    async with _sandbox_client(base_url) as client:  # the client's own retries (2), Retry-After
        started = time.perf_counter()
        results = await asyncio.gather(
            *(client.active_numbers.update(n, display_name="naive") for n in numbers),
            return_exceptions=True,
        )
        elapsed = time.perf_counter() - started
    failed = sum(isinstance(r, RateLimitError) for r in results)
    other = [
        r for r in results if isinstance(r, BaseException) and not isinstance(r, RateLimitError)
    ]
    if other:
        raise other[0]
    return elapsed, len(numbers) - failed, failed


async def _serial(base_url: str, numbers: list[str]) -> tuple[float, int, int]:
    async with _sandbox_client(base_url) as client:
        started = time.perf_counter()
        for n in numbers:
            await client.active_numbers.update(n, display_name="serial")
        return time.perf_counter() - started, len(numbers), 0


def bench_rate_limited(count: int, naive_count: int, serial_count: int) -> None:
    sandbox = SandboxProcess("--seed-active", str(count))
    try:
        numbers = asyncio.run(_all_numbers(sandbox.base_url))
        assert len(numbers) == count, len(numbers)
        print(f"\nbulk.update against the sandbox limiting API requests to {LIMIT:.0f}/s")
        runs: list[
            tuple[str, Callable[[str, list[str]], Awaitable[tuple[float, int, int]]], list[str]]
        ] = [
            ("AsyncBulk.update", _bulk_update, numbers),
            ("naive gather + retries", _naive_gather, numbers[:naive_count]),
            ("serial loop", _serial, numbers[:serial_count]),
        ]
        for name, run, chosen in runs:
            sandbox.rate_limit(None)
            sandbox.clear_requests()
            sandbox.rate_limit(LIMIT)
            elapsed, ok, failed = asyncio.run(run(sandbox.base_url, chosen))
            log = [r for r in sandbox.requests() if r["route"] == UPDATE]
            limited = sum(r["status"] == 429 for r in log)
            throughput = ok / elapsed
            line = (
                f"  {name:<24} {len(chosen):>6,} numbers {elapsed:6.1f} s  "
                f"{throughput:6.1f} updates/s = {throughput / LIMIT:.2f}x the limit  "
                f"{limited:>5} 429s ({limited * 1000 / max(len(log), 1):.0f} per 1,000 requests)"
            )
            if failed:
                line += f", {failed} numbers failed"
            print(line)
            if name == "AsyncBulk.update":
                bulk_ratio = throughput / LIMIT
        verdict = "OK" if bulk_ratio >= THROUGHPUT_TARGET else "MISSED"
        print(
            f"  AsyncBulk throughput / limit: {bulk_ratio:.2f}x  {verdict} "
            f"(target >= {THROUGHPUT_TARGET:.2f}x)"
        )
    finally:
        sandbox.close()


# -- resume after SIGKILL ---------------------------------------------------------------------

CHILD = """
import sys
from sinch_numbers import NumbersClient
from sinch_numbers.bulk import Bulk
from sinch_numbers.sandbox import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET, DEFAULT_PROJECT_ID

base, journal, operation, label = sys.argv[1:5]
numbers = sys.stdin.read().split()
with NumbersClient(DEFAULT_PROJECT_ID, DEFAULT_KEY_ID, DEFAULT_KEY_SECRET,
                   base_url=base, auth="basic") as client:
    bulk = Bulk(client, journal=journal, concurrency=16, reconcile_delay=0.2)
    if operation == "update":
        result = bulk.update(numbers, display_name=label)
    else:
        result = bulk.release(numbers)
print(result.summary)
"""


def _done(journal: Path) -> int:
    try:
        with sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=1) as conn:
            return int(
                conn.execute("SELECT COUNT(*) FROM numbers WHERE state = 'done'").fetchone()[0]
            )
    except sqlite3.OperationalError:
        return 0


def _child(
    base_url: str, journal: Path, operation: str, label: str, numbers: list[str]
) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, base_url, str(journal), operation, label],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None
    process.stdin.write("\n".join(numbers))
    process.stdin.close()
    return process


def _histogram(counts: Counter[str], numbers: list[str]) -> str:
    """``{1: 1000}``: how many numbers got how many requests."""
    return str(dict(sorted(Counter(counts[n] for n in numbers).items())))


def bench_resume(rounds: int, count: int, seed: int) -> None:
    rng = random.Random(seed)
    sandbox = SandboxProcess("--seed-active", str(count))
    ok_rounds = 0
    print(f"\nresume after SIGKILL: {rounds} rounds of {count:,} numbers, killed at a random point")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(rounds):
                operation = "release" if i % 2 else "update"
                sandbox.seed(count)  # released numbers come back for the next round
                sandbox.clear_requests()
                numbers = asyncio.run(_all_numbers(sandbox.base_url))[:count]
                sandbox.clear_requests()
                journal = Path(tmp) / f"round{i}.db"
                kill_at = rng.randint(1, count - 1)
                child = _child(sandbox.base_url, journal, operation, f"round{i}", numbers)
                while _done(journal) < kill_at and child.poll() is None:
                    time.sleep(0.002)
                killed = child.poll() is None
                if killed:
                    os.kill(child.pid, signal.SIGKILL)
                child.wait()
                with sqlite3.connect(journal) as conn:
                    in_flight = conn.execute(
                        "SELECT COUNT(*) FROM numbers WHERE state = 'in_flight'"
                    ).fetchone()[0]
                resumed = _child(sandbox.base_url, journal, operation, f"round{i}", numbers)
                assert resumed.stdout is not None
                out = resumed.stdout.read()
                resumed.wait(timeout=300)
                log = sandbox.requests()
                route = UPDATE if operation == "update" else RELEASE
                applied = Counter(
                    r["phoneNumber"] for r in log if r["route"] == route and r["status"] == 200
                )
                sent = Counter(r["phoneNumber"] for r in log if r["route"] == route)
                exactly_once = all(applied[n] == 1 for n in numbers) and (
                    operation == "update" or all(sent[n] == 1 for n in numbers)
                )
                ok_rounds += exactly_once and killed
                print(
                    f"  round {i + 1:>2} {operation:<7} killed after {kill_at:>4} done "
                    f"({in_flight:>2} in flight){'' if killed else ' (NOT killed: it finished)'}; "
                    f"resumed: {out.strip()}; "
                    f"writes per number {_histogram(applied, numbers)}, "
                    f"requests per number {_histogram(sent, numbers)}"
                    f"  {'exactly once' if exactly_once else 'NOT exactly once'}"
                )
    finally:
        sandbox.close()
    verdict = "OK" if ok_rounds == rounds else "MISSED"
    print(
        f"  killed and resumed exactly once: {ok_rounds}/{rounds} rounds = "
        f"{ok_rounds / rounds:.2f}x  {verdict} (target 1.00x)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer numbers and rounds")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, {os.cpu_count()} CPUs")
    if args.quick:
        bench_gather(1000, 3)
        bench_rate_limited(2000, 600, 300)
        bench_resume(4, 400, seed=16)
    else:
        bench_gather(1000, 5)
        bench_rate_limited(10_000, 2000, 1000)
        bench_resume(10, 1000, seed=16)
    return 0


if __name__ == "__main__":
    sys.exit(main())
