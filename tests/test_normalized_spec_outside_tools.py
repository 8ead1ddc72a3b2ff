"""``generated/numbers.normalized.yaml`` is a base other languages' generators can trust.

Checked with tools that are not ours and run offline: openapi-spec-validator accepts it, and
datamodel-code-generator (pydantic v2 models, as another team would generate them) keeps the
order-option rule of ``CreateNumberOrderRequest``: exactly one of ``numberOrderOption`` and
``quantityOrderOption``. Before the portable view (issue 11) the file carried the rule only as
``x-exactly-one-of``, which every outside tool ignores: both options came out optional.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
NORMALIZED = ROOT / "generated" / "numbers.normalized.yaml"
CODEGEN = Path(sys.executable).parent / "datamodel-codegen"

BASE = {"regionCode": "US", "numberType": "LOCAL"}
NUMBER = {"numberOrderOption": {"phoneNumbers": ["+12025550134"]}}
QUANTITY = {"quantityOrderOption": {"requestedQuantity": 2}}


def test_openapi_spec_validator_accepts_it() -> None:
    validate(yaml.safe_load(NORMALIZED.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def pydantic_models(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("datamodel") / "numbers_models.py"
    proc = subprocess.run(
        [
            str(CODEGEN),
            "--input", str(NORMALIZED),
            "--input-file-type", "openapi",
            "--output-model-type", "pydantic_v2.BaseModel",
            "--extra-fields", "forbid",  # a strict reader: unknown members are errors
            "--formatters", "builtin",
            "--output", str(out),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    spec = importlib.util.spec_from_file_location("numbers_models", out)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["numbers_models"] = module
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop("numbers_models", None)
    return module


def _valid(models: ModuleType, body: dict[str, Any]) -> bool:
    import pydantic

    try:
        models.CreateNumberOrderRequest.model_validate(body)
    except pydantic.ValidationError:
        return False
    return True


def test_datamodel_code_generator_keeps_the_order_option_rule(pydantic_models: ModuleType) -> None:
    assert _valid(pydantic_models, {**BASE, **NUMBER})
    assert _valid(pydantic_models, {**BASE, **QUANTITY})
    assert not _valid(pydantic_models, dict(BASE)), "an order without an option was accepted"
    assert not _valid(pydantic_models, {**BASE, **NUMBER, **QUANTITY}), "both options accepted"
    assert not _valid(pydantic_models, {**NUMBER}), "the base's required fields were lost"


def test_datamodel_code_generator_sees_the_titles(pydantic_models: ModuleType) -> None:
    """Titles stay where upstream has them (tools use them for docs and names)."""
    source = Path(pydantic_models.__file__ or "").read_text(encoding="utf-8")
    assert "title='Region Code'" in source or 'title="Region Code"' in source
