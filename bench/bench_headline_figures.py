"""Benchmark: the figure selectors (headline figures and every breakdown) at a given size.

    python bench/bench_headline_figures.py --url sqlite:///var/bench/x.sqlite3 --n 10000
(normally run through ``bench/run.py``). Each selector is timed on all published projects and
on the sets of three thematic pages (``--sets``): "cached" is a read served by the exact figure
cache (coopdev.core.figure_cache: one query for the data version and a cache lookup), "computed"
is the same call with the cache off, as on the first read after the data changed (on PostgreSQL
it reads the trigger-kept summary, coopdev.projects.summary). ``--queries`` times the selectors'
own queries instead (the summary bypassed), for comparison.
"""

import argparse
import os
from contextlib import nullcontext

from harness import ensure_dataset, setup_django, timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--cold-runs", type=int, default=0, help="computed runs (default: by size)")
    parser.add_argument("--modes", default="cached,computed", help="cached, computed or both")
    parser.add_argument("--sets", default="all,sdg-8,africa,health", help="sets of projects timed")
    parser.add_argument("--queries", action="store_true", help="computed by the selectors' queries")
    args = parser.parse_args()
    setup_django(args.url)
    ensure_dataset(args.n)

    from django.conf import settings
    from django.db import connection

    from coopdev.projects import selectors, summary

    figures = selectors.headline_figures()
    assert figures.projects == args.n, figures  # the benchmark measures what it claims to
    sets = {
        "all": None,
        "sdg-8": selectors.project_list_in_sdg(goal=8),
        "africa": selectors.project_list_in_region(region="africa"),
        "health": selectors.project_list_in_sector_categories(categories=selectors.HEALTH_SECTOR_CATEGORIES),
    }
    selector_calls = {
        "headline_figures": selectors.headline_figures,
        "value_by_region": selectors.value_by_region,
        "value_by_country": selectors.value_by_country,
        "projects_by_sdg": selectors.projects_by_sdg,
        "value_by_sector": selectors.value_by_sector_category,
        "value_by_year": selectors.projects_and_value_by_year,
        "people_reached": selectors.people_reached,
        "value_by_org": lambda projects: selectors.value_by_organisation(projects=projects, limit=10),
    }
    cold_runs = args.cold_runs or (10 if args.n <= 100_000 else 3)
    modes = (("cached", True, args.runs), ("computed", False, cold_runs))

    def path():
        return summary.bypassed() if args.queries else nullcontext()

    for mode, cache_on, runs in (m for m in modes if m[0] in args.modes.split(",")):
        settings.COOPDEV_FIGURE_CACHE = cache_on
        label = "queries" if args.queries and not cache_on else mode
        for set_name in args.sets.split(","):
            projects = sets[set_name]
            for name, call in selector_calls.items():
                with path():
                    result = timed(lambda c=call, p=projects: c(projects=p), runs=runs, warmup=1)
                print(
                    f"{name:<17} {set_name:<7} {label:<9} {connection.vendor:<10} {args.n:>9,} projects  "
                    f"p50 {result['p50_ms']:9.2f} ms  p95 {result['p95_ms']:9.2f} ms  "
                    f"max {result['max_ms']:9.2f} ms  ({result['runs']} runs)  load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
