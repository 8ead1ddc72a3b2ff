"""Every Python snippet of README.md and docs/ runs, against a sandbox, as a reader would.

Pages are found by themselves (README.md and every docs/**/*.md), so a new page is covered
as soon as it exists. The snippets of one page run in order in one namespace; comments
steer them (see ``snippets.py``): a skip needs a reason, a setup supplies what a fragment
assumes, a pytest block runs as a test file through the sinch-numbers pytest plugin.

The reader's credentials (``"..."``, or the environment) and the client's default URLs lead
to one sandbox, so ``NumbersClient(project_id="...", ...)`` works as written.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sinch_numbers import AsyncNumbersClient, NumbersClient
from sinch_numbers.sandbox import Sandbox
from sinch_numbers.testing.fixtures import TEST_SETTINGS

from .snippets import Snippet, SnippetSyntaxError, parse

pytest_plugins = ["pytester"]  # for the pytest-file snippets

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = "..."  # what the docs write for a project id, key id and key secret
CALLBACK_SECRET = "docs-callback-secret-0123456789abcdef"  # the hmacSecret format
SANDBOX_NAME = "_sandbox"  # the docs' sandbox, for setup comments (faults, rented numbers)


def pages() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


PAGES = [page for page in pages() if parse(page)]


@pytest.fixture(scope="module")
def docs_sandbox() -> Iterator[Sandbox]:
    # Reviews end at once: an order's wait(poll_interval=300) returns at its first poll.
    settings = {**TEST_SETTINGS, "review_delay": 0.0}
    with Sandbox(
        project_id=PLACEHOLDER, key_id=PLACEHOLDER, key_secret=PLACEHOLDER, **settings
    ) as sb:
        yield sb


@pytest.fixture
def reader(docs_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Sandbox:
    """A reader's machine: credentials in the environment, the API is the sandbox."""
    docs_sandbox.reset()
    monkeypatch.setenv("SINCH_PROJECT_ID", PLACEHOLDER)
    monkeypatch.setenv("SINCH_KEY_ID", PLACEHOLDER)
    monkeypatch.setenv("SINCH_KEY_SECRET", PLACEHOLDER)
    monkeypatch.setenv("SINCH_CALLBACK_SECRET", CALLBACK_SECRET)
    monkeypatch.delenv("SINCH_NUMBERS_LOG", raising=False)
    for cls in (NumbersClient, AsyncNumbersClient):
        defaults = cls.__init__.__kwdefaults__
        assert defaults and {"base_url", "auth_url"} <= defaults.keys(), (
            f"{cls.__name__}: base_url/auth_url are no longer keyword defaults; "
            "point the docs snippets at the sandbox another way"
        )
        monkeypatch.setitem(defaults, "base_url", docs_sandbox.base_url)
        monkeypatch.setitem(defaults, "auth_url", docs_sandbox.auth_url)
    monkeypatch.chdir(tmp_path)  # files a snippet writes land here
    return docs_sandbox


def run(code: str, line: int, path: Path, namespace: dict[str, Any]) -> None:
    """Run ``code`` as if it stood at ``path:line`` (tracebacks point into the page)."""
    source = "\n" * (line - 1) + code
    compiled = compile(source, str(path), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    if compiled.co_flags & inspect.CO_COROUTINE:
        asyncio.run(eval(compiled, namespace))
    else:
        exec(compiled, namespace)


def run_pytest_file(snippet: Snippet, request: pytest.FixtureRequest) -> None:
    pytester: pytest.Pytester = request.getfixturevalue("pytester")
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(**{"test_snippet": snippet.code})
    # Without this repo's own dev plugins (hypothesis, vcr): a user's run needs neither.
    quiet = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:recording")
    result = pytester.runpytest_inprocess(*quiet, "-q")
    outcomes = result.parseoutcomes()
    assert result.ret == 0 and outcomes.get("passed", 0) > 0, (
        f"the test file at {snippet.where} fails:\n" + "\n".join(result.outlines[-30:])
    )


@pytest.mark.parametrize("page", PAGES, ids=_rel)
def test_snippets_run(page: Path, reader: Sandbox, request: pytest.FixtureRequest) -> None:
    namespace: dict[str, Any] = {"__name__": "__snippet__", SANDBOX_NAME: reader}
    for snippet in parse(page):
        if snippet.kind == "skip":
            continue
        try:
            if snippet.kind == "pytest":
                run_pytest_file(snippet, request)
                continue
            if snippet.setup:
                run(snippet.setup, snippet.setup_line, page, namespace)
            run(snippet.code, snippet.line, page, namespace)
        except BaseException as exc:
            exc.add_note(f"in the snippet at {_rel(page)}:{snippet.line}")
            raise


# -- the collector itself ------------------------------------------------------------


def test_every_page_parses() -> None:
    found = {_rel(page): len(parse(page)) for page in pages()}
    assert found["README.md"] >= 2
    assert sum(found.values()) >= 30, found


def test_skip_needs_a_reason(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    with pytest.raises(SnippetSyntaxError, match="needs a reason"):
        parse(page, "<!-- snippet: skip -->\n```python\nboom()\n```\n")
    (snippet,) = parse(page, "<!-- snippet: skip needs a browser -->\n```python\nboom()\n```\n")
    assert (snippet.kind, snippet.reason) == ("skip", "needs a browser")


def test_setup_and_line_numbers(tmp_path: Path) -> None:
    text = "# T\n\n<!-- snippet: setup\nx = 41\n-->\n```python\ny = x + 1\n```\n\n```py\nz\n```\n"
    first, second = parse(tmp_path / "p.md", text)
    assert (first.setup, first.setup_line, first.line, first.code) == ("x = 41", 4, 7, "y = x + 1")
    assert (second.setup, second.line, second.code) == ("", 11, "z")
    namespace: dict[str, Any] = {}
    run(first.setup, first.setup_line, tmp_path / "p.md", namespace)
    run(first.code, first.line, tmp_path / "p.md", namespace)
    assert namespace["y"] == 42
    with pytest.raises(NameError) as info:
        run(second.code, second.line, tmp_path / "p.md", {})
    assert info.traceback[-1].lineno + 1 == 11  # the page's line, for the reader


def test_a_comment_must_precede_a_python_block(tmp_path: Path) -> None:
    with pytest.raises(SnippetSyntaxError, match="followed by a code block"):
        parse(tmp_path / "p.md", "<!-- snippet: skip why -->\nsome text\n```python\nx\n```\n")
    with pytest.raises(SnippetSyntaxError, match="python blocks only"):
        parse(tmp_path / "p.md", "<!-- snippet: skip why -->\n```sh\nls\n```\n")
    with pytest.raises(SnippetSyntaxError, match="unknown snippet directive"):
        parse(tmp_path / "p.md", "<!-- snippet: maybe -->\n```python\nx\n```\n")


def test_top_level_await_runs(tmp_path: Path) -> None:
    namespace: dict[str, Any] = {"asyncio": asyncio}
    run("await asyncio.sleep(0)\ndone = True", 1, tmp_path / "p.md", namespace)
    assert namespace["done"] is True
