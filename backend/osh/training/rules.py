"""The training rules of Decree 44/2016 (amended by Decree 140/2018), read from the reference lists so that each
rule stays data with its legal source: which class trains which group, the document each group gets, how long it
is valid, when the refresher is due, and the minimum hours of a first training."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from osh.reference import service as reference

EXPIRING_WITHIN_DAYS = 60
GROUPS = (1, 2, 3, 4, 5, 6)


@dataclass(frozen=True)
class GroupRule:
    group: int
    document: str  # certificate | safety_card | log_book_entry
    validity_months: int | None
    refresher_interval_months: int | None
    first_training_min_hours: int
    refresher_min_hours: float | None


@cache
def group_rules() -> dict[int, GroupRule]:
    rules = {}
    for item in reference.load("training_groups")["items"]:
        rules[int(item["group"])] = GroupRule(
            group=int(item["group"]),
            document=str(item["document"]),
            validity_months=item.get("validity_months"),
            refresher_interval_months=item.get("refresher_interval_months"),
            first_training_min_hours=int(item["first_training_min_hours"]),
            refresher_min_hours=item.get("refresher_min_hours_derived"),
        )
    return rules


@cache
def class_groups() -> dict[str, frozenset[int]]:
    items: list[dict[str, Any]] = reference.load("training_org_classes")["items"]
    return {str(item["class"]): frozenset(int(g) for g in item["trains_groups"]) for item in items}


def class_covers(org_class: str, group: int) -> bool:
    return group in class_groups().get(org_class, frozenset())


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day when it is shorter (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_day_of(issued_on: date, months: int) -> date:
    """The last valid day of a document valid for `months` from its issue. Civil Code 2015 Art. 147-148: the term
    runs from the day after the issue and ends with the corresponding day of the last month (that month's last
    day when it has none), so a card issued 3 Oct 2026 for 24 months is valid through 3 Oct 2028."""
    return add_months(issued_on, months)


@dataclass(frozen=True)
class Derived:
    document_kind: str | None
    expires_on: date | None
    refresher_due_on: date | None
    valid_until: date | None
    hours_below_minimum: bool


def derive(group: int, kind: str, hours: int, result: str, issued_on: date) -> Derived:
    """A failed training gives no document and counts for nothing; a passed one gives the group's document, valid
    for its months (no expiry for a log-book entry), with the refresher due by the end of the group's interval."""
    rule = group_rules()[group]
    below = kind == "first" and hours < rule.first_training_min_hours
    if result != "pass":
        return Derived(None, None, None, None, below)
    expires = last_day_of(issued_on, rule.validity_months) if rule.validity_months else None
    interval = rule.refresher_interval_months
    refresher = last_day_of(issued_on, interval) if interval else None
    valid_until = expires or refresher
    return Derived(rule.document, expires, refresher, valid_until, below)


def state(valid_until: date | None, result: str, on: date) -> str:
    """valid | expiring (within 60 days, the last day included) | expired; a failed training is `failed`."""
    if result != "pass":
        return "failed"
    if valid_until is None:
        return "valid"
    if valid_until < on:
        return "expired"
    if valid_until <= on + timedelta(days=EXPIRING_WITHIN_DAYS):
        return "expiring"
    return "valid"
