"""The pytest plugin as a user meets it: pytester runs test files that use only its fixtures."""

from __future__ import annotations

import sys
import textwrap

import pytest

# Imported here, not first inside a pytester run: in-process runs drop the modules they
# imported, and a second import of the sandbox's YAML loading would not be the same.
import sinch_numbers.sandbox
import sinch_numbers.testing.fixtures  # noqa: F401
from sinch_numbers._project import SANDBOX_INSTALL

from missing_extra import env_without_sandbox_extra  # isort: skip  (tests/ is on sys.path)

pytest_plugins = ["pytester"]

INI = "[pytest]\nasyncio_default_fixture_loop_scope = function\n"


@pytest.fixture
def user(pytester: pytest.Pytester) -> pytest.Pytester:
    """A user's project: no conftest of ours, only an ini for pytest-asyncio's warning."""
    pytester.makeini(INI)
    return pytester


#: Plugins of this repo's dev tools that a user's run does not need (hypothesis alone costs
#: an import of itself per in-process session: pytester forgets modules a run imported).
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:recording")


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess(*QUIET, "-q", *args)


def test_a_users_test_file_with_only_the_fixtures(user: pytest.Pytester) -> None:
    user.makepyfile(
        test_numbers="""
        import pytest
        from sinch_numbers import OutcomeUnknownError

        def test_buy(sinch_client, sinch_sandbox):
            found = sinch_client.available_numbers.search(region_code="US", type="LOCAL", size=1)
            number = found.available_numbers[0].phone_number
            sinch_client.available_numbers.rent(number)
            assert sinch_sandbox.state.active_number(number) is not None

        def test_rate_limit_is_retried(sinch_client, sinch_faults):
            rule = sinch_faults.inject(429, route="regions.list")
            assert sinch_client.regions.list().available_regions
            assert rule.hits == 1

        def test_billable_call_is_not_resent(sinch_client, sinch_faults):
            sinch_faults.inject(500, route="available_numbers.rent")
            with pytest.raises(OutcomeUnknownError):
                sinch_client.available_numbers.rent("+12025550134")

        @pytest.mark.asyncio
        async def test_async(async_sinch_client):
            assert (await async_sinch_client.regions.list()).available_regions
        """
    )
    result = run(user)
    result.assert_outcomes(passed=4)


def test_one_sandbox_per_session_reset_before_each_test(user: pytest.Pytester) -> None:
    user.makepyfile(
        test_shared="""
        urls = []

        def test_first(sinch_client, sinch_sandbox):
            urls.append(sinch_sandbox.base_url)
            sinch_client.available_numbers.rent("+12025550134")
            sinch_sandbox.faults.inject(503)

        def test_second(sinch_client, sinch_sandbox):
            assert urls == [sinch_sandbox.base_url]          # the same sandbox
            assert list(sinch_client.active_numbers.list()) == []   # but fresh state
            assert sinch_sandbox.faults.rules == []
        """
    )
    run(user).assert_outcomes(passed=2)


def test_a_fresh_sandbox_per_test_by_ini_or_marker(user: pytest.Pytester) -> None:
    user.makepyfile(
        test_fresh="""
        import pytest
        urls = []

        def test_one(sinch_sandbox):
            urls.append(sinch_sandbox.base_url)

        @pytest.mark.sinch_sandbox(review_delay=7.5, seed=3)
        def test_two(sinch_sandbox):
            assert (sinch_sandbox.config.review_delay, sinch_sandbox.config.seed) == (7.5, 3)
            urls.append(sinch_sandbox.base_url)

        def test_three(sinch_sandbox):
            urls.append(sinch_sandbox.base_url)
            assert sinch_sandbox.config.review_delay == 0.1   # the fixtures' test settings
            assert len(set(urls)) == EXPECTED
        """
    )
    # Session scope: test_one and test_three share a sandbox; the marked test has its own.
    user.makeconftest("import builtins; builtins.EXPECTED = 2")
    run(user).assert_outcomes(passed=3)
    user.makeini(INI + "sinch_sandbox_scope = function\n")
    user.makeconftest("import builtins; builtins.EXPECTED = 3")
    run(user).assert_outcomes(passed=3)


def test_a_bad_scope_setting_is_reported(user: pytest.Pytester) -> None:
    user.makeini(INI + "sinch_sandbox_scope = module\n")
    user.makepyfile(test_x="def test_x(sinch_sandbox): pass")
    result = run(user)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*sinch_sandbox_scope must be 'session' or 'function'*"])


def test_the_marker_is_registered(user: pytest.Pytester) -> None:
    result = user.runpytest_inprocess(*QUIET, "--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.sinch_sandbox(**settings):*"])


def test_without_the_extra_fixtures_fail_in_one_line_and_nothing_else_changes(
    pytester: pytest.Pytester,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A subprocess where starlette and uvicorn cannot be imported, as after a plain
    ``pip install sinch-numbers``: the plugin still loads (pytest finds it through the entry
    point) but imports nothing of sinch-numbers, an unrelated test passes, and a test that
    asks for a fixture errors with the install command."""
    env = env_without_sandbox_extra(tmp_path_factory.mktemp("no-extra"))
    monkeypatch.setenv("PYTHONPATH", env["PYTHONPATH"])
    pytester.makeini(INI)
    pytester.makepyfile(
        test_user=textwrap.dedent(
            """
            import sys

            def test_unrelated(request):
                assert request.config.pluginmanager.has_plugin("sinch_numbers")
                loaded = sorted(
                    name for name in sys.modules
                    if name.partition(".")[0] in ("sinch_numbers", "sinch_numbers_api", "starlette")
                )
                assert loaded == []

            def test_uses_the_sandbox(sinch_client):
                pass
            """
        )
    )
    result = pytester.runpytest_subprocess(*QUIET, "-p", "no:xdist")
    result.assert_outcomes(passed=1, errors=1)
    lines = result.outlines
    (at,) = [i for i, line in enumerate(lines) if "ERROR at setup of test_uses_the_sandbox" in line]
    assert lines[at + 1] == (
        "the sinch_sandbox fixture needs the 'sandbox' extra "
        f"(starlette, uvicorn, python-multipart not installed): {SANDBOX_INSTALL}"
    )
    assert lines[at + 2].startswith("===")  # one line: no traceback, no chained error
    assert "_sinch_numbers_pytest.py" not in result.stdout.str()


def test_the_plugin_module_imports_only_pytest(pytester: pytest.Pytester) -> None:
    code = (
        "import sys; before = set(sys.modules); import _sinch_numbers_pytest; "
        "print(sorted(m.partition('.')[0] for m in set(sys.modules) - before))"
    )
    result = pytester.run(sys.executable, "-c", "import pytest; " + code)
    assert result.ret == 0
    added = set(eval(result.outlines[-1])) - sys.stdlib_module_names
    # pytest-asyncio (and its typing_extensions) is loaded by pytest itself where installed.
    assert added <= {"_sinch_numbers_pytest", "pytest_asyncio", "typing_extensions"}, added
