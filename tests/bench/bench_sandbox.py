"""Requests per second of ``GET activeNumbers`` on the sandbox. Run:
python tests/bench/bench_sandbox.py [--clients 8] [--seconds 5] [--numbers 10]

Starts the sandbox as a separate process (``python -m sinch_numbers.sandbox
--port 0``, as other tools use it), rents ``--numbers`` numbers, then runs
``--clients`` concurrent keep-alive connections, each sending one request at a
time, for ``--seconds`` after a one-second warm-up. The client is a minimal
asyncio HTTP/1.1 client, so the figure measures the server, not the client.

Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import re
import statistics
import subprocess
import sys
import time

import httpx

PROJECT, KEY_ID, KEY_SECRET = "sandbox-project", "sandbox-key-id", "sandbox-key-secret"
PATH = f"/v1/projects/{PROJECT}/activeNumbers"


def start_sandbox() -> tuple[subprocess.Popen[str], str, int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "sinch_numbers.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.fullmatch(r"sandbox listening on http://([\d.]+):(\d+)\n", line)
    if not match:
        process.kill()
        raise SystemExit(f"unexpected start line: {line!r}")
    return process, match.group(1), int(match.group(2))


def rent_numbers(host: str, port: int, count: int) -> None:
    base = f"http://{host}:{port}/v1/projects/{PROJECT}"
    with httpx.Client(base_url=base, auth=(KEY_ID, KEY_SECRET), trust_env=False) as api:
        found = api.get(
            "/availableNumbers", params={"regionCode": "US", "type": "LOCAL", "size": count}
        ).json()["availableNumbers"]
        for number in found:
            api.post(f"/availableNumbers/{number['phoneNumber']}:rent", json={}).raise_for_status()


async def client(
    host: str, port: int, until: float, warm_until: float, latencies: list[float]
) -> int:
    reader, writer = await asyncio.open_connection(host, port)
    auth = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
    request = (
        f"GET {PATH} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Basic {auth}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()
    done = 0
    while True:
        started = time.perf_counter()
        if started >= until:
            break
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(head.decode(errors="replace"))
        length = re.search(rb"(?i)content-length: (\d+)", head)
        if length is None:
            raise RuntimeError("response without Content-Length")
        await reader.readexactly(int(length.group(1)))
        if started >= warm_until:
            done += 1
            latencies.append(time.perf_counter() - started)
    writer.close()
    await writer.wait_closed()
    return done


async def run(host: str, port: int, clients: int, seconds: float) -> tuple[float, list[float]]:
    latencies: list[float] = []
    warm_until = time.perf_counter() + 1.0
    until = warm_until + seconds
    counts = await asyncio.gather(
        *(client(host, port, until, warm_until, latencies) for _ in range(clients))
    )
    return sum(counts) / seconds, latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--numbers", type=int, default=10, help="active numbers to list")
    args = parser.parse_args()
    process, host, port = start_sandbox()
    try:
        rent_numbers(host, port, args.numbers)
        rps, latencies = asyncio.run(run(host, port, args.clients, args.seconds))
    finally:
        process.terminate()
        process.wait(timeout=10)
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99)] * 1000
    print(
        f"GET activeNumbers ({args.numbers} numbers), {args.clients} keep-alive clients, "
        f"{args.seconds:g}s: {rps:,.0f} req/s (p50 {p50:.2f} ms, p99 {p99:.2f} ms)"
    )


if __name__ == "__main__":
    main()
