"""Cursor (keyset) pagination over any ordering, including expressions and nullable values.

DRF's ``CursorPagination`` orders by one plain field; the explore page sorts by value with
empty values last, by translated title or by start date, with the identifier as tie-breaker.
So the paginator here takes the ordering as a list of annotated keys, each kept non-null (a
"missing" flag first, then the value with a stand-in), and the last one unique. The cursor
holds the key values of the row it stops at: the next page is "rows after that tuple", a
``WHERE`` on indexed values, so deep pages cost what the first one does and a project added
while someone pages through never makes a row appear twice or be skipped.
"""

import base64
import binascii
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Model, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.utils.urls import replace_query_param

CURSOR_PARAM = "cursor"
PAGE_SIZE_PARAM = "page_size"
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

MSG_BAD_CURSOR = _("This cursor is not valid: follow the 'next' and 'previous' links of a response.")
MSG_BAD_PAGE_SIZE = _("page_size must be a whole number from 1 to %(max)d.")


@dataclass(frozen=True)
class Key:
    """One ordering key: an annotation (or field) name and its direction."""

    name: str
    descending: bool = False


@dataclass
class Page:
    rows: list[Any]
    count: int
    next_url: str | None
    previous_url: str | None


def _encode_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _encode(ordering: str, values: list[Any], backwards: bool) -> str:
    payload = {"o": ordering, "v": [_encode_value(v) for v in values], "b": backwards}
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str, ordering: str, keys: Sequence[Key]) -> tuple[list[Any], bool]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise ValidationError({CURSOR_PARAM: [MSG_BAD_CURSOR]}) from None
    if not isinstance(payload, dict) or payload.get("o") != ordering:
        raise ValidationError({CURSOR_PARAM: [MSG_BAD_CURSOR]})
    values, backwards = payload.get("v"), payload.get("b")
    if (
        not isinstance(values, list)
        or len(values) != len(keys)
        or not isinstance(backwards, bool)
        or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in values)
        or any(isinstance(v, str) and "\x00" in v for v in values)
    ):
        raise ValidationError({CURSOR_PARAM: [MSG_BAD_CURSOR]})
    return values, backwards


def _beyond(keys: Sequence[Key], values: list[Any], backwards: bool) -> Q:
    """Rows strictly after (or, going back, before) the tuple ``values`` in the key order."""
    condition = Q()
    for i, key in enumerate(keys):
        later = key.descending == backwards  # ascending forwards means "greater than"
        step = Q(**{f"{key.name}__{'gt' if later else 'lt'}": values[i]})
        for earlier, value in zip(keys[:i], values[:i], strict=True):
            step &= Q(**{earlier.name: value})
        condition |= step
    return condition


def page_size(request: Request) -> int:
    raw = request.query_params.get(PAGE_SIZE_PARAM)
    if raw in (None, ""):
        return DEFAULT_PAGE_SIZE
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE_SIZE:
        raise ValidationError({PAGE_SIZE_PARAM: [MSG_BAD_PAGE_SIZE % {"max": MAX_PAGE_SIZE}]})
    return int(raw)


def paginate(*, request: Request, queryset: QuerySet, keys: Sequence[Key], ordering: str) -> Page:
    """One page of ``queryset`` in ``keys`` order, with links to the pages around it.

    ``ordering`` names the order (e.g. the ``sort`` parameter): a cursor made for one order is
    refused under another. ``count`` is the size of the whole filtered set.
    """
    size = page_size(request)
    cursor = request.query_params.get(CURSOR_PARAM)
    backwards = False
    qs = queryset
    if cursor:
        values, backwards = _decode(cursor, ordering, keys)
        try:
            qs = qs.filter(_beyond(keys, values, backwards))
        except (DjangoValidationError, ValueError, TypeError):
            raise ValidationError({CURSOR_PARAM: [MSG_BAD_CURSOR]}) from None
    order = [f"{'-' if k.descending != backwards else ''}{k.name}" for k in keys]
    try:
        fetched = list(qs.order_by(*order)[: size + 1])
    except (DjangoValidationError, ValueError, TypeError):
        raise ValidationError({CURSOR_PARAM: [MSG_BAD_CURSOR]}) from None
    more = len(fetched) > size
    rows = fetched[:size]
    if backwards:
        rows.reverse()
    url = request.build_absolute_uri()

    def link(row: Model, going_back: bool) -> str:
        token = _encode(ordering, [getattr(row, k.name) for k in keys], going_back)
        return replace_query_param(url, CURSOR_PARAM, token)

    if backwards:
        has_next, has_previous = bool(rows), more
    else:
        has_next, has_previous = more, bool(cursor)
    next_url = link(rows[-1], False) if has_next and rows else None
    previous_url = link(rows[0], True) if has_previous and rows else None
    return Page(rows=rows, count=queryset.count(), next_url=next_url, previous_url=previous_url)
