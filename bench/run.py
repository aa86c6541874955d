"""Run the benchmarks and print their figures.

    make bench                                   # every benchmark, SQLite and PostgreSQL
    make bench BENCH_ARGS="--sizes 10000"        # one size
    make bench BENCH_ARGS="--backends sqlite"    # one database

Timings are printed, never asserted: speed is measured, not tested.
"""

import argparse
import os
import platform
import sys

from harness import pg_reachable, run_child

BENCHMARKS = {
    "headline": "bench_headline_figures.py",
    "ddp_pages": "bench_ddp_pages.py",
    "interchange": "bench_interchange.py",
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append")
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated project counts")
    parser.add_argument("--backends", default="sqlite,postgres")
    args = parser.parse_args()

    backends = args.backends.split(",")
    if "postgres" in backends and not pg_reachable():
        print("PostgreSQL not reachable: skipping it")
        backends.remove("postgres")
    print(
        f"# coopdev benchmarks: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform()}, load average {os.getloadavg()[0]:.1f} "
        "(other work on the machine slows every figure)"
    )
    failures = 0
    for name in args.only or sorted(BENCHMARKS):
        for backend in backends:
            for size in (int(s) for s in args.sizes.split(",")):
                failures += run_child(BENCHMARKS[name], backend, size) != 0
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
