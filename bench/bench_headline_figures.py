"""Benchmark: the figure selectors (headline figures and every breakdown) at a given size.

    python bench/bench_headline_figures.py --url sqlite:///var/bench/x.sqlite3 --n 10000
(normally run through ``bench/run.py``). Each selector is timed on all published projects:
"cached" is a read served by the exact figure cache (coopdev.core.figure_cache: one query for
the data version and a cache lookup), "computed" is the same call with the cache off, as on the
first read after the data changed.
"""

import argparse

from harness import ensure_dataset, setup_django, timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--cold-runs", type=int, default=0, help="computed runs (default: by size)")
    parser.add_argument("--modes", default="cached,computed", help="cached, computed or both")
    args = parser.parse_args()
    setup_django(args.url)
    ensure_dataset(args.n)

    from django.conf import settings
    from django.db import connection

    from coopdev.projects import selectors

    figures = selectors.headline_figures()
    assert figures.projects == args.n, figures  # the benchmark measures what it claims to
    selector_calls = {
        "headline_figures": selectors.headline_figures,
        "value_by_region": selectors.value_by_region,
        "value_by_country": selectors.value_by_country,
        "projects_by_sdg": selectors.projects_by_sdg,
        "value_by_sector": selectors.value_by_sector_category,
        "value_by_year": selectors.projects_and_value_by_year,
        "people_reached": selectors.people_reached,
        "value_by_org": lambda: selectors.value_by_organisation(limit=10),  # as the pages ask
    }
    cold_runs = args.cold_runs or (10 if args.n <= 100_000 else 3)
    modes = (("cached", True, args.runs), ("computed", False, cold_runs))
    for mode, cache_on, runs in (m for m in modes if m[0] in args.modes.split(",")):
        settings.COOPDEV_FIGURE_CACHE = cache_on
        for name, call in selector_calls.items():
            result = timed(call, runs=runs, warmup=1)
            print(
                f"{name:<17} {mode:<9} {connection.vendor:<10} {args.n:>9,} projects  "
                f"p50 {result['p50_ms']:9.2f} ms  p95 {result['p95_ms']:9.2f} ms  "
                f"max {result['max_ms']:9.2f} ms  ({result['runs']} runs)",
                flush=True,
            )


if __name__ == "__main__":
    main()
