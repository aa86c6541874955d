"""Exact caching of aggregated figures.

An answer is kept under the ``figures`` data version it was computed at (see
``coopdev.core.models.DataVersion``: database triggers replace the version on every write the
figures depend on). A cached answer is therefore never stale: the first read after a change
computes afresh, every later read of the same figure for the same set of projects, options and
language is one small query and a cache lookup. This is what keeps the dashboard and the API's
statistics fast at a million projects without approximating a single cent.
"""

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar, cast

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import EmptyResultSet
from django.db.models import QuerySet
from django.utils.translation import get_language

from coopdev.core.models import DataVersion

FIGURES = "figures"

F = TypeVar("F", bound=Callable[..., Any])


_pinned: ContextVar[str | None] = ContextVar("figures_version_pinned", default=None)


def data_version(*, scope: str = FIGURES) -> str:
    """The current token of ``scope`` (empty when the migration has not run)."""
    if scope == FIGURES and (pinned := _pinned.get()) is not None:
        return pinned
    return DataVersion.objects.filter(scope=scope).values_list("token", flat=True).first() or ""


@contextmanager
def version_pinned() -> Iterator[None]:
    """Read the figures' data version once for a group of selector calls (a page's figures).

    Only for reads: a write inside the block would not be seen by the cached calls after it.
    """
    token = _pinned.set(data_version())
    try:
        yield
    finally:
        _pinned.reset(token)


def cached[T](key: str, compute: Callable[[], T]) -> T:
    """``compute()``, kept in the figure cache under ``key``. The caller's key must hold
    everything the value depends on (a data version, the language, the set, the options)."""
    cache = caches[settings.COOPDEV_FIGURE_CACHE_ALIAS]
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, timeout=settings.COOPDEV_FIGURE_CACHE_SECONDS)
    return found


def cached_figure(*, default_projects: Callable[[], QuerySet]) -> Callable[[F], F]:
    """Cache a figure selector ``fn(*, projects=None, **options)`` exactly.

    The key is the selector, the SQL and parameters of its set of projects (so any filter, on
    any page or API call, has its own entry), its options, the language (row names are
    translated) and the data version.
    """

    def decorate(fn: F) -> F:
        @wraps(fn)
        def wrapper(*, projects: QuerySet | None = None, **options: Any) -> Any:
            if not settings.COOPDEV_FIGURE_CACHE:
                return fn(projects=projects, **options)
            qs = default_projects() if projects is None else projects
            try:
                sql, params = qs.query.sql_with_params()
            except EmptyResultSet:  # an empty filter such as .none(): nothing worth caching
                return fn(projects=projects, **options)
            digest = hashlib.sha256(
                repr((fn.__module__, fn.__qualname__, sql, params, sorted(options.items()))).encode()
            ).hexdigest()
            key = f"figures:{data_version()}:{get_language() or ''}:{digest}"
            return cached(key, lambda: fn(projects=projects, **options))

        return cast(F, wrapper)

    return decorate
