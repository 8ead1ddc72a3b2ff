"""Rehearse a spec update end to end on a copy of the repository.

Plausible next versions of Sinch's ``numbers.yaml`` are derived from the pinned one by
mutation (:data:`MUTATIONS`): the deprecated ``rentAny`` endpoint withdrawn, a list endpoint
added under an existing tag, a new required request body, a dropped response field, a new
order state, edits that do not bump ``info.version``, reworded prose with other SDKs'
``x-codeSamples``. Each mutation picks its target by shape (falling back when the pinned file
already has the change), so the rehearsal keeps working after real updates.

``tests/update_spec/test_rehearsal.py`` runs the fast part in the test suite;
``scripts/rehearse`` runs the whole thing, the entire test suite of the updated copy
included, and prints what happened::

    .venv/bin/python scripts/rehearse            # ~10 min on a 2-core machine
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from specpipe.lock import REPO_ROOT

__all__ = [
    "ADDITIVE",
    "DOCS_ONLY",
    "MUTATIONS",
    "NEXT_VERSION",
    "PytestRun",
    "UpdateRun",
    "apply",
    "copy_checkout",
    "dump",
    "load",
    "run_pytest",
    "run_update",
]

Doc = dict[str, Any]
Mutation = Callable[[Doc], None]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
#: what a checkout needs to update itself and run its own tests
CHECKOUT = (
    "openapi",
    "generator",
    "generated",
    "overlay",
    "scripts",
    "tests",
    "docs",
    "examples",
    "pyproject.toml",
    "README.md",
    "Makefile",
    "CHANGELOG.md",
)
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load(data: bytes) -> Doc:
    doc: Doc = yaml.load(data, Loader=_LOADER)
    return doc


def dump(doc: Doc) -> bytes:
    text: str = yaml.dump(doc, Dumper=_DUMPER, sort_keys=False, allow_unicode=True)
    return text.encode("utf-8")


# ------------------------------------------------------------------------------- mutations


def _operations(doc: Doc) -> Iterator[tuple[str, str, Doc]]:
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict):
                yield path, method, op


def _ids(doc: Doc) -> set[str]:
    return {str(op.get("operationId")) for _p, _m, op in _operations(doc)}


def remove_operation(doc: Doc) -> None:
    """The deprecated ``rentAny`` endpoint is withdrawn (else the last deprecated operation,
    else the last operation); its request schema stays."""
    ops = list(_operations(doc))
    preferred = [o for o in ops if o[2].get("operationId") == "NumberService_RentAnyNumber"]
    deprecated = [o for o in ops if o[2].get("deprecated")]
    path, method, _op = (preferred or deprecated or ops)[-1]
    del doc["paths"][path][method]
    if not doc["paths"][path]:
        del doc["paths"][path]
    # its examples go with it (upstream would not keep orphans)
    refs = {str(n["$ref"]) for n in _walk(doc) if isinstance(n.get("$ref"), str)}
    examples = (doc.get("components") or {}).get("examples") or {}
    for name in [n for n in examples if f"#/components/examples/{n}" not in refs]:
        del examples[name]


def add_operation(doc: Doc) -> None:
    """A list endpoint for number orders under the existing "Number Order" tag, its response
    a component (as Sinch's other list responses are)."""
    taken = _ids(doc)
    op_id = next(n for n in ("ListNumberOrders", "SearchNumberOrders", "QueryNumberOrders")
                 if n not in taken)  # fmt: skip
    path = "/v1/projects/{projectId}/numberOrders"
    if op_id != "ListNumberOrders":
        path += ":" + op_id[0].lower() + op_id[1:6]
    response = f"{op_id}Response"
    doc["components"]["schemas"][response] = {
        "type": "object",
        "description": "A project's number orders.",
        "properties": {
            "numberOrders": {"type": "array", "items": {"$ref": "#/components/schemas/NumberOrder"}}
        },
    }
    doc["paths"].setdefault(path, {})["get"] = {
        "operationId": op_id,
        "summary": "List number orders",
        "description": "Lists the number orders of a project, newest first.",
        "tags": ["Number Order"],
        "parameters": [{"$ref": "#/components/parameters/projectId"}],
        "responses": {
            "200": {
                "description": "The project's number orders.",
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{response}"}}
                },
            }
        },
    }


def add_required_request_body(doc: Doc) -> None:
    """Submitting an order needs an explicit confirmation (else the first POST without a body
    gets one)."""
    candidates = [o for o in _operations(doc) if o[1] == "post" and "requestBody" not in o[2]]
    preferred = [o for o in candidates if o[2].get("operationId") == "SubmitNumberOrder"]
    _path, _method, op = (preferred or candidates)[0]
    name = f"{op['operationId']}Confirmation"
    doc["components"]["schemas"][name] = {
        "type": "object",
        "required": ["confirmAccuracy"],
        "properties": {
            "confirmAccuracy": {
                "type": "boolean",
                "description": "Confirms that the registration data is accurate.",
            }
        },
    }
    op["requestBody"] = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
    }


def drop_response_property(doc: Doc) -> None:
    """``ActiveNumberResponse.displayName`` is no longer documented (else the first property of
    ActiveNumberResponse)."""
    props = doc["components"]["schemas"]["ActiveNumberResponse"]["properties"]
    name = "displayName" if "displayName" in props else next(iter(props))
    del props[name]


def add_response_enum_value(doc: Doc) -> None:
    """Orders can be cancelled: a new ``NumberOrderState`` value."""
    values = doc["components"]["schemas"]["NumberOrderState"]["enum"]
    value = "CANCELLED"
    while value in values:
        value += "_AGAIN"
    values.append(value)


def edit_without_version_bump(doc: Doc) -> None:
    """Sinch edits the overview text and keeps ``info.version``."""
    doc["info"]["description"] = "Edited without a version bump. " + str(
        doc["info"].get("description") or ""
    )


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def reword_descriptions_and_add_code_samples(doc: Doc) -> None:
    """Every ``description`` reworded, and other SDKs' snippets on every operation (as in
    Sinch's real file: 76 KB of ``x-codeSamples``)."""
    for node in _walk(doc):
        if isinstance(node.get("description"), str):
            node["description"] = "Reworded: " + node["description"]
    for _path, _method, op in _operations(doc):
        source = f"// {op['operationId']}\n" + "x" * 400
        op["x-codeSamples"] = [
            {"lang": lang, "label": lang, "source": source}
            for lang in ("Java", "Node.js", "cURL", ".NET")
        ]


#: name -> (mutation, the kinds update-spec must classify it as)
MUTATIONS: dict[str, tuple[Mutation, frozenset[str]]] = {
    "remove-operation": (remove_operation, frozenset({"operation-removed"})),
    "add-operation": (add_operation, frozenset({"operation-added", "schema-added"})),
    "add-required-request-body": (
        add_required_request_body,
        frozenset({"request-body-added-required", "schema-added"}),
    ),
    "drop-response-property": (drop_response_property, frozenset({"response-property-removed"})),
    "add-response-enum-value": (add_response_enum_value, frozenset({"response-enum-value-added"})),
    "edit-without-version-bump": (edit_without_version_bump, frozenset({"docs-only"})),
    "reword-descriptions-add-code-samples": (
        reword_descriptions_and_add_code_samples,
        frozenset({"docs-only"}),
    ),
}
#: the five kinds of change of a "next version" (issue 11's done-when)
NEXT_VERSION = (
    "remove-operation",
    "add-operation",
    "add-required-request-body",
    "drop-response-property",
    "add-response-enum-value",
)
ADDITIVE = ("add-operation", "add-response-enum-value")
DOCS_ONLY = ("edit-without-version-bump", "reword-descriptions-add-code-samples")


def apply(doc: Doc, names: Sequence[str], version: str | None = None) -> Doc:
    """A deep copy of ``doc`` with the named mutations (and ``info.version`` if given)."""
    result = copy.deepcopy(doc)
    for name in names:
        MUTATIONS[name][0](result)
    if version is not None:
        result["info"]["version"] = version
    return result


def bump(version: str, step: int = 1) -> str:
    """``1.0.3`` -> ``1.0.4``: the last numeric part plus ``step``."""
    head, _, last = version.rpartition(".")
    return f"{head}.{int(last) + step}" if last.isdigit() else f"{version}.{step}"


# ---------------------------------------------------------------------------- the checkout


def copy_checkout(dest: Path, source: Path = REPO_ROOT) -> Path:
    """A working copy of the repository pieces an update touches and its tests read."""
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for name in CHECKOUT:
        src = source / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore, symlinks=True)
        elif src.is_file():
            shutil.copy2(src, dest / name)
    return dest


def _env(root: Path) -> dict[str, str]:
    """The checkout's overlay/ and generated/ first on the path (they shadow the editable
    install of the original), no proxies, no ambient spec source."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.lower().endswith("_proxy") and k not in ("SINCH_NUMBERS_SPEC_SOURCE",)
    }
    env["PYTHONPATH"] = os.pathsep.join([str(root / "overlay"), str(root / "generated")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@dataclass
class UpdateRun:
    code: int
    report: dict[str, Any]
    markdown: str
    seconds: float
    stderr: str


def run_update(root: Path, spec: bytes, *args: str, timeout: float = 600) -> UpdateRun:
    """``scripts/update-spec`` of the checkout, with ``spec`` as the upstream file."""
    work = Path(tempfile.mkdtemp(prefix="rehearsal-update-"))
    try:
        source = work / "numbers.yaml"
        source.write_bytes(spec)
        report, markdown = work / "report.json", work / "report.md"
        cmd = [
            sys.executable,
            str(root / "scripts" / "update-spec"),
            "--root", str(root),
            "--source", str(source),
            "--report", str(report),
            "--markdown", str(markdown),
            "--retries", "0",
            *args,
        ]  # fmt: skip
        started = time.perf_counter()
        proc = subprocess.run(
            cmd, capture_output=True, text=True, env=_env(root), timeout=timeout, check=False
        )
        seconds = time.perf_counter() - started
        data = json.loads(report.read_text("utf-8")) if report.exists() else {}
        text = markdown.read_text("utf-8") if markdown.exists() else ""
        return UpdateRun(proc.returncode, data, text, seconds, proc.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)


@dataclass
class PytestRun:
    code: int
    passed: int
    failed: list[str]
    errors: list[str]
    seconds: float
    output: str


def _nodeid(case: ET.Element, root: Path) -> str:
    classname = case.get("classname", "")
    name = case.get("name", "")
    parts = classname.split(".")
    # pytest's junit classname: tests.sub.test_mod[.Class]; map back to a path node id
    for cut in range(len(parts), 0, -1):
        candidate = root.joinpath(*parts[:cut]).with_suffix(".py")
        if candidate.is_file():
            rest = "::".join(parts[cut:])
            rel = candidate.relative_to(root).as_posix()
            return f"{rel}::{rest + '::' if rest else ''}{name}"
    return f"{classname}::{name}"


def run_pytest(root: Path, *args: str, timeout: float = 1800) -> PytestRun:
    """pytest in the checkout (its own conftest and pyproject); failures as node ids."""
    work = Path(tempfile.mkdtemp(prefix="rehearsal-pytest-"))
    try:
        junit = work / "junit.xml"
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               f"--junitxml={junit}", *args]  # fmt: skip
        started = time.perf_counter()
        proc = subprocess.run(
            cmd, cwd=root, capture_output=True, text=True, env=_env(root), timeout=timeout,
            check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        failed, errors, passed = [], [], 0
        if junit.exists():
            for case in ET.parse(junit).getroot().iter("testcase"):
                if case.find("failure") is not None:
                    failed.append(_nodeid(case, root))
                elif case.find("error") is not None:
                    errors.append(_nodeid(case, root))
                elif case.find("skipped") is None:
                    passed += 1
        return PytestRun(proc.returncode, passed, failed, errors, seconds, proc.stdout[-6000:])
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------------ scripts/rehearse


def _say(lines: list[str], text: str = "") -> None:
    lines.append(text)
    print(text, flush=True)


def _update_line(name: str, run: UpdateRun) -> str:
    kinds = sorted({str(c["kind"]) for c in run.report.get("changes") or []})
    cassettes = run.report.get("cassettes") or {}
    return (
        f"| {name} | {run.code} | {run.seconds:.1f} s | {', '.join(kinds) or '—'} | "
        f"{(run.report.get('sandbox') or {}).get('status')} | "
        f"{cassettes.get('failed_new', '—')} new / {cassettes.get('failed_known', '—')} known | "
        f"{len(run.report.get('expected_test_failures') or [])} |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``scripts/rehearse``: the whole rehearsal, the entire test suite of each updated copy
    included; prints a Markdown summary. Exit 0 when every expectation held."""
    import argparse

    parser = argparse.ArgumentParser(prog="rehearse", description=main.__doc__)
    parser.add_argument("--keep", action="store_true", help="keep the copy (path printed)")
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="sinch-numbers-rehearsal-"))
    out: list[str] = []
    problems: list[str] = []
    try:
        root = copy_checkout(base / "repo")
        pinned = load((root / "openapi" / "numbers.yaml").read_bytes())
        start = str(pinned["info"]["version"])
        _say(out, f"# Rehearsal of spec updates from {start} ({root})")
        _say(out)
        _say(out, "| update | exit | wall time | kinds | sandbox | cassette failures | "
                  "tests predicted to fail |")  # fmt: skip
        _say(out, "|---|---|---|---|---|---|---|")
        docs = apply(pinned, list(DOCS_ONLY))
        run = run_update(copy_checkout(base / "docs-only"), dump(docs))
        _say(out, _update_line("docs-only, same version", run))
        if run.code != 0 or {c["kind"] for c in run.report["changes"]} != {"docs-only"}:
            problems.append("docs-only update not classified docs-only with exit 0")

        additive = apply(pinned, [*DOCS_ONLY, *ADDITIVE], bump(start, 1))
        run = run_update(root, dump(additive))
        _say(out, _update_line(f"additive + docs ({bump(start, 1)})", run))
        if run.code != 0:
            problems.append(f"additive update exit {run.code}")
        # the whole suite of the copy, except the in-suite rehearsal (it would rehearse again)
        skip_self = "--ignore=tests/update_spec/test_rehearsal.py"
        suite = run_pytest(root, skip_self)
        if suite.failed or suite.errors:
            problems.append(f"after the additive update {len(suite.failed)} tests failed")

        removed = [m for m in NEXT_VERSION if m not in ADDITIVE]
        following = apply(additive, removed, bump(start, 2))
        run = run_update(root, dump(following))
        _say(out, _update_line(f"next version ({bump(start, 2)})", run))
        predicted = {str(t["test"]) for t in run.report.get("expected_test_failures") or []}
        after = run_pytest(root, skip_self)
        failing = after.failed + after.errors
        unpredicted = [
            t for t in failing if t not in predicted and t.split("[")[0] not in predicted
        ]
        if run.code != 3:
            problems.append(f"next-version update exit {run.code}")
        if unpredicted:
            problems.append(f"{len(unpredicted)} failing tests the report did not name")

        later = apply(following, ["add-response-enum-value"], bump(start, 3))
        run = run_update(root, dump(later))
        _say(out, _update_line(f"later additive ({bump(start, 3)})", run))
        if run.code != 0:
            problems.append(f"later additive update exit {run.code}")
        _say(out)
        _say(out, f"Whole suite after the additive update: {_counts(suite)}.")
        _say(
            out,
            f"Whole suite after the next version: {_counts(after)}; "
            f"{len(failing) - len(unpredicted)} of them predicted ({len(predicted)} in all).",
        )
        for test in suite.failed + suite.errors:
            _say(out, f"- failed after the additive update: `{test}`")
        for test in unpredicted:
            _say(out, f"- not predicted: `{test}`")
        for problem in problems:
            _say(out, f"- **problem**: {problem}")
        return 1 if problems else 0
    finally:
        if args.keep:
            print(f"kept {base}", file=sys.stderr)
        else:
            shutil.rmtree(base, ignore_errors=True)


def _counts(run: PytestRun) -> str:
    return (
        f"{run.passed} passed, {len(run.failed)} failed, {len(run.errors)} errors "
        f"({run.seconds:.0f} s)"
    )
