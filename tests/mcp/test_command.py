"""The real ``sinch-numbers mcp`` command: stdio and streamable HTTP, a missing extra, and
imports that stay light."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import anyio
import httpx
from conftest import ok
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

from missing_extra import env_without_sandbox_extra  # isort: skip  (tests/ is on sys.path)

SCRIPT = Path(sys.executable).parent / "sinch-numbers"
CLEARED = ("SINCH_PROJECT_ID", "SINCH_KEY_ID", "SINCH_KEY_SECRET", "SINCH_NUMBERS_BASE_URL")


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in CLEARED}


async def test_stdio_smoke_of_the_real_command() -> None:
    params = StdioServerParameters(
        command=str(SCRIPT), args=["mcp", "--sandbox", "--allow-writes"], env=clean_env()
    )
    with anyio.fail_after(60):
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            init = await session.initialize()
            tools = {t.name for t in (await session.list_tools()).tools}
            found = ok(
                await session.call_tool(
                    "available_numbers_search", {"regionCode": "US", "type": "LOCAL", "size": 1}
                )
            )
            number = found["availableNumbers"][0]["phoneNumber"]
            preview = ok(
                await session.call_tool("preview_available_numbers_rent", {"phoneNumber": number})
            )
            rented = ok(
                await session.call_tool(
                    "available_numbers_rent",
                    {"phoneNumber": number, "confirmationToken": preview["confirmationToken"]},
                )
            )
    assert init.serverInfo.name == "sinch-numbers"
    assert len(tools) == 31 and "available_numbers_rent" in tools
    assert rented["phoneNumber"] == number


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def test_streamable_http_on_loopback() -> None:
    port = _free_port()
    process = subprocess.Popen(
        [str(SCRIPT), "mcp", "--sandbox", "--http", "--port", str(port)],
        env=clean_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                await anyio.sleep(0.1)
        url = f"http://127.0.0.1:{port}/mcp"

        with anyio.fail_after(30):
            async with (
                httpx.AsyncClient(trust_env=False, timeout=10) as http,
                streamable_http_client(url, http_client=http) as (read, write, _),
                ClientSession(read, write) as session,
            ):
                await session.initialize()
                tools = {t.name for t in (await session.list_tools()).tools}
                regions = ok(await session.call_tool("regions_list", {}))
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert "available_numbers_search" in tools and "available_numbers_rent" not in tools
    assert len(tools) == 13  # read-only: the 11 reading operations and the 2 workflow tools
    assert regions["availableRegions"]


def test_missing_extra_says_how_to_install(tmp_path: Path) -> None:
    env = {
        k: v for k, v in env_without_sandbox_extra(tmp_path, ("mcp",)).items() if k not in CLEARED
    }
    done = subprocess.run(
        [str(SCRIPT), "mcp", "--sandbox"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2, done.stderr
    assert "pip install 'sinch-numbers[mcp]'" in done.stderr
    assert "mcp not installed" in done.stderr


def test_importing_the_package_and_the_cli_does_not_import_the_sdk() -> None:
    code = (
        "import sys, sinch_numbers, sinch_numbers.cli, sinch_numbers.mcp, sinch_numbers.cli.mcp; "
        "print(sorted(m for m in sys.modules if m == 'mcp' or m.startswith('mcp.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=clean_env()
    )
    assert done.stdout.strip() == "[]"
