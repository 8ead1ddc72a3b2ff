"""Tests for scripts/fetch-spec (specpipe.fetch / lock / atomic).

Everything runs against tmp_path copies and a real loopback HTTP server
(tests/specserver.py); the real pinned files in openapi/ are only ever read.
"""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "fetch-spec"
sys.path[:0] = [str(ROOT / "scripts"), str(Path(__file__).resolve().parent)]

from pinned import PIN_BYTES, PIN_SHA, PIN_VERSION, historical, historical_path  # noqa: E402
from specpipe import atomic  # noqa: E402
from specpipe import fetch as fs  # noqa: E402
from specpipe import lock as lk  # noqa: E402
from specserver import SpecServer, http_date, unused_port  # noqa: E402

# The pin as it is now (whatever update-spec last pinned) and an older file from history.
CURRENT, CURRENT_SHA, CURRENT_VERSION = PIN_BYTES, PIN_SHA, PIN_VERSION
OLD_VERSION = "1.0.2"
OLD = historical(OLD_VERSION)
OLD_SHA = lk.sha256_bytes(OLD)
OLD_KEY = historical_path(OLD_VERSION).relative_to(ROOT).as_posix()

MINI = b"""openapi: 3.0.3
info:
  title: Mini
  version: 1.0.0
paths:
  /ping:
    get:
      operationId: ping
      responses:
        '200':
          description: pong
"""
#: same info.version, different bytes (what Sinch sometimes ships)
MINI_EDIT = MINI.replace(b"description: pong", b"description: pong, reworded")
LAST_MODIFIED = http_date(1_700_000_000)
KEY = "openapi/numbers.yaml"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests must not go through a proxy; no ambient source override."""
    for var in (*PROXY_VARS, fs.ENV_SOURCE):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def server() -> Iterator[SpecServer]:
    with SpecServer() as srv:
        yield srv


@pytest.fixture
def delays(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record retry backoff instead of sleeping."""
    recorded: list[float] = []
    monkeypatch.setattr(fs, "_sleep", recorded.append)
    return recorded


class Repo:
    """A throwaway repo root with an openapi/ directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.dest = root / "openapi" / "numbers.yaml"
        self.lock = root / "openapi" / "spec.lock.json"
        self.dest.parent.mkdir(parents=True)

    def snapshot(self) -> dict[str, bytes]:
        """Every file under the root, by relative path (catches stray temp files)."""
        return {
            p.relative_to(self.root).as_posix(): p.read_bytes()
            for p in sorted(self.root.rglob("*"))
            if p.is_file()
        }

    def lock_json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.lock.read_text("utf-8"))
        return data


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return Repo(tmp_path / "repo")


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(repo: Repo, capsys: pytest.CaptureFixture[str]) -> Run:
    """Call the CLI in-process against ``repo``; returns (exit code, stdout, stderr)."""

    def _run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = fs.main(["--root", str(repo.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _subprocess_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARS and k != fs.ENV_SOURCE}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def _assert_one_line_error(err: str) -> None:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("fetch-spec: error: ")
    assert "Traceback" not in err


def _pin(repo: Repo, run: Run, tmp_path: Path, content: bytes = MINI) -> None:
    """Pin ``content`` from a local file so later runs have an old pin + lock."""
    src = tmp_path / "seed.yaml"
    src.write_bytes(content)
    code, _, err = run("--source", str(src))
    assert code == 0, err


# -------------------------------------------------------------------- first fetch / pin


def test_first_fetch_pins_bytes_and_writes_lock(server: SpecServer, repo: Repo, run: Run) -> None:
    route = server.add("/numbers.yaml", CURRENT, last_modified=LAST_MODIFIED)
    url = server.url("/numbers.yaml")

    code, out, err = run("--source", url)

    assert (code, err) == (0, "")
    assert out == f"updated (none) → {CURRENT_VERSION} (sha256 (none) → {CURRENT_SHA[:12]})\n"
    assert repo.dest.read_bytes() == CURRENT
    entry = repo.lock_json()[KEY]
    assert entry["source"] == url
    assert entry["sha256"] == CURRENT_SHA
    assert entry["version"] == CURRENT_VERSION
    assert entry["etag"] == route.etag
    assert entry["last_modified"] == LAST_MODIFIED
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", entry["fetched_at"])
    # stable formatting: sorted keys, 2-space indent, trailing newline
    text = repo.lock.read_text("utf-8")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    # plain first request: identifies itself, nothing conditional
    headers = server.last_headers("/numbers.yaml")
    assert headers["user-agent"] == fs.USER_AGENT
    assert "if-none-match" not in headers and "if-modified-since" not in headers
    assert set(repo.snapshot()) == {KEY, "openapi/spec.lock.json"}


def test_upgrade_reports_old_and_new_version(server: SpecServer, repo: Repo, run: Run) -> None:
    repo.dest.write_bytes(OLD)
    server.add("/numbers.yaml", CURRENT)

    code, out, _ = run("--source", server.url("/numbers.yaml"))

    assert code == 0
    versions = f"{OLD_VERSION} → {CURRENT_VERSION}"
    assert out == f"updated {versions} (sha256 {OLD_SHA[:12]} → {CURRENT_SHA[:12]})\n"
    assert repo.dest.read_bytes() == CURRENT


def test_pins_byte_for_byte_never_reserialised(server: SpecServer, repo: Repo, run: Run) -> None:
    quirky = (
        b"# comment kept\r\nopenapi: '3.0.3'\r\ninfo: {title: \"Caf\xc3\xa9\", version: 2.0.0}\r\n"
        b"paths:\r\n  /a:\r\n    get:\r\n      responses: {'200': {description: ok}}"
    )  # CRLF, flow style, comment, UTF-8, no trailing newline
    server.add("/q.yaml", quirky)

    code, out, _ = run("--source", server.url("/q.yaml"))

    assert code == 0 and "→ 2.0.0" in out
    assert repo.dest.read_bytes() == quirky


def test_redirect_is_followed_and_source_recorded_as_requested(
    server: SpecServer, repo: Repo, run: Run
) -> None:
    server.add("/real.yaml", MINI)
    server.redirect("/moved.yaml", server.url("/real.yaml"))

    result = fs.fetch_spec(server.url("/moved.yaml"), retries=0)
    assert result.status == "ok" and result.content == MINI
    assert result.url == server.url("/real.yaml")

    code, _, _ = run("--source", server.url("/moved.yaml"))
    assert code == 0
    assert repo.lock_json()[KEY]["source"] == server.url("/moved.yaml")


# ------------------------------------------------------------------- unchanged / 304


def test_identical_content_is_unchanged_and_files_untouched(
    server: SpecServer, repo: Repo, run: Run
) -> None:
    server.add("/numbers.yaml", CURRENT, etag=None)  # no validators: forces a full 200
    url = server.url("/numbers.yaml")
    assert run("--source", url)[0] == 0
    past = 1_600_000_000_000_000_000
    for path in (repo.dest, repo.lock):
        os.utime(path, ns=(past, past))
    before = repo.snapshot()

    code, out, _ = run("--source", url)

    assert code == 0
    assert out == f"unchanged (sha256 {CURRENT_SHA[:12]})\n"
    assert server.requests_for("/numbers.yaml")[-1].status == 200
    assert repo.snapshot() == before
    assert repo.dest.stat().st_mtime_ns == past
    assert repo.lock.stat().st_mtime_ns == past


def test_not_modified_via_etag(server: SpecServer, repo: Repo, run: Run) -> None:
    route = server.add("/numbers.yaml", MINI)
    url = server.url("/numbers.yaml")
    assert run("--source", url)[0] == 0
    before = repo.snapshot()
    mtime = repo.dest.stat().st_mtime_ns

    code, out, _ = run("--source", url)

    assert code == 0
    assert out.startswith(f"unchanged (sha256 {lk.sha256_bytes(MINI)[:12]}")
    last = server.requests_for("/numbers.yaml")[-1]
    assert last.headers["if-none-match"] == route.etag
    assert last.status == 304
    assert repo.snapshot() == before
    assert repo.dest.stat().st_mtime_ns == mtime


def test_not_modified_via_last_modified(server: SpecServer, repo: Repo, run: Run) -> None:
    server.add("/numbers.yaml", MINI, etag=None, last_modified=LAST_MODIFIED)
    url = server.url("/numbers.yaml")
    assert run("--source", url)[0] == 0
    before = repo.snapshot()

    code, out, _ = run("--source", url)

    assert code == 0 and out.startswith("unchanged")
    last = server.requests_for("/numbers.yaml")[-1]
    assert last.headers["if-modified-since"] == LAST_MODIFIED
    assert "if-none-match" not in last.headers
    assert last.status == 304
    assert repo.snapshot() == before


def test_force_ignores_conditional_headers(server: SpecServer, repo: Repo, run: Run) -> None:
    server.add("/numbers.yaml", MINI, last_modified=LAST_MODIFIED)
    url = server.url("/numbers.yaml")
    assert run("--source", url)[0] == 0

    code, out, _ = run("--source", url, "--force")

    assert code == 0 and out.startswith("unchanged")
    last = server.requests_for("/numbers.yaml")[-1]
    assert "if-none-match" not in last.headers and "if-modified-since" not in last.headers
    assert last.status == 200


def test_locally_edited_pin_is_not_trusted_for_304(
    server: SpecServer, repo: Repo, run: Run
) -> None:
    server.add("/numbers.yaml", MINI)
    url = server.url("/numbers.yaml")
    assert run("--source", url)[0] == 0
    repo.dest.write_bytes(MINI_EDIT)  # someone hand-edited the pin

    code, out, _ = run("--source", url)

    assert code == 0 and out.startswith("updated 1.0.0 → 1.0.0")
    assert "if-none-match" not in server.last_headers("/numbers.yaml")
    assert repo.dest.read_bytes() == MINI


def test_edit_without_version_bump_is_detected_by_sha(
    server: SpecServer, repo: Repo, run: Run
) -> None:
    route = server.add("/numbers.yaml", MINI)
    url = server.url("/numbers.yaml")
    assert run("--source", url)[0] == 0
    old_sha, new_sha = lk.sha256_bytes(MINI), lk.sha256_bytes(MINI_EDIT)
    route.body, route.etag = MINI_EDIT, '"edited"'

    code, out, _ = run("--source", url)

    assert code == 0
    assert out == (
        f"updated 1.0.0 → 1.0.0 (sha256 {old_sha[:12]} → {new_sha[:12]}; "
        "info.version not bumped)\n"
    )
    assert repo.dest.read_bytes() == MINI_EDIT
    entry = repo.lock_json()[KEY]
    assert (entry["sha256"], entry["version"], entry["etag"]) == (new_sha, "1.0.0", '"edited"')


def test_dry_run_reports_but_writes_nothing(server: SpecServer, repo: Repo, run: Run) -> None:
    server.add("/numbers.yaml", CURRENT)
    repo.dest.write_bytes(OLD)
    before = repo.snapshot()

    code, out, _ = run("--source", server.url("/numbers.yaml"), "--check")

    assert code == 0
    assert out.startswith(f"would update {OLD_VERSION} → {CURRENT_VERSION}")
    assert repo.snapshot() == before  # no lock created either


# -------------------------------------------------------------------- invalid specs

INVALID = {
    "invalid-yaml": (b"openapi: 3.0.3\npaths: [unclosed\n", "not valid YAML"),
    "empty": (b"\n  \n", "empty document"),
    "html-error-page": (b"<html><body>Maintenance</body></html>\n", "top level is str"),
    "swagger-2": (
        b"swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {/a: {}}\n",
        "Swagger 2.0",
    ),
    "openapi-2-field": (MINI.replace(b"openapi: 3.0.3", b"openapi: 2.0.0"), "openapi is '2.0.0'"),
    "unquoted-float-version": (MINI.replace(b"openapi: 3.0.3", b"openapi: 3.0"), "openapi is 3.0"),
    "no-paths-key": (b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\n", "no paths"),
    "empty-paths": (b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", "no paths"),
    "validator-missing-responses": (
        MINI.replace(b"      responses:\n        '200':\n          description: pong\n", b""),
        "is a required property",  # the quoting of "responses" differs by validator version
    ),
    "validator-dangling-ref": (
        MINI.replace(b"description: pong", b"$ref: '#/components/responses/Nope'"),
        "OpenAPI validation failed",
    ),
    "unquoted-status-key": (MINI.replace(b"'200':", b"200:"), "non-string mapping key 200"),
}


@pytest.mark.parametrize(("body", "expected"), INVALID.values(), ids=INVALID.keys())
def test_invalid_spec_exits_1_and_leaves_files_untouched(
    server: SpecServer, repo: Repo, run: Run, tmp_path: Path, body: bytes, expected: str
) -> None:
    _pin(repo, run, tmp_path)
    before = repo.snapshot()
    server.add("/numbers.yaml", body)

    code, out, err = run("--source", server.url("/numbers.yaml"))

    assert code == fs.EXIT_INVALID == 1
    assert out == ""
    _assert_one_line_error(err)
    assert "invalid spec from" in err and expected in err
    assert repo.snapshot() == before


def test_validate_spec_accepts_both_pinned_versions() -> None:
    assert fs.spec_version(fs.validate_spec(CURRENT)) == CURRENT_VERSION
    assert fs.spec_version(fs.validate_spec(OLD)) == OLD_VERSION


def test_pin_spec_refuses_invalid_content(repo: Repo) -> None:
    with pytest.raises(fs.SpecValidationError):
        fs.pin_spec(b"paths: {}\n", repo.dest, repo.lock, "x", root=repo.root)
    assert repo.snapshot() == {}


# ------------------------------------------------------------------------ unreachable


def test_connection_refused_subprocess_exit_2_one_line(
    repo: Repo, run: Run, tmp_path: Path
) -> None:
    _pin(repo, run, tmp_path)
    before = repo.snapshot()
    url = f"http://127.0.0.1:{unused_port()}/numbers.yaml"

    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(repo.root), "--source", url, "--retries", "0"],
        capture_output=True,
        text=True,
        env=_subprocess_env(),
        timeout=60,
    )

    assert proc.returncode == fs.EXIT_UNREACHABLE == 2, proc.stderr
    assert proc.stdout == ""
    _assert_one_line_error(proc.stderr)
    assert url in proc.stderr and "connection failed" in proc.stderr
    assert repo.snapshot() == before


def test_script_subprocess_success_and_verify(server: SpecServer, repo: Repo) -> None:
    server.add("/numbers.yaml", CURRENT)
    base = [sys.executable, str(SCRIPT), "--root", str(repo.root)]
    kw: dict[str, Any] = {"capture_output": True, "text": True, "env": _subprocess_env()}

    proc = subprocess.run([*base, "--source", server.url("/numbers.yaml")], timeout=60, **kw)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"updated (none) → {CURRENT_VERSION}")
    assert repo.dest.read_bytes() == CURRENT

    proc = subprocess.run([*base, "--verify"], timeout=60, **kw)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "ok: 1 pinned file(s) match openapi/spec.lock.json\n"


def test_http_404_is_not_retried(
    server: SpecServer, repo: Repo, run: Run, delays: list[float]
) -> None:
    code, _, err = run("--source", server.url("/missing.yaml"))

    assert code == 2
    _assert_one_line_error(err)
    assert "HTTP 404" in err
    assert server.count("/missing.yaml") == 1 and delays == []
    assert repo.snapshot() == {}


def test_persistent_500_exits_2_after_retries(
    server: SpecServer, repo: Repo, run: Run, tmp_path: Path, delays: list[float]
) -> None:
    _pin(repo, run, tmp_path)
    before = repo.snapshot()
    server.add("/numbers.yaml", CURRENT, fail_first=100)

    code, _, err = run("--source", server.url("/numbers.yaml"))

    assert code == 2
    _assert_one_line_error(err)
    assert "HTTP 500" in err and "after 3 attempts" in err
    assert server.count("/numbers.yaml") == 3  # 1 + default 2 retries
    assert delays == [0.5, 1.0]  # short exponential backoff
    assert repo.snapshot() == before


def test_timeout_exits_2(server: SpecServer, repo: Repo, run: Run) -> None:
    server.add("/slow.yaml", MINI, delay=1.0)

    code, _, err = run("--source", server.url("/slow.yaml"), "--timeout", "0.2", "--retries", "0")

    assert code == 2
    _assert_one_line_error(err)
    assert "timed out after 0.2s" in err
    assert repo.snapshot() == {}


@pytest.mark.parametrize("source", ["{tmp}/nope.yaml", "file://{tmp}/nope.yaml", "ftp://x/y"])
def test_unreadable_local_or_unsupported_source_exits_2(
    repo: Repo, run: Run, tmp_path: Path, source: str
) -> None:
    code, _, err = run("--source", source.format(tmp=tmp_path))

    assert code == 2
    _assert_one_line_error(err)
    assert repo.snapshot() == {}


# ---------------------------------------------------------------------------- retries


def test_500_then_200_is_retried(
    server: SpecServer, repo: Repo, run: Run, delays: list[float]
) -> None:
    server.add("/numbers.yaml", CURRENT, fail_first=2)

    code, out, err = run("--source", server.url("/numbers.yaml"))

    assert (code, err) == (0, "")
    assert out.startswith(f"updated (none) → {CURRENT_VERSION}")
    assert [r.status for r in server.requests_for("/numbers.yaml")] == [500, 500, 200]
    assert delays == [0.5, 1.0]
    assert repo.dest.read_bytes() == CURRENT


@pytest.mark.parametrize(("retry_after", "delay"), [("3", 3.0), ("1.5", 1.5), (" 2 ", 2.0)])
def test_429_honours_short_retry_after(
    server: SpecServer, delays: list[float], retry_after: str, delay: float
) -> None:
    """Parsed like the client does (``sinch_numbers.errors.parse_retry_after``): decimals too."""
    headers = {"Retry-After": retry_after}
    server.add("/n.yaml", MINI, fail_first=1, fail_status=429, fail_headers=headers)

    result = fs.fetch_spec(server.url("/n.yaml"))

    assert result.status == "ok" and result.content == MINI
    assert delays == [delay]


def test_connection_errors_are_retried(delays: list[float]) -> None:
    url = f"http://127.0.0.1:{unused_port()}/n.yaml"
    with pytest.raises(fs.SpecUnreachableError, match="after 3 attempts"):
        fs.fetch_spec(url, retries=2, backoff=0.01)
    assert delays == [0.01, 0.02]


# ---------------------------------------------------------------------------- sources


def test_file_url_source(repo: Repo, run: Run, tmp_path: Path) -> None:
    src = tmp_path / "spec dir" / "numbers.yaml"  # space: URL-quoted in the file:// URL
    src.parent.mkdir()
    src.write_bytes(CURRENT)

    code, out, _ = run("--source", src.as_uri())

    assert code == 0 and out.startswith(f"updated (none) → {CURRENT_VERSION}")
    assert repo.dest.read_bytes() == CURRENT
    entry = repo.lock_json()[KEY]
    assert entry["source"] == src.as_uri()
    assert entry["etag"] is None and entry["last_modified"] is None


def test_relative_path_source_recorded_relative_to_root(
    repo: Repo, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upstream = tmp_path / "shared" / "upstream"
    upstream.mkdir(parents=True)
    (upstream / "numbers.yaml").write_bytes(MINI)
    monkeypatch.chdir(tmp_path)

    code, _, _ = run("--source", "shared/upstream/numbers.yaml")

    assert code == 0 and repo.dest.read_bytes() == MINI
    assert repo.lock_json()[KEY]["source"] == "../shared/upstream/numbers.yaml"


def test_env_var_source_and_flag_wins(
    server: SpecServer, repo: Repo, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.add("/env.yaml", MINI)
    monkeypatch.setenv(fs.ENV_SOURCE, server.url("/env.yaml"))

    assert run()[0] == 0
    assert repo.dest.read_bytes() == MINI
    assert repo.lock_json()[KEY]["source"] == server.url("/env.yaml")

    flag_src = tmp_path / "flag.yaml"
    flag_src.write_bytes(MINI_EDIT)
    assert run("--source", str(flag_src))[0] == 0
    assert repo.dest.read_bytes() == MINI_EDIT
    assert server.count("/env.yaml") == 1


def test_default_source_is_sinch_portal() -> None:
    assert fs.build_parser().parse_args([]).source is None  # falls back to env, then default
    assert fs.DEFAULT_SOURCE == (
        "https://developers.sinch.com/_bundle/docs/numbers/api-reference/numbers.yaml"
    )


def test_usage_error_exit_code_differs_from_unreachable(run: Run) -> None:
    with pytest.raises(SystemExit) as info:
        run("--retries", "-1")
    assert info.value.code == fs.EXIT_USAGE != fs.EXIT_UNREACHABLE


# ---------------------------------------------------------------------- atomic writes


def _failing_replace(monkeypatch: pytest.MonkeyPatch, fail_on_call: int) -> list[str]:
    """Make the N-th os.replace fail with ENOSPC; returns the list of replace targets."""
    real = os.replace
    calls: list[str] = []

    def fake(src: Any, dst: Any) -> None:
        calls.append(os.fspath(dst))
        if len(calls) == fail_on_call:
            raise OSError(errno.ENOSPC, "No space left on device", os.fspath(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", fake)
    return calls


@pytest.mark.parametrize("fail_on_call", [1, 2], ids=["spec-replace", "lock-replace"])
def test_failed_write_keeps_old_pin_and_lock(
    server: SpecServer,
    repo: Repo,
    run: Run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fail_on_call: int,
) -> None:
    _pin(repo, run, tmp_path, OLD)
    before = repo.snapshot()
    server.add("/numbers.yaml", CURRENT)
    calls = _failing_replace(monkeypatch, fail_on_call)

    code, out, err = run("--source", server.url("/numbers.yaml"))

    assert code == fs.EXIT_WRITE == 4
    assert out == ""
    _assert_one_line_error(err)
    assert "No space left on device" in err and "left intact" in err
    assert repo.snapshot() == before  # old bytes, no temp files
    if fail_on_call == 2:  # spec was replaced, then rolled back when the lock failed
        assert calls[:2] == [str(repo.dest), str(repo.lock)]


def test_atomic_write_failure_before_rename_leaves_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.yaml"
    target.write_bytes(b"old")

    def boom(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="I/O error"):
        atomic.atomic_write_bytes(target, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]
    assert target.read_bytes() == b"old"


def test_atomic_write_preserves_mode(tmp_path: Path) -> None:
    target = tmp_path / "f.yaml"
    target.write_bytes(b"old")
    target.chmod(0o444)  # pinned files are kept read-only in the tree

    atomic.atomic_write_bytes(target, b"new")

    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o444
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]


# ------------------------------------------------------------------------ lock/verify


def test_verify_detects_tampering_and_missing_files(repo: Repo, run: Run, tmp_path: Path) -> None:
    _pin(repo, run, tmp_path)
    assert lk.verify_lock(repo.lock, repo.root) == []
    assert run("--verify")[:2] == (0, "ok: 1 pinned file(s) match openapi/spec.lock.json\n")

    repo.dest.write_bytes(MINI_EDIT)
    code, _, err = run("--verify")
    assert code == fs.EXIT_LOCK == 3
    assert "openapi/numbers.yaml: sha256" in err

    repo.dest.unlink()
    assert lk.verify_lock(repo.lock, repo.root) == ["openapi/numbers.yaml: pinned file is missing"]


def test_corrupt_lock_exits_3_without_touching_anything(
    server: SpecServer, repo: Repo, run: Run
) -> None:
    server.add("/numbers.yaml", MINI)
    repo.lock.write_text("{not json")
    before = repo.snapshot()

    code, _, err = run("--source", server.url("/numbers.yaml"))

    assert code == 3
    _assert_one_line_error(err)
    assert repo.snapshot() == before


def test_lock_roundtrip_preserves_notes_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "spec.lock.json"
    path.write_text(
        json.dumps(
            {
                "b.yaml": {"source": "s", "sha256": "x", "version": None, "fetched_at": "t"},
                "a.yaml": {
                    "source": "s",
                    "sha256": "y",
                    "version": "1",
                    "fetched_at": "t",
                    "etag": '"e"',
                    "last_modified": None,
                    "note": "n",
                    "custom": [1],
                },
            }
        )
    )
    rendered = lk.render_lock(lk.read_lock(path)).decode()
    data = json.loads(rendered)
    assert list(data) == ["a.yaml", "b.yaml"]
    assert data["a.yaml"]["note"] == "n" and data["a.yaml"]["custom"] == [1]
    assert data["b.yaml"]["etag"] is None and "note" not in data["b.yaml"]
    assert rendered.endswith("}\n") and '\n  "a.yaml": {\n    "custom"' in rendered


def test_pin_spec_library_api(repo: Repo) -> None:
    first = fs.pin_spec(OLD, repo.dest, repo.lock, "src", root=repo.root, etag='"1"')
    assert (first.changed, first.old_sha, first.new_sha, first.new_version) == (
        True,
        None,
        OLD_SHA,
        OLD_VERSION,
    )
    second = fs.pin_spec(CURRENT, repo.dest, repo.lock, "src", root=repo.root)
    assert (second.changed, second.old_version, second.new_version) == (
        True,
        OLD_VERSION,
        CURRENT_VERSION,
    )
    assert (second.old_sha, second.new_sha, second.key) == (OLD_SHA, CURRENT_SHA, KEY)
    same = fs.pin_spec(CURRENT, repo.dest, repo.lock, "src", root=repo.root)
    assert not same.changed and not same.lock_updated


def test_repo_lock_matches_pinned_files() -> None:
    """The committed lock must describe the committed pins (read-only check)."""
    lock_path = ROOT / "openapi" / "spec.lock.json"
    assert lk.verify_lock(lock_path, ROOT) == []
    entries = lk.read_lock(lock_path)
    assert {"openapi/numbers.yaml", OLD_KEY} <= set(entries)
    assert lk.render_lock(entries) == lock_path.read_bytes()  # canonical formatting
