"""OAuth2 client credentials, Basic auth, expiry, wrong project, secret hygiene."""

from __future__ import annotations

import logging
import time

import httpx
import pytest

from sinch_numbers.sandbox import Sandbox

from .conftest import api_client, assert_error


def _token(root: httpx.Client, sb: Sandbox) -> str:
    response = root.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(sb.key_id, sb.key_secret)
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def test_token_with_basic_credentials(sb: Sandbox, root: httpx.Client) -> None:
    response = root.post(
        sb.auth_url, data={"grant_type": "client_credentials"}, auth=(sb.key_id, sb.key_secret)
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope"}
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == ""
    assert response.headers["cache-control"] == "no-store"


def test_token_with_form_credentials(sb: Sandbox, root: httpx.Client) -> None:
    response = root.post(
        "/oauth2/token",
        data={
            "grant_type": "client_credentials",
            "client_id": sb.key_id,
            "client_secret": sb.key_secret,
        },
    )
    assert response.status_code == 200
    token = response.json()["access_token"]
    with api_client(sb, auth=None, headers={"Authorization": f"Bearer {token}"}) as api:
        assert api.get("/activeNumbers").status_code == 200


def test_token_rejects_wrong_credentials_and_grant(sb: Sandbox, root: httpx.Client) -> None:
    wrong = root.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(sb.key_id, "nope")
    )
    assert_error(wrong, 401, "UNAUTHENTICATED")
    anonymous = root.post("/oauth2/token", data={"grant_type": "client_credentials"})
    assert_error(anonymous, 401, "UNAUTHENTICATED")
    grant = root.post(
        "/oauth2/token", data={"grant_type": "password"}, auth=(sb.key_id, sb.key_secret)
    )
    assert_error(grant, 400, "INVALID_ARGUMENT", field="grant_type")


def test_api_requires_valid_credentials(sb: Sandbox) -> None:
    with api_client(sb, auth=None) as anonymous:
        response = anonymous.get("/activeNumbers")
        assert_error(response, 401, "UNAUTHENTICATED")
        assert "Bearer" in response.headers["www-authenticate"]
    with api_client(sb, auth=(sb.key_id, "wrong-secret")) as wrong:
        assert_error(wrong.get("/activeNumbers"), 401, "UNAUTHENTICATED")
    with api_client(sb, auth=None, headers={"Authorization": "Bearer forged"}) as forged:
        response = forged.get("/activeNumbers")
        assert_error(response, 401, "UNAUTHENTICATED")
        assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'


def test_other_project_is_forbidden(sb: Sandbox, root: httpx.Client) -> None:
    token = _token(root, sb)
    for headers in ({"Authorization": f"Bearer {token}"}, None):
        auth = None if headers else (sb.key_id, sb.key_secret)
        with httpx.Client(base_url=sb.base_url, auth=auth, headers=headers, trust_env=False) as c:
            response = c.get("/v1/projects/someone-else/activeNumbers")
        error = assert_error(response, 403, "PERMISSION_DENIED")
        assert error["details"] == []


def test_token_lifetime_is_configurable(root: httpx.Client) -> None:
    with Sandbox(token_lifetime=0.2) as short:
        response = root.post(
            short.auth_url,
            data={"grant_type": "client_credentials"},
            auth=(short.key_id, short.key_secret),
        )
        assert response.json()["expires_in"] == 0
        token = response.json()["access_token"]
        with api_client(short, auth=None, headers={"Authorization": f"Bearer {token}"}) as api:
            assert api.get("/activeNumbers").status_code == 200
            time.sleep(0.25)
            assert api.get("/activeNumbers").status_code == 401


def test_expired_token_gets_invalid_token_challenge(sb: Sandbox, root: httpx.Client) -> None:
    token = _token(root, sb)
    with api_client(sb, auth=None, headers={"Authorization": f"Bearer {token}"}) as api:
        assert api.get("/activeNumbers").status_code == 200
        sb.advance_time(3599)
        assert api.get("/activeNumbers").status_code == 200
        sb.advance_time(2)
        expired = api.get("/activeNumbers")
    assert_error(expired, 401, "UNAUTHENTICATED")
    assert expired.headers["www-authenticate"] == (
        'Bearer error="invalid_token", error_description="expired"'
    )


def test_forced_token_expiry(sb: Sandbox, root: httpx.Client) -> None:
    token = _token(root, sb)
    with api_client(sb, auth=None, headers={"Authorization": f"Bearer {token}"}) as api:
        assert api.get("/activeNumbers").status_code == 200
        sb.faults.expire_tokens()
        response = api.get("/activeNumbers")
        assert_error(response, 401, "UNAUTHENTICATED")
        assert 'error_description="expired"' in response.headers["www-authenticate"]
    fresh = _token(root, sb)
    with api_client(sb, auth=None, headers={"Authorization": f"Bearer {fresh}"}) as api:
        assert api.get("/activeNumbers").status_code == 200


def test_secret_never_in_repr_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    secret = "super-secret-value-0123456789"
    caplog.set_level(logging.DEBUG)
    with Sandbox(key_secret=secret, faults=["status=500,count=1"]) as sb:
        assert secret not in repr(sb)
        assert secret not in repr(sb.config)
        assert secret not in repr(sb.app)
        with api_client(sb) as api:
            api.get("/activeNumbers")
            api.get("/activeNumbers/+100")
    assert secret not in caplog.text
