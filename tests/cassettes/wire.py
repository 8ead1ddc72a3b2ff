"""How cassettes are written and matched: host rewriting, secret filtering, the persister that
stamps each cassette with the spec it was recorded under, and spec lookups.

Shared by the pytest side (``conftest.py``, the tests) and the low-level replay runner
(``lowlevel.py``, run in a subprocess per generated tree), so it imports nothing from pytest or
from ``sinch_numbers`` / ``sinch_numbers_api``. See ``docs/cassettes.md``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CASSETTE_DIR = HERE / "recorded"
EXPECTED_DIFFERENCES = HERE / "expected_differences.yaml"
SPEC_LOCK = ROOT / "openapi" / "spec.lock.json"
CURRENT_SPEC = ROOT / "openapi" / "numbers.yaml"

#: What cassettes say the traffic went to, whatever it really went to (sandbox or live).
API_BASE = "https://numbers.api.sinch.com"
TOKEN_URL = "https://auth.sinch.com/oauth2/token"
TOKEN_PATH = "/oauth2/token"
#: The project id in every recorded path (the sandbox's; live recordings are rewritten to it).
PROJECT_ID = "sandbox-project"
REDACTED = "REDACTED"
#: Multipart boundary written to cassettes in place of httpx's random one.
BOUNDARY = "cassette-boundary"

#: Host, scheme and port are not matched: replay works without the sandbox, and a cassette
#: recorded against the sandbox replays for a client pointed at the real API.
MATCH_ON = ("method", "path", "query", "body")

#: Headers kept in cassettes; everything else (user agent, dates, server, lengths) is noise.
KEEP_REQUEST_HEADERS = {"content-type"}
KEEP_RESPONSE_HEADERS = {"content-type", "retry-after", "www-authenticate"}
#: JSON keys whose string values are secrets wherever they appear, in requests and responses.
SECRET_KEYS = {"access_token", "refresh_token", "id_token", "client_secret", "hmacSecret"}
SECRET_FORM_FIELDS = {"client_secret"}


# -- filtering ---------------------------------------------------------------------------------


@dataclass
class Redactor:
    """Filters applied AT RECORD TIME (and to live requests before matching, so a replayed
    request compares equal to its redacted recording).

    ``secrets``: literal strings scrubbed from every body (the key secret in use).
    ``project_id``: the project id the client really used; rewritten to :data:`PROJECT_ID`.
    """

    secrets: Iterable[str] = ()
    project_id: str = PROJECT_ID
    _secrets: list[str] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self._secrets = sorted({s for s in self.secrets if s}, key=len, reverse=True)

    def scrub_text(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        if self.project_id != PROJECT_ID:
            text = text.replace(self.project_id, PROJECT_ID)
        return text

    def scrub_body(self, body: bytes | str | None, content_type: str) -> bytes | None:
        if body is None:
            return None
        if not body:
            return b""
        raw = body.encode() if isinstance(body, str) else bytes(body)
        if "json" in content_type:
            try:
                data = json.loads(raw)
            except ValueError:
                data = None
            if data is not None:
                redacted = redact_json(data)
                if redacted != data:
                    raw = json.dumps(redacted, separators=(",", ":")).encode()
        elif "x-www-form-urlencoded" in content_type:
            pairs = parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True)
            if any(k in SECRET_FORM_FIELDS for k, _ in pairs):
                pairs = [(k, REDACTED if k in SECRET_FORM_FIELDS else v) for k, v in pairs]
                raw = urlencode(pairs).encode()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw
        return self.scrub_text(text).encode("utf-8")

    # vcrpy hooks: both receive a deep copy.
    def request(self, request: Any) -> Any:
        request.uri = public_uri(request.uri, self.project_id)
        headers = {k.lower(): v for k, v in request.headers.items()}
        kept = {k: v for k, v in headers.items() if k in KEEP_REQUEST_HEADERS}
        if "authorization" in headers:
            kept["authorization"] = REDACTED
        body = request.body
        boundary = multipart_boundary(kept.get("content-type", ""))
        if boundary and isinstance(body, bytes):
            # httpx picks a random boundary per request; a fixed one makes bodies comparable.
            body = body.replace(b"--" + boundary.encode(), b"--" + BOUNDARY.encode())
            kept["content-type"] = kept["content-type"].replace(boundary, BOUNDARY)
        request.headers = kept
        request.body = self.scrub_body(body, headers.get("content-type", ""))
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers = {k.lower(): v for k, v in response["headers"].items()}
        response["headers"] = {k: v for k, v in headers.items() if k in KEEP_RESPONSE_HEADERS}
        content_type = _first(headers.get("content-type"))
        body = response["body"]["string"]
        response["body"]["string"] = self.scrub_body(body, content_type) or b""
        return response


def multipart_boundary(content_type: str) -> str | None:
    if not content_type.lower().startswith("multipart/"):
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "boundary" and value:
            return value.strip('"')
    return None


def redact_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: REDACTED if k in SECRET_KEYS and isinstance(v, str) else redact_json(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_json(v) for v in value]
    return value


def public_uri(uri: str, project_id: str = PROJECT_ID) -> str:
    """The URI as if sent to the real API: token calls to ``auth.sinch.com``, the rest to
    ``numbers.api.sinch.com``, the project id in the path replaced by :data:`PROJECT_ID`."""
    parts = urlsplit(uri)
    query = f"?{parts.query}" if parts.query else ""
    if parts.path.endswith(TOKEN_PATH):
        return TOKEN_URL + query
    path = parts.path
    if project_id != PROJECT_ID:
        path = path.replace(f"/projects/{project_id}/", f"/projects/{PROJECT_ID}/")
        if path.endswith(f"/projects/{project_id}"):
            path = path[: -len(project_id)] + PROJECT_ID
    return API_BASE + path + query


def _first(value: Any) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return "" if value is None else str(value)


def vcr_options(redactor: Redactor) -> dict[str, Any]:
    """Keyword arguments for ``VCR.use_cassette`` / pytest-recording's ``vcr_config``."""
    return {
        "match_on": MATCH_ON,
        "before_record_request": redactor.request,
        "before_record_response": redactor.response,
        "decode_compressed_response": True,
    }


# -- the persister -----------------------------------------------------------------------------


def generated_manifest() -> dict[str, Any]:
    """``GENERATED.json`` of the ``sinch_numbers_api`` this process imports (the recording
    client)."""
    import sinch_numbers_api

    path = Path(sinch_numbers_api.__file__).resolve().parent.parent / "GENERATED.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


#: What the persister needs to know about the case being recorded (set by the ``api`` fixture
#: from the case's ``under_test`` marker): the operation the cassette exists to test.
RECORDING: dict[str, str | None] = {"operation_under_test": None}


def make_persister(recorded_against: str, clock: Callable[[], datetime] | None = None) -> type:
    """A vcrpy persister writing ``recorded_with`` (spec sha256 and version of the generated
    client, time, target) and ``operation_under_test`` at the top of each cassette. vcrpy
    ignores the extra keys on load."""
    from vcr.persisters.filesystem import FilesystemPersister
    from vcr.serializers import compat

    now = clock or (lambda: datetime.now(UTC))

    class RecordedWithPersister(FilesystemPersister):
        @staticmethod
        def save_cassette(cassette_path: Any, cassette_dict: Any, serializer: Any) -> None:
            manifest = generated_manifest()
            data = {
                "recorded_with": {
                    "spec_sha256": manifest["spec_sha256"],
                    "spec_version": manifest["spec_version"],
                    "recorded_at": now().replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                    "recorded_against": recorded_against,
                },
                "operation_under_test": RECORDING["operation_under_test"],
                "version": 1,
                "interactions": [
                    {
                        "request": compat.convert_to_unicode(request._to_dict()),
                        "response": compat.convert_to_unicode(response),
                    }
                    for request, response in zip(
                        cassette_dict["requests"], cassette_dict["responses"], strict=True
                    )
                ],
            }
            path = Path(cassette_path)
            path.parent.mkdir(parents=True, exist_ok=True)
            text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
            path.write_text(text, encoding="utf-8")

    return RecordedWithPersister


# -- reading cassettes -------------------------------------------------------------------------


def cassette_paths() -> list[Path]:
    return sorted(CASSETTE_DIR.glob("*.yaml"))


def load_cassette(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def is_token_call(interaction: dict[str, Any]) -> bool:
    return bool(urlsplit(interaction["request"]["uri"]).path.endswith(TOKEN_PATH))


def body_text(body: Any) -> str:
    """A cassette body (``{"string": ...}``, str, bytes or None) as text."""
    if isinstance(body, dict):
        body = body.get("string")
    if body is None:
        return ""
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace")
    return str(body)


def header(headers: dict[str, Any], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return _first(value)
    return ""


# -- specs -------------------------------------------------------------------------------------

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    tag: str
    method: str
    template: str
    pattern: re.Pattern[str]
    parameters: tuple[dict[str, Any], ...]
    documented: frozenset[str]  # response statuses with JSON content
    responses: frozenset[str]

    def path_params(self, path: str) -> dict[str, str]:
        from urllib.parse import unquote

        match = self.pattern.fullmatch(path)
        assert match is not None
        return {k: unquote(v) for k, v in match.groupdict().items()}


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _pattern(template: str) -> re.Pattern[str]:
    out, pos = [], 0
    for m in re.finditer(r"\{([^}]+)\}", template):
        out.append(re.escape(template[pos : m.start()]))
        out.append(f"(?P<{_group(m.group(1))}>[^/]+?)")
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return re.compile("".join(out))


def _group(name: str) -> str:
    return re.sub(r"\W", "_", name)


def operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for template, item in spec.get("paths", {}).items():
        item = _resolve(spec, item)
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params = {}
            for raw in [*shared, *op.get("parameters", [])]:
                param = _resolve(spec, raw)
                params[(param["name"], param["in"])] = param
            documented = set()
            for status, response in op.get("responses", {}).items():
                content = _resolve(spec, response).get("content") or {}
                if any("json" in media for media in content):
                    documented.add(str(status))
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    tag=(op.get("tags") or ["default"])[0],
                    method=method.upper(),
                    template=template,
                    pattern=_pattern(template),
                    parameters=tuple(params.values()),
                    documented=frozenset(documented),
                    responses=frozenset(str(s) for s in op.get("responses", {})),
                )
            )
    return found


def find_operation(ops: Iterable[Operation], method: str, path: str) -> Operation | None:
    return next((o for o in ops if o.method == method and o.pattern.fullmatch(path)), None)


def load_spec(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(path.read_bytes(), Loader=_Loader)
    return data


_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pinned_specs() -> dict[str, dict[str, str]]:
    """``{sha256: {"path": ..., "version": ...}}`` for every spec in ``openapi/spec.lock.json``."""
    lock: dict[str, dict[str, Any]] = json.loads(SPEC_LOCK.read_text(encoding="utf-8"))
    return {
        entry["sha256"]: {"path": str(ROOT / rel), "version": str(entry["version"])}
        for rel, entry in lock.items()
    }


def spec_by_sha(sha: str) -> Path | None:
    """The pinned spec file with this sha256 (lock first, then the files themselves)."""
    entry = pinned_specs().get(sha)
    if entry and Path(entry["path"]).is_file():
        return Path(entry["path"])
    for candidate in [CURRENT_SPEC, *sorted((ROOT / "openapi" / "history").glob("*.yaml"))]:
        if candidate.is_file() and sha256_file(candidate) == sha:
            return candidate
    return None


def snake_case(name: str) -> str:
    """openapi-python-client's module names: ``NumberService_ListActiveNumbers`` ->
    ``number_service_list_active_numbers``, ``Available Number`` -> ``available_number``."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", name)
    return "_".join(w.lower() for w in words)


def squash(name: str) -> str:
    """Compare a wire name with a Python identifier: ``numberPattern.pattern`` and
    ``number_pattern_pattern`` both give ``numberpatternpattern``; ``type_`` gives ``type``."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def iter_interactions(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    yield from enumerate(load_cassette(path).get("interactions") or [])


def operation_under_test(data: dict[str, Any]) -> str | None:
    """The operationId a cassette exists to test (its other interactions set the stage)."""
    value = data.get("operation_under_test")
    return str(value) if value else None
