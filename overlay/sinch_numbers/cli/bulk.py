"""``sinch-numbers bulk``: one change to many numbers (``sinch_numbers.bulk``), resumable.

The numbers come from a file (``--from-file``, one per line, ``-`` for stdin) or from your
active numbers (``--filter-region`` / ``--filter-type`` / ``--filter-pattern``). The journal
(``--journal``) records each number's state: re-running the same command with it resumes.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._errors import EXIT_NO, EXIT_OUTCOME_UNKNOWN, EXIT_USAGE, CLIError
from ._options import (
    AppId,
    CallbackUrl,
    CampaignId,
    JsonFlag,
    ServicePlanId,
    YesFlag,
    number_setup,
    unset_if_none,
    upper,
)
from ._output import Column
from ._state import Globals, state

if TYPE_CHECKING:
    from sinch_numbers.bulk import Bulk, BulkResult, Progress

app = typer.Typer(
    name="bulk",
    help="One change to many numbers: update, release, relink SMS or voice; resumable.",
    no_args_is_help=True,
)

_INPUT = "Numbers"
_RUN = "Run"

FromFile = Annotated[
    Path | None,
    typer.Option(
        "--from-file",
        help="numbers in E.164, one per line ('#' comments); '-' reads standard input",
        rich_help_panel=_INPUT,
    ),
]
FilterRegion = Annotated[
    str | None,
    typer.Option(
        callback=upper, help="your numbers in this region, e.g. US", rich_help_panel=_INPUT
    ),
]
FilterType = Annotated[
    str | None,
    typer.Option(
        callback=upper, help="your numbers of this type: LOCAL, ...", rich_help_panel=_INPUT
    ),
]
FilterPattern = Annotated[
    str | None,
    typer.Option(
        help="your numbers starting with these digits, e.g. +1206", rich_help_panel=_INPUT
    ),
]
Journal = Annotated[
    Path | None,
    typer.Option(
        "--journal",
        help="SQLite file recording each number's state; the same command with the same "
        "journal resumes (required unless --dry-run)",
        rich_help_panel=_RUN,
    ),
]
Concurrency = Annotated[
    int, typer.Option(min=1, max=256, help="numbers worked on at once", rich_help_panel=_RUN)
]
MaxRate = Annotated[
    float | None,
    typer.Option(
        min=0.1,
        help="requests per second to start from (otherwise found from the server's 429s)",
        rich_help_panel=_RUN,
    ),
]
DryRun = Annotated[
    bool,
    typer.Option(
        "--dry-run",
        help="read each number and show what would change; write nothing",
        rich_help_panel=_RUN,
    ),
]
PollInterval = Annotated[
    float,
    typer.Option(min=0.0, help="seconds between provisioning checks", rich_help_panel=_RUN),
]
RetryUnknown = Annotated[
    bool,
    typer.Option(
        "--retry-unknown",
        help="check releases whose outcome stayed unknown and resend those still active",
        rich_help_panel=_RUN,
    ),
]

RESULT_COLUMNS = (
    Column("number", "phoneNumber", no_wrap=True),
    Column("status", "status"),
    Column("step", "step"),
    Column("detail", lambda r: r.get("error") or _changes(r.get("detail") or {})),
)


class _Run:
    """The options every bulk command shares, and running one operation with them."""

    def __init__(
        self,
        ctx: typer.Context,
        *,
        from_file: Path | None,
        filter_region: str | None,
        filter_type: str | None,
        filter_pattern: str | None,
        journal: Path | None,
        concurrency: int,
        max_rate: float | None,
        poll_interval: float,
        dry_run: bool,
        yes: bool,
        json_: bool,
    ) -> None:
        filters = unset_if_none(region_code=filter_region, type=filter_type, pattern=filter_pattern)
        if (from_file is None) == (not filters):
            raise CLIError("give the numbers: --from-file F, or --filter-region/-type/-pattern")
        if journal is None and not dry_run:
            raise CLIError("--journal is required (it is what makes a run resumable)")
        self.g: Globals = state(ctx)
        self.from_file = from_file
        self.filters = filters
        self.journal = journal
        self.options: dict[str, Any] = {
            "concurrency": concurrency,
            "max_rate": max_rate,
            "poll_interval": poll_interval,
            "dry_run": dry_run,
        }
        self.dry_run = dry_run
        self.yes = yes
        self.json = json_
        self.retry_unknown = False

    def numbers(self) -> list[str]:
        if self.from_file is None:
            pager = self.g.client().active_numbers.list(page_size=1000, **self.filters)
            return [n.phone_number for n in pager if n.phone_number]
        text = sys.stdin.read() if str(self.from_file) == "-" else _read(self.from_file)
        lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
        return [line for line in lines if line]

    def go(self, action: str, call: Callable[[Bulk, list[str]], BulkResult]) -> None:
        from sinch_numbers.bulk import Bulk

        numbers = self.numbers()
        if not self.dry_run:
            resuming = self.journal is not None and self.journal.exists()
            self.g.confirm(
                f"{action}: {len(numbers)} number(s)",
                lambda: _preview(numbers, resuming, self.journal),
                yes=self.yes,
            )
        with ExitStack() as stack:
            progress = _progress_bar(stack, len(numbers)) if sys.stderr.isatty() else None
            bulk = Bulk(
                self.g.client(),
                journal=self.journal,
                retry_unknown=self.retry_unknown,
                progress=progress,
                **self.options,
            )
            result = call(bulk, numbers)
        show(self.g, result, json=self.json)


def _bulk_command(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register ``function`` as ``bulk <name>`` with the options every bulk command shares
    (the numbers, the journal, the run), handed to it as ``run``."""

    def register(function: Callable[..., None]) -> Callable[..., None]:
        own = inspect.signature(function, eval_str=True).parameters.values()
        params = [p for p in own if p.name != "run"] + list(_SHARED)

        @functools.wraps(function)
        def command(**kwargs: Any) -> None:
            shared = {p.name: kwargs.pop(p.name) for p in _SHARED}
            function(**kwargs, run=_Run(kwargs["ctx"], **shared))

        del command.__wrapped__  # typer reads __signature__ and __annotations__ below
        command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in params}
        app.command(name)(command)
        return function

    return register


def _shared(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
    )


_SHARED = (
    _shared("from_file", FromFile, None),
    _shared("filter_region", FilterRegion, None),
    _shared("filter_type", FilterType, None),
    _shared("filter_pattern", FilterPattern, None),
    _shared("journal", Journal, None),
    _shared("concurrency", Concurrency, 16),
    _shared("max_rate", MaxRate, None),
    _shared("poll_interval", PollInterval, 1.0),
    _shared("dry_run", DryRun, False),
    _shared("yes", YesFlag, False),
    _shared("json_", JsonFlag, False),
)


@_bulk_command("update")
def update(
    ctx: typer.Context,
    display_name: Annotated[str | None, typer.Option(help="a name for every number")] = None,
    service_plan_id: ServicePlanId = None,
    campaign_id: CampaignId = None,
    app_id: AppId = None,
    callback_url: CallbackUrl = None,
    *,
    run: _Run,
) -> None:
    """Change the display name, SMS or voice set-up, or callback URL of many numbers."""
    fields = unset_if_none(display_name=display_name)
    fields.update(number_setup(service_plan_id, campaign_id, app_id, callback_url))
    if not fields:
        raise CLIError("nothing to change: give --display-name, --service-plan-id, ...")
    run.go("Update", lambda bulk, numbers: bulk.update(numbers, **fields))


@_bulk_command("release")
def release(ctx: typer.Context, retry_unknown: RetryUnknown = False, *, run: _Run) -> None:
    """Give many numbers back to Sinch (you cannot undo it); never resent blind."""
    run.retry_unknown = retry_unknown
    run.go("Release (billing stops, the numbers are lost)", lambda b, n: b.release(n))


@_bulk_command("relink-sms")
def relink_sms(
    ctx: typer.Context,
    service_plan_id: ServicePlanId = None,
    campaign_id: CampaignId = None,
    *,
    run: _Run,
) -> None:
    """Move many numbers to another SMS service plan or 10DLC campaign (unlink, wait, link)."""
    if service_plan_id is None and campaign_id is None:
        raise CLIError("give --service-plan-id and/or --campaign-id")
    run.go(
        "Relink SMS",
        lambda b, n: b.relink_sms(n, service_plan_id=service_plan_id, campaign_id=campaign_id),
    )


@_bulk_command("relink-voice")
def relink_voice(
    ctx: typer.Context,
    app_id: Annotated[str, typer.Option("--app-id", help="the voice (RTC) app")],
    *,
    run: _Run,
) -> None:
    """Point many numbers' voice at another app and wait for the provisioning."""
    run.go("Relink voice", lambda b, n: b.relink_voice(n, app_id=app_id))


@app.command()
def status(
    ctx: typer.Context,
    journal: Annotated[Path, typer.Option("--journal", help="the run's journal file")],
    json_: JsonFlag = False,
) -> None:
    """What a journal records: the operation and each number's state (no request sent)."""
    from sinch_numbers.bulk import status as read_status

    g = state(ctx)
    if not journal.is_file():
        raise CLIError(f"no journal at {journal}", EXIT_USAGE)
    show(g, read_status(journal), json=json_, exit_on_failure=False)


# -- output ---------------------------------------------------------------------------
def show(g: Globals, result: BulkResult, *, json: bool, exit_on_failure: bool = True) -> None:
    out = g.output(json=json)
    summary = result.summary
    body: dict[str, Any] = {
        "operation": result.operation,
        "dryRun": result.dry_run,
        "summary": {
            "done": summary.done,
            "failed": summary.failed,
            "skipped": summary.skipped,
            "unknown": summary.unknown,
            "pending": summary.pending,
            **({"wouldChange": summary.would_change} if result.dry_run else {}),
        },
        "requests": result.requests,
        "rateLimited": result.rate_limited,
        "results": [
            {
                "phoneNumber": r.phone_number,
                "status": r.status,
                "step": r.step,
                "error": r.error,
                "detail": dict(r.detail),
            }
            for r in result.results
        ],
    }
    if out.mode == "json":
        out.json(body)
    else:
        shown = [r for r in body["results"] if r["status"] not in ("done",)]
        if shown:
            out.show_list(iter(shown[:200]), RESULT_COLUMNS, key="results")
        rate = f"; {result.requests} requests, {result.rate_limited} answered 429"
        out.lines(f"{result.operation}: {summary}{rate if result.requests else ''}")
    if exit_on_failure and summary.unknown:
        raise typer.Exit(EXIT_OUTCOME_UNKNOWN)
    if exit_on_failure and summary.failed:
        raise typer.Exit(EXIT_NO)


def _changes(detail: dict[str, Any]) -> str:
    changes = detail.get("changes")
    if isinstance(changes, dict):
        return "; ".join(f"{k}: {v.get('from')!s} -> {v.get('to')!s}" for k, v in changes.items())
    return ", ".join(f"{k} {v}" for k, v in detail.items())


def _preview(numbers: list[str], resuming: bool, journal: Path | None) -> Iterator[str]:
    shown = ", ".join(numbers[:3]) + (f" and {len(numbers) - 3} more" if len(numbers) > 3 else "")
    yield shown or "no numbers"
    if resuming:
        yield f"resuming the run recorded in {journal}: finished numbers are not sent again"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CLIError(f"cannot read {path}: {exc.strerror or exc}") from None


def _progress_bar(stack: ExitStack, total: int) -> Callable[[Progress], None]:
    """A Rich bar on stderr: numbers finished, the request rate now, and the time left."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bar

    from ._output import stderr_console

    bar = stack.enter_context(
        Bar(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=stderr_console(),
            transient=True,
        )
    )
    task = bar.add_task("numbers", total=total, rate="")

    def update(p: Progress) -> None:
        per_second = p.requests / p.elapsed if p.elapsed > 0 else 0.0
        limit = f" (limit {p.rate:.0f}/s)" if p.rate is not None else ""
        bar.update(task, completed=p.finished, total=p.total, rate=f"{per_second:.0f} req/s{limit}")

    return update
