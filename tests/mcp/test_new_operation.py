"""A new operation in the spec is a tool after ``scripts/regenerate``, without a hand edit.

The spec gets an extra operation; the real generator regenerates ``generated/`` and the facade
modules from it (``tests/regenerated.py``); a copy of the overlay takes the new facade
modules; and in a subprocess on that tree, ``sinch-numbers mcp``'s server lists the new tool
and calls it through the regenerated facade, against a sandbox of the same spec (which has no
handler for it yet, so it answers 501 in Sinch's error shape).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from regenerated import regenerated  # isort: skip  (tests/ is on sys.path)

ROOT = Path(__file__).resolve().parents[2]
HISTORY = "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/history"

SCRIPT = """
import asyncio, json
from mcp.shared.memory import create_connected_server_and_client_session
from sinch_numbers.mcp import build_server
from sinch_numbers.testing.fixtures import async_client, sandbox

async def main():
    with sandbox() as sb:
        async with async_client(sb) as client:
            server = build_server(client)
            async with create_connected_server_and_client_session(server) as session:
                tools = {t.name: t for t in (await session.list_tools()).tools}
                tool = tools.get("active_numbers_get_history")
                called = await session.call_tool(
                    "active_numbers_get_history", {"phoneNumber": "+12025550134"}
                )
                print(json.dumps({
                    "count": len(tools),
                    "schema": tool.inputSchema if tool else None,
                    "description": tool.description if tool else None,
                    "result": called.structuredContent,
                }))

asyncio.run(main())
"""


def test_regenerated_spec_with_an_extra_operation_serves_an_extra_tool(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "numbers.yaml").read_text("utf-8"))
    item = spec["paths"]["/v1/projects/{projectId}/activeNumbers/{phoneNumber}"]
    extra = copy.deepcopy(item["get"])
    extra.update(
        operationId="NumberService_GetActiveNumberHistory",
        summary="The history of an active number",
        description="Every change made to the number.",
    )
    extra.pop("x-codeSamples", None)
    spec["paths"][HISTORY] = {"parameters": copy.deepcopy(item.get("parameters", [])), "get": extra}
    spec_path = tmp_path / "numbers-extra.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), "utf-8")

    tree = regenerated(tmp_path_factory, spec_path)
    overlay = tmp_path / "overlay"
    shutil.copytree(
        ROOT / "overlay" / "sinch_numbers",
        overlay / "sinch_numbers",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    for module in (tree / "facade").glob("*.py"):
        shutil.copy(module, overlay / "sinch_numbers" / "resources" / module.name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SINCH_")}
    env["PYTHONPATH"] = os.pathsep.join([str(tree / "generated"), str(overlay)])
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["count"] == 13 + 1  # the read-only tools of the pinned spec, and the new one
    assert seen["schema"]["required"] == ["phoneNumber"]
    assert seen["description"].startswith("The history of an active number")
    assert (
        f"GET {HISTORY} (operationId NumberService_GetActiveNumberHistory)" in (seen["description"])
    )
    error = seen["result"]["error"]  # sent through the regenerated facade: the sandbox's 501
    assert error["statusCode"] == 501 and error["type"] == "InternalServerError"
    assert error["requestId"]
