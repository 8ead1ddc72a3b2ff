"""Every bad argument is refused before anything is sent, by rules generated from the spec.

For every method of every resource and every argument of its minimal valid call, a value of
the wrong type must raise ``InvalidArgumentsError`` naming the argument, with no request on
the wire. Then the holes an outside probe found, one test each: path identifiers that would
change the route, a path string uploaded as content, wrong types that were sent, bounds, and
uploads that are too large or are programs.
"""

# ruff: noqa: E501  (the tables of calls read best one per line)
from __future__ import annotations

import inspect
import os
from pathlib import Path
from typing import Any

import pytest

from sinch_numbers import InvalidArgumentsError, NumbersClient
from sinch_numbers.resources._operations import OPERATIONS

from .loopback import KEY_ID, KEY_SECRET, PROJECT, LoopbackAPI, Reply
from .operations import SPEC_OPERATIONS, call_arguments, serve_minimal

ORDER = "01jgkbb8xywmz3hhahd76menqf"


class Strange:
    """A value no argument accepts."""

    def __repr__(self) -> str:
        return "<strange>"


def _client(api: LoopbackAPI, **options: Any) -> NumbersClient:
    return NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url, auth_url=api.token_url, timeout=5,
        **options,
    )  # fmt: skip


def _methods() -> list[tuple[str, str, str]]:
    return [(op_id, resource, name) for op_id, (resource, name) in sorted(OPERATIONS.items())]


@pytest.mark.parametrize(("op_id", "resource", "name"), _methods())
def test_every_argument_of_the_wrong_type_is_refused(
    api: LoopbackAPI, op_id: str, resource: str, name: str
) -> None:
    serve_minimal(api, SPEC_OPERATIONS[op_id][2])
    with _client(api) as client:
        method = getattr(getattr(client, resource), name)
        valid = call_arguments(resource, name, method)
        checked = 0
        for parameter in inspect.signature(method).parameters.values():
            if parameter.name == "page_token":
                continue
            arguments = {**valid, parameter.name: Strange()}
            with pytest.raises(InvalidArgumentsError) as info:
                result = method(**arguments)
                if hasattr(result, "first_page"):
                    result.first_page()
            message = str(info.value)
            assert parameter.name in message, message
            checked += 1
        assert checked == len(
            [p for p in inspect.signature(method).parameters if p != "page_token"]
        )
    assert api.api_wire == [], f"{op_id}: a refused call reached the server"


@pytest.mark.parametrize(
    ("call", "needle"),
    [
        (lambda c: c.number_orders.submit(".."), "number_order_id must be an identifier"),
        (lambda c: c.number_orders.get("."), "number_order_id must be an identifier"),
        (lambda c: c.number_orders.get(""), "number_order_id must not be empty"),
        (lambda c: c.number_orders.get(None), "number_order_id must be a str, not None"),
        (
            lambda c: c.number_orders.upload_attachment("..", "..", file=b"%PDF-1.4"),
            "must be an identifier",
        ),
        (lambda c: c.available_numbers.search(region_code=1, type="LOCAL"), "region_code must be a str, not int"),
        (lambda c: c.available_numbers.search(region_code=None, type="LOCAL"), "region_code must be a str, not None"),
        (lambda c: c.available_numbers.search(region_code="US", type="LOCAL", size="ten"), "size must be an int, not str"),
        (lambda c: c.available_numbers.search(region_code="US", type=5), "type must be a NumberType or str, not int"),
        (lambda c: c.available_numbers.search(region_code="US", type="LOCAL", capabilities="SMS"), "capabilities must be a list"),
        (lambda c: c.active_numbers.update("+12065550100", display_name=5), "display_name must be a str, not int"),
        (lambda c: c.active_numbers.update("+12065550100", sms_configuration="sp"), "sms_configuration must be a SmsConfiguration or a mapping, not str"),
        (lambda c: c.active_numbers.get(12065550100), "phone_number must be a str"),
        (lambda c: c.number_orders.upload_attachment(ORDER, "att", file=None), "file must be a path"),
        (
            lambda c: c.number_orders.create(region_code="AU", number_type="MOBILE", quantity_order_option={"requestedQuantity": 0}),
            "quantity_order_option.requestedQuantity must be between 1 and 100, not 0",
        ),
        (
            lambda c: c.number_orders.create(region_code="AU", number_type="MOBILE", quantity_order_option={"requestedQuantity": 101}),
            "between 1 and 100, not 101",
        ),
    ],
)  # fmt: skip
def test_the_probes_holes_are_closed(api: LoopbackAPI, call: Any, needle: str) -> None:
    with (
        _client(api) as client,
        pytest.raises(InvalidArgumentsError, match=needle.replace("(", r"\(")),
    ):
        call(client)
    assert api.api_wire == []


def test_an_unknown_enum_string_is_still_sent(api: LoopbackAPI) -> None:
    """The enums are open: a value this version does not know goes out unchanged."""
    api.responder = lambda _request: Reply(200, {"availableNumbers": []})
    with _client(api) as client:
        client.available_numbers.search(region_code="US", type="SATELLITE")
    assert api.api_wire[0].query_values("type") == ["SATELLITE"]


def test_a_path_string_is_uploaded_as_a_file(api: LoopbackAPI, tmp_path: Path) -> None:
    document = tmp_path / "passport.pdf"
    document.write_bytes(b"%PDF-1.4 the document")
    api.responder = lambda _request: Reply(200, None)
    with _client(api) as client:
        client.number_orders.upload_attachment(ORDER, "att-1", file=str(document))
        with pytest.raises(InvalidArgumentsError, match="cannot read"):
            client.number_orders.upload_attachment(ORDER, "att-1", file=str(tmp_path / "nope.pdf"))
    (sent,) = api.api_wire
    assert b"%PDF-1.4 the document" in sent.body
    assert str(document).encode() not in sent.body  # the content, not the path text
    assert b'filename="passport.pdf"' in sent.body and b"application/pdf" in sent.body


def test_content_without_a_name_gets_its_type_from_magic_bytes(api: LoopbackAPI) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    api.responder = lambda _request: Reply(200, None)
    with _client(api) as client:
        client.number_orders.upload_attachment(ORDER, "att-1", file=png)
    assert b"image/png" in api.api_wire[0].body


def test_a_large_file_is_refused_before_it_is_read(api: LoopbackAPI, tmp_path: Path) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:  # 60 MiB, sparse: stat sees the size, nothing is written
        handle.truncate(60 * 1024 * 1024)
    with _client(api) as client, pytest.raises(InvalidArgumentsError, match="62914560 bytes"):
        client.number_orders.upload_attachment(ORDER, "att-1", file=big)
    with _client(api, max_upload_bytes=8) as client:
        with pytest.raises(InvalidArgumentsError, match="more than the 8-byte limit"):
            client.number_orders.upload_attachment(ORDER, "att-1", file=b"123456789")
        with open(os.devnull, "rb") as empty, pytest.raises(InvalidArgumentsError, match="empty"):
            client.number_orders.upload_attachment(ORDER, "att-1", file=empty)
    assert api.api_wire == []


@pytest.mark.parametrize(
    ("file_name", "content"),
    [("setup.exe", b"hello"), ("invoice", b"MZ\x90\x00" + b"\0" * 60)],
    ids=["by-extension", "by-magic-bytes"],
)
def test_programs_are_refused(
    api: LoopbackAPI, tmp_path: Path, file_name: str, content: bytes
) -> None:
    program = tmp_path / file_name
    program.write_bytes(content)
    with _client(api) as client, pytest.raises(InvalidArgumentsError, match="is a program"):
        client.number_orders.upload_attachment(ORDER, "att-1", file=program)
    assert api.api_wire == []


def test_a_text_mode_file_is_refused(api: LoopbackAPI, tmp_path: Path) -> None:
    document = tmp_path / "id.txt"
    document.write_text("text", encoding="utf-8")
    with (
        _client(api) as client,
        document.open(encoding="utf-8") as handle,
        pytest.raises(InvalidArgumentsError, match="binary mode"),
    ):
        client.number_orders.upload_attachment(ORDER, "att-1", file=handle)
    assert api.api_wire == []


def test_max_upload_bytes_is_checked() -> None:
    with pytest.raises(ValueError, match="max_upload_bytes"):
        NumbersClient("p", "k", "s", max_upload_bytes=0)
