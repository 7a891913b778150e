"""Runs benchmarks: ``python -m bench [NAME ...] [--json] [--quick]``; no NAME runs them all.

A benchmark is a module ``bench/<name>.py`` with ``run(quick: bool) -> Iterable[Figure]``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

import bench


def available() -> list[str]:
    skip = {"figures"}
    return sorted(
        m.name for m in pkgutil.iter_modules([str(Path(bench.__file__).parent)])
        if not m.name.startswith("_") and m.name not in skip
    )


def main(argv: list[str] | None = None) -> int:
    names = available()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"one of: {', '.join(names)}")
    parser.add_argument("--json", action="store_true", help="one JSON object per figure per line")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in names]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(names)}")
    for name in args.names or names:
        module = importlib.import_module(f"bench.{name}")
        for figure in module.run(quick=args.quick):
            print(figure.as_json() if args.json else figure.as_text(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
