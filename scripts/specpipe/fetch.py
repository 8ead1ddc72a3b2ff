"""Fetch Sinch's Numbers OpenAPI file, validate it, and pin it byte-for-byte.

Why this exists: the client is generated from ``openapi/numbers.yaml``. Sinch
edits that file in place, sometimes without bumping ``info.version``, so change
detection is by sha256 of the bytes, the bytes are pinned exactly as served
(never re-serialised), and nothing on disk changes until the new file has been
validated and can be written atomically together with ``openapi/spec.lock.json``.

Library API (reused by ``update-spec``): :func:`fetch_spec`, :func:`validate_spec`,
:func:`pin_spec`, :func:`verify_lock`. CLI: :func:`main` (``scripts/fetch-spec``).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, NoReturn

import httpx
import openapi_spec_validator
import yaml

from sinch_numbers.errors import parse_retry_after
from specpipe.atomic import atomic_write_many
from specpipe.lock import (
    REPO_ROOT,
    LockEntry,
    LockError,
    lock_key,
    read_lock,
    render_lock,
    sha256_bytes,
    utc_now_iso,
    verify_lock,
    write_lock,
)

__all__ = [
    "DEFAULT_DEST",
    "DEFAULT_LOCK_PATH",
    "DEFAULT_SOURCE",
    "ENV_SOURCE",
    "EXIT_INVALID",
    "EXIT_LOCK",
    "EXIT_OK",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "EXIT_WRITE",
    "USER_AGENT",
    "FetchResult",
    "PinResult",
    "SpecError",
    "SpecUnreachableError",
    "SpecValidationError",
    "fetch_spec",
    "main",
    "pin_spec",
    "spec_version",
    "validate_spec",
    "verify_lock",
]

# jsonschema-rs (installed with Schemathesis, a dev tool) would word the validator's errors
# differently; the pure-Python backend keeps fetch-spec's messages the same wherever it runs.
os.environ.setdefault("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema")

DEFAULT_SOURCE = "https://developers.sinch.com/_bundle/docs/numbers/api-reference/numbers.yaml"
ENV_SOURCE = "SINCH_NUMBERS_SPEC_SOURCE"
USER_AGENT = "sinch-numbers-fetch-spec/0.1"
#: repo-relative defaults
DEFAULT_DEST = "openapi/numbers.yaml"
DEFAULT_LOCK_PATH = "openapi/spec.lock.json"

DEFAULT_TIMEOUT = 30.0
DEFAULT_RETRIES = 2
DEFAULT_BACKOFF = 0.5
#: never sleep longer than this between attempts, whatever Retry-After says
MAX_RETRY_DELAY = 10.0
_RETRY_STATUSES = frozenset({429}) | frozenset(range(500, 600))

# Exit codes (documented in docs/spec-pipeline.md).
EXIT_OK = 0  # updated or unchanged (or --verify passed)
EXIT_INVALID = 1  # fetched document is not a valid OpenAPI 3.x spec
EXIT_UNREACHABLE = 2  # source could not be fetched (DNS, refused, timeout, HTTP error)
EXIT_LOCK = 3  # lock unreadable, or --verify found a mismatch
EXIT_WRITE = 4  # could not write pin/lock (old files left intact)
EXIT_USAGE = 64  # bad command line (argparse's own default, 2, is taken)

_ERROR_MAX_CHARS = 400
#: indirection so tests can skip real backoff sleeps without patching time.sleep globally
_sleep = time.sleep
_OPENAPI_3 = re.compile(r"3\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?")

try:  # libyaml is ~10x faster on the 110 kB spec; same safe semantics
    _YAML_LOADER: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML build
    _YAML_LOADER = yaml.SafeLoader


class SpecError(Exception):
    """Base class for errors that the CLI turns into a one-line message."""


class SpecValidationError(SpecError):
    """Fetched bytes are not a usable OpenAPI 3.x document; nothing was pinned."""


class SpecUnreachableError(SpecError):
    """The source could not be read (network, HTTP status, missing file)."""


@dataclass(frozen=True)
class FetchResult:
    """Outcome of :func:`fetch_spec`.

    ``status == "not_modified"`` means the server answered 304 to our conditional
    request; ``content`` is then empty and the pinned file is still current.
    """

    status: Literal["ok", "not_modified"]
    content: bytes
    etag: str | None
    last_modified: str | None
    #: final URL after redirects (``file://`` URI for local sources)
    url: str
    #: the source exactly as requested
    source: str


@dataclass(frozen=True)
class PinResult:
    """Outcome of :func:`pin_spec`. ``changed`` compares sha256 of bytes, not versions."""

    changed: bool
    old_sha: str | None
    new_sha: str
    old_version: str | None
    new_version: str | None
    #: lock entry was (or, with dry_run, would be) rewritten
    lock_updated: bool
    #: repo-relative lock key of the pinned file
    key: str
    dry_run: bool = False


# --------------------------------------------------------------------------- fetch


def _local_path(source: str) -> Path | None:
    """Path for ``file://`` URLs and plain paths; None for http(s)."""
    parsed = urllib.parse.urlsplit(source)
    scheme = parsed.scheme.lower()
    if scheme in ("http", "https"):
        return None
    if scheme == "file":
        if parsed.netloc not in ("", "localhost"):
            raise SpecUnreachableError(f"unsupported file URL host {parsed.netloc!r} in {source}")
        return Path(urllib.request.url2pathname(parsed.path))
    if "://" in source:
        raise SpecUnreachableError(
            f"unsupported source scheme {scheme!r}: use https://, http://, file:// or a path"
        )
    return Path(source).expanduser()  # plain path (also Windows "C:\\...")


def _retry_delay(attempt: int, backoff: float, retry_after: str | None) -> float:
    """Exponential backoff; a short Retry-After (seconds or HTTP date) wins if longer."""
    delay: float = backoff * 2.0 ** (attempt - 1)
    wait = parse_retry_after(retry_after)  # the client's parser: "1.5" counts too
    if wait is not None:
        delay = max(delay, wait)
    return max(0.0, min(delay, MAX_RETRY_DELAY))


def _describe_transport_error(exc: httpx.HTTPError, timeout: float) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {timeout:g}s ({type(exc).__name__})"
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return f"connection failed: {detail}"
    return f"{type(exc).__name__}: {detail}"


def _fetch_http(
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    timeout: float,
    retries: int,
    backoff: float,
    client: httpx.Client | None,
) -> FetchResult:
    headers = {"User-Agent": USER_AGENT, "Accept": "application/yaml, text/yaml, */*;q=0.8"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    conditional = bool(etag or last_modified)
    owns_client = client is None
    http = client or httpx.Client(follow_redirects=True, timeout=httpx.Timeout(timeout))
    attempts = retries + 1
    try:
        for attempt in range(1, attempts + 1):
            tail = f" (after {attempt} attempts)" if attempt > 1 else ""
            try:
                resp = http.get(url, headers=headers, follow_redirects=True)
            except httpx.TransportError as exc:
                retryable = not isinstance(exc, httpx.UnsupportedProtocol)
                if retryable and attempt < attempts:
                    _sleep(_retry_delay(attempt, backoff, None))
                    continue
                reason = _describe_transport_error(exc, timeout)
                raise SpecUnreachableError(f"cannot fetch {url}: {reason}{tail}") from exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # redirects loop, bad URL...
                raise SpecUnreachableError(
                    f"cannot fetch {url}: {type(exc).__name__}: {exc}"
                ) from exc

            code = resp.status_code
            if code == 200:
                return FetchResult(
                    status="ok",
                    content=resp.content,
                    etag=resp.headers.get("ETag"),
                    last_modified=resp.headers.get("Last-Modified"),
                    url=str(resp.url),
                    source=url,
                )
            if code == 304 and conditional:
                return FetchResult(
                    status="not_modified",
                    content=b"",
                    etag=resp.headers.get("ETag", etag),
                    last_modified=resp.headers.get("Last-Modified", last_modified),
                    url=str(resp.url),
                    source=url,
                )
            if code in _RETRY_STATUSES and attempt < attempts:
                _sleep(_retry_delay(attempt, backoff, resp.headers.get("Retry-After")))
                continue
            phrase = f" {resp.reason_phrase}" if resp.reason_phrase else ""
            raise SpecUnreachableError(f"cannot fetch {resp.url}: HTTP {code}{phrase}{tail}")
    finally:
        if owns_client:
            http.close()
    raise AssertionError("unreachable")  # pragma: no cover - loop always returns/raises


def fetch_spec(
    source: str = DEFAULT_SOURCE,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    client: httpx.Client | None = None,
) -> FetchResult:
    """Download (or read) the spec bytes without touching the pinned copy.

    ``source`` is an ``http(s)://`` URL, a ``file://`` URL or a plain path.
    For HTTP, ``etag``/``last_modified`` make the request conditional (304 →
    ``status="not_modified"``); redirects are followed; connection errors, 5xx
    and 429 are retried ``retries`` times with exponential ``backoff`` seconds.
    Pass ``client`` to reuse a connection pool (its own timeout then applies).
    Raises :class:`SpecUnreachableError` on any failure to get the bytes.
    """
    path = _local_path(source)
    if path is None:
        return _fetch_http(
            source,
            etag=etag,
            last_modified=last_modified,
            timeout=timeout,
            retries=max(0, retries),
            backoff=backoff,
            client=client,
        )
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise SpecUnreachableError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return FetchResult(
        status="ok",
        content=content,
        etag=None,
        last_modified=None,
        url=path.resolve().as_uri(),
        source=source,
    )


# ------------------------------------------------------------------------ validate


def _one_line(text: str, limit: int = _ERROR_MAX_CHARS) -> str:
    """Collapse whitespace and truncate: errors must fit on one stderr line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _describe_yaml_error(exc: yaml.YAMLError) -> str:
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        problem = exc.problem or exc.context or "syntax error"
        return f"{problem} at line {mark.line + 1}, column {mark.column + 1}"
    return str(exc)


def _pointer(parts: Sequence[Any]) -> str:
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _first_non_string_key(doc: Any) -> tuple[Any, str] | None:
    """Find a mapping key YAML parsed as non-string (e.g. unquoted ``200:``).

    OpenAPI requires string keys; the validator would crash with a bare TypeError.
    """
    stack: list[tuple[Any, tuple[Any, ...]]] = [(doc, ())]
    seen: set[int] = set()
    while stack:
        node, where = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            for key, value in node.items():
                if not isinstance(key, str):
                    return key, _pointer(where)
                stack.append((value, (*where, key)))
        elif isinstance(node, list):
            stack.extend((item, (*where, i)) for i, item in enumerate(node))
    return None


def validate_spec(content: bytes) -> dict[str, Any]:
    """Parse and validate spec bytes; return the parsed document.

    Checks, in order: YAML parses; top level is a mapping; ``openapi`` is
    ``3.x``; ``paths`` is a non-empty mapping; all keys are strings;
    ``openapi_spec_validator.validate`` passes. Raises :class:`SpecValidationError`
    with a one-line reason otherwise, so bad downloads never reach ``openapi/``.
    """
    if not content.strip():
        raise SpecValidationError("empty document")
    try:
        doc = yaml.load(content, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise SpecValidationError(
            _one_line(f"not valid YAML: {_describe_yaml_error(exc)}")
        ) from exc
    if not isinstance(doc, dict):
        raise SpecValidationError(
            f"not an OpenAPI document: top level is {type(doc).__name__}, expected a mapping"
        )
    version = doc.get("openapi")
    if version is None:
        hint = " (Swagger 2.0 is not supported)" if "swagger" in doc else ""
        raise SpecValidationError(f"not an OpenAPI 3.x document: no 'openapi' field{hint}")
    if not isinstance(version, str) or not _OPENAPI_3.fullmatch(version):
        raise SpecValidationError(
            _one_line(f"not an OpenAPI 3.x document: openapi is {version!r}, expected '3.x.y'")
        )
    paths = doc.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise SpecValidationError("OpenAPI document has no paths")
    bad = _first_non_string_key(doc)
    if bad is not None:
        key, where = bad
        raise SpecValidationError(
            _one_line(f"non-string mapping key {key!r} at {where} (quote it in the YAML)")
        )
    try:
        openapi_spec_validator.validate(doc)
    except Exception as exc:  # validator raises jsonschema, referencing and plain errors
        message = getattr(exc, "message", None) or str(exc)
        json_path = getattr(exc, "json_path", None)
        loc = f" at {json_path}" if json_path and json_path != "$" else ""
        raise SpecValidationError(
            _one_line(f"OpenAPI validation failed{loc}: {type(exc).__name__}: {message}")
        ) from exc
    return doc


def spec_version(spec: dict[str, Any]) -> str | None:
    """``info.version`` as a string, or None if absent."""
    info = spec.get("info")
    if isinstance(info, dict) and info.get("version") is not None:
        return str(info["version"])
    return None


def _version_of_bytes(content: bytes) -> str | None:
    """Best-effort ``info.version`` of an already-pinned file (may be hand-edited)."""
    try:
        doc = yaml.load(content, Loader=_YAML_LOADER)
    except yaml.YAMLError:
        return None
    return spec_version(doc) if isinstance(doc, dict) else None


# ----------------------------------------------------------------------------- pin


def pin_spec(
    content: bytes,
    dest: Path,
    lock_path: Path,
    source: str,
    *,
    root: Path = REPO_ROOT,
    etag: str | None = None,
    last_modified: str | None = None,
    spec: dict[str, Any] | None = None,
    note: str | None = None,
    fetched_at: str | None = None,
    dry_run: bool = False,
) -> PinResult:
    """Pin ``content`` byte-for-byte at ``dest`` and record it in the lock.

    Change detection is sha256 of the bytes against the file on disk. If it
    differs, spec and lock are replaced together atomically (old ones survive
    any failure). If the bytes are identical the spec file is not touched (its
    mtime is kept); only the lock entry is refreshed if its metadata (ETag,
    source...) changed, keeping ``fetched_at`` = when these bytes were first
    pinned. ``spec`` is the already-validated document; if omitted, ``content``
    is validated here so invalid bytes can never be pinned. Raises
    :class:`SpecValidationError`, :class:`LockError` or ``OSError``.
    """
    if spec is None:
        spec = validate_spec(content)
    dest, lock_path = Path(dest), Path(lock_path)
    key = lock_key(dest, root)
    entries = read_lock(lock_path)
    old_entry = entries.get(key)
    new_sha = sha256_bytes(content)
    new_version = spec_version(spec)
    try:
        old_bytes: bytes | None = dest.read_bytes()
    except FileNotFoundError:
        old_bytes = None
    old_sha = sha256_bytes(old_bytes) if old_bytes is not None else None
    changed = old_sha != new_sha

    if not changed and old_entry is not None and old_entry.sha256 == new_sha:
        entry = replace(
            old_entry,
            source=source,
            version=new_version,
            etag=etag,
            last_modified=last_modified,
            note=note if note is not None else old_entry.note,
        )
    else:
        entry = LockEntry(
            source=source,
            sha256=new_sha,
            version=new_version,
            fetched_at=fetched_at or utc_now_iso(),
            etag=etag,
            last_modified=last_modified,
            note=note,
            extra=dict(old_entry.extra) if old_entry is not None else {},
        )
    lock_updated = old_entry != entry or not lock_path.exists()
    old_version = (
        new_version
        if not changed
        else (_version_of_bytes(old_bytes) if old_bytes is not None else None)
    )

    if not dry_run:
        new_entries = {**entries, key: entry}
        if changed:
            atomic_write_many([(dest, content), (lock_path, render_lock(new_entries))])
        elif lock_updated:
            write_lock(lock_path, new_entries)
    return PinResult(
        changed=changed,
        old_sha=old_sha,
        new_sha=new_sha,
        old_version=old_version,
        new_version=new_version,
        lock_updated=lock_updated,
        key=key,
        dry_run=dry_run,
    )


# ----------------------------------------------------------------------------- CLI


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors; 2 means "unreachable" here."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fetch-spec",
        description=(
            "Fetch Sinch's Numbers OpenAPI file, validate it and pin it byte-for-byte "
            "with its sha256 in the lock. Exit codes: 0 updated/unchanged, 1 invalid "
            "spec, 2 source unreachable, 3 lock unreadable or --verify mismatch, "
            "4 write failed (old files intact), 64 usage error."
        ),
    )
    parser.add_argument(
        "--source",
        help=f"http(s):// URL, file:// URL or path (default: ${ENV_SOURCE} or {DEFAULT_SOURCE})",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=REPO_ROOT,
        help="repo root: base of default --dest/--lock and of lock keys (default: %(default)s)",
    )
    parser.add_argument(
        "--dest", type=Path, help=f"pinned spec file (default: <root>/{DEFAULT_DEST})"
    )
    parser.add_argument(
        "--lock", type=Path, help=f"lock file (default: <root>/{DEFAULT_LOCK_PATH})"
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        default=DEFAULT_TIMEOUT,
        help="seconds (default: %(default)s)",
    )
    parser.add_argument(
        "--retries",
        type=_non_negative_int,
        default=DEFAULT_RETRIES,
        help="extra attempts on connection errors, 5xx and 429 (default: %(default)s)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="ignore the lock's ETag/Last-Modified (always GET in full)",
    )
    parser.add_argument(
        "--dry-run",
        "--check",
        dest="dry_run",
        action="store_true",
        help="fetch + validate + report whether it changed; write nothing",
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="only check every pinned file's sha256 against the lock, and generated/ against "
        "the pin; regenerate when they disagree (no network)",
    )
    parser.add_argument(
        "--no-repair",
        dest="repair",
        action="store_false",
        help="with --verify: report a generated/ that does not match the pin, do not regenerate",
    )
    return parser


def _short(sha: str | None) -> str:
    return sha[:12] if sha else "(none)"


def _record_source(source: str, root: Path) -> str:
    """What the lock records as ``source``: URLs verbatim, relative paths relative to root."""
    if _local_path(source) is None or "://" in source:
        return source
    path = Path(source).expanduser()
    if path.is_absolute():
        return str(path)
    return Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()


def _verify(root: Path, dest: Path, lock_path: Path, *, repair_code: bool) -> int:
    """``--verify``: pinned files match the lock, and generated/ + facade match the pin.

    A pin whose sha256 differs from generated/GENERATED.json (an interrupted update) is
    repaired by regenerating, unless ``--no-repair``.
    """
    from specpipe import health  # imports the lock helpers only; no generator needed

    problems = verify_lock(lock_path, root)
    if problems:
        for problem in problems:
            print(f"fetch-spec: verify: {_one_line(problem)}", file=sys.stderr)
        return EXIT_LOCK
    state = health.check(root, pin=dest, lock=lock_path)
    if state.problems:
        for problem in state.problems:
            print(f"fetch-spec: verify: {_one_line(problem)}", file=sys.stderr)
        if not repair_code:
            return EXIT_LOCK
        try:
            for line in health.repair(root):
                print(f"fetch-spec: repaired: {line}", file=sys.stderr)
        except health.RepairError as exc:
            return _fail(EXIT_LOCK, f"repair failed: {exc}")
    count = len(read_lock(lock_path))
    generated = " and generated/" if state.generated_sha is not None else ""
    print(f"ok: {count} pinned file(s) match {lock_key(lock_path, root)}{generated}")
    return EXIT_OK


def _fail(code: int, message: str) -> int:
    print(f"fetch-spec: error: {_one_line(message)}", file=sys.stderr)
    return code


def _run(args: argparse.Namespace) -> int:
    root: Path = args.root.resolve()
    dest: Path = args.dest if args.dest is not None else root / DEFAULT_DEST
    lock_path: Path = args.lock if args.lock is not None else root / DEFAULT_LOCK_PATH

    if args.verify:
        return _verify(root, dest, lock_path, repair_code=args.repair)

    source: str = args.source or os.environ.get(ENV_SOURCE) or DEFAULT_SOURCE
    try:
        recorded = _record_source(source, root)
        entries = read_lock(lock_path)
    except SpecUnreachableError as exc:
        return _fail(EXIT_UNREACHABLE, str(exc))
    except LockError as exc:
        return _fail(EXIT_LOCK, str(exc))

    etag = last_modified = None
    entry = entries.get(lock_key(dest, root))
    if not args.force and entry is not None and entry.source == recorded:
        # Only trust a 304 if the file on disk is really what the lock says.
        try:
            intact = sha256_bytes(dest.read_bytes()) == entry.sha256
        except OSError:
            intact = False
        if intact:
            etag, last_modified = entry.etag, entry.last_modified

    try:
        result = fetch_spec(
            source,
            etag=etag,
            last_modified=last_modified,
            timeout=args.timeout,
            retries=args.retries,
        )
    except SpecUnreachableError as exc:
        return _fail(EXIT_UNREACHABLE, str(exc))

    if result.status == "not_modified":
        assert entry is not None  # conditional headers came from it
        print(f"unchanged (sha256 {_short(entry.sha256)}; server says not modified)")
        return EXIT_OK

    try:
        spec = validate_spec(result.content)
    except SpecValidationError as exc:
        return _fail(EXIT_INVALID, f"invalid spec from {source}: {exc}")

    try:
        pin = pin_spec(
            result.content,
            dest,
            lock_path,
            recorded,
            root=root,
            etag=result.etag,
            last_modified=result.last_modified,
            spec=spec,
            dry_run=args.dry_run,
        )
    except LockError as exc:
        return _fail(EXIT_LOCK, str(exc))
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        return _fail(
            EXIT_WRITE, f"cannot write{where}: {exc.strerror or exc}; old pin and lock left intact"
        )

    if not pin.changed:
        print(f"unchanged (sha256 {_short(pin.new_sha)})")
        return EXIT_OK
    verb = "would update" if pin.dry_run else "updated"
    same = "; info.version not bumped" if pin.old_version == pin.new_version else ""
    print(
        f"{verb} {pin.old_version or '(none)'} → {pin.new_version or '(none)'} "
        f"(sha256 {_short(pin.old_sha)} → {_short(pin.new_sha)}{same})"
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry point; returns the exit code (see module constants)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # "→" must not crash on an ASCII terminal
            reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("fetch-spec: interrupted; old pin and lock left intact", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
