"""Generated data at demo, province and country scale: `python -m osh.datagen --scale ...`."""

from osh.datagen.generator import (
    BENCH_PASSWORD,
    COLUMNS,
    SCALES,
    GenerationRefused,
    Result,
    add_accidents,
    add_training,
    generate,
)

__all__ = [
    "BENCH_PASSWORD",
    "COLUMNS",
    "SCALES",
    "GenerationRefused",
    "Result",
    "add_accidents",
    "add_training",
    "generate",
]
