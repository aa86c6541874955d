"""Benchmark: server time of the DDP dashboard and explore pages (Django test client, no network).

    python bench/bench_ddp_pages.py --url sqlite:///var/bench/x.sqlite3 --n 10000
(normally run through ``bench/run.py``). Each page is rendered whole (every selector, the
filter form, the template), as a browser would get it; static files are not counted.
"""

import argparse
import os

from harness import ensure_dataset, setup_django, timed

PAGES = [
    ("dashboard", "/"),
    ("explore", "/explore/"),
    ("explore filtered", "/explore/?region=africa&sdg=3&sort=title"),
    ("explore search", "/explore/?q=cooperative&year_from=2018&year_to=2021"),
    ("sdg page", "/sdg/8/"),
    ("factsheet", "/regions/europe/factsheet/"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cold-runs", type=int, default=10)
    parser.add_argument("--no-build", action="store_true", help="time the database as it is")
    args = parser.parse_args()
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    setup_django(args.url)
    if not args.no_build:
        ensure_dataset(args.n)

    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from coopdev.projects.models import Project

    published = Project.objects.filter(publication_state="published").count()
    client = Client()
    # "cached": figures come from the exact figure cache (every view after the first since the
    # last change of the data); "computed": the cache is off, every figure is computed afresh,
    # as on the first view after an import or an edit.
    for mode, cache_on in (("cached", True), ("computed", False)):
        settings.COOPDEV_FIGURE_CACHE = cache_on
        for name, path in PAGES:
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            result = timed(lambda path=path: client.get(path), runs=args.runs if cache_on else args.cold_runs)
            print(
                f"{name:<18} {mode:<9} {connection.vendor:<10} {published:>9,} projects  "
                f"p50 {result['p50_ms']:8.2f} ms  p95 {result['p95_ms']:8.2f} ms  "
                f"max {result['max_ms']:8.2f} ms  "
                f"({result['runs']} runs)  load {os.getloadavg()[0]:.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
