"""`python -m osh.datagen --scale demo|province|country [--seed N] [--database-url URL] [--append]
[--accidents-per-year N] [--training-records N] [--today YYYY-MM-DD]`."""

import argparse
import sys
import time
from datetime import date

from osh.cli import migrate
from osh.core.settings import Settings
from osh.datagen.generator import SCALES, GenerationRefused, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m osh.datagen", description="Fill a database with generated data")
    parser.add_argument("--scale", choices=sorted(SCALES), default="demo")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=None, help="number of enterprises (default: the scale's)")
    parser.add_argument("--database-url", default=None, help="default: OSH_DATABASE_URL")
    parser.add_argument("--append", action="store_true", help="add to a database that already has enterprises")
    parser.add_argument(
        "--accidents-per-year",
        type=int,
        default=None,
        help="accidents in an average year (default: the scale's, 600 for a province, 8,000 for the country)",
    )
    parser.add_argument(
        "--training-records",
        type=int,
        default=None,
        help="training records over five years (default: the scale's, 1.5 M for a province, 20 M for the country)",
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help="the day after the five years of accidents and training (default: today); with the seed it fixes the data",
    )
    args = parser.parse_args(argv)
    settings = Settings() if args.database_url is None else Settings(database_url=args.database_url)
    started = time.perf_counter()
    print(f"Migrating {settings.database_url.split('@')[-1]} ...", flush=True)
    migrate(settings)
    try:
        result = generate(
            settings,
            args.scale,
            seed=args.seed,
            count=args.count,
            append=args.append,
            out=lambda s: print(s, flush=True),
            accidents_per_year=args.accidents_per_year,
            today=args.today,
            training_records=args.training_records,
        )
    except GenerationRefused as exc:
        print(f"Refused: {exc}", file=sys.stderr)
        return 2
    print(
        f"Done: {result.enterprises:,} enterprises, {result.zones:,} zones, {result.accidents:,} accidents "
        f"({result.victims:,} victims), {result.incidents:,} technical incidents, {result.training.providers:,} "
        f"training providers, {result.training.courses:,} courses, {result.training.records:,} training records "
        f"in {result.seconds:.1f} s ({time.perf_counter() - started:.1f} s with migrations)"
    )
    print("Logins, one per role:")
    for email, role, password in result.logins:
        print(f"  {role:18} {email:34} {password}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
