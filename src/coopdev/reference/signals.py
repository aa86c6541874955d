"""Signal receivers of the reference app (connected in ``ReferenceConfig.ready``)."""

from typing import Any

from django.db import transaction

from coopdev.reference import fx


def exchange_rate_changed(sender: Any, using: str, **kwargs: Any) -> None:
    """Drop the cached rates now (this transaction sees its change) and again after commit.

    The second clear covers a conversion that reloaded the cache from another connection
    between the write and the commit, and so still holds the old rows.
    """
    fx.clear_cache()
    transaction.on_commit(fx.clear_cache, using=using)
