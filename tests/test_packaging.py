"""Release-grade packaging: one version everywhere, the license and metadata in the built
distributions, no caches or venvs in the sdist, and one docs URL."""

from __future__ import annotations

import importlib.metadata
import re
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
import sinch_numbers_api
import yaml
from hatchling.builders.sdist import SdistBuilder
from hatchling.builders.wheel import WheelBuilder

import sinch_numbers
from sinch_numbers._project import DOCS_URL

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist and wheel, built from this tree (a dirty one: tests leave caches behind)."""
    out = tmp_path_factory.mktemp("dist")
    (sdist,) = SdistBuilder(str(ROOT)).build(directory=str(out))
    (wheel,) = WheelBuilder(str(ROOT)).build(directory=str(out))
    return Path(sdist), Path(wheel)


def test_one_version() -> None:
    written = re.findall(
        r'^__version__ = "([^"]+)"$',
        (ROOT / "overlay/sinch_numbers/_version.py").read_text("utf-8"),
        re.MULTILINE,
    )
    assert written == [sinch_numbers.__version__]
    assert sinch_numbers_api.__version__ == sinch_numbers.__version__
    assert importlib.metadata.version("sinch-numbers") == sinch_numbers.__version__
    assert "version" in PYPROJECT["project"]["dynamic"]


def test_the_changelog_has_an_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert re.search(
        rf"^## \[{re.escape(sinch_numbers.__version__)}\] - \d{{4}}-\d\d-\d\d$",
        changelog,
        re.MULTILINE,
    )


def test_one_docs_url() -> None:
    urls = PYPROJECT["project"]["urls"]
    assert set(urls) == {"Documentation", "Source", "Changelog", "Issues"}
    assert urls["Documentation"] == DOCS_URL
    mkdocs = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.SafeLoader)
    assert mkdocs["site_url"] == DOCS_URL
    assert mkdocs["repo_url"] == urls["Source"]


def test_wheel_metadata_license_and_entry_points(built: tuple[Path, Path]) -> None:
    _, wheel = built
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = f"sinch_numbers-{sinch_numbers.__version__}.dist-info"
        metadata = Parser().parsestr(archive.read(f"{info}/METADATA").decode())
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
        license_text = archive.read(f"{info}/licenses/LICENSE").decode()
    assert metadata["License-Expression"] == "MIT"
    assert license_text.startswith("MIT License")
    assert metadata["Version"] == sinch_numbers.__version__
    assert metadata["Author"] or metadata["Author-email"]
    assert "Programming Language :: Python :: 3.13" in metadata.get_all("Classifier")
    assert "Typing :: Typed" in metadata.get_all("Classifier")
    assert metadata["Keywords"]
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL"))
    assert urls["Documentation"] == DOCS_URL
    assert "sinch_numbers = _sinch_numbers_pytest" in entry_points
    assert "sinch-numbers-sandbox = sinch_numbers._sandbox_cli:main" in entry_points
    packages = {name.split("/")[0] for name in names}
    assert packages == {"sinch_numbers", "sinch_numbers_api", "_sinch_numbers_pytest.py", info}
    assert "sinch_numbers/py.typed" in names and "sinch_numbers_api/py.typed" in names


def test_sdist_has_the_license_and_no_caches_or_venvs(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    assert "LICENSE" in names and "CHANGELOG.md" in names and "pyproject.toml" in names
    unwanted = re.compile(
        r"(^|/)(\.venv|venv|\.hypothesis|\.pytest_cache|\.mypy_cache|\.ruff_cache|__pycache__"
        r"|build|dist|site)(/|$)|\.pyc$"
    )
    assert [name for name in names if unwanted.search(name)] == []
