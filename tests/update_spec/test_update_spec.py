"""scripts/update-spec against specs served from a loopback HTTP server, in tmp repo copies.

Most cases use ``--no-regenerate`` (fetch, diff, pin, report: ~0.2 s); a few run the whole
pipeline (regenerate + griffe, ~1.5-3 s each): the 1.0.2 → 1.0.3 upgrade, a new operation
(facade names), an operationId rename (griffe API breaks) and a failed regeneration.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .helpers import (
    CURRENT,
    CURRENT_SHA,
    CURRENT_VERSION,
    OLD,
    OLD_SHA,
    ROOT,
    V103,
    V103_SHA,
    Repo,
    current_doc,
    dump,
    find,
    kinds,
    make_repo,
    run_cli,
    update,
)

from specpipe import cassettes, health, rehearsal  # isort: skip
from specpipe.lock import sha256_bytes, verify_lock  # isort: skip
from specserver import SpecServer, unused_port  # isort: skip

Doc = dict[str, Any]
ACTIVE = "/v1/projects/{projectId}/activeNumbers"
GENERATED_PROBE = Path("generated") / "sinch_numbers_api" / "api" / "number_order"


def serve(server: SpecServer, body: bytes, path: str = "/numbers.yaml") -> str:
    server.add(path, body)
    return server.url(path)


# ------------------------------------------------------------------- no change / fallback


def test_identical_file_is_no_change(repo: Repo, server: SpecServer) -> None:
    before = repo.protected()
    mtime = repo.pin.stat().st_mtime_ns
    code, report, markdown = run_cli(repo, serve(server, CURRENT))
    assert code == 0
    assert report["changed"] is False and report["source_reachable"] is True
    assert report["old"] == report["new"] == {"version": CURRENT_VERSION, "sha256": CURRENT_SHA}
    assert report["changes"] == [] and report["api_breaks"] == [] and not report["regenerated"]
    assert report["cassettes"]["passed"] == report["cassettes"]["failed"] == 0
    assert repo.protected() == before and repo.pin.stat().st_mtime_ns == mtime
    assert markdown.startswith(f"# Sinch Numbers spec: no change ({CURRENT_VERSION})")


def test_unreachable_source_falls_back_to_the_pin(repo: Repo) -> None:
    before = repo.protected()
    source = f"http://127.0.0.1:{unused_port()}/numbers.yaml"
    code, report, markdown = run_cli(repo, source)
    assert code == 0
    assert report["source_reachable"] is False and report["changed"] is False
    assert report["new"] == report["old"] == {"version": CURRENT_VERSION, "sha256": CURRENT_SHA}
    assert report["error"] is None
    assert repo.protected() == before
    assert "source unreachable" in markdown


def test_cli_unreachable_says_so_in_one_line(repo: Repo) -> None:
    """The real executable: env var source, JSON on stdout, one stderr line, exit 0."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "all_proxy")}
    env["SINCH_NUMBERS_SPEC_SOURCE"] = f"http://127.0.0.1:{unused_port()}/numbers.yaml"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "update-spec"),
            "--root",
            str(repo.root),
            "--retries",
            "0",
            "--report",
            "-",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["source_reachable"] is False and report["changed"] is False
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "source unreachable" in lines[0]
    assert f"pinned spec {CURRENT_VERSION}" in lines[0]


def test_not_modified_uses_the_lock_etag(repo: Repo, server: SpecServer) -> None:
    """After an update pins an ETag, the next run's conditional GET gets a 304."""
    edited = CURRENT.replace(b"title: Numbers", b"title: Numbers API", 1)
    assert edited != CURRENT
    source = serve(server, edited)
    assert run_cli(repo, source, "--no-regenerate")[0] == 0
    assert repo.lock_json()["openapi/numbers.yaml"]["etag"]
    code, report, _ = run_cli(repo, source, "--no-regenerate")
    assert code == 0 and report["changed"] is False
    assert server.requests_for("/numbers.yaml")[-1].status == 304


# -------------------------------------------------------------------------- invalid input


@pytest.mark.parametrize(
    "body",
    [b"openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n", b"<html>oops</html>\n"],
    ids=["no-paths", "html"],
)
def test_invalid_spec_touches_nothing(repo: Repo, server: SpecServer, body: bytes) -> None:
    before = repo.protected()
    code, report, markdown = run_cli(repo, serve(server, body))
    assert code == 1
    assert "invalid spec" in report["error"] and report["changed"] is False
    assert repo.protected() == before
    assert markdown.startswith("# Sinch Numbers spec update failed")


# ------------------------------------------------------------------- edits and additions


def test_edit_without_version_bump_is_detected_by_sha(repo: Repo, server: SpecServer) -> None:
    doc = current_doc()
    doc["info"]["description"] = "Reworded by Sinch, same version."
    body = dump(doc)
    code, report, markdown = run_cli(repo, serve(server, body), "--no-regenerate")
    assert code == 0
    assert report["changed"] is True
    assert report["old"]["version"] == report["new"]["version"] == CURRENT_VERSION
    assert report["new"]["sha256"] == sha256_bytes(body) != CURRENT_SHA
    assert kinds(report) == {"docs-only"}
    assert "info.version not bumped" in markdown and "docs-only" in markdown.splitlines()[0]
    # The old pin went to history under its version and short sha; pin and lock agree.
    history = repo.history / f"numbers-{CURRENT_VERSION}-{CURRENT_SHA[:8]}.yaml"
    assert history.read_bytes() == CURRENT
    assert report["history_file"] == f"openapi/history/{history.name}"
    assert repo.pin.read_bytes() == body
    assert verify_lock(repo.lock, repo.root) == []
    assert oct(history.stat().st_mode & 0o777) == oct(repo.pin.stat().st_mode & 0o777)

    # A second unbumped edit: its own name (version + sha), the first history file untouched.
    doc["info"]["description"] = "Reworded again."
    second = dump(doc)
    code, report, _ = run_cli(repo, serve(server, second), "--no-regenerate")
    assert code == 0
    named = repo.history / f"numbers-{CURRENT_VERSION}-{sha256_bytes(body)[:8]}.yaml"
    assert named.read_bytes() == body and history.read_bytes() == CURRENT
    assert report["history_file"] == f"openapi/history/{named.name}"
    lock = repo.lock_json()
    assert {"openapi/numbers.yaml", f"openapi/history/{history.name}",
            f"openapi/history/{named.name}"} <= set(lock)  # fmt: skip
    assert verify_lock(repo.lock, repo.root) == []


def test_new_optional_parameter_is_non_breaking(repo: Repo, server: SpecServer) -> None:
    doc = current_doc()
    doc["paths"][ACTIVE]["parameters"].append(
        {"name": "displayName", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    code, report, _ = run_cli(repo, serve(server, dump(doc)), "--no-regenerate")
    assert code == 0
    (change,) = report["changes"]
    assert (change["severity"], change["kind"]) == ("non-breaking", "parameter-added")
    assert change["location"] == f"GET {ACTIVE} param displayName"
    assert report["regenerated"] is False and report["cassettes"]["skipped"]


def test_new_operation_full_pipeline_lists_facade_name(repo: Repo, server: SpecServer) -> None:
    """Regenerates: the new operation is reachable through the facade, named by rule."""
    before = {op["operationId"] for item in current_doc()["paths"].values() for op in item.values()
              if isinstance(op, dict) and "operationId" in op}  # fmt: skip
    doc = current_doc()
    rehearsal.add_operation(doc)  # a list operation of tag "Number Order", named to be new
    (op_id,) = {op["operationId"] for item in doc["paths"].values() for op in item.values()
                if isinstance(op, dict) and "operationId" in op} - before  # fmt: skip
    code, report, markdown = run_cli(repo, serve(server, dump(doc)), "--no-cassettes")
    assert code == 0, report
    assert kinds(report) == {"operation-added", "schema-added"}
    assert report["regenerated"] is True and report["api_breaks"] == []
    assert report["api_compare"]["status"] == "ok"
    # generator/naming.py: a list operation of tag "Number Order" joins client.number_orders
    assert report["needs_friendly_name"] == []
    (new_op,) = report["new_operations"]
    verb = op_id.removesuffix("NumberOrders").lower()  # ListNumberOrders -> list
    assert new_op == {
        "operation_id": op_id,
        "facade": f"number_orders.{verb}",
        "needs_friendly_name": False,
    }
    assert report["cassettes"]["skipped"] == "--no-cassettes"
    assert (repo.root / GENERATED_PROBE / f"{verb}_number_orders.py").exists()
    assert (
        json.loads((repo.generated / "GENERATED.json").read_text())["spec_sha256"]
        == (report["new"]["sha256"])
    )
    assert f"| `{op_id}` | `client.number_orders.{verb}` | no (named by rule) |" in markdown


# ------------------------------------------------------------------------ breaking kinds


def _op(doc: Doc, path: str, method: str) -> Doc:
    op: Doc = doc["paths"][path][method]
    return op


def _remove_operation(doc: Doc) -> None:
    del doc["paths"]["/v1/projects/{projectId}/availableNumbers/{phoneNumber}"]["get"]


def _rename_operation_id(doc: Doc) -> None:
    _op(doc, "/v1/projects/{projectId}/numberOrders/{numberOrderId}", "get")["operationId"] = (
        "FetchNumberOrder"
    )


def _rename_tag(doc: Doc) -> None:
    _op(doc, "/v1/projects/{projectId}/numberOrders/{numberOrderId}", "get")["tags"] = ["Orders"]


def _param_required(doc: Doc) -> None:
    doc["components"]["parameters"]["pageSize"]["required"] = True


def _remove_response_property(doc: Doc) -> None:
    del doc["components"]["schemas"]["ActiveNumberResponse"]["properties"]["displayName"]


def _change_type(doc: Doc) -> None:
    doc["components"]["schemas"]["ListActiveNumbersResponse"]["properties"]["totalSize"] = {
        "type": "string"
    }


def _nullable_response_property(doc: Doc) -> None:
    doc["components"]["schemas"]["ActiveNumberResponse"]["properties"]["displayName"][
        "nullable"
    ] = True


def _remove_request_enum_value(doc: Doc) -> None:
    doc["components"]["parameters"]["orderBy"]["schema"]["enum"].remove("displayName")


def _required_request_property(doc: Doc) -> None:
    schema = doc["components"]["schemas"]["RentNumberRequest"]
    schema.setdefault("properties", {})["reference"] = {"type": "string"}
    schema.setdefault("required", []).append("reference")


def _required_body_added(doc: Doc) -> None:
    op = _op(doc, "/v1/projects/{projectId}/numberOrders/{numberOrderId}/submit", "post")
    op["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/LookupNumberRequirementsRequest"}
            }
        },
    }


def _rename_schema(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    schemas["Price"] = schemas.pop("money")
    text = json.dumps(doc).replace('"#/components/schemas/money"', '"#/components/schemas/Price"')
    doc.clear()
    doc.update(json.loads(text))


BREAKING: list[tuple[str, Callable[[Doc], None], str, str]] = [
    (
        "operation-removed",
        _remove_operation,
        "operation-removed",
        "GET /v1/projects/{projectId}/availableNumbers/{phoneNumber}",
    ),
    (
        "operation-id-renamed",
        _rename_operation_id,
        "operation-id-renamed",
        "GET /v1/projects/{projectId}/numberOrders/{numberOrderId}",
    ),
    (
        "tag-renamed",
        _rename_tag,
        "tag-renamed",
        "GET /v1/projects/{projectId}/numberOrders/{numberOrderId}",
    ),
    (
        "param-made-required",
        _param_required,
        "parameter-made-required",
        f"GET {ACTIVE} param pageSize",
    ),
    (
        "response-property-removed",
        _remove_response_property,
        "response-property-removed",
        "components.schemas.ActiveNumberResponse.properties.displayName",
    ),
    (
        "type-changed",
        _change_type,
        "response-type-changed",
        "components.schemas.ListActiveNumbersResponse.properties.totalSize",
    ),
    (
        "made-nullable",
        _nullable_response_property,
        "response-made-nullable",
        "components.schemas.ActiveNumberResponse.properties.displayName",
    ),
    (
        "request-enum-value-removed",
        _remove_request_enum_value,
        "request-enum-value-removed",
        f"GET {ACTIVE} param orderBy",
    ),
    (
        "request-property-added-required",
        _required_request_property,
        "request-property-added-required",
        "components.schemas.RentNumberRequest.properties.reference",
    ),
    (
        "request-body-added-required",
        _required_body_added,
        "request-body-added-required",
        "POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/submit request body",
    ),
    ("schema-renamed", _rename_schema, "schema-renamed", "components.schemas.Price"),
]


@pytest.mark.parametrize(
    ("mutate", "kind", "location"), [b[1:] for b in BREAKING], ids=[b[0] for b in BREAKING]
)
def test_breaking_variant_exits_3_and_is_applied(
    repo: Repo, server: SpecServer, mutate: Callable[[Doc], None], kind: str, location: str
) -> None:
    doc = current_doc()
    mutate(doc)
    body = dump(doc)
    code, report, markdown = run_cli(repo, serve(server, body), "--no-regenerate")
    assert code == 3, report["changes"]
    breaking = [c for c in report["changes"] if c["severity"] == "breaking"]
    assert [(c["kind"], c["location"]) for c in breaking] == [(kind, location)]
    assert report["summary"]["breaking"] == 1 and report["exit_status"] == 3
    assert repo.pin.read_bytes() == body  # applied so the pull request shows it
    assert verify_lock(repo.lock, repo.root) == []
    assert markdown.startswith(
        f"# Sinch Numbers spec update {CURRENT_VERSION} → {CURRENT_VERSION} (info.version not "
        "bumped): 1 breaking change"
    )
    if kind == "request-body-added-required":  # names the properties callers must now send
        assert "`numberType`, `regionCode`" in breaking[0]["detail"]


def test_renamed_operation_id_full_pipeline_reports_api_breaks(
    repo: Repo, server: SpecServer
) -> None:
    doc = current_doc()
    _rename_operation_id(doc)
    code, report, markdown = run_cli(repo, serve(server, dump(doc)), "--no-cassettes")
    assert code == 3
    (change,) = find(report, "operation-id-renamed")
    assert "`get_number_order` becomes `fetch_number_order`" in change["detail"]
    removed = {b["object"] for b in report["api_breaks"]}
    assert "sinch_numbers_api.api.number_order.get_number_order" in removed
    assert (repo.root / GENERATED_PROBE / "fetch_number_order.py").exists()
    assert not (repo.root / GENERATED_PROBE / "get_number_order.py").exists()
    assert report["needs_friendly_name"] == []  # named by rule: client.number_orders.fetch
    assert {op["operation_id"]: op["facade"] for op in report["new_operations"]} == {
        "FetchNumberOrder": "number_orders.fetch"
    }
    assert "get_number_order" in markdown


# --------------------------------------------------------------------- failure handling


def test_failed_regeneration_restores_pin_lock_and_generated(
    repo: Repo, server: SpecServer
) -> None:
    """A generator that half-writes generated/ and the facade, then fails: all restored."""
    stub = repo.root / "generator" / "regenerate.py"
    stub.write_text(
        "import sys, pathlib\n"
        "args = sys.argv[1:]\n"
        "out = pathlib.Path(args[args.index('--output') + 1])\n"
        "(out / 'sinch_numbers_api' / 'client.py').write_text('broken')\n"
        "(out / 'stray.txt').write_text('x')\n"
        "if '--facade-dir' in args:\n"
        "    d = pathlib.Path(args[args.index('--facade-dir') + 1])\n"
        "    (d / '_generated.py').write_text('broken')\n"
        "    (d / '_new_module.py').write_text('broken')\n"
        "print('generator exploded', file=sys.stderr)\n"
        "sys.exit(1)\n"
        "# --facade-dir\n",
        encoding="utf-8",
    )
    before = repo.protected()
    history_before = sorted(p.name for p in repo.history.iterdir())
    pin_mode = oct(repo.pin.stat().st_mode & 0o777)
    doc = current_doc()
    _remove_operation(doc)
    code, report, markdown = run_cli(repo, serve(server, dump(doc)))
    assert code == 1
    assert "regeneration failed" in report["error"] and "generator exploded" in report["error"]
    assert "restored" in report["error"]
    assert repo.protected() == before
    assert sorted(p.name for p in repo.history.iterdir()) == history_before
    assert not (repo.generated / "stray.txt").exists()
    assert not (repo.facade.parent / "_new_module.py").exists()
    assert oct(repo.pin.stat().st_mode & 0o777) == pin_mode
    assert "left untouched" in markdown


def test_injected_regenerator_exception_restores(repo: Repo, server: SpecServer) -> None:
    before = repo.protected()

    def explode(paths: update.Paths) -> None:
        (paths.generated / "GENERATED.json").write_text("{}")
        raise RuntimeError("boom")

    doc = current_doc()
    _remove_operation(doc)
    report, code = update.run(
        update.Options(
            root=repo.root,
            source=serve(server, dump(doc)),
            retries=0,
            regenerator=explode,
            log=lambda _line: None,
        )  # fmt: skip
    )
    assert code == 1 and "RuntimeError: boom" in report["error"]
    assert repo.protected() == before


# ----------------------------------------------------------------------------- cassettes


def _fake_replay(tmp_path: Path, result: str) -> Path:
    module = tmp_path / "fake_replay.py"
    module.write_text(
        "from pathlib import Path\n"
        "def replay_cassettes(generated_dir: Path) -> dict:\n"
        "    assert (generated_dir / 'sinch_numbers_api').is_dir()\n"
        f"    return {result}\n",
        encoding="utf-8",
    )
    return module


@pytest.mark.parametrize(
    ("result", "code", "expected"),
    [
        ("{'passed': 4, 'failed': 0, 'failures': []}", 0, {"passed": 4, "failed": 0}),
        (
            "{'passed': 3, 'failed': 1, 'failures': ['list_active_numbers: KeyError']}",
            3,
            {"passed": 3, "failed": 1},
        ),
    ],
    ids=["pass", "fail"],
)
def test_cassette_replay_is_pluggable(
    repo: Repo,
    server: SpecServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    result: str,
    code: int,
    expected: dict[str, int],
) -> None:
    monkeypatch.setenv(update.ENV_REPLAY, str(_fake_replay(tmp_path, result)))
    doc = current_doc()
    doc["paths"][ACTIVE]["parameters"].append(
        {"name": "q", "in": "query", "schema": {"type": "string"}}
    )
    report, exit_code = update.run(
        update.Options(
            root=repo.root,
            source=serve(server, dump(doc)),
            retries=0,
            regenerator=lambda _paths: None,
            log=lambda _line: None,
        )  # fmt: skip
    )
    assert exit_code == code
    cassettes = report["cassettes"]
    assert {k: cassettes[k] for k in ("passed", "failed")} == expected
    assert "skipped" not in cassettes
    if expected["failed"]:
        assert cassettes["failures"] == ["list_active_numbers: KeyError"]


def test_cassettes_skipped_when_module_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cassettes, "REPO_ROOT", tmp_path)
    runner, reason = update._load_replay(tmp_path)
    assert runner is None and "no cassette replay module" in reason
    assert update._skipped(reason) == {
        "passed": 0, "failed": 0, "failures": [], "skipped": reason,
    }  # fmt: skip


def test_cassettes_broken_module_is_reported_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("raise ImportError('nope')\n", encoding="utf-8")
    monkeypatch.setenv(update.ENV_REPLAY, str(broken))
    runner, reason = update._load_replay(tmp_path)
    assert runner is None and "cannot import" in reason and "nope" in reason


# ------------------------------------------------------------------------ dry run, facade


def test_dry_run_writes_nothing(repo: Repo, server: SpecServer) -> None:
    before = repo.protected()
    doc = current_doc()
    _remove_operation(doc)
    code, report, _ = run_cli(repo, serve(server, dump(doc)), "--dry-run")
    assert code == 3 and report["changed"] is True and kinds(report) == {"operation-removed"}
    assert repo.protected() == before


def test_read_facade_parses_the_real_module() -> None:
    operations, needs = update.read_facade(
        ROOT / "overlay" / "sinch_numbers" / "resources" / "_operations.py"
    )
    assert operations["NumberService_ListActiveNumbers"] == ("active_numbers", "list")
    assert isinstance(needs, list)


# ------------------------------------------------------------------- 1.0.2 → 1.0.3 e2e


@pytest.fixture
def repo_102(tmp_path: Path) -> Repo:
    """A repo copy as it was at 1.0.2: pinned, locked and generated from 1.0.2, no history."""
    repo = make_repo(tmp_path / "repo102")
    for path in repo.history.glob("*.yaml"):
        path.unlink()
    lock = repo.lock_json()
    lock = {"openapi/numbers.yaml": lock["openapi/numbers.yaml"]}
    repo.lock.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n", "utf-8")
    repo.pending.unlink(missing_ok=True)
    repo.pin_bytes(OLD)
    repo.regenerate()
    return repo


def test_upgrade_1_0_2_to_1_0_3_end_to_end(repo_102: Repo, server: SpecServer) -> None:
    repo = repo_102
    code, report, markdown = run_cli(repo, serve(server, V103))
    assert code == 3, report.get("error")
    assert report["old"] == {"version": "1.0.2", "sha256": OLD_SHA}
    assert report["new"] == {"version": "1.0.3", "sha256": V103_SHA}
    assert report["changed"] and report["regenerated"]

    renames = {c["detail"].split(":")[0] for c in find(report, "schema-renamed")}
    assert renames == {
        "Schema `ActiveNumber` renamed to `ActiveNumberResponse`",
        "Schema `ActiveNumbersResponse` renamed to `ListActiveNumbersResponse`",
        "Schema `AvailableNumbersResponse` renamed to `ListAvailableNumbersResponse`",
        "Schema `SearchPattern` renamed to `NumberPattern`",
        "Schema `SMSConfiguration` renamed to `smsConfiguration`",
    }
    key_renames = {c["location"] for c in find(report, "schema-key-renamed")}
    assert key_renames == {"components.schemas.money", "components.schemas.scheduledProvisioning"}

    added = " ".join(c["detail"] for c in find(report, "operation-added"))
    for op_id in (
        "CreateNumberOrder", "GetNumberOrder", "LookupNumberRequirements", "SubmitNumberOrder",
        "UpdateNumberOrderRegistration", "GetNumberOrderRegistration",
        "UploadNumberOrderAttachment", "NumberService_GetEmergencyAddress",
        "NumberService_ProvisionEmergencyAddress", "NumberService_DeprovisionEmergencyAddress",
        "NumberService_ValidateEmergencyAddress",
    ):  # fmt: skip
        assert f"Operation {op_id} added" in added

    optional = {c["location"] for c in find(report, "parameter-made-optional")}
    assert optional == {f"GET {ACTIVE} param regionCode", f"GET {ACTIVE} param type"}

    api = {b["object"] for b in report["api_breaks"]}
    assert "sinch_numbers_api.models.ActiveNumber" in api
    assert "sinch_numbers_api.models.SearchPattern" in api
    assert report["api_compare"]["status"] == "ok"
    assert not any("fresh regeneration" in n for n in report["notes"])
    assert report["sandbox"]["status"] == "ok"

    cassette_result = report["cassettes"]
    assert {"passed", "failed", "failures"} <= set(cassette_result)
    assert "skipped" not in cassette_result
    assert cassette_result["passed"] + cassette_result["failed"] > 0

    assert report["needs_friendly_name"] == []
    facade = {op["operation_id"]: op["facade"] for op in report["new_operations"]}
    assert facade["CreateNumberOrder"] == "number_orders.create"

    # Working tree: old pin in history, new pin, lock with both entries, fresh generated/.
    history = repo.history / f"numbers-1.0.2-{OLD_SHA[:8]}.yaml"
    assert history.read_bytes() == OLD
    assert repo.pin.read_bytes() == V103
    lock = repo.lock_json()
    assert lock[f"openapi/history/{history.name}"]["sha256"] == OLD_SHA
    assert lock["openapi/numbers.yaml"]["sha256"] == V103_SHA
    assert verify_lock(repo.lock, repo.root) == []
    manifest = json.loads((repo.generated / "GENERATED.json").read_text())
    assert manifest["spec_sha256"] == V103_SHA
    assert json.loads(repo.pending.read_text("utf-8"))["spec_sha256"] == V103_SHA
    assert markdown.startswith("# Sinch Numbers spec update 1.0.2 → 1.0.3: 10 breaking changes")


# ------------------------------------------------------------- crash safety, self-healing


def _script(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / name), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_fetch_spec_verify_repairs_a_pin_generated_does_not_match(repo: Repo) -> None:
    """A pin from another spec than generated/ (an update killed before it regenerated)."""
    doc = current_doc()
    doc["info"]["description"] = "Pinned, never regenerated."
    repo.pin_bytes(dump(doc))
    (repo.root / ".regenerate-leftover").mkdir()  # what an old killed regenerate left
    checked = _script("fetch-spec", "--root", str(repo.root), "--verify", "--no-repair")
    assert checked.returncode == 3
    assert "generated/ was built from spec sha256" in checked.stderr
    assert "leftover from an interrupted run: .regenerate-leftover" in checked.stderr

    repaired = _script("fetch-spec", "--root", str(repo.root), "--verify")
    assert repaired.returncode == 0, repaired.stderr
    assert "repaired: regenerated generated/" in repaired.stderr
    assert "and generated/" in repaired.stdout
    manifest = json.loads((repo.generated / "GENERATED.json").read_text("utf-8"))
    assert manifest["spec_sha256"] == sha256_bytes(repo.pin.read_bytes())
    assert not (repo.root / ".regenerate-leftover").exists()
    assert health.check(repo.root).problems == []


def test_a_hand_edited_facade_module_is_detected(repo: Repo) -> None:
    facade = repo.facade
    facade.write_text(facade.read_text("utf-8") + "\n# edited by hand\n", "utf-8")
    checked = _script("fetch-spec", "--root", str(repo.root), "--verify", "--no-repair")
    assert checked.returncode == 3
    assert "_operations.py does not match generated/GENERATED.json" in checked.stderr


def test_sigterm_during_regeneration_rolls_back(repo: Repo, server: SpecServer) -> None:
    """A cancelled CI job: update-spec and its regenerate child get SIGTERM."""
    stub = repo.root / "generator" / "regenerate.py"
    stub.write_text(
        "import pathlib, sys, time\n"
        "args = sys.argv[1:]\n"
        "out = pathlib.Path(args[args.index('--output') + 1])\n"
        "(out / 'GENERATED.json').write_text('{}')\n"
        "print('started', flush=True)\n"
        "time.sleep(60)\n"
        "# --facade-dir\n",
        encoding="utf-8",
    )
    before = repo.protected()
    doc = current_doc()
    _remove_operation(doc)
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "update-spec"), "--root", str(repo.root),
         "--source", serve(server, dump(doc)), "--retries", "0"],  # fmt: skip
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while (repo.generated / "GENERATED.json").read_text("utf-8") != "{}":
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "terminated" in err
    assert repo.protected() == before
