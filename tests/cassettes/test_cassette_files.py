"""Static checks of the committed cassettes: provenance, secrets, host independence, coverage;
and of the filters that produce them."""

from __future__ import annotations

import ast
import base64
import contextlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pinned import OPERATION_IDS, pending
from vcr.request import Request

from . import test_cases
from .conftest import RECORD_KEY_SECRET, REPLAY_KEY_SECRET
from .wire import (
    API_BASE,
    BOUNDARY,
    CURRENT_SPEC,
    PROJECT_ID,
    REDACTED,
    TOKEN_URL,
    Redactor,
    body_text,
    cassette_paths,
    find_operation,
    header,
    is_token_call,
    load_cassette,
    load_spec,
    operation_under_test,
    operations,
    pinned_specs,
    spec_by_sha,
)

CASSETTES = cassette_paths()
IDS = [p.stem for p in CASSETTES]


def _all_strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_all_strings(k), *_all_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _all_strings(v)]
    return [value] if isinstance(value, str) else []


def _json_leaks(value: Any) -> list[str]:
    """Secret-named JSON members whose value is not REDACTED."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("access_token", "refresh_token", "hmacSecret", "client_secret") and (
                item != REDACTED
            ):
                found.append(f"{key}={item!r}")
            found.extend(_json_leaks(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_json_leaks(item))
    return found


def _known_secrets() -> list[str]:
    import os

    from sinch_numbers.sandbox.config import DEFAULT_KEY_SECRET

    secrets = [RECORD_KEY_SECRET, DEFAULT_KEY_SECRET, test_cases.HMAC_SECRET]
    secrets += [os.environ[n] for n in ("SINCH_KEY_SECRET",) if os.environ.get(n)]
    return secrets


_PATTERNS = {
    "bearer token": re.compile(r"Bearer\s+(?!REDACTED\b)[A-Za-z0-9._~+/=-]{12,}"),
    "basic credentials": re.compile(r"Basic\s+(?!REDACTED\b)[A-Za-z0-9+/]{8,}={0,2}"),
    "sandbox token": re.compile(r"sbx_[A-Za-z0-9_-]{8,}"),
    "access_token in text": re.compile(r"access_token\W{1,6}(?!REDACTED)[A-Za-z0-9._~+/-]{8,}"),
}


def scan_for_secrets(text: str, data: Any) -> list[str]:
    """Everything in a cassette (raw text and parsed) that looks like a credential."""
    found = [f"known secret {s[:6]}..." for s in _known_secrets() if s in text]
    found += [
        f"{name}: {m.group(0)[:24]}..." for name, p in _PATTERNS.items() for m in p.finditer(text)
    ]
    for interaction in (data or {}).get("interactions") or []:
        for side in ("request", "response"):
            part = interaction[side]
            for name, values in (part.get("headers") or {}).items():
                if name.lower() in ("authorization", "proxy-authorization", "set-cookie"):
                    found += [f"{name}: {v}" for v in values if v != REDACTED]
            body = body_text(part.get("body"))
            with contextlib.suppress(ValueError):
                found += _json_leaks(json.loads(body)) if body else []
    return found


def test_there_are_cassettes() -> None:
    assert len(CASSETTES) >= 25


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_recorded_with_a_pinned_spec(path: Path) -> None:
    data = load_cassette(path)
    stamp = data.get("recorded_with")
    assert isinstance(stamp, dict), "no recorded_with: record with this folder's conftest"
    pinned = pinned_specs()
    assert stamp["spec_sha256"] in pinned, f"{stamp['spec_sha256']} is not a pinned spec"
    assert stamp["spec_version"] == pinned[stamp["spec_sha256"]]["version"]
    assert datetime.fromisoformat(stamp["recorded_at"]).tzinfo is not None
    assert stamp["recorded_against"] in ("sandbox", "live")
    assert data["version"] == 1 and data["interactions"]


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_no_secrets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert scan_for_secrets(text, load_cassette(path)) == []


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_looks_like_the_real_api(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"127\.0\.0\.1|localhost|\[::1\]", text)
    data = load_cassette(path)
    assert is_token_call(data["interactions"][0]), "each cassette starts with its token call"
    for interaction in data["interactions"]:
        uri = interaction["request"]["uri"]
        if is_token_call(interaction):
            assert uri == TOKEN_URL
        else:
            assert uri.startswith(f"{API_BASE}/v1/projects/{PROJECT_ID}/"), uri


def test_scanner_finds_leaks() -> None:
    """The secret scan can fail: each kind of leak is reported."""
    basic = base64.b64encode(b"key-id:key-secret").decode()
    samples = [
        f"authorization: Bearer {'a1B2' * 8}",
        f"Authorization: Basic {basic}",
        "token sbx_abcdefghijklmnop",
        RECORD_KEY_SECRET,
        '{"access_token":"eyJhbGciOiJSUzI1NiJ9.payload"}',
    ]
    for sample in samples:
        assert scan_for_secrets(sample, None), sample
    leaked = {
        "interactions": [
            {
                "request": {"headers": {"authorization": ["x"]}, "body": '{"hmacSecret":"s"}'},
                "response": {"headers": {}, "body": {"string": '{"access_token":"t"}'}},
            }
        ]
    }
    assert len(scan_for_secrets("", leaked)) == 3
    assert scan_for_secrets('{"access_token":"REDACTED"} Bearer REDACTED', None) == []


def _statuses() -> tuple[dict[str, set[int]], list[str]]:
    """(operationId -> statuses recorded for it, recorded calls the current spec lacks)."""
    ops = operations(load_spec(CURRENT_SPEC))
    seen: dict[str, set[int]] = {op.operation_id: set() for op in ops}
    unknown = []
    for path in CASSETTES:
        for interaction in load_cassette(path)["interactions"]:
            if is_token_call(interaction):
                continue
            request = interaction["request"]
            op = find_operation(
                ops, request["method"], request["uri"].removeprefix(API_BASE).split("?")[0]
            )
            if op is None:
                unknown.append(f"{path.stem}: {request['method']} {request['uri']}")
                continue
            seen[op.operation_id].add(interaction["response"]["status"]["code"])
    return seen, unknown


def test_every_operation_has_a_happy_path_cassette() -> None:
    """Each operation of the pinned spec has a cassette with a 2xx, except new ones the last
    spec update listed as still to record (openapi/pending.json)."""
    statuses, _unknown = _statuses()
    assert set(statuses) == set(OPERATION_IDS)
    missing = sorted(op for op, codes in statuses.items() if not codes & {200, 201, 204})
    assert missing == sorted(pending()["operations_without_cassette"])


def test_every_recorded_call_is_an_operation_of_the_pinned_spec() -> None:
    """A cassette calling an operation the spec no longer has must be re-recorded or removed."""
    assert _statuses()[1] == []


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_each_cassette_names_its_operation_under_test(path: Path) -> None:
    """``operation_under_test`` says which call the cassette exists for (the others are setup);
    it matches the case's ``under_test`` marker and the cassette really calls it."""
    data = load_cassette(path)
    under_test = operation_under_test(data)
    assert under_test, "no operation_under_test: record with this folder's conftest"
    case = getattr(test_cases, f"test_{path.stem}")
    markers = [m.args[0] for m in getattr(case, "pytestmark", []) if m.name == "under_test"]
    assert markers == [under_test]
    recorded_under = spec_by_sha(str(data["recorded_with"]["spec_sha256"]))
    assert recorded_under is not None
    ops = operations(load_spec(recorded_under))
    called = {
        op.operation_id
        for interaction in data["interactions"]
        if not is_token_call(interaction)
        and (op := find_operation(ops, interaction["request"]["method"], _path(interaction)))
    }
    assert under_test in called


def _path(interaction: dict[str, Any]) -> str:
    return str(interaction["request"]["uri"]).removeprefix(API_BASE).split("?")[0]


def test_key_errors_are_recorded() -> None:
    found: dict[int, list[dict[str, Any]]] = {}
    for path in CASSETTES:
        for interaction in load_cassette(path)["interactions"]:
            found.setdefault(interaction["response"]["status"]["code"], []).append(interaction)
    bad_requests = [json.loads(body_text(i["response"]["body"])) for i in found[400]]
    assert any(
        v.get("field")
        for b in bad_requests
        for d in b["error"]["details"]
        for v in d.get("fieldViolations", [])
    )
    assert found[404]
    assert any(header(i["response"]["headers"], "retry-after") for i in found[429])


def test_every_case_has_a_cassette_and_back() -> None:
    tree = ast.parse(Path(test_cases.__file__).read_text(encoding="utf-8"))
    cases = {
        node.name.removeprefix("test_")
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.name.startswith("test_")
    }
    assert cases == set(IDS)


# -- the filters -------------------------------------------------------------------------------


def _request(uri: str, body: bytes, headers: dict[str, str]) -> Request:
    return Request("POST", uri, body, headers)


def test_redactor_rewrites_hosts_and_filters_requests() -> None:
    redactor = Redactor(secrets=["live-secret"], project_id="live-project")
    token = redactor.request(
        _request(
            "http://127.0.0.1:5555/oauth2/token",
            b"grant_type=client_credentials&client_secret=live-secret",
            {
                "Authorization": "Basic abc",
                "Content-Type": "application/x-www-form-urlencoded",
                "User-Agent": "x",
            },
        )
    )
    assert token.uri == TOKEN_URL
    assert dict(token.headers) == {
        "content-type": "application/x-www-form-urlencoded",
        "authorization": REDACTED,
    }
    assert token.body == b"grant_type=client_credentials&client_secret=REDACTED"
    api = redactor.request(
        _request(
            "http://127.0.0.1:5555/v1/projects/live-project/callbackConfiguration?a=1",
            b'{"hmacSecret": "s3cret", "nested": [{"hmacSecret": "x"}]}',
            {"Content-Type": "application/json", "Authorization": "Bearer t0ken"},
        )
    )
    assert api.uri == f"{API_BASE}/v1/projects/{PROJECT_ID}/callbackConfiguration?a=1"
    assert json.loads(api.body) == {"hmacSecret": REDACTED, "nested": [{"hmacSecret": REDACTED}]}


def test_redactor_fixes_the_multipart_boundary() -> None:
    body = b'--abc123\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n--abc123--\r\n'
    request = Redactor().request(
        _request(
            f"{API_BASE}/v1/projects/{PROJECT_ID}/x",
            body,
            {"Content-Type": "multipart/form-data; boundary=abc123"},
        )
    )
    assert request.headers["content-type"] == f"multipart/form-data; boundary={BOUNDARY}"
    assert request.body == body.replace(b"abc123", BOUNDARY.encode())


def test_redactor_filters_responses() -> None:
    redactor = Redactor(secrets=[REPLAY_KEY_SECRET], project_id="live-project")
    response = redactor.response(
        {
            "status": {"code": 200, "message": "OK"},
            "headers": {
                "Content-Type": ["application/json"],
                "Date": ["now"],
                "Retry-After": ["3"],
            },
            "body": {
                "string": b'{"access_token":"tok","projectId":"live-project","note":"'
                + REPLAY_KEY_SECRET.encode()
                + b'"}'
            },
        }
    )
    assert response["headers"] == {"content-type": ["application/json"], "retry-after": ["3"]}
    assert json.loads(response["body"]["string"]) == {
        "access_token": REDACTED,
        "projectId": PROJECT_ID,
        "note": REDACTED,
    }
