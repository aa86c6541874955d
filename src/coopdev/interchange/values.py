"""Parsing the small values every format shares: dates, numbers, integers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation


class BadValue(ValueError):
    """A value that does not parse; ``message`` is the ready-made issue text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_date(text: str | None) -> date | None:
    from coopdev.interchange.errors import BAD_DATE

    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])  # the common case, without cleaning first
    except (ValueError, TypeError):
        pass
    text = str(text).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise BadValue(str(BAD_DATE % {"value": text})) from None


def parse_datetime(text: str | None) -> datetime | None:
    if not text or not text.strip():
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else None


def parse_decimal(text: str | None) -> Decimal | None:
    from coopdev.interchange.errors import BAD_NUMBER

    if not text:
        return None
    try:
        value = Decimal(text)  # the common case, without cleaning first
    except (InvalidOperation, TypeError):
        text = str(text).strip().replace(" ", "")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise BadValue(str(BAD_NUMBER % {"value": text})) from None
    if not value.is_finite():
        raise BadValue(str(BAD_NUMBER % {"value": text}))
    return value


def parse_int(text: str | None) -> int | None:
    from coopdev.interchange.errors import BAD_INTEGER

    if text is None:
        return None
    text = str(text).strip().replace(" ", "")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise BadValue(str(BAD_INTEGER % {"value": text})) from None
    if not number.is_finite() or number != number.to_integral_value():
        raise BadValue(str(BAD_INTEGER % {"value": text}))
    return int(number)
