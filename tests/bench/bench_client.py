"""What does the client cost over raw httpx? Run: python tests/bench/bench_client.py [--quick]

Two figures, each a ratio measured in the same run (not a test: absolute numbers depend on
the machine, ratios much less):

* **per call**, on loopback with keep-alive: ``client.active_numbers.get(...)`` (a small JSON
  body parsed into ``ActiveNumberResponse``) against the same request made with a raw
  ``httpx.Client`` (``get()`` + ``raise_for_status()`` + ``json()``). ``auth="basic"``
  isolates the client's own overhead (no token); OAuth (token cached after the first call)
  is reported too, as are the async twins. The server is a minimal asyncio HTTP/1.1 server in
  a *separate process*, so it neither shares the GIL with the client nor dominates the time.
  Each figure is the median of several rounds of many calls, after a warm-up; the cases are
  interleaved round by round so machine drift hits them alike.
* **import**: ``python -c "import sinch_numbers"`` against ``python -c "import httpx"`` in
  fresh interpreters, each minus an empty interpreter (``python -c pass``); medians of many
  interleaved runs. ``-X importtime`` totals are shown as a cross-check.

* **first call**, whole process: ``python -c`` that imports, builds a client and makes one GET
  (basic auth), against the same with raw httpx; interleaved runs, medians.
* **second client**: building another ``NumbersClient`` in a process that has one (the shared
  TLS context), median milliseconds.
* **paging**: 100,000 active numbers in pages of 1,000 through ``client.active_numbers.list``
  against a raw httpx loop that only decodes the JSON.
* **writes**: a PATCH (``active_numbers.update``) against the same raw PATCH.

Each goal of the speed issue is printed as a ``GOAL |`` line (``_goals.py``), which
``scripts/bench`` gathers into its summary table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import ClassVar

import httpx
from _goals import goal

PROJECT = "bench-project"
KEY_ID = "bench-key"
KEY_SECRET = "bench-secret"
PHONE = "+12065550100"
PATH = f"/v1/projects/{PROJECT}/activeNumbers/%2B12065550100"
PER_CALL_TARGET = 1.10
IMPORT_TARGET = 1.3

NUMBER_BODY = json.dumps(
    {
        "phoneNumber": PHONE,
        "projectId": PROJECT,
        "displayName": "Support line",
        "regionCode": "US",
        "type": "LOCAL",
        "capability": ["SMS", "VOICE"],
        "money": {"currencyCode": "USD", "amount": "2.00"},
        "paymentIntervalMonths": 1,
        "nextChargeDate": "2025-01-01T00:00:00Z",
        "expireAt": "2025-02-01T00:00:00Z",
        "smsConfiguration": {"servicePlanId": "plan", "campaignId": ""},
        "voiceConfiguration": {"type": "RTC", "appId": "app"},
        "callbackUrl": "",
    }
).encode()
PAGE_SIZE = 1000
PAGES = 100  # 100,000 numbers


def _page_body(token: int) -> bytes:
    """One page of ``PAGE_SIZE`` numbers; its ``nextPageToken`` is the next page's index."""
    number = json.loads(NUMBER_BODY)
    numbers = [{**number, "phoneNumber": f"+1206{token:03d}{i:04d}"} for i in range(PAGE_SIZE)]
    following = str(token + 1) if token + 1 < PAGES else ""
    page = {"activeNumbers": numbers, "nextPageToken": following, "totalSize": PAGE_SIZE * PAGES}
    return json.dumps(page).encode()


TOKEN_BODY = json.dumps({"access_token": "bench-token", "expires_in": 3600}).encode()


# -- the server (runs in its own process: ``bench_client.py --serve``) ---------------------------


class _Http(asyncio.Protocol):
    """Just enough HTTP/1.1: keep-alive, Content-Length bodies, a token route, auth required."""

    pages: ClassVar[dict[int, bytes]] = {}  # built on first request, shared by connections

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end].lower()
            length = 0
            if (at := head.find(b"\r\ncontent-length:")) >= 0:
                length = int(head[at + 17 : head.find(b"\r\n", at + 2) % (len(head) + 1)])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            line = head[: head.find(b"\r\n")]
            if b"\r\nauthorization:" not in head:
                status, body = b"401 Unauthorized", b'{"error": {"code": 401}}'
            elif b" /oauth2/token " in line:
                status, body = b"200 OK", TOKEN_BODY
            elif b"/activenumbers?" in line:
                at = line.find(b"pagetoken=")
                token = int(line[at + 10 :].split(b"&")[0].split(b" ")[0]) if at >= 0 else 0
                if token not in self.pages:
                    self.pages[token] = _page_body(token)
                status, body = b"200 OK", self.pages[token]
            else:
                status, body = b"200 OK", NUMBER_BODY
            self.transport.write(
                b"HTTP/1.1 %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
                % (status, len(body), body)
            )


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Http, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes our stdin
    server.close()


class Server:
    """The benchmark server as a child process; ``with Server() as base_url: ...``."""

    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        port = int(self.process.stdout.readline())
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# -- per call ----------------------------------------------------------------------------------


def _per_call_sync(call: Callable[[], object], number: int) -> float:
    started = time.perf_counter()
    for _ in range(number):
        call()
    return (time.perf_counter() - started) / number


async def _per_call_async(call: Callable[[], Awaitable[object]], number: int) -> float:
    started = time.perf_counter()
    for _ in range(number):
        await call()
    return (time.perf_counter() - started) / number


def _rotated(names: list[str], round_: int) -> list[str]:
    shift = round_ % len(names)
    return names[shift:] + names[:shift]


def _summarize(samples: dict[str, list[float]], base: str) -> dict[str, tuple[float, float]]:
    """Per case: (median seconds per call, median of per-round ratios to ``base``)."""
    return {
        name: (
            statistics.median(values),
            statistics.median(v / b for v, b in zip(values, samples[base], strict=True)),
        )
        for name, values in samples.items()
    }


def bench_per_call(block: int, rounds: int, warmup: int) -> dict[str, tuple[float, float]]:
    """Each case runs ``block`` calls per round, interleaved; ratios are paired per round."""
    from sinch_numbers import AsyncNumbersClient, NumbersClient

    results: dict[str, tuple[float, float]] = {}
    with Server() as base_url:
        options = {"base_url": base_url, "auth_url": base_url + "/oauth2/token", "max_retries": 2}
        raw = httpx.Client(base_url=base_url, auth=(KEY_ID, KEY_SECRET))
        basic = NumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="basic", **options)
        oauth = NumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="oauth", **options)

        def raw_get() -> object:
            response = raw.get(PATH)
            response.raise_for_status()
            return response.json()

        def raw_patch() -> object:
            response = raw.patch(PATH, json={"displayName": "Support line"})
            response.raise_for_status()
            return response.json()

        sync_cases: dict[str, Callable[[], object]] = {
            "raw httpx.Client": raw_get,
            "NumbersClient basic": lambda: basic.active_numbers.get(PHONE),
            "NumbersClient oauth": lambda: oauth.active_numbers.get(PHONE),
            "raw httpx.Client PATCH": raw_patch,
            "NumbersClient basic PATCH": lambda: basic.active_numbers.update(
                PHONE, display_name="Support line"
            ),
        }
        check = basic.active_numbers.get(PHONE)
        assert check.phone_number == PHONE and check.display_name == "Support line"
        samples: dict[str, list[float]] = {name: [] for name in sync_cases}
        for call in sync_cases.values():
            _per_call_sync(call, warmup)
        for round_ in range(rounds):
            for name in _rotated(list(sync_cases), round_):
                samples[name].append(_per_call_sync(sync_cases[name], block))
        patches = {k: samples.pop(k) for k in list(samples) if k.endswith("PATCH")}
        results.update(_summarize(samples, "raw httpx.Client"))
        results.update(_summarize(patches, "raw httpx.Client PATCH"))
        raw.close()
        basic.close()
        oauth.close()

        async def run_async() -> None:
            async with (
                httpx.AsyncClient(base_url=base_url, auth=(KEY_ID, KEY_SECRET)) as araw,
                AsyncNumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="basic", **options) as abasic,
            ):

                async def araw_get() -> object:
                    response = await araw.get(PATH)
                    response.raise_for_status()
                    return response.json()

                async_cases: dict[str, Callable[[], Awaitable[object]]] = {
                    "raw httpx.AsyncClient": araw_get,
                    "AsyncNumbersClient basic": lambda: abasic.active_numbers.get(PHONE),
                }
                samples: dict[str, list[float]] = {name: [] for name in async_cases}
                for call in async_cases.values():
                    await _per_call_async(call, warmup)
                for round_ in range(rounds):
                    for name in _rotated(list(async_cases), round_):
                        samples[name].append(await _per_call_async(async_cases[name], block))
                results.update(_summarize(samples, "raw httpx.AsyncClient"))

        asyncio.run(run_async())
    return results


def bench_overhead(block: int, rounds: int) -> dict[str, float]:
    """Median microseconds each layer adds per call, with no network (httpx.MockTransport).

    Shows where the client's own time goes, free of loopback and scheduling noise.
    """
    from sinch_numbers_api.api.active_number import number_service_get_active_number as gen
    from sinch_numbers_api.client import Client
    from sinch_numbers_api.models.active_number_response import ActiveNumberResponse

    from sinch_numbers import NumbersClient

    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=NUMBER_BODY, headers={"content-type": "application/json"}
        )
    )
    raw = httpx.Client(base_url="http://bench", auth=(KEY_ID, KEY_SECRET), transport=transport)
    low = Client(base_url="http://bench").set_httpx_client(raw)
    client = NumbersClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        auth="basic",
        base_url="http://bench",
        http_client=httpx.Client(transport=transport),
    )
    body = json.loads(NUMBER_BODY)

    def raw_get() -> object:
        response = raw.get(PATH)
        response.raise_for_status()
        return response.json()

    cases: dict[str, Callable[[], object]] = {
        "raw": raw_get,
        "model": lambda: ActiveNumberResponse.from_dict(body),
        "generated": lambda: gen.sync_detailed(PROJECT, PHONE, client=low),
        "facade": lambda: client.active_numbers.get(PHONE),
    }
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for call in cases.values():
        _per_call_sync(call, block)
    for round_ in range(rounds):
        for name in _rotated(list(cases), round_):
            samples[name].append(_per_call_sync(cases[name], block))
    client.close()
    raw.close()
    median = {name: statistics.median(values) * 1e6 for name, values in samples.items()}
    return {
        "raw httpx get + json()": median["raw"],
        "parsing into ActiveNumberResponse (from_dict)": median["model"],
        "generated sync_detailed, over raw": median["generated"] - median["raw"],
        "facade (hooks, checks, retry runner), over generated": median["facade"]
        - median["generated"],
        "facade total, over raw": median["facade"] - median["raw"],
    }


# -- import ------------------------------------------------------------------------------------


def _run_seconds(statement: str, cwd: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, cwd=cwd)
    return time.perf_counter() - started


def _importtime_us(module: str, cwd: str) -> int:
    """Cumulative microseconds of the top-level import, from ``-X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
    )
    pattern = rf"^import time:\s+\d+ \|\s+(\d+) \| {re.escape(module)}$"
    match = re.search(pattern, done.stderr, re.MULTILINE)
    assert match, done.stderr[-500:]
    return int(match.group(1))


IMPORT_CASES = {
    "empty interpreter": "pass",
    "import httpx": "import httpx",
    "import sinch_numbers": "import sinch_numbers",
    "import + client + first resource": (
        "import sinch_numbers; c = sinch_numbers.NumbersClient('p', 'k', 's', auth='basic');"
        " c.active_numbers"
    ),
}


def bench_import(repeat: int) -> tuple[dict[str, float], dict[str, float]]:
    """Median wall seconds per case, and median ``-X importtime`` microseconds per module."""
    env_cwd = tempfile.mkdtemp(prefix="bench-import-")  # no stray packages on sys.path
    try:
        for statement in IMPORT_CASES.values():  # warm the OS caches and .pyc files
            _run_seconds(statement, env_cwd)
        samples: dict[str, list[float]] = {name: [] for name in IMPORT_CASES}
        for _ in range(repeat):
            for name, statement in IMPORT_CASES.items():
                samples[name].append(_run_seconds(statement, env_cwd))
        importtime = {
            module: float(statistics.median(_importtime_us(module, env_cwd) for _ in range(9)))
            for module in ("httpx", "sinch_numbers")
        }
    finally:
        os.rmdir(env_cwd)
    return {name: statistics.median(values) for name, values in samples.items()}, importtime


# -- first call, second client, paging -------------------------------------------------------


def bench_first_call(repeat: int) -> dict[str, float]:
    """Median wall seconds of whole processes: import, construct, one GET (basic auth)."""
    with Server() as base_url:
        cases = {
            "empty interpreter": "pass",
            "raw httpx": (
                f"import httpx; r = httpx.Client().get({base_url + PATH!r}, "
                f"auth=({KEY_ID!r}, {KEY_SECRET!r})); r.raise_for_status(); r.json()"
            ),
            "sinch_numbers": (
                "import sinch_numbers; c = sinch_numbers.NumbersClient("
                f"{PROJECT!r}, {KEY_ID!r}, {KEY_SECRET!r}, auth='basic', base_url={base_url!r});"
                f" c.active_numbers.get({PHONE!r})"
            ),
        }
        cwd = tempfile.mkdtemp(prefix="bench-first-call-")
        try:
            for statement in cases.values():
                _run_seconds(statement, cwd)
            samples: dict[str, list[float]] = {name: [] for name in cases}
            for round_ in range(repeat):
                for name in _rotated(list(cases), round_):
                    samples[name].append(_run_seconds(cases[name], cwd))
        finally:
            os.rmdir(cwd)
    return {name: statistics.median(values) for name, values in samples.items()}


def bench_second_client(number: int) -> tuple[float, float]:
    """Median ms to build one more NumbersClient, and one more ``httpx.Client()``."""
    from sinch_numbers import NumbersClient

    NumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="basic").close()
    httpx.Client().close()
    ours, raw = [], []
    for _ in range(number):
        started = time.perf_counter()
        client = NumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="basic")
        ours.append(time.perf_counter() - started)
        client.close()
        started = time.perf_counter()
        plain = httpx.Client()
        raw.append(time.perf_counter() - started)
        plain.close()
    return statistics.median(ours) * 1e3, statistics.median(raw) * 1e3


def bench_paging(rounds: int) -> tuple[float, float, int]:
    """Median seconds to walk 100,000 numbers: the pager vs raw httpx + JSON; numbers seen."""
    from sinch_numbers import NumbersClient

    path = f"/v1/projects/{PROJECT}/activeNumbers"
    with (
        Server() as base_url,
        httpx.Client(base_url=base_url, auth=(KEY_ID, KEY_SECRET)) as raw,
        NumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=base_url) as client,
    ):

        def raw_walk() -> int:
            seen, token = 0, ""
            while True:
                params = {"pageSize": PAGE_SIZE, **({"pageToken": token} if token else {})}
                response = raw.get(path, params=params)
                response.raise_for_status()
                page = response.json()
                seen += len(page["activeNumbers"])
                token = page.get("nextPageToken") or ""
                if not token:
                    return seen

        def ours_walk() -> int:
            return sum(1 for _ in client.active_numbers.list(page_size=PAGE_SIZE))

        counts = {raw_walk(), ours_walk()}  # warm-up, and the server's pages built
        assert counts == {PAGE_SIZE * PAGES}, counts
        samples: dict[str, list[float]] = {"raw": [], "ours": []}
        walks = {"raw": raw_walk, "ours": ours_walk}
        for round_ in range(rounds):
            for name in _rotated(list(walks), round_):
                started = time.perf_counter()
                walks[name]()
                samples[name].append(time.perf_counter() - started)
    return statistics.median(samples["ours"]), statistics.median(samples["raw"]), counts.pop()


# -- report ------------------------------------------------------------------------------------


def _verdict(ratio: float, target: float) -> str:
    return f"{'OK' if ratio <= target else 'MISSED'} (target <= {target:.2f}x)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer iterations (noisier)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        asyncio.run(_serve())
        return 0

    block, rounds, warmup, repeat = (100, 9, 200, 11) if args.quick else (200, 25, 500, 31)
    print(f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, {os.cpu_count()} CPUs")
    print(
        f"\nper call, loopback keep-alive: {rounds} interleaved rounds x {block} calls per case;"
        " medians, ratios paired per round"
    )
    per_call = bench_per_call(block, rounds, warmup)
    for base, names in (
        ("raw httpx.Client", ["NumbersClient basic", "NumbersClient oauth"]),
        ("raw httpx.Client PATCH", ["NumbersClient basic PATCH"]),
        ("raw httpx.AsyncClient", ["AsyncNumbersClient basic"]),
    ):
        print(f"  {base:28} {per_call[base][0] * 1e6:8.1f} us/call   1.00x")
        for name in names:
            seconds, ratio = per_call[name]
            overhead = (seconds - per_call[base][0]) * 1e6
            print(f"  {name:28} {seconds * 1e6:8.1f} us/call   {ratio:.2f}x  ({overhead:+.1f} us)")

    print("\nwhere the client's time goes (no network: httpx.MockTransport), us per call")
    for label, micros in bench_overhead(block, rounds).items():
        print(f"  {label:54} {micros:7.1f}")

    print(f"\nimport, fresh interpreters: median of {repeat} interleaved runs")
    wall, importtime = bench_import(repeat)
    empty = wall["empty interpreter"]
    print(f"  {'empty interpreter':34} {empty * 1e3:7.1f} ms (baseline, subtracted below)")
    for name in ("import httpx", "import sinch_numbers", "import + client + first resource"):
        print(f"  {name:34} {(wall[name] - empty) * 1e3:7.1f} ms")
    importtime_ratio = importtime["sinch_numbers"] / importtime["httpx"]
    print(
        f"  -X importtime cumulative: httpx {importtime['httpx'] / 1e3:.1f} ms, "
        f"sinch_numbers {importtime['sinch_numbers'] / 1e3:.1f} ms ({importtime_ratio:.2f}x)"
    )

    print(f"\nfirst call, whole process (import + construct + GET): median of {repeat} runs")
    first = bench_first_call(repeat)
    for name, seconds in first.items():
        print(f"  {name:34} {seconds * 1e3:7.1f} ms")
    first_ratio = first["sinch_numbers"] / first["raw httpx"]

    ours_ms, raw_ms = bench_second_client(51 if args.quick else 201)
    print(
        f"\nanother client in the same process: NumbersClient {ours_ms:.3f} ms, "
        f"httpx.Client() {raw_ms:.3f} ms"
    )

    paging_rounds = 3 if args.quick else 7
    ours_s, raw_s, seen = bench_paging(paging_rounds)
    print(
        f"\npaging {seen:,} numbers in pages of {PAGE_SIZE}: pager {ours_s:.2f} s, "
        f"raw httpx + json {raw_s:.2f} s (median of {paging_rounds})"
    )

    basic_ratio = per_call["NumbersClient basic"][1]
    print("\nratios")
    oauth_ratio = per_call["NumbersClient oauth"][1]
    async_ratio = per_call["AsyncNumbersClient basic"][1]
    print(f"  per call, NumbersClient oauth / raw httpx   {oauth_ratio:.2f}x")
    print(f"  per call, AsyncNumbersClient / raw async    {async_ratio:.2f}x")
    import_ratio = (wall["import sinch_numbers"] - empty) / (wall["import httpx"] - empty)
    print(
        f"  import sinch_numbers / import httpx         {import_ratio:.2f}x  "
        f"{_verdict(import_ratio, IMPORT_TARGET)}"
    )
    goal("time to first call vs raw httpx (whole process, basic auth)", first_ratio, 1.25)
    goal("constructing a second client", ours_ms, 2.0, unit="ms")
    goal("100 k numbers paged vs raw httpx + json", ours_s / raw_s, 1.5)
    goal("per call GET vs raw httpx (basic auth)", basic_ratio, 1.05)
    goal("per call PATCH vs raw httpx (basic auth)", per_call["NumbersClient basic PATCH"][1], 1.08)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
