"""Benchmark: the headline-figure selector at a given size on a given database.

    python bench/bench_headline_figures.py --url sqlite:///var/bench/x.sqlite3 --n 10000
(normally run through ``bench/run.py``).
"""

import argparse

from harness import ensure_dataset, setup_django, timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    setup_django(args.url)
    ensure_dataset(args.n)

    from django.db import connection

    from coopdev.projects.selectors import headline_figures

    figures = headline_figures()
    assert figures.projects == args.n, figures  # the benchmark measures what it claims to
    result = timed(headline_figures, runs=args.runs)
    print(
        f"headline_figures  {connection.vendor:<10} {args.n:>9,} projects  "
        f"p50 {result['p50_ms']:8.2f} ms  p95 {result['p95_ms']:8.2f} ms  max {result['max_ms']:8.2f} ms  "
        f"({result['runs']} runs)",
        flush=True,
    )


if __name__ == "__main__":
    main()
