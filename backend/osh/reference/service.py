"""The legal code lists shipped with the product, and the rules derived from them."""

import json
from functools import cache
from importlib import resources
from typing import Any

DATA_PACKAGE = "osh.reference.data"

# Lists served as-is by GET /reference/{name}.
PUBLISHED = (
    "accident_causes",
    "accident_reporting_obligations",
    "accident_severity",
    "enterprise_size_classes",
    "indicator_formulas",
    "injury_factors",
    "national_program_targets",
    "occupational_diseases",
    "occupations_vsco",
    "serious_injuries",
    "strict_osh_jobs",
    "training_groups",
    "training_org_classes",
    "vsic_sections",
    "vsic_divisions",
)


@cache
def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files(DATA_PACKAGE).joinpath(f"{name}.json").read_text("utf-8"))
    return data


def vsic_division(vsic_code: str) -> int | None:
    if len(vsic_code) < 2 or not vsic_code[:2].isdigit():
        return None
    return int(vsic_code[:2])


def vsic_section(vsic_code: str | None) -> str | None:
    """'4101' -> 'F'. None when the code's division is not in VSIC 2018."""
    if not vsic_code:
        return None
    division = vsic_division(vsic_code)
    if division is None:
        return None
    for section, (low, high) in load("vsic_divisions")["sections"].items():
        if low <= division <= high:
            return str(section)
    return None


def is_high_risk_industry(vsic_code: str | None) -> bool:
    table = load("vsic_divisions")
    section = vsic_section(vsic_code)
    if section is None or vsic_code is None:
        return False
    return section in table["high_risk_sections"] or vsic_division(vsic_code) in table["high_risk_divisions"]


def size_sector_group(vsic_code: str | None) -> str:
    section = vsic_section(vsic_code)
    primary = load("vsic_divisions")["size_sector_groups"]["agriculture_industry_construction"]
    return "agriculture_industry_construction" if section in primary else "trade_services"


BILLION = 1_000_000_000


def size_class(vsic_code: str | None, employees: int, revenue_vnd: int | None, capital_vnd: int | None) -> str:
    """Decree 80/2021 Art. 5: the smallest class whose employee limit holds and whose revenue or capital
    limit holds. Without revenue and capital figures the employee count alone decides."""
    group = size_sector_group(vsic_code)
    for cls in ("micro", "small", "medium"):
        row = next(
            item
            for item in load("enterprise_size_classes")["items"]
            if item["class"] == cls and item["sector_group"] == group
        )
        if employees > row["max_employees"]:
            continue
        if revenue_vnd is None and capital_vnd is None:
            return cls
        if (revenue_vnd is not None and revenue_vnd <= row["max_revenue_bn_vnd"] * BILLION) or (
            capital_vnd is not None and capital_vnd <= row["max_capital_bn_vnd"] * BILLION
        ):
            return cls
    return "large"


@cache
def codes(name: str) -> frozenset[str]:
    """The codes of a code list (accident causes, injury factors, occupations...)."""
    return frozenset(str(item["code"]) for item in load(name)["items"])


def label(name: str, code: str | None, lang: str) -> str:
    """A code's name in the language asked ('vi' or 'en'), or the code itself when unknown."""
    if code is None:
        return ""
    for item in load(name)["items"]:
        if str(item["code"]) == code:
            return str(item.get(lang) or item.get("vi") or code)
    return code
