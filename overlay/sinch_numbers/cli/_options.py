"""Options and arguments that several commands share, spelled once.

Values are passed to the library as given (upper-cased where the API's values are upper
case); the library checks them, so the CLI has no validation of its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Annotated, Any

import typer

__all__ = [
    "AppId",
    "CallbackUrl",
    "CampaignId",
    "Capabilities",
    "JsonFlag",
    "JsonlFlag",
    "Pattern",
    "PhoneNumber",
    "Region",
    "SearchPattern",
    "ServicePlanId",
    "TypeOption",
    "YesFlag",
    "number_setup",
    "unset_if_none",
    "upper",
]


def upper(value: Any) -> Any:
    if isinstance(value, str):
        return value.upper()
    if isinstance(value, list):
        return [v.upper() if isinstance(v, str) else v for v in value]
    return value


def _complete(module: str, name: str) -> Callable[[str], list[str]]:
    """Shell completion from a generated enum (imported only while completing)."""

    def complete(incomplete: str) -> list[str]:
        enum = getattr(importlib.import_module(f"sinch_numbers_api.models.{module}"), name)
        return [m.value for m in enum if m.value.upper().startswith(incomplete.upper())]

    return complete


JsonFlag = Annotated[
    bool,
    typer.Option("--json", help="print the API's JSON (default when stdout is not a terminal)"),
]
JsonlFlag = Annotated[bool, typer.Option("--jsonl", help="one JSON object per line, streamed")]
YesFlag = Annotated[
    bool, typer.Option("--yes", "-y", help="go ahead without asking (needed without a terminal)")
]
PhoneNumber = Annotated[
    str, typer.Argument(metavar="NUMBER", help="phone number in E.164, e.g. +12025550134")
]
Region = Annotated[
    str,
    typer.Option("--region", callback=upper, help="ISO 3166-1 alpha-2 region code, e.g. US"),
]
TypeOption = Annotated[
    str,
    typer.Option(
        "--type",
        callback=upper,
        autocompletion=_complete("number_type", "NumberType"),
        help="number type: LOCAL, MOBILE or TOLL_FREE",
    ),
]
Capabilities = Annotated[
    list[str] | None,
    typer.Option(
        "--capability",
        callback=upper,
        autocompletion=_complete("number_capability", "NumberCapability"),
        help="SMS or VOICE; repeat for both",
    ),
]
Pattern = Annotated[
    str | None, typer.Option("--pattern", help="digits to match, e.g. +1206 (with the prefix)")
]
SearchPattern = Annotated[
    str | None,
    typer.Option(
        "--search-pattern",
        callback=upper,
        autocompletion=_complete("number_pattern_search_pattern", "NumberPatternSearchPattern"),
        help="where --pattern matches: START, CONTAINS or END",
    ),
]
ServicePlanId = Annotated[
    str | None, typer.Option("--service-plan-id", help="SMS service plan to attach the number to")
]
CampaignId = Annotated[
    str | None, typer.Option("--campaign-id", help="10DLC campaign (US; with --service-plan-id)")
]
AppId = Annotated[
    str | None, typer.Option("--app-id", help="voice app (RTC) to attach the number to")
]
CallbackUrl = Annotated[
    str | None, typer.Option("--callback-url", help="where Sinch sends this number's events")
]


def number_setup(
    service_plan_id: str | None,
    campaign_id: str | None,
    app_id: str | None,
    callback_url: str | None,
) -> dict[str, Any]:
    """``sms_configuration``, ``voice_configuration`` and ``callback_url`` keyword arguments
    from the options that were given (``--app-id`` is an RTC voice app)."""
    sms = unset_if_none(servicePlanId=service_plan_id, campaignId=campaign_id)
    voice = {} if app_id is None else {"type": "RTC", "appId": app_id}
    return unset_if_none(
        sms_configuration=sms, voice_configuration=voice, callback_url=callback_url
    )


def unset_if_none(**values: Any) -> dict[str, Any]:
    """Keyword arguments for a library call: those given (not None, not empty)."""
    return {
        key: value
        for key, value in values.items()
        if value is not None and not (isinstance(value, dict | list | tuple) and not value)
    }
