"""Small values kept in this process for a few seconds: no cache round trip, no pickling.

For reads that every request makes and whose answer may lag a little behind the database
(the Academy session a registration is for, the current consent text, whether demo data is
loaded). A process's copy is a Python object shared by its requests: callers must not mutate
what they get. Nothing that decides a seat or a permission may come from here without being
checked again where it matters (the Academy re-reads the session under its lock).
"""

import time
from collections.abc import Callable, Hashable
from typing import Any

_memo: dict[Hashable, tuple[float, Any]] = {}


def remembered[T](key: Hashable, seconds: float, compute: Callable[[], T]) -> T:
    """``compute()``, kept in this process for ``seconds`` under ``key`` (0: always computed)."""
    if seconds <= 0:
        return compute()
    now = time.monotonic()
    found = _memo.get(key)
    if found is not None and found[0] > now:
        return found[1]
    value = compute()
    _memo[key] = (now + seconds, value)
    return value


def forget() -> None:
    """Drop every value this process keeps (tests change the rows behind them)."""
    _memo.clear()
