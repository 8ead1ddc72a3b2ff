"""``db=``/``--db``: state, tokens and timers survive a restart."""

from __future__ import annotations

from pathlib import Path

import httpx

from sinch_numbers.sandbox import Sandbox

from .conftest import FAST, api_client


def test_state_survives_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.sqlite3")
    with Sandbox(db=db, seed=5, **FAST) as first, api_client(first) as api:
        number = api.get(
            "/availableNumbers", params={"regionCode": "US", "type": "LOCAL", "size": 1}
        ).json()["availableNumbers"][0]["phoneNumber"]
        api.post(f"/availableNumbers/{number}:rent", json={})
        api.patch(f"/activeNumbers/{number}", json={"displayName": "kept"})
        order = api.post(
            "/numberOrders:createNumberOrder",
            json={
                "regionCode": "AU",
                "numberType": "MOBILE",
                "numberOrderOption": {"phoneNumbers": ["+61411111112"]},
            },
        ).json()
        with httpx.Client(trust_env=False) as plain:
            token = plain.post(
                first.auth_url,
                data={"grant_type": "client_credentials"},
                auth=(first.key_id, first.key_secret),
            ).json()["access_token"]

    # A different seed on restart: the database keeps its own.
    with Sandbox(db=db, seed=6, **FAST) as second:
        with api_client(second, auth=None, headers={"Authorization": f"Bearer {token}"}) as api:
            kept = api.get(f"/activeNumbers/{number}")
            assert kept.status_code == 200
            assert kept.json()["displayName"] == "kept"
            restored = api.get(f"/numberOrders/{order['idNumberOrder']}").json()
            assert restored == order
            assert api.get("/availableNumbers/+61411111112").status_code == 404
            assert api.get(f"/availableNumbers/{number}").status_code == 404
        assert second.app.backend.inventory.seed == 5


def test_in_memory_by_default() -> None:
    with Sandbox(**FAST) as sb, api_client(sb) as api:
        api.post("/availableNumbers/+12025550134:rent", json={})
    with Sandbox(**FAST) as sb, api_client(sb) as api:
        assert api.get("/activeNumbers").json()["totalSize"] == 0
