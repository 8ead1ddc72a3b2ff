"""The committed ``generated/`` is exactly what ``scripts/regenerate`` produces, every time.

The drift check: regenerate into temporary directories (``scripts/regenerate --output
<tmp>/generated``, ~1.5 s each) and compare file lists and bytes with the committed tree and
with each other. Also checks the provenance the tree carries: per-file
header, ``GENERATED.json`` hashes and versions, the shipped copy of the upstream spec, and that
the normalized spec is valid OpenAPI. The temporary directories are bare, as in ``.ci/run``:
regenerate runs ruff with the repo's ``pyproject.toml`` wherever the output goes.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from .conftest import GENERATED, NORMALIZED_PATH, ROOT, SPEC_PATH

from regenerated import regenerated  # isort: skip  (tests/ is on sys.path)

sys.path.insert(0, str(ROOT / "generator"))
import regenerate
from pinned import OPERATION_IDS, PIN_VERSION

HEADER_PREFIX = "# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1"
PACKAGE = GENERATED / "sinch_numbers_api"


def _tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative POSIX path -> bytes), bytecode caches excluded."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _diff(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(name for name in set(expected) & set(actual) if expected[name] != actual[name])
    return f"missing={missing} extra={extra} changed={changed}"


@pytest.fixture(scope="module")
def regenerations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """Two regenerations with different hash seeds, so set ordering cannot hide (shared with
    the other tests that need a fresh tree: see ``tests/regenerated.py``)."""
    return {
        name: _tree(regenerated(tmp_path_factory, SPEC_PATH, hash_seed=seed) / "generated")
        for name, seed in (("first", "1"), ("second", "4242"))
    }


def test_committed_tree_matches_a_fresh_regeneration(
    regenerations: dict[str, dict[str, bytes]],
) -> None:
    committed = _tree(GENERATED)
    assert len(committed) > 100  # the package, not an empty or half-written directory
    assert "sinch_numbers_api/models/__init__.py" in committed
    assert regenerations["first"] == committed, (
        "generated/ is stale or edited by hand; run scripts/regenerate and commit: "
        + _diff(committed, regenerations["first"])
    )


def test_regeneration_is_deterministic(regenerations: dict[str, dict[str, bytes]]) -> None:
    assert regenerations["first"] == regenerations["second"], _diff(
        regenerations["first"], regenerations["second"]
    )


def test_every_python_file_has_the_header() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 100
    for path in files:
        first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first_line.startswith(HEADER_PREFIX), path


def test_manifest_records_spec_hash_and_generator() -> None:
    manifest = json.loads((GENERATED / "GENERATED.json").read_text(encoding="utf-8"))
    spec_bytes = SPEC_PATH.read_bytes()
    assert manifest["spec"] == "openapi/numbers.yaml"
    assert manifest["spec_sha256"] == hashlib.sha256(spec_bytes).hexdigest()
    assert manifest["normalized_sha256"] == hashlib.sha256(NORMALIZED_PATH.read_bytes()).hexdigest()
    assert manifest["generator"] == "openapi-python-client 0.29.1"
    assert manifest["spec_version"] == PIN_VERSION == yaml.safe_load(spec_bytes)["info"]["version"]
    assert manifest["operations"] == len(OPERATION_IDS) > 0
    assert manifest["package"] == "sinch_numbers_api"


def test_installed_generator_is_the_pinned_one() -> None:
    from importlib.metadata import version

    assert version("openapi-python-client") == "0.29.1"


def test_shipped_spec_is_the_upstream_bytes() -> None:
    """The pin as served (minus other SDKs' x-codeSamples, when the pin has them)."""
    shipped = (PACKAGE / "openapi.yaml").read_bytes()
    assert shipped == regenerate.packaged_spec(SPEC_PATH.read_bytes())
    assert b"x-codeSamples" not in shipped


def test_normalized_spec_is_valid_openapi() -> None:
    validate(yaml.safe_load(NORMALIZED_PATH.read_text(encoding="utf-8")))
