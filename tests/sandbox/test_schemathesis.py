"""The sandbox under Schemathesis: a bounded, derandomized run over every operation of the
pinned ``openapi/numbers.yaml`` against an in-process sandbox answering in spec-exact shapes.

The run drives Schemathesis' engine (what ``st run`` runs) through the examples, coverage and
fuzzing phases, authenticated with OAuth2 client credentials from the sandbox's
``/oauth2/token``, with a fixed seed and no example database: every run sends the same
requests. Six checks judge every answer: no 5xx, a documented status, a documented content
type, a body in the documented schema (``oneOf`` branches chosen by the spec's discriminator),
schema-valid requests accepted, schema-violating requests refused.

Where the run departs from "the pinned spec, as written, everywhere", it says so below, each
with its reason:

- ``PRECISIONS``: rules the spec states in words but not in its schemas, written into the run's
  copy of the spec as schema (the discriminator, the null convention, documented patterns...).
- ``TOLERATED``: rejections of schema-valid requests for business rules no schema can state
  (inventory, "US LOCAL only", order and number state); only a 400 whose every field
  violation is such a rule is tolerated, every other rejection fails the run.
- ``SETTINGS``: what the run leaves out (generated credentials, some coverage scenarios).

``pytest -s`` prints the figures: cases per phase, checks run / passed per check, tolerated
rejections per rule, run time.
"""

from __future__ import annotations

import copy
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
import yaml
from schemathesis import Config, GenerationMode
from schemathesis.core.failures import FailureGroup
from schemathesis.engine import Status, events
from schemathesis.engine import from_schema as engine_for
from schemathesis.generation.meta import CoveragePhaseData, CoverageScenario
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.specs.openapi.checks import response_schema_conformance

from sinch_numbers.sandbox import Sandbox

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "numbers.yaml"
SEED = 20260412
#: Fuzzing-phase cases per operation (positive and negative); examples and coverage add theirs.
MAX_EXAMPLES = 6
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "positive_data_acceptance",
    "negative_data_rejection",
)
POSITIVE, NEGATIVE = "positive_data_acceptance", "negative_data_rejection"


# -- the run's copy of the spec -------------------------------------------------------------
Spec = dict[str, Any]


@dataclass(frozen=True)
class Precision:
    """A rule the pinned spec states in prose, written into the fuzzed copy as schema."""

    name: str
    reason: str
    apply: Callable[[Spec], None]


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _discriminate(spec: Spec) -> None:
    """Each ``oneOf`` branch named in a discriminator mapping takes only its own value of the
    discriminating property."""
    for node in list(_walk(spec)):
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict) or "oneOf" not in node:
            continue
        prop = discriminator["propertyName"]
        value_of = {ref: value for value, ref in discriminator.get("mapping", {}).items()}
        node["oneOf"] = [
            {"allOf": [branch, {"properties": {prop: {"enum": [value_of[branch["$ref"]]]}}}]}
            if branch.get("$ref") in value_of
            else branch
            for branch in node["oneOf"]
        ]


def _resolve(spec: Spec, node: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every ``$ref`` replaced by a copy of its target."""
    if isinstance(node, list):
        return [_resolve(spec, item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        assert ref not in seen, f"reference cycle through {ref}"
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        return _resolve(spec, target, (*seen, ref))
    return {key: _resolve(spec, value, seen) for key, value in node.items()}


def _nullable_optionals(schema: dict[str, Any], required: frozenset[str] = frozenset()) -> None:
    """Mark every optional member below ``schema`` nullable; ``required`` holds the names an
    enclosing ``allOf`` requires."""
    members = schema.get("allOf", [])
    required = required.union(schema.get("required", ()), *(m.get("required", ()) for m in members))
    for name, sub in schema.get("properties", {}).items():
        _nullable_optionals(sub)
        if name not in required and not sub.get("readOnly"):
            sub["nullable"] = True
            if isinstance(sub.get("enum"), list) and None not in sub["enum"]:
                sub["enum"] = [*sub["enum"], None]
    for member in members:
        _nullable_optionals(member, required)
    for key in ("oneOf", "anyOf"):
        for member in schema.get(key, []):
            _nullable_optionals(member, required)
    if isinstance(schema.get("items"), dict):
        _nullable_optionals(schema["items"])


def _request_nulls(spec: Spec) -> None:
    """Request bodies are inlined (responses keep their schemas as they are) and their
    optional members accept ``null``."""
    for path_item in spec["paths"].values():
        for op in path_item.values():
            if isinstance(op, dict) and "requestBody" in op:
                op["requestBody"] = body = _resolve(spec, op["requestBody"])
                media = body["content"].get("application/json")
                if media is not None:
                    _nullable_optionals(media["schema"])


def _schema(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def _parameter(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["parameters"][name]["schema"]
    return found


def _phone_number_is_e164(spec: Spec) -> None:
    schema = _parameter(spec, "phoneNumber")
    schema["pattern"] = r"^\+[1-9][0-9]{6,14}$"
    del schema["default"]  # "YOUR_selected_phoneNumber_from_search"


def _sizes_not_negative(spec: Spec) -> None:
    _parameter(spec, "pageSize")["minimum"] = 0
    for param in spec["paths"]["/v1/projects/{projectId}/availableNumbers"]["parameters"]:
        if param.get("name") == "size":
            param["schema"]["minimum"] = 0


def _hmac_secret_pattern(spec: Spec) -> None:
    secret = _schema(spec, "CallbackConfigurationUpdate")["properties"]["hmacSecret"]
    secret["pattern"] = r"^[a-zA-Z0-9-]{32,64}$"


def _one_phone_number_required(spec: Spec) -> None:
    _schema(spec, "CreateNumberOrderOption")["required"] = ["phoneNumbers"]


def _exactly_one_option(spec: Spec) -> None:
    branches = _schema(spec, "CreateNumberOrderRequest")["allOf"][1]["oneOf"]
    options = [branch["required"][0] for branch in branches]
    for branch, other in zip(branches, reversed(options), strict=True):
        branch["not"] = {"required": [other]}


def _emergency_bodies_required(spec: Spec) -> None:
    for name in ("ProvisionEmergencyAddressRequest", "ValidateEmergencyAddressRequest"):
        spec["components"]["requestBodies"][name]["required"] = True


def _configurations_not_empty(spec: Spec) -> None:
    for name in ("smsConfiguration", "VoiceConfiguration"):
        _schema(spec, name)["minProperties"] = 1


PRECISIONS: tuple[Precision, ...] = (
    Precision(
        "discriminator",
        "VoiceConfiguration, OrderVoiceConfiguration and ScheduledVoiceProvisioning pick their "
        "branch by `type` (the spec's discriminator mapping). Schemathesis validates oneOf as "
        "plain JSON Schema, where an EST or FAX configuration also matches the RTC branch, so "
        "every voice configuration would be 'valid under more than one schema'",
        _discriminate,
    ),
    Precision(
        "configurations not empty",
        "'An empty configuration object makes the request fail' (UpdateActiveNumber; rent: "
        "'Include only the objects you need'): minProperties 1 on smsConfiguration and "
        "VoiceConfiguration",
        _configurations_not_empty,
    ),
    Precision(
        "phoneNumber is E.164",
        "'The phone number, in E.164 format with the leading +': pattern ^\\+[1-9][0-9]{6,14}$ "
        "(the parameter's default 'YOUR_selected_phoneNumber_from_search' is a placeholder)",
        _phone_number_is_e164,
    ),
    Precision(
        "sizes not negative",
        "size / pageSize are a 'Maximum number of numbers / items': minimum 0",
        _sizes_not_negative,
    ),
    Precision(
        "hmacSecret pattern",
        "CallbackConfigurationUpdate.hmacSecret: '32 to 64 characters ... (pattern "
        "`^[a-zA-Z0-9-]{32,64}$`)'",
        _hmac_secret_pattern,
    ),
    Precision(
        "one phone number required",
        "CreateNumberOrder: 'numberOrderOption: specific numbers. `phoneNumbers` must hold "
        "exactly one number'",
        _one_phone_number_required,
    ),
    Precision(
        "exactly one option",
        "CreateNumberOrder: 'Send exactly one of: numberOrderOption ... quantityOrderOption'; "
        "the oneOf alone lets a body carry both, since each branch takes the other option as "
        "an unknown member",
        _exactly_one_option,
    ),
    Precision(
        "emergency address bodies required",
        "provision / validate take 'the emergency address to link / to check'; the spec does "
        "not mark their bodies required, though EmergencyAddressRequest requires its members",
        _emergency_bodies_required,
    ),
    # Last: it inlines the request bodies with the precisions above already in them.
    Precision(
        "null members",
        "Conventions: '`null` fields may be omitted from requests ... Sending an explicit `null` "
        "can, in some cases, clear a stored value': optional request members accept null",
        _request_nulls,
    ),
)


def fuzzed_spec() -> Spec:
    """The pinned spec with every precision applied (a fresh copy each call)."""
    spec: Spec = yaml.load(SPEC.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    for precision in PRECISIONS:
        precision.apply(spec)
    return spec


# -- business rules: tolerated rejections of schema-valid requests -------------------------
@dataclass(frozen=True)
class Rule:
    """A 400 field violation that is a business rule: ``field`` and ``description`` are
    regular expressions matched in full against one violation of the answer."""

    operations: tuple[str, ...]
    field: str
    description: str
    reason: str

    def matches(self, operation_id: str, field: str, description: str) -> bool:
        return (
            operation_id in self.operations
            and re.fullmatch(self.field, field) is not None
            and re.fullmatch(self.description, description) is not None
        )


RENTS = ("NumberService_RentNumber", "NumberService_RentAnyNumber")
CONFIGURES = (*RENTS, "NumberService_UpdateActiveNumber")
EMERGENCY = tuple(
    f"NumberService_{name}EmergencyAddress"
    for name in ("Get", "Provision", "Deprovision", "Validate")
)

TOLERATED: tuple[Rule, ...] = (
    Rule(
        ("NumberService_RentNumber",),
        "phoneNumber",
        "only US LOCAL numbers can be activated with this endpoint .*",
        "rent is US LOCAL only (the operation's note); other numbers are for sale via orders",
    ),
    Rule(
        ("NumberService_RentAnyNumber",),
        "regionCode|type",
        "only (US|LOCAL) is supported by this endpoint",
        "rentAny is US LOCAL only: 'regionCode must be US and type must be LOCAL'",
    ),
    Rule(
        CONFIGURES,
        "smsConfiguration|voiceConfiguration",
        "the number has no (SMS|VOICE) capability",
        "only a number with the capability can be configured for it (inventory)",
    ),
    Rule(
        CONFIGURES,
        r"voiceConfiguration\.(appId|trunkId|serviceId)",
        "is required for type (RTC|EST|FAX)",
        "a voice configuration names what to link (appId / trunkId / serviceId for RTC / EST / "
        "FAX); the request schemas leave the ID optional because responses may omit it",
    ),
    Rule(
        CONFIGURES,
        "smsConfiguration|voiceConfiguration",
        "must not be empty; leave the object out instead",
        "'An empty configuration object makes the request fail'; null members count as absent, "
        'so {"appId": null} is empty too (minProperties cannot count non-null members)',
    ),
    Rule(
        CONFIGURES,
        r"smsConfiguration\.campaignId",
        "10DLC campaigns only apply to US numbers",
        "campaignId: 'US numbers only'",
    ),
    Rule(
        ("NumberService_UpdateActiveNumber",),
        r"smsConfiguration\.(servicePlanId|campaignId)",
        r"the number is linked to (service plan|campaign) .*; unlink it first .*",
        "'Link the number to another SMS service plan or campaign: first unlink it from the "
        "current one' (depends on the number's state)",
    ),
    Rule(
        ("NumberService_UpdateActiveNumber",),
        "body",
        "must change at least one field",
        "an update changes something: one of displayName, smsConfiguration, "
        "voiceConfiguration, callbackUrl (the 'Possible updates')",
    ),
    Rule(
        ("NumberService_ListActiveNumbers",),
        "pageToken",
        "is not a token returned by this API|was issued for a different orderBy",
        "pageToken is 'The `nextPageToken` of the previous list response'",
    ),
    Rule(
        EMERGENCY,
        "phoneNumber",
        "emergency addresses are only available for US numbers with VOICE",
        "emergency addresses exist for US voice numbers (inventory)",
    ),
    Rule(
        ("NumberService_ProvisionEmergencyAddress",),
        "address",
        "matches no known address; .*",
        "an address that matches no known address (validation result NO_MATCH) cannot be "
        "linked (address database)",
    ),
    Rule(
        ("CreateNumberOrder", "LookupNumberRequirements"),
        "regionCode|numberType",
        "no .* numbers are offered in region .*",
        "the region must offer numbers of the type (inventory)",
    ),
    Rule(
        ("CreateNumberOrder",),
        r"numberOrderOption\.phoneNumbers(\[0\])?",
        r".* is not available|.* is a .* number, not .*|the number is not available",
        "only a number for sale in the ordered region and type can be ordered (inventory)",
    ),
    Rule(
        ("CreateNumberOrder",),
        r"quantityOrderOption\.requestedQuantity",
        r"only \d+ available (consecutive )?numbers match the criteria",
        "as many numbers as requested must be for sale and match the criteria (inventory)",
    ),
)

# -- settings: what the run leaves out -----------------------------------------------------
SETTINGS: dict[str, str] = {
    "with-security-parameters = false": (
        "Schemathesis would also send generated credentials; the spec documents 401 on no "
        "operation (it describes refused credentials as 403 PermissionDenied, and documents "
        "that on 13 of 22). Authentication has its own tests (test_auth.py)"
    ),
    "coverage: unexpected-methods = []": "405 for other methods is not among the checks",
    "coverage: values of an incorrect JSON type": (
        "~770 requests (each parameter and body member, each wrong JSON type) through two "
        "generic validators (query, body); the fuzzing phase's negative cases send wrong "
        "types too, and the coverage phase keeps nulls, wrong enums, missing members, "
        "patterns and bounds"
    ),
    "projectId = the sandbox's project": (
        "another project's path is a 403 (documented on 13 of 22 operations only)"
    ),
}


def _filter_case(context: Any, case: Any) -> bool:
    data = case.meta.phase.data if case.meta is not None else None
    return not (
        isinstance(data, CoveragePhaseData) and data.scenario == CoverageScenario.INCORRECT_TYPE
    )


def tolerated_rule(operation_id: str, response: Any) -> Rule | None:
    """The business rule a 400 answer invokes, when every violation in it is one."""
    if response.status_code != 400:
        return None
    try:
        details = response.json()["error"]["details"]
        found = [(v["field"], v["description"]) for d in details for v in d["fieldViolations"]]
    except (ValueError, KeyError, TypeError):
        return None
    rules = [
        next((r for r in TOLERATED if r.matches(operation_id, *violation)), None)
        for violation in found
    ]
    if not rules or None in rules:
        return None
    return rules[0]


def run_config(sb: Sandbox) -> Config:
    return Config.from_dict(
        {
            "seed": SEED,
            "base-url": sb.base_url,
            "cache": {"enabled": False},
            "workers": 1,
            "continue-on-failure": True,
            "request-timeout": 10,
            "generation": {
                "mode": "all",
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
                "with-security-parameters": False,
            },
            "phases": {
                "examples": {"enabled": True},
                "coverage": {"enabled": True, "unexpected-methods": []},
                "fuzzing": {"enabled": True},
                "stateful": {"enabled": False},
            },
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
            "parameters": {"projectId": sb.project_id},
            "auth": {
                "dynamic": {
                    "openapi": {
                        "OAuth2.0": {
                            "path": "/oauth2/token",
                            "payload": {
                                "grant_type": "client_credentials",
                                "client_id": sb.key_id,
                                "client_secret": sb.key_secret,
                            },
                            "payload_content_type": "application/x-www-form-urlencoded",
                            "extract_selector": "/access_token",
                        }
                    }
                }
            },
        }
    )


def _applies(check: str, case: Any) -> bool:
    """positive / negative_data_acceptance judge only cases of their generation mode."""
    mode = case.meta.generation.mode if case.meta is not None else None
    if check == POSITIVE:
        return bool(mode == GenerationMode.POSITIVE)
    if check == NEGATIVE:
        return bool(mode == GenerationMode.NEGATIVE)
    return True


def _describe(info: Any, recorder: Any, case_id: str) -> str:
    interaction = recorder.interactions.get(case_id)
    response = interaction.response if interaction is not None else None
    answer = "" if response is None else f"\n[{response.status_code}] {response.text[:500]}"
    return f"{info.failure.title}: {info.failure.message}\n{info.code_sample}{answer}"


@dataclass
class Figures:
    cases: Counter[str]
    operations: Counter[str]
    tried: Counter[str]
    passed: Counter[str]
    tolerated: Counter[str]
    seconds: float

    def report(self) -> str:
        lines = [
            f"Schemathesis {schemathesis.__version__}, seed {SEED}, {self.seconds:.1f} s: "
            f"{sum(self.cases.values())} cases over {len(self.operations)} operations "
            f"({', '.join(f'{phase} {n}' for phase, n in self.cases.items())})"
        ]
        for name in CHECKS:
            lines.append(f"  {name:29} {self.passed[name]:5} / {self.tried[name]:5} passed")
        for rule, count in self.tolerated.most_common():
            lines.append(f"  tolerated {count:3}x: {rule}")
        return "\n".join(lines)


def test_sandbox_passes_schemathesis() -> None:
    spec = fuzzed_spec()
    operation_ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert len(operation_ids) == 22
    assert {op for rule in TOLERATED for op in rule.operations} <= operation_ids
    figures = Figures(Counter(), Counter(), Counter(), Counter(), Counter(), 0.0)
    failures: dict[tuple[str, str], str] = {}
    failure_counts: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []

    def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
        if not isinstance(failure, RejectedPositiveData):
            return True
        rule = tolerated_rule(case.operation.definition.raw["operationId"], response)
        if rule is None:
            return True
        figures.tolerated[rule.reason] += 1
        return False

    started = time.perf_counter()
    # tick=600: the background loop (callback deliveries) stays asleep during the run, so no
    # callback goes to the spec's example hosts on the internet; timers still advance with
    # every request.
    with Sandbox(shapes="spec", review_delay=0.2, provisioning_delay=0.1, tick=600) as sb:
        schema = schemathesis.openapi.from_dict(spec, config=run_config(sb))
        schema.hook(filter_failure)
        schema.hook("filter_case")(_filter_case)
        for event in engine_for(schema).execute():
            if isinstance(event, events.NonFatalError | events.FatalError):
                errors.append(repr(event))
            if not isinstance(event, events.ScenarioFinished):
                continue
            recorder = event.recorder
            for case_id, nodes in recorder.checks.items():
                case = recorder.cases[case_id].value
                figures.operations[case.operation.label] += 1
                figures.cases[event.phase.value] += 1
                for node in nodes:
                    if not _applies(node.name, case):
                        continue
                    figures.tried[node.name] += 1
                    if node.status == Status.SUCCESS:
                        figures.passed[node.name] += 1
                    elif node.failure_info is not None:
                        key = (node.name, case.operation.label)
                        failures.setdefault(key, _describe(node.failure_info, recorder, case_id))
                        failure_counts[key] += 1
    figures.seconds = time.perf_counter() - started
    # Tolerated rejections are recorded as passed; the figures count them apart.
    figures.passed[POSITIVE] -= sum(figures.tolerated.values())
    print("\n" + figures.report())
    assert not errors, "\n".join(errors)
    assert not failures, "\n\n".join(
        f"{check} {label} ({failure_counts[check, label]} cases), e.g.:\n{text}"
        for (check, label), text in failures.items()
    )
    assert len(figures.operations) == 22, sorted(figures.operations)
    assert all(figures.tried[name] > 0 for name in CHECKS), figures.tried


@pytest.mark.parametrize("shapes", ["server", "spec"])
def test_the_response_check_tells_the_two_shapes_apart(shapes: str) -> None:
    """The run's response check has teeth: Sinch-server shapes (explicit nulls, voice
    configurations without type) break the spec; the spec-exact shapes the run uses do not."""
    operation = schemathesis.openapi.from_dict(fuzzed_spec())[
        "/v1/projects/{projectId}/activeNumbers/{phoneNumber}"
    ]["GET"]
    broken: list[str] = []
    with (
        Sandbox(shapes=shapes, provisioning_delay=60, tick=600) as sb,
        httpx.Client(
            base_url=f"{sb.base_url}/v1/projects/{sb.project_id}", auth=(sb.key_id, sb.key_secret)
        ) as http,
    ):
        query = {"regionCode": "US", "type": "LOCAL", "capabilities": ["SMS", "VOICE"], "size": 4}
        numbers = [
            n["phoneNumber"]
            for n in http.get("/availableNumbers", params=query).json()["availableNumbers"]
        ]
        for number in numbers:
            body = {"voiceConfiguration": {"type": "RTC", "appId": "app-1"}}
            assert http.post(f"/availableNumbers/{number}:rent", json=body).status_code == 200
            case = operation.Case(
                path_parameters={"projectId": sb.project_id, "phoneNumber": number}
            )
            response = case.call(base_url=sb.base_url, auth=(sb.key_id, sb.key_secret))
            assert response.status_code == 200
            try:
                case.validate_response(response, checks=[response_schema_conformance])
            except FailureGroup as group:
                broken.extend(f"{number}: {failure.title}" for failure in group.exceptions)
    assert len(numbers) == 4
    if shapes == "server":
        assert {line.split(":")[0] for line in broken} == set(numbers), broken
    else:
        assert broken == []


def test_every_precision_changes_the_pinned_spec() -> None:
    """A precision the pinned spec has caught up with (after a spec update) must go."""
    pinned = yaml.load(SPEC.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    for precision in PRECISIONS:
        spec = copy.deepcopy(pinned)
        precision.apply(spec)
        assert spec != pinned, f"precision {precision.name!r} changes nothing"


class _Answer:
    def __init__(self, status_code: int, violations: list[tuple[str, str]]) -> None:
        self.status_code = status_code
        fields = [{"field": f, "description": d} for f, d in violations]
        self._body = {"error": {"details": [{"type": "BadRequest", "fieldViolations": fields}]}}

    def json(self) -> Any:
        return self._body


def test_only_business_rule_rejections_are_tolerated() -> None:
    us_only = ("regionCode", "only US is supported by this endpoint")
    rent_any = "NumberService_RentAnyNumber"
    assert tolerated_rule(rent_any, _Answer(400, [us_only])) is not None
    # the same violation on another operation, another status, a violation that is no
    # business rule next to it, or no violation at all: not tolerated
    assert tolerated_rule("CreateNumberOrder", _Answer(400, [us_only])) is None
    assert tolerated_rule(rent_any, _Answer(404, [us_only])) is None
    assert tolerated_rule(rent_any, _Answer(400, [us_only, ("type", "not LOCAL")])) is None
    assert tolerated_rule(rent_any, _Answer(400, [])) is None
