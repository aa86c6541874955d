"""Python's cyclic garbage collector during an import: young collections only, and fewer.

An import allocates millions of short-lived objects (elements' values, records, rows) and
keeps a growing set of long-lived ones (the identifiers already seen, to refuse duplicates;
Django's and the codelists' own). With the default thresholds every 700 net allocations start
a young collection, and every so often a full one that walks *every* tracked object of the
process, the long-lived ones included: on 100,000 activities that was 65 full collections and
8 of the import's 36 seconds (measured with ``gc.callbacks``; the benchmark prints it).

The records and rows of an import hold no reference cycles, so what the full collections found
was nothing: peak memory is the same without them (175 MB at 100,000 activities either way).
:func:`young_collections_only` raises the first threshold and keeps the oldest generation out
of reach for as long as an import runs, and sets everything back when the last one ends (the
collector is the process's, so overlapping imports in threads share one setting). Young
cycles are still collected; whatever reaches the oldest generation meanwhile is collected by
the next full collection after the import.

On Python 3.14, whose collector is incremental, the third threshold is ignored and only the
first one's change applies.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Net allocations between young collections (default 700). Measured on 100,000 activities:
# by default 7,933 young and 721 middle collections (1.6 s) and 65 full ones (8.0 s); with
# these thresholds 228 and 21 (2.2 s) and none.
YOUNG_THRESHOLD = 20_000
# Collections of the middle generation before a full one: out of reach for an import.
OLDEST_THRESHOLD = 1_000_000_000

_lock = threading.Lock()
_active = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def young_collections_only() -> Iterator[None]:
    """For the duration of the block: fewer young collections and no full ones."""
    global _active, _saved
    with _lock:
        if _active == 0:
            _saved = gc.get_threshold()
            first, second, _third = _saved
            # A first threshold of 0 means collection is off: leave it so.
            gc.set_threshold(max(first, YOUNG_THRESHOLD) if first else 0, second, OLDEST_THRESHOLD)
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
