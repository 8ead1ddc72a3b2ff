"""E.164 phone numbers: normalize user input, and check what we send to the API.

Every numbering-plan rule comes from ``phonenumbers`` (Google's libphonenumber
metadata). It is imported lazily, inside the functions, so that importing this
module (and the client, which uses :func:`require_e164`) stays cheap.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import SinchNumbersError

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

__all__ = [
    "InvalidPhoneNumberError",
    "PhoneNumberInfo",
    "format_international",
    "format_national",
    "is_valid",
    "normalize",
    "parse",
    "require_e164",
]


class InvalidPhoneNumberError(SinchNumbersError, ValueError):
    """A phone number was rejected; ``reason`` says why in plain words."""

    def __init__(self, value: object, reason: str) -> None:
        super().__init__(value, reason)
        self.value = value
        self.reason = reason

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > 64:
            shown = shown[:60] + "...'"
        return f"invalid phone number {shown}: {self.reason}"


@dataclass(frozen=True, slots=True)
class PhoneNumberInfo:
    """What :func:`parse` learned about a valid number."""

    e164: str
    """``+`` and digits, e.g. ``"+442079460958"``."""
    country_code: int
    """Calling code, e.g. ``44``."""
    region_code: str | None
    """ISO 3166 region, e.g. ``"GB"``; ``None`` for non-geographic numbers (``+800``)."""
    national_number: str
    """National significant number (no trunk prefix), e.g. ``"2079460958"``."""
    number_type: str | None
    """``"MOBILE"``, ``"FIXED_LINE"``, ``"TOLL_FREE"``... or ``None`` when unknown."""


# Separators people type or paste. Digits may be any Unicode decimal digits
# (phonenumbers folds full-width and Arabic-Indic digits to ASCII).
_SEPARATORS = re.compile(r"[\s\-.()/\u2010-\u2015\u2212\u30fc\uff0d\uff0e\uff08\uff09\uff0f]+")
_ALLOWED = re.compile(r"[+\uff0b]?\d+")
# Invisible marks that copy-paste from web pages and phones leaves around numbers.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
        "\u2066\u2067\u2068\u2069\ufeff",
    )
)
_EXTENSION = re.compile(r"\d(?:ext(?:ension)?|x|#)\d+$", re.IGNORECASE)  # separators gone
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")
_MAX_INPUT = 250  # phonenumbers refuses longer strings anyway.


def normalize(text: str, default_region: str | None = None) -> str:
    """Return ``text`` as E.164 (``+`` then digits), or raise InvalidPhoneNumberError.

    Accepts what people type: spaces, dashes, dots, parentheses, a leading
    ``+`` or ``00``, ``tel:`` URIs, and national formats when ``default_region``
    (ISO 3166 code such as ``"GB"``) says where the number is from.
    """
    import phonenumbers

    return phonenumbers.format_number(
        _parse_valid(text, default_region), phonenumbers.PhoneNumberFormat.E164
    )


def is_valid(text: str, default_region: str | None = None) -> bool:
    """Whether :func:`normalize` would accept ``text``."""
    try:
        _parse_valid(text, default_region)
    except InvalidPhoneNumberError:
        return False
    return True


def parse(text: str, default_region: str | None = None) -> PhoneNumberInfo:
    """Validate ``text`` like :func:`normalize` and describe the number."""
    import phonenumbers

    number = _parse_valid(text, default_region)
    region = phonenumbers.region_code_for_number(number)
    kind = phonenumbers.number_type(number)
    return PhoneNumberInfo(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        country_code=int(number.country_code or 0),
        region_code=None if region in (None, phonenumbers.UNKNOWN_REGION, "001") else region,
        national_number=phonenumbers.national_significant_number(number),
        number_type=None
        if kind == phonenumbers.PhoneNumberType.UNKNOWN
        else phonenumbers.PhoneNumberType.to_string(kind),
    )


def format_national(text: str, default_region: str | None = None) -> str:
    """Format for display to people in the number's own country, e.g. ``020 7946 0958``."""
    import phonenumbers

    return phonenumbers.format_number(
        _parse_valid(text, default_region), phonenumbers.PhoneNumberFormat.NATIONAL
    )


def format_international(text: str, default_region: str | None = None) -> str:
    """Format for display to anyone, e.g. ``+44 20 7946 0958``."""
    import phonenumbers

    return phonenumbers.format_number(
        _parse_valid(text, default_region), phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )


def require_e164(value: str) -> str:
    """Return ``value`` if it already is an E.164 number, else raise InvalidPhoneNumberError.

    For values about to be sent to the API: no cleanup is attempted (use
    :func:`normalize` on user input). The check is "possible number" (right
    length for a known country code) rather than "valid": the API is the judge
    of validity, and stale local metadata must never block a real number.
    """
    if not isinstance(value, str):
        raise TypeError(f"phone number must be a str, not {type(value).__name__}")
    reason = _e164_problem(value)
    if reason:
        raise InvalidPhoneNumberError(value, reason)
    return value


@functools.lru_cache(maxsize=1024)
def _e164_problem(value: str) -> str:
    """Empty string if ``value`` is a possible E.164 number, else the reason (cached)."""
    if not _E164.fullmatch(value):
        return (
            "not in E.164 form ('+' then up to 15 digits, no spaces or separators); "
            "use sinch_numbers.e164.normalize() on user input"
        )
    import phonenumbers

    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException as exc:
        return _parse_failure_reason(exc, has_prefix=True)
    return _possibility_reason(number)


def _parse_valid(text: str, default_region: str | None) -> PhoneNumber:
    import phonenumbers

    if not isinstance(text, str):
        raise TypeError(f"phone number must be a str, not {type(text).__name__}")
    region = _check_region(default_region)
    candidate = _clean(text)
    if region is None and candidate.startswith("00"):
        candidate = "+" + candidate[2:]

    number: PhoneNumber | None = None
    failure: Exception | None = None
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException as exc:
        failure = exc
    if candidate.startswith("00") and (number is None or not phonenumbers.is_valid_number(number)):
        # The region's own international prefix is not 00 (the US dials 011)
        # but the text still reads as one: "0046 8 ..." typed in the US.
        try:
            retry = phonenumbers.parse("+" + candidate[2:], None)
        except phonenumbers.NumberParseException:
            pass
        else:
            if phonenumbers.is_valid_number(retry):
                number = retry
    if number is None:
        assert failure is not None
        raise InvalidPhoneNumberError(
            text, _parse_failure_reason(failure, has_prefix=candidate.startswith("+"))
        ) from None

    if number.extension:
        raise InvalidPhoneNumberError(text, "has an extension, which E.164 cannot carry")
    reason = _possibility_reason(number)
    if reason:
        raise InvalidPhoneNumberError(text, reason)
    if not phonenumbers.is_valid_number(number):
        where = phonenumbers.region_code_for_country_code(number.country_code or 0)
        if where in (phonenumbers.UNKNOWN_REGION, "001"):
            where = f"+{number.country_code}"
        raise InvalidPhoneNumberError(text, f"not a valid number for {where}")
    # phonenumbers accepts some national numbers (German ones among them) that make more than
    # the 15 digits E.164 allows once the country code is added; require_e164 refuses those.
    if not _E164.fullmatch(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)):
        raise InvalidPhoneNumberError(text, "longer than the 15 digits E.164 allows")
    return number


def _clean(text: str) -> str:
    """Strip separators and refuse anything that is not a number.

    phonenumbers alone is too forgiving for input validation: it reads letters
    as vanity digits ("call now" becomes "2255 669") and skips text around
    the number.
    """
    if len(text) > _MAX_INPUT:
        raise InvalidPhoneNumberError(text, "too long")
    stripped = text.translate(_INVISIBLE).strip()
    if not stripped:
        raise InvalidPhoneNumberError(text, "empty")

    if stripped[:4].lower() == "tel:":
        number_part, _, params = stripped[4:].partition(";")
        for param in params.split(";") if params else ():
            if param.partition("=")[0].strip().lower() == "ext":
                raise InvalidPhoneNumberError(text, "has an extension, which E.164 cannot carry")
        compact = _SEPARATORS.sub("", number_part)
        if not _ALLOWED.fullmatch(compact):
            raise InvalidPhoneNumberError(text, "not a phone number")
        # phonenumbers understands RFC 3966 (phone-context and all).
        return "tel:" + compact + (";" + params if params else "")

    compact = _SEPARATORS.sub("", stripped)
    if not _ALLOWED.fullmatch(compact):
        if _EXTENSION.search(compact):
            reason = "has an extension, which E.164 cannot carry"
        elif any(ch.isalpha() for ch in compact):
            reason = "contains letters"
        elif any(ch in "+\uff0b" for ch in compact) and any(ch.isdigit() for ch in compact):
            reason = "'+' may only appear once, before the digits"
        else:
            reason = "not a phone number"
        raise InvalidPhoneNumberError(text, reason)
    if compact.startswith("\uff0b"):
        compact = "+" + compact[1:]
    return compact


def _check_region(region: str | None) -> str | None:
    if region is None:
        return None
    import phonenumbers

    upper = region.upper()
    if upper not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"unknown region {region!r}: use an ISO 3166 code such as 'GB'")
    return upper


def _parse_failure_reason(exc: Exception, *, has_prefix: bool) -> str:
    import phonenumbers

    kind = getattr(exc, "error_type", None)
    errors = phonenumbers.NumberParseException
    if kind == errors.INVALID_COUNTRY_CODE:
        if has_prefix:
            return "unknown country code"
        return "missing country code: start with + or 00, or pass default_region"
    if kind in (errors.TOO_SHORT_NSN, errors.TOO_SHORT_AFTER_IDD):
        return "too short"
    if kind == errors.TOO_LONG:
        return "too long"
    return "not a phone number"


def _possibility_reason(number: PhoneNumber) -> str:
    """Empty string if the length fits the country code, else why not."""
    import phonenumbers

    result = phonenumbers.is_possible_number_with_reason(number)
    codes = phonenumbers.ValidationResult
    if result == codes.IS_POSSIBLE:
        return ""
    if result == codes.TOO_SHORT:
        return "too short"
    if result == codes.TOO_LONG:
        return "too long"
    if result == codes.INVALID_COUNTRY_CODE:
        return "unknown country code"
    if result == codes.IS_POSSIBLE_LOCAL_ONLY:
        return "local number only: include the area code"
    return "wrong number of digits for this country"
