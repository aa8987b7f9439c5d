"""Write the Grafana dashboards of newsalerts, or check the committed ones (``--check``).

The declarations live in ``streams/observability/dashboards.py`` (importable by the tests);
this script only renders them. ``make dashboards`` runs it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Run as a file from a checkout: make the repository importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from streams.observability.dashboards import DASHBOARD_DIR, drifted, write_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the JSON is out of date")
    parser.add_argument("--out", type=Path, default=DASHBOARD_DIR, help="output directory")
    args = parser.parse_args(argv)
    if args.check:
        stale = drifted(args.out)
        for name in stale:
            print(f"out of date: {args.out / name} (run: make dashboards)", file=sys.stderr)
        return 1 if stale else 0
    for path in write_all(args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
