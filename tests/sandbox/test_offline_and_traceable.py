"""The sandbox stays on this machine and is traceable: callbacks only to loopback unless
allowed, an ``x-request-id`` on every response, one line (not a traceback) without the
extra, and ``--help`` pointing at the docs site."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sinch_numbers import NotFoundError
from sinch_numbers._project import DOCS_URL, SANDBOX_INSTALL
from sinch_numbers.sandbox import Sandbox
from sinch_numbers.sandbox.__main__ import main
from sinch_numbers.sandbox.callbacks import is_loopback_url
from sinch_numbers.testing import fixtures

from missing_extra import env_without_sandbox_extra  # isort: skip  (tests/ is on sys.path)

from .conftest import FAST, CallbackReceiver, eventually

RENT = "/availableNumbers/+12025550134:rent"


def _rent_with_callback(api: httpx.Client, url: str) -> None:
    body = {"smsConfiguration": {"servicePlanId": "p"}, "callbackUrl": url}
    assert api.post(RENT, json=body).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/cb",
        "http://10.0.0.5:8080/cb",
        "http://192.168.1.2/cb",
        "http://127.0.0.1.example.com/cb",
        "http://localhost.example.com/cb",
    ],
)
def test_callbacks_to_other_hosts_are_blocked_not_sent(
    api: httpx.Client, sb: Sandbox, url: str, caplog: pytest.LogCaptureFixture
) -> None:
    _rent_with_callback(api, url)
    (record,) = eventually(lambda: [c for c in sb.state.callbacks() if c.state == "blocked"])
    assert record.url == url
    assert record.attempts == 0  # never tried
    assert "allow_external_callbacks" in record.last_error
    assert record.payload["eventType"] == "PROVISIONING_TO_SMS_PLATFORM"
    assert any("--allow-external-callbacks" in r.getMessage() for r in caplog.records)


def test_callbacks_to_localhost_by_name_are_delivered(
    api: httpx.Client, sb: Sandbox, receiver: CallbackReceiver
) -> None:
    url = receiver.url.replace("127.0.0.1", "localhost")
    _rent_with_callback(api, url)
    (received,) = receiver.wait(1)
    assert received.json()["resourceId"] == "+12025550134"
    eventually(lambda: [c.state for c in sb.state.callbacks()] == ["delivered"])


def test_allow_external_callbacks_lifts_the_block() -> None:
    """Nothing may leave this machine, so the dispatcher's HTTP client gets a transport that
    records the POST instead of sending it."""
    posted: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        posted.append(request)
        return httpx.Response(200)

    with Sandbox(allow_external_callbacks=True, **FAST) as sb:
        sb.app.callbacks._client = httpx.AsyncClient(transport=httpx.MockTransport(record))
        with httpx.Client(
            base_url=f"{sb.base_url}/v1/projects/{sb.project_id}",
            auth=(sb.key_id, sb.key_secret),
            trust_env=False,
        ) as api:
            _rent_with_callback(api, "https://example.com/cb")
        eventually(lambda: [c for c in sb.state.callbacks() if c.state == "delivered"])
    assert [str(r.url) for r in posted] == ["https://example.com/cb"]


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000/cb", True),
        ("http://127.8.9.10/cb", True),
        ("https://[::1]:9000/cb", True),
        ("http://localhost/cb", True),
        ("http://api.localhost:81/cb", True),
        ("http://LOCALHOST/cb", True),
        ("https://example.com/cb", False),
        ("http://0.0.0.0/cb", False),
        ("http://169.254.1.1/cb", False),
        ("ftp://127.0.0.1/cb", False),
        ("not a url", False),
        ("http://[::1/cb", False),
    ],
)
def test_is_loopback_url(url: str, loopback: bool) -> None:
    assert is_loopback_url(url) is loopback


# -- request ids ----------------------------------------------------------------------


def test_every_response_has_a_request_id(
    api: httpx.Client, root: httpx.Client, sb: Sandbox
) -> None:
    responses = [
        api.get("/availableRegions"),  # 200
        api.get("/activeNumbers/+12025550134"),  # 404
        api.post("/availableNumbers:rentAny", json={}),  # 400
        root.post("/oauth2/token", data={"grant_type": "client_credentials"}),  # 401
        root.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(sb.key_id, sb.key_secret),
        ),  # 200
        root.get("/_sandbox/health"),
        root.get("/v1/nowhere"),
    ]
    sb.faults.inject(503, count=1)
    responses.append(api.get("/availableRegions"))
    assert [r.status_code for r in responses] == [200, 404, 400, 401, 200, 200, 404, 503]
    ids = [r.headers.get("x-request-id") for r in responses]
    assert all(ids) and len(set(ids)) == len(ids), ids
    assert all(len(r.headers.get_list("x-request-id")) == 1 for r in responses)


def test_the_client_reports_the_sandbox_request_id(sb: Sandbox) -> None:
    seen: list[str] = []
    hooks = {"response": [lambda r: seen.append(r.headers["x-request-id"])]}
    with (
        httpx.Client(trust_env=False, event_hooks=hooks) as http,
        fixtures.client(sb, http_client=http) as client,
        pytest.raises(NotFoundError) as info,
    ):
        client.active_numbers.get("+12025550134")
    assert info.value.request_id == seen[-1]
    assert f"[request_id={seen[-1]}]" in str(info.value)


# -- the command line --------------------------------------------------------------------


def test_help_points_to_the_docs_site(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert f"{DOCS_URL}sandbox/" in out
    assert "docs/sandbox.md" not in out
    assert "--allow-external-callbacks" in out


@pytest.fixture(scope="module")
def no_extra_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    yield env_without_sandbox_extra(tmp_path_factory.mktemp("no-sandbox-extra"))


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def test_console_script_without_the_extra_prints_one_line(no_extra_env: dict[str, str]) -> None:
    script = Path(sys.executable).with_name("sinch-numbers-sandbox")
    result = _run([str(script), "--port", "0"], no_extra_env)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert SANDBOX_INSTALL in lines[0]
    assert "starlette" in lines[0] and "uvicorn" in lines[0]


def test_module_and_import_without_the_extra_say_what_to_install(
    no_extra_env: dict[str, str],
) -> None:
    as_module = _run([sys.executable, "-m", "sinch_numbers.sandbox", "--port", "0"], no_extra_env)
    assert as_module.returncode != 0
    assert "Traceback" not in as_module.stderr
    assert len(as_module.stderr.splitlines()) == 1, as_module.stderr
    assert SANDBOX_INSTALL in as_module.stderr
    code = (
        "try:\n"
        "    from sinch_numbers.sandbox import Sandbox\n"
        "except ModuleNotFoundError as exc:\n"
        "    print(type(exc).__name__, exc.name, exc)\n"
    )
    imported = _run([sys.executable, "-c", code], no_extra_env)
    assert imported.stdout.startswith("MissingExtraError sinch_numbers.sandbox "), imported
    assert SANDBOX_INSTALL in imported.stdout
