"""Which tests will a spec update break, and why: a static prediction for the report.

A reviewer of a spec-update pull request wants to know, before CI finishes, which red tests
are the update's expected consequence. This module reads the test suite with :mod:`ast`
(never importing it) and matches each test, including the fixtures and module-level helpers
it uses, against what the update changed:

- an operation the spec no longer has (or whose operationId or tag was renamed): tests that
  name its operationId, call its facade method (``client.<resource>.<method>``), use its
  generated module, or request its path (``"/availableNumbers:rentAny"``);
- an operation whose request became stricter (a new required body, argument or property):
  tests that call it;
- a response property removed or retyped: tests that read the attribute (``.display_name``);
- a component schema removed or renamed: tests that use the class (a module that imports it
  at the top fails to collect, so all of its tests);
- the cassette replay: each cassette case and matrix entry whose cassette has an undeclared
  finding, with the finding as the reason (a member no longer modelled only when the case
  reads that attribute).

Facade resources extended by handwritten code (``resource_overrides`` in generator/facade.yaml,
e.g. the KYC workflow on ``number_orders``) propagate: if that code names an affected
method, tests that use the extension are predicted too. The prediction is conservative (a
test may survive a change it touches) but a test not listed is not expected to fail.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from specpipe.pynames import Naming

__all__ = ["Affected", "TestRefs", "index_tests", "matrix_label", "predict"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PROJECT_PREFIX = re.compile(r"^/v1/projects/\{[^}]+\}")
#: request-side breaking kinds: existing calls of the operation stop working
_STRICTER = {
    "request-body-added-required": "now requires a request body",
    "request-body-made-required": "now requires its request body",
    "parameter-added-required": "gains a required argument",
    "parameter-made-required": "makes an argument required",
    "parameter-removed": "loses an argument",
    "request-body-removed": "no longer takes a request body",
    "request-media-type-removed": "no longer sends a content type",
}
_RESPONSE_ATTRIBUTE = {
    "response-property-removed": "no longer has",
    "response-type-changed": "changes the type of",
    "response-made-nullable": "makes nullable",
    "response-property-made-optional": "makes optional",
}


@dataclass
class TestRefs:
    """What one test (with its fixtures and helpers) refers to."""

    strings: set[str] = field(default_factory=set)
    chains: set[tuple[str, str]] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    #: modules imported by the test's module at the top (collection time)
    module_imports: set[str] = field(default_factory=set)
    #: parametrized over the spec's operations (ids are operationIds)
    per_operation: bool = False


@dataclass
class Affected:
    """One reason tests fail, and what a test must touch to be affected by it."""

    reason: str
    strings: set[str] = field(default_factory=set)
    path_tails: set[str] = field(default_factory=set)
    chains: set[tuple[str, str]] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    modules: set[str] = field(default_factory=set)
    #: (module, attribute): affected only when both are used (a handwritten extension of a
    #: resource, e.g. ``sinch_numbers.orders``, and the method of it that calls the operation)
    through: tuple[str, str] | None = None
    #: (string, name): affected when the test has the string and uses the name (a wire
    #: property of a removed member together with its class)
    together: tuple[str, str] | None = None
    #: the operationId, for tests parametrized over the operations (``test_x[<operationId>]``)
    operation: str | None = None

    def matches(self, refs: TestRefs) -> bool:
        if self.together is not None:
            text, name = self.together
            return text in refs.strings and (name in refs.names or name in refs.attributes)
        if self.through is not None:
            module, attribute = self.through
            imported = any(i == module or i.startswith(module + ".") for i in refs.module_imports)
            return imported and attribute in refs.attributes
        if self.strings & refs.strings or self.chains & refs.chains:
            return True
        if self.attributes & refs.attributes or self.names & refs.names:
            return True
        if any(m == i or i.startswith(m + ".") for m in self.modules for i in refs.module_imports):
            return True
        return any(_path_match(tail, s) for tail in self.path_tails for s in refs.strings)


def _path_match(tail: str, text: str) -> bool:
    if "/" not in text:
        return False
    pattern = re.escape(tail).replace(r"\{\}", "[^/?]+") + r"(\?.*)?$"
    return re.search(pattern, text) is not None


def path_tail(template: str) -> str:
    """``/v1/projects/{projectId}/numberOrders/{id}/submit`` -> ``/numberOrders/{}/submit``."""
    return re.sub(r"\{[^}]*\}", "{}", _PROJECT_PREFIX.sub("", template))


# -------------------------------------------------------------------------- the test index


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    defs: dict[str, ast.AST]
    imports: dict[str, tuple[Path, str]]  # local name -> (module file, name there)
    top_imports: set[str]


def _module_file(tests: Path, here: Path, module: str | None, level: int) -> Path | None:
    parts = (module or "").split(".") if module else []
    base = here.parent
    for _ in range(max(0, level - 1)):
        base = base.parent
    root = base if level else tests
    candidate = root.joinpath(*parts)
    for option in (candidate.with_suffix(".py"), candidate / "__init__.py"):
        if option.is_file():
            return option
    return None


def _parse(tests: Path, path: Path) -> _Module | None:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None
    defs: dict[str, ast.AST] = {}
    imports: dict[str, tuple[Path, str]] = {}
    top: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defs[node.name] = node
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        defs[name.id] = node
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            top.add(mod)
            top.update(f"{mod}.{a.name}" for a in node.names)
            source = _module_file(tests, path, node.module, node.level)
            if source is not None:
                for alias in node.names:
                    imports[alias.asname or alias.name] = (source, alias.name)
        elif isinstance(node, ast.Import):
            top.update(a.name for a in node.names)
    return _Module(path, tree, defs, imports, top)


class _Index:
    def __init__(self, tests: Path) -> None:
        self.tests = tests
        self.modules: dict[Path, _Module | None] = {}
        self._own: dict[int, tuple[TestRefs, set[str], set[str]]] = {}

    def module(self, path: Path) -> _Module | None:
        if path not in self.modules:
            self.modules[path] = _parse(self.tests, path)
        return self.modules[path]

    def fixtures(self, test_file: Path) -> dict[str, tuple[_Module, ast.AST]]:
        """Fixture name -> definition, from the conftest.py files up to tests/ and the module."""
        found: dict[str, tuple[_Module, ast.AST]] = {}
        chain = [test_file.parent, *test_file.parent.parents]
        for directory in reversed([d for d in chain if d == self.tests or self.tests in d.parents]):
            conftest = self.module(directory / "conftest.py")
            if conftest is not None:
                for name, node in conftest.defs.items():
                    if _is_fixture(node):
                        found[name] = (conftest, node)
        own = self.module(test_file)
        if own is not None:
            for name, node in own.defs.items():
                if _is_fixture(node):
                    found[name] = (own, node)
        return found

    def own(self, node: ast.AST) -> tuple[TestRefs, set[str], set[str]]:
        """(refs of the node itself, names it uses, argument names), computed once per node."""
        key = id(node)
        if key not in self._own:
            refs = TestRefs()
            names: set[str] = set()
            args: set[str] = set()
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = {a.arg for a in node.args.args + node.args.kwonlyargs}
            for sub in ast.walk(node):
                _collect(sub, refs)
                if isinstance(sub, ast.Name):
                    names.add(sub.id)
            self._own[key] = (refs, names, args)
        return self._own[key]

    def refs(self, module: _Module, node: ast.AST, fixtures: Mapping[str, Any]) -> TestRefs:
        refs = TestRefs(module_imports=set(module.top_imports))
        seen: set[int] = set()
        todo: list[tuple[_Module, ast.AST]] = [(module, node)]
        while todo:
            mod, current = todo.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            own, names, args = self.own(current)
            refs.strings |= own.strings
            refs.chains |= own.chains
            refs.attributes |= own.attributes
            refs.names |= own.names
            todo += [fixtures[a] for a in args if a in fixtures]
            for name in names:
                if name in mod.defs:
                    todo.append((mod, mod.defs[name]))
                elif name in mod.imports:
                    source, target = mod.imports[name]
                    other = self.module(source)
                    if other is not None and target in other.defs:
                        todo.append((other, other.defs[target]))
        return refs


def _is_fixture(node: ast.AST) -> bool:
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr == "fixture":
            return True
    return False


def _fstring(node: ast.JoinedStr) -> str:
    return "".join(
        str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
    )


def _collect(node: ast.AST, refs: TestRefs) -> None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        refs.strings.add(node.value)
    elif isinstance(node, ast.JoinedStr):
        refs.strings.add(_fstring(node))
    elif isinstance(node, ast.Attribute):
        refs.attributes.add(node.attr)
        inner = node.value
        if isinstance(inner, ast.Attribute):
            refs.chains.add((inner.attr, node.attr))
        elif isinstance(inner, ast.Name):
            refs.chains.add((inner.id, node.attr))
    elif isinstance(node, ast.Name):
        refs.names.add(node.id)


#: names of collections of operations a test may be parametrized over
_OPERATION_COLLECTIONS = frozenset({"SPEC_OPERATIONS", "OPERATIONS", "OPERATION_IDS"})


def _per_operation(node: ast.AST) -> bool:
    """``@pytest.mark.parametrize("op_id", sorted(SPEC_OPERATIONS))`` and the like."""
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    for decorator in node.decorator_list:
        if isinstance(decorator, ast.Call) and "parametrize" in ast.unparse(decorator.func):
            values = decorator.args[1] if len(decorator.args) > 1 else None
            found = ast.walk(values) if values is not None else iter(())
            names = {n.id for n in found if isinstance(n, ast.Name)}
            if names & _OPERATION_COLLECTIONS:
                return True
    return False


def _file_refs(index: _Index, module_path: Path, refs: TestRefs) -> None:
    """A test that runs or type-checks another file (``examples/quickstart.py``,
    ``typing_sample.py``) depends on what that file uses."""
    root = index.tests.parent
    for text in list(refs.strings):
        if not text.endswith(".py"):
            continue
        name = Path(text).name
        for candidate in (module_path.parent / name, root / "examples" / name):
            if candidate.is_file() and candidate != module_path:
                other = index.module(candidate)
                if other is not None:
                    for sub in ast.walk(other.tree):
                        _collect(sub, refs)


def _test_items(module: _Module) -> Iterator[tuple[str, ast.AST]]:
    for node in module.tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if node.name.startswith("test"):
                yield node.name, node
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and (
                    item.name.startswith("test")
                ):
                    yield f"{node.name}::{item.name}", item


def index_tests(root: Path) -> dict[str, TestRefs]:
    """``tests/x/test_y.py::test_z`` -> what it refers to, for every test of ``root/tests``."""
    tests = Path(root) / "tests"
    index = _Index(tests)
    found: dict[str, TestRefs] = {}
    for path in sorted(tests.rglob("test_*.py")):
        if "recorded" in path.parts:
            continue
        module = index.module(path)
        if module is None:
            continue
        fixtures = index.fixtures(path)
        rel = path.relative_to(root).as_posix()
        for name, node in _test_items(module):
            refs = index.refs(module, node, fixtures)
            refs.per_operation = _per_operation(node)
            _file_refs(index, path, refs)
            found[f"{rel}::{name}"] = refs
    return found


# ---------------------------------------------------------------------------- the prediction


def _operations(doc: Mapping[str, Any]) -> dict[str, tuple[str, str, str]]:
    """operationId -> (METHOD, path template, first tag)."""
    found = {}
    for template, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if isinstance(op, Mapping) and op.get("operationId"):
                tag = str((op.get("tags") or ["default"])[0])
                found[str(op["operationId"])] = (method.upper(), str(template), tag)
    return found


def _by_location(doc: Mapping[str, Any]) -> dict[str, str]:
    """``METHOD /path`` -> operationId."""
    return {f"{m} {p}": op_id for op_id, (m, p, _t) in _operations(doc).items()}


def matrix_label(lock: Mapping[str, Mapping[str, Any]], sha: str) -> str | None:
    """The label tests/cassettes/test_matrix.py gives the pinned file with ``sha``: its
    version, plus the sha256 prefix when two pinned files share a version."""
    versions = [str(entry.get("version")) for entry in lock.values()]
    for entry in lock.values():
        if entry.get("sha256") == sha:
            version = str(entry.get("version"))
            return version if versions.count(version) == 1 else f"{version}-{sha[:8]}"
    return None


def _overrides(root: Path) -> dict[str, list[tuple[str, list[Path]]]]:
    """resource -> (module, its files) of the handwritten code extending it
    (``resource_overrides`` in generator/facade.yaml)."""
    try:
        config = yaml.safe_load((root / "generator" / "facade.yaml").read_text("utf-8")) or {}
    except OSError:
        return {}
    found: dict[str, list[tuple[str, list[Path]]]] = {}
    for resource, entry in (config.get("resource_overrides") or {}).items():
        modules = sorted({str(target).partition(":")[0] for target in (entry or {}).values()})
        for module in modules:
            base = root / "overlay" / Path(*module.split("."))
            files = sorted(base.rglob("*.py")) if base.is_dir() else [base.with_suffix(".py")]
            found.setdefault(str(resource), []).append((module, [f for f in files if f.is_file()]))
    return found


def _mentions(files: Iterable[Path], method: str) -> bool:
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value == method:
                return True
            if isinstance(node, ast.Attribute) and node.attr == method:
                return True
    return False


def _operation_affected(
    op_id: str,
    location: tuple[str, str, str],
    facade: Mapping[str, tuple[str, str]],
    naming: Naming,
    reason: str,
    overrides: Mapping[str, list[tuple[str, list[Path]]]],
) -> list[Affected]:
    _method, template, _tag = location
    direct = Affected(
        reason,
        strings={op_id},
        path_tails={path_tail(template)},
        names={naming.identifier(op_id)},
        operation=op_id,
    )
    affected = [direct]
    if op_id in facade:
        resource, name = facade[op_id]
        direct.chains.add((resource, name))
        for module, files in overrides.get(resource) or []:
            if _mentions(files, name):
                affected.append(
                    Affected(
                        f"{reason} (through {module}, whose `{name}()` calls {resource}.{name})",
                        through=(module, name),
                    )
                )
    return affected


def predict(
    root: Path,
    changes: Sequence[Mapping[str, Any]],
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old_facade: Mapping[str, tuple[str, str]],
    new_facade: Mapping[str, tuple[str, str]],
    cassettes: Mapping[str, Any] | None = None,
    matrix: str | None = None,
    naming: Naming | None = None,
) -> list[dict[str, str]]:
    """``[{"test": node id, "reason": why}]`` for the tests this update is expected to break."""
    naming = naming or Naming()
    root = Path(root)
    old_ops, new_ops = _operations(old_doc), _operations(new_doc)
    old_at, new_at = _by_location(old_doc), _by_location(new_doc)
    overrides = _overrides(root)
    affected: list[Affected] = []
    for change in changes:
        if change.get("severity") != "breaking":
            continue
        kind, location = str(change.get("kind")), str(change.get("location"))
        where = " ".join(location.split(" ")[:2])
        if kind in ("operation-removed", "operation-id-renamed", "tag-renamed"):
            op_id = old_at.get(where)
            if op_id is None:
                continue
            facade = old_facade.get(op_id)
            call = f" (client.{'.'.join(facade)})" if facade else ""
            what = {
                "operation-removed": "which the spec no longer has",
                "operation-id-renamed": "whose operationId was renamed",
                "tag-renamed": "whose generated module moved to another tag",
            }[kind]
            affected += _operation_affected(
                op_id, old_ops[op_id], old_facade, naming, f"uses {op_id}{call}, {what}", overrides
            )
        elif kind in _STRICTER:
            op_id = new_at.get(where)
            if op_id is None:
                continue
            facade = new_facade.get(op_id)
            call = f" (client.{'.'.join(facade)})" if facade else ""
            affected += _operation_affected(
                op_id,
                new_ops[op_id],
                new_facade,
                naming,
                f"calls {op_id}{call}, which {_STRICTER[kind]}",
                overrides,
            )
        elif kind in _RESPONSE_ATTRIBUTE and ".properties." in location:
            schema, _, prop = location.removeprefix("components.schemas.").partition(".properties.")
            prop = prop.split(".")[0]
            attr = naming.identifier(prop)
            why = f"{_RESPONSE_ATTRIBUTE[kind]} {schema}.{prop}"
            affected.append(Affected(f"reads `.{attr}`; {why}", attributes={attr}))
            affected.append(
                Affected(
                    f"builds {naming.class_name(schema)} data with `{prop}`; {why}",
                    together=(prop, naming.class_name(schema)),
                )
            )
        elif kind in ("schema-removed", "schema-renamed"):
            schema = location.removeprefix("components.schemas.")
            detail = str(change.get("detail"))
            old_key = re.findall(r"`([^`]+)`", detail)
            key = old_key[0] if kind == "schema-renamed" and old_key else schema
            cls = naming.class_name(key)
            affected.append(
                Affected(
                    f"uses the generated class {cls}, which is {kind.split('-')[1]}",
                    names={cls},
                    modules={f"sinch_numbers_api.models.{naming.identifier(cls)}"},
                )
            )
    refs = index_tests(root)
    predicted: dict[str, list[str]] = {}
    for test, test_refs in refs.items():
        for item in affected:
            if item.matches(test_refs):
                predicted.setdefault(test, []).append(item.reason)
            elif test_refs.per_operation and item.operation and item.operation in new_ops:
                predicted.setdefault(f"{test}[{item.operation}]", []).append(item.reason)
    for test, reason in _cassette_predictions(refs, cassettes or {}, matrix):
        predicted.setdefault(test, []).append(reason)
    return [
        {"test": test, "reason": "; ".join(dict.fromkeys(reasons))}
        for test, reasons in sorted(predicted.items())
    ]


def _finding_reason(finding: Mapping[str, Any]) -> str:
    role = str(finding.get("role"))
    op = finding.get("operation")
    change = finding.get("change") or finding.get("kind")
    if role == "under-test":
        return f"{op}: {change}: {finding.get('detail')}"
    return f"{role} needs {op} ({change})"


def _cassette_predictions(
    refs: Mapping[str, TestRefs], cassettes: Mapping[str, Any], matrix: str | None
) -> Iterator[tuple[str, str]]:
    findings = [*cassettes.get("findings", [])]
    by_cassette: dict[str, list[Mapping[str, Any]]] = {}
    for finding in findings:
        by_cassette.setdefault(str(finding.get("cassette")), []).append(finding)
    for cassette, items in sorted(by_cassette.items()):
        reason = f"cassette {cassette}: " + "; ".join(
            dict.fromkeys(_finding_reason(f) for f in items)
        )
        if matrix:
            yield (
                f"tests/cassettes/test_matrix.py::test_cassette_replays_as_declared"
                f"[{matrix}-{cassette}]",
                reason,
            )
        case = f"tests/cassettes/test_cases.py::test_{cassette}"
        case_refs = refs.get(case)
        certain = any(f.get("change") not in ("unmodelled-field", "type-changed") for f in items)
        reads = case_refs is not None and any(
            _attribute_of(f) in case_refs.attributes for f in items
        )
        if case_refs is not None and (certain or reads):
            yield case, reason
    for test, test_refs in sorted(refs.items()):
        named = sorted(set(by_cassette) & test_refs.strings)
        if named and not test.startswith("tests/cassettes/test_cases.py::"):
            yield test, "uses cassette(s) that replay differently now: " + ", ".join(named)
    if any(_missing(f) for f in findings):
        yield (
            "tests/cassettes/test_cassette_files.py::"
            "test_every_recorded_call_is_an_operation_of_the_pinned_spec",
            "cassettes call operations the spec no longer has: "
            + ", ".join(sorted({str(f["operation"]) for f in findings if _missing(f)})),
        )
    for stale in cassettes.get("stale_declarations") or []:
        if matrix:
            yield (
                f"tests/cassettes/test_matrix.py::test_declared_difference_still_differs"
                f"[{matrix}-{stale.get('key')}-{stale.get('kind')}]",
                "expected_differences.yaml declares a difference that no longer happens",
            )


def _attribute_of(finding: Mapping[str, Any]) -> str:
    """``$.activeNumbers[0].displayName: ...`` -> ``display_name``."""
    where = str(finding.get("detail")).split(":")[0].split(",")[0]
    last = re.sub(r"\[\d+\]", "", where).split(".")[-1]
    return Naming().identifier(last) if last and last != "$" else ""


def _missing(finding: Mapping[str, Any]) -> bool:
    return finding.get("change") == "operation-missing"
